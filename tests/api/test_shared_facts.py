"""The facts every request needs (locales, default site, placeholder aliases, restricted pages,
private collections) cost one cache round trip per request, and a change is seen by the next
request."""

from unittest import mock

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from api import facts

QUERY = '{ news(locale: "en", limit: 3) { items { title url mainImage { url } translations { url } } } }'


@pytest.mark.django_db
def test_a_request_reads_its_shared_facts_in_one_round_trip(graphql):
    graphql(QUERY)  # this process learns which facts requests read
    round_trips, inside_get_many = [], []
    get, get_many = cache.get, cache.get_many

    def single(key, *args, **kwargs):
        if not inside_get_many:  # the local-memory backend's get_many reads key by key
            round_trips.append([key])
        return get(key, *args, **kwargs)

    def several(keys, *args, **kwargs):
        round_trips.append(list(keys))
        inside_get_many.append(True)
        try:
            return get_many(keys, *args, **kwargs)
        finally:
            inside_get_many.pop()

    with mock.patch.object(cache, "get", single), mock.patch.object(cache, "get_many", several):
        graphql(QUERY)
    with_facts = [keys for keys in round_trips if set(keys) & facts._known_keys]
    assert with_facts == [sorted(facts._known_keys)]
    assert {"api:locales", "api:placeholder-page-ids", "api:restricted-page-paths"} <= facts._known_keys


@pytest.mark.django_db
def test_a_changed_fact_is_seen_by_the_next_request(graphql, launch, step):
    page = launch
    assert page.title in str(graphql(QUERY))
    with step():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert page.title not in str(graphql(QUERY))


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_a_get_looks_its_answer_up_once(client):
    """The cached-answer middleware's lookup is the view's too (issue 26): a miss costs one
    lookup, and the change number it read is the one the answer is built from."""
    from api import cache as response_cache

    def get(query):
        return client.get("/graphql/", {"query": query}, HTTP_ACCEPT="application/json")

    get(QUERY)
    lookups, asked = [], []
    look_up, change_number = response_cache.look_up, response_cache.change_number

    def counting_look_up(*args, **kwargs):
        lookups.append(args[0])
        return look_up(*args, **kwargs)

    def counting_change_number():
        asked.append(True)
        return change_number()

    with (
        mock.patch.object(response_cache, "look_up", counting_look_up),
        mock.patch.object(response_cache, "change_number", counting_change_number),
    ):
        response = get('{ news(locale: "en", limit: 2) { items { title } } }')  # a miss
    assert response.status_code == 200 and response.json()["data"]["news"]["items"]
    assert len(lookups) == 1
    assert not asked  # read by the lookup, not asked for again
