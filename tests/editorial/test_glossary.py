"""The glossary: applied by DeepL machine translation (a DeepL glossary kept in step with the
terms, tested against a local stand-in of DeepL's API) and flagged in the translation editor
when a translated string departs from it."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from editorial.glossary import departures
from editorial.models import DeepLGlossary, GlossaryTerm
from news.models import NewsIndexPage
from tests.deepl_stand_in import DeepLStandIn
from tests.editorial.test_translation import start_translation
from tests.factories import NewsPageFactory
from tests.translating import translate_string

TITLE = "Mayors against anti-Gypsyism"
INTRO = "Roma and Travellers remember the Pharrajimos on 2 August."


@pytest.fixture
def deepl(settings):
    stand_in = DeepLStandIn()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.glossary.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "test-key", "API_URL": stand_in.url},
    }
    yield stand_in
    stand_in.close()


def add_term(client, source_term, target_term):
    response = client.post(
        reverse("wagtailsnippets_editorial_glossaryterm:add"),
        {
            "source_language": "en",
            "source_term": source_term,
            "target_language": "fr",
            "target_term": target_term,
            "note": "Terminology note of the Council of Europe.",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]


@pytest.fixture
def glossary(clients):
    """The terminology note's terms, entered by a moderator."""
    add_term(clients["moderator"], "Roma and Travellers", "Roms et Gens du voyage")
    add_term(clients["moderator"], "anti-Gypsyism", "antitsiganisme")
    add_term(clients["moderator"], "Pharrajimos", "Pharrajimos")


@pytest.fixture
def source(en, step):
    with step():
        return NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title=TITLE, intro=INTRO, live=True)


@pytest.mark.usefixtures("glossary")
@pytest.mark.django_db
def test_machine_translation_applies_the_glossary_through_a_deepl_glossary(clients, source, fr, deepl):
    translator = clients["translator_fr"]
    translation = start_translation(translator, source, fr)
    response = translator.post(reverse("wagtail_localize:machine_translate", args=(translation.pk,)))
    assert response.status_code == 302

    [(method, path, form)] = [request for request in deepl.requests if request[1] == "/v2/glossaries"]
    assert form["source_lang"] == ["EN"] and form["target_lang"] == ["FR"] and form["entries_format"] == ["tsv"]
    assert sorted(form["entries"][0].splitlines()) == [
        "Pharrajimos\tPharrajimos",
        "Roma and Travellers\tRoms et Gens du voyage",
        "anti-Gypsyism\tantitsiganisme",
    ]
    glossary_id = DeepLGlossary.objects.get(source_language="en", target_language="fr").glossary_id
    translate_calls = [form for _method, path, form in deepl.requests if path == "/v2/translate"]
    assert translate_calls and all(call["glossary_id"] == [glossary_id] for call in translate_calls)
    french = dict(StringTranslation.objects.filter(locale=fr).values_list("translation_of__data", "data"))
    assert french[TITLE] == "[FR] Mayors against antitsiganisme"
    assert french[INTRO] == "[FR] Roms et Gens du voyage remember the Pharrajimos on 2 August."

    # A term changed: the next machine translation makes a new DeepL glossary, deletes the old.
    term = GlossaryTerm.objects.get(source_term="anti-Gypsyism")
    term.target_term = "anti-tsiganisme"
    term.save()
    other = NewsPageFactory(parent=source.get_parent(), title="Anti-Gypsyism in schools", live=True)
    other_translation = start_translation(translator, other, fr)
    translator.post(reverse("wagtail_localize:machine_translate", args=(other_translation.pk,)))
    assert ("DELETE", f"/v2/glossaries/{glossary_id}", {}) in deepl.requests
    assert DeepLGlossary.objects.get().glossary_id != glossary_id
    # Whatever the machine gave, the editor checks the result against the glossary (any case).
    [departure] = departures(other_translation)
    assert departure.term == "anti-Gypsyism" and departure.expected == "anti-tsiganisme"


@pytest.mark.usefixtures("glossary")
@pytest.mark.django_db
def test_a_translation_that_departs_from_the_glossary_is_flagged_in_the_editor(clients, source, fr):
    translator = clients["translator_fr"]
    translation = start_translation(translator, source, fr)
    translate_string(translator, translation, TITLE, "Des maires contre l'anti-tsiganisme")
    translate_string(translator, translation, INTRO, "Les Roms et Gens du voyage commémorent le Pharrajimos le 2 août.")
    french = source.get_translation(fr)
    editor = translator.get(reverse("wagtailadmin_pages:edit", args=(french.pk,))).content.decode()
    assert 'id="glossary-departures"' in editor
    assert "1 translated string departs from the glossary" in editor
    assert "anti-Gypsyism → <strong>antitsiganisme</strong>" in editor

    translate_string(translator, translation, TITLE, "Des maires contre l'antitsiganisme")
    editor = translator.get(reverse("wagtailadmin_pages:edit", args=(french.pk,))).content.decode()
    assert 'id="glossary-departures"' not in editor


@pytest.mark.django_db
def test_a_term_on_two_lines_is_refused(clients):
    response = clients["moderator"].post(
        reverse("wagtailsnippets_editorial_glossaryterm:add"),
        {"source_language": "en", "source_term": "Roma\tTravellers", "target_language": "fr", "target_term": "x"},
    )
    assert response.status_code == 200 and "A term is one line, without tabs." in response.content.decode()
