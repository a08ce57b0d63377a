"""Texts of what every language shares (news tags, image alt texts, contact details), in the
reader's language."""

import pytest
from django.urls import reverse
from taggit.models import Tag
from wagtail.images.models import Image

from api.models import ImageAltText
from home.models import ContactSettings, TagLabel

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_texts")]


@pytest.fixture
def shared_texts(launch, en, fr):
    """The launch news with a picture (alt text in both languages) and the tags Congress and
    ROMACT (Congress labelled "Congrès" in French), and contact details in both languages."""
    from wagtail.models import Collection, Site

    from home.models import ContactSettingsText
    from tests.conftest import LAUNCH_TITLES
    from tests.factories import translate
    from tests.media import make_image

    image = make_image("Launch in Strasbourg", Collection.get_first_root_node())
    ImageAltText.objects.create(image=image, locale=en, text="Launch of the Alliance in Strasbourg")
    ImageAltText.objects.create(image=image, locale=fr, text="Lancement de l'Alliance à Strasbourg")
    launch.main_image = image
    launch.tags.add("Congress", "ROMACT")
    launch.save_revision().publish()
    translate(launch, texts={LAUNCH_TITLES["en"]: LAUNCH_TITLES["fr"], "alliance-launched": "lancement-alliance"})
    TagLabel.objects.create(tag=Tag.objects.get(name="Congress"), locale=fr, name="Congrès")
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.organisation = "Congress of Local and Regional Authorities of the Council of Europe"
    contact.contact_role = "Alliance Taskforce"
    contact.phone = "+33 (0)3 88 41 32 28"
    contact.save()
    ContactSettingsText.objects.create(
        settings=contact,
        locale=fr,
        organisation="Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe",
        contact_role="Équipe spéciale de l'Alliance",
    )


def test_news_tags_in_the_pages_language_and_filter_by_either_name(graphql):
    query = "query($locale: String, $tag: String) { news(locale: $locale, tag: $tag) { items { title tags } } }"
    french = graphql(query, {"locale": "fr", "tag": "Congrès"})["data"]["news"]["items"]
    assert french and all("Congrès" in item["tags"] and "Congress" not in item["tags"] for item in french)
    assert graphql(query, {"locale": "fr", "tag": "Congress"})["data"]["news"]["items"] == french
    english = graphql(query, {"locale": "en", "tag": "Congress"})["data"]["news"]["items"]
    assert len(english) == len(french) and all("Congress" in item["tags"] for item in english)
    # A label belongs to its language: the French word does not filter English news.
    assert graphql(query, {"locale": "en", "tag": "Congrès"})["data"]["news"]["items"] == []


def test_a_new_tag_label_shows_at_once(graphql, fr):
    query = '{ news(locale: "fr", tag: "ROMACT") { items { tags } } }'
    assert "ROMACT" in graphql(query)["data"]["news"]["items"][0]["tags"]
    TagLabel.objects.create(tag=Tag.objects.get(name="ROMACT"), locale=fr, name="ROMACT (Conseil de l'Europe)")
    assert "ROMACT (Conseil de l'Europe)" in graphql(query)["data"]["news"]["items"][0]["tags"]


def test_alt_text_in_the_pages_language_or_null(graphql, en, fr):
    query = "query($locale: String) { news(locale: $locale, limit: 100) { items { mainImage { id altText } } } }"
    images = {
        code: [
            item["mainImage"] for item in graphql(query, {"locale": code})["data"]["news"]["items"] if item["mainImage"]
        ]
        for code in ("en", "fr")
    }
    image = Image.objects.get(pk=images["fr"][0]["id"])
    assert images["fr"][0]["altText"] == ImageAltText.objects.get(image=image, locale=fr).text
    assert images["en"][0]["altText"] == ImageAltText.objects.get(image=image, locale=en).text
    ImageAltText.objects.filter(image=image, locale=fr).delete()
    again = [
        item["mainImage"] for item in graphql(query, {"locale": "fr"})["data"]["news"]["items"] if item["mainImage"]
    ]
    assert {item["altText"] for item in again if item["id"] == str(image.pk)} == {None}


def test_alt_texts_cost_one_query_per_list(graphql):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    query = '{ news(locale: "fr", limit: 100) { items { title mainImage { id } } } }'
    with_alt = '{ news(locale: "fr", limit: 100) { items { title mainImage { id altText } } } }'
    graphql(query)  # warm the per-process caches (restricted paths)
    with CaptureQueriesContext(connection) as plain:
        graphql(query)
    with CaptureQueriesContext(connection) as alt:
        graphql(with_alt)
    assert len(alt.captured_queries) == len(plain.captured_queries) + 1


def test_site_settings_in_each_language(graphql):
    query = "query($locale: String) { siteSettings(locale: $locale) { siteName contact { organisation contactRole address phone } } }"
    english = graphql(query, {"locale": "en"})["data"]["siteSettings"]
    french = graphql(query, {"locale": "fr"})["data"]["siteSettings"]
    assert english["contact"]["organisation"] == "Congress of Local and Regional Authorities of the Council of Europe"
    assert french["contact"]["organisation"] == "Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe"
    assert french["contact"]["phone"] == english["contact"]["phone"]
    assert french["siteName"].startswith("Alliance européenne")
    assert graphql("{ siteSettings { siteName } }")["data"]["siteSettings"]["siteName"] == english["siteName"]
    # A language without its own wording gets the default one.
    ContactSettings.objects.get().texts.all().delete()
    assert (
        graphql(query, {"locale": "fr"})["data"]["siteSettings"]["contact"]["organisation"]
        == english["contact"]["organisation"]
    )


def test_translators_write_tag_labels_and_alt_texts(client, fr):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    translator = get_user_model().objects.create_user("tina", password="x")
    translator.groups.add(Group.objects.get(name="Translators (fr)"))
    client.force_login(translator)
    image = Image.objects.first()
    ImageAltText.objects.filter(image=image, locale=fr).delete()
    response = client.post(
        reverse(ImageAltText.snippet_viewset.get_url_name("add")),
        {"image": image.pk, "locale": fr.pk, "text": "Une image"},
    )
    assert response.status_code == 302, response.content[:2000]
    assert ImageAltText.objects.get(image=image, locale=fr).text == "Une image"
    assert client.get(reverse("wagtailsnippets_home_taglabel:list")).status_code == 200
