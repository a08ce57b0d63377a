"""Member profiles: a member's good practices and events, its joining date and its signature of
the Declaration against anti-Gypsyism, and the member a practice or an event links."""

import datetime

import pytest

PROFILE = """query ($locale: String, $types: [PageTypeName!]) {
  members(locale: $locale) {
    items {
      name joinedOn declarationSignedOn profile
      linkedPages(types: $types) {
        __typename title
        ... on GoodPracticePage { member { name } }
        ... on EventPage { member { name } }
      }
    }
  }
}"""


@pytest.fixture
def cluj(en):
    """Cluj County in English and French, with a practice (translated), an event, a draft
    practice, and a practice of another member."""
    from events.models import EventIndexPage
    from practices.models import GoodPracticeIndexPage
    from tests.factories import EventPageFactory, GoodPracticePageFactory, MemberFactory, translate

    member = MemberFactory(
        name="Cluj County",
        country="RO",
        kind="region",
        joined_on=datetime.date(2013, 9, 1),
        declaration_signed_on=datetime.date(2014, 10, 16),
        profile="<p>A region of Transylvania.</p>",
    )
    translate(
        member, texts={"Cluj County": "Județ de Cluj", "A region of Transylvania.": "Une région de Transylvanie."}
    )
    other = MemberFactory(name="Sofia")
    practices = GoodPracticeIndexPage.objects.get(locale=en)
    events = EventIndexPage.objects.get(locale=en)
    schools = GoodPracticePageFactory(parent=practices, title="Roma school mediators", member=member)
    translate(schools, texts={"Roma school mediators": "Médiateurs scolaires roms"})
    EventPageFactory(parent=events, title="Cluj round table", member=member)
    draft = GoodPracticePageFactory(parent=practices, title="Unapproved practice", member=member)
    draft.unpublish()
    GoodPracticePageFactory(parent=practices, title="Sofia housing", member=other)
    return member


@pytest.mark.usefixtures("cluj")
@pytest.mark.django_db
def test_a_members_profile_lists_its_published_practices_and_events(graphql):
    result = graphql(PROFILE, {"locale": "en"})
    assert "errors" not in result, result
    cluj = next(item for item in result["data"]["members"]["items"] if item["name"] == "Cluj County")
    assert cluj["joinedOn"] == "2013-09-01"
    assert cluj["declarationSignedOn"] == "2014-10-16"
    assert cluj["profile"] == "<p>A region of Transylvania.</p>"
    assert sorted((page["__typename"], page["title"]) for page in cluj["linkedPages"]) == [
        ("EventPage", "Cluj round table"),
        ("GoodPracticePage", "Roma school mediators"),
    ]
    assert {page["member"]["name"] for page in cluj["linkedPages"]} == {"Cluj County"}

    only_practices = graphql(PROFILE, {"locale": "en", "types": ["GoodPracticePage"]})
    cluj = next(item for item in only_practices["data"]["members"]["items"] if item["name"] == "Cluj County")
    assert [page["title"] for page in cluj["linkedPages"]] == ["Roma school mediators"]


@pytest.mark.usefixtures("cluj")
@pytest.mark.django_db
def test_in_french_the_profile_lists_the_french_practice_and_names_the_french_member(graphql):
    result = graphql(PROFILE, {"locale": "fr"})
    [cluj] = result["data"]["members"]["items"]
    assert cluj["name"] == "Județ de Cluj"
    assert cluj["profile"] == "<p>Une région de Transylvanie.</p>"
    # The event has no French translation: a French profile does not list the English page.
    assert [(page["title"], page["member"]["name"]) for page in cluj["linkedPages"]] == [
        ("Médiateurs scolaires roms", "Județ de Cluj")
    ]


@pytest.mark.django_db
def test_a_practice_whose_member_is_not_published_in_its_language_shows_no_member(graphql, en):
    from practices.models import GoodPracticeIndexPage
    from tests.factories import GoodPracticePageFactory, MemberFactory

    member = MemberFactory(name="Plovdiv")
    practice = GoodPracticePageFactory(parent=GoodPracticeIndexPage.objects.get(locale=en), member=member)
    query = "query ($id: ID!) { page(id: $id) { ... on GoodPracticePage { cityOrRegion member { name } } } }"
    assert graphql(query, {"id": practice.pk})["data"]["page"]["member"] == {"name": "Plovdiv"}
    member.unpublish()
    assert graphql(query, {"id": practice.pk})["data"]["page"]["member"] is None


