"""The demo loader builds the bilingual Alliance site and is idempotent."""

import re

import pytest
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from home.models import ContactSettings, HomePage, Member, StandardPage, TerminologyNote
from news.models import NewsIndexPage, NewsPage, RemembrancePage
from practices.models import GoodPracticeIndexPage, GoodPracticePage, StrategyDocumentPage

EXPECTED_PAGES_PER_LOCALE = {
    HomePage: 1,
    StandardPage: 3,
    NewsIndexPage: 1,
    NewsPage: 6,
    RemembrancePage: 2,
    GoodPracticeIndexPage: 1,
    GoodPracticePage: 8,
    StrategyDocumentPage: 1,
}


def snapshot():
    """Counts of everything the loader creates."""
    counts = {
        f"{model.__name__}/{code}": model.objects.filter(locale__language_code=code).count()
        for model in [*EXPECTED_PAGES_PER_LOCALE, Member, TerminologyNote]
        for code in ("en", "fr")
    }
    counts.update(
        images=Image.objects.count(),
        documents=Document.objects.count(),
        revisions=Revision.objects.count(),
        translations=Translation.objects.count(),
        pages=Page.objects.count(),
    )
    return counts


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_page_type_exists_live_in_both_languages(code):
    for model, expected in EXPECTED_PAGES_PER_LOCALE.items():
        pages = model.objects.filter(locale__language_code=code)
        # Besides the live site: the next 2 August page, a draft waiting in its release.
        drafts = 1 if model is RemembrancePage else 0
        assert pages.count() == expected + drafts, model.__name__
        assert pages.filter(live=True).count() == expected, model.__name__


@pytest.mark.django_db
def test_french_pages_are_wagtail_localize_translations_of_the_english_ones(en, fr):
    for page in Page.objects.filter(locale=fr, depth__gte=2):
        source = page.get_translation(en)
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=fr)
        assert translation.source.get_source_instance().pk == source.pk
        assert page.title != source.title or page.title.isupper()


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_loader_is_idempotent():
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


@pytest.mark.django_db
def test_loader_leaves_pages_that_are_not_demo_content_alone(en, fr):
    from tests.factories import NewsPageFactory

    own = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title="Written by an editor", slug="editor-page")
    call_command("load_demo_content", verbosity=0)
    assert own.get_translation_or_none(fr) is None
    assert NewsPage.objects.get(pk=own.pk).title == "Written by an editor"


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_demo_facts_come_from_the_alliance_website(en, fr):
    home = HomePage.objects.get(locale=en)
    # Members and countries are counted from the registry (issue 29), the launch year typed.
    assert [block.value.get("measure") for block in home.key_figures if block.block_type == "registry_figure"] == [
        "members",
        "countries",
    ]
    assert "2013" in {block.value["value"] for block in home.key_figures if block.block_type == "figure"}
    events = NewsPage.objects.get(locale=en, slug="romed2-romact-launching-events")
    assert "Albena" in events.intro and "14 October" in events.intro and "Kosice on 5 November" in events.intro
    assert RemembrancePage.objects.live().filter(commemoration_date__month=8, commemoration_date__day=2).count() == 4
    assert GoodPracticePage.objects.filter(locale=en).values("country").distinct().count() >= 5
    assert Member.objects.filter(locale=en).count() >= 20
    assert (
        Member.objects.get(
            locale=fr, translation_key=Member.objects.get(locale=en, name="Bucharest").translation_key
        ).name
        == "Bucarest"
    )
    assert ContactSettings.objects.get().contact_name == "Tobias Mayr"


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_strategy_document_has_a_generated_pdf_per_language(en):
    strategy = StrategyDocumentPage.objects.get(locale=en)
    assert len(strategy.action_lines) == 4
    attachments = {attachment.language: attachment.document for attachment in strategy.attachments.all()}
    assert set(attachments) == {"en", "fr"}
    for document in attachments.values():
        with document.open_file() as handle:
            assert handle.read(5) == b"%PDF-"


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_the_demo_strategy_document_has_every_section_of_the_original(graphql):
    """Seed 004: objectives, synergies, lines of action, expected results, structure, working
    methods (the working languages) and the annex of questions and answers, in both languages."""
    query = """query ($l: String) { strategyDocuments(locale: $l) { items {
      ... on StrategyDocumentPage {
        summary actionLines { number measures } body { ... on HeadingBlock { text level } }
      }
    } } }"""
    english = graphql(query, {"l": "en"})["data"]["strategyDocuments"]["items"][0]
    french = graphql(query, {"l": "fr"})["data"]["strategyDocuments"]["items"][0]
    assert [line["number"] for line in english["actionLines"]] == ["3.1", "3.2", "3.3", "3.4"]
    # Every measure of the original: 3, 13, 2 and 6.
    assert [len(line["measures"]) for line in french["actionLines"]] == [3, 13, 2, 6]
    sections = [block["text"] for block in english["body"] if block.get("level") == "h2"]
    assert sections == [
        "Synergies",
        "Expected mid-term results",
        "Structure",
        "Working methods",
        "Annex: key questions and answers",
    ]
    subsections = [block["text"] for block in french["body"] if block.get("level") == "h3"]
    assert "Langue de travail" in subsections and "Quand ?" in subsections and "Où ?" in subsections
    assert "Groupe de membres du Congrès participant aux activités de l'Alliance" in subsections


