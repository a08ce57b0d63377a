"""Each page type can be created under its allowed parents, and nowhere else: in the model
rules and in the admin's "add page" view an editor uses."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, RemembrancePage
from practices.models import GoodPracticeIndexPage, GoodPracticePage, StrategyDocumentPage
from tests import factories

PARENT_MODELS = {
    "root": Page,
    "home": HomePage,
    "standard": StandardPage,
    "news_index": NewsIndexPage,
    "news": NewsPage,
    "remembrance": RemembrancePage,
    "practice_index": GoodPracticeIndexPage,
    "practice": GoodPracticePage,
    "strategy": StrategyDocumentPage,
    "event_index": EventIndexPage,
    "event": EventPage,
}

ALLOWED_PARENTS = {
    HomePage: {"root"},
    StandardPage: {"home", "standard"},
    NewsIndexPage: {"home"},
    NewsPage: {"news_index"},
    RemembrancePage: {"news_index"},
    GoodPracticeIndexPage: {"home"},
    GoodPracticePage: {"practice_index"},
    StrategyDocumentPage: {"home", "standard"},
    EventIndexPage: {"home"},
    EventPage: {"event_index"},
}

FACTORIES = {
    HomePage: factories.HomePageFactory,
    StandardPage: factories.StandardPageFactory,
    NewsIndexPage: factories.NewsIndexPageFactory,
    NewsPage: factories.NewsPageFactory,
    RemembrancePage: factories.RemembrancePageFactory,
    GoodPracticeIndexPage: factories.GoodPracticeIndexPageFactory,
    GoodPracticePage: factories.GoodPracticePageFactory,
    StrategyDocumentPage: factories.StrategyDocumentPageFactory,
    EventIndexPage: factories.EventIndexPageFactory,
    EventPage: factories.EventPageFactory,
}


@pytest.fixture
def parents(en):
    """One English page of each kind: the site tree's home and indexes, and a page of each
    other type under its usual parent."""
    found = {"root": Page.get_first_root_node()}
    for key in ("home", "news_index", "practice_index", "event_index"):
        found[key] = PARENT_MODELS[key].objects.get(locale=en)
    children = {
        "standard": "home",
        "strategy": "home",
        "news": "news_index",
        "remembrance": "news_index",
        "practice": "practice_index",
        "event": "event_index",
    }
    for key, parent_key in children.items():
        found[key] = FACTORIES[PARENT_MODELS[key]](parent=found[parent_key])
    return found


CASES = [
    (model, parent_key, parent_key in allowed)
    for model, allowed in ALLOWED_PARENTS.items()
    for parent_key in PARENT_MODELS
]


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "parent_key", "allowed"), CASES, ids=lambda v: getattr(v, "__name__", str(v)))
def test_page_type_rules(parents, model, parent_key, allowed):
    assert model.can_create_at(parents[parent_key]) is allowed


@pytest.mark.django_db
@pytest.mark.parametrize("model", ALLOWED_PARENTS, ids=lambda model: model.__name__)
def test_factory_creates_each_type_under_an_allowed_parent(parents, model):
    parent = parents[sorted(ALLOWED_PARENTS[model])[0]]
    page = FACTORIES[model](parent=parent)
    page.refresh_from_db()
    assert page.get_parent().specific == parent.specific
    assert isinstance(page.specific, model)


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "parent_key", "allowed"), CASES, ids=lambda v: getattr(v, "__name__", str(v)))
def test_admin_add_page_view_follows_the_rules(admin_client, parents, model, parent_key, allowed):
    url = reverse(
        "wagtailadmin_pages:add",
        args=(model._meta.app_label, model._meta.model_name, parents[parent_key].pk),
    )
    response = admin_client.get(url)
    if allowed:
        assert response.status_code == 200
    else:
        # Wagtail answers PermissionDenied in the admin with a redirect to the dashboard.
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
