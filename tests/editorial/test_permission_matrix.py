"""Every group x every action, on English and French pages (docs/editors.md shows the same
matrix to people)."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from home.models import HomePage
from news.models import NewsIndexPage
from tests.factories import NewsPageFactory, StandardPageFactory, kept_for_the_module, translate

GROUPS = ["editor", "moderator", "communication", "translator_fr", "administrator", "membership"]

# action -> the groups allowed to do it
MATRIX = {
    "add page (English)": {"editor", "moderator", "administrator"},
    "edit page (English)": {"editor", "moderator", "administrator"},
    "publish page (English)": {"moderator", "administrator"},
    "unpublish page (English)": {"moderator", "administrator"},
    "delete page (English)": {"moderator", "administrator"},
    "lock page (English)": {"editor", "moderator", "administrator"},
    "add page (French)": {"editor", "moderator", "translator_fr", "administrator"},
    "edit page (French)": {"editor", "moderator", "translator_fr", "administrator"},
    "publish page (French)": {"moderator", "administrator"},
    "edit news (English)": {"editor", "moderator", "communication", "administrator"},
    "publish news (English)": {"moderator", "communication", "administrator"},
    "edit news (French)": {"editor", "moderator", "communication", "translator_fr", "administrator"},
    "approve Taskforce review": {"moderator"},
    "approve Communication sign-off": {"communication"},
    "approve good practice validation": {"moderator"},
    "edit members and terminology": {"editor", "moderator", "translator_fr", "administrator"},
    "delete members": {"moderator", "administrator"},
    "edit contact settings": {"moderator", "administrator"},
    "manage users and groups": {"administrator"},
    "manage locales and workflows": {"administrator"},
    "translate a page (wagtail-localize)": {"editor", "moderator", "translator_fr", "administrator"},
    "upload images and documents": {"editor", "moderator", "administrator"},
    "choose images and documents": {"editor", "moderator", "communication", "translator_fr", "administrator"},
    "create releases and choose their pages": {"editor", "moderator", "administrator"},
    "schedule and publish releases": {"moderator", "administrator"},
    "see and review membership applications": {"membership", "administrator"},
    "delete membership applications": {"administrator"},
    "publish members and terminology": {"moderator", "administrator"},
    "edit tag labels and image alt texts": {"editor", "moderator", "translator_fr", "administrator"},
    "edit social media settings": {"moderator", "administrator"},
    "manage webhooks": {"administrator"},
    "see the webhook log": {"moderator", "administrator"},
    "manage API keys": {"administrator"},
    "see the editorial calendar": {
        "editor",
        "moderator",
        "communication",
        "translator_fr",
        "membership",
        "administrator",
    },
    "manage commemorations": {"moderator", "administrator"},
    "manage the glossary": {"moderator", "administrator"},
    "read the glossary": {"moderator", "translator_fr", "administrator"},
}


def task_approvers(task_name, user):
    from wagtail.models import Task

    task = Task.objects.get(name=task_name).specific
    return task._user_in_groups(user)


def collection_permission(user, codename):
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    return GroupCollectionPermission.objects.filter(
        group__user=user, collection=root, permission__codename=codename
    ).exists()


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """A standard page and a news page in English with their French translations (made once:
    the matrix only reads them)."""
    with kept_for_the_module(django_db_blocker):
        home = HomePage.objects.get(locale__language_code="en")
        about = StandardPageFactory(parent=home, title="About us")
        news = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=home.locale), title="The Alliance is launched")
        yield {
            "en": about,
            "fr": translate(about),
            "news_en": news,
            "news_fr": translate(news),
            "home_en": home,
            "home_fr": Page.objects.get(locale__language_code="fr", depth=2),
        }


def allowed(action, user, pages):
    perms = lambda key: pages[key].permissions_for_user(user)  # noqa: E731
    checks = {
        "add page (English)": lambda: perms("home_en").can_add_subpage(),
        "edit page (English)": lambda: perms("en").can_edit(),
        "publish page (English)": lambda: perms("en").can_publish(),
        "unpublish page (English)": lambda: perms("en").can_unpublish(),
        "delete page (English)": lambda: perms("en").can_delete(),
        "lock page (English)": lambda: perms("en").can_lock(),
        "add page (French)": lambda: perms("home_fr").can_add_subpage(),
        "edit page (French)": lambda: perms("fr").can_edit(),
        "publish page (French)": lambda: perms("fr").can_publish(),
        "edit news (English)": lambda: perms("news_en").can_edit(),
        "publish news (English)": lambda: perms("news_en").can_publish(),
        "edit news (French)": lambda: perms("news_fr").can_edit(),
        "approve Taskforce review": lambda: task_approvers("Taskforce review", user),
        "approve Communication sign-off": lambda: task_approvers("Communication sign-off", user),
        "approve good practice validation": lambda: task_approvers("Good practice validation", user),
        "edit members and terminology": lambda: (
            user.has_perm("home.change_member") and user.has_perm("home.change_terminologynote")
        ),
        "delete members": lambda: user.has_perm("home.delete_member"),
        "edit contact settings": lambda: user.has_perm("home.change_contactsettings"),
        "manage users and groups": lambda: user.has_perm("auth.change_user") and user.has_perm("auth.change_group"),
        "manage locales and workflows": lambda: (
            user.has_perm("wagtailcore.add_locale") and user.has_perm("wagtailcore.change_workflow")
        ),
        "translate a page (wagtail-localize)": lambda: user.has_perm("wagtail_localize.submit_translation"),
        "upload images and documents": lambda: (
            collection_permission(user, "add_image") and collection_permission(user, "add_document")
        ),
        "choose images and documents": lambda: (
            collection_permission(user, "choose_image") and collection_permission(user, "choose_document")
        ),
        "create releases and choose their pages": lambda: (
            user.has_perm("editorial.add_release") and user.has_perm("editorial.change_release")
        ),
        "schedule and publish releases": lambda: user.has_perm("editorial.publish_release"),
        "see and review membership applications": lambda: (
            user.has_perm("membership.view_membershipapplication")
            and user.has_perm("membership.change_membershipapplication")
        ),
        "delete membership applications": lambda: user.has_perm("membership.delete_membershipapplication"),
        "publish members and terminology": lambda: (
            user.has_perm("home.publish_member") and user.has_perm("home.publish_terminologynote")
        ),
        "edit tag labels and image alt texts": lambda: (
            user.has_perm("home.change_taglabel") and user.has_perm("api.change_imagealttext")
        ),
        "edit social media settings": lambda: user.has_perm("home.change_socialmediasettings"),
        "see the editorial calendar": lambda: user.has_perm("wagtailadmin.access_admin"),
        "manage the glossary": lambda: (
            user.has_perm("editorial.add_glossaryterm") and user.has_perm("editorial.change_glossaryterm")
        ),
        "read the glossary": lambda: user.has_perm("editorial.view_glossaryterm"),
        "manage commemorations": lambda: (
            user.has_perm("editorial.add_commemoration") and user.has_perm("editorial.change_commemoration")
        ),
        "manage webhooks": lambda: all(
            user.has_perm(f"editorial.{action}_webhooksubscription") for action in ("add", "change", "delete")
        ),
        "see the webhook log": lambda: user.has_perm("editorial.view_webhookdelivery"),
        "manage API keys": lambda: all(user.has_perm(f"api.{action}_apikey") for action in ("add", "change", "delete")),
    }
    return bool(checks[action]())


@pytest.mark.django_db
@pytest.mark.parametrize("action", MATRIX)
@pytest.mark.parametrize("group", GROUPS)
def test_permission_matrix(users, pages, group, action):
    assert allowed(action, users[group], pages) is (group in MATRIX[action])


@pytest.mark.django_db
def test_every_group_can_reach_the_admin(clients):
    for role in GROUPS:
        assert clients[role].get("/admin/").status_code == 200, role


@pytest.mark.django_db
def test_french_translator_cannot_open_an_english_page_in_the_editor(clients, pages):
    from django.urls import reverse

    english = clients["translator_fr"].get(reverse("wagtailadmin_pages:edit", args=(pages["en"].pk,)))
    french = clients["translator_fr"].get(reverse("wagtailadmin_pages:edit", args=(pages["fr"].pk,)))
    assert english.status_code == 302 and english.url == reverse("wagtailadmin_home")
    assert french.status_code == 200


@pytest.mark.django_db
def test_a_new_language_gets_its_own_translators_group():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Locale

    from editorial.organisation import setup_editorial

    german = Locale.objects.create(language_code="de")
    Page.objects.get(locale__language_code="en", depth=2).copy_for_translation(german)
    assert "Translators (de)" in setup_editorial()
    translator = get_user_model().objects.create_user("dieter", password="x")
    translator.groups.add(Group.objects.get(name="Translators (de)"))
    assert Page.objects.get(locale=german, depth=2).permissions_for_user(translator).can_edit()
    assert not Page.objects.get(locale__language_code="fr", depth=2).permissions_for_user(translator).can_edit()
    assert not Page.objects.get(locale__language_code="en", depth=2).permissions_for_user(translator).can_edit()


# The same rights, as each group meets them in the admin: the screen opens, or it is refused.
SCREENS = {
    "edit members and terminology": lambda: reverse("wagtailsnippets_home_member:list"),
    "edit contact settings": lambda: reverse(
        "wagtailsettings:edit", args=["home", "contactsettings", Site.objects.get(is_default_site=True).pk]
    ),
    "edit social media settings": lambda: reverse(
        "wagtailsettings:edit", args=["home", "socialmediasettings", Site.objects.get(is_default_site=True).pk]
    ),
    "manage webhooks": lambda: reverse("wagtailsnippets_editorial_webhooksubscription:add"),
    "see the webhook log": lambda: reverse("wagtailsnippets_editorial_webhookdelivery:list"),
    "manage API keys": lambda: reverse("api_keys:add"),
    "see and review membership applications": lambda: reverse("membership_applications:index"),
    "create releases and choose their pages": lambda: reverse("releases:add"),
    "manage users and groups": lambda: reverse("wagtailusers_users:index"),
    "see the editorial calendar": lambda: reverse("editorial_calendar"),
    "manage commemorations": lambda: reverse("wagtailsnippets_editorial_commemoration:add"),
    "manage the glossary": lambda: reverse("wagtailsnippets_editorial_glossaryterm:add"),
    "read the glossary": lambda: reverse("wagtailsnippets_editorial_glossaryterm:list"),
    "manage locales and workflows": lambda: reverse("wagtaillocales:index"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("action", SCREENS)
def test_admin_screens_open_for_the_groups_of_the_matrix_only(clients, action):
    url = SCREENS[action]()
    opened = {group for group in GROUPS if clients[group].get(url).status_code == 200}
    refused = {group: clients[group].get(url).status_code for group in GROUPS if group not in opened}
    assert opened == MATRIX[action], url
    assert set(refused.values()) <= {302, 403}, refused
