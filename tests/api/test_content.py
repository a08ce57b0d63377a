"""Page content over the API: StreamField blocks as typed unions, rich text with links
resolved for the page's language, images with allow-listed renditions, documents."""

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.images.models import Rendition

from news.models import NewsIndexPage
from tests.factories import NewsPageFactory

BODY = """
body {
  __typename
  ... on HeadingBlock { id text level }
  ... on ParagraphBlock { id html }
  ... on FigureBlock { id caption image { title width } }
  ... on QuoteBlock { id quote attribution role }
  ... on DocumentLinkBlock { id title document { title url fileType fileSize } }
}
"""


@pytest.fixture
def image(db):
    from wagtail.models import Collection

    from tests.media import make_image

    return make_image("Launch of the Alliance, Strasbourg 2013", Collection.get_first_root_node(), size=(1200, 675))


@pytest.fixture
def document(db):
    from wagtail.models import Collection

    from tests.media import make_document

    return make_document("Strategic orientations (EN)", Collection.get_first_root_node(), filename="orientations.pdf")


@pytest.fixture
def news_with_a_picture(en, image):
    """A live English news page with a 1200 × 675 picture."""
    return NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), main_image=image)


def page_with_body(parent, locale, body, title="Probe"):
    return NewsPageFactory(parent=parent, locale=locale, title=title, body=body)


@pytest.mark.django_db
def test_body_blocks_are_typed(graphql, en, image, document):
    page = page_with_body(
        NewsIndexPage.objects.get(locale=en),
        en,
        [
            {"type": "heading", "value": {"text": "Context", "level": "h2"}, "id": "b1"},
            {"type": "paragraph", "value": "<p>Plain <b>text</b>.</p>", "id": "b2"},
            {"type": "figure", "value": {"image": image.pk, "caption": "Launch", "credit": ""}, "id": "b3"},
            {"type": "quote", "value": {"quote": "Dosta!", "attribution": "Campaign", "role": ""}, "id": "b4"},
            {"type": "document", "value": {"document": document.pk, "title": ""}, "id": "b5"},
        ],
    )
    body = graphql(f'{{ page(id: "{page.pk}") {{ ... on NewsPage {{ {BODY} }} }} }}')["data"]["page"]["body"]
    assert body == [
        {"__typename": "HeadingBlock", "id": "b1", "text": "Context", "level": "h2"},
        {"__typename": "ParagraphBlock", "id": "b2", "html": "<p>Plain <b>text</b>.</p>"},
        {"__typename": "FigureBlock", "id": "b3", "caption": "Launch", "image": {"title": image.title, "width": 1200}},
        {"__typename": "QuoteBlock", "id": "b4", "quote": "Dosta!", "attribution": "Campaign", "role": ""},
        {
            "__typename": "DocumentLinkBlock",
            "id": "b5",
            "title": document.title,
            "document": {
                "title": document.title,
                "url": document.url,
                "fileType": "pdf",
                "fileSize": document.get_file_size(),
            },
        },
    ]


@pytest.mark.django_db
def test_rich_text_page_links_resolve_to_the_translation_in_the_page_language(graphql, en, fr, image, document):
    from home.models import HomePage
    from tests.factories import StandardPageFactory, translate

    history_en = StandardPageFactory(parent=HomePage.objects.get(locale=en), title="History", slug="history")
    translate(history_en, texts={"History": "Historique", "history": "historique"})
    html = (
        f'<p>See <a linktype="page" id="{history_en.pk}">our history</a>, '
        f'<a linktype="document" id="{document.pk}">the PDF</a> and '
        '<a href="https://www.coe.int/roma-alliance">the Council of Europe</a>.</p>'
        f'<embed embedtype="image" id="{image.pk}" format="left" alt="Launch"/>'
    )
    body = [{"type": "paragraph", "value": html, "id": "p1"}]
    french = page_with_body(NewsIndexPage.objects.get(locale=fr), fr, body)
    english = page_with_body(NewsIndexPage.objects.get(locale=en), en, body)
    query = '{{ page(id: "{}") {{ ... on NewsPage {{ body {{ ... on ParagraphBlock {{ html }} }} }} }} }}'
    french_html = graphql(query.format(french.pk))["data"]["page"]["body"][0]["html"]
    english_html = graphql(query.format(english.pk))["data"]["page"]["body"][0]["html"]
    history_fr = history_en.get_translation(fr)
    assert (
        f'<a href="/fr/historique/" data-page-id="{history_fr.pk}" data-locale="fr" data-url-path="/historique/">our history</a>'
        in french_html
    )
    assert f'<a href="/en/history/" data-page-id="{history_en.pk}" data-locale="en"' in english_html
    assert f'<a href="{document.url}" data-document-id="{document.pk}">the PDF</a>' in french_html
    assert '<a href="https://www.coe.int/roma-alliance">' in french_html
    assert '<img alt="Launch"' in french_html and "width-500" in french_html
    assert "linktype" not in french_html and "embedtype" not in french_html


