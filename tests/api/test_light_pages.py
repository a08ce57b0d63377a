"""Interface-only lists (translations, related pages, menus, ancestors) read light pages: the
wagtailcore_page columns with ``values()``, set on instances of the page types made without
``Model.__init__`` (issue 27); what they do not carry still loads on first use."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from graphql import parse
from wagtail.models import Page

from api.selection import light_pages
from news.models import NewsPage


def selecting(*fields):
    """A resolve info whose field selects ``fields``."""
    document = parse("{ items { " + " ".join(fields) + " } }")
    return SimpleNamespace(field_nodes=[document.definitions[0].selection_set.selections[0]], fragments={})


@pytest.mark.django_db
def test_light_pages_are_pages_of_their_type_with_the_interface_columns(launch, fr):
    french = launch.get_translation(fr)
    with CaptureQueriesContext(connection) as queries:
        [light] = light_pages(selecting("title", "url", "locale"), Page.objects.filter(pk=french.pk))
    assert len(queries.captured_queries) == 1
    assert type(light) is NewsPage and light.pk == french.pk
    assert (light.title, light.url_path, light.locale_id, light.translation_key) == (
        french.title,
        french.url_path,
        french.locale_id,
        french.translation_key,
    )
    with CaptureQueriesContext(connection) as queries:
        assert light.date == french.date  # not carried: loaded on use
    assert len(queries.captured_queries) == 1


@pytest.mark.django_db
def test_a_query_selecting_more_than_the_interface_gets_whole_pages(launch):
    assert light_pages(selecting("title", "date"), Page.objects.filter(pk=launch.pk)) is None
