"""Persisted queries and the response cache: cacheable GETs with ETag and 304, and
invalidation on publish, unpublish, move and delete, per language where possible."""

import hashlib
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api.cache import response_key
from api.models import PreviewSnapshot
from api.preview import make_preview_token
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.factories import MemberFactory, NewsPageFactory, StandardPageFactory, translate

pytestmark = pytest.mark.usefixtures("empty_cache")

NEWS = "query ($locale: String) { news(locale: $locale, limit: 100) { totalCount items { title urlPath } } }"


def get(client, query, variables=None, **headers):
    params = {"query": query}
    if variables:
        params["variables"] = json.dumps(variables)
    return client.get("/graphql/", params, HTTP_ACCEPT="application/json", **headers)


@pytest.fixture
def bilingual_news(en):
    """A live English news page and its French translation."""
    english = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title="The Alliance is launched")
    return {"en": english, "fr": translate(english)}


def queries_for(client, query, variables=None):
    with CaptureQueriesContext(connection) as context:
        response = get(client, query, variables)
    assert response.status_code == 200
    return len(context.captured_queries), response.json()


@pytest.mark.django_db
def test_get_responses_are_cacheable_with_etag_and_304(client):
    first = get(client, NEWS, {"locale": "en"})
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=60"
    assert first["X-API-Cache"] == "MISS" and get(client, NEWS, {"locale": "en"})["X-API-Cache"] == "HIT"
    etag = first["ETag"]
    second = get(client, NEWS, {"locale": "en"}, HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 304
    assert second.content == b""
    other = get(client, NEWS, {"locale": "en"}, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200 and other.content == first.content


@pytest.mark.django_db
def test_a_repeated_get_is_served_from_the_cache_without_sql(client):
    count, body = queries_for(client, NEWS, {"locale": "en"})
    assert count > 0
    again, cached = queries_for(client, NEWS, {"locale": "en"})
    assert again == 0
    assert cached == body


@pytest.mark.django_db
def test_post_and_errors_are_never_cached(client, graphql):
    response = client.post("/graphql/", json.dumps({"query": NEWS}), content_type="application/json")
    assert "no-store" in response["Cache-Control"]
    failing = '{ news(locale: "xx") { totalCount } }'
    response = get(client, failing)
    assert response.json()["errors"] and "no-store" in response["Cache-Control"]
    assert cache.get(response_key("testserver", failing, {}, None)) is None
    assert cache.get(response_key("testserver", NEWS, {}, None)) is None


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_previews_are_private_and_never_cached(client, en):
    page = NewsPage.objects.filter(locale=en).first()
    token = make_preview_token(PreviewSnapshot.take(page))
    query = "query ($token: String) { page(previewToken: $token) { title } }"
    response = get(client, query, {"token": token})
    assert response["Cache-Control"] == "no-store, private" or set(response["Cache-Control"].split(", ")) == {
        "private",
        "no-store",
    }
    assert "ETag" not in response
    count, _ = queries_for(client, query, {"token": token})
    assert count > 0


@pytest.mark.django_db
def test_publishing_a_french_page_invalidates_french_responses_only(client, bilingual_news, step):
    queries_for(client, NEWS, {"locale": "en"})
    queries_for(client, NEWS, {"locale": "fr"})
    french = bilingual_news["fr"]
    with step():
        french.title = "Titre modifié"
        french.save_revision().publish()

    english_count, _ = queries_for(client, NEWS, {"locale": "en"})
    french_count, french_body = queries_for(client, NEWS, {"locale": "fr"})
    assert english_count == 0
    assert french_count > 0
    assert "Titre modifié" in {item["title"] for item in french_body["data"]["news"]["items"]}


@pytest.mark.django_db
@pytest.mark.parametrize("change", ["unpublish", "delete", "move", "publish new"])
def test_page_changes_invalidate_their_language(client, en, bilingual_news, step, change):
    _, before = queries_for(client, NEWS, {"locale": "en"})
    page = bilingual_news["en"]
    with step():
        if change == "unpublish":
            page.unpublish()
        elif change == "delete":
            page.delete()
        elif change == "move":
            page.move(StandardPageFactory(parent=HomePage.objects.get(locale=en)), pos="last-child")
        elif change == "publish new":
            new = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), live=False, title="Fresh news")
            new.save_revision().publish()
    count, after = queries_for(client, NEWS, {"locale": "en"})
    assert count > 0
    assert after != before