@pytest.mark.django_db
def test_rich_text_fields_and_action_lines_are_html(graphql, fr, document):
    from home.models import HomePage
    from practices.models import StrategyDocumentAttachment
    from tests.factories import StrategyDocumentPageFactory
    from tests.media import make_document

    line = {
        "number": "3.1",
        "title": "Inclusion",
        "description": "<p>Lever les <b>obstacles</b>.</p>",
        "measures": ["Lever les obstacles à l'inclusion et mieux faire connaître les bonnes pratiques."],
    }
    strategy = StrategyDocumentPageFactory(
        parent=HomePage.objects.get(locale=fr),
        locale=fr,
        summary="<p>L'Alliance aide les villes et les régions.</p>",
        action_lines=[("action_line", {**line, "number": number}) for number in ("3.1", "3.2", "3.3", "3.4")],
    )
    french_pdf = make_document("Orientations (FR)", document.collection, filename="orientations-fr.pdf")
    for language, pdf in (("en", document), ("fr", french_pdf)):
        strategy.attachments.add(StrategyDocumentAttachment(document=pdf, language=language))
    strategy.save()
    result = graphql(
        f'{{ page(id: "{strategy.pk}") {{ ... on StrategyDocumentPage {{ summary periodStart periodEnd '
        "actionLines { number title description measures } attachments { language document { fileType } } } } }"
    )
    page = result["data"]["page"]
    assert page["summary"].startswith("<p>L'Alliance aide")
    assert (page["periodStart"], page["periodEnd"]) == (2014, 2020)
    assert [line["number"] for line in page["actionLines"]] == ["3.1", "3.2", "3.3", "3.4"]
    assert (
        page["actionLines"][0]["measures"][0]
        == "Lever les obstacles à l'inclusion et mieux faire connaître les bonnes pratiques."
    )
    assert {(item["language"], item["document"]["fileType"]) for item in page["attachments"]} == {
        ("en", "pdf"),
        ("fr", "pdf"),
    }


@pytest.mark.usefixtures("news_with_a_picture")
@pytest.mark.django_db
def test_image_renditions_from_the_allow_list(graphql):
    result = graphql(
        '{ news(limit: 1) { items { mainImage { width height url srcset rendition(filter: "fill-600x338") { url width height filterSpec } } } } }'
    )
    image = result["data"]["news"]["items"][0]["mainImage"]
    assert (image["width"], image["height"]) == (1200, 675)
    assert image["rendition"]["width"] == 600 and image["rendition"]["height"] == 338
    assert image["rendition"]["filterSpec"] == "fill-600x338"
    assert [entry.rsplit(" ", 1)[1] for entry in image["srcset"].split(", ")] == ["400w", "800w", "1200w"]


@pytest.mark.usefixtures("news_with_a_picture")
@pytest.mark.django_db
def test_an_unlisted_rendition_is_an_error_and_is_never_generated(graphql):
    before = Rendition.objects.count()
    result = graphql('{ news(limit: 1) { items { mainImage { rendition(filter: "fill-13x13") { url } } } } }')
    assert result["errors"][0]["message"].startswith("Rendition 'fill-13x13' is not allowed.")
    assert Rendition.objects.count() == before
    assert not Rendition.objects.filter(filter_spec="fill-13x13").exists()


@pytest.mark.usefixtures("news_with_a_picture")
@pytest.mark.django_db
@override_settings(API={**settings.API, "IMAGE_RENDITIONS": ["width-400"], "IMAGE_SRCSET_WIDTHS": [400, 800]})
def test_srcset_widths_must_be_allowed_too(graphql):
    result = graphql("{ news(limit: 1) { items { mainImage { srcset } } } }")
    assert result["errors"][0]["message"].startswith("Rendition 'width-800' is not allowed.")


@pytest.mark.django_db
def test_remembrance_speakers(graphql, fr):
    from tests.factories import RemembrancePageFactory

    index = NewsIndexPage.objects.get(locale=fr)
    appeal = NewsPageFactory(parent=index, locale=fr, title="Le Président du Congrès appelle à se souvenir")
    RemembrancePageFactory(
        parent=index,
        locale=fr,
        year=2013,
        speakers=[("speaker", {"name": "Herwig van Staa", "role": "Président du Congrès", "quote": "Dosta!"})],
        related_news=[("page", appeal)],
    )
    result = graphql(
        '{ remembrances(locale: "fr", sort: DATE_ASC, limit: 1) { items { place year speakers { name role quote } relatedNews { title } } } }'
    )
    remembrance = result["data"]["remembrances"]["items"][0]
    assert remembrance["year"] == 2013
    assert remembrance["speakers"][0]["name"] == "Herwig van Staa"
    assert remembrance["speakers"][0]["role"] == "Président du Congrès"
    assert remembrance["relatedNews"][0]["title"].startswith("Le Président du Congrès appelle")
