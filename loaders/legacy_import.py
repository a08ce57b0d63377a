"""Import the pages of the Alliance's former website (plain-text exports) into the CMS.

Each file is one page. The importer

- drops the site's furniture: the header, navigation, "follow us", participation box and
  terminology note (known phrases, and any line found in two files or more), contact boxes
  (a telephone or fax line with the name and address lines above it), photo captions,
  "->" links and the next item's headline glued at the end of a news item;
- detects the language from common words (English or French);
- picks the page type: a long text with numbered sections is a strategy document; an "About
  us"/"History"-like title a standard page; a news text about 2 August or the Roma genocide a
  remembrance page; anything else a news item;
- reads dates in English and French ("2 August", "14 October 2013", "le 2 août 2014"); a date
  without its year takes the latest year the text gives (not counting "since 2011"), else the
  year of the other news of the same import, and the report says so;
- structures strategy documents: period and title (from the document, else from the import's
  pages that name it: "orientations stratégiques de l'Alliance pour 2014-2020"), summary (the
  first paragraph of its first section), lines of action (a numbered sub-heading followed by a
  list of measures), bullet lists as lists, footnotes as notes at the end;
- links a French and an English file that are the same page (they share most of their numbers
  and proper names) as translations of each other (same translation key);
- creates each page as a draft (or publishes it with ``publish=True``), or, when a page with
  the same slug (or the translation of the page it corresponds to, or, for news, the same
  press release under a reworded title or as the other news type) exists, saves the import as
  a new draft revision of it; an unchanged page is skipped, so running the import twice
  changes nothing;
- on a fresh install, first creates the site tree the pages go into (loaders.site_tree);
- reports what an editor should check: a date it could not read from the text itself (a day
  the text announces is an event's, not its own), a strategy document whose own period
  differs from the one the site names it by.

Everything happens in one transaction: a failure leaves the database as it was.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, RemembrancePage
from practices.models import StrategyDocumentPage

MENU_WORDS = {"accueil", "home", "news", "actualités"}
# The old site's furniture, whatever the number of files imported at once.
FURNITURE = [
    re.compile(pattern, re.I)
    for pattern in [
        r"^«?L’Alliance»? combat les discriminations envers les Roms",
        r"^L’Alliance opère sous le contrôle du Conseil",
        r"^(suis|suivez)[- ]nous sur\s*:?$",
        r"^follow us( on)?\s*:?$",
        r"^(facebook|twitter|rss)( (facebook|twitter|rss))*$",
        r"^Participer à l'Alliance$",
        r"^Si vous souhaitez que votre collectivité participe",
        r"^Veuillez noter$",
        r"^Le terme \"Roms et Gens du Voyage\" est utilisé par le Conseil",
    ]
]
PHONE_LINE = re.compile(r"^(tel|tél|fax|phone|téléphone)\s*[.:]|^\+\s?\d{2}\s?\(0\)\s?\d", re.I)
WEB_LINE = re.compile(r"^(website|web|site web|site internet)\b[^:]{0,40}:\s*\S+$", re.I)
STANDARD_TITLES = re.compile(r"^(about|à propos|a propos|history|historique|participate|participer|contact)", re.I)
SECTION = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
SUBSECTION = re.compile(r"^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$")
NUMBERED_ITEM = re.compile(r"^(\d{1,2})\.\s+(.*)$")
BULLET = re.compile(r"^(?:[\uf0b7•▪●◦–-]|o)\s+(.*)$")
ANNEX = re.compile(r"^(ANNEXE|ANNEX|APPENDIX)\b")
QUESTION_HEADING = re.compile(r"^[A-ZÀ-Ý][^.?!]{0,30}\?$")
TERMINAL = (".", ":", ";", "!", "?", "»", '"', "”")
URL = re.compile(r"https?://\S+")
PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")
ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "which", "for", "with", "are", "will", "on"}
FRENCH_WORDS = {"le", "la", "les", "des", "et", "du", "une", "pour", "dans", "est", "aux", "sur", "que"}
REMEMBRANCE_WORDS = re.compile(r"remembrance|commemorat|commémor|genocide|génocide|pharrajimos|holocaust", re.I)
# The site's own pages name its strategy documents: "les orientations stratégiques de
# l'Alliance pour 2014-2020", "the Alliance's strategic orientations 2014-2020".
STRATEGY_NAMES = {
    "fr": re.compile(
        r"orientations stratégiques de l[’']Alliance (?:pour )?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})"
    ),
    "en": re.compile(
        r"strategic orientations (?:of the Alliance )?(?:for )?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", re.I
    ),
}
STRATEGY_TITLES = {
    "fr": "Orientations stratégiques de l'Alliance {0}-{1}",
    "en": "Strategic orientations of the Alliance {0}-{1}",
}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip
MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
DAY_MONTH = re.compile(rf"\b(1er|\d{{1,2}})\s+{MONTH}(?:\s+((?:19|20)\d{{2}}))?\b", re.I)
YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
OWN_PERIOD = re.compile(r"\b(?:période|period)\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b", re.I)
FOOTNOTE = re.compile(r"^\[(?:\d{1,2})\]\s*(\S.*)$")
FOOTNOTE_CALL = re.compile(r"\s?\[\d{1,2}\]")
NOTES_HEADING = {"en": "Notes", "fr": "Notes"}
# Days a text announces ("will be held in Albena on 14 October") are its events', not its own.
ANNOUNCED = re.compile(
    r"\b(will (?:be held|take place|be launched)|aura lieu|auront lieu|se tiendr|is still to be set|reste à fixer)",
    re.I,
)
SINCE_YEAR = re.compile(rf"\b(?:since|depuis)\s+(?:(?:1er|\d{{1,2}})\s+)?(?:{MONTH}\s+)?((?:19|20)\d{{2}})\b", re.I)


class LegacyImportError(Exception):
    """The import cannot proceed (missing folder, missing language tree...)."""


@dataclass
class Block:
    """A piece of a page body: a heading (level 2 or 3), a paragraph, or a list."""

    kind: str
    text: str = ""
    level: int = 2
    items: list = field(default_factory=list)
    ordered: bool = False


@dataclass
class LegacyPage:
    path: Path
    language: str
    page_type: type
    title: str
    blocks: list
    removed_lines: int
    intro: str = ""
    date: date | None = None
    period: tuple | None = None
    summary: str = ""
    action_lines: list = field(default_factory=list)
    speakers: list = field(default_factory=list)
    place: str = ""
    notes: list = field(default_factory=list)
    fingerprint: set = field(default_factory=set)
    text: str = ""
    events: list = field(default_factory=list)
    translation_of: LegacyPage | None = None
    action: str = ""
    reason: str = ""
    parent: Page | None = None
    target: Page | None = None
    page: Page | None = None

    @property
    def slug(self):
        return short_slug(self.title) or slugify(self.path.stem)

    @property
    def words(self):
        return len(self.text.split())


def short_slug(title, length=80):
    """The title's slug cut after a whole word within ``length`` ("...-to-commit", never "-to-")."""
    slug = slugify(title)
    if len(slug) > length:
        slug = slug[: length + 1].rsplit("-", 1)[0] if "-" in slug[:length] else slug[:length]
    return slug.strip("-")


