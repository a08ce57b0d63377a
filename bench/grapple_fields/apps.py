"""The fields wagtail-grapple serves, declared on the models as its users declare them
(``graphql_fields``), before grapple's own ``ready()`` builds its schema from them."""

from django.apps import AppConfig

from api.apps import ApiConfig


class GrappleFieldsConfig(AppConfig):
    name = "bench.grapple_fields"
    label = "bench_grapple_fields"

    def ready(self):
        from grapple.models import (
            GraphQLCollection,
            GraphQLForeignKey,
            GraphQLImage,
            GraphQLPage,
            GraphQLStreamfield,
            GraphQLString,
            GraphQLTag,
        )
        from wagtail.models import Page

        from news.models import NewsPage
        from practices.models import GoodPracticePage

        def translated_pages(page):
            """The page in the other languages (what a grapple user adds for a language switcher)."""
            return page.get_translations().live().public().specific()

        def chosen_pages(page):
            """The related pages, as chosen (a page-chooser stream)."""
            ids = [block.value.pk for block in page.related_pages if block.value is not None]
            return Page.objects.live().public().filter(pk__in=ids).specific()

        NewsPage.translated_pages = property(translated_pages)
        NewsPage.chosen_pages = property(chosen_pages)
        NewsPage.graphql_fields = [
            GraphQLString("date"),
            GraphQLString("intro"),
            GraphQLTag("tags"),
            GraphQLImage("main_image"),
            GraphQLCollection(GraphQLPage, "translated_pages"),
            GraphQLCollection(GraphQLPage, "chosen_pages"),
            GraphQLStreamfield("body"),
        ]
        GoodPracticePage.graphql_fields = [
            GraphQLString("intro"),
            GraphQLString("city_or_region"),
            GraphQLString("status"),
            GraphQLString("level"),
            GraphQLString("country"),
            GraphQLCollection(GraphQLForeignKey, "themes", "practices.Theme"),
            GraphQLImage("main_image"),
        ]


class ApiWithoutItsSchemaConfig(ApiConfig):
    """The project's ``api`` app (its records and invalidation) without loading the project's
    GraphQL types: the grapple peer serves grapple's schema alone, whose type names (``Page``,
    ``NewsPage``) are the project's too."""

    def ready(self):
        from api import signals

        signals.connect()
