"""Builds the demo site from ``loaders.demo.content``.

English pages are created and published first; French pages are then produced by
wagtail-localize from the English sources (TranslationSource -> PO file filled with the
French half of each ``T`` pair -> save_target), exactly as a translator's work would be.
Everything is looked up before it is created, so running the loader again changes nothing.
"""

import io
import re
import uuid
from datetime import datetime, time

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from api.conf import api_settings
from api.models import DocumentDetails, ImageAltText
from editorial.models import Commemoration, GlossaryTerm, Release, ReleaseItem
from editorial.organisation import setup_editorial
from events.models import EventIndexPage, EventPage
from home.models import (
    ContactPoint,
    ContactSettings,
    ContactSettingsText,
    HomePage,
    Member,
    SocialMediaSettings,
    StandardPage,
    TagLabel,
    TerminologyNote,
)
from loaders.demo import content
from loaders.demo.content import T
from loaders.translation import MissingTranslationError, translate
from membership.models import MembershipApplication
from news.models import NewsIndexPage, NewsPage, RemembrancePage
from practices.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    StrategyDocumentAttachment,
    StrategyDocumentPage,
    Theme,
)

BLOCK_ID_NAMESPACE = uuid.UUID("6f1d3f36-5f0e-4c8e-9a51-2f4a3c6f8b10")