@pytest.mark.django_db
def test_responses_reading_translations_follow_every_language(client, bilingual_news, step):
    query = "query ($id: ID) { page(id: $id) { title translations { title } } }"
    english = bilingual_news["en"]
    queries_for(client, query, {"id": str(english.pk)})
    french = bilingual_news["fr"]
    with step():
        french.title = "Nouveau titre"
        french.save_revision().publish()
    count, body = queries_for(client, query, {"id": str(english.pk)})
    assert count > 0
    assert body["data"]["page"]["translations"] == [{"title": "Nouveau titre"}]


@pytest.mark.django_db
def test_snippet_changes_invalidate_everything(client, step):
    MemberFactory(name="Berlin")
    member = MemberFactory(name="Cluj-Napoca")
    members = "{ members(limit: 1, sort: NAME_ASC) { items { name } } }"
    queries_for(client, members)
    with step():
        member.name = "Aachen"
        member.save()
    count, body = queries_for(client, members)
    assert count > 0 and body["data"]["members"]["items"] == [{"name": "Aachen"}]


# Persisted queries -------------------------------------------------------------------------


def persisted(sha256):
    return json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha256}})


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_persisted_query_round_trip(client):
    query = '{ news(locale: "fr", limit: 3) { items { title } } }'
    sha256 = hashlib.sha256(query.encode()).hexdigest()

    unknown = client.get("/graphql/", {"extensions": persisted(sha256)}, HTTP_ACCEPT="application/json")
    assert unknown.status_code == 200
    assert unknown.json()["errors"][0] == {
        "message": "PersistedQueryNotFound",
        "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
    }

    registered = client.post(
        "/graphql/",
        json.dumps({"query": query, "extensions": json.loads(persisted(sha256))}),
        content_type="application/json",
    )
    assert len(registered.json()["data"]["news"]["items"]) == 1

    by_hash = client.get("/graphql/", {"extensions": persisted(sha256)}, HTTP_ACCEPT="application/json")
    assert by_hash.status_code == 200
    assert by_hash.json() == registered.json()
    assert by_hash["Cache-Control"] == "public, max-age=60" and by_hash["ETag"]
    with CaptureQueriesContext(connection) as context:
        again = client.get("/graphql/", {"extensions": persisted(sha256)}, HTTP_IF_NONE_MATCH=by_hash["ETag"])
    assert again.status_code == 304
    assert len(context.captured_queries) == 0