def normalise(line):
    return " ".join(line.replace("\u00a0", " ").split())


def boilerplate_lines(texts):
    """Lines that stand in at least two files: the old site's header, boxes and footer."""
    counts = Counter()
    for text in texts:
        counts.update({normalise(line) for line in text.splitlines() if normalise(line)})
    return {line for line, count in counts.items() if count >= 2}


def is_furniture(line, boilerplate):
    return line in boilerplate or line.lower() in MENU_WORDS or any(pattern.search(line) for pattern in FURNITURE)


def detect_language(text):
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower())
    english = sum(1 for word in words if word in ENGLISH_WORDS)
    french = sum(1 for word in words if word in FRENCH_WORDS)
    return "fr" if french > english else "en"


def ends_sentence(text):
    return text.rstrip().endswith(TERMINAL)


def headline_like(text, words=20):
    return len(text.split()) <= words and not ends_sentence(text) and not URL.search(text)


# Paragraphs ---------------------------------------------------------------------------------


def starts_block(line):
    return bool(SECTION.match(line) or SUBSECTION.match(line) or BULLET.match(line) or ANNEX.match(line))


def paragraphs_of(lines):
    """Paragraphs as lists of lines: blank lines separate them, and a numbered heading, an
    annex or a bullet starts a new one (PDF exports lose the blank line at page breaks)."""
    paragraphs, current = [], []
    for line in lines:
        if not line or (current and starts_block(line)):
            if current:
                paragraphs.append(current)
            current = [line] if line else []
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def extract_footnotes(lines):
    """(the lines without the footnotes, {number: footnote}) of a PDF export, where a footnote
    is a line with its number alone, its text (across page breaks, URLs cut at the margin),
    and ends at the next footnote, a heading, or a capitalised line after a finished sentence
    or a link. Links the export repeats after the footnotes are dropped."""
    body, footnotes, number, previous = [], {}, None, ""
    for line in lines:
        if re.fullmatch(r"\d", line):
            number, previous = line, ""
            footnotes[number] = ""
            continue
        if number is not None and line:
            resumes = starts_block(line) or (
                line[:1].isupper() and (ends_sentence(previous) or URL.search(previous)) and not URL.match(line)
            )
            if not resumes:
                text = footnotes[number]
                if URL.match(line) and any(line.rstrip("? ") in note for note in footnotes.values()):
                    pass  # repeated link
                elif URL.search(previous) and " " not in line:
                    footnotes[number] = text + line  # a link cut at the margin
                else:
                    footnotes[number] = (text + " " + line).strip()
                previous = line
                continue
            number = None
        if number is None:
            body.append(line)
    return body, {key: without_footnote_marks(text) for key, text in footnotes.items()}


