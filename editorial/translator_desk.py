"""What waits for a translator, and the action each person may take on a translation.

One rule for every screen that lists translations (the dashboard panel, the source pages
browser, the translation status report): ``action_for`` names the action its viewer may take on
one page in one language, so no screen links to a view its viewer cannot open.

- Translate: the page has no translation in that language (wagtail-localize's "Translate" form,
  the language chosen);
- Update: the live translation was made from an older version of the source ("Sync translated
  pages" then the translation editor);
- Continue: strings are untranslated, translated but not submitted, or sent back with changes
  requested (the translation editor);
- Review: submitted, for someone who may publish it (the page editor, with its review actions).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from api.registry import AWAITING_REVIEW, IN_PROGRESS, MISSING, OUTDATED, TRANSLATED
from api.visibility import api_page_models
from editorial.localize import translation_locale_ids
from editorial.organisation import translators_group_name
from editorial.translation import objects_in_review, translation_statuses

CHANGES_REQUESTED = "changes_requested"


@dataclass
class TranslationAction:
    label: str
    url: str


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def source_pages():
    """The pages translators work from: live pages of the source language that the API serves."""
    return Page.objects.live().filter(locale=source_locale()).type(*api_page_models().values()).order_by("path")


def may_translate(user, locale):
    return user.has_perm("wagtail_localize.submit_translation") and locale.pk in translation_locale_ids(user)


def action_for(user, item, changes_requested=False):
    """The TranslationAction ``user`` may take on ``item`` (an editorial.translation
    TranslationStatus), or None."""
    source, target, locale = item.source, item.translation, item.locale
    if item.status == MISSING:
        if not may_translate(user, locale):
            return None
        url = reverse("wagtail_localize:submit_page_translation", args=(source.pk,))
        return TranslationAction(_("Translate"), f"{url}?{urlencode({'select_locale': locale.language_code})}")
    permissions = target.permissions_for_user(user)
    if not permissions.can_edit():
        return None
    edit_url = reverse("wagtailadmin_pages:edit", args=(target.pk,))
    if item.status == AWAITING_REVIEW:
        return (
            TranslationAction(pgettext_lazy("translation action", "Review"), edit_url)
            if permissions.can_publish()
            else None
        )
    if changes_requested or item.status in (IN_PROGRESS, TRANSLATED):
        return TranslationAction(_("Continue"), edit_url)
    if item.status == OUTDATED and user.has_perm("wagtail_localize.submit_translation"):
        return update_action(source, edit_url)
    return None


def update_action(source, edit_url):
    """Update: "Sync translated pages" (the source's new strings), then the translation editor."""
    from wagtail_localize.models import TranslationSource

    translation_source = TranslationSource.objects.filter(
        object_id=source.translation_key, locale_id=source.locale_id
    ).first()
    if translation_source is None:
        return TranslationAction(_("Update"), edit_url)
    url = reverse("wagtail_localize:update_translations", args=(translation_source.pk,))
    return TranslationAction(_("Update"), f"{url}?{urlencode({'next': edit_url})}")


def locales_translated_by(user):
    """The languages ``user`` is a translator of (the Translators (xx) groups they are in)."""
    codes = [
        code
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != settings.LANGUAGE_CODE and user.groups.filter(name=translators_group_name(code)).exists()
    ]
    if not codes:
        return []
    return list(Locale.objects.filter(language_code__in=codes).order_by("language_code"))


@dataclass
class WorkItem:
    """One line of a translator's panel: a page or snippet, where it stands, what to do."""

    title: str
    kind: str
    state: str
    strings: str
    action: TranslationAction | None


@dataclass
class WorkList:
    """What waits for a translator in one language: lists of WorkItems."""

    locale: Locale
    changes_requested: list
    outdated: list
    in_progress: list
    missing: list

    @property
    def empty(self):
        return not (self.changes_requested or self.outdated or self.in_progress or self.missing)

    @property
    def groups(self):
        """[((status, label), items)] of the lists that are not empty, most urgent first."""
        labelled = [
            ((CHANGES_REQUESTED, _("Changes requested")), self.changes_requested),
            ((OUTDATED, _("Outdated")), self.outdated),
            ((IN_PROGRESS, _("Started, not submitted")), self.in_progress),
            ((MISSING, _("Missing")), self.missing),
        ]
        return [(label, items) for label, items in labelled if items]


class TranslatorPanel(Component):
    """The dashboard panel of translators: per language, what waits for them."""

    name = "translator_work"
    template_name = "editorial/dashboard/translator_panel.html"
    order = 90  # above "Awaiting your review" and the recent edits

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"work_lists": work_for(self.user), "request": parent_context["request"]}


