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

from cms.api.visibility import visible_pages


def url_path_in_locale(page):
    """The page's path below its language's home page: "/news/launch/" (home: "/")."""
    parts = page.url_path.strip("/").split("/")[1:]
    return "/" + "".join(f"{part}/" for part in parts)


def _ids(attrs_list):
    ids = []
    for attrs in attrs_list:
        try:
            ids.append(int(attrs.get("id", "")))
        except ValueError:
            ids.append(None)
    return ids


class ApiRichTextRenderer:
    """Expands the database form of rich text (``<a linktype="page" id="3">``) for one locale."""

    def __init__(self, locale, visibility, request=None):
        self.locale = locale
        self.visibility = visibility
        self.request = request
        self.rewrite = MultiRuleRewriter(
            [
                LinkRewriter(bulk_rules={"page": self.page_links, "document": self.document_links}),
                EmbedRewriter(bulk_rules={"image": self.image_embeds}),
            ]
        )

    def __call__(self, html):
        return self.rewrite(html or "")

    def page_links(self, attrs_list):
        ids = _ids(attrs_list)
        targets = {page.pk: page for page in Page.objects.filter(pk__in=[pk for pk in ids if pk])}
        keys = {page.translation_key for page in targets.values()}
        visible = {
            (page.translation_key, page.locale_id): page
            for page in visible_pages().filter(translation_key__in=keys).select_related("locale")
        }
        tags = []
        for pk in ids:
            target = targets.get(pk)
            page = target and (
                visible.get((target.translation_key, self.locale.pk))
                or visible.get((target.translation_key, target.locale_id))
            )
            if page is None:
                tags.append("<a>")
                continue
            url = page.get_url(request=self.request) or ""
            tags.append(
                f'<a href="{escape(url)}" data-page-id="{page.pk}" '
                f'data-locale="{page.locale.language_code}" data-url-path="{escape(url_path_in_locale(page))}">'
            )
        return tags

    def document_links(self, attrs_list):
        ids = _ids(attrs_list)
        documents = {
            document.pk: document
            for document in self.visibility.public_media(Document.objects.filter(pk__in=[pk for pk in ids if pk]))
        }
        return [
            f'<a href="{escape(documents[pk].url)}" data-document-id="{pk}">' if pk in documents else "<a>"
            for pk in ids
        ]

    def image_embeds(self, attrs_list):
        ids = _ids(attrs_list)
        images = {
            image.pk: image
            for image in self.visibility.public_media(Image.objects.filter(pk__in=[pk for pk in ids if pk]))
        }
        html = []
        for pk, attrs in zip(ids, attrs_list):
            image = images.get(pk)
            if image is None:
                html.append("")
                continue
            image_format = get_image_format(attrs.get("format", "fullwidth"))
            html.append(image_format.image_to_html(image, attrs.get("alt", "")))
        return html
