"""The preview site and the feeds show what the API shows, to everyone alike (issue 25, first
lines): a page past its expiry time is gone before the scheduler runs, and a requester's query
string never ends up in a cached feed."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("launch")
def test_the_preview_site_hides_a_page_past_its_expiry_before_the_scheduler_runs(client, en, graphql):
    page = NewsPage.objects.live().filter(locale=en).first()
    assert client.get(page.url).status_code == 200
    NewsPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    assert NewsPage.objects.get(pk=page.pk).live  # publish_scheduled has not run yet
    assert graphql(f'{{ page(id: "{page.pk}") {{ title }} }}')["errors"][0]["message"] == "Page not found."
    assert client.get(page.url).status_code == 404


def test_a_feed_never_carries_a_requesters_query_string(client, en):
    first = client.get("/en/feeds/news.rss", {"utm_source": "<injected>"}).content.decode()
    second = client.get("/en/feeds/news.rss").content.decode()
    assert second == first  # the same cached document for everyone
    assert "utm_source" not in first and "injected" not in first
    atom = client.get("/en/feeds/news.atom", {"utm_source": "x"}).content.decode()
    assert 'rel="self"' in atom and "utm_source" not in atom
