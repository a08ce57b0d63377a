"""The wagtail-grapple peer's URLs: grapple's own (``/graphql/``, as its documentation mounts
them) and the rest of the project's (admin, documents, health), without the project's API."""

from django.urls import include, path
from grapple import urls as grapple_urls

from cms.urls import urlpatterns as cms_urlpatterns

urlpatterns = [path("", include(grapple_urls))] + [
    pattern for pattern in cms_urlpatterns if getattr(pattern, "name", None) != "graphql"
]
