"""The reference frontend (examples/static-site) builds the bilingual site from a running demo
server, as a separate process speaking only HTTP: persisted queries, hreflang links, and the
English text with a banner where a French translation is missing."""

import os
import re
import subprocess
import sys

import pytest

from tests.servers import BASE_DIR

BUILD = BASE_DIR / "examples" / "static-site" / "build.py"
UNTRANSLATED = "Call for Dosta! Congress Prize candidates"

pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the reference frontend builds against its own demo server on SQLite: it runs once, in `make test`",
)

# A news item published in English only, so that the French site has something to fall back on.
PUBLISH_UNTRANSLATED = f"""
from wagtail.models import Locale
from news.models import NewsIndexPage, NewsPage
index = NewsIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))
page = NewsPage(title="{UNTRANSLATED}", slug="dosta-prize-call", intro="Municipalities may apply until 30 June.")
index.add_child(instance=page)
page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def built_site(demo_server, tmp_path_factory):
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PUBLISH_UNTRANSLATED],
        cwd=BASE_DIR,
        env=demo_server.env,
        check=True,
        capture_output=True,
    )
    out = tmp_path_factory.mktemp("static-site")
    result = subprocess.run(
        [sys.executable, str(BUILD), "--api", f"{demo_server.url}/graphql/", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result.stdout


def page(out, path):
    return (out / path.strip("/") / "index.html").read_text(encoding="utf-8")


def test_the_site_is_built_in_both_languages_with_persisted_queries(built_site):
    out, summary = built_site
    counts = re.search(r"Built (\d+) pages .*: (\d+) persisted GET requests, (\d+) queries registered", summary)
    assert counts, summary
    pages, gets, registered = map(int, counts.groups())
    assert pages > 20 and registered == 3, "each of the three queries is sent in full once, then by hash"
    assert gets > 20
    assert '<html lang="fr">' in page(out, "fr/") and '<html lang="en">' in page(out, "en/")
    assert "Actualités" in page(out, "fr/") and "Latest news" in page(out, "en/")


def test_pages_link_their_translations_with_hreflang(built_site):
    out, _ = built_site
    french = page(out, "fr/actualites/lancement-alliance/")
    assert '<link rel="alternate" hreflang="en" href="/en/news/alliance-launched/">' in french
    assert '<link rel="alternate" hreflang="fr" href="/fr/actualites/lancement-alliance/">' in french
    assert 'hreflang="x-default"' in french
    assert 'class="fallback"' not in french


def test_untranslated_content_is_shown_in_english_with_a_banner(built_site):
    out, _ = built_site
    fallback = page(out, "fr/news/dosta-prize-call/")
    assert "Cette page n&#39;est pas encore traduite" in fallback
    assert f'<article lang="en">\n  <h1>{UNTRANSLATED}</h1>' in fallback
    assert "en anglais" in page(out, "fr/actualites/")  # marked in the French news list
