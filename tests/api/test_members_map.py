"""The participants map: members with their details, a bounding box, and GeoJSON for maps."""

import pytest

from home.models import Member


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_demo_members_have_websites_dates_and_population(graphql, en):
    items = graphql('{ members(locale: "en", limit: 100) { items { name website joinedOn kind populationBand } } }')
    items = items["data"]["members"]["items"]
    assert len(items) == Member.objects.filter(locale=en).count() > 20
    assert all(item["website"].startswith("https://") and item["joinedOn"] >= "2013-03-20" for item in items)
    assert {item["populationBand"] for item in items} <= {"100k-500k", "500k-1m", "over-1m"}


@pytest.fixture
def members(en):
    """Members in Bulgaria, Romania, France, Spain and England; the Romanian ones in French too."""
    from tests.factories import MemberFactory, translate

    places = [
        ("Sofia", "BG", "city", "42.697708", "23.321868", "https://www.sofia.bg", "Sofia"),
        ("Plovdiv", "BG", "city", "42.135408", "24.745290", "https://www.plovdiv.bg", "Plovdiv"),
        ("Bucharest", "RO", "city", "44.426767", "26.102538", "https://www.pmb.ro", "Bucarest"),
        ("Cluj County", "RO", "region", "46.770439", "23.591423", "https://cjcluj.ro", "Județ de Cluj"),
        ("Timisoara", "RO", "city", "45.748871", "21.208679", "https://www.primariatm.ro", "Timișoara"),
        ("Strasbourg", "FR", "city", "48.573405", "7.752111", "https://www.strasbourg.eu", "Strasbourg"),
        ("Madrid", "ES", "city", "40.416775", "-3.703790", "https://www.madrid.es", "Madrid"),
        ("Leeds", "GB", "city", "53.800755", "-1.549077", "https://www.leeds.gov.uk", "Leeds"),
    ]
    for name, country, kind, latitude, longitude, website, french in places:
        member = MemberFactory(
            name=name, country=country, kind=kind, latitude=latitude, longitude=longitude, website=website
        )
        if country == "RO":
            translate(member, texts={name: french})


@pytest.mark.usefixtures("members")
@pytest.mark.django_db
def test_members_inside_a_bounding_box(graphql, en):
    # Romania and Bulgaria, roughly.
    found = graphql('{ members(locale: "en", bbox: [20.0, 41.0, 30.0, 48.5], limit: 100) { items { name } } }')
    names = {item["name"] for item in found["data"]["members"]["items"]}
    assert {"Sofia", "Plovdiv", "Bucharest", "Cluj County", "Timisoara"} <= names
    assert not names & {"Strasbourg", "Madrid", "Leeds"}
    wrong = graphql("{ members(bbox: [20.0, 41.0, 30.0]) { totalCount } }")
    assert wrong["errors"][0]["message"] == "bbox takes four numbers: [west, south, east, north]."


@pytest.mark.usefixtures("members")
@pytest.mark.django_db
def test_members_geojson_is_a_feature_collection_for_maps(graphql, fr):
    found = graphql('{ membersGeoJson(locale: "fr", country: "RO") }')
    collection = found["data"]["membersGeoJson"]
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert {feature["properties"]["name"] for feature in features} == {"Bucarest", "Județ de Cluj", "Timișoara"}
    bucharest = next(feature for feature in features if feature["properties"]["name"] == "Bucarest")
    assert bucharest["geometry"] == {"type": "Point", "coordinates": [26.102538, 44.426767]}
    properties = bucharest["properties"]
    assert properties["country"] == {"code": "RO", "name": "Roumanie"} and properties["kind"] == "city"
    assert properties["website"] == "https://www.pmb.ro" and properties["locale"] == "fr"


@pytest.mark.usefixtures("members")
@pytest.mark.django_db
def test_members_without_a_location_or_unpublished_stay_off_the_map(graphql, en):
    Member.objects.create(locale=en, name="Nowhere Town", kind="city", country="FR")
    draft = Member.objects.create(
        locale=en, name="Zebrafinch County", kind="region", country="FR", latitude=48, longitude=7, live=False
    )
    assert draft.pk
    names = {f["properties"]["name"] for f in graphql("{ membersGeoJson }")["data"]["membersGeoJson"]["features"]}
    assert "Nowhere Town" not in names and "Zebrafinch County" not in names and "Strasbourg" in names
