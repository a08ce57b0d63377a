"""The admin works for editors: every page type's editor, snippets and settings open."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.models import Member, TerminologyNote


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_demo_page_opens_in_the_editor(admin_client, code):
    pages = Page.objects.filter(locale__language_code=code, depth__gte=2)
    assert pages.count() == 29  # 28 live, and the draft of the next 2 August in its release
    for page in pages:
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert response.status_code == 200, page.url_path


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Member, TerminologyNote])
def test_snippet_listing_and_editor_open(admin_client, model):
    from tests.factories import MemberFactory, TerminologyNoteFactory

    {Member: MemberFactory, TerminologyNote: TerminologyNoteFactory}[model]()
    app, name = model._meta.app_label, model._meta.model_name
    assert admin_client.get(reverse(f"wagtailsnippets_{app}_{name}:list")).status_code == 200
    instance = model.objects.first()
    assert admin_client.get(reverse(f"wagtailsnippets_{app}_{name}:edit", args=(instance.pk,))).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("setting", ["contactsettings", "socialmediasettings"])
def test_site_settings_open(admin_client, setting):
    response = admin_client.get(reverse("wagtailsettings:edit", args=("home", setting)), follow=True)
    assert response.status_code == 200


@pytest.mark.django_db
def test_dashboard_opens(admin_client):
    assert admin_client.get(reverse("wagtailadmin_home")).status_code == 200
