from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.db import transaction
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.views import AllianceGraphQLView, health
from editorial import views as editorial_views
from events import feeds as event_feeds
from events.feeds import EventAtomFeed, EventFeed
from home import views as home_views
from news.feeds import NewsAtomFeed, NewsFeed
from search import views as search_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Public API: its one mutation (membership applications) ignores the session, so CSRF does
    # not apply; reads need no transaction and the mutation opens its own.
    path(
        "graphql/",
        csrf_exempt(transaction.non_atomic_requests(AllianceGraphQLView.as_view(graphiql=settings.GRAPHIQL_ENABLED))),
        name="graphql",
    ),
    path("health/", health, name="health"),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # Editors' private calendar feed: its address is its key (calendar applications cannot sign in).
    path("editorial-calendar/<str:token>.ics", editorial_views.editorial_calendar_ics, name="editorial_calendar_ics"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages are served per language: /en/..., /fr/... (hreflang-ready, one URL per translation).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feeds/news.rss", NewsFeed(), name="news_rss"),
    path("feeds/news.atom", NewsAtomFeed(), name="news_atom"),
    path("feeds/events.rss", EventFeed(), name="events_rss"),
    path("feeds/events.atom", EventAtomFeed(), name="events_atom"),
    path("events.ics", event_feeds.calendar, name="events_ics"),
    path("", include(wagtail_urls)),
)
