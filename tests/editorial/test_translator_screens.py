"""The admin screens say what really happens: where translators submit, which workflow a page
enters, how many pages each workflow covers."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page, Workflow

from editorial import organisation as editorial
from editorial.organisation import pages_entering
from news.models import NewsIndexPage, NewsPage, RemembrancePage
from practices.models import GoodPracticePage, StrategyDocumentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_translation(clients, en, fr, django_capture_on_commit_callbacks):
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    return source.get_translation(fr)


@pytest.mark.usefixtures("launch")
def test_translation_editor_offers_submit_for_review_to_translators(clients, french_translation):
    url = reverse("wagtailadmin_pages:edit", args=(french_translation.pk,))
    translator_view = clients["translator_fr"].get(url).content.decode()
    review_url = reverse("submit_translation_for_review", args=(french_translation.pk,))
    assert f'action="{review_url}"' in translator_view
    assert "News review" in translator_view
    # Moderators publish from the editor itself.
    assert f'action="{review_url}"' not in clients["moderator"].get(url).content.decode()


def test_add_form_names_the_page_types_workflow(clients, en):
    index = NewsIndexPage.objects.get(locale=en)
    add_news = clients["editor"].get(reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk)))
    content = add_news.content.decode()
    assert "Submit to News review" in content and "Submit to Moderators approval" not in content
    add_remembrance = clients["editor"].get(
        reverse("wagtailadmin_pages:add", args=("news", "remembrancepage", index.pk))
    )
    assert "Submit to Remembrance review" in add_remembrance.content.decode()


@pytest.mark.usefixtures("launch")
def test_edit_form_of_a_translation_names_the_page_types_workflow(clients, en, fr):
    french = NewsPage.objects.get(locale=en, slug="alliance-launched").get_translation(fr)
    # A translation that is not managed by the translation editor opens Wagtail's own form.
    from wagtail_localize.models import Translation

    Translation.objects.filter(source__object_id=french.translation_key, target_locale=fr).update(enabled=False)
    content = clients["translator_fr"].get(reverse("wagtailadmin_pages:edit", args=(french.pk,))).content.decode()
    assert "Submit to News review" in content and "Moderators approval" not in content


def test_workflow_index_counts_the_pages_each_workflow_covers(clients, en):
    from news.models import NewsIndexPage
    from practices.models import GoodPracticeIndexPage
    from tests.factories import GoodPracticePageFactory, NewsPageFactory, RemembrancePageFactory

    news_index = NewsIndexPage.objects.get(locale=en)
    NewsPageFactory.create_batch(2, parent=news_index)
    RemembrancePageFactory.create_batch(2, parent=news_index)
    GoodPracticePageFactory.create_batch(2, parent=GoodPracticeIndexPage.objects.get(locale=en))
    content = clients["administrator"].get(reverse("wagtailadmin_workflows:index")).content.decode()
    expected = {
        editorial.NEWS_WORKFLOW: NewsPage.objects.count(),
        editorial.REMEMBRANCE_WORKFLOW: RemembrancePage.objects.count(),
        editorial.PRACTICES_WORKFLOW: GoodPracticePage.objects.count() + StrategyDocumentPage.objects.count(),
    }
    for name, count in expected.items():
        assert count > 0
        assert pages_entering(Workflow.objects.get(name=name)).count() == count
        row = content.split(name, 1)[1].split("</tr>", 1)[0]
        assert re.search(rf"\b{count} pages\b", row), (name, row[:400])
    moderators = pages_entering(Workflow.objects.get(name="Moderators approval"))
    assert not moderators.type(NewsPage, RemembrancePage, GoodPracticePage, StrategyDocumentPage).exists()
    assert moderators.filter(pk__in=Page.objects.filter(depth__gt=1)).exists()
