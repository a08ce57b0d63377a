"""The Alliance's glossary in translation: applied by DeepL (a DeepL glossary kept in step with
the glossary terms, through wagtail-localize's machine translator) and checked in the
translation editor, where a translated string that departs from it is flagged.

A string departs when its source text contains a term (whole words, any case) and its
translation does not contain the term's translation. DeepL glossaries cannot be edited: when
the terms of a language pair change, the next machine translation makes a new glossary and
deletes the old one (``DeepLGlossary`` remembers which is current).
"""

import hashlib
import logging
import re
from dataclasses import dataclass

import requests
from django.db import transaction
from wagtail_localize.machine_translators.deepl import DeepLTranslator, language_code
from wagtail_localize.models import StringSegment, StringTranslation

from editorial.models import DeepLGlossary, GlossaryTerm

logger = logging.getLogger("editorial.glossary")


def terms_for(source_language, target_language):
    return list(
        GlossaryTerm.objects.filter(
            source_language__iexact=source_language, target_language__iexact=target_language
        ).order_by("source_term")
    )


def glossary_entries(terms):
    """DeepL's TSV: one "source<TAB>target" line per term."""
    return "\n".join(f"{term.source_term}\t{term.target_term}" for term in terms)


def mentions(text, term):
    """Whether ``text`` contains ``term`` as whole words, in any case."""
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None


class GlossaryDeepLTranslator(DeepLTranslator):
    """wagtail-localize's DeepL translator with the Alliance's glossary, and an API address that
    can be set (``API_URL``: DeepL Pro, Free, or a stand-in in tests)."""

    def api_url(self):
        if url := self.options.get("API_URL"):
            return url.rstrip("/")
        return (
            "https://api-free.deepl.com"
            if self.options.get("AUTH_KEY", "").endswith(":fx")
            else "https://api.deepl.com"
        )

    def get_api_endpoint(self):
        return f"{self.api_url()}/v2/translate"

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        glossary_id = self.glossary_for(source_locale.language_code, target_locale.language_code)
        if glossary_id:
            parameters["glossary_id"] = glossary_id
        return parameters

    def glossary_for(self, source_language, target_language):
        """The id of the DeepL glossary of the current terms for the pair (made now when the
        terms changed), or None when there are no terms or DeepL refused it (the translation
        then goes without, and the editor flags what departs from the glossary)."""
        terms = terms_for(source_language, target_language)
        if not terms:
            return None
        entries = glossary_entries(terms)
        fingerprint = hashlib.sha256(entries.encode()).hexdigest()
        pair = {"source_language": source_language.lower(), "target_language": target_language.lower()}
        current = DeepLGlossary.objects.filter(**pair).first()
        if current is not None and current.fingerprint == fingerprint:
            return current.glossary_id
        try:
            response = requests.post(
                f"{self.api_url()}/v2/glossaries",
                data={
                    "name": f"Alliance CMS {source_language}-{target_language} {fingerprint[:8]}",
                    "source_lang": language_code(source_language),
                    "target_lang": language_code(target_language),
                    "entries": entries,
                    "entries_format": "tsv",
                },
                headers=self.get_headers(),
                timeout=int(self.options.get("TIMEOUT", 30)),
            )
            response.raise_for_status()
            glossary_id = response.json()["glossary_id"]
        except (requests.RequestException, KeyError, ValueError):
            logger.warning("DeepL did not make the glossary %s-%s", source_language, target_language, exc_info=True)
            return None
        with transaction.atomic():
            DeepLGlossary.objects.update_or_create(
                **pair, defaults={"fingerprint": fingerprint, "glossary_id": glossary_id}
            )
        if current is not None:
            self.delete_glossary(current.glossary_id)
        return glossary_id

    def delete_glossary(self, glossary_id):
        try:
            requests.delete(
                f"{self.api_url()}/v2/glossaries/{glossary_id}",
                headers=self.get_headers(),
                timeout=int(self.options.get("TIMEOUT", 30)),
            )
        except requests.RequestException:
            logger.warning("DeepL did not delete the old glossary %s", glossary_id, exc_info=True)


@dataclass
class Departure:
    """A translated string without the glossary's translation of a term its source contains."""

    source_text: str
    translation: str
    term: str
    expected: str


def departures(translation):
    """[Departure] of the strings of ``translation`` (a wagtail-localize Translation)."""
    source = translation.source
    terms = terms_for(source.locale.language_code, translation.target_locale.language_code)
    if not terms:
        return []
    segments = StringSegment.objects.filter(source=source).select_related("string")
    texts = {segment.string_id: segment.string.data for segment in segments}
    translated = StringTranslation.objects.filter(
        translation_of_id__in=texts, locale=translation.target_locale, context__in=segments.values("context_id")
    ).values_list("translation_of_id", "data")
    found = []
    for string_id, data in translated:
        text = texts[string_id]
        for term in terms:
            if mentions(text, term.source_term) and not mentions(data, term.target_term):
                found.append(Departure(text, data, term.source_term, term.target_term))
    return found
