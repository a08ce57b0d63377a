"""Template tags of the admin's editorial screens."""

import json

from django import template
from django.urls import reverse
from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name

from editorial.organisation import pages_entering

register = template.Library()


@register.simple_tag
def pages_entering_count(workflow):
    """How many pages really go through ``workflow`` (page-type workflows included)."""
    return pages_entering(workflow).count()


@register.simple_tag(takes_context=True)
def translation_review_url(context, instance):
    """Where a translator who may edit ``instance`` but not publish it submits the translation
    for review; empty for those who publish themselves, or when no review applies."""
    user = context["request"].user
    if isinstance(instance, Page):
        permissions = instance.permissions_for_user(user)
        if permissions.can_publish() or not permissions.can_edit():
            return ""
        return reverse("submit_translation_for_review", args=(instance.pk,))
    model = type(instance)
    if not hasattr(instance, "get_workflow") or user.has_perm(get_permission_name("publish", model)):
        return ""
    if not user.has_perm(get_permission_name("change", model)) or instance.get_workflow() is None:
        return ""
    return reverse(
        "submit_snippet_translation_for_review", args=(model._meta.app_label, model._meta.model_name, instance.pk)
    )


@register.inclusion_tag("editorial/includes/translation_footer.html", takes_context=True)
def translation_footer(context, instance, translation, props):
    """The translation editor's action bar, in place of wagtail-localize's (whose main button,
    for a translator, is "Delete"): the main action is "Publish in <language>" for those who
    may publish, "Submit for review" for translators, and it is enabled only when every string
    is translated; Delete and "Convert to alias page" are secondary actions, each asking for
    confirmation on a page of its own. The actions and links are wagtail-localize's
    (``props``)."""
    from editorial.localize import untranslated_strings

    editor = json.loads(props)
    request = context["request"]
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "instance": instance,
        "translation": translation,
        "perms": editor["perms"],
        "links": editor["links"],
        "locale_name": editor["locale"]["displayName"],
        "review_url": translation_review_url(context, instance),
        "missing": untranslated_strings(translation.source, translation.target_locale),
        "progress_url": reverse("translation_progress", args=(translation.pk,)),
        "here": request.get_full_path(),
    }


@register.inclusion_tag("editorial/includes/source_changes.html")
def source_changes_panel(instance):
    """In the translation editor of a page whose public translation is outdated: what changed
    in the source since the version it was made from, string by string (``editorial.changes``)."""
    from wagtail.models import Page

    from editorial.changes import source_changes
    from editorial.translation import source_pages_of

    changes = None
    if isinstance(instance, Page) and instance.live:
        source = source_pages_of([instance]).get(instance.pk)
        if source is not None and source.pk != instance.pk and source.live:
            changes = source_changes(source, instance)
    return {"changes": changes}


@register.inclusion_tag("editorial/includes/glossary_departures.html")
def glossary_panel(translation):
    """In the translation editor: the translated strings that depart from the glossary."""
    from editorial.glossary import departures

    return {"departures": departures(translation)}
