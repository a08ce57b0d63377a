"""The reference partner site (examples/partner-site, Astro + the client kit) is built against the
run's demo server (one origin) and served from another; chromium visits every page type in both
languages, filters good practices, searches, switches language, follows a fallback banner and
sends the membership form to the CMS, with no console error and no request to a third origin.

With PARTNER_SITE_SCREENSHOTS=1 it also writes the README's screenshots (the stock demo's pages)."""

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.browser.conftest import ARTIFACTS, CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, missing_browser
from tests.browser.person import Person
from tests.servers import BASE_DIR, free_port, unavailable

SITE = BASE_DIR / "examples" / "partner-site"
SCREENSHOTS = SITE / "screenshots"
UNTRANSLATED = "Call for Dosta! Congress Prize candidates"

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the partner site builds against its own demo server on SQLite: it runs once, in `make test`",
    ),
    pytest.mark.xdist_group("demo-server"),
]

# A news item published in English only (once per demo server), so that the French site falls back.
PUBLISH_UNTRANSLATED = f"""
from wagtail.models import Locale
from news.models import NewsIndexPage, NewsPage
index = NewsIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))
if not NewsPage.objects.filter(slug="dosta-prize-call").exists():
    page = NewsPage(title="{UNTRANSLATED}", slug="dosta-prize-call", intro="Municipalities may apply until 30 June.")
    index.add_child(instance=page)
    page.save_revision().publish()
"""


