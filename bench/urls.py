"""The project's URLs plus Wagtail's REST API v2, plain and behind Django's cache_page."""

from django.urls import path
from django.views.decorators.cache import cache_page
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as cms_urlpatterns


class CachedAPIRouter(WagtailAPIRouter):
    """The same REST endpoints with each response cached as a whole for 60 seconds."""

    def wrap_view(self, func):
        return cache_page(60)(super().wrap_view(func))


rest_api = WagtailAPIRouter("wagtailapi")
rest_api.register_endpoint("pages", PagesAPIViewSet)
cached_rest_api = CachedAPIRouter("wagtailapi_cached")
cached_rest_api.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    path("api/v2/", rest_api.urls),
    path("api/v2-cached/", cached_rest_api.urls),
    *cms_urlpatterns,
]