def join_broken(paragraphs):
    """Join a paragraph cut by a page break: it does not end a sentence and the next starts in
    lower case."""
    joined = []
    for lines in paragraphs:
        first = lines[0]
        if joined and first[:1].islower() and not ends_sentence(joined[-1][-1]) and not BULLET.match(first):
            joined[-1] = joined[-1] + lines
        else:
            joined.append(list(lines))
    return joined


def remove_contact_boxes(paragraphs):
    """Drop each telephone/fax paragraph with the short name and address lines above it, and
    "website: ..." lines. Returns (kept paragraphs, number of lines removed)."""
    kept, removed = [], 0
    for lines in paragraphs:
        if any(PHONE_LINE.search(line) for line in lines) and len(" ".join(lines).split()) < 40:
            removed += len(lines)
            while kept and len(kept[-1]) <= 3 and all(headline_like(line, 12) for line in kept[-1]):
                removed += len(kept.pop())
            continue
        if len(lines) == 1 and (WEB_LINE.match(lines[0]) or lines[0].startswith("->")):
            removed += 1
            continue
        kept.append(lines)
    return kept, removed


def without_footnote_marks(text):
    """Footnote calls a PDF export leaves in the text: "Roms1 aux", "en 2010 2 et", "nécessaire.4"."""
    text = re.sub(r"(?<=[^\W\d_])\d(?=[\s.,;:)]|$)", "", text)
    text = re.sub(r"(?<=\d{4}) \d(?= *[,;.]| +et\b| +and\b)", "", text)
    text = re.sub(r"(?<=[.;:]) ?\d$", "", text)
    return " ".join(text.split())


# Dates ------------------------------------------------------------------------------------


def first_date(text, default_year=None):
    """(date, how the year was found) of the first day and month the text gives, or (None, "")."""
    match = DAY_MONTH.search(text)
    if not match:
        return None, ""
    day = 1 if match.group(1).lower() == "1er" else int(match.group(1))
    month = MONTHS[match.group(2).lower()]
    if match.group(3):
        year, how = int(match.group(3)), ""
    else:
        since = {int(found.group(2)) for found in SINCE_YEAR.finditer(text)}
        years = [int(year) for year in YEAR.findall(text) if int(year) not in since]
        if years:
            year, how = max(years), f"year {max(years)} from the text"
        elif default_year:
            year, how = default_year, f"year {default_year} not in the text: from the other news of this import"
        else:
            return None, "no year in the text"
    try:
        return date(year, month, day), how
    except ValueError:
        return None, ""


