"""The leak matrix: every field that can return a page x every kind of hidden page, and every
field that can return an image or document x every kind of private collection.

Hidden pages carry a marker word in their title; no response may contain it.
"""

import json
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import HomePage
from news.models import NewsIndexPage
from practices.models import StrategyDocumentAttachment
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory

MARK = "Zebrafinch"

HIDDEN_KINDS = ["draft", "unpublished", "expired", "login", "password", "groups", "restricted_ancestor"]
RESTRICTIONS = {"login": "login", "password": "password", "groups": "groups"}


def restrict(page_or_collection, restriction_type):
    model = (
        PageViewRestriction
        if hasattr(page_or_collection, "depth") and hasattr(page_or_collection, "url_path")
        else CollectionViewRestriction
    )
    field = "page" if model is PageViewRestriction else "collection"
    restriction = model.objects.create(
        **{field: page_or_collection}, restriction_type=restriction_type, password="secret"
    )
    if restriction_type == "groups":
        restriction.groups.add(Group.objects.get_or_create(name="Alliance Taskforce")[0])


def hide(page, kind):
    if kind == "unpublished":
        page.unpublish()
    elif kind == "expired":
        # Past its expiry, before the scheduled-publishing command has run.
        type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(hours=1))
    elif kind in RESTRICTIONS:
        restrict(page, RESTRICTIONS[kind])


def paragraph(html):
    return [{"type": "paragraph", "value": html, "id": "p1"}]


@pytest.fixture(params=HIDDEN_KINDS)
def world(request, en, fr):
    kind = request.param
    home = HomePage.objects.get(locale=en)
    news_index = NewsIndexPage.objects.get(locale=en)
    live = kind != "draft"
    if kind == "restricted_ancestor":
        section_parent = StandardPageFactory(parent=home, title="Members area", slug="members-area", show_in_menus=True)
        news_parent = NewsIndexPageFactory(parent=home, title="Internal news", slug="internal-news", show_in_menus=True)
        restrict(section_parent, "login")
        restrict(news_parent, "login")
    else:
        section_parent, news_parent = home, news_index

    section = StandardPageFactory(
        parent=section_parent, title=f"{MARK} section", slug="quiet-section", intro=MARK, show_in_menus=True, live=live
    )
    child = StandardPageFactory(parent=section, title="Child page", slug="child-page", show_in_menus=True)
    news = NewsPageFactory(parent=news_parent, title=f"{MARK} news", slug="quiet-news", intro=MARK, live=live)
    news.tags.add("ROMACT")
    news.save()
    if kind != "restricted_ancestor":
        hide(section, kind)
        hide(news, kind)

    probe = NewsPageFactory(
        parent=news_index,
        title="Visible probe",
        slug="visible-probe",
        body=paragraph(
            f'<p>Read <a linktype="page" id="{section.pk}">this</a> and <a linktype="page" id="{news.pk}">that</a>.</p>'
        ),
        related_pages=[
            {"type": "page", "value": section.pk, "id": "r1"},
            {"type": "page", "value": news.pk, "id": "r2"},
        ],
    )
    french_probe = probe.copy_for_translation(fr)
    french_probe.title = f"{MARK} traduction"
    french_probe.live = kind != "draft"
    french_probe.save()
    hide(french_probe, "login" if kind == "restricted_ancestor" else kind)

    home.featured = [{"type": "page", "value": section.pk, "id": "f1"}, {"type": "page", "value": news.pk, "id": "f2"}]
    home.save()
    return SimpleNamespace(kind=kind, section=section, child=child, news=news, probe=probe, french_probe=french_probe)


