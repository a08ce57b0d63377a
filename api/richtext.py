"""Rich text for the API: internal links and embeds resolved for the reader's language,
and nothing hidden ever linked.

Page links point to the target's translation in the text's locale (or the target itself
when it has none), as the language-prefixed URL Wagtail serves, with ``data-page-id``,
``data-locale`` and ``data-url-path`` for frontends that route themselves. Links to hidden
pages or private documents lose their href; images in private collections are dropped.
"""

from django.utils.html import escape
from wagtail.documents.models import Document
from wagtail.images.formats import get_image_format
from wagtail.images.models import Image
from wagtail.models import Page
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

from api.batching import request_cache
from api.dependencies import translations
from api.pages import public_url, url_path_in_locale
from api.visibility import get_visibility, visible_pages


def _id(attrs):
    try:
        return int(attrs.get("id", ""))
    except ValueError:
        return None


class ApiRichTextRenderer:
    """Expands the database form of rich text (``<a linktype="page" id="3">``) for one locale.

    It remembers every page, document and image it has looked up, and ``prime()`` looks up
    those of many texts at once, so rendering a whole page body costs a fixed number of queries.
    """

    def __init__(self, locale, visibility, context):
        self.locale = locale
        self.visibility = visibility
        self.context = context  # the request's ApiContext: what the text refers to is recorded
        self.request = context.request
        self.link_targets = {}  # page id -> visible page to link to, or None
        self.documents = {}  # document id -> public document, or None
        self.images = {}  # image id -> public image, or None
        self.links = LinkRewriter(bulk_rules={"page": self.page_links, "document": self.document_links})
        self.embeds = EmbedRewriter(bulk_rules={"image": self.image_embeds})
        self.rewrite = MultiRuleRewriter([self.links, self.embeds])

    def __call__(self, html):
        return self.rewrite(html or "")

    def prime(self, html_list, image_ids=(), document_ids=()):
        """Look up, in one query per kind, everything the given texts refer to, with the
        images and documents of ``image_ids`` and ``document_ids`` (chosen in blocks)."""
        page_ids, document_ids, image_ids = set(), set(document_ids), set(image_ids)
        for html in html_list:
            for link_type, matches in self.links.extract_tags(html or "").items():
                target = {"page": page_ids, "document": document_ids}.get(link_type)
                if target is not None:
                    target.update(_id(match.attrs) for match in matches)
            for embed_type, matches in self.embeds.extract_tags(html or "").items():
                if embed_type == "image":
                    image_ids.update(_id(match.attrs) for match in matches)
        self.load_pages(page_ids)
        self.load_media(self.documents, Document, document_ids)
        self.load_media(self.images, Image, image_ids, renditions=True)

    def load_pages(self, ids):
        ids = {pk for pk in ids if pk is not None} - set(self.link_targets)
        if not ids:
            return
        for pk in ids:  # linked, shown or not (hidden, or a translation shown instead)
            self.context.read(Page, pk)
        # Every visible version of the linked pages in one query (their keys in a subquery);
        # a linked page that is itself hidden is looked up only if there is one.
        keys = Page.objects.filter(pk__in=ids).values("translation_key")
        candidates = list(visible_pages().filter(translation_key__in=keys).select_related("locale"))
        visible = {(page.translation_key, page.locale_id): page for page in candidates}
        targets = {page.pk: (page.translation_key, page.locale_id) for page in candidates if page.pk in ids}
        if ids - targets.keys():
            hidden = Page.objects.filter(pk__in=ids - targets.keys())
            targets.update(
                {pk: (key, locale) for pk, key, locale in hidden.values_list("pk", "translation_key", "locale_id")}
            )
        self.context.depend_on(*(translations(key) for key, _locale_id in targets.values()))
        for pk in ids:
            target = targets.get(pk)
            self.link_targets[pk] = target and (visible.get((target[0], self.locale.pk)) or visible.get(target))

    def load_media(self, cache, model, ids, renditions=False):
        ids = {pk for pk in ids if pk is not None} - set(cache)
        if not ids:
            return
        for pk in ids:  # chosen, shown or not (private, deleted)
            self.context.read(model, pk)
        queryset = self.visibility.public_media(model.objects.filter(pk__in=ids))
        if renditions:
            queryset = queryset.prefetch_renditions()
        found = {item.pk: item for item in queryset}
        for pk in ids:
            cache[pk] = found.get(pk)

    def page_links(self, attrs_list):
        ids = [_id(attrs) for attrs in attrs_list]
        self.load_pages(ids)
        tags = []
        for pk in ids:
            page = self.link_targets.get(pk)
            if page is None:
                tags.append("<a>")
                continue
            url = public_url(self.request, page) or ""
            tags.append(
                f'<a href="{escape(url)}" data-page-id="{page.pk}" '
                f'data-locale="{page.locale.language_code}" data-url-path="{escape(url_path_in_locale(page))}">'
            )
        return tags

    def document_links(self, attrs_list):
        ids = [_id(attrs) for attrs in attrs_list]
        self.load_media(self.documents, Document, ids)
        return [
            f'<a href="{escape(self.documents[pk].url)}" data-document-id="{pk}">' if self.documents.get(pk) else "<a>"
            for pk in ids
        ]

    def image_embeds(self, attrs_list):
        ids = [_id(attrs) for attrs in attrs_list]
        self.load_media(self.images, Image, ids, renditions=True)
        html = []
        for pk, attrs in zip(ids, attrs_list, strict=False):
            image = self.images.get(pk)
            image_format = get_image_format(attrs.get("format", "")) or get_image_format("fullwidth")
            html.append(image_format.image_to_html(image, attrs.get("alt", "")) if image else "")
        return html


def rich_text_renderer(info, locale):
    """The rich text renderer of ``locale`` for this request (it caches what it resolves)."""
    return request_cache(
        info, f"rich_text_{locale.pk}", lambda: ApiRichTextRenderer(locale, get_visibility(info), info.context)
    )


def rich_text(info, locale, html):
    """Render stored rich text for the API in ``locale``."""
    return rich_text_renderer(info, locale)(html)