def own_date(text, default_year=None):
    """(date, how) of the first day the text gives of its own: not one it announces ("events
    will be held in Albena on 14 October"), which is an event's, not the text's."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    found, how = first_date(
        " ".join(sentence for sentence in sentences if not ANNOUNCED.search(sentence)), default_year
    )
    if found is None:
        announced, _how = first_date(text, default_year)
        if announced is not None:
            return (
                None,
                f"no date of its own: {announced.isoformat()}, the first day it gives, is an event it announces",
            )
    return found, how


# Parsing ----------------------------------------------------------------------------------


def parse(path, boilerplate):
    raw = path.read_text(encoding="utf-8")
    lines, removed = [], 0
    for line in raw.splitlines():
        text = normalise(line)
        if text and is_furniture(text, boilerplate):
            removed += 1
            continue
        lines.append(text)
    lines, footnotes = extract_footnotes(lines)
    paragraphs = join_broken(paragraphs_of(lines))
    # A side box with a person's name and telephone number above some pages.
    while paragraphs and any(PHONE_LINE.search(line) for line in paragraphs[0]) and len(paragraphs[0]) <= 4:
        removed += len(paragraphs.pop(0))
    paragraphs, contact_lines = remove_contact_boxes(paragraphs)
    removed += contact_lines
    notes = []
    # The next item's headline, glued after the end of a news item.
    while len(paragraphs) > 1 and len(paragraphs[-1]) == 1 and headline_like(paragraphs[-1][0]):
        notes.append(f"next item's headline dropped: «{paragraphs[-1][0]}»")
        removed += len(paragraphs.pop())
    if not paragraphs:
        raise LegacyImportError(f"{path.name}: nothing left once the site's header and footer are removed.")
    text = " ".join(" ".join(lines) for lines in paragraphs)
    language = detect_language(text)
    sections = sum(1 for lines in paragraphs if SECTION.match(lines[0]) or SUBSECTION.match(lines[0]))
    if sections >= 3 and len(text.split()) > 1500:
        item = parse_strategy(path, paragraphs, language, footnotes)
    else:
        item = parse_page(path, paragraphs, language)
    item.removed_lines = removed
    item.notes = notes + item.notes
    item.text = text
    item.fingerprint = fingerprint(text)
    return item


def fingerprint(text):
    """The numbers and proper names of a text: the same in its French and English versions."""
    names = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-zäöüéèšž]+(?:[- ][A-Z][a-zäöüéèšž]+)*)", text)
    return set(YEAR.findall(text)) | {name for name in names if len(name) > 3}


def plain_blocks(paragraphs):
    """Headings, paragraphs and lists of a standard page or news item."""
    blocks = []
    for lines in paragraphs:
        text = " ".join(lines)
        numbered = NUMBERED_ITEM.match(text)
        if numbered and headline_like(text, 16):
            blocks.append(Block("heading", numbered.group(2), level=3))
        elif numbered:
            if blocks and blocks[-1].kind == "list" and blocks[-1].ordered:
                blocks[-1].items.append(numbered.group(2))
            else:
                blocks.append(Block("list", items=[numbered.group(2)], ordered=True))
        elif headline_like(text, 8):
            blocks.append(Block("heading", text, level=2))
        else:
            blocks.append(Block("paragraph", text))
    return blocks


def bracketed_footnotes(paragraphs):
    """(paragraphs without web-page footnotes, the notes): a paragraph "[1] In line with..." is
    a footnote, and "[1]" calls in the text go (the notes close the page)."""
    kept, notes = [], []
    for lines in paragraphs:
        text = " ".join(lines)
        note = FOOTNOTE.match(text)
        if note:
            notes.append(note.group(1))
            continue
        kept.append([" ".join(FOOTNOTE_CALL.sub("", line).split()) for line in lines])
    return kept, notes


def with_notes(blocks, notes, language):
    if notes:
        blocks.append(Block("heading", NOTES_HEADING[language], level=3))
        blocks.append(Block("list", items=notes, ordered=True))
    return blocks


def parse_page(path, paragraphs, language):
    title = " ".join(paragraphs.pop(0))
    paragraphs, footnotes = bracketed_footnotes(paragraphs)
    if STANDARD_TITLES.match(title):
        blocks = with_notes(plain_blocks(paragraphs), footnotes, language)
        page = LegacyPage(path, language, StandardPage, title[:255], blocks, 0)
        if footnotes:
            page.notes.append(f"{len(footnotes)} footnote(s) moved to the end, their [n] calls removed")
        return page
    notes, captions = [], []
    # Photo captions and credits between the headline and the text: no picture came with them.
    while paragraphs and len(paragraphs[0]) == 1 and headline_like(paragraphs[0][0], 5):
        captions.append(paragraphs.pop(0)[0])
    intro = " ".join(paragraphs.pop(0)) if paragraphs else ""
    body_text = intro + " " + " ".join(" ".join(lines) for lines in paragraphs)
    blocks = with_notes(plain_blocks(paragraphs), footnotes, language)
    item = LegacyPage(path, language, NewsPage, title[:255], blocks, 0, intro=intro, notes=notes)
    found, _how = first_date(body_text)
    about_remembrance = len(REMEMBRANCE_WORDS.findall(title + " " + body_text)) >= 2
    if about_remembrance and found is not None and (found.month, found.day) == (8, 2):
        item.page_type = RemembrancePage
        place = re.search(r"(?:ceremony|cérémonie)[^.]*?\b(?:in|à) ([A-Z][\w-]+)", body_text)
        item.place = place.group(1) if place else ""
        item.speakers = speakers_of(captions, body_text)
    speakers = {speaker["name"] for speaker in item.speakers}
    dropped = [caption for caption in captions if caption not in speakers]
    if speakers:
        item.notes.append("caption kept as the speaker quoted: " + ", ".join(f"«{name}»" for name in speakers))
    if dropped:
        item.notes.append("caption dropped (no picture came with it): " + ", ".join(f"«{name}»" for name in dropped))
    return item


def speakers_of(captions, text):
    """A caption naming someone the text quotes ("in the words of NAME, ROLE."): a speaker."""
    speakers = []
    for name in captions:
        said = re.search(
            rf"(?:words of|said|says|declared|selon|a déclaré|les mots de)\s+{re.escape(name)}, ([^.]+)\.", text
        )
        if not said:
            continue
        quote = re.search(r"“([^”]+)”", text)
        speakers.append({"name": name, "role": said.group(1)[:255], "quote": quote.group(1) if quote else ""})
    return speakers


def parse_strategy(path, paragraphs, language, footnotes):
    blocks, action_lines = [], []
    index = 0
    while index < len(paragraphs):
        lines = paragraphs[index]
        text = without_footnote_marks(" ".join(lines))
        index += 1
        sub = SUBSECTION.match(text)
        section = SECTION.match(text)
        if sub or section:
            heading, rest = heading_and_rest(lines)
            heading = without_footnote_marks(heading)
            number = (sub or section).group(1)
            title = (SUBSECTION.match(heading) or SECTION.match(heading)).group(2)
            measures = []
            while index < len(paragraphs) and BULLET.match(paragraphs[index][0]) and not rest:
                measures.append(without_footnote_marks(BULLET.match(" ".join(paragraphs[index])).group(1)))
                index += 1
            if sub and measures:
                action_lines.append({"number": number, "title": title.rstrip(" :"), "measures": measures})
                continue
            blocks.append(Block("heading", f"{number} {title}" if sub else f"{number}. {title}", level=3 if sub else 2))
            if measures:
                blocks.append(Block("list", items=measures))
            if rest:
                blocks.append(Block("paragraph", without_footnote_marks(" ".join(rest))))
            continue
        if ANNEX.match(text):
            blocks.append(Block("heading", text, level=2))
            continue
        if QUESTION_HEADING.match(lines[0]):
            blocks.append(Block("heading", lines[0], level=3))
            if len(lines) > 1:
                blocks.append(Block("paragraph", without_footnote_marks(" ".join(lines[1:]))))
            continue
        bullet = BULLET.match(text)
        if bullet:
            if blocks and blocks[-1].kind == "list":
                blocks[-1].items.append(bullet.group(1))
            else:
                blocks.append(Block("list", items=[bullet.group(1)]))
            continue
        blocks.append(Block("paragraph", text))
    if footnotes:
        blocks.append(Block("heading", "Notes", level=2))
        blocks.append(Block("list", items=[f"{number}. {note}" for number, note in footnotes.items()]))
    summary = next((block.text for block in blocks if block.kind == "paragraph"), "")
    item = LegacyPage(path, language, StrategyDocumentPage, "", blocks, 0, summary=summary, action_lines=action_lines)
    item.notes.append(f"{len(action_lines)} lines of action, {len(footnotes)} footnotes")
    return item


def heading_and_rest(lines):
    """A numbered heading runs over its wrapped lines (a long first line is wrapped) up to a
    colon or a bullet; the lines after it are text."""
    heading, rest = [lines[0]], list(lines[1:])
    if len(lines[0]) >= 85:
        while rest and not heading[-1].rstrip().endswith(":") and not BULLET.match(rest[0]):
            heading.append(rest.pop(0))
    return " ".join(heading), rest


# The import as a whole ----------------------------------------------------------------------


def name_strategy_documents(items):
    """Title and period of each strategy document: from a heading of its own, else from the
    pages of the import that name the Alliance's strategic orientations, else from its text."""
    for item in items:
        if item.page_type is not StrategyDocumentPage:
            continue
        named = None
        for other in items:
            match = STRATEGY_NAMES[item.language].search(other.text) if other is not item else None
            if match:
                named = (int(match.group(1)), int(match.group(2)))
                item.notes.append(f"title from {other.path.name}")
                break
        if named is None:
            period = PERIOD.search(item.text)
            named = (int(period.group(1)), int(period.group(2))) if period else None
            item.notes.append("title and period from the text" if named else "no period found")
        own = OWN_PERIOD.search(item.text)
        if named and own and (int(own.group(1)), int(own.group(2))) != named:
            item.notes.append(
                f"CONFLICT: the document itself says «{own.group(0)}», the site names it {named[0]}-{named[1]}: "
                f"kept {named[0]}-{named[1]}; an editor should check which is right"
            )
        item.period = named
        label = STRATEGY_TITLES[item.language]
        item.title = label.format(*named) if named else label.split(" {")[0]


