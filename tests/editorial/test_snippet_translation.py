"""Members and terminology notes have drafts and a review too: a translated or changed snippet
is public only once a moderator approves it. Commit callbacks run after every step."""

import json
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail_localize.models import StringSegment, Translation

from home.models import Member
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def public_members(locale="fr"):
    query = f'{{ members(locale: "{locale}", limit: 100) {{ items {{ name }} }} }}'
    response = Client().post("/graphql/", json.dumps({"query": query}), content_type="application/json")
    return {item["name"] for item in response.json()["data"]["members"]["items"]}


def snippet_edit_url(instance):
    return reverse(f"wagtailsnippets_home_{instance._meta.model_name}:edit", args=(instance.pk,))


def test_translating_a_member_publishes_nothing(clients, en, fr, step):
    with step():
        member = MemberFactory(name="Cluj-Napoca Municipality", locale=en)
    before = public_members()
    with step():
        response = clients["translator_fr"].post(
            reverse("wagtail_localize:submit_snippet_translation", args=("home", "member", member.pk)),
            {"locales": [fr.pk]},
        )
    assert response.status_code == 302, response.content[:500]
    french = member.get_translation(fr)
    assert not french.live
    assert public_members() == before
    assert "Cluj-Napoca Municipality" not in public_members()


def test_a_changed_live_member_translation_waits_for_approval(clients, users, en, fr, step):
    from tests.factories import MemberFactory, translate

    source = MemberFactory(name="Bucharest", country="RO", latitude="44.426767", longitude="26.102538")
    translate(source, texts={"Bucharest": "Bucarest"})
    french = source.get_translation(fr)
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=fr)
    assert "Bucarest" in public_members()

    # "Sync translated pages" with "Publish immediately" by a translator: a draft.
    with step():
        source.name = "Bucharest (Sector 5)"
        source.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    with step():
        response = clients["translator_fr"].post(
            reverse("wagtail_localize:update_translations", args=(translation.source.pk,)),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    assert "Bucarest" in public_members() and "Bucharest (Sector 5)" not in public_members()

    # The translator translates and submits; the public keeps the approved name.
    segment = StringSegment.objects.get(source=translation.source, string__data="Bucharest (Sector 5)")
    with step():
        clients["translator_fr"].put(
            reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk)),
            urlencode({"value": "Bucarest (secteur 5)"}),
            content_type="application/x-www-form-urlencoded",
        )
    editor = clients["translator_fr"].get(snippet_edit_url(french)).content.decode()
    submit_url = reverse("submit_snippet_translation_for_review", args=("home", "member", french.pk))
    assert submit_url in editor
    with step():
        response = clients["translator_fr"].post(submit_url)
    assert response.status_code == 302
    french = Member.objects.get(pk=french.pk)
    assert french.live and french.has_unpublished_changes and french.name == "Bucarest"
    assert french.current_workflow_task.name == "Taskforce review"
    assert "Bucarest" in public_members() and "Bucarest (secteur 5)" not in public_members()

    # A translator may not publish from the translation editor.
    with step():
        refused = clients["translator_fr"].post(snippet_edit_url(french), {"action": "publish"})
    assert refused.status_code in (302, 403)
    assert "Bucarest (secteur 5)" not in public_members()

    # The moderator approves: the new name is public.
    task_state = french.current_workflow_task_state
    with step():
        response = clients["moderator"].post(
            reverse("wagtailsnippets_home_member:workflow_action", args=(french.pk, "approve", task_state.pk)), {}
        )
    assert response.status_code in (200, 302)
    assert "Bucarest (secteur 5)" in public_members()


def test_an_unpublished_terminology_note_is_not_public(graphql, fr, users, step):
    from tests.factories import TerminologyNoteFactory, translate

    note = translate(TerminologyNoteFactory(), texts={"Roma and Travellers": "Roms et Gens du voyage"})
    query = '{ terminologyNotes(locale: "fr") { term } }'
    assert graphql(query)["data"]["terminologyNotes"] == [{"term": note.term}]
    with step():
        note.unpublish(user=users["moderator"])
    assert graphql(query)["data"]["terminologyNotes"] == []
