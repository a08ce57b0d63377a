"""The editorial day, in a real browser, done only by clicking what a person sees.

Each person signs in, starts from the dashboard and follows the links and buttons on screen
(``tests/browser/person.py``); partner sites' views are read over HTTP as anonymous readers:
the GraphQL API, the French news feed and the sitemap. Each step leaves a screenshot under
``test-artifacts/journeys/<journey>/``.

The journeys run on a demo site of their own (they change its content), one after the other
on one pytest worker (``xdist_group``).
"""

import os

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import ARTIFACTS
from tests.browser.person import Person, fetch, graphql

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the browser journeys run their own demo server on SQLite: they run once, in `make test`",
    ),
    pytest.mark.xdist_group("journeys"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from tests.servers import demo_site

    with demo_site(tmp_path_factory.mktemp("journeys")) as running:
        yield running


@pytest.fixture
def person(browser, site, request):
    return Person(browser, site.url, ARTIFACTS.parent / "journeys" / request.node.name)


def public_page(site, url_path, locale):
    """What an anonymous partner site gets for a page (None: not public)."""
    answer = graphql(
        site.url,
        "query($path: String!, $locale: String!) { page(urlPath: $path, locale: $locale) {"
        " id title ... on NewsPage { intro } translationStatus { locale { languageCode } status } } }",
        {"path": url_path, "locale": locale},
    )
    return None if "errors" in answer else answer["data"]["page"]


def french_news_titles(site):
    answer = graphql(site.url, '{ news(locale: "fr", limit: 50) { items { title intro } } }')
    return {item["title"]: item["intro"] for item in answer["data"]["news"]["items"]}


def editor_writes_and_submits_news(person, title, intro):
    """The editor adds a news item under News and submits it to the News review."""
    person.sign_in("editor")
    person.step("editor dashboard")
    person.follow("Pages created in")
    person.follow("Explore child pages of 'News'")
    person.follow("Add child page")
    person.follow("News page", exact=True)
    person.fill("Title", title)
    person.fill("Introduction", intro)
    person.step("editor writes the news")
    person.footer_action("Submit to News review")
    assert any("submitted for moderation" in message for message in person.messages())
    person.step("editor submitted")


def moderator_approves_on_the_dashboard(person, title, outcome="and published."):
    person.sign_in("moderator")
    person.step(f"moderator sees {title} awaiting review")
    person.click_and_load(person.row_action(title, "Approve"))
    messages = person.messages()
    assert any(title in message and outcome in message for message in messages), messages
    person.step(f"moderator approved {title}")


ENGLISH_ADMIN = {"translate": "Translate", "submit": "Submit", "machine": "Dummy translator", "save": "Save"}
FRENCH_ADMIN = {"translate": "Traduire", "submit": "Soumettre", "machine": "Traducteur factice", "save": "Enregistrer"}


def translator_translates_from_the_dashboard(person, english_title, french_title, labels=ENGLISH_ADMIN):
    """From the dashboard's panel: Translate, confirm the language, machine-translate, write
    the title by hand, submit from the action bar."""
    person.follow(labels["translate"], within=person.row(english_title, "[data-translator-work]"))
    person.step("translator confirms the language")
    person.follow(labels["submit"], exact=True)
    person.step("translation editor")
    assert "disabled" in (person.main_action().get_attribute("outerHTML") or "")
    person.follow(labels["machine"])
    person.step("machine translated")
    person.edit_string(english_title, french_title, labels["save"])
    person.step("title written by hand")


def test_a_translator_translates_a_new_news_item_from_the_dashboard(person, site):
    title_en = "ROMACT mayors meet Roma mediators in Košice"
    title_fr = "Les maires de ROMACT rencontrent les médiateurs roms à Košice"
    editor_writes_and_submits_news(person, title_en, "Mayors and Roma mediators of ROMACT met in Košice.")
    moderator_approves_on_the_dashboard(person, title_en)
    english = public_page(site, "/news/romact-mayors-meet-roma-mediators-in-kosice/", "en")
    assert english["title"] == title_en

    person.sign_in("translator-fr")
    person.step("translator dashboard")
    assert title_en in person.row(title_en, "[data-translator-work]").text
    translator_translates_from_the_dashboard(person, title_en, title_fr)
    person.footer_action("Submit for review")
    assert "The translation was submitted for review." in person.messages()
    person.step("translator submitted")
    assert title_fr not in french_news_titles(site), "not public before the review"

    moderator_approves_on_the_dashboard(person, title_fr)
    assert title_fr in french_news_titles(site)


def test_a_sync_with_publish_immediately_never_puts_english_on_the_french_page(person, site):
    title_en = "The Alliance is launched at the 24th Session of the Congress"
    new_sentence = "Thirty mayors signed the declaration on the same day."
    french_before = public_page(site, "/news/alliance-launched/", "en")
    assert french_before is not None
    french_path = "/actualites/lancement-alliance/"
    approved_french = public_page(site, french_path, "fr")
    assert approved_french is not None, "the demo's French translation is live"

    # The editor adds a sentence to the English page; the moderator approves it.
    person.sign_in("editor")
    person.follow("Pages created in")
    person.follow("Explore child pages of 'News'")
    person.follow(title_en, tags=("a",), exact=True)
    person.fill("Introduction", " " + new_sentence, clear=False)
    person.step("editor changes the English page")
    person.footer_action("Submit to News review")
    moderator_approves_on_the_dashboard(person, title_en)

    # The moderator syncs the translations with "Publish immediately".
    person.follow("Pages created in")
    person.follow("Explore child pages of 'News'")
    person.click_and_load(person.row_action(title_en, "Sync translated pages"))
    person.click(person.field("Publish immediately"))
    person.step("moderator syncs with publish immediately")
    person.follow("Submit", exact=True)
    messages = person.messages()
    assert any("Français was not published: 1 string is not translated" in message for message in messages)
    person.step("the screen says French was held back")

    # The French page keeps its approved French text everywhere the public looks.
    french = public_page(site, french_path, "fr")
    assert french["intro"] == approved_french["intro"] and new_sentence not in french["intro"]
    assert new_sentence not in fetch(site.url, "/fr/feeds/news.rss")
    assert new_sentence not in fetch(site.url, "/sitemap.xml")
    statuses = public_page(site, "/news/alliance-launched/", "en")["translationStatus"]
    assert {"locale": {"languageCode": "fr"}, "status": "OUTDATED"} in statuses

    # The translator updates the French page and submits it; the moderator approves.
    person.sign_in("translator-fr")
    person.step("translator sees the outdated page")
    row = person.row(title_en, "[data-translator-work] tbody[data-group='outdated']")
    person.follow("Continue", within=row)
    person.translate_untranslated("Trente maires ont signé la déclaration le même jour.")
    person.step("translator translated the new sentence")
    person.footer_action("Submit for review")
    assert "The translation was submitted for review." in person.messages()
    moderator_approves_on_the_dashboard(person, "L'Alliance est lancée")
    french = public_page(site, french_path, "fr")
    assert "Trente maires ont signé la déclaration le même jour." in french["intro"]
    statuses = public_page(site, "/news/alliance-launched/", "en")["translationStatus"]
    assert {"locale": {"languageCode": "fr"}, "status": "UP_TO_DATE"} in statuses


def test_the_2_august_release_goes_live_in_both_languages_at_once(person, site):
    title_en = "2 August 2027: the Alliance remembers the Roma Genocide"
    title_fr = "2 août 2027 : l'Alliance se souvient du génocide des Roms"
    path_en, path_fr = "/news/remembrance-day-2027/", "/actualites/journee-commemoration-2027/"

    # The editor looks at the release, then sends both language versions to review.
    person.sign_in("editor")
    person.follow("Releases", exact=True)
    person.follow("2 August 2027: Roma Genocide Remembrance Day", tags=("a",))
    assert title_en in person.page_text() and title_fr in person.page_text()
    person.step("editor opens the release")
    person.dashboard()
    person.follow("Pages created in")
    person.follow("Explore child pages of 'News'")
    person.follow(title_en, tags=("a",), exact=True)
    person.footer_action("Submit to Remembrance review")
    person.step("editor submitted the English page")
    person.follow(title_en, tags=("a",), exact=True)
    person.click(person.find("Toggle status", tags=("button",)))
    person.click(person.find("Switch locales", tags=("button",)))
    person.follow("Français", tags=("a",))
    person.step("editor opens the French version")
    person.footer_action("Submit for review")
    assert "The translation was submitted for review." in person.messages()

    # Two reviews each; the approved pages wait in their release.
    for title in (title_en, title_fr):
        moderator_approves_on_the_dashboard(person, title, outcome="it goes on to Communication sign-off.")
    person.sign_in("communication")
    for title in (title_en, title_fr):
        person.click_and_load(person.row_action(title, "Approve"))
        assert any("it waits in the release" in message for message in person.messages())
        person.step(f"communication approved {title}")
    assert public_page(site, path_en, "en") is None and public_page(site, path_fr, "fr") is None

    # The moderator finds the release on the editorial calendar, on 2 August with the day itself.
    person.sign_in("moderator")
    person.follow("Editorial calendar", exact=True)
    for _month in range(24):
        if person.driver.find_element(By.CSS_SELECTOR, ".editorial-calendar-months h2").text == "August 2027":
            break
        person.follow("→", exact=False, tags=("a",))  # the next month's button
    calendar = person.page_text()
    assert "International Roma Genocide Remembrance Day" in calendar, calendar
    person.step("moderator on the editorial calendar, August 2027")

    # ... previews it as the public will see it, in both languages, with one token ...
    person.follow("Releases", exact=True)
    person.click_and_load(person.row_action("2 August 2027", "Preview the release"))
    token = person.driver.find_element(By.ID, "release-preview-token").text.strip()
    person.step("moderator previews the release")
    preview = {"X-Release-Preview": token}
    lookup = "query ($p: String!, $l: String!) { page(urlPath: $p, locale: $l) { title } }"
    for path, locale, title in ((path_en, "en", title_en), (path_fr, "fr", title_fr)):
        shown = graphql(site.url, lookup, {"p": path, "l": locale}, headers=preview)
        assert shown["data"]["page"]["title"] == title, shown
    assert public_page(site, path_en, "en") is None  # the public still sees nothing

    # ... and publishes it: both languages go live together.
    person.follow("Releases", exact=True)
    person.step("moderator opens the releases")
    person.click_and_load(person.row_action("2 August 2027", "Publish now"))
    assert person.page_text().count("ready") >= 2
    person.step("the release is ready")
    person.follow("Publish every page now")
    assert any("published: 2 pages are live" in message for message in person.messages())
    person.step("release published")
    assert public_page(site, path_en, "en")["title"] == title_en
    assert public_page(site, path_fr, "fr")["title"] == title_fr


def test_membership_staff_review_and_accept_an_application(person, site):
    person.sign_in("membership")
    person.step("membership staff dashboard")
    person.follow("Membership applications", exact=True)
    person.step("applications")
    person.follow("City of Timișoara", tags=("a",))
    person.choose("Status", "Accepted")
    person.fill("Notes", "Letter from the mayor received.")
    person.step("staff accept the application")
    person.footer_action("Save")
    messages = person.messages()
    assert any("a draft member is ready in every language" in message for message in messages), messages
    assert "Accepted" in person.row("City of Timișoara").text
    person.step("application accepted")


def test_the_translator_works_in_the_french_admin(person, site):
    title_en = "Roma women mediators honoured in Ghent"
    title_fr = "Les médiatrices roms honorées à Gand"
    editor_writes_and_submits_news(person, title_en, "The city of Ghent honoured its Roma women mediators.")
    moderator_approves_on_the_dashboard(person, title_en)

    person.sign_in("translator-fr")
    person.open_menu("Translator-Fr")
    person.follow("Account", tags=("a",), exact=True)
    person.choose("Preferred language", "Français")
    person.step("translator chooses French")
    person.footer_action("Save")
    person.step("account saved")
    person.dashboard()
    assert "À traduire en Français" in person.page_text()
    person.step("tableau de bord du traducteur")
    translator_translates_from_the_dashboard(person, title_en, title_fr, FRENCH_ADMIN)
    person.footer_action("Soumettre pour validation")
    assert "La traduction a été soumise pour validation." in person.messages()
    person.step("traduction soumise")

    moderator_approves_on_the_dashboard(person, title_fr)
    assert title_fr in french_news_titles(site)