def date_news(items):
    dated = {}
    for item in items:
        if item.page_type in (NewsPage, RemembrancePage):
            item.date, how = own_date(item.intro + " " + " ".join(block.text for block in item.blocks))
            if item.date:
                dated[item.path] = item.date
            if how:
                item.notes.append(how)
    latest_year = max((found.year for found in dated.values()), default=None)
    for item in items:
        if item.page_type in (NewsPage, RemembrancePage) and item.date is None:
            item.date, how = own_date(item.intro + " " + " ".join(b.text for b in item.blocks), latest_year)
            item.notes[-1:] = [how or "no date in the text"]
        if item.page_type is NewsPage:
            year = item.date.year if item.date else latest_year
            item.events = announced_events(item, year) if year else []
            for place in PAST_MEETING.findall(item.intro + " " + " ".join(b.text for b in item.blocks)):
                item.notes.append(
                    f"a meeting that took place in {place} has no date in the text: no event made for it "
                    "(add it in the admin with its date)"
                )


def pair_translations(items):
    """Link each non-English item to the English item of the same type it shares most years
    and proper names with: at least 5, and 30% of the smaller set (names are partly translated,
    "Council of Europe" / "Conseil de l'Europe", but people, places and years are not)."""
    english = [item for item in items if item.language == "en"]
    for item in items:
        if item.language == "en":
            continue
        best, score = None, 0.0
        for candidate in english:
            if candidate.page_type is not item.page_type:
                continue
            common = len(item.fingerprint & candidate.fingerprint)
            smaller = min(len(item.fingerprint), len(candidate.fingerprint)) or 1
            if common >= 5 and common / smaller > score:
                best, score = candidate, common / smaller
        if best is not None and score >= 0.3:
            item.translation_of = best
            item.notes.append(f"translation of {best.path.name} ({score:.0%} of names and years shared)")


