"""Key figures counted from the member registry: the published members of the home page's
language and their countries, with the day the registry last changed; an editor's figure from
another source shows that figure and its source instead."""

import datetime
import json

import pytest
from django.utils import timezone

from home.models import Member
from tests.factories import MemberFactory

pytestmark = pytest.mark.usefixtures("empty_cache")

QUERY = """{ page(urlPath: "/", locale: "en") { ... on HomePage {
  keyFigures { value label computed asOf source } } } }"""


@pytest.fixture
def figures(home_en, fr):
    home_en.key_figures = [
        ("registry_figure", {"measure": "members", "label": "participating cities and regions"}),
        ("registry_figure", {"measure": "countries", "label": "countries"}),
        (
            "registry_figure",
            {
                "measure": "members",
                "label": "signatories of the declaration",
                "override_value": "122",
                "override_source": "Declaration of mayors and regional representatives",
            },
        ),
        ("figure", {"value": "2013", "label": "year the Alliance was launched"}),
    ]
    home_en.save_revision().publish()
    for name, country in (("Sofia", "BG"), ("Plovdiv", "BG"), ("Bucharest", "RO")):
        MemberFactory(name=name, country=country, live=False).save_revision().publish()
    MemberFactory(name="Draft city", country="HU", live=False).save_revision()
    MemberFactory(name="Ville française", country="FR", locale=fr)
    return home_en


def key_figures(client):
    response = client.get("/graphql/", {"query": QUERY}, HTTP_ACCEPT="application/json")
    return json.loads(response.content)["data"]["page"]["keyFigures"]


def test_registry_figures_count_the_published_members_of_the_language(client, figures):
    today = timezone.localdate()
    assert key_figures(client) == [
        {
            "value": "3",
            "label": "participating cities and regions",
            "computed": True,
            "asOf": today.isoformat(),
            "source": "member registry",
        },
        {"value": "2", "label": "countries", "computed": True, "asOf": today.isoformat(), "source": "member registry"},
        {
            "value": "122",
            "label": "signatories of the declaration",
            "computed": False,
            "asOf": None,
            "source": "Declaration of mayors and regional representatives",
        },
        {"value": "2013", "label": "year the Alliance was launched", "computed": False, "asOf": None, "source": None},
    ]


def test_a_published_member_changes_the_figures_at_once(client, figures, step):
    assert key_figures(client)[0]["value"] == "3"
    with step():
        MemberFactory(name="Košice", country="SK", live=False).save_revision().publish()
    counted = key_figures(client)
    assert (counted[0]["value"], counted[1]["value"]) == ("4", "3")


def test_a_figure_from_another_source_needs_its_source():
    from wagtail.blocks import StructBlockValidationError

    from home.blocks import RegistryFigureBlock

    block = RegistryFigureBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"measure": "members", "label": "signatories", "override_value": "122"}))


def test_as_of_is_the_day_the_registry_last_changed(client, figures):
    from wagtail.models import Revision

    days_ago = timezone.now() - datetime.timedelta(days=3)
    Member.objects.update(last_published_at=days_ago)
    Revision.objects.filter(base_content_type__model="member").update(created_at=days_ago)
    assert key_figures(client)[0]["asOf"] == timezone.localdate(days_ago).isoformat()