@pytest.mark.django_db
def test_persisted_query_hash_must_match(client):
    response = client.post(
        "/graphql/",
        json.dumps({"query": "{ news { totalCount } }", "extensions": json.loads(persisted("0" * 64))}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"


@pytest.mark.django_db
def test_invalid_queries_are_not_persisted(client):
    query = "{ nope }"
    sha256 = hashlib.sha256(query.encode()).hexdigest()
    client.post(
        "/graphql/",
        json.dumps({"query": query, "extensions": json.loads(persisted(sha256))}),
        content_type="application/json",
    )
    again = client.get("/graphql/", {"extensions": persisted(sha256)}, HTTP_ACCEPT="application/json")
    assert again.json()["errors"][0]["message"] == "PersistedQueryNotFound"


@pytest.mark.django_db
def test_a_cached_answer_is_served_before_sessions_csrf_and_authentication(client):
    """A hit is answered by CachedAnswerMiddleware: same body and headers as the view's answer,
    no cookie, no session, no Vary: Cookie."""
    first = get(client, NEWS, {"locale": "en"})
    hit = get(client, NEWS, {"locale": "en"})
    assert not hasattr(hit.wsgi_request, "session") and not hasattr(hit.wsgi_request, "user")
    assert hit.content == first.content
    for header in ("ETag", "Cache-Control", "Content-Type"):
        assert hit[header] == first[header]
    # The answer does not depend on Accept-Language (languages are arguments), which
    # LocaleMiddleware adds to the view's answers, nor on cookies; Origin is CORS's.
    assert {part.strip().lower() for part in hit["Vary"].split(",")} == {"accept", "origin"} and not hit.cookies
    assert get(client, NEWS, {"locale": "en"}, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


@pytest.mark.django_db
def test_requests_the_cache_cannot_answer_go_to_the_view(client):
    get(client, NEWS, {"locale": "en"})
    # An unknown API key is refused even though the answer is cached.
    refused = get(client, NEWS, {"locale": "en"}, HTTP_AUTHORIZATION="Bearer not-a-key")
    assert refused.status_code == 401
    # A client that accepts neither JSON type is told so.
    params = {"query": NEWS, "variables": json.dumps({"locale": "en"})}
    assert client.get("/graphql/", params, HTTP_ACCEPT="text/csv").status_code == 406
    # A miss (other variables) is answered by the view, which caches it.
    missed = get(client, NEWS, {"locale": "fr"})
    assert missed.status_code == 200 and hasattr(missed.wsgi_request, "session")


@pytest.mark.django_db
def test_the_rate_limit_counts_cached_answers_once(client, settings):
    settings.API = {**settings.API, "RATE_LIMIT_ANONYMOUS": 3}
    answers = [get(client, NEWS, {"locale": "en"}, REMOTE_ADDR="203.0.113.20") for _ in range(4)]
    # The first is a miss (counted by the cache lookup, not again by the view), then two hits.
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert answers[3].json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert get(client, NEWS, {"locale": "en"}, REMOTE_ADDR="203.0.113.21").status_code == 200


@pytest.mark.django_db
def test_a_worker_never_serves_its_own_copy_of_an_invalidated_answer(client, bilingual_news):
    """Each worker keeps the answers it has seen in memory too; they count only while no tag
    of theirs has changed in the shared cache, whoever changed it."""
    from api import cache as response_cache
    from api.dependencies import change_tags

    first = get(client, NEWS, {"locale": "en"}).json()
    page = bilingual_news["en"]
    # Another worker publishes: the database and the shared tags change, not this process.
    NewsPage.objects.filter(pk=page.pk).update(title="Changed elsewhere")
    response_cache.touch_now(change_tags(page, ["en", "fr"]))
    second = get(client, NEWS, {"locale": "en"}).json()
    assert second != first and "Changed elsewhere" in json.dumps(second)

    # A worker whose copy is out of date takes the current one from the shared cache.
    [key] = list(response_cache._local_entries._items)
    stale = {**response_cache._local_entries.get(key), "body": json.dumps(first), "since": 0, "checked": None}
    response_cache._local_entries.put(key, stale, 10)
    count, third = queries_for(client, NEWS, {"locale": "en"})
    assert count == 0 and third == second


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_a_publish_invalidates_again_when_its_transaction_commits(client, en, django_capture_on_commit_callbacks):
    """A request served between the publish and its commit still reads the old content and may
    cache it under the new generation: the bump on commit drops that answer."""
    page = NewsPage.objects.filter(locale=en).first()
    with django_capture_on_commit_callbacks(execute=False) as on_commit:
        page.title = "Committed later"
        page.save_revision().publish()
    queries_for(client, NEWS, {"locale": "en"})  # cached between the publish and its commit
    assert queries_for(client, NEWS, {"locale": "en"})[0] == 0
    for callback in on_commit:
        callback()
    assert queries_for(client, NEWS, {"locale": "en"})[0] > 0


# Stale after a change (issue 25): every model an answer reads invalidates it --------------------


@pytest.mark.django_db
def test_moving_a_collection_under_a_private_one_hides_its_images_at_once(client, clients, en, step):
    from wagtail.models import Collection, CollectionViewRestriction

    from tests.media import make_image

    root = Collection.get_first_root_node()
    photos = root.add_child(name="Launch photos")
    private = root.add_child(name="Working group")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), main_image=make_image("Launch", photos))
    query = f'{{ page(id: "{page.pk}") {{ ... on NewsPage {{ mainImage {{ title }} }} }} }}'
    assert get(client, query).json()["data"]["page"]["mainImage"] == {"title": "Launch"}
    with step():  # as an administrator does it: Settings → Collections → the collection → parent
        response = clients["superuser"].post(
            f"/admin/collections/{photos.pk}/", {"name": "Launch photos", "parent": private.pk}
        )
    assert response.status_code == 302
    assert Collection.objects.get(pk=photos.pk).get_parent() == private
    assert get(client, query).json()["data"]["page"]["mainImage"] is None


@pytest.mark.django_db
def test_renaming_a_collection_or_a_tag_changes_the_answers_that_name_them(client, en, step):
    from taggit.models import Tag
    from wagtail.models import Collection

    from tests.media import make_document

    reports = Collection.get_first_root_node().add_child(name="Reports")
    make_document("Annual report", reports)
    by_collection = '{ documents(collection: "Reports") { totalCount } }'
    assert get(client, by_collection).json()["data"]["documents"]["totalCount"] == 1
    with step():
        reports.name = "Rapports"
        reports.save()
    assert get(client, by_collection).json()["data"]["documents"]["totalCount"] == 0

    page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title="Tagged")
    page.tags.add("romact")
    page.save_revision().publish()
    by_tag = '{ news(tag: "romact", limit: 100) { items { title tags } } }'
    assert {"title": "Tagged", "tags": ["romact"]} in get(client, by_tag).json()["data"]["news"]["items"]
    with step():
        tag = Tag.objects.get(name="romact")
        tag.name = tag.slug = "ROMACT programme"
        tag.save()
    assert get(client, by_tag).json()["data"]["news"]["items"] == []