@dataclass
class AnnouncedEvent:
    """An event a news text announces ("will be held in Albena, Bulgaria on 14 October"), or
    one whose date "is still to be set" (known to the year only)."""

    city: str
    country: str
    day: date
    precision: str = "day"
    action: str = ""
    reason: str = ""
    page: Page | None = None

    def title(self, language):
        where = self.city or COUNTRY_NAMES.get(self.country, self.country)
        return EVENT_TITLES[language].format(where=where)

    def slug(self, language):
        return short_slug(self.title(language))


EVENT_TITLES = {"en": "Launch of ROMACT and ROMED2 in {where}", "fr": "Lancement de ROMACT et ROMED2 à {where}"}
EVENT_INTROS = {"en": "Announced in “{news}”.", "fr": "Annoncé dans « {news} »."}
COUNTRY_NAMES = {}
ANNOUNCED_AT = re.compile(rf"\bin ([A-ZÀ-Ž][\w-]+), ([A-Z][a-z]+) on (\d{{1,2}}) {MONTH}", re.I)
PAST_MEETING = re.compile(r"\bmeeting\b[^.]{0,200}?\b(?:took place|was held) in ([A-Z][\w-]+)")
TO_BE_SET = re.compile(r"date is still to be set for the launching of [^.]*? in ([A-Z][a-z]+)")


def country_code(name):
    from django_countries import countries

    code = countries.by_name(name)
    if code:
        COUNTRY_NAMES[code] = name
    return code


