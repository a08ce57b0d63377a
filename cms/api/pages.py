"""Finding the pages the API may show: the API's page types, the home page of a language,
a page by id, path or translation key, and the pages chosen in page-chooser streams."""

import copy

from graphql import GraphQLError
from wagtail.models import Page, Site

from cms.api.batching import batched, prepare, record_locales
from cms.api.locales import in_locales
from cms.api.visibility import api_page_models, visible_pages


def api_pages():
    """Visible pages of the API's page types."""
    return visible_pages().type(*api_page_models().values())


def linked_pages(info, page, field_name):
    """Pages chosen in the page-chooser stream ``field_name``, as the reader of ``page`` should
    see them: the translation in the page's language when it is visible, else the chosen page
    if visible. Loaded for the whole list ``page`` belongs to, from the stored ids."""
    record_locales(info, [None])

    def chosen_ids(item):
        stream = getattr(item, field_name, None)
        return [block["value"] for block in (stream.raw_data if stream is not None else []) if block.get("value")]

    def load(siblings):
        ids = {pk for sibling in siblings for pk in chosen_ids(sibling)}
        chosen = {
            pk: (key, locale_id)
            for pk, key, locale_id in Page.objects.filter(pk__in=ids).values_list("pk", "translation_key", "locale_id")
        }
        keys = {pk: key for pk, (key, _locale_id) in chosen.items()}
        visible = {
            (candidate.translation_key, candidate.locale_id): candidate
            for candidate in prepare(info, api_pages().filter(translation_key__in=set(keys.values())).specific())
        }
        result = {}
        for sibling in siblings:
            found_pages = []
            for pk in chosen_ids(sibling):
                if pk not in keys:
                    continue
                found = visible.get((keys[pk], sibling.locale_id))
                if found is None and visible.get(chosen[pk]) is not None:
                    # No translation in the page's language: the chosen page, said to be a fallback.
                    found = copy.copy(visible[chosen[pk]])
                    found._api_requested_locale = sibling.locale
                if found is not None and found.pk not in {item.pk for item in found_pages}:
                    found_pages.append(found)
            result[sibling.pk] = found_pages
        return result

    return batched(info, page, field_name, load)


def default_site():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise GraphQLError("No site is configured.")
    return site


def home_page_in(locale):
    """The home page of ``locale``: the translation of the default site's root page."""
    root = default_site().root_page
    return root.get_translation_or_none(locale) if root.locale_id != locale.pk else root


def find_page(id=None, url_path=None, translation_key=None, locales=None):
    """The page a `page(...)` query names, in the first of ``locales`` that has it."""
    pages = api_pages()
    if id is not None:
        try:
            page = pages.get(pk=int(id))
        except (ValueError, Page.DoesNotExist):
            return None
        if locales is None:
            return page.specific
        translation_key = page.translation_key
    if translation_key is not None:
        candidates = in_locales(pages.filter(translation_key=translation_key), locales)
        return candidates.specific().first()
    for locale in locales:
        home = home_page_in(locale)
        if home is None:
            continue
        path = home.url_path + url_path.strip("/") + ("/" if url_path.strip("/") else "")
        page = pages.filter(locale=locale, url_path=path).first()
        if page is not None:
            return in_locales(pages.filter(translation_key=page.translation_key), locales).specific().first()
    return None
