"""The editorial journey, with real users of each group going through the admin:
draft, submit, reject with a comment, fix, resubmit, approve; and what the API shows at
each step."""

import json
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Comment, Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial import organisation as editorial
from news.models import NewsIndexPage, NewsPage, RemembrancePage
from practices.models import GoodPracticeIndexPage


def api(query):
    response = Client().post("/graphql/", json.dumps({"query": query}), content_type="application/json")
    return response.json()


def api_news_titles(locale="en"):
    return {
        item["title"]
        for item in api(f'{{ news(locale: "{locale}", limit: 100) {{ items {{ title }} }} }}')["data"]["news"]["items"]
    }


def news_form(title, slug="romact-workshop", action="action-submit", **extra):
    data = {
        "title": title,
        "slug": slug,
        "intro": "A workshop for ROMACT municipalities.",
        "date": "2026-11-20",
        "body": streamfield([("paragraph", rich_text("<p>Mayors and Roma mediators met in Kosice.</p>"))]),
        "related_pages": streamfield([]),
        "tags": "ROMACT",
        "comments": inline_formset([]),
        **extra,
    }
    if action:
        data[action] = "1"
    return nested_form_data(data)


def create_news(client, index, title, action="action-submit"):
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk))
    response = client.post(url, news_form(title, action=action))
    assert response.status_code == 302, response.content[:2000]
    return NewsPage.objects.get(title=title)


def edit(client, page, title, action="action-submit", **extra):
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), news_form(title, slug=page.slug, action=action, **extra)
    )
    return response


def workflow_action(client, page, action, comment=""):
    # A fresh instance: the workflow state is cached on a page object.
    task_state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": comment})


@pytest.fixture
def news_index(en):
    return NewsIndexPage.objects.get(locale=en)


@pytest.mark.django_db
def test_news_journey_submit_reject_fix_resubmit_approve(clients, users, news_index):
    mail.outbox.clear()
    page = create_news(clients["editor"], news_index, "ROMACT workshop in Kosice")
    page.refresh_from_db()
    assert not page.live
    state = page.current_workflow_state
    assert state.workflow.name == editorial.NEWS_WORKFLOW
    assert page.current_workflow_task.name == editorial.TASKFORCE_REVIEW
    assert "ROMACT workshop in Kosice" not in api_news_titles()
    assert api(f'{{ page(id: "{page.pk}") {{ title }} }}')["errors"][0]["message"] == "Page not found."
    assert users["moderator"].email in {address for message in mail.outbox for address in message.to}

    # The page is locked for the editor while the Taskforce reviews it.
    assert page.get_lock().for_user(users["editor"])
    assert not page.get_lock().for_user(users["moderator"])

    mail.outbox.clear()
    response = workflow_action(clients["moderator"], page, "reject", "Please name the Roma mediators' organisation.")
    assert response.status_code == 200 or response.status_code == 302
    page.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejected = TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED).get()
    assert rejected.get_comment() == "Please name the Roma mediators' organisation."
    assert users["editor"].email in {address for message in mail.outbox for address in message.to}
    assert "ROMACT workshop in Kosice" not in api_news_titles()

    # The editor fixes the page and submits it again.
    response = edit(clients["editor"], page, "ROMACT workshop in Kosice with ROMED2 mediators")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not page.live

    mail.outbox.clear()
    workflow_action(clients["moderator"], page, "approve", "Thank you.")
    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    assert "ROMACT workshop in Kosice with ROMED2 mediators" in api_news_titles()
    assert users["editor"].email in {address for message in mail.outbox for address in message.to}


@pytest.mark.django_db
def test_an_editor_cannot_publish(clients, users, news_index):
    page = create_news(clients["editor"], news_index, "Draft by an editor", action="action-publish")
    page.refresh_from_db()
    assert not page.live, "action-publish without publish permission only saves a draft"
    assert not page.permissions_for_user(users["editor"]).can_publish()
    edit(clients["editor"], page, "Draft by an editor", action="action-publish")
    page.refresh_from_db()
    assert not page.live
    assert "Draft by an editor" not in api_news_titles()
    # The API has no way to write content (its one mutation stores membership applications).
    mutation = Client().post(
        "/graphql/",
        json.dumps({"query": f'mutation {{ publishPage(id: "{page.pk}") {{ ok }} }}'}),
        content_type="application/json",
        HTTP_ACCEPT="application/graphql-response+json",
    )
    assert mutation.status_code == 400
    assert mutation.json()["errors"][0]["message"] == "Cannot query field 'publishPage' on type 'Mutation'."


