"""A small bilingual site made with the factories: one live page of each content type in
English with its French translation (wagtail-localize), a picture with alt texts, a PDF used
by a strategy document, a member, a terminology note, contact and social media settings and a
tag label. For tests that walk every kind of content (the cache's dependency walk, fallback on
every list) without the demo."""

from types import SimpleNamespace

from taggit.models import Tag
from wagtail.models import Collection, Locale, Site

from api.models import DocumentDetails, ImageAltText
from events.models import EventIndexPage
from home.models import ContactSettings, ContactSettingsText, HomePage, SocialMediaSettings, TagLabel
from news.models import NewsIndexPage
from practices.models import GoodPracticeIndexPage, StrategyDocumentAttachment, Theme
from tests.factories import (
    EventPageFactory,
    GoodPracticePageFactory,
    MemberFactory,
    NewsPageFactory,
    RemembrancePageFactory,
    StandardPageFactory,
    StrategyDocumentPageFactory,
    TerminologyNoteFactory,
    translate,
)
from tests.media import make_document, make_image


def build_sample_site():
    """Make the sample site on top of the site tree and return its objects by name."""
    en = Locale.objects.get(language_code="en")
    fr = Locale.objects.get(language_code="fr")
    home = HomePage.objects.get(locale=en)
    collection = Collection.get_first_root_node()

    picture = make_image("Launch in Strasbourg", collection)
    ImageAltText.objects.create(image=picture, locale=en, text="Mayors at the launch of the Alliance")
    ImageAltText.objects.create(image=picture, locale=fr, text="Des maires au lancement de l'Alliance")
    pdf = make_document("Strategic orientations 2014-2020", collection, filename="orientations.pdf")
    DocumentDetails.objects.update_or_create(document=pdf, defaults={"language": "en"})

    about = StandardPageFactory(parent=home, title="About us", slug="about-us", show_in_menus=True)
    news = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=en), title="The Alliance is launched", main_image=picture
    )
    news.tags.add("Congress")
    remembrance = RemembrancePageFactory(
        parent=NewsIndexPage.objects.get(locale=en), title="Roma Genocide Remembrance Day", main_image=picture
    )
    event = EventPageFactory(
        parent=EventIndexPage.objects.get(locale=en), title="Roma Genocide Remembrance Day 2030", main_image=picture
    )
    practice = GoodPracticePageFactory(
        parent=GoodPracticeIndexPage.objects.get(locale=en), title="Roma health mediators", main_image=picture
    )
    practice.themes.set(Theme.objects.filter(code="health"))
    strategy = StrategyDocumentPageFactory(parent=home, title="Strategic orientations of the Alliance")
    strategy.attachments.add(StrategyDocumentAttachment(document=pdf, language="en"))
    pages = [about, news, remembrance, event, practice, strategy]
    for page in pages:
        page.save_revision().publish()
    home.featured = [("page", news)]
    home.save_revision().publish()
    translations = {page.pk: translate(page) for page in [*pages, home]}

    member = MemberFactory(name="Strasbourg", country="FR", latitude="48.573405", longitude="7.752111")
    translate(member)
    note = TerminologyNoteFactory()
    translate(note, texts={"Roma and Travellers": "Roms et Gens du voyage"})
    site = Site.objects.get(is_default_site=True)
    contact = ContactSettings.for_site(site)
    contact.organisation = "Congress of Local and Regional Authorities of the Council of Europe"
    contact.email = "alliance@example.org"
    contact.save()
    ContactSettingsText.objects.create(
        settings=contact, locale=fr, organisation="Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe"
    )
    social = SocialMediaSettings.for_site(site)
    social.rss_url = "https://www.example.org/en/feeds/news.rss"
    social.save()
    TagLabel.objects.create(tag=Tag.objects.get(name="Congress"), locale=fr, name="Congrès")
    return SimpleNamespace(
        picture=picture,
        pdf=pdf,
        about=about,
        news=news,
        remembrance=remembrance,
        event=event,
        practice=practice,
        strategy=strategy,
        french={page.pk: translations[page.pk] for page in pages},
        member=member,
        note=note,
    )
