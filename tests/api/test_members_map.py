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


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_members_inside_a_bounding_box(graphql, en):
    # Romania and Bulgaria, roughly.
    found = graphql('{ members(locale: "en", bbox: [20.0, 41.0, 30.0, 48.5], limit: 100) { items { name } } }')
    names = {item["name"] for item in found["data"]["members"]["items"]}
    assert {"Sofia", "Plovdiv", "Bucharest", "Cluj County", "Timisoara"} <= names
    assert not names & {"Strasbourg", "Madrid", "Leeds"}
    wrong = graphql("{ members(bbox: [20.0, 41.0, 30.0]) { totalCount } }")
    assert wrong["errors"][0]["message"] == "bbox takes four numbers: [west, south, east, north]."


@pytest.mark.usefixtures("demo_content")
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


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_members_without_a_location_or_unpublished_stay_off_the_map(graphql, en):
    Member.objects.create(locale=en, name="Nowhere Town", kind="city", country="FR")
    draft = Member.objects.create(
        locale=en, name="Zebrafinch County", kind="region", country="FR", latitude=48, longitude=7, live=False
    )
    assert draft.pk
    names = {f["properties"]["name"] for f in graphql("{ membersGeoJson }")["data"]["membersGeoJson"]["features"]}
    assert "Nowhere Town" not in names and "Zebrafinch County" not in names and "Strasbourg" in names
