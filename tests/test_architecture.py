"""The layout of docs/architecture.md holds: imports flow one way, from the apps down to the
API's foundation, and page types reach the API through the registry, not by hand."""

import ast
from pathlib import Path

import pytest
from wagtail.models import get_page_models

from api.registry import registry
from home.models import BasePage

BASE_DIR = Path(__file__).resolve().parent.parent

# Each layer may import the layers after it in this list, never those before it.
LAYERS = ["loaders", "search", "news|practices|events|membership|accounts", "home", "editorial", "api"]
APPS = {"loaders", "search", "news", "practices", "events", "membership", "accounts", "home", "editorial", "api", "cms"}


def first_party_imports(path):
    """The first-party modules a file imports, at any depth (lazy imports count too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        found.update(name for name in names if name.split(".")[0] in APPS)
    return found


def layer_of(module):
    for position, layer in enumerate(LAYERS):
        for package in layer.split("|"):
            if module == package or module.startswith(package + "."):
                return position, package
    return None, None


def source_files():
    for package in [
        "api",
        "editorial",
        "home",
        "news",
        "practices",
        "events",
        "membership",
        "accounts",
        "search",
        "loaders",
    ]:
        for path in sorted((BASE_DIR / package).rglob("*.py")):
            yield package.replace("/", "."), path


def test_imports_flow_from_the_apps_down_to_the_api():
    upward = []
    for package, path in source_files():
        own_position, _ = layer_of(package)
        for module in first_party_imports(path):
            position, imported_package = layer_of(module)
            if module.startswith("cms.") and position is None:
                upward.append(f"{path.relative_to(BASE_DIR)} imports {module} (the project wiring)")
            elif position is not None and imported_package != package and position <= own_position:
                upward.append(f"{path.relative_to(BASE_DIR)} imports {module}")
    assert upward == []


def test_the_foundation_imports_no_app_and_not_the_project():
    """`api` is the ground floor: it imports neither the apps nor `cms` (the project, on top)."""
    apps_imported = {
        f"{path.relative_to(BASE_DIR)}: {module}"
        for package, path in source_files()
        if package == "api"
        for module in first_party_imports(path)
        if not module.startswith("api")
    }
    assert apps_imported == set()


@pytest.mark.parametrize("app", ["home", "news", "events", "practices"])
def test_every_page_type_is_served_by_the_api(app):
    """A page model without a registered GraphQL type would be invisible to frontends."""
    models = [model for model in get_page_models() if model._meta.app_label == app and issubclass(model, BasePage)]
    assert models and set(models) <= set(registry.page_models().values())


def test_page_type_names_and_schema_types_come_from_the_registry():
    from cms.schema import schema

    names = list(schema.graphql_schema.get_type("PageTypeName").values)
    assert names == list(registry.page_models())
    assert [t.__name__ for t in registry.page_graphql_types()] == [f"{name}Type" for name in names]
    for name in names:
        assert schema.graphql_schema.get_type(name).interfaces[0].name == "Page"
