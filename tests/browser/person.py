"""A person at the Wagtail admin, in a real browser: they sign in, start from the dashboard and
only click links and buttons they can see. Nothing here opens an inner admin address.

Each ``step`` saves a screenshot under ``test-artifacts/journeys/<journey>/`` (always: they
are what docs/editors.md is written from; CI keeps them when a journey fails).
"""

import json
import re
import time
import urllib.request
from pathlib import Path

from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

PASSWORD = "alliance-demo"  # the demo accounts' (DEMO_ADMIN_PASSWORD)


def text_of(element):
    return " ".join((element.get_attribute("textContent") or "").split())


def xpath_literal(text):
    if "'" not in text:
        return f"'{text}'"
    return "concat(" + ', "\'", '.join(f"'{part}'" for part in text.split("'")) + ")"


class Person:
    """One person at a time in the admin, through the same browser."""

    def __init__(self, driver, base_url, artifacts: Path):
        self.driver, self.base_url = driver, base_url
        self.wait = WebDriverWait(driver, 20)
        self.artifacts = artifacts
        self.artifacts.mkdir(parents=True, exist_ok=True)
        self.steps = 0

    # Seeing -------------------------------------------------------------------------------

    def step(self, name):
        """Save a screenshot of the screen as it is now."""
        self.steps += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        self.driver.save_screenshot(str(self.artifacts / f"{self.steps:02d}-{slug}.png"))

    def visible(self, xpath, within=None):
        root = within or self.driver
        return [element for element in root.find_elements(By.XPATH, xpath) if self._displayed(element)]

    @staticmethod
    def _displayed(element):
        try:
            return element.is_displayed()
        except StaleElementReferenceException:
            return False

    def find(self, text, tags=("a", "button", "input"), within=None, exact=False):
        """The visible link or button whose text (or accessible name, for an icon; value, for
        an input button) is, or contains, ``text``."""
        literal = xpath_literal(text)
        if exact:
            condition = f"normalize-space(.)={literal} or @aria-label={literal}"
            value = f"@value={literal}"
        else:
            condition = f"contains(normalize-space(.), {literal}) or contains(@aria-label, {literal})"
            value = f"contains(@value, {literal})"
        xpath = " | ".join(
            f".//input[(@type='submit' or @type='button') and ({value})]"
            if tag == "input"
            else f".//{tag}[{condition}]"
            for tag in tags
        )

        def found(_driver):
            matches = self.visible(xpath, within)
            return matches[0] if matches else False

        try:
            return self.wait.until(found)
        except TimeoutException:
            raise AssertionError(f"Nothing to click that says {text!r} on {self.driver.current_url}") from None

    def messages(self):
        """The admin's messages (success, warning, error) on the screen now."""
        self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".messages li")))
        return [text_of(item) for item in self.driver.find_elements(By.CSS_SELECTOR, ".messages li")]

    def page_text(self):
        return text_of(self.driver.find_element(By.TAG_NAME, "main"))

    # Doing --------------------------------------------------------------------------------

    def sign_in(self, username):
        """The sign-in form: the one address a person types. They land on the dashboard."""
        self.driver.delete_all_cookies()
        self.driver.get(self.base_url + "/admin/login/")
        self.driver.find_element(By.NAME, "username").send_keys(username)
        self.driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        self.wait.until(EC.url_to_be(self.base_url + "/admin/"))

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
        self.wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")

    def follow(self, text, within=None, exact=False, tags=("a", "button", "input")):
        """Click the visible link or button that says ``text``, and wait for the next page."""
        self.click_and_load(self.find(text, tags=tags, within=within, exact=exact))

    def dashboard(self):
        """Back to the dashboard: the Wagtail logo at the top of the sidebar."""
        logo = next(
            link
            for link in self.driver.find_elements(By.CSS_SELECTOR, "a[href]")
            if link.get_attribute("href") == self.base_url + "/admin/" and self._displayed(link)
        )
        self.click_and_load(logo)

    def open_menu(self, text):
        """A sidebar item that opens a sub-menu (Pages, Reports, Settings, the account)."""
        self.click(self.find(text, tags=("button",)))

    def row(self, text, table_css="table"):
        """The visible table row that mentions ``text``."""
        literal = xpath_literal(text)

        def found(_driver):
            rows = [
                row
                for table in self.driver.find_elements(By.CSS_SELECTOR, table_css)
                for row in self.visible(f".//tr[contains(normalize-space(.), {literal})]", table)
            ]
            return rows[0] if rows else False

        try:
            return self.wait.until(found)
        except TimeoutException:
            raise AssertionError(f"No row mentions {text!r} on {self.driver.current_url}") from None

    def row_action(self, row_text, action, table_css="table", exact=True):
        """A row's action: a visible link or button, or one in the row's actions menu."""
        row = self.row(row_text, table_css)
        literal = xpath_literal(action)
        condition = f"normalize-space(.)={literal}" if exact else f"contains(normalize-space(.), {literal})"
        direct = self.visible(f".//a[{condition}] | .//button[{condition}]", row)
        if direct:
            return direct[0]
        toggles = self.visible(".//button[@data-w-dropdown-target='toggle']", row)
        assert toggles, f"No {action!r} for {row_text!r}"
        self.click(toggles[0])
        return self.find(action, within=row, exact=exact)

    def field(self, label):
        """The visible form field whose label (shown or read out) says ``label``."""
        literal = xpath_literal(label)

        def found(_driver):
            for label_element in self.driver.find_elements(
                By.XPATH, f"//label[starts-with(normalize-space(.), {literal})]"
            ):
                target = label_element.get_attribute("for")
                fields = self.driver.find_elements(By.ID, target) if target else []
                if fields and self._displayed(fields[0]):
                    return fields[0]
            return False

        try:
            return self.wait.until(found)
        except TimeoutException:
            raise AssertionError(f"No field labelled {label!r} on {self.driver.current_url}") from None

    def fill(self, label, text, clear=True):
        """Type into the field whose label says ``label``."""
        field = self.field(label)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
        if clear:
            field.clear()
        field.send_keys(text)
        return field

    def choose(self, label, option_text):
        """Pick the option that reads ``option_text`` (whatever its capitals: Django names
        languages in lower case, "français")."""
        select = Select(self.field(label))
        for option in select.options:
            if text_of(option).casefold() == option_text.casefold():
                select.select_by_visible_text(option.text)
                return
        raise AssertionError(f"No option {option_text!r} in {label!r}")

    # The translation editor (wagtail-localize's, with this project's action bar) ----------------

    def main_action(self):
        """The action bar's main button: "Submit for review" or "Publish in …"."""
        return self.driver.find_element(By.CSS_SELECTOR, "#translation-actions [data-translation-main-action]")

    def _write_in_string_editor(self, text, save_label):
        editor = self.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "textarea")))
        editor.clear()
        editor.send_keys(text)
        self.click(self.find(save_label, exact=True, tags=("button",)))
        self.wait.until(EC.invisibility_of_element_located((By.CSS_SELECTOR, "textarea")))

    def edit_string(self, source_text, translation, save_label="Save"):
        """Write ``translation`` for the string that says ``source_text`` (its Edit button)."""
        literal = xpath_literal(source_text)
        segment = self.visible(f"//li[.//*[contains(normalize-space(.), {literal})]][.//button]")[-1]
        buttons = self.visible(".//button", segment)
        self.click(buttons[-1])
        self._write_in_string_editor(translation, save_label)

    def translate_untranslated(self, translation, translate_label="Translate", save_label="Save"):
        """Write ``translation`` for the one string still to translate; the main action comes
        on once every string is translated."""
        self.click(self.find(translate_label, exact=True, tags=("button",)))
        self._write_in_string_editor(translation, save_label)
        self.wait.until(lambda _driver: self.main_action().get_attribute("disabled") is None)

    def footer_action(self, text):
        """A button of the editor's action bar: the main one, or one under "More actions"."""
        footer = next(
            element for element in self.driver.find_elements(By.CSS_SELECTOR, "footer") if self._displayed(element)
        )
        literal = xpath_literal(text)
        xpath = f".//button[contains(normalize-space(.), {literal})] | .//a[contains(normalize-space(.), {literal})]"
        matches = self.visible(xpath, footer)
        if not matches:
            self.click(footer.find_element(By.CSS_SELECTOR, ".w-dropdown__toggle"))
            matches = self.wait.until(lambda _driver: self.visible(xpath, footer))
        self.click_and_load(matches[0])


def graphql(base_url, query, variables=None, headers=None):
    """What a partner site reads (anonymous, over HTTP; ``headers``: e.g. a release preview's)."""
    request = urllib.request.Request(
        base_url + "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}).encode(),
        {"Content-Type": "application/json", "Accept": "application/json", **(headers or {})},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def fetch(base_url, path):
    with urllib.request.urlopen(base_url + path, timeout=10) as response:
        return response.read().decode()
