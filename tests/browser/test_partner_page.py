"""docs/api.md's browser examples work from a partner's page on another origin (issue 25): a
page served from a second port (another origin) reads the French agenda with the guide's GET
example and sends the membership form with the guide's mutation code, in chromium, through
CORS preflights, with no console error; the application arrives in the CMS."""

import functools
import http.server
import os
import re
import subprocess
import sys
import threading

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.servers import BASE_DIR, free_port

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the browser tests run their own demo server on SQLite: they run once, in `make test`",
    ),
    pytest.mark.xdist_group("demo-server"),
]

GUIDE = (BASE_DIR / "docs" / "api.md").read_text()
FENCED = re.compile(r"```(\w*)\n(.*?)```", re.S)


def guide_block(language, containing):
    """The guide's fenced ``language`` block that contains ``containing``, as written."""
    return next(body for kind, body in FENCED.findall(GUIDE) if kind == language and containing in body)


def partner_page(cms_url):
    apply_code = guide_block("js", "applyForMembership").replace("https://cms.example.org", cms_url)
    read_code = guide_block("js", "AGENDA").replace("https://cms.example.org", cms_url)
    mutation = guide_block("graphql", "mutation Apply")
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Ville de Strasbourg · Alliance</title></head>
<body>
<h1>Agenda de l'Alliance</h1>
<ul id="agenda"></ul>
<h2>Participer à l'Alliance</h2>
<form id="apply">
  <label>Collectivité <input name="authority"></label>
  <label>Type <select name="kind"><option value="city">Ville</option><option value="region">Région</option></select></label>
  <label>Pays <input name="country"></label>
  <label>Contact <input name="contact"></label>
  <label>Fonction <input name="role"></label>
  <label>Courriel <input name="email" type="email"></label>
  <label>Téléphone <input name="phone"></label>
  <label>Site web <input name="website"></label>
  <label>Motivation <textarea name="motivation"></textarea></label>
  <label><input name="consent" type="checkbox"> J'accepte</label>
  <input name="honeypot" type="hidden" value="">
  <button type="submit">Envoyer</button>
</form>
<p id="result"></p>
<script type="module">
const APPLY = `{mutation}`;
const result = document.getElementById("result");
function showThanks(reference) {{ result.textContent = "Merci : " + reference; }}
function showError(code) {{ result.textContent = "Erreur : " + code; }}
function showFieldErrors(errors) {{ result.textContent = "À corriger : " + JSON.stringify(errors); }}
{apply_code}
document.getElementById("apply").addEventListener("submit", (event) => {{ event.preventDefault(); apply(event.target); }});
{read_code}
document.getElementById("agenda").innerHTML = data.events.items.map((item) => `<li>${{item.title}}</li>`).join("");
</script>
</body></html>"""


@pytest.fixture
def partner_site(demo_server, tmp_path):
    """The partner's page on a second origin (another port), served by a static file server."""
    (tmp_path / "index.html").write_text(partner_page(demo_server.url), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def application_exists(demo_server, reference):
    code = (
        "from membership.models import MembershipApplication as A; "
        f"print(A.objects.filter(reference={reference!r}, authority_name='Ville de Strasbourg').exists())"
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=BASE_DIR,
        env=demo_server.env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip() == "True"


def test_the_guides_browser_examples_work_from_a_partner_origin(browser, demo_server, partner_site):
    assert partner_site.split(":")[-1] != demo_server.url.split(":")[-1]  # two origins
    browser.get(partner_site + "/")
    wait = WebDriverWait(browser, 20)
    wait.until(lambda driver: driver.find_elements(By.CSS_SELECTOR, "#agenda li"))
    assert browser.find_elements(By.CSS_SELECTOR, "#agenda li")  # the French agenda, read by GET

    fields = {
        "authority": "Ville de Strasbourg",
        "country": "FR",
        "contact": "Camille Martin",
        "role": "Adjointe au maire",
        "email": "camille.martin@example.org",
        "phone": "+33 3 68 98 50 00",
        "website": "https://www.strasbourg.eu",
        "motivation": "Strasbourg mène un programme de médiation avec les familles roms depuis 2015.",
    }
    for name, value in fields.items():
        browser.find_element(By.NAME, name).send_keys(value)
    browser.find_element(By.NAME, "consent").click()
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda driver: driver.find_element(By.ID, "result").text)
    text = browser.find_element(By.ID, "result").text
    assert text.startswith("Merci : "), text
    assert application_exists(demo_server, text.removeprefix("Merci : "))

    problems = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    # (The static server has no favicon: the browser's own request for it is not the page's.)
    problems = [entry for entry in problems if "favicon.ico" not in entry["message"]]
    assert not problems, problems