class StaticSite(http.server.SimpleHTTPRequestHandler):
    """The built site as a static host serves it: files, and 404.html for anything else."""

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def partner_site(demo_server, tmp_path_factory):
    """The site built against the demo server and served on a second origin: (url, build summary)."""
    if not (BASE_DIR / "examples" / "node_modules" / ".bin" / "astro").exists():
        unavailable("the partner site's tools are not installed: run `npm ci` in examples/ (needs Node.js 20)")
    if not os.environ.get("PARTNER_SITE_SCREENSHOTS"):  # the README shows the stock demo
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", PUBLISH_UNTRANSLATED],
            cwd=BASE_DIR,
            env=demo_server.env,
            check=True,
            capture_output=True,
        )
    out = tmp_path_factory.mktemp("partner-site")
    port = free_port()
    site_url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    result = subprocess.run(
        ["npm", "run", "--silent", "build", "--", "--outDir", str(out)],
        cwd=SITE,
        env={**os.environ, "PUBLIC_CMS_API": f"{demo_server.url}/graphql/", "PUBLIC_SITE_URL": site_url},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    seconds = time.perf_counter() - started
    pages = len(list(out.rglob("*.html")))
    scripts = sum(path.stat().st_size for path in out.rglob("*.js"))
    summary = f"built {pages} pages in {seconds:.1f} s; JavaScript {scripts / 1024:.1f} KiB"
    print(summary)
    handler = functools.partial(StaticSite, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site_url, out, summary
    server.shutdown()


@pytest.fixture(scope="module")
def chromium():
    """chromium with its console and network logs (what the page asked for, and from where)."""
    if reason := missing_browser():
        unavailable(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which(CHROMIUM) or CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which(CHROMEDRIVER) or CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def requested_origins(driver):
    """The origins of every request the pages made since the last call."""
    origins = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = urlsplit(message["params"]["request"]["url"])
            if url.scheme in ("http", "https"):
                origins.add(f"{url.scheme}://{url.netloc}")
    return origins


def console_problems(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def visit(driver, url):
    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def screenshot(driver, name):
    if os.environ.get("PARTNER_SITE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def first_link(driver, css):
    return driver.find_element(By.CSS_SELECTOR, css).get_attribute("href")


def page_type(driver):
    found = driver.find_elements(By.CSS_SELECTOR, "[data-page-type]")
    return found[0].get_attribute("data-page-type") if found else None


def test_every_page_type_in_both_languages_from_a_second_origin(partner_site, chromium, demo_server):
    site_url, out, summary = partner_site
    assert urlsplit(site_url).netloc != urlsplit(demo_server.url).netloc  # two origins
    driver = chromium
    requested_origins(driver)
    seen = {}
    for lang in ("en", "fr"):
        visit(driver, f"{site_url}/{lang}/")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        assert driver.find_elements(By.CSS_SELECTOR, ".key-figures li"), "the home page shows its key figures"
        hreflang = {
            link.get_attribute("hreflang"): link.get_attribute("href")
            for link in driver.find_elements(By.CSS_SELECTOR, "link[rel=alternate][hreflang]")
        }
        assert hreflang["en"] == f"{site_url}/en/" and hreflang["fr"] == f"{site_url}/fr/", hreflang
        screenshot(driver, f"home-{lang}")
        # Every CMS page the build made, by type: each is opened and shows its type's template.
        for path in sorted(out.glob(f"{lang}/**/index.html")):
            relative = path.parent.relative_to(out).as_posix()
            visit(driver, f"{site_url}/{relative}/")
            kind = page_type(driver)
            if kind is None:
                continue  # one of the site's own routes, visited below
            assert driver.find_element(By.TAG_NAME, "h1").text, relative
            # Rich text (bodies, summaries, results, action lines) is rendered, never shown as markup.
            assert "<p>" not in driver.find_element(By.TAG_NAME, "main").text, relative
            if (lang, kind) not in seen:
                seen[lang, kind] = relative
                if lang == "fr":
                    screenshot(driver, kind)
            images = driver.find_elements(By.CSS_SELECTOR, "main img[srcset]")
            for image in images:
                assert image.get_attribute("alt") is not None
    kinds = {kind for _lang, kind in seen}
    expected = {
        "StandardPage",
        "NewsIndexPage",
        "NewsPage",
        "RemembrancePage",
        "EventIndexPage",
        "EventPage",
        "GoodPracticeIndexPage",
        "GoodPracticePage",
        "StrategyDocumentPage",
    }
    assert expected <= kinds, sorted(kinds)
    assert {lang for lang, _kind in seen} == {"en", "fr"}

    # A news page with responsive images: srcset candidates on the CMS's origin.
    visit(driver, f"{site_url}/{seen['fr', 'NewsPage']}/")
    picture = driver.find_element(By.CSS_SELECTOR, "main img[srcset]")
    assert picture.get_attribute("srcset").startswith(demo_server.url)

    # The events: the calendar feed of the CMS, per language.
    visit(driver, f"{site_url}/{seen['fr', 'EventIndexPage']}/")
    assert first_link(driver, "a.calendar") == f"{demo_server.url}/fr/events.ics"

    # Strategy documents with their PDFs.
    visit(driver, f"{site_url}/fr/documents/")
    assert any(
        link.get_attribute("href").endswith(".pdf") for link in driver.find_elements(By.CSS_SELECTOR, ".attachments a")
    )
    screenshot(driver, "documents-fr")

    # Remembrance, contact, terminology.
    for route, css in (("remembrance", ".card"), ("contact", "address.contact"), ("glossary", ".glossary dt")):
        for lang in ("en", "fr"):
            visit(driver, f"{site_url}/{lang}/{route}/")
            assert driver.find_elements(By.CSS_SELECTOR, css), (lang, route)
    visit(driver, f"{site_url}/fr/glossary/")
    glossary = driver.find_element(By.TAG_NAME, "main").text
    assert "Roms et Gens du voyage" in glossary and "<p>" not in glossary
    visit(driver, f"{site_url}/fr/contact/")
    press = driver.find_element(By.CSS_SELECTOR, "address.contact--other").text
    assert "Presse" in press and "Fax: +33 (0)3 88 41 27 51" in press

    # Members: a map of the GeoJSON, no tiles.
    visit(driver, f"{site_url}/fr/members/")
    WebDriverWait(driver, 20).until(
        lambda d: int(d.find_element(By.ID, "members-map").get_attribute("data-points") or 0) > 0
    )
    assert driver.find_elements(By.CSS_SELECTOR, "#members-map path.leaflet-interactive")
    screenshot(driver, "members-fr")
    # A member's profile: its text, its signature of the Declaration, its practices and events.
    kosice = next(item for item in driver.find_elements(By.CSS_SELECTOR, "ul.members li") if "Košice" in item.text)
    assert "Capitale européenne de la culture" in kosice.text and "Déclaration contre l'antitsiganisme" in kosice.text
    practice_link = kosice.find_element(By.CSS_SELECTOR, ".member-pages a")
    practice_link.click()
    WebDriverWait(driver, 20).until(lambda d: d.find_element(By.TAG_NAME, "h1").text)

    assert requested_origins(driver) <= {site_url, demo_server.url}
    assert not console_problems(driver), console_problems(driver)

    # 404: the static host's page for an unknown path (the browser logs the status itself).
    visit(driver, f"{site_url}/fr/no-such-page/")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Page not found"
    assert [problem["message"] for problem in console_problems(driver)] == [
        f"{site_url}/fr/no-such-page/ - Failed to load resource: the server responded with a status of 404 (Not Found)"
    ]


def test_good_practices_are_filtered_with_facet_counts(partner_site, chromium, demo_server):
    site_url, out, _summary = partner_site
    driver = chromium
    index = next(path for path in out.glob("en/*/index.html") if "GoodPracticeIndexPage" in path.read_text())
    visit(driver, f"{site_url}/{index.parent.relative_to(out).as_posix()}/")
    total = int(driver.find_element(By.CSS_SELECTOR, "[data-total]").text)
    theme = Select(driver.find_element(By.NAME, "theme"))
    choice = theme.options[1]
    expected = int(choice.text.rsplit("(", 1)[1].rstrip(")"))
    assert 0 < expected < total
    theme.select_by_index(1)
    WebDriverWait(driver, 20).until(lambda d: d.find_element(By.CSS_SELECTOR, "[data-total]").text == str(expected))
    assert len(driver.find_elements(By.CSS_SELECTOR, ".practice-list li")) == expected
    screenshot(driver, "GoodPracticeIndexPage-filtered-en")
    assert requested_origins(driver) <= {site_url, demo_server.url}
    assert not console_problems(driver), console_problems(driver)


def test_search_language_switch_and_fallback_banner(partner_site, chromium, demo_server):
    if os.environ.get("PARTNER_SITE_SCREENSHOTS"):
        pytest.skip("screenshots are of the stock demo, which has no untranslated page to fall back on")
    site_url, out, _summary = partner_site
    driver = chromium
    visit(driver, f"{site_url}/fr/search/?q=Alliance")
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".search-results li"))
    result = driver.find_element(By.CSS_SELECTOR, ".search-results a")
    result.click()
    WebDriverWait(driver, 20).until(lambda d: "/search/" not in d.current_url)
    assert driver.find_element(By.TAG_NAME, "h1").text

    # The language switcher leads to the same page in the other language.
    visit(driver, f"{site_url}/fr/")
    news = driver.find_element(By.CSS_SELECTOR, ".latest-news .card:not([lang]) h3 a")
    news.click()
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-page-type=NewsPage]"))
    french_title = driver.find_element(By.TAG_NAME, "h1").text
    driver.find_element(By.CSS_SELECTOR, "a[data-language-switch=en]").click()
    WebDriverWait(driver, 20).until(lambda d: "/en/" in d.current_url)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert driver.find_element(By.TAG_NAME, "h1").text != french_title

    # The untranslated news item in the French site: the English text under a banner, which
    # leads to the English page.
    visit(driver, f"{site_url}/fr/")
    visit(driver, f"{site_url}/fr/news/dosta-prize-call/")
    assert driver.find_element(By.TAG_NAME, "h1").text == UNTRANSLATED
    assert driver.find_element(By.TAG_NAME, "main").get_attribute("lang") == "en"
    driver.find_element(By.CSS_SELECTOR, "[data-fallback-original]").click()
    WebDriverWait(driver, 20).until(lambda d: d.current_url == f"{site_url}/en/news/dosta-prize-call/")
    assert requested_origins(driver) <= {site_url, demo_server.url}
    assert not console_problems(driver), console_problems(driver)


def test_the_membership_form_reaches_the_cms_from_the_partner_origin(partner_site, chromium, demo_server):
    site_url, _out, _summary = partner_site
    driver = chromium
    visit(driver, f"{site_url}/fr/apply/")
    fields = {
        "authorityName": "Ville de Mulhouse",
        "country": "FR",
        "contactName": "Camille Martin",
        "contactRole": "Adjointe au maire",
        "email": "camille.martin@example.org",
        "website": "https://www.mulhouse.fr",
        "motivation": "Mulhouse mène un programme de médiation scolaire avec les familles roms depuis 2016.",
    }
    for name, value in fields.items():
        driver.find_element(By.NAME, name).send_keys(value)
    driver.find_element(By.NAME, "consent").click()
    screenshot(driver, "apply-fr")
    driver.find_element(By.CSS_SELECTOR, "#membership button[type=submit]").click()
    WebDriverWait(driver, 20).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".result").get_attribute("data-reference")
    )
    reference = driver.find_element(By.CSS_SELECTOR, ".result").get_attribute("data-reference")
    assert reference
    assert requested_origins(driver) <= {site_url, demo_server.url}
    assert not console_problems(driver), console_problems(driver)

    # The membership staff find it in the admin, from their dashboard.
    staff = Person(driver, demo_server.url, ARTIFACTS.parent / "partner-site" / "membership")
    staff.sign_in("membership")
    staff.follow("Membership applications", exact=True)
    assert "Ville de Mulhouse" in staff.row("Ville de Mulhouse").text
