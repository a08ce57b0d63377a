"""Query batching for lists: the first item of a list that needs related data loads it for
every item of that list at once (a synchronous data loader), so a list of 10 or 100 pages
costs the same number of SQL queries."""

import copy

from wagtail.models import Locale, Page, PageViewRestriction

from api.facts import shared_fact
from api.invalidation import invalidate

LOCALES_KEY = "api:locales"


def request_cache(info, name, factory):
    """A value computed once per request (``factory()``), kept on its ApiContext."""
    return info.context.once(name, factory)


def all_locales():
    """Every Locale, from the shared cache (``forget_locales`` drops it when one changes)."""
    rows = shared_fact(LOCALES_KEY, lambda: list(Locale.objects.order_by("pk").values_list("pk", "language_code")))
    return [Locale(pk=pk, language_code=language_code) for pk, language_code in rows]


def forget_locales(*args, **kwargs):
    invalidate(keys=[LOCALES_KEY])


def locales_by_id(info):
    """Every Locale, by id, read once per request and without a query once cached."""
    info.context.read(Locale)
    return request_cache(info, "locales", lambda: {locale.pk: locale for locale in all_locales()})


def prepare(info, items, requested_locale=None):
    """Make ``items`` a batch: each knows its siblings, and its locale comes from the request
    cache instead of a query per item. ``requested_locale`` is the language the client asked
    for, which a page served through the fallback chain is not in.

    Every page and translatable object the API returns passes here, so this is where a
    response records the rows it read: a publish, unpublish or deletion of one of them
    invalidates the cached response, however the object was found."""
    items = list(items)
    locales = locales_by_id(info)
    context = info.context
    for item in items:
        context.siblings[id(item)] = (item, items)
        if hasattr(item, "_meta"):
            context.read(item, item.pk)
            if isinstance(item, Page):  # shown because no restriction hides it
                context.read(PageViewRestriction)
        if hasattr(item, "locale_id") and item.locale_id in locales:
            item.locale = locales[item.locale_id]
        if requested_locale is not None:
            context.requested_locales[id(item)] = (item, requested_locale)
    return items


def copy_in_batch(info, item):
    """A copy of ``item`` in the same batch (to say something of it that the original does not
    say, e.g. that it is served as a fallback)."""
    duplicate = copy.copy(item)
    batch = info.context.siblings.get(id(item))
    if batch is not None:
        info.context.siblings[id(duplicate)] = (duplicate, batch[1])
    return duplicate


def batched(info, instance, name, load_many):
    """The value of ``name`` for ``instance``, loaded with ``load_many(siblings)`` for the whole
    batch ``instance`` belongs to. ``load_many`` returns a dict keyed by instance pk."""
    siblings = info.context.siblings.get(id(instance), (None, [instance]))[1]
    store = info.context.batches
    key = (name, id(siblings))
    if key not in store or store[key][0] is not siblings:
        store[key] = (siblings, load_many(siblings))
    return store[key][1].get(instance.pk)