@pytest.mark.django_db
def test_several_contacts_each_in_its_language_or_in_all(graphql, en, fr, settings):
    from wagtail.models import Site

    from home.models import ContactPoint, ContactSettings

    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.organisation = "Congress"
    contact.save()
    ContactPoint.objects.create(settings=contact, locale=en, purpose="Press", fax="+33 (0)3 88 41 27 51")
    ContactPoint.objects.create(settings=contact, locale=fr, purpose="Presse", fax="+33 (0)3 88 41 27 51")
    ContactPoint.objects.create(settings=contact, purpose="Secretariat", email="alliance@example.org")
    query = "query ($l: String) { siteSettings(locale: $l) { contact { contacts { purpose fax email } } } }"
    english = graphql(query, {"l": "en"})["data"]["siteSettings"]["contact"]["contacts"]
    french = graphql(query, {"l": "fr"})["data"]["siteSettings"]["contact"]["contacts"]
    assert [item["purpose"] for item in english] == ["Press", "Secretariat"]
    assert [item["purpose"] for item in french] == ["Presse", "Secretariat"]
    assert english[0]["fax"] == "+33 (0)3 88 41 27 51"


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_the_demo_has_member_profiles_the_press_contact_and_social_links(graphql):
    result = graphql(
        """{
          members(locale: "fr", country: "SK") { items { name declarationSignedOn profile
            linkedPages { __typename title } } }
          siteSettings(locale: "fr") {
            contact { contacts { purpose unit phone fax } }
            socialMedia { facebookUrl xUrl rssUrl }
          }
        }"""
    )
    assert "errors" not in result, result
    kosice = next(item for item in result["data"]["members"]["items"] if item["name"] == "Košice")
    assert kosice["declarationSignedOn"] and "Capitale européenne de la culture" in kosice["profile"]
    assert {page["__typename"] for page in kosice["linkedPages"]} == {"EventPage", "GoodPracticePage"}
    settings = result["data"]["siteSettings"]
    assert settings["contact"]["contacts"] == [
        {
            "purpose": "Presse",
            "unit": "Unité de la planification, de la coordination et de la communication institutionnelle",
            "phone": "+33 (0)3 90 21 48 95",
            "fax": "+33 (0)3 88 41 27 51",
        }
    ]
    assert settings["socialMedia"]["facebookUrl"].startswith("https://www.facebook.com/")
    assert settings["socialMedia"]["xUrl"].startswith("https://x.com/")


@pytest.mark.django_db
def test_the_linked_pages_of_a_list_of_members_cost_the_same_queries_for_3_or_6_members(graphql, en):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from practices.models import GoodPracticeIndexPage
    from tests.factories import GoodPracticePageFactory, MemberFactory

    index = GoodPracticeIndexPage.objects.get(locale=en)
    query = '{ members(locale: "en", limit: 100) { items { name linkedPages { title urlPath } } } }'

    def add_members(count):
        for _ in range(count):
            GoodPracticePageFactory(parent=index, member=MemberFactory())

    def cost():
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            result = graphql(query)
        assert "errors" not in result, result
        return len(queries), len(result["data"]["members"]["items"])

    add_members(3)
    three = cost()
    add_members(3)
    six = cost()
    assert (three[1], six[1]) == (3, 6)
    assert six[0] == three[0], (three, six)


@pytest.mark.django_db
def test_the_members_of_a_list_of_practices_cost_the_same_queries_for_3_or_6(graphql, en):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from practices.models import GoodPracticeIndexPage
    from tests.factories import GoodPracticePageFactory, MemberFactory

    index = GoodPracticeIndexPage.objects.get(locale=en)
    query = '{ goodPractices(locale: "en", limit: 100) { items { title member { name } } } }'

    def cost():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            result = graphql(query)
        items = result["data"]["goodPractices"]["items"]
        assert all(item["member"]["name"].startswith("City") for item in items), result
        return len(queries), len(items)

    for _ in range(3):
        GoodPracticePageFactory(parent=index, member=MemberFactory())
    three = cost()
    for _ in range(3):
        GoodPracticePageFactory(parent=index, member=MemberFactory())
    six = cost()
    assert (three[1], six[1]) == (3, 6) and six[0] == three[0], (three, six)