@pytest.mark.django_db
def test_no_answer_outlives_the_end_of_an_upcoming_event(client, en):
    import time
    from datetime import timedelta

    from django.utils import timezone

    from events.models import EventIndexPage, EventPage
    from tests.factories import EventPageFactory

    EventPageFactory(parent=EventIndexPage.objects.get(locale=en), title="Taskforce meeting 2030")
    event = EventPage.objects.live().filter(locale=en, ends_at__gt=timezone.now()).first()
    # It ends in a moment, with no one saving anything (as time passes).
    EventPage.objects.filter(pk=event.pk).update(ends_at=timezone.now() + timedelta(seconds=1.5))
    cache.clear()
    query = "{ events(upcoming: true, limit: 100) { totalCount items { title } } }"
    before = get(client, query).json()["data"]["events"]
    assert {"title": event.title} in before["items"]
    time.sleep(1.6)
    after = get(client, query).json()["data"]["events"]
    assert {"title": event.title} not in after["items"] and after["totalCount"] == before["totalCount"] - 1


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_an_answer_without_a_language_follows_every_language(client, en, fr, step):
    """`documents { usedBy }` of a document no page uses yet reads no language: a French page
    that starts using it must still invalidate the answer."""
    from wagtail.models import Collection

    from tests.media import make_document

    document = make_document("Charter", Collection.get_first_root_node())
    query = '{ documents(search: "Charter") { items { title usedBy { title } } } }'
    assert get(client, query).json()["data"]["documents"]["items"] == [{"title": "Charter", "usedBy": []}]
    french = NewsPage.objects.filter(locale=fr).first()
    with step():
        french.body = [{"type": "document", "value": {"document": document.pk, "title": "Charte"}, "id": "d"}]
        french.save_revision().publish()
    items = get(client, query).json()["data"]["documents"]["items"]
    assert items == [{"title": "Charter", "usedBy": [{"title": french.title}]}]


# Reads at scale (issue 27): one bump per change, one worker computing a missing answer -------


@pytest.mark.django_db
def test_a_publish_bumps_once_and_only_when_it_commits(client, live_news_source, django_capture_on_commit_callbacks):
    from unittest import mock

    from api import cache as response_cache
    from api.dependencies import change_tags

    with mock.patch("api.cache.touch_now", wraps=response_cache.touch_now) as bumps:
        with django_capture_on_commit_callbacks(execute=False) as on_commit:
            live_news_source.title = "Published once"
            live_news_source.save_revision().publish()
        assert bumps.call_count == 0, "nothing is touched before the publish commits"
        for callback in on_commit:
            callback()
    assert bumps.call_count == 1 and set(bumps.call_args.args[0]) == change_tags(live_news_source, ["en", "fr"])
    assert "Published once" in json.dumps(get(client, NEWS, {"locale": "en"}).json())


def answer_key_of(query, variables):
    return response_key("testserver", query, variables, None)