def resolve(value, language):
    """The value in one language: T pairs are picked, containers are walked."""
    if isinstance(value, T):
        return getattr(value, language)
    if isinstance(value, dict):
        return {key: resolve(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [resolve(item, language) for item in value]
    return value


class DemoLoader:
    """Creates (or finds) every demo object and reports how many it created."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = {}
        self.images = {}
        self.pages = {}
        self.members = {}  # English name -> the English member
        # Sources whose existing translation must be brought up to date (a bare home page of
        # the site tree that the demo fills in).
        self.retranslate = set()

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def count(self, label):
        self.created[label] = self.created.get(label, 0) + 1

    # Entry point ---------------------------------------------------------------------

    @transaction.atomic
    def load(self):
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.fr = Locale.objects.get_or_create(language_code="fr")[0]
        self.user = self.ensure_admin()
        self.collection = self.ensure_collection("Demo")
        for key, (title, colour) in content.IMAGES.items():
            self.images[key] = self.ensure_image(key, title, colour)

        home = self.ensure_home()
        self.ensure_members()  # before the pages that link them
        for spec in content.STANDARD_PAGES:
            self.pages[spec["key"]] = self.ensure_page(home, StandardPage, spec, self.standard_fields)
        news_index = self.ensure_page(home, NewsIndexPage, content.NEWS_INDEX, self.base_fields)
        self.put_before(news_index, [self.pages[spec["key"]] for spec in content.STANDARD_PAGES])
        practice_index = self.ensure_page(home, GoodPracticeIndexPage, content.PRACTICE_INDEX, self.base_fields)
        for spec in content.NEWS:
            self.pages[spec["key"]] = self.ensure_page(news_index, NewsPage, spec, self.news_fields)
        for spec in content.REMEMBRANCES:
            self.pages[spec["key"]] = self.ensure_page(news_index, RemembrancePage, spec, self.remembrance_fields)
        event_index = self.ensure_page(home, EventIndexPage, content.EVENT_INDEX, self.base_fields)
        for spec in content.EVENTS:
            self.pages[spec["key"]] = self.ensure_page(event_index, EventPage, spec, self.event_fields)
        for spec in content.PRACTICES:
            self.ensure_page(practice_index, GoodPracticePage, spec, self.practice_fields)
        self.pages["strategy"] = self.ensure_page(home, StrategyDocumentPage, content.STRATEGY, self.strategy_fields)
        self.link_pages(home, news_index)

        self.ensure_terminology_note()
        self.ensure_contact_settings(home)
        self.ensure_image_alt_texts()
        self.ensure_tag_labels()

        # French: every English demo page, parents before children (other pages are left alone).
        for page in Page.objects.filter(locale=self.en, depth__gte=2).order_by("path").specific():
            french = self.french_instance(page)
            if french is not None:
                self.ensure_translation(page, french, update=page.pk in self.retranslate)
        self.put_before(
            news_index.get_translation(self.fr),
            [self.pages[spec["key"]].get_translation(self.fr) for spec in content.STANDARD_PAGES],
        )

        groups = setup_editorial()
        for username, group in content.DEMO_USERS.items():
            self.ensure_user(username, groups[group])
        self.ensure_release(news_index)
        self.ensure_commemorations()
        self.ensure_glossary()
        self.ensure_applications()
        self.ensure_renditions()
        return self.created

    # Users, media ------------------------------------------------------------------------

    def ensure_admin(self):
        User = get_user_model()
        user = User.objects.filter(is_superuser=True).order_by("pk").first()
        if user is None:
            from django.conf import settings

            user = User.objects.create_superuser("admin", "admin@example.org", settings.DEMO_ADMIN_PASSWORD)
            self.count("admin user")
        return user

    def ensure_user(self, username, group):
        """A demo account of one editorial group (same password as the admin)."""
        from django.conf import settings

        User = get_user_model()
        if User.objects.filter(username=username).exists():
            return
        user = User.objects.create_user(
            username,
            f"{username}@example.org",
            settings.DEMO_ADMIN_PASSWORD,
            # Wagtail's account form requires both names.
            first_name=username.title(),
            last_name="Demo",
        )
        user.groups.add(group)
        self.count("demo user")

    def ensure_collection(self, name):
        existing = Collection.objects.filter(name=name).first()
        if existing:
            return existing
        self.count("collection")
        return Collection.get_first_root_node().add_child(name=name)

    def ensure_image(self, key, title, colour):
        existing = Image.objects.filter(collection=self.collection, title=title).first()
        if existing:
            return existing
        from PIL import Image as PILImage
        from PIL import ImageDraw, ImageFont

        picture = PILImage.new("RGB", (1200, 675), colour)
        draw = ImageDraw.Draw(picture)
        for step in range(0, 675, 45):  # a few bands so renditions are not flat colour
            shade = tuple(min(255, channel + step // 9) for channel in colour)
            draw.rectangle([0, step, 1200, step + 22], fill=shade)
        draw.text((60, 560), title, fill="white", font=ImageFont.load_default(size=42))
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        image = Image(title=title, collection=self.collection)
        image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"demo-{key}.png")
        image.save()
        self.count("image")
        return image

    def ensure_document(self, language):
        title = resolve(content.STRATEGY["title"], language) + f" ({language.upper()})"
        existing = Document.objects.filter(collection=self.collection, title=title).first()
        if existing:
            DocumentDetails.objects.get_or_create(document=existing, defaults={"language": language})
            return existing
        document = Document(title=title, collection=self.collection)
        document.file.save(
            f"strategic-orientations-2014-2020-{language}.pdf",
            ContentFile(strategy_pdf(language)),
            save=False,
        )
        document.save()
        DocumentDetails.objects.update_or_create(document=document, defaults={"language": language})
        self.count("document")
        return document

    # Pages -------------------------------------------------------------------------------

    def ensure_home(self):
        site = Site.objects.filter(is_default_site=True).first()
        existing = HomePage.objects.filter(locale=self.en).first()
        if existing and existing.hero_image is None and not existing.body.raw_data:
            # The bare home page of the site tree (loaders.site_tree): the demo fills it in.
            for field, value in self.home_fields(content.HOME, "en").items():
                setattr(existing, field, value)
            existing.save_revision(user=self.user, log_action=True).publish(user=self.user)
            self.retranslate.add(existing.pk)
            self.count("HomePage (filled in)")
        if existing:
            return existing
        root = Page.get_first_root_node()
        if site is None:
            site = Site.objects.create(hostname="localhost", port=80, root_page=root, is_default_site=True)
        # Wagtail's initial "Welcome" page is replaced by the Alliance home page.
        welcome = Page.objects.filter(depth=2, content_type__model="page", numchild=0)
        site.root_page = root
        site.save()
        welcome.delete()
        home = self.ensure_page(root, HomePage, content.HOME, self.home_fields)
        site.root_page = home
        site.site_name = "European Alliance of Cities and Regions for Roma Inclusion"
        site.save()
        return home

    def ensure_page(self, parent, model, spec, fields_for):
        slug = spec["slug"].en
        existing = parent.get_children().filter(locale=self.en, slug=slug).first()
        if existing:
            return existing.specific
        page = model(locale=self.en, owner=self.user, **fields_for(spec, "en"))
        if "date" in spec:
            page.first_published_at = timezone.make_aware(datetime.combine(spec["date"], time(9)))
        parent.add_child(instance=page)
        if "themes" in spec:
            page.themes.set(Theme.objects.filter(code__in=spec["themes"]))
        if "tags" in spec:
            page.tags.add(*spec["tags"])
        if model is StrategyDocumentPage:
            for language in ("en", "fr"):
                page.attachments.add(
                    StrategyDocumentAttachment(document=self.ensure_document(language), language=language)
                )
        page.save_revision(user=self.user, log_action=True).publish(user=self.user)
        self.count(model.__name__)
        return page

    def put_before(self, sibling, pages):
        """Move ``pages`` (in their order) just before ``sibling`` when they come after it: the
        menu reads About us, History, ... News even when the indexes came first (site tree)."""
        for page in pages:
            sibling.refresh_from_db()
            page.refresh_from_db()
            if page.path > sibling.path:
                page.move(sibling, pos="left")

    def link_pages(self, home, news_index):
        """Fill the page-chooser fields once every English page exists."""
        changed = []
        if not home.featured.raw_data:
            home.featured = self.page_stream("home", "featured", content.HOME["featured"])
            changed.append(home)
        for spec in content.NEWS:
            page = self.pages[spec["key"]]
            if spec["related"] and not page.related_pages.raw_data:
                page.related_pages = self.page_stream(spec["key"], "related", spec["related"])
                changed.append(page)
        for spec in content.REMEMBRANCES:
            page = self.pages[spec["key"]]
            if spec["related_news"] and not page.related_news.raw_data:
                page.related_news = self.page_stream(spec["key"], "related_news", spec["related_news"])
                changed.append(page)
        for page in changed:
            page.save_revision(user=self.user).publish(user=self.user)

    def page_stream(self, page_key, field, keys):
        return [
            {"type": "page", "value": self.pages[key].pk, "id": self.block_id(page_key, field, index)}
            for index, key in enumerate(keys)
        ]

    # Field builders: one per page type, for one language -------------------------------

    @staticmethod
    def block_id(*parts):
        return str(uuid.uuid5(BLOCK_ID_NAMESPACE, ":".join(str(part) for part in parts)))

    def stream(self, page_key, field, blocks, language):
        """Raw StreamField data with stable block ids, so both languages line up."""
        data = []
        for index, (block_type, value) in enumerate(blocks):
            value = resolve(value, language)
            if isinstance(value, dict) and isinstance(value.get("image"), str):
                value = {**value, "image": self.images[value["image"]].pk}
            if isinstance(value, dict):
                # ListBlock values in their stored form, with stable ids as well.
                value = {
                    key: [
                        {"type": "item", "value": item, "id": self.block_id(page_key, field, index, key, position)}
                        for position, item in enumerate(items)
                    ]
                    if isinstance(items, list)
                    else items
                    for key, items in value.items()
                }
            data.append({"type": block_type, "value": value, "id": self.block_id(page_key, field, index)})
        return data

    def base_fields(self, spec, language):
        return {
            "title": resolve(spec["title"], language),
            "slug": resolve(spec["slug"], language),
            "intro": resolve(spec.get("intro", ""), language),
            "show_in_menus": spec.get("show_in_menus", False),
        }

    def home_fields(self, spec, language):
        return {
            **self.base_fields(spec, language),
            "hero_title": resolve(spec["hero_title"], language),
            "hero_text": resolve(spec["hero_text"], language),
            "hero_image": self.images[spec["hero_image"]],
            "key_figures": self.stream("home", "key_figures", spec["key_figures"], language),
            "body": self.stream("home", "body", spec["body"], language),
        }

    def standard_fields(self, spec, language):
        return {
            **self.base_fields(spec, language),
            "main_image": self.images.get(spec.get("main_image")),
            "body": self.stream(spec["key"], "body", spec["body"], language),
        }

    def news_fields(self, spec, language):
        return {
            **self.standard_fields(spec, language),
            "date": spec["date"],
        }

    def remembrance_fields(self, spec, language):
        speakers = [("speaker", speaker) for speaker in spec["speakers"]]
        return {
            **self.standard_fields(spec, language),
            "commemoration_date": spec["commemoration_date"],
            "year": spec["year"],
            "place": resolve(spec["place"], language),
            "speakers": self.stream(spec["key"], "speakers", speakers, language),
        }

    def event_fields(self, spec, language):
        return {
            **self.standard_fields(spec, language),
            "start_date": spec["start_date"],
            "time_zone": spec["time_zone"],
            "city": resolve(spec["city"], language),
            "country": spec["country"],
            "organiser": spec["organiser"],
            "member": self.members.get(spec.get("member")),
        }

    def practice_fields(self, spec, language):
        partners = [("partner", {"name": name, "url": ""}) for name in spec["partners"]]
        return {
            **self.base_fields(spec, language),
            "main_image": self.images["practice"],
            "country": spec["country"],
            "city_or_region": resolve(spec["city_or_region"], language),
            "member": self.members.get(spec.get("member")),
            "level": spec["level"],
            "status": spec["status"],
            "period_start": spec["period_start"],
            "period_end": spec["period_end"],
            "dosta_prize_year": spec["dosta_prize_year"],
            "results": resolve(spec["results"], language),
            "partners": self.stream(spec["key"], "partners", partners, language),
        }

    def strategy_fields(self, spec, language):
        action_lines = [("action_line", line) for line in spec["action_lines"]]
        return {
            **self.standard_fields(spec, language),
            "period_start": spec["period_start"],
            "period_end": spec["period_end"],
            "summary": resolve(spec["summary"], language),
            "action_lines": self.stream(spec["key"], "action_lines", action_lines, language),
        }

    def french_instance(self, page):
        """An unsaved copy of ``page`` holding the French demo texts, to read its segments;
        None for a page that is not part of the demo."""
        builders = {
            HomePage: (content.HOME, self.home_fields),
            NewsIndexPage: (content.NEWS_INDEX, self.base_fields),
            EventIndexPage: (content.EVENT_INDEX, self.base_fields),
            GoodPracticeIndexPage: (content.PRACTICE_INDEX, self.base_fields),
            StrategyDocumentPage: (content.STRATEGY, self.strategy_fields),
        }
        lists = {
            StandardPage: (content.STANDARD_PAGES, self.standard_fields),
            NewsPage: (content.NEWS, self.news_fields),
            EventPage: (content.EVENTS, self.event_fields),
            RemembrancePage: (content.REMEMBRANCES, self.remembrance_fields),
            GoodPracticePage: (content.PRACTICES, self.practice_fields),
        }
        model = type(page)
        if model in builders:
            spec, fields_for = builders[model]
            if spec["slug"].en != page.slug:
                return None
        elif model in lists:
            specs, fields_for = lists[model]
            spec = next((spec for spec in specs if spec["slug"].en == page.slug), None)
            if spec is None:
                return None
        else:
            return None
        return model(**fields_for(spec, "fr"))

    # Translation --------------------------------------------------------------------------

    def ensure_translation(self, source_instance, french_instance, publish=True, update=False):
        """Translate ``source_instance`` into French with the strings of ``french_instance``
        (``publish=False``: a draft, every string translated; ``update``: also when a
        translation exists, bringing it up to date with the source)."""
        if not update and source_instance.get_translation_or_none(self.fr) is not None:
            return
        french_strings = string_map(source_instance, french_instance)
        translate(
            source_instance,
            self.fr,
            lambda context, text: french_strings.get((context, text)),
            user=self.user,
            publish=publish,
            tool_name="load_demo_content",
        )
        self.count(f"{type(source_instance).__name__} (fr)")

    # Release, applications, renditions ----------------------------------------------------

    def ensure_release(self, news_index):
        """The next 2 August package: a remembrance page in English and its French translation,
        drafts (not submitted yet), gathered in an open release."""
        spec = content.RELEASE_2027["page"]
        page = news_index.get_children().filter(locale=self.en, slug=spec["slug"].en).first()
        if page is None:
            page = RemembrancePage(locale=self.en, owner=self.user, live=False, **self.remembrance_fields(spec, "en"))
            news_index.add_child(instance=page)
            page.save_revision(user=self.user, log_action=True)
            self.count("RemembrancePage (draft)")
        page = page.specific
        self.ensure_translation(page, RemembrancePage(**self.remembrance_fields(spec, "fr")), publish=False)
        release = Release.objects.filter(name=content.RELEASE_2027["name"]).first()
        if release is None:
            release = Release.objects.create(name=content.RELEASE_2027["name"])
            for position, item in enumerate((page, page.get_translation(self.fr))):
                ReleaseItem.objects.create(release=release, page=item, sort_order=position)
            self.count("release")

    def ensure_applications(self):
        for spec in content.APPLICATIONS:
            if MembershipApplication.objects.filter(idempotency_key=spec["idempotency_key"]).exists():
                continue
            fields = {key: value for key, value in spec.items() if key != "idempotency_key"}
            MembershipApplication.objects.create(
                **fields,
                idempotency_key=spec["idempotency_key"],
                submission_digest=MembershipApplication.digest(fields),
                consent_given_at=timezone.now(),
            )
            self.count("membership application")

    def ensure_renditions(self):
        """Every rendition the API offers of every demo image, made now: the first query of a
        news list with images answers at once instead of resizing them."""

        for image in self.images.values():
            image.get_renditions(*api_settings.IMAGE_RENDITIONS)

    # Snippets and settings ---------------------------------------------------------------

    def ensure_members(self):
        for name_en, name_fr, kind, country, latitude, longitude, website, joined_on, band in content.MEMBERS:
            details = {
                "website": website,
                "joined_on": joined_on,
                "population_band": band,
                "declaration_signed_on": content.DECLARATION_SIGNED.get(name_en),
            }
            profile = content.MEMBER_PROFILES.get(name_en, T("", ""))
            member = Member.objects.filter(locale=self.en, name=name_en).first()
            if member is None:
                member = Member.objects.create(
                    locale=self.en,
                    name=name_en,
                    kind=kind,
                    country=country,
                    latitude=latitude,
                    longitude=longitude,
                    profile=profile.en,
                    **details,
                )
                self.count("Member")
            elif not member.website:  # a demo database loaded before members had these details
                Member.objects.filter(translation_key=member.translation_key).update(**details)
            french = Member(name=name_fr, kind=kind, country=country, profile=profile.fr, **details)
            self.ensure_translation(member, french)
            self.members[name_en] = member

    def ensure_commemorations(self):
        for name, month, day, every_years, first_year, note in content.COMMEMORATIONS:
            _, created = Commemoration.objects.get_or_create(
                name=name,
                defaults={
                    "month": month,
                    "day": day,
                    "every_years": every_years,
                    "first_year": first_year,
                    "note": note,
                },
            )
            if created:
                self.count("Commemoration")

    def ensure_glossary(self):
        for source_term, target_term, note in content.GLOSSARY:
            _, created = GlossaryTerm.objects.get_or_create(
                source_language="en",
                target_language="fr",
                source_term=source_term,
                defaults={"target_term": target_term, "note": note},
            )
            if created:
                self.count("GlossaryTerm")

    def ensure_terminology_note(self):
        spec = content.TERMINOLOGY_NOTE
        note = TerminologyNote.objects.filter(locale=self.en, term=spec["term"].en).first()
        if note is None:
            note = TerminologyNote.objects.create(
                locale=self.en, term=spec["term"].en, definition=spec["definition"].en
            )
            self.count("TerminologyNote")
        self.ensure_translation(note, TerminologyNote(term=spec["term"].fr, definition=spec["definition"].fr))

    def ensure_image_alt_texts(self):
        for key, text in content.IMAGE_ALT_TEXTS.items():
            for locale in (self.en, self.fr):
                _, created = ImageAltText.objects.get_or_create(
                    image=self.images[key], locale=locale, defaults={"text": getattr(text, locale.language_code)}
                )
                if created:
                    self.count("image alt text")

    def ensure_tag_labels(self):
        for name, label in content.TAG_LABELS.items():
            tag = Tag.objects.filter(name=name).first()
            if tag is None:
                continue
            _, created = TagLabel.objects.get_or_create(tag=tag, locale=self.fr, defaults={"name": label.fr})
            if created:
                self.count("tag translation")

    def ensure_contact_settings(self, home):
        site = Site.objects.get(root_page=home)
        contact = ContactSettings.for_site(site)
        if not contact.organisation:
            for field, value in content.CONTACT.items():
                setattr(contact, field, value)
            contact.save()
            self.count("ContactSettings")
        if not contact.texts.filter(locale=self.fr).exists():
            ContactSettingsText.objects.create(settings=contact, locale=self.fr, **content.CONTACT_FR)
            self.count("ContactSettings (fr)")
        if not contact.contacts.exists():
            for language, details in content.OTHER_CONTACTS:
                ContactPoint.objects.create(settings=contact, locale=getattr(self, language), **details)
                self.count("ContactPoint")
        social_media = SocialMediaSettings.for_site(site)
        if not (social_media.facebook_url or social_media.x_url):
            social_media.facebook_url, social_media.x_url = content.SOCIAL_MEDIA
            social_media.save()
            self.count("SocialMediaSettings")


def string_map(source_instance, translated_instance):
    """{(segment path, source text): translated text} for two instances of one structure."""
    source_strings = [s for s in extract_segments(source_instance) if isinstance(s, StringSegmentValue)]
    target_strings = [s for s in extract_segments(translated_instance) if isinstance(s, StringSegmentValue)]
    if [s.path for s in source_strings] != [s.path for s in target_strings]:
        raise MissingTranslationError(
            f"The French demo content of {source_instance!r} does not have the English structure."
        )
    return {
        (source.path, source.render_text()): target.render_text()
        for source, target in zip(source_strings, target_strings, strict=True)
    }


def strategy_pdf(language):
    """A small PDF of the strategic orientations, generated so the demo needs no files."""
    from fpdf import FPDF

    strategy = resolve(content.STRATEGY, language)

    def latin1(text):
        text = re.sub(r"<[^>]+>", " ", text)
        for char, replacement in {"œ": "oe", "’": "'", "–": "-", "…": "...", "\u202f": " "}.items():
            text = text.replace(char, replacement)
        return " ".join(text.split()).encode("latin-1", "replace").decode("latin-1")

    def write(height, text):
        pdf.multi_cell(0, height, latin1(text), new_x="LMARGIN", new_y="NEXT")

    pdf = FPDF(format="A4")
    pdf.set_title(latin1(strategy["title"]))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    write(8, strategy["title"])
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    write(6, strategy["summary"])
    for line in strategy["action_lines"]:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        write(7, f"{line['number']} {line['title']}")
        pdf.set_font("Helvetica", size=11)
        write(6, line["description"])
        for measure in line["measures"]:
            write(6, f"- {measure}")
    return bytes(pdf.output())