PROBES = {
    "page(id)": lambda w: f'{{ page(id: "{w.section.pk}") {{ title }} }}',
    "page(id) news": lambda w: f'{{ page(id: "{w.news.pk}") {{ title }} }}',
    "page(id, locale)": lambda w: f'{{ page(id: "{w.probe.pk}", locale: "fr") {{ title }} }}',
    "page(urlPath)": lambda w: '{ page(urlPath: "/quiet-section/", locale: "en") { title } } ',
    "page(urlPath) nested": lambda w: '{ page(urlPath: "/members-area/quiet-section/", locale: "en") { title } }',
    "page(translationKey)": lambda w: (
        f'{{ page(translationKey: "{w.news.translation_key}", locale: "en") {{ title }} }}'
    ),
    "page(translationKey, fallback)": lambda w: (
        f'{{ page(translationKey: "{w.probe.translation_key}", locale: "fr", fallback: true) {{ title locale {{ languageCode }} }} }}'
    ),
    "pages": lambda w: '{ pages(locale: "en", limit: 100) { items { title } } }',
    "pages(fr, fallback)": lambda w: '{ pages(locale: "fr", fallback: true, limit: 100) { items { title } } }',
    "news": lambda w: "{ news(limit: 100) { items { title } } }",
    "news(tag)": lambda w: '{ news(tag: "ROMACT", limit: 100) { items { title } } }',
    "news(fr, fallback)": lambda w: '{ news(locale: "fr", fallback: true, limit: 100) { items { title } } }',
    "search": lambda w: f'{{ search(query: "{MARK}") {{ totalCount items {{ title }} }} }}',
    "search(fr, fallback)": lambda w: (
        f'{{ search(query: "{MARK}", locale: "fr", fallback: true) {{ items {{ title }} }} }}'
    ),
    "navigation": lambda w: '{ navigation(locale: "en", depth: 4) { title children { title children { title } } } }',
    "children": lambda w: (
        '{ page(urlPath: "/", locale: "en") { children(limit: 50) { title children(limit: 50) { title } } } }'
    ),
    "parent": lambda w: f'{{ page(id: "{w.child.pk}") {{ title parent {{ title }} }} }}',
    "ancestors": lambda w: f'{{ page(id: "{w.child.pk}") {{ ancestors {{ title }} }} }}',
    "translations": lambda w: f'{{ page(id: "{w.probe.pk}") {{ translations {{ title }} }} }}',
    "relatedPages": lambda w: f'{{ page(id: "{w.probe.pk}") {{ ... on NewsPage {{ relatedPages {{ title }} }} }} }}',
    "featured": lambda w: '{ page(urlPath: "/", locale: "en") { ... on HomePage { featured { title } } } }',
    "rich text links": lambda w: (
        f'{{ page(id: "{w.probe.pk}") {{ ... on NewsPage {{ body {{ ... on ParagraphBlock {{ html }} }} }} }} }}'
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("probe", PROBES)
def test_hidden_pages_never_appear(graphql, world, probe):
    result = graphql(PROBES[probe](world))
    dumped = json.dumps(result)
    assert MARK not in dumped, f"{world.kind} page leaked through {probe}: {dumped[:500]}"
    for hidden in (world.section, world.news, world.french_probe):
        assert f'data-page-id=\\"{hidden.pk}\\"' not in dumped


@pytest.mark.django_db
@pytest.mark.parametrize("probe", ["page(id)", "page(id) news", "page(urlPath)", "page(translationKey)"])
def test_looking_up_a_hidden_page_says_not_found(graphql, world, probe):
    result = graphql(PROBES[probe](world))
    assert result["data"] == {"page": None}
    assert result["errors"][0]["message"] == "Page not found."


@pytest.mark.django_db
def test_visible_neighbours_still_answer(graphql, world):
    """The matrix hides what it must and nothing more."""
    probe = graphql(PROBES["page(translationKey, fallback)"](world))["data"]["page"]
    assert probe == {"title": "Visible probe", "locale": {"languageCode": "en"}}
    html = graphql(PROBES["rich text links"](world))["data"]["page"]["body"][0]["html"]
    assert html == "<p>Read <a>this</a> and <a>that</a>.</p>"
    # A live child below an offline or restricted section is hidden with it (docs/decisions.md).
    child = graphql(PROBES["parent"](world))
    assert child["errors"][0]["message"] == "Page not found."


# Private collections -------------------------------------------------------------------------

COLLECTION_KINDS = ["login", "password", "groups", "child_of_private"]


@pytest.fixture(params=COLLECTION_KINDS)
def private_media(request, en):
    from tests.media import make_document, make_image

    root = Collection.get_first_root_node()
    private = root.add_child(name="Private")
    restrict(private, "login" if request.param == "child_of_private" else request.param)
    holder = private.add_child(name="Working group") if request.param == "child_of_private" else private
    image = make_image(f"{MARK} image", holder)
    document = make_document(f"{MARK} document", holder)

    page = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=en),
        title="Page with private media",
        main_image=image,
        body=[
            {"type": "figure", "value": {"image": image.pk, "caption": "c", "credit": ""}, "id": "f"},
            {"type": "document", "value": {"document": document.pk, "title": "Minutes"}, "id": "d"},
            {
                "type": "paragraph",
                "value": f'<p><a linktype="document" id="{document.pk}">minutes</a></p>'
                f'<embed embedtype="image" id="{image.pk}" format="left" alt="x"/>',
                "id": "p",
            },
        ],
    )
    from tests.factories import StrategyDocumentPageFactory

    strategy = StrategyDocumentPageFactory(parent=HomePage.objects.get(locale=en), title="Strategic orientations")
    StrategyDocumentAttachment.objects.create(page=strategy, document=document, language="de")
    return SimpleNamespace(image=image, document=document, page=page, strategy=strategy)


