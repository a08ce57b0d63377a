"""The project's URLs plus the benchmark's peers on the same server: Wagtail's REST API v2,
tuned as a competent Wagtail developer would tune it, and a hello-world view (the ceiling).

The REST side serves the same fields as the GraphQL queries of bench/http_bench.py: related
rows are prefetched (main image and its renditions, tags, themes), and translations and related
pages are loaded for the whole page of results in one query each, as a ListSerializer-minded
developer would, instead of one query per item.
"""

from django.db.models import Prefetch
from django.http import JsonResponse
from django.urls import path
from django.utils import translation
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page

from cms.urls import urlpatterns as cms_urlpatterns
from news.models import NewsPage
from practices.models import GoodPracticePage, Theme

SRCSET_WIDTHS = [400, 800, 1200]


class TagNamesField(serializers.Field):
    def to_representation(self, page):
        return sorted(item.tag.name for item in page.tagged_items.all())


class SrcsetField(serializers.Field):
    def to_representation(self, image):
        if image is None:
            return None
        renditions = image.get_renditions(*[f"width-{width}" for width in SRCSET_WIDTHS])
        return ", ".join(f"{rendition.url} {rendition.width}w" for rendition in renditions.values())


class LoadedListField(serializers.Field):
    """A list the view loaded for the whole page of results (attribute ``_bench_<name>``)."""

    def to_representation(self, page):
        return getattr(page, f"_bench_{self.field_name}", [])


class CountryField(serializers.Field):
    def to_representation(self, page):
        with translation.override(page.locale.language_code):
            return {"code": page.country.code, "name": str(page.country.name)}


class ThemesField(serializers.Field):
    def to_representation(self, page):
        with translation.override(page.locale.language_code):
            return [{"code": theme.code, "label": str(Theme.Code(theme.code).label)} for theme in page.themes.all()]


NewsPage.api_fields = [
    APIField("date"),
    APIField("intro"),
    APIField("tags", serializer=TagNamesField(source="*")),
    APIField("main_image", serializer=ImageRenditionField("fill-600x338")),
    APIField("srcset", serializer=SrcsetField(source="main_image")),
    APIField("translations", serializer=LoadedListField(source="*")),
    APIField("related", serializer=LoadedListField(source="*")),
    APIField("body"),
]
GoodPracticePage.api_fields = [
    APIField("intro"),
    APIField("city_or_region"),
    APIField("status"),
    APIField("level"),
    APIField("country", serializer=CountryField(source="*")),
    APIField("themes", serializer=ThemesField(source="*")),
    APIField("main_image", serializer=ImageRenditionField("fill-300x300")),
]


def page_url(page, request):
    return page.get_url(request=request)


class TunedPagesAPIViewSet(PagesAPIViewSet):
    """PagesAPIViewSet with prefetching (lists and detail), a theme filter, batched
    translations and compact JSON."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["theme"])

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model is NewsPage:
            queryset = queryset.select_related("locale", "main_image").prefetch_related(
                "tagged_items__tag", "main_image__renditions"
            )
            if "order" not in self.request.GET:
                queryset = queryset.order_by("-date", "-pk")
        elif queryset.model is GoodPracticePage:
            queryset = queryset.select_related("locale", "main_image").prefetch_related(
                Prefetch("themes", queryset=Theme.objects.order_by("code")), "main_image__renditions"
            )
            if "theme" in self.request.GET:
                queryset = queryset.filter(themes__code=self.request.GET["theme"])
        return queryset

    def paginate_queryset(self, queryset):
        pages = list(super().paginate_queryset(queryset))
        self.load_translations_and_related(pages)
        return pages

    def get_object(self):
        page = super().get_object()
        if isinstance(page, NewsPage):  # the list's prefetching, for the detail too
            page = (
                NewsPage.objects.select_related("locale", "main_image")
                .prefetch_related("tagged_items__tag", "main_image__renditions")
                .get(pk=page.pk)
            )
        self.load_translations_and_related([page])
        return page

    def get_renderer_context(self):
        # Compact JSON, as the GraphQL side sends (Wagtail indents by 4 for people reading it).
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context

    def load_translations_and_related(self, pages):
        if not pages or not isinstance(pages[0], NewsPage):
            return
        live = Page.objects.live().public()
        translations = live.filter(translation_key__in={page.translation_key for page in pages}).select_related(
            "locale"
        )
        by_key = {}
        for item in translations:
            by_key.setdefault(item.translation_key, []).append(item)
        # The stored ids: reading the stream's values would fetch the pages once per item.
        chosen = {
            page.pk: [block["value"] for block in page.related_pages.raw_data if block.get("value")] for page in pages
        }
        related_ids = {pk for ids in chosen.values() for pk in ids}
        related = {item.pk: item for item in live.filter(pk__in=related_ids)}
        for page in pages:
            page._bench_translations = [
                {"url": page_url(item, self.request), "locale": item.locale.language_code}
                for item in by_key.get(page.translation_key, [])
                if item.pk != page.pk
            ]
            page._bench_related = [
                {"title": related[pk].title, "url": page_url(related[pk], self.request)}
                for pk in chosen[page.pk]
                if pk in related
            ]


def hello_world(request):
    """The ceiling: the same server, middleware and JSON encoding, no work."""
    return JsonResponse({"hello": "world"})


rest_api = WagtailAPIRouter("wagtailapi")
rest_api.register_endpoint("pages", TunedPagesAPIViewSet)

urlpatterns = [
    path("api/v2/", rest_api.urls),
    path("hello/", hello_world),
    *cms_urlpatterns,
]
