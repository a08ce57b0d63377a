"""The admin (wagtail-localize's translation editor included) and GraphiQL work under the
Content-Security-Policy the site sends: no script, style, frame or image the browser refuses."""

import json
import os
import subprocess
import sys

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from tests.servers import BASE_DIR

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the browser tests run their own demo server on SQLite: they run once, in `make test`",
    ),
    pytest.mark.xdist_group("demo-server"),  # one demo server for the browser tests that use it
]

PASSWORD = "alliance-demo"


def demo_ids(demo_server):
    """Ids of demo records to open in the admin."""
    script = (
        "import json; from news.models import NewsPage; from wagtail.images.models import Image; "
        "from wagtail_localize.models import Translation; "
        "english = NewsPage.objects.filter(locale__language_code='en').first(); "
        "translation = Translation.objects.filter(target_locale__language_code='fr', "
        "source__specific_content_type__model__endswith='page').first(); "
        "print(json.dumps({'news': english.pk, 'image': Image.objects.first().pk, "
        "'french_translation': translation.get_target_instance().pk}))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=BASE_DIR,
        env=demo_server.env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def refusals(driver):
    """What the browser refused because of the policy since the last call (console entries)."""
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"] or "Content-Security-Policy" in entry["message"]
    ]


def test_the_admin_and_graphiql_work_under_the_content_security_policy(browser, demo_server):
    ids = demo_ids(demo_server)
    wait = WebDriverWait(browser, 20)
    browser.get(demo_server.url + "/admin/login/")
    browser.find_element(By.NAME, "username").send_keys("admin")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(EC.url_to_be(demo_server.url + "/admin/"))

    main = (By.CSS_SELECTOR, "main")
    pages = {
        "/admin/": main,
        f"/admin/pages/{ids['news']}/edit/": (By.CSS_SELECTOR, "form#page-edit-form [data-contentpath]"),
        "/admin/pages/": main,
        "/admin/images/": main,
        f"/admin/images/{ids['image']}/": (By.CSS_SELECTOR, "main form"),
        "/admin/images/multiple/add/": (By.CSS_SELECTOR, "main form"),
        "/admin/documents/": main,
        "/admin/snippets/": main,
        "/admin/membership_applications/": main,
        "/admin/releases/": main,
        # wagtail-localize's translation editor, a React application
        f"/admin/pages/{ids['french_translation']}/edit/": (
            By.XPATH,
            "//button[normalize-space()='Translate' or normalize-space()='Edit']",
        ),
    }
    refused = {}
    for path, ready in pages.items():
        browser.get(demo_server.url + path)
        wait.until(EC.presence_of_element_located(ready))
        wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")
        if found := refusals(browser):
            refused[path] = found

    browser.get(demo_server.url + "/graphql/")
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".graphiql-container")))
    if found := refusals(browser):
        refused["/graphql/"] = found
    assert refused == {}, "\n".join(f"{path}: {message}" for path, messages in refused.items() for message in messages)