@pytest.mark.django_db
def test_a_worker_waits_for_the_answer_another_worker_is_computing(client, live_news_source, settings):
    """Another worker holds the computing mark of a missing answer and stores it meanwhile: this
    worker serves that answer without executing the query."""
    import threading
    from unittest import mock

    from api import cache as response_cache
    from api.views import AllianceGraphQLView

    settings.API = {**settings.API, "SINGLE_FLIGHT_WAIT": 5}
    variables = {"locale": "en"}
    key = answer_key_of(NEWS, variables)
    cache.add(response_cache.computing_key(key), 1)
    body = json.dumps({"data": {"news": {"totalCount": 1, "items": [{"title": "From the other worker"}]}}})

    since = response_cache.change_number()
    response_cache.next_scheduled_change()  # read now: the other "worker" below has no database

    def other_worker_stores_it():
        response_cache.store_response(key, body, 200, since, ["all", "news.newspage@en"])
        response_cache.done_computing(key)

    threading.Timer(0.2, other_worker_stores_it).start()
    with mock.patch.object(AllianceGraphQLView, "execute_graphql_request") as execute:
        response = get(client, NEWS, variables)
    assert execute.call_count == 0
    assert (
        response.status_code == 200 and response.json()["data"]["news"]["items"][0]["title"] == "From the other worker"
    )


@pytest.mark.django_db
def test_a_worker_computes_the_answer_itself_when_the_other_one_does_not_deliver(client, live_news_source, settings):
    import time

    from api import cache as response_cache

    settings.API = {**settings.API, "SINGLE_FLIGHT_WAIT": 0.3}
    variables = {"locale": "en"}
    key = answer_key_of(NEWS, variables)
    cache.add(response_cache.computing_key(key), 1)  # a worker that died while computing
    started = time.monotonic()
    response = get(client, NEWS, variables)
    assert response.status_code == 200 and response.json()["data"]["news"]["totalCount"] == 1
    assert 0.3 <= time.monotonic() - started < 3, "a bounded wait, then the answer"


@pytest.mark.django_db
def test_the_computing_worker_marks_the_answer_and_clears_the_mark(client, live_news_source):
    from unittest import mock

    from api import cache as response_cache
    from api.views import AllianceGraphQLView

    variables = {"locale": "en"}
    key = answer_key_of(NEWS, variables)
    marked = []
    real_execute = AllianceGraphQLView.execute_graphql_request

    def while_computing(*args, **kwargs):
        marked.append(cache.get(response_cache.computing_key(key)) is not None)
        return real_execute(*args, **kwargs)

    with mock.patch.object(AllianceGraphQLView, "execute_graphql_request", while_computing):
        assert get(client, NEWS, variables).status_code == 200
    assert marked == [True]
    assert cache.get(response_cache.computing_key(key)) is None
    assert queries_for(client, NEWS, variables)[0] == 0


# Cache tags for the HTTP cache in front (issue 27) ---------------------------------------------


@pytest.mark.django_db
def test_public_answers_name_what_they_read_in_cache_tags(client, launch, fr):
    french = launch.get_translation(fr)
    computed = get(client, NEWS, {"locale": "fr"})
    tags = computed["Cache-Tag"].split(",")
    assert f"news.newspage:{french.pk}" in tags and "news.newspage@fr" in tags and "all" in tags
    assert f"translations:{french.translation_key}" not in tags, "the query asked for no translations"
    assert f"news.newspage:{launch.pk}" not in tags, "the English page was not read"
    assert computed["Surrogate-Key"].split(" ") == tags
    cached = get(client, NEWS, {"locale": "fr"})
    assert queries_for(client, NEWS, {"locale": "fr"})[0] == 0
    assert cached["Cache-Tag"] == computed["Cache-Tag"] and cached["Surrogate-Key"] == computed["Surrogate-Key"]
    posted = client.post("/graphql/", json.dumps({"query": NEWS}), content_type="application/json")
    assert "Cache-Tag" not in posted and "Surrogate-Key" not in posted


def test_too_many_rows_collapse_into_their_model_tag():
    from api.dependencies import MAX_LENGTH, answer_tags

    reads = {("news.newspage", pk) for pk in range(2000)} | {("home.member", 1), ("wagtailcore.locale", None)}
    tags = answer_tags(reads, {}, {"menu@en"})
    assert len(",".join(tags)) <= MAX_LENGTH
    assert "news.newspage@all" in tags and "home.member:1" in tags and "wagtailcore.locale@all" in tags
    assert "menu@en" in tags
    assert not any(tag.startswith("news.newspage:") for tag in tags)
    assert answer_tags({("news.newspage", 1), ("news.newspage", None)}, {"news.newspage": {"fr"}}, set()) == [
        "all",
        "news.newspage:1",
        "news.newspage@fr",
    ]
