"""The editorial journey in a real browser, as the Alliance's staff live it: an editor writes
a news item and submits it, a moderator approves it, the French translator translates it in
wagtail-localize's editor (a JavaScript application) and submits it, the moderator approves
the translation, and the French title is in the GraphQL answer; at no step before an approval
is anything public."""

import json
import os
import time
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the browser journey runs its own demo server on SQLite: it runs once, in `make test`",
)

PASSWORD = "alliance-demo"  # the demo accounts' (DEMO_ADMIN_PASSWORD)
ENGLISH_TITLE = "ROMACT mayors meet Roma mediators in Košice"
FRENCH_TITLE = "Les maires de ROMACT rencontrent les médiateurs roms à Košice"


class Admin:
    """One person at a time in the Wagtail admin, through the same browser."""

    def __init__(self, driver, base_url):
        self.driver, self.base_url = driver, base_url
        self.wait = WebDriverWait(driver, 20)

    def log_in(self, username):
        self.driver.delete_all_cookies()
        self.driver.get(self.base_url + "/admin/login/")
        self.driver.find_element(By.NAME, "username").send_keys(username)
        self.driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        self.wait.until(EC.url_to_be(self.base_url + "/admin/"))

    def open(self, path):
        self.driver.get(self.base_url + path)

    def click(self, element):
        """Click as a person does: scrolled into the middle of the screen (the sticky action
        bar would be over it otherwise)."""
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        self.wait.until(EC.element_to_be_clickable(element))
        time.sleep(0.2)
        element.click()

    def click_and_load(self, element):
        """Click something that loads another page, and wait until it has."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        self.click(element)
        self.wait.until(EC.staleness_of(page))

    def footer_action(self, selector):
        """A button of the page editor's action bar, opened with "More actions"."""
        self.click(self.driver.find_element(By.CSS_SELECTOR, "footer .w-dropdown__toggle"))
        self.click_and_load(self.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, f"footer {selector}"))))

    def messages(self):
        self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".messages li")))
        items = self.driver.find_elements(By.CSS_SELECTOR, ".messages li")
        return [" ".join(item.get_attribute("textContent").split()) for item in items]

    def approve_from_dashboard(self, page_id):
        """ "Awaiting your review" on the dashboard: Approve (without a comment)."""
        self.open("/admin/")
        selector = f"button[data-workflow-action-url^='/admin/pages/workflow/action/{page_id}/approve/']"
        button = self.driver.find_element(By.CSS_SELECTOR, f"{selector}:not([data-launch-modal])")
        if not button.is_displayed():
            toggle = button.find_element(
                By.XPATH, "ancestor::*[@data-controller='w-dropdown'][1]//button[@data-w-dropdown-target='toggle']"
            )
            self.click(toggle)
        self.click(button)
        self.wait.until(
            lambda driver: not driver.find_elements(By.CSS_SELECTOR, f"{selector}:not([data-launch-modal])")
        )


def graphql(base_url, query):
    request = urllib.request.Request(
        base_url + "/graphql/",
        json.dumps({"query": query}).encode(),
        {"Content-Type": "application/json", "Accept": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def public_page(base_url, page_id):
    answer = graphql(base_url, f'{{ page(id: "{page_id}") {{ title locale {{ languageCode }} }} }}')
    return answer["data"]["page"] if "errors" not in answer else None


def test_news_goes_from_editor_to_french_readers_through_reviews(browser, demo_server):
    site = demo_server.url
    admin = Admin(browser, site)
    news_index = graphql(site, '{ page(urlPath: "/news/", locale: "en") { id } }')["data"]["page"]["id"]

    # The editor writes the news item and submits it to the news review.
    admin.log_in("editor")
    admin.open(f"/admin/pages/add/news/newspage/{news_index}/")
    browser.find_element(By.ID, "id_title").send_keys(ENGLISH_TITLE)
    browser.find_element(By.ID, "id_intro").send_keys("Mayors and Roma mediators of ROMACT met in Košice.")
    admin.footer_action("button[name=action-submit]")
    assert any("submitted for moderation" in message for message in admin.messages())
    edit_link = browser.find_element(By.XPATH, "//*[contains(@class, 'messages')]//a[normalize-space()='Edit']")
    english_id = edit_link.get_attribute("href").rstrip("/").split("/")[-2]
    assert public_page(site, english_id) is None

    # The moderator approves it from the page editor: it is published.
    admin.log_in("moderator")
    admin.open(f"/admin/pages/{english_id}/edit/")
    admin.footer_action("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    admin.messages()
    assert public_page(site, english_id) == {"title": ENGLISH_TITLE, "locale": {"languageCode": "en"}}

    # The French translator starts the translation and works in wagtail-localize's editor.
    admin.log_in("translator-fr")
    admin.open(f"/admin/localize/submit/page/{english_id}/")
    admin.click(browser.find_element(By.XPATH, "//label[contains(normalize-space(), 'Français')]//input"))
    admin.click_and_load(browser.find_element(By.CSS_SELECTOR, "main form [type=submit]"))
    admin.wait.until(EC.url_matches(r"/admin/pages/\d+/edit/$"))
    french_id = browser.current_url.rstrip("/").split("/")[-2]
    first_string = admin.wait.until(
        EC.element_to_be_clickable((By.XPATH, "(//button[normalize-space()='Translate'])[1]"))
    )
    admin.click(first_string)
    editor = admin.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "textarea")))
    editor.send_keys(FRENCH_TITLE)
    admin.click(browser.find_element(By.XPATH, "//button[normalize-space()='Save']"))
    admin.wait.until(EC.invisibility_of_element_located((By.CSS_SELECTOR, "textarea")))
    # The other strings with the machine translator (the offline one in the demo).
    admin.click_and_load(browser.find_element(By.XPATH, "//button[starts-with(normalize-space(), 'Translate with')]"))
    admin.click_and_load(browser.find_element(By.CSS_SELECTOR, "#translation-actions [data-translation-main-action]"))
    assert "The translation was submitted for review." in admin.messages()
    assert public_page(site, french_id) is None, "not public before the review"

    # The moderator approves the translation from the dashboard.
    admin.log_in("moderator")
    admin.approve_from_dashboard(french_id)

    assert public_page(site, french_id) == {"title": FRENCH_TITLE, "locale": {"languageCode": "fr"}}
    french_news = graphql(site, '{ news(locale: "fr", limit: 5) { items { title } } }')["data"]["news"]["items"]
    assert FRENCH_TITLE in {item["title"] for item in french_news}