def announced_events(item, year):
    """The launching events a news item announces, in the year its text is about."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", item.intro + " " + " ".join(block.text for block in item.blocks)):
        if not ANNOUNCED.search(sentence):
            continue
        for match in ANNOUNCED_AT.finditer(sentence):
            city, country, day, month = match.groups()
            code = country_code(country)
            if code:
                found.append(AnnouncedEvent(city, code, date(year, MONTHS[month.lower()], int(day))))
        for match in TO_BE_SET.finditer(sentence):
            code = country_code(match.group(1))
            if code:
                found.append(AnnouncedEvent("", code, date(year, 1, 1), precision="year"))
    return found


def parse_folder(folder):
    folder = Path(folder)
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise LegacyImportError(f"No .txt files in {folder}.")
    boilerplate = boilerplate_lines(path.read_text(encoding="utf-8") for path in files)
    items = [parse(path, boilerplate) for path in files]
    name_strategy_documents(items)
    date_news(items)
    pair_translations(items)
    return items


# Writing pages ------------------------------------------------------------------------------


def rich_text(block):
    if block.kind == "list":
        tag = "ol" if block.ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in block.items) + f"</{tag}>"
    return f"<p>{escape(block.text)}</p>"


def body_of(blocks):
    body = []
    for block in blocks:
        if block.kind == "heading":
            value = {"text": block.text[:255], "level": f"h{block.level}"}
            body.append({"type": "heading", "value": value, "id": str(uuid.uuid4())})
        else:
            body.append({"type": "paragraph", "value": rich_text(block), "id": str(uuid.uuid4())})
    return body


def content_of(item):
    """The fields the import sets on the page."""
    fields = {"title": item.title, "body": body_of(item.blocks)}
    if item.page_type in (NewsPage, RemembrancePage):
        fields["intro"] = item.intro[:1000]
    if item.page_type is NewsPage:
        fields["date"] = item.date or date.today()
    if item.page_type is RemembrancePage:
        fields.update(commemoration_date=item.date, year=item.date.year, place=item.place)
        fields["speakers"] = [
            {"type": "speaker", "value": speaker, "id": str(uuid.uuid4())} for speaker in item.speakers
        ]
    if item.page_type is StrategyDocumentPage:
        start, end = item.period or (date.today().year, date.today().year)
        fields.update(period_start=start, period_end=end, summary=f"<p>{escape(item.summary)}</p>")
        fields["action_lines"] = [
            {
                "type": "action_line",
                "value": {
                    "number": line["number"],
                    "title": line["title"][:255],
                    "description": "",
                    "measures": line["measures"],
                },
                "id": str(uuid.uuid4()),
            }
            for line in item.action_lines
        ]
    return fields


def comparable(page, names):
    """The imported fields of ``page`` without block ids, to tell an unchanged page."""

    def strip(value):
        if isinstance(value, list):
            return [strip(item) for item in value]
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key != "id"}
        return value

    values = {}
    for name in names:
        value = getattr(page, name)
        if hasattr(value, "raw_data"):
            value = list(value.raw_data)
        values[name] = strip(value if not hasattr(value, "isoformat") else value.isoformat())
    return json.dumps(values, sort_keys=True, default=str)


def parent_for(item):
    locale = Locale.objects.filter(language_code=item.language).first()
    home = HomePage.objects.filter(locale=locale).first() if locale else None
    if home is None:
        raise LegacyImportError(
            f"{item.path.name}: no home page in '{item.language}'. Create the site tree first "
            "(manage.py load_demo_content, or translate the home page)."
        )
    if item.page_type in (NewsPage, RemembrancePage):
        index = NewsIndexPage.objects.child_of(home).first()
        if index is None:
            raise LegacyImportError(f"{item.path.name}: no news index under the '{item.language}' home page.")
        return index
    return home


def same_press_release(item):
    """(page, likeness) of the news item or remembrance page of the item's language whose title
    is at least 85 % like the item's, or (None, 0)."""
    from difflib import SequenceMatcher

    def words(title):
        return " ".join(re.findall(r"\w+", title.lower().replace("’", "'")))

    best, likeness = None, 0.0
    for model in (NewsPage, RemembrancePage):
        for page in model.objects.filter(locale=item.parent.locale).only("title"):
            ratio = SequenceMatcher(None, words(item.title), words(page.title)).ratio()
            if ratio > likeness:
                best, likeness = page, ratio
    if best is None or likeness < 0.85:
        return None, 0.0
    return type(best).objects.get(pk=best.pk), likeness


def plan(item):
    """Where the item goes and what happens: create, update (a new draft revision), or skip."""
    item.parent = parent_for(item)
    source = item.translation_of
    source_page = source.target if source is not None else None
    if source_page is not None:
        translated = source_page.get_translation_or_none(item.parent.locale)
        if translated is not None:
            item.target = translated.specific
        else:
            translated_parent = source_page.get_parent().get_translation_or_none(item.parent.locale)
            item.parent = translated_parent or item.parent
    how = ""
    if item.target is None:
        item.target = item.parent.get_children().filter(slug=item.slug).specific().first()
    if item.target is None:
        # The same page under another slug: same type, language and title (or period).
        same_type = item.page_type.objects.filter(locale=item.parent.locale)
        item.target = same_type.filter(title__iexact=item.title).first()
        if item.target is None and item.page_type is StrategyDocumentPage and item.period:
            item.target = same_type.filter(period_start=item.period[0], period_end=item.period[1]).first()
        how = " (same title)" if item.target is not None else ""
    if item.target is None and item.page_type in (NewsPage, RemembrancePage):
        # The same press release already in the CMS (the demo's, an editor's) under a reworded
        # title, as a news item or a remembrance page: never a second page for it.
        item.target, likeness = same_press_release(item)
        if item.target is not None:
            how = f" (the same press release: titles {likeness:.0%} alike)"
            if not isinstance(item.target, item.page_type):
                item.notes.append(
                    f"read as a {item.page_type.__name__}, imported into the existing {type(item.target).__name__}"
                )
                item.page_type = type(item.target)
    kept = getattr(item.target, "date", None) or getattr(item.target, "commemoration_date", None)
    if item.date is None and kept is not None:
        item.date = kept
        item.notes.append(f"kept the page's date, {kept.isoformat()}")
    if item.target is None:
        item.action = "create"
        if item.page_type is NewsPage and item.date is None:
            item.date = date.today()
            item.notes.append(f"CHECK: dated the import day, {item.date.isoformat()}: set the date it was published")
        return
    if not isinstance(item.target, item.page_type):
        item.action, item.reason = (
            "skip",
            (f"a {type(item.target).__name__} with this slug exists at {item.target.url_path}: rename one of them"),
        )
        return
    draft = item.target.get_latest_revision_as_object()
    fields = content_of(item)
    names = [name for name in fields if name != "slug"]
    imported = item.page_type(**fields)
    if comparable(draft, names) == comparable(imported, names):
        item.action, item.reason = "skip", "unchanged since the last import"
    else:
        item.action, item.reason = "update", f"new draft revision of {item.target.url_path}{how}"


