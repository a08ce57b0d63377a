"""Finding the pages the API may show: the API's page types, the home page of a language,
a page by id, path or translation key, and the pages chosen in page-chooser streams."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Subquery, TextField, Value
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils import translation
from graphql import GraphQLError
from wagtail.models import Page, Site

from api.batching import all_locales, batched, copy_in_batch, prepare, request_cache
from api.context import ApiContext
from api.dependencies import translations, url
from api.facts import shared_fact
from api.invalidation import invalidate
from api.locales import in_locales
from api.selection import pages_for
from api.visibility import api_page_models, visible_pages


def api_pages():
    """Visible pages of the API's page types."""
    return visible_pages().type(*api_page_models().values())


def linked_pages(info, page, field_name):
    """Pages chosen in the page-chooser stream ``field_name``, as the reader of ``page`` should
    see them: the translation in the page's language when it is visible, else the chosen page
    if visible. Loaded for the whole list ``page`` belongs to, from the stored ids."""

    def chosen_ids(item):
        stream = getattr(item, field_name, None)
        return [block["value"] for block in (stream.raw_data if stream is not None else []) if block.get("value")]

    def load(siblings):
        ids = {pk for sibling in siblings for pk in chosen_ids(sibling)}
        for pk in ids:  # chosen pages, shown or not (hidden, a translation shown instead)
            info.context.read(Page, pk)
        # Every visible version of the chosen pages, in one query: their translation keys
        # are read in a subquery.
        chosen_keys = Page.objects.filter(pk__in=ids).values("translation_key")
        candidates = prepare(info, pages_for(info, api_pages().filter(translation_key__in=chosen_keys)))
        visible = {(candidate.translation_key, candidate.locale_id): candidate for candidate in candidates}
        chosen = {candidate.pk: (candidate.translation_key, candidate.locale_id) for candidate in candidates}
        if ids - chosen.keys():
            # A chosen page that is itself hidden may have a visible translation.
            hidden = Page.objects.filter(pk__in=ids - chosen.keys())
            chosen.update(
                {pk: (key, locale) for pk, key, locale in hidden.values_list("pk", "translation_key", "locale_id")}
            )
        keys = {pk: key for pk, (key, _locale_id) in chosen.items()}
        info.context.depend_on(*(translations(key) for key in keys.values()))
        result = {}
        for sibling in siblings:
            found_pages = []
            for pk in chosen_ids(sibling):
                if pk not in keys:
                    continue
                found = visible.get((keys[pk], sibling.locale_id))
                if found is None and visible.get(chosen[pk]) is not None:
                    # No translation in the page's language: the chosen page, said to be a fallback.
                    found = copy_in_batch(info, visible[chosen[pk]])
                    info.context.requested_locales[id(found)] = (found, sibling.locale)
                if found is not None and found.pk not in {item.pk for item in found_pages}:
                    found_pages.append(found)
            result[sibling.pk] = found_pages
        return result

    return batched(info, page, field_name, load)


DEFAULT_SITE_KEY = "api:default-site"


def default_site():
    """The default Site (the one the API serves), from the shared cache; ``forget_default_site``
    drops it when a site changes. Its ``root_page`` is not loaded: see ``home_page_in``."""

    def compute():
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise GraphQLError("No site is configured.")
        fields = {name: getattr(site, name) for name in ("pk", "hostname", "port", "site_name", "root_page_id")}
        fields["root_translation_key"] = Page.objects.filter(pk=site.root_page_id).values_list(
            "translation_key", flat=True
        )[0]
        return fields

    fields = shared_fact(DEFAULT_SITE_KEY, compute)
    site = Site(
        pk=fields["pk"],
        hostname=fields["hostname"],
        port=fields["port"],
        site_name=fields["site_name"],
        root_page_id=fields["root_page_id"],
        is_default_site=True,
    )
    site.root_translation_key = fields["root_translation_key"]
    return site


def forget_default_site(*args, **kwargs):
    invalidate(keys=[DEFAULT_SITE_KEY])


def home_page_in(info, locale):
    """The home page of ``locale`` (the translation of the default site's root page), with
    ``is_visible`` saying whether the API may show it; None where the language has none.
    One query per language and request."""
    info.context.read(Site)
    root_key = default_site().root_translation_key
    info.context.depend_on(translations(root_key))

    return request_cache(info, f"home_page_{locale.pk}", lambda: home_page_of(root_key, locale))


def home_page_of(root_key, locale):
    """The translation in ``locale`` of the root page ``root_key``, with ``is_visible``; or None."""
    visible = api_pages().filter(pk=OuterRef("pk"))
    return (
        Page.objects.filter(translation_key=root_key, locale=locale)
        .annotate(is_visible=Exists(visible))
        .specific(defer=True)
        .first()
    )


def site_name(home):
    """The site's name in the language of ``home`` (its home page, or None): the home page's
    title, which is the name in each language, while the API may show it; else the Site's."""
    if home is not None and home.is_visible:
        return home.title
    return default_site().site_name or ""


def site_name_in(locale):
    """The site's name in ``locale`` (feeds and calendars: outside a GraphQL request)."""
    return site_name(home_page_of(default_site().root_translation_key, locale))


