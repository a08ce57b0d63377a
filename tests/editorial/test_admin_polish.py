"""Smaller things editors and staff meet on an ordinary day: no hand-made applications, a
language column on per-language snippets, workflow names in the reader's language, and a
confirmation after every review decision."""

import re

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Page, Workflow

from editorial import organisation as editorial
from home.models import Member
from news.models import NewsIndexPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def message_texts(response):
    return [" ".join(str(message).split()) for message in response.context["messages"]]


def test_nobody_adds_a_membership_application_by_hand(clients):
    index = clients["superuser"].get("/admin/membership_applications/").content.decode()
    assert "/admin/membership_applications/new/" not in index
    response = clients["superuser"].get("/admin/membership_applications/new/")
    assert response.status_code in (302, 403)
    response = clients["superuser"].post("/admin/membership_applications/new/", {"authority_name": "Nowhere"})
    assert response.status_code in (302, 403)
    from membership.models import MembershipApplication

    assert not MembershipApplication.objects.filter(authority_name="Nowhere").exists()


def test_members_are_listed_with_their_language_and_filtered_by_it(clients, fr):
    from tests.factories import MemberFactory, translate

    translate(MemberFactory(name="Bucharest", country="RO"), texts={"Bucharest": "Bucarest"})
    MemberFactory(name="Leeds", country="GB")
    listing = clients["moderator"].get("/admin/snippets/home/member/").content.decode()
    assert re.search(r"<th[^>]*>\s*(<a[^>]*>)?\s*Language", listing)
    french_name = Member.objects.filter(locale=fr).first().name
    assert "Français" in listing
    french_only = clients["moderator"].get("/admin/snippets/home/member/", {"locale": "fr"}).content.decode()
    english_only_names = set(Member.objects.exclude(locale=fr).values_list("name", flat=True)) - set(
        Member.objects.filter(locale=fr).values_list("name", flat=True)
    )
    assert french_name in french_only
    assert not any(f">{name}<" in french_only for name in english_only_names)


def test_workflow_and_task_names_in_the_readers_language(clients, en, users):
    from django.utils import translation

    workflow = Workflow.objects.get(name=editorial.NEWS_WORKFLOW)
    with translation.override("fr"):
        assert str(workflow.name) == "Relecture des actualités"
        assert workflow.name == "News review"  # compared as stored
    assert workflow.name == "News review"

    # Saved back from the French admin's form unchanged: the stored name stays.
    with translation.override("fr"):
        workflow.name = str(workflow.name)
        workflow.save()
    assert Workflow.objects.filter(name="News review").exists()

    index = NewsIndexPage.objects.get(locale=en)
    french_admin = clients["editor"]
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(users["editor"])
    profile.preferred_language = "fr"
    profile.save()
    add_form = french_admin.get(reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk))).content.decode()
    assert "Relecture des actualités" in add_form and "News review" not in add_form


@pytest.fixture
def submitted_news(en, users, step):
    with step():
        page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title="Mediators meet in Graz", live=False)
        revision = page.save_revision(user=users["editor"])
        page.get_workflow().start(page, users["editor"])
    return Page.objects.get(pk=page.pk).specific, revision


def test_approving_from_the_dashboard_says_it_is_published(clients, submitted_news, step):
    page, _revision = submitted_news
    task_state = page.current_workflow_task_state
    with step():
        response = clients["moderator"].post(
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
            {"comment": ""},
            follow=True,
        )
    assert "“Mediators meet in Graz” approved (Taskforce review) and published." in message_texts(response)
    assert Page.objects.get(pk=page.pk).live


def test_rejecting_says_it_goes_back(clients, submitted_news, step):
    page, _revision = submitted_news
    task_state = page.current_workflow_task_state
    with step():
        response = clients["moderator"].post(
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk)),
            {"comment": "Add the date."},
            follow=True,
        )
    assert (
        "Changes requested on “Mediators meet in Graz” (Taskforce review): it goes back to its author."
        in message_texts(response)
    )


def test_a_first_approval_says_where_it_goes_next(clients, en, users, step):
    from news.models import NewsIndexPage
    from tests.factories import RemembrancePageFactory

    with step():
        page = RemembrancePageFactory(parent=NewsIndexPage.objects.get(locale=en))
        page.save_revision(user=users["editor"])
        page.get_workflow().start(page, users["editor"])
    page = Page.objects.get(pk=page.pk).specific
    with step():
        response = clients["moderator"].post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", page.current_workflow_task_state.pk)
            ),
            {"comment": ""},
            follow=True,
        )
    assert any("it goes on to Communication sign-off" in text for text in message_texts(response))
    assert GroupApprovalTask.objects.filter(name="Communication sign-off").exists()
