"""The Alliance's editorial organisation: groups, their permissions, and the workflows.

``setup_editorial()`` is idempotent: it creates what is missing and sets each group's
permissions to exactly the documented matrix (docs/editors.md), so running it again after a
change of this file brings a site up to date. ``manage.py setup_editorial`` runs it;
``load_demo_content`` too.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_init, post_save, pre_save
from django.utils.translation import gettext, gettext_noop
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowTask,
    get_page_models,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
COMMUNICATION = "Communication"
ADMINISTRATORS = "Administrators"
# The Alliance's staff who review membership applications (and are e-mailed about new ones).
MEMBERSHIP_STAFF = "Membership staff"

# Stored in English (the names are keys here and in page types' ``workflow_name``), shown in
# the reader's language (``DisplayName``).
TASKFORCE_REVIEW = gettext_noop("Taskforce review")
COMMUNICATION_SIGN_OFF = gettext_noop("Communication sign-off")
PRACTICE_VALIDATION = gettext_noop("Good practice validation")

NEWS_WORKFLOW = gettext_noop("News review")
REMEMBRANCE_WORKFLOW = gettext_noop("Remembrance review")
EVENTS_WORKFLOW = gettext_noop("Events review")
PRACTICES_WORKFLOW = gettext_noop("Good practices and strategy review")
SNIPPETS_WORKFLOW = gettext_noop("Members and terminology review")

# Workflow name -> its tasks in order (task name, approving group).
WORKFLOWS = {
    NEWS_WORKFLOW: [(TASKFORCE_REVIEW, MODERATORS)],
    EVENTS_WORKFLOW: [(TASKFORCE_REVIEW, MODERATORS)],
    REMEMBRANCE_WORKFLOW: [(TASKFORCE_REVIEW, MODERATORS), (COMMUNICATION_SIGN_OFF, COMMUNICATION)],
    PRACTICES_WORKFLOW: [(PRACTICE_VALIDATION, MODERATORS)],
    SNIPPETS_WORKFLOW: [(TASKFORCE_REVIEW, MODERATORS)],
}

ALL_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
MEDIA_PERMISSIONS = {
    "full": ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    "choose": ["choose_image", "choose_document"],
}
SNIPPETS = ["home.member", "home.terminologynote"]
# Per-language texts of what every language shares (news tags, image alt texts): translators
# write them for their language.
LOCALISED_TEXTS = ["home.taglabel", "api.imagealttext"]
SETTINGS = ["home.contactsettings", "home.socialmediasettings"]
WEBHOOKS = ["editorial.webhooksubscription", "editorial.webhookdelivery"]
APPLICATIONS = ["membership.membershipapplication"]
RELEASES = ["editorial.release"]
COMMEMORATIONS = ["editorial.commemoration"]
GLOSSARY = ["editorial.glossaryterm"]


def translators_group_name(language_code):
    return f"Translators ({language_code})"


def model_permissions(labels, actions):
    """auth Permissions for ``app.model`` labels and actions (add, change, delete, view)."""
    found = []
    for label in labels:
        app_label, model = label.split(".")
        for action in actions:
            found.append(Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}"))
    return found


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def admin_access():
    return permission("wagtailadmin", "access_admin")


class GroupSpec:
    """What one group may do: model permissions, page permissions per tree, media."""

    def __init__(self, name, permissions, pages=(), page_permissions=(), media=None):
        self.name = name
        self.permissions = permissions
        self.pages = pages
        self.page_permissions = page_permissions
        self.media = media

    def apply(self):
        group, _ = Group.objects.get_or_create(name=self.name)
        group.permissions.set(self.permissions)
        wanted = {
            (page.pk, permission("wagtailcore", codename).pk)
            for page in self.pages
            for codename in self.page_permissions
        }
        existing = GroupPagePermission.objects.filter(group=group)
        existing.exclude(pk__in=[item.pk for item in existing if (item.page_id, item.permission_id) in wanted]).delete()
        for page_id, permission_id in wanted:
            GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission_id=permission_id)
        root_collection = Collection.get_first_root_node()
        codenames = MEDIA_PERMISSIONS.get(self.media, [])
        media = [
            permission("wagtailimages" if codename.endswith("image") else "wagtaildocs", codename)
            for codename in codenames
        ]
        GroupCollectionPermission.objects.filter(group=group).exclude(permission__in=media).delete()
        for item in media:
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root_collection, permission=item)
        return group


def sections_reviewed_by(group_name):
    """The pages under which the page types that ``group_name`` reviews are created (for
    Communication: the news indexes, where remembrance pages live)."""
    reviewed = [
        model
        for model in get_page_models()
        if any(group == group_name for _task, group in WORKFLOWS.get(getattr(model, "workflow_name", None), []))
    ]
    parents = {parent for model in reviewed for parent in model.allowed_parent_page_models() if parent is not Page}
    return list(Page.objects.type(*parents)) if parents else []


def group_specs():
    root = Page.get_first_root_node()
    specs = [
        GroupSpec(
            EDITORS,
            [
                admin_access(),
                *model_permissions(SNIPPETS + LOCALISED_TEXTS, ["add", "change", "view"]),
                # Editors gather pages into releases; moderators schedule and publish them.
                *model_permissions(RELEASES, ["add", "change", "view"]),
                permission("wagtail_localize", "submit_translation"),
            ],
            pages=[root],
            page_permissions=["add_page", "change_page", "lock_page"],
            media="full",
        ),
        GroupSpec(
            MODERATORS,
            [
                admin_access(),
                *model_permissions(SNIPPETS + LOCALISED_TEXTS, ["add", "change", "delete", "view"]),
                *model_permissions(SNIPPETS, ["publish"]),
                *model_permissions(SETTINGS, ["change"]),
                # The webhook log: moderators see whether partner sites heard of their changes.
                *model_permissions(WEBHOOKS, ["view"]),
                *model_permissions(RELEASES, ["add", "change", "delete", "view"]),
                *model_permissions(COMMEMORATIONS + GLOSSARY, ["add", "change", "delete", "view"]),
                permission("editorial", "publish_release"),
                permission("wagtail_localize", "submit_translation"),
            ],
            pages=[root],
            page_permissions=ALL_PAGE_PERMISSIONS,
            media="full",
        ),
        # Communication gives the last approval of remembrance pages, and the last approval
        # publishes: it needs edit and publish rights, but only in the news sections.
        GroupSpec(
            COMMUNICATION,
            [admin_access()],
            pages=sections_reviewed_by(COMMUNICATION),
            page_permissions=["change_page", "publish_page"],
            media="choose",
        ),
        # Applications hold personal data: only the staff who review them (and administrators)
        # see them; they come from the API, so nobody adds them by hand.
        GroupSpec(MEMBERSHIP_STAFF, [admin_access(), *model_permissions(APPLICATIONS, ["change", "view"])]),
        GroupSpec(
            ADMINISTRATORS,
            [
                admin_access(),
                *model_permissions(SNIPPETS + LOCALISED_TEXTS + SETTINGS, ["add", "change", "delete", "view"]),
                *model_permissions(SNIPPETS, ["publish"]),
                *model_permissions(["auth.user", "auth.group"], ["add", "change", "delete", "view"]),
                *model_permissions(
                    ["wagtailcore.locale", "wagtailcore.workflow", "wagtailcore.task"], ["add", "change", "delete"]
                ),
                *model_permissions(["wagtailcore.site"], ["add", "change", "delete"]),
                *model_permissions(["api.apikey"], ["add", "change", "delete", "view"]),
                *model_permissions(["editorial.webhooksubscription"], ["add", "change", "delete", "view"]),
                *model_permissions(["editorial.webhookdelivery"], ["view"]),
                *model_permissions(APPLICATIONS, ["change", "delete", "view"]),
                *model_permissions(RELEASES, ["add", "change", "delete", "view"]),
                *model_permissions(COMMEMORATIONS + GLOSSARY, ["add", "change", "delete", "view"]),
                permission("editorial", "publish_release"),
                permission("wagtail_localize", "submit_translation"),
            ],
            pages=[root],
            page_permissions=ALL_PAGE_PERMISSIONS,
            media="full",
        ),
    ]
    # One translators group per language that has a home page: rights on that tree only.
    for home in Page.objects.filter(depth=2).exclude(locale__language_code="en").select_related("locale"):
        specs.append(
            GroupSpec(
                translators_group_name(home.locale.language_code),
                [
                    admin_access(),
                    *model_permissions(SNIPPETS, ["change", "view"]),
                    *model_permissions(LOCALISED_TEXTS, ["add", "change", "view"]),
                    *model_permissions(GLOSSARY, ["view"]),
                    permission("wagtail_localize", "submit_translation"),
                ],
                pages=[home],
                page_permissions=["add_page", "change_page"],
                media="choose",
            )
        )
    return specs


@transaction.atomic
def setup_editorial():
    """Create or update the groups, permissions and workflows. Returns the groups by name."""
    groups = {spec.name: spec.apply() for spec in group_specs()}
    for workflow_name, tasks in WORKFLOWS.items():
        workflow, _ = Workflow.objects.get_or_create(name=workflow_name, defaults={"active": True})
        for position, (task_name, group_name) in enumerate(tasks):
            task, created = GroupApprovalTask.objects.get_or_create(name=task_name, defaults={"active": True})
            task.groups.set([groups[group_name]])
            WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": position})
        WorkflowTask.objects.filter(workflow=workflow).exclude(task__name__in=[name for name, _ in tasks]).delete()
    # Snippet models with drafts name their workflow like page types do (``workflow_name``).
    for model in apps.get_models():
        workflow_name = getattr(model, "workflow_name", None)
        if workflow_name and issubclass(model, WorkflowMixin) and not issubclass(model, Page):
            WorkflowContentType.objects.update_or_create(
                content_type=ContentType.objects.get_for_model(model),
                defaults={"workflow": Workflow.objects.get(name=workflow_name)},
            )
    return groups


def page_types_with_own_workflow():
    """{page model: name of the active workflow it always goes through} (``BasePage.workflow_name``)."""
    active = set(Workflow.objects.filter(active=True).values_list("name", flat=True))
    return {
        model: model.workflow_name for model in get_page_models() if getattr(model, "workflow_name", None) in active
    }


def pages_entering(workflow):
    """The pages that really go through ``workflow``: those of the page types that declare it,
    and those it covers in the tree (Settings → Workflows) whose type has no workflow of its own."""
    typed = page_types_with_own_workflow()
    own = [model for model, name in typed.items() if name == workflow.name]
    tree = workflow.all_pages()
    if typed:
        tree = tree.not_type(*typed)
    return tree | Page.objects.type(*own) if own else tree


class DisplayName(str):
    """A workflow or task name as stored (and compared, saved, filtered on), which templates
    and messages show in the reader's language: Wagtail displays ``workflow.name`` and
    ``task.name`` as data, and the organisation's names have French translations in the
    catalogue. A name an administrator types shows as typed."""

    def __str__(self):
        return gettext(str.__str__(self))


def show_name_translated(sender, instance, **kwargs):
    if isinstance(instance.__dict__.get("name"), str):
        instance.name = DisplayName(instance.name)


def store_name_as_typed(sender, instance, **kwargs):
    """Save the name as stored: a form shows a DisplayName translated, so a name sent back
    unchanged from the French admin is the French translation of the stored one."""
    from django.conf import settings
    from django.utils import translation

    name = instance.__dict__.get("name")
    if not isinstance(name, str):
        return
    name = str.__str__(name)
    if instance.pk is not None:
        stored = type(instance).objects.filter(pk=instance.pk).values_list("name", flat=True).first()
        if stored is not None and name != stored:
            for code, _language in settings.LANGUAGES:
                with translation.override(code):
                    if gettext(stored) == name:
                        name = stored
                        break
    instance.name = name


def translate_workflow_names():
    """Connect the signals that make workflow and task names a DisplayName (the editorial
    app's ``ready``)."""
    for model in (Workflow, Task, GroupApprovalTask):
        post_init.connect(show_name_translated, sender=model, dispatch_uid=f"display-name-{model.__name__}")
        pre_save.connect(store_name_as_typed, sender=model, dispatch_uid=f"store-name-{model.__name__}")
        post_save.connect(show_name_translated, sender=model, dispatch_uid=f"display-name-saved-{model.__name__}")