def work_for(user):
    """A WorkList per language ``user`` translates: pages, then snippets."""
    if not Group.objects.filter(user=user).exists():
        return []
    lists = []
    sources = list(source_pages())
    for locale in locales_translated_by(user):
        work = WorkList(locale, [], [], [], [])
        add_pages(user, locale, sources, work)
        for model in translated_snippet_models():
            add_snippets(user, locale, model, work)
        lists.append(work)
    return lists


def add_pages(user, locale, sources, work):
    items = translation_statuses(sources, locale, include_drafts=True)
    back = objects_in_review([item.translation for item in items], WorkflowState.STATUS_NEEDS_CHANGES)
    for item in items:
        if item.status == AWAITING_REVIEW:
            continue  # the reviewers' turn
        strings = f"{item.strings_translated} / {item.strings_total}" if item.strings_total is not None else ""
        returned = item.translation is not None and item.translation.pk in back
        line = WorkItem(
            item.source.get_admin_display_title(),
            item.source.specific_class.get_verbose_name(),
            str(_("Changes requested") if returned else item.label),
            strings,
            action_for(user, item, changes_requested=returned),
        )
        if returned:
            work.changes_requested.append(line)
        elif item.status == MISSING:
            work.missing.append(line)
        elif item.live_outdated:
            work.outdated.append(line)
        elif item.status in (IN_PROGRESS, TRANSLATED):
            work.in_progress.append(line)


def translated_snippet_models():
    """Snippet models translated in wagtail-localize's editor, with drafts and reviews."""
    from wagtail.models import DraftStateMixin, TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and issubclass(model, DraftStateMixin)
    ]


def add_snippets(user, locale, model, work):
    """Members and terminology notes: missing, outdated (the source was published after the
    version the live translation was made from), started, or sent back."""
    from django.contrib.admin.utils import quote
    from wagtail.snippets.permissions import get_permission_name

    from editorial.translation import translated_from

    if not user.has_perm(get_permission_name("change", model)):
        return
    sources = list(model.objects.filter(locale=source_locale(), live=True))
    targets = {
        target.translation_key: target
        for target in model.objects.filter(
            locale=locale, translation_key__in=[item.translation_key for item in sources]
        )
    }
    versions = translated_from([target.live_revision_id for target in targets.values() if target.live_revision_id])
    back = objects_in_review(targets.values(), WorkflowState.STATUS_NEEDS_CHANGES)
    in_review = objects_in_review(targets.values())
    kind = model._meta.verbose_name
    for source in sources:
        target = targets.get(source.translation_key)
        if target is None:
            if may_translate(user, locale):
                url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=(model._meta.app_label, model._meta.model_name, quote(source.pk)),
                )
                action = TranslationAction(
                    _("Translate"), f"{url}?{urlencode({'select_locale': locale.language_code})}"
                )
            else:
                action = None
            work.missing.append(WorkItem(str(source), kind, str(_("Missing")), "", action))
            continue
        edit_url = reverse(model.snippet_viewset.get_url_name("edit"), args=(quote(target.pk),))
        if target.pk in back:
            work.changes_requested.append(
                WorkItem(str(source), kind, str(_("Changes requested")), "", TranslationAction(_("Continue"), edit_url))
            )
        elif target.pk in in_review:
            continue
        elif target.live:
            made_from, missing = versions.get(target.live_revision_id, (target.last_published_at, 0))
            if missing or (source.last_published_at and made_from and source.last_published_at > made_from):
                work.outdated.append(
                    WorkItem(str(source), kind, str(_("Outdated")), "", update_action(source, edit_url))
                )
        else:
            work.in_progress.append(
                WorkItem(str(source), kind, str(_("In progress")), "", TranslationAction(_("Continue"), edit_url))
            )