def find_page(info, id=None, url_path=None, translation_key=None, locales=None):
    """The page a `page(...)` query names, in the first of ``locales`` that has it."""
    pages = api_pages()
    context = info.context
    if id is not None:
        try:
            id = int(id)
        except ValueError:
            return None
        context.read(Page, id)  # found or not: its publication changes the answer
        page = pages.filter(pk=id).first()
        if page is None:
            return None
        if locales is None:
            return page.specific
        translation_key = page.translation_key
    if translation_key is not None:
        context.depend_on(translations(translation_key))
        candidates = in_locales(pages.filter(translation_key=translation_key), locales)
        return candidates.specific().first()
    context.read(Site)
    root_key = default_site().root_translation_key
    context.depend_on(translations(root_key))
    below_home = url_path.strip("/") + ("/" if url_path.strip("/") else "")
    for position, locale in enumerate(locales):
        # The home page's url_path as a subquery: one query finds the page, and the home page is
        # read only when nothing is there (its url_path then names what would appear).
        home_url_path = Page.objects.filter(translation_key=root_key, locale=locale).values("url_path")[:1]
        at_path = Concat(Subquery(home_url_path), Value(below_home), output_field=TextField())
        page = pages.filter(locale=locale, url_path=at_path).first()
        if page is None:
            home = home_page_in(info, locale)
            if home is not None:  # found or not: a page published there changes the answer
                context.depend_on(url(home.url_path + below_home))
            continue
        context.depend_on(url(page.url_path), translations(page.translation_key))
        if position == 0:  # already in the first language asked for
            return page.specific
        return in_locales(pages.filter(translation_key=page.translation_key), locales).specific().first()
    return None


class PageUrls:
    """Page URLs as ``Page.get_url(request)`` gives them, from the site root paths read once per
    request (Wagtail's cached list) and one ``reverse`` per language, instead of a site lookup
    and a ``reverse`` per page."""

    def __init__(self, request):
        self.request = request
        self.root_paths = Site.get_site_root_paths()
        self.single_site = len({root.site_id for root in self.root_paths}) <= 1
        self.prefixes = {}

    def prefix(self, language_code):
        if language_code not in self.prefixes:
            with translation.override(language_code):
                self.prefixes[language_code] = reverse("wagtail_serve", args=("",))
        return self.prefixes[language_code]

    def __call__(self, page):
        matching = [root for root in self.root_paths if page.url_path.startswith(root.root_path)]
        if not matching:
            return None
        chosen = matching[0]
        current = None if self.single_site else Site.find_for_request(self.request)
        if current is not None:
            chosen = next((root for root in matching if root.site_id == current.pk), chosen)
        path = self.prefix(chosen.language_code) + page.url_path[len(chosen.root_path) :]
        if self.single_site or (current is not None and chosen.site_id == current.pk):
            return path
        return chosen.root_url + path


def page_url(request, page):
    """The URL of ``page`` on this CMS, language prefix included (relative on its own site)."""
    return ApiContext.of(request).once("page_urls", lambda: PageUrls(request))(page)


def url_path_in_locale(page):
    """The page's path below its language's home page: "/news/launch/" (home: "/")."""
    parts = page.url_path.strip("/").split("/")[1:]
    return "/" + "".join(f"{part}/" for part in parts)


def language_code_of(page):
    """The language code of ``page``'s locale, without a query (from the loaded locale when the
    page carries one, as listed pages do)."""
    if Page.locale.is_cached(page):
        return page.locale.language_code
    return next(locale.language_code for locale in all_locales() if locale.pk == page.locale_id)


def frontend_url(page):
    """The page's URL on the public frontend of its language (CMS_FRONTEND_URLS: a template per
    language code, ``*`` for any, with ``{lang}`` and ``{path}``), or None where none is set."""
    templates = settings.CMS_FRONTEND_URLS
    language_code = language_code_of(page)
    template = templates.get(language_code) or templates.get("*")
    if not template:
        return None
    return template.format(lang=language_code, path=url_path_in_locale(page))


def public_url(request, page):
    """The URL readers follow to ``page``: on the frontend when CMS_FRONTEND_URLS names one for
    its language, else on this CMS (relative on its own site)."""
    return frontend_url(page) or page_url(request, page)


def absolute_public_url(request, page):
    """``public_url`` made absolute (on this CMS: from the request, or the site's root URL)."""
    url = frontend_url(page)
    if url:
        return url
    if request is not None:
        relative = page_url(request, page)
        return request.build_absolute_uri(relative) if relative else None
    return page.get_full_url()


def pages_using_documents(info, document):
    """The visible pages whose content refers to ``document`` (Wagtail's reference index),
    loaded for every document of its list at once; in the list's language when it has one."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.documents.models import Document
    from wagtail.models import ReferenceIndex

    def load(siblings):
        references = ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(Document),
            to_object_id__in=[str(sibling.pk) for sibling in siblings],
            base_content_type=ContentType.objects.get_for_model(Page),
        ).values_list("to_object_id", "object_id")
        page_ids = {}
        for document_id, page_id in references:
            page_ids.setdefault(int(page_id), set()).add(int(document_id))
        locale = info.context.documents_locale
        # A page published that now refers to one of them may be any page of its language.
        info.context.read(Page, languages=[locale.language_code] if locale is not None else None)
        pages = api_pages().filter(pk__in=page_ids)
        if locale is not None:
            pages = pages.filter(locale=locale)
        found = prepare(info, pages.order_by("path").specific(defer=True))
        return {sibling.pk: [page for page in found if sibling.pk in page_ids.get(page.pk, ())] for sibling in siblings}

    return batched(info, document, "used_by", load)
