"""What search engines read: the sitemap of every language and robots.txt."""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.utils.html import escape
from django.views.decorators.http import require_GET

from api.batching import all_locales
from api.cache import cached_while_current
from api.dependencies import content
from api.pages import absolute_public_url, api_pages

# The sitemap protocol's limit per file: past it, /sitemap.xml is an index of numbered files.
SITEMAP_MAX_URLS = 50_000
SITEMAP_FIELDS = ["id", "path", "depth", "url_path", "locale_id", "translation_key", "last_published_at"]


def sitemap_entries(request):
    """(URL, lastmod, [(hreflang, URL)]) of every live, public page of every language, in tree
    order; the alternates are the page's live, public translations (itself included) and
    ``x-default``, the version in the default language."""
    locales = {locale.pk: locale for locale in all_locales()}
    languages = {pk: locale.language_code for pk, locale in locales.items()}
    pages = list(api_pages().order_by("path").only(*SITEMAP_FIELDS))
    for page in pages:  # the URL of each needs its language: read once, not per page
        page.locale = locales[page.locale_id]
    urls = {page.pk: absolute_public_url(request, page) for page in pages}
    versions = defaultdict(list)
    for page in pages:
        if urls[page.pk]:
            versions[page.translation_key].append(page)
    entries = []
    for page in pages:
        if not urls[page.pk]:
            continue
        alternates = []
        siblings = versions[page.translation_key]
        if len(siblings) > 1:
            alternates = sorted((languages[sibling.locale_id], urls[sibling.pk]) for sibling in siblings)
            default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
            if default:
                alternates.append(("x-default", default))
        entries.append((urls[page.pk], page.last_published_at, alternates))
    return entries


def url_element(location, lastmod, alternates):
    parts = [f"<url><loc>{escape(location)}</loc>"]
    if lastmod:
        parts.append(f"<lastmod>{lastmod.isoformat(timespec='seconds')}</lastmod>")
    parts += [f'<xhtml:link rel="alternate" hreflang="{code}" href="{escape(url)}"/>' for code, url in alternates]
    parts.append("</url>")
    return "".join(parts)


def sitemap_files(request):
    """The XML of each sitemap file (several past SITEMAP_MAX_URLS URLs)."""
    entries = sitemap_entries(request)
    chunks = [entries[start : start + SITEMAP_MAX_URLS] for start in range(0, len(entries), SITEMAP_MAX_URLS)] or [[]]
    return [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        + "\n".join(url_element(*entry) for entry in chunk)
        + "\n</urlset>\n"
        for chunk in chunks
    ]


@require_GET
def sitemap(request):
    """``/sitemap.xml``: every live, public page of every language with its hreflang alternates
    (``?p=2`` and on past 50,000 URLs, listed by the index ``/sitemap.xml`` then is). Kept in
    the shared cache until content changes."""
    files = cached_while_current(
        "sitemap",
        [request.get_host(), request.scheme, settings.CMS_FRONTEND_URLS],
        lambda: sitemap_files(request),
        [content()],
    )
    number = request.GET.get("p")
    if number is None and len(files) > 1:
        base = request.build_absolute_uri(request.path)
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(f"<sitemap><loc>{escape(base)}?p={index}</loc></sitemap>" for index in range(1, len(files) + 1))
            + "\n</sitemapindex>\n"
        )
    else:
        try:
            body = files[int(number or 1) - 1]
        except (ValueError, IndexError):
            return HttpResponse("No such sitemap page.", status=404, content_type="text/plain")
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_GET
def robots_txt(request):
    """``/robots.txt``: crawlers may read the pages and the sitemap, not the admin or the API."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /graphql/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
