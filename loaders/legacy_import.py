"""Import the pages of the Alliance's former website (plain-text exports) into the CMS.

Each file is one page. The importer

- drops the site furniture repeated in every file (header, "follow us", participation box,
  terminology note, contact box): any line found in at least two of the files, plus menu words;
- detects the language from common words (English or French);
- picks the page type: a long text with numbered sections and lines of action is a strategy
  document, an "About us"/"History"-like title a standard page, anything else a news item;
- creates the page as a draft (or publishes it with ``publish=True``) in the right language's
  tree: news under that language's news index, other pages under its home page.

Pages already present (same slug under the same parent) are left alone, so running the import
twice changes nothing. Everything happens in one transaction.
"""

import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from practices.models import StrategyDocumentPage

MENU_WORDS = {"accueil", "home", "news", "actualités"}
# A side box with a person's name and telephone number, as the old site put above some pages.
CONTACT_BOX = re.compile(r"\+\s?\d{2}\s?\(0\)\s?\d")
STANDARD_TITLES = re.compile(r"^(about|à propos|a propos|history|historique|participate|participer|contact)", re.I)
NUMBERED_HEADING = re.compile(r"^\s*(\d+(\.\d+)*)\.?\s+\S.{0,90}$")
PERIOD = re.compile(r"\b(19|20)(\d{2})\s*[-–]\s*(19|20)(\d{2})\b")
ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "which", "for", "with", "are", "will", "on"}
FRENCH_WORDS = {"le", "la", "les", "des", "et", "du", "une", "pour", "dans", "est", "aux", "sur", "que"}


class LegacyImportError(Exception):
    """The import cannot proceed (missing folder, missing language tree...)."""


@dataclass
class LegacyPage:
    path: Path
    language: str
    page_type: type
    title: str
    paragraphs: list
    removed_lines: int
    period: tuple | None = None
    action: str = ""
    parent: Page | None = None
    notes: list = field(default_factory=list)

    @property
    def slug(self):
        return slugify(self.title)[:80] or slugify(self.path.stem)

    @property
    def words(self):
        return sum(len(paragraph.split()) for paragraph in self.paragraphs)


def normalise(line):
    return " ".join(line.replace("\u00a0", " ").split())


def boilerplate_lines(texts):
    """Lines that stand in at least two files: the old site's header, boxes and footer."""
    counts = Counter()
    for text in texts:
        counts.update({normalise(line) for line in text.splitlines() if normalise(line)})
    return {line for line, count in counts.items() if count >= 2}


def detect_language(text):
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower())
    english = sum(1 for word in words if word in ENGLISH_WORDS)
    french = sum(1 for word in words if word in FRENCH_WORDS)
    return "fr" if french > english else "en"


def paragraphs_of(lines):
    """Join wrapped lines into paragraphs; blank lines separate paragraphs."""
    paragraphs, current = [], []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def parse(path, boilerplate):
    raw = path.read_text(encoding="utf-8")
    kept, removed = [], 0
    for line in raw.splitlines():
        text = normalise(line)
        if text in boilerplate or text.lower() in MENU_WORDS:
            removed += 1
            continue
        kept.append(text)
    paragraphs = paragraphs_of(kept)
    while paragraphs and CONTACT_BOX.search(paragraphs[0]) and len(paragraphs[0].split()) < 25:
        paragraphs.pop(0)
        removed += 1
    if not paragraphs:
        raise LegacyImportError(f"{path.name}: nothing left once the site's header and footer are removed.")
    body_text = " ".join(paragraphs)
    language = detect_language(body_text)
    numbered = sum(1 for paragraph in paragraphs if NUMBERED_HEADING.match(paragraph))
    period = PERIOD.search(body_text)
    if numbered >= 3 and len(body_text.split()) > 1500:
        page_type = StrategyDocumentPage
        period = (int(period.group(1) + period.group(2)), int(period.group(3) + period.group(4))) if period else None
        label = "Document d'orientation" if language == "fr" else "Strategy document"
        title = f"{label} {period[0]}-{period[1]}" if period else paragraphs[0]
    else:
        title = paragraphs.pop(0)
        page_type = StandardPage if STANDARD_TITLES.match(title) else NewsPage
        period = None
    return LegacyPage(path, language, page_type, title[:255], paragraphs, removed, period)


def body_blocks(paragraphs):
    blocks = []
    for paragraph in paragraphs:
        if NUMBERED_HEADING.match(paragraph) or (
            len(paragraph) < 70 and not paragraph.endswith((".", ":", ";", "»", '"'))
        ):
            blocks.append(
                {"type": "heading", "value": {"text": paragraph[:255], "level": "h2"}, "id": str(uuid.uuid4())}
            )
        else:
            blocks.append({"type": "paragraph", "value": f"<p>{escape(paragraph)}</p>", "id": str(uuid.uuid4())})
    return blocks


def parent_for(item):
    locale = Locale.objects.filter(language_code=item.language).first()
    home = HomePage.objects.filter(locale=locale).first() if locale else None
    if home is None:
        raise LegacyImportError(
            f"{item.path.name}: no home page in '{item.language}'. Create the site tree first "
            "(manage.py load_demo_content, or translate the home page)."
        )
    if item.page_type is NewsPage:
        index = NewsIndexPage.objects.child_of(home).first()
        if index is None:
            raise LegacyImportError(f"{item.path.name}: no news index under the '{item.language}' home page.")
        return index
    return home


def build_page(item):
    fields = {"title": item.title, "slug": item.slug, "locale": item.parent.locale, "live": False}
    intro = item.paragraphs[0] if item.paragraphs and item.page_type is NewsPage else ""
    body = body_blocks(item.paragraphs[1:] if intro else item.paragraphs)
    if item.page_type is StrategyDocumentPage:
        start, end = item.period or (2014, 2020)
        return StrategyDocumentPage(**fields, period_start=start, period_end=end, body=body)
    if item.page_type is NewsPage:
        return NewsPage(**fields, intro=intro[:1000], body=body)
    return StandardPage(**fields, body=body)


def import_legacy_site(folder, dry_run=False, publish=False, user=None):
    """Import every ``*.txt`` file of ``folder``. Returns the LegacyPage list with the action
    taken on each ("create", "exists", or "would create" in a dry run)."""
    folder = Path(folder)
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise LegacyImportError(f"No .txt files in {folder}.")
    boilerplate = boilerplate_lines(path.read_text(encoding="utf-8") for path in files)
    items = [parse(path, boilerplate) for path in files]
    with transaction.atomic():
        for item in items:
            item.parent = parent_for(item)
            if item.parent.get_children().filter(slug=item.slug).exists():
                item.action = "exists"
                continue
            if dry_run:
                item.action = "would create"
                continue
            page = build_page(item)
            item.parent.add_child(instance=page)
            revision = page.save_revision(user=user, log_action=True)
            if publish:
                revision.publish(user=user)
            item.action = "create"
    return items