@pytest.mark.django_db
def test_tree_counts_are_consistent_after_loading():
    """Every page's child count matches its children (Wagtail routes through it)."""
    for page in Page.objects.all():
        children = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
        assert page.numchild == children, page.url_path


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/fr/",
        "/en/news/romed2-romact-launching-events/",
        "/fr/actualites/evenements-lancement-romed2-romact/",
        "/fr/bonnes-pratiques/mediateurs-sante/",
        "/fr/orientations-strategiques-2014-2020/",
        "/fr/search/?query=Roms",
    ],
)
def test_preview_rendering_serves_both_languages(client, url):
    assert client.get(url).status_code == 200


# Names that are the same in English and French: places, programmes, the prize.
PROPER_NAMES = {"Sofia", "Pécs", "Košice", "Tirana", "ROMACT", "ROMED", "Dosta!", "Alliance", "Programme ROMACT"}

FRENCH_CHECK = """
query($locale: String!) {
  news(locale: $locale, limit: 100, sort: DATE_ASC) { items { translationKey tags mainImage { altText } body { ... on FigureBlock { image { altText } } } } }
  goodPractices(locale: $locale, limit: 100) { items { translationKey cityOrRegion mainImage { altText } partners { name } } }
  home: page(urlPath: "/", locale: $locale) { ... on HomePage { heroImage { altText } } }
  siteSettings(locale: $locale) { siteName contact { organisation contactRole address } }
}
"""


def leaves(value, path=""):
    """{path: text} of every string in a GraphQL answer; list items with a translation key are
    keyed by it, so both languages line up whatever their order."""
    if isinstance(value, dict):
        return {
            k: v
            for name, item in value.items()
            if name != "translationKey"
            for k, v in leaves(item, f"{path}/{name}").items()
        }
    if isinstance(value, list):
        found = {}
        for index, item in enumerate(value):
            key = item.get("translationKey", index) if isinstance(item, dict) else index
            found.update(leaves(item, f"{path}[{key}]"))
        return found
    return {path: value} if isinstance(value, str) else {}


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_no_english_in_french_answers_but_proper_names(graphql):
    english = graphql(FRENCH_CHECK, {"locale": "en"})
    french = graphql(FRENCH_CHECK, {"locale": "fr"})
    assert "errors" not in english and "errors" not in french, (english, french)
    english_texts, french_texts = leaves(english["data"]), leaves(french["data"])
    assert english_texts.keys() == french_texts.keys()
    alt_texts = [path for path in french_texts if path.endswith("altText")]
    assert len(alt_texts) >= 10 and all(french_texts[path] for path in alt_texts)
    assert {re.sub(r"\[[^]]*\]", "", path).rsplit("/", 1)[-1] for path in french_texts} >= {
        "tags",
        "altText",
        "cityOrRegion",
        "name",
        "siteName",
        "organisation",
        "contactRole",
        "address",
    }
    same = {
        path: text for path, text in french_texts.items() if text == english_texts[path] and text not in PROPER_NAMES
    }
    assert not same, f"English text in French answers: {same}"


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_a_second_run_still_says_how_to_sign_in():
    from io import StringIO

    output = StringIO()
    call_command("load_demo_content", stdout=output)
    text = output.getvalue()
    assert "Demo content already present: nothing to do." in text
    assert "Admin login: admin / alliance-demo" in text
    assert (
        "Editorial demo accounts (same password): editor, moderator, communication, translator-fr, membership." in text
    )


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_the_demo_has_an_open_release_with_the_2_august_package(en, fr, graphql):
    from editorial.models import Release

    release = Release.objects.get(name="2 August 2027: Roma Genocide Remembrance Day")
    assert release.is_open
    pages = [item.page for item in release.items.select_related("page", "page__locale")]
    assert sorted(page.locale.language_code for page in pages) == ["en", "fr"]
    assert not any(page.live for page in pages)
    english = next(page for page in pages if page.locale == en)
    assert english.specific.commemoration_date.isoformat() == "2027-08-02"
    assert [problem for _item, problem in release.problems()] == ["not approved yet (submit it for review)"] * 2
    # Nothing of it is public before the release is published.
    found = graphql('{ pages(locale: "fr", limit: 100) { items { title } } }')["data"]["pages"]["items"]
    assert {page.title for page in pages}.isdisjoint(item["title"] for item in found)


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_the_demo_has_membership_staff_and_applications_to_review():
    from django.contrib.auth import get_user_model

    from editorial.organisation import MEMBERSHIP_STAFF
    from membership.models import MembershipApplication

    staff = get_user_model().objects.get(username="membership")
    assert staff.groups.filter(name=MEMBERSHIP_STAFF).exists() and staff.email
    applications = MembershipApplication.objects.filter(status="new")
    assert sorted(applications.values_list("language", flat=True)) == ["en", "fr"]


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_demo_documents_have_their_language(graphql):
    documents = graphql('{ documents(locale: "fr") { items { title language } } }')["data"]["documents"]["items"]
    assert documents and all(item["language"] == "fr" for item in documents)


@pytest.mark.django_db
def test_demo_images_have_every_rendition_offered_by_the_api(client, settings):
    """Made while loading: the documented queries resize nothing on their first call."""
    import json

    from wagtail.images.models import Rendition

    for image in Image.objects.all():
        made = set(image.renditions.values_list("filter_spec", flat=True))
        assert set(settings.API["IMAGE_RENDITIONS"]) <= made, image.title
    before = Rendition.objects.count()
    query = (
        '{ news(locale: "fr", limit: 20) { items { mainImage { srcset rendition(filter: "fill-600x338") { url } } } } }'
    )
    response = client.post("/graphql/", json.dumps({"query": query}), content_type="application/json")
    assert response.status_code == 200 and "errors" not in response.json()
    assert Rendition.objects.count() == before