@pytest.mark.django_db
def test_private_images_and_documents_never_appear(graphql, private_media):
    page = graphql(
        f'{{ page(id: "{private_media.page.pk}") {{ ... on NewsPage {{ mainImage {{ title url }} body {{ __typename '
        "... on FigureBlock { image { title url } } ... on DocumentLinkBlock { title document { title url } } "
        "... on ParagraphBlock { html } } } } }"
    )
    strategy = graphql(
        f'{{ page(id: "{private_media.strategy.pk}") {{ ... on StrategyDocumentPage {{ attachments {{ language document {{ title url }} }} }} }} }}'
    )
    dumped = json.dumps([page, strategy])
    assert MARK not in dumped
    assert private_media.image.file.name.split("/")[-1] not in dumped
    assert f"/documents/{private_media.document.pk}/" not in dumped
    body = page["data"]["page"]["body"]
    assert page["data"]["page"]["mainImage"] is None
    assert body[0]["image"] is None
    assert body[1]["document"] is None and body[1]["title"] == "Minutes"
    assert body[2]["html"] == "<p><a>minutes</a></p>"
    assert "de" not in {item["language"] for item in strategy["data"]["page"]["attachments"]}


@pytest.mark.django_db
def test_moving_a_restricted_section_moves_its_restriction(graphql, en):
    """Restricted subtrees are remembered by path: a move must not expose or hide the wrong pages."""
    home = HomePage.objects.get(locale=en)
    section = StandardPageFactory(parent=home, title="Restricted section", slug="restricted-section")
    restrict(section, "login")
    inside = StandardPageFactory(parent=section, title=f"{MARK} inside", slug="inside")
    assert MARK not in json.dumps(graphql('{ pages(locale: "en", limit: 100) { items { title } } }'))
    about = StandardPageFactory(parent=home, title="About us", slug="about-us")
    section.move(about, pos="last-child")
    assert MARK not in json.dumps(graphql('{ pages(locale: "en", limit: 100) { items { title } } }'))
    PageViewRestriction.objects.filter(page=section).delete()
    titles = json.dumps(graphql('{ pages(locale: "en", limit: 100) { items { title } } }'))
    assert f"{MARK} inside" in titles
    assert inside.pk


# What search engines and feed readers fetch (no GraphQL): hidden pages appear in none of them.
SYNDICATION_URLS = ["/sitemap.xml", "/en/feeds/news.rss", "/en/feeds/news.atom", "/fr/feeds/news.rss"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", SYNDICATION_URLS)
def test_hidden_pages_appear_in_no_sitemap_or_feed(client, world, url):
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "visible-probe" in body or url != "/sitemap.xml"
    # Not even a live child of a hidden page, whose URL carries the hidden page's slug.
    assert MARK not in body and "quiet-section" not in body
    assert "quiet-news" not in body


# The preview site (HTML pages Wagtail serves) hides what the API hides -----------------------


@pytest.mark.django_db
def test_the_preview_site_hides_what_graphql_hides(client, world):
    for hidden in (world.section, world.news, world.child, world.french_probe):
        response = client.get(hidden.url)
        # Not found, or Wagtail's sign-in redirect or password form for a restricted page.
        assert response.status_code in (302, 404) or b"password" in response.content
        assert hidden.title.encode() not in response.content, f"{world.kind}: {hidden.url} is served"
    response = client.get(world.probe.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert MARK not in html
    assert "quiet-section" not in html and "quiet-news" not in html  # not linked, not even by slug
    assert "Read <a>this</a> and <a>that</a>." in html
    assert 'hreflang="fr"' not in html  # the French translation is hidden


@pytest.mark.django_db
def test_the_preview_site_shows_no_private_image_or_document(client, private_media):
    response = client.get(private_media.page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert MARK not in html
    assert "<img" not in html  # main image, figure and embedded image are all private
    assert private_media.image.file.name.split("/")[-1].split(".")[0] not in html
    assert private_media.document.filename not in html and f"/documents/{private_media.document.pk}/" not in html
    assert "<a>minutes</a>" in html


@pytest.mark.django_db
def test_a_section_taken_offline_takes_its_pages_and_brings_them_back(graphql, en, django_capture_on_commit_callbacks):
    """The offline branches are a shared fact: unpublishing a section hides its live pages at
    once, and publishing it again shows them at once (docs/decisions.md)."""
    home = HomePage.objects.get(locale=en)
    section = StandardPageFactory(parent=home, title="Working groups", slug="working-groups")
    child = StandardPageFactory(parent=section, title="Housing group", slug="housing-group")
    lookup = f'{{ page(id: "{child.pk}") {{ title urlPath }} }}'
    assert graphql(lookup)["data"]["page"] == {"title": "Housing group", "urlPath": "/working-groups/housing-group/"}
    with django_capture_on_commit_callbacks(execute=True):
        section.unpublish()
    assert graphql(lookup)["errors"][0]["message"] == "Page not found."
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    assert graphql(lookup)["data"]["page"]["title"] == "Housing group"
