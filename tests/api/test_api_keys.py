"""API keys: created and revoked by administrators in the admin, stored hashed, sent as
Authorization: Bearer; scopes (delivery, preview, editorial); rate limits per key and per IP."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from api.models import ApiKey
from news.models import NewsPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

NEWS = "{ news(limit: 1) { totalCount } }"


def make_key(scope=ApiKey.Scope.DELIVERY, **fields):
    api_key = ApiKey(name=f"{scope} site", scope=scope, **fields)
    key = api_key.set_new_key()
    api_key.save()
    return api_key, key


def post(query, key=None, variables=None, **extra):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}
    return Client().post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        **headers,
        **extra,
    )


def test_administrators_create_a_key_shown_once_and_stored_hashed(clients):
    response = clients["administrator"].post(
        reverse("api_keys:add"),
        {"name": "City of Strasbourg website", "scope": "delivery", "rate_limit": ""},
        follow=True,
    )
    assert response.status_code == 200
    content = response.content.decode()
    api_key = ApiKey.objects.get(name="City of Strasbourg website")
    shown = content.split("<code>", 1)[1].split("</code>", 1)[0]
    assert shown.startswith("acms_") and shown.startswith(api_key.key_prefix)
    assert api_key.key_hash == ApiKey.hash(shown) and shown not in json.dumps(
        list(ApiKey.objects.values()), default=str
    )
    assert post(NEWS, shown).status_code == 200
    # Not shown again.
    assert shown not in clients["administrator"].get(reverse("api_keys:edit", args=(api_key.pk,))).content.decode()


def test_editors_cannot_manage_keys(clients):
    assert clients["editor"].get(reverse("api_keys:index")).status_code in (302, 403)
    assert clients["moderator"].post(reverse("api_keys:add"), {"name": "x", "scope": "editorial"}).status_code in (
        302,
        403,
    )
    assert not ApiKey.objects.exists()


@pytest.mark.usefixtures("launch")
def test_a_revoked_or_unknown_key_is_refused(clients):
    api_key, key = make_key()
    assert post(NEWS, key).status_code == 200
    response = clients["administrator"].post(
        reverse("api_keys:edit", args=(api_key.pk,)),
        {"name": api_key.name, "scope": "delivery", "rate_limit": "", "revoked": "on"},
    )
    assert response.status_code == 302
    refused = post(NEWS, key)
    assert refused.status_code == 401 and refused["WWW-Authenticate"].startswith("Bearer")
    assert refused.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert post(NEWS, "acms_not-a-key").status_code == 401
    assert (
        Client()
        .post("/graphql/", json.dumps({"query": NEWS}), content_type="application/json", HTTP_AUTHORIZATION="Basic abc")
        .status_code
        == 401
    )
    # Anonymous access to public content stays possible.
    assert post(NEWS).json()["data"]["news"]["totalCount"] == 1


@pytest.mark.usefixtures("launch")
def test_editorial_scope_sees_translation_progress(en):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    query = f'{{ page(id: "{page.pk}") {{ translationStatus {{ status stringsTotal }} }} }}'
    _, delivery = make_key(ApiKey.Scope.DELIVERY)
    _, editorial = make_key(ApiKey.Scope.EDITORIAL)
    assert post(query).json()["data"]["page"]["translationStatus"][0]["stringsTotal"] is None
    assert post(query, delivery).json()["data"]["page"]["translationStatus"][0]["stringsTotal"] is None
    assert post(query, editorial).json()["data"]["page"]["translationStatus"][0]["stringsTotal"] > 0
    # An editorial answer is never cached for others.
    response = Client().get("/graphql/", {"query": query}, HTTP_AUTHORIZATION=f"Bearer {editorial}")
    assert "no-store" in response["Cache-Control"]
    assert (
        Client().get("/graphql/", {"query": query}).json()["data"]["page"]["translationStatus"][0]["stringsTotal"]
        is None
    )


@pytest.mark.usefixtures("launch")
def test_preview_scope_where_previews_need_a_key(en, settings):
    from api.models import PreviewSnapshot
    from api.preview import make_preview_token

    settings.API = {**settings.API, "PREVIEW_REQUIRES_KEY": True}
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    page.title = "Draft only"
    token = make_preview_token(PreviewSnapshot.take(page))
    query = "query($t: String) { page(previewToken: $t) { title } }"
    _, delivery = make_key(ApiKey.Scope.DELIVERY)
    _, preview = make_key(ApiKey.Scope.PREVIEW)
    assert post(query, variables={"t": token}).json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert post(query, delivery, variables={"t": token}).json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert post(query, preview, variables={"t": token}).json()["data"]["page"]["title"] == "Draft only"


def test_rate_limit_per_ip_just_under_and_over(settings):
    settings.API = {**settings.API, "RATE_LIMIT_ANONYMOUS": 5}
    for _ in range(5):
        assert post(NEWS, REMOTE_ADDR="203.0.113.7").status_code == 200
    over = post(NEWS, REMOTE_ADDR="203.0.113.7")
    assert over.status_code == 429 and 1 <= int(over["Retry-After"]) <= 60
    assert over.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    # Another address has its own budget.
    assert post(NEWS, REMOTE_ADDR="203.0.113.8").status_code == 200


def test_rate_limit_per_key_with_its_own_limit(settings):
    settings.API = {**settings.API, "RATE_LIMIT_ANONYMOUS": 1}
    settings.API = {**settings.API, "RATE_LIMIT_KEY": 3}
    _, key = make_key()
    _, generous = make_key(rate_limit=5)
    for _ in range(3):
        assert post(NEWS, key, REMOTE_ADDR="203.0.113.9").status_code == 200
    assert post(NEWS, key, REMOTE_ADDR="203.0.113.9").status_code == 429
    for _ in range(5):
        assert post(NEWS, generous, REMOTE_ADDR="203.0.113.9").status_code == 200
    assert post(NEWS, generous).status_code == 429


def test_rate_limit_behind_a_proxy_counts_the_address_the_proxy_saw(settings):
    """Behind one trusted proxy that appends the address it saw (nginx): the right end of
    X-Forwarded-For. What the client writes to the left changes nothing."""
    settings.API = {**settings.API, "RATE_LIMIT_ANONYMOUS": 1}
    settings.CLIENT_IP_TRUSTED_PROXIES = 1
    assert post(NEWS, HTTP_X_FORWARDED_FOR="10.9.8.7, 198.51.100.1").status_code == 200
    assert post(NEWS, HTTP_X_FORWARDED_FOR="10.9.8.6, 198.51.100.1").status_code == 429
    assert post(NEWS, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429
    assert post(NEWS, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 200
    # Two trusted proxies (a load balancer, then nginx): the second address from the right.
    settings.CLIENT_IP_TRUSTED_PROXIES = 2
    assert post(NEWS, HTTP_X_FORWARDED_FOR="10.9.8.5, 198.51.100.3, 10.0.0.1").status_code == 200
    assert post(NEWS, HTTP_X_FORWARDED_FOR="10.9.8.4, 198.51.100.3, 10.0.0.2").status_code == 429
