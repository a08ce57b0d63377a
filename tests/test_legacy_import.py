"""import_legacy_site on the five pages of the Alliance's former website (tests/data, a copy
of shared/seeds)."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from home.models import StandardPage
from loaders.legacy_import import import_legacy_site
from news.models import NewsPage
from practices.models import StrategyDocumentPage

SEEDS = Path(__file__).resolve().parent / "data" / "legacy_site"
SHARED_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

BOILERPLATE = [
    "Suis nous sur",
    "facebook twitter rss",
    "Si vous souhaitez que votre collectivité participe",
    "opère sous le contrôle du Conseil",
    "Égyptiens balkaniques",
    "Groupe de travail de l'Alliance",
]


def text_of(page):
    return " ".join(str(block.value) for block in page.body) + " " + getattr(page, "intro", "") + " " + page.title


@pytest.mark.django_db
def test_seed_files_become_the_right_page_types_in_the_right_languages():
    items = {item.path.name[:3]: item for item in import_legacy_site(SEEDS)}
    found = {key: (item.page_type.__name__, item.language) for key, item in items.items()}
    assert found == {
        "000": ("NewsPage", "en"),
        "001": ("NewsPage", "en"),
        "002": ("StandardPage", "en"),
        "003": ("StandardPage", "fr"),
        "004": ("StrategyDocumentPage", "fr"),
    }
    assert items["001"].title == "Next Launching Events of ROMED2 and ROMACT"
    assert items["003"].title == "À propos de nous"
    assert items["004"].period == (2014, 2016)
    # The demo site already has an English "About us" page: it is left alone.
    assert [item.action for item in items.values()] == ["create", "create", "exists", "create", "create"]


@pytest.mark.django_db
def test_imported_pages_are_drafts_in_the_right_trees_without_site_furniture(en, fr):
    import_legacy_site(SEEDS)
    news = NewsPage.objects.get(locale=en, slug="next-launching-events-of-romed2-and-romact")
    about_fr = StandardPage.objects.get(locale=fr, slug="a-propos-de-nous")
    strategy = StrategyDocumentPage.objects.get(locale=fr, slug="document-dorientation-2014-2016")
    assert news.get_parent().specific.slug == "news"
    assert about_fr.get_parent().locale == fr and strategy.get_parent().depth == 2
    for page in (news, about_fr, strategy):
        assert not page.live and page.latest_revision is not None
        for phrase in BOILERPLATE:
            assert phrase not in text_of(page), (page.title, phrase)
    assert "Albena, Bulgaria on 14 October" in text_of(news)
    assert news.intro.startswith("Council of Europe and European Commission joint programme ROMACT")
    assert any(block.block_type == "heading" and block.value["text"] == "2. Synergies" for block in strategy.body)
    assert "Orientations" not in news.title


@pytest.mark.django_db
def test_import_is_idempotent_and_reports_in_a_dry_run():
    out = StringIO()
    call_command("import_legacy_site", str(SEEDS), "--dry-run", stdout=out)
    assert "4 pages would be created, 1 already present." in out.getvalue()
    count = Page.objects.count()
    assert Page.objects.count() == count
    call_command("import_legacy_site", str(SEEDS), stdout=StringIO())
    assert Page.objects.count() == count + 4
    again = StringIO()
    call_command("import_legacy_site", str(SEEDS), stdout=again)
    assert Page.objects.count() == count + 4
    assert "0 pages created, 5 already present." in again.getvalue()


@pytest.mark.django_db
def test_a_failed_import_leaves_the_database_as_it_was(fr):
    Page.objects.get(locale=fr, depth=2).delete()  # no French tree: the French files cannot go anywhere
    count = Page.objects.count()
    with pytest.raises(CommandError, match="no home page in 'fr'"):
        call_command("import_legacy_site", str(SEEDS), stdout=StringIO())
    assert Page.objects.count() == count  # the English files were not imported either


@pytest.mark.django_db
def test_publish_option_publishes(en):
    import_legacy_site(SEEDS, publish=True)
    assert NewsPage.objects.get(locale=en, slug="next-launching-events-of-romed2-and-romact").live


def test_copy_of_the_seeds_matches_shared_when_present():
    if not SHARED_SEEDS.is_dir():
        pytest.skip("no ../shared/seeds beside the repository")
    for path in SHARED_SEEDS.glob("*.txt"):
        assert (SEEDS / path.name).read_bytes() == path.read_bytes()
