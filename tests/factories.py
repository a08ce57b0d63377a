"""factory_boy factories for the Alliance models (wagtail-factories for pages and media)."""

import contextlib
import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from events.models import EventIndexPage, EventPage
from home.models import HomePage, Member, StandardPage, TerminologyNote
from news.models import NewsIndexPage, NewsPage, RemembrancePage
from practices.models import GoodPracticeIndexPage, GoodPracticePage, StrategyDocumentPage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class AlliancePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    intro = factory.Faker("sentence")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class HomePageFactory(AlliancePageFactory):
    hero_title = "Cities and regions for Roma inclusion"

    class Meta:
        model = HomePage


class StandardPageFactory(AlliancePageFactory):
    class Meta:
        model = StandardPage


class NewsIndexPageFactory(AlliancePageFactory):
    class Meta:
        model = NewsIndexPage


class NewsPageFactory(AlliancePageFactory):
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = NewsPage


class EventIndexPageFactory(AlliancePageFactory):
    title = "Events"
    slug = factory.Sequence(lambda n: f"events-{n}")

    class Meta:
        model = EventIndexPage


class EventPageFactory(AlliancePageFactory):
    start_date = factory.Sequence(lambda n: datetime.date(2030, 1, 1) + datetime.timedelta(days=n))
    time_zone = "Europe/Paris"
    city = "Strasbourg"
    country = "FR"

    class Meta:
        model = EventPage


class RemembrancePageFactory(AlliancePageFactory):
    commemoration_date = datetime.date(2013, 8, 2)
    year = 2013
    place = "Strasbourg"

    class Meta:
        model = RemembrancePage


class GoodPracticeIndexPageFactory(AlliancePageFactory):
    class Meta:
        model = GoodPracticeIndexPage


class GoodPracticePageFactory(AlliancePageFactory):
    country = "RO"
    city_or_region = "Cluj County"
    level = GoodPracticePage.Level.REGIONAL
    status = GoodPracticePage.Status.PROMISING
    period_start = 2015

    class Meta:
        model = GoodPracticePage


class StrategyDocumentPageFactory(AlliancePageFactory):
    period_start = 2014
    period_end = 2020

    class Meta:
        model = StrategyDocumentPage


class MemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"City {n}")
    kind = Member.Kind.CITY
    country = "BG"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Member


class TerminologyNoteFactory(factory.django.DjangoModelFactory):
    term = "Roma and Travellers"
    definition = "<p>An umbrella term.</p>"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = TerminologyNote


def french_text(context, text):
    """The stand-in French of a source string: the text marked "(fr)", and a slug "-fr"."""
    return f"{text}-fr" if context == "slug" else f"{text} (fr)"


def translate(instance, locale_code="fr", texts=None, user=None, publish=True):
    """The translation of ``instance`` into ``locale_code`` made with wagtail-localize, every
    string filled (``texts`` maps a source text to its translation; other strings get
    ``french_text``); a page's translation is published unless ``publish=False``."""
    from loaders.translation import translate as translate_with_localize

    texts = texts or {}
    return translate_with_localize(
        instance,
        Locale.objects.get(language_code=locale_code),
        lambda context, text: texts.get(text, french_text(context, text)),
        user=user,
        publish=publish,
        tool_name="tests",
    )


@contextlib.contextmanager
def kept_for_the_module(django_db_blocker):
    """Build data once for a module of read-only tests (a module-scoped fixture): the data is
    made in a transaction that stays open while the module's tests run, each in a savepoint of
    its own, and rolled back at the end, as Django's TestCase does with setUpTestData."""
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