def write(item, publish, user):
    fields = content_of(item)
    if item.action == "create":
        extra = {}
        if item.translation_of is not None and item.translation_of.target is not None:
            extra["translation_key"] = item.translation_of.target.translation_key
        page = item.page_type(slug=item.slug, locale=item.parent.locale, live=False, **fields, **extra)
        item.parent.add_child(instance=page)
        item.target = page
    else:
        page = item.target.get_latest_revision_as_object()
        for name, value in fields.items():
            setattr(page, name, value)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    item.page = page


def same_place(first, second):
    """City names compared without accents or case ("Kosice", "Košice")."""
    import unicodedata

    def plain(name):
        return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()

    return plain(first) == plain(second)


def plan_event(event, item):
    """Create the announced event, unless the CMS has it: same language and day and city (or,
    for one to be announced, same country and precision)."""
    from events.models import EventIndexPage, EventPage

    locale = item.parent.locale
    event.parent = EventIndexPage.objects.filter(locale=locale).first()
    if event.parent is None:
        event.action, event.reason = "skip", f"no events index in '{locale.language_code}'"
        return
    candidates = EventPage.objects.filter(locale=locale, start_date=event.day, date_precision=event.precision)
    if event.precision == "day":
        existing = next((page for page in candidates if same_place(page.city, event.city)), None)
    else:
        existing = candidates.filter(country=event.country).first()
    if existing is not None:
        event.page, event.action, event.reason = existing, "skip", f"already in the CMS: {existing.url_path}"
    else:
        event.action = "create"
        if event.precision != "day":
            event.reason = f"CHECK: the text says its date is still to be set: year {event.day.year} only"


def write_event(event, item, publish, user):
    from events.models import EventPage

    language = item.parent.locale.language_code
    page = EventPage(
        title=event.title(language),
        slug=event.slug(language),
        locale=item.parent.locale,
        live=False,
        start_date=event.day,
        date_precision=event.precision,
        city=event.city,
        country=event.country,
        intro=EVENT_INTROS[language].format(news=item.title)[:1000],
    )
    event.parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    event.page = page


class ImportResult(list):
    """The imported LegacyPages, in file order; ``site_tree_created`` says whether the import
    had to create the site tree first (a fresh install)."""

    site_tree_created = False


def ensure_site_tree():
    """On a fresh install (no Alliance home page in English), the site tree the pages go into:
    English and French, the home pages and the section indexes (loaders.site_tree), without the
    demo's content or accounts. True when it was created."""
    if HomePage.objects.filter(locale__language_code="en").exists():
        return False
    from loaders.site_tree import SiteTreeLoader

    SiteTreeLoader(create_admin=False).load()
    return True


def import_legacy_site(folder, dry_run=False, publish=False, user=None):
    """Import every ``*.txt`` file of ``folder``. Returns the LegacyPage list (ImportResult),
    each with its action ("create", "update", "skip" and its reason); in a dry run nothing is
    written, the site tree of a fresh install included."""
    items = ImportResult(parse_folder(folder))
    # Sources before their translations, so that a translation knows its source's page.
    ordered = sorted(items, key=lambda item: item.translation_of is not None)
    with transaction.atomic():
        items.site_tree_created = ensure_site_tree()
        for item in ordered:
            plan(item)
            if dry_run:
                if item.action == "create" and item.translation_of is not None:
                    item.reason = f"translation of {item.translation_of.slug}"
            elif item.action in ("create", "update"):
                write(item, publish, user)
            for event in item.events:
                plan_event(event, item)
                if event.action == "create" and not dry_run:
                    write_event(event, item, publish, user)
        if dry_run:
            transaction.set_rollback(True)
    return items
