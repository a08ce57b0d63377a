"""Plain HTML search over live, public pages of the current language (editors' fallback;
external sites use the GraphQL `search` field)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from api.visibility import visible_pages
from search.backends import search_language


def search(request):
    query = request.GET.get("query", "").strip()
    results = Page.objects.none()
    if query:
        locale = Locale.get_active()
        with search_language(locale.language_code):
            visible = visible_pages().filter(locale=locale)
            # The search backend filters on indexed fields only: hand it the visible pages as ids.
            results = Page.objects.filter(pk__in=visible.values("pk")).specific().search(query)
    paginator = Paginator(results, 10)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return TemplateResponse(request, "search/search.html", {"query": query, "results": page})