@pytest.mark.django_db
def test_remembrance_needs_the_communication_sign_off(clients, users, news_index):
    page = RemembrancePage(
        title="2 August 2026",
        slug="2-august-2026",
        commemoration_date="2026-08-02",
        year=2026,
        place="Strasbourg",
        live=False,
    )
    news_index.add_child(instance=page)
    page.save_revision(user=users["editor"])
    workflow = page.get_workflow()
    assert workflow.name == editorial.REMEMBRANCE_WORKFLOW
    workflow.start(page, users["editor"])

    workflow_action(clients["moderator"], page, "approve")
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task.name == editorial.COMMUNICATION_SIGN_OFF
    # A moderator cannot stand in for Communication.
    assert workflow_action(clients["moderator"], page, "approve").status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live

    workflow_action(clients["communication"], page, "approve")
    page.refresh_from_db()
    assert page.live
    assert api(f'{{ page(id: "{page.pk}") {{ title }} }}')["data"]["page"]["title"] == "2 August 2026"


@pytest.mark.django_db
def test_good_practices_have_their_own_workflow(en):
    from tests.factories import GoodPracticePageFactory

    practice = GoodPracticePageFactory(parent=GoodPracticeIndexPage.objects.get(locale=en))
    workflow = practice.get_workflow()
    assert workflow.name == editorial.PRACTICES_WORKFLOW
    assert [task.name for task in workflow.tasks] == [editorial.PRACTICE_VALIDATION]
    assert GoodPracticeIndexPage.objects.get(locale=en).get_workflow().name == "Moderators approval"


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_a_live_page_keeps_serving_its_approved_revision(clients, users, en):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    live_title = page.title
    response = edit(clients["editor"], page, "Unapproved new title")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.has_unpublished_changes
    assert api(f'{{ page(id: "{page.pk}") {{ title }} }}')["data"]["page"]["title"] == live_title
    assert "Unapproved new title" not in api_news_titles()

    workflow_action(clients["moderator"], page, "approve")
    assert api(f'{{ page(id: "{page.pk}") {{ title }} }}')["data"]["page"]["title"] == "Unapproved new title"


@pytest.mark.django_db
def test_scheduled_page_appears_only_after_its_time(users, news_index):
    page = NewsPage(title="Scheduled announcement", slug="scheduled", date="2026-12-01", live=False)
    news_index.add_child(instance=page)
    go_live = timezone.now() + timedelta(hours=2)
    page.go_live_at = go_live
    revision = page.save_revision(user=users["moderator"], approved_go_live_at=go_live)
    revision.publish(user=users["moderator"])
    page.refresh_from_db()
    assert not page.live and page.status_string == "scheduled"
    call_command("publish_scheduled")
    assert "Scheduled announcement" not in api_news_titles()

    with mock.patch("django.utils.timezone.now", return_value=go_live + timedelta(minutes=1)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert "Scheduled announcement" in api_news_titles()


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_scheduled_expiry(en):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    NewsPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    assert page.title not in api_news_titles()  # hidden at once...
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live and page.expired  # ...and unpublished by the command


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_rollback_to_an_earlier_revision(clients, users, en):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    original_title = page.title
    first = page.latest_revision
    page.title = "A mistaken title"
    page.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    assert api(f'{{ page(id: "{page.pk}") {{ title }} }}')["data"]["page"]["title"] == "A mistaken title"

    history = clients["moderator"].get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
    assert history.status_code == 200
    revert = clients["moderator"].get(reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, first.pk)))
    assert revert.status_code == 200 and original_title in revert.content.decode()
    first.publish(user=users["moderator"], previous_revision=first)
    assert api(f'{{ page(id: "{page.pk}") {{ title }} }}')["data"]["page"]["title"] == original_title


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_comments_are_enabled_in_the_editor(clients, users, en, settings):
    assert getattr(settings, "WAGTAILADMIN_COMMENTS_ENABLED", True)
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    Comment.objects.create(
        page=page, user=users["moderator"], text="Check the date of the session.", contentpath="title"
    )
    response = clients["editor"].get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    assert "Check the date of the session." in response.content.decode()


@pytest.mark.django_db
def test_setup_editorial_is_idempotent():
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, Workflow, WorkflowTask

    def counts():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            Workflow.objects.count(),
            WorkflowTask.objects.count(),
        )

    before = counts()
    call_command("setup_editorial", verbosity=0)
    assert counts() == before
    assert Page.objects.filter(depth=2).count() == 2
