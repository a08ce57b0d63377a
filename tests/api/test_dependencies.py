"""What an answer read is recorded, and every change to it invalidates the cached answer (issue
26, item 2): a new root field, resolver or model that an answer reads but no change invalidates
fails here, instead of serving stale answers for up to API_CACHE_TIMEOUT.

For each root field, a query a frontend would send is asked by GET (cached). Its record
(``ApiContext.reads``: model and row, or model for a list) must not be empty; then, for every
model in the record, one of its rows read (or any row, for a list) is changed as editors change
it (a page published, any other record saved), and the cached answer must be recomputed."""

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from cms.schema import schema

pytestmark = pytest.mark.usefixtures("empty_cache")

ROOT_QUERIES = {
    "events": "{ events(limit: 3) { totalCount items { title mainImage { url altText } } } }",
    "search": '{ search(query: "Roma", limit: 3) { totalCount items { title } } }',
    "goodPractices": "{ goodPractices(limit: 3) { totalCount items { title themes { code label } } } }",
    "strategyDocuments": "{ strategyDocuments { items { title attachments { document { title url } } } } }",
    "news": "{ news(limit: 3) { totalCount items { title tags mainImage { url } } } }",
    "remembrances": "{ remembrances { totalCount items { title } } }",
    "page": '{ page(urlPath: "/", locale: "en") { title ... on HomePage { featured { title } } } }',
    "pages": '{ pages(locale: "en", limit: 3) { totalCount items { title } } }',
    "documents": "{ documents(limit: 3) { totalCount items { title usedBy { title } } } }",
    "navigation": '{ navigation(locale: "en") { title } }',
    "members": "{ members(limit: 3) { totalCount items { name } } }",
    "membersGeoJson": "{ membersGeoJson }",
    "terminologyNotes": "{ terminologyNotes { term } }",
    "siteSettings": "{ siteSettings { siteName contact { email } socialMedia { rssUrl } locales { languageCode } } }",
    "translationReport": '{ translationReport(locale: "fr", limit: 3) { items { status source { title } } } }',
}


@pytest.fixture(scope="module")
def sample_site(django_db_setup, django_db_blocker):
    """A page of every type in both languages, media, a member, a note, settings (made once; each
    test's changes roll back)."""
    from tests.factories import kept_for_the_module
    from tests.sample_site import build_sample_site

    with kept_for_the_module(django_db_blocker):
        yield build_sample_site()


def test_every_root_field_is_walked():
    assert set(ROOT_QUERIES) == set(schema.graphql_schema.query_type.fields)


def get(client, query):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/graphql/", {"query": query}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and "errors" not in response.json(), response.content[:300]
    return response, len(queries.captured_queries)


def new_page_restriction():
    page = Page.objects.live().filter(depth__gt=2, numchild=0).order_by("path").last()
    return PageViewRestriction.objects.create(page=page, restriction_type="login")


def new_collection_restriction():
    collection = Collection.get_first_root_node().add_child(name="Working group")
    return CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")


def new_contact_point():
    from wagtail.models import Site

    from home.models import ContactPoint, ContactSettings

    return ContactPoint.objects.create(
        settings=ContactSettings.for_site(Site.objects.get(is_default_site=True)), purpose="Press", fax="+33 1"
    )


# Models the demo has no row of: the change is a new one, made as an editor makes it.
CREATE = {
    "home.contactpoint": new_contact_point,
    "wagtailcore.pageviewrestriction": new_page_restriction,
    "wagtailcore.collectionviewrestriction": new_collection_restriction,
}


def change(label, pk, shown):
    """Change a row of ``label`` as an editor would: the one read, or for a list one of the rows
    the answer shows (``shown``: the pks read), else any."""
    model = apps.get_model(label)
    rows = model.objects.order_by("pk")
    row = rows.filter(pk=pk).first() if pk is not None else (rows.filter(pk__in=shown).last() or rows.last())
    if row is None and label in CREATE:
        CREATE[label]()
        return
    assert row is not None, f"no {label} row to change: say in CREATE how an editor makes one"
    if isinstance(row, Page):
        row.specific.save_revision().publish()
    else:
        row.save()


@pytest.mark.usefixtures("sample_site")
@pytest.mark.django_db
@pytest.mark.parametrize("field", ROOT_QUERIES)
def test_a_change_to_anything_an_answer_read_invalidates_it(client, field, django_capture_on_commit_callbacks):
    query = ROOT_QUERIES[field]
    response, _ = get(client, query)
    reads = response.wsgi_request.api_context.reads
    get(client, query)  # a first read may create settings rows (Wagtail's for_site), a change
    assert reads, f"{field}: the answer recorded nothing it read"
    one_per_model = {}
    for label, pk in sorted(reads, key=lambda item: (item[0], item[1] is None, item[1] or 0)):
        one_per_model.setdefault(label, pk)
    stale = []
    for label, pk in one_per_model.items():
        _, queries = get(client, query)
        assert queries == 0, f"{field}: the answer is not served from the cache"
        with django_capture_on_commit_callbacks(execute=True):
            change(label, pk, shown={row for _label, row in reads if row is not None})
        _, queries = get(client, query)
        if queries == 0:
            stale.append(label)
    assert not stale, f"{field}: a change to {stale} left the cached answer in place"
