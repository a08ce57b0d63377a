"""The site tree a fresh install needs before anything is written: English and French, the
default site on an Alliance home page, the news, events and good-practice indexes (French
pages made by wagtail-localize from the English ones) and the editorial groups and workflow.

The demo content and the legacy importer build on it; the test suite starts from it alone,
so tests make what they need with factories instead of leaning on the demo's pages.
"""

from django.db import transaction

from editorial.organisation import setup_editorial
from events.models import EventIndexPage
from home.models import HomePage
from loaders.demo import content
from loaders.demo.loader import DemoLoader, resolve
from news.models import NewsIndexPage
from practices.models import GoodPracticeIndexPage

INDEXES = (
    (NewsIndexPage, content.NEWS_INDEX),
    (GoodPracticeIndexPage, content.PRACTICE_INDEX),
    (EventIndexPage, content.EVENT_INDEX),
)


class SiteTreeLoader(DemoLoader):
    """Creates (or finds) the home page and the section indexes in both languages, nothing
    else: no content page, image, member or setting."""

    def __init__(self, stdout=None, create_admin=True):
        super().__init__(stdout)
        # The importer builds the tree on a real install: no demo account with the demo password.
        self.create_admin = create_admin

    @transaction.atomic
    def load(self):
        from django.contrib.auth import get_user_model
        from wagtail.models import Locale

        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.fr = Locale.objects.get_or_create(language_code="fr")[0]
        if self.create_admin:
            self.user = self.ensure_admin()
        else:
            self.user = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
        home = self.ensure_home()
        self.ensure_translation(home, HomePage(**self.home_fields(content.HOME, "fr")))
        for model, spec in INDEXES:
            index = self.ensure_page(home, model, spec, self.base_fields)
            self.ensure_translation(index, model(**self.base_fields(spec, "fr")))
        setup_editorial()
        return self.created

    def home_fields(self, spec, language):
        # The bare home page: its pictures, figures and body are demo content.
        return {
            **self.base_fields(spec, language),
            "hero_title": resolve(spec["hero_title"], language),
            "hero_text": resolve(spec["hero_text"], language),
        }
