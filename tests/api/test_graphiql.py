"""GraphiQL works without internet access: every asset it loads comes from this server."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import RequestFactory

from api.views import AllianceGraphQLView


@pytest.mark.django_db
def test_graphiql_loads_nothing_from_another_server(settings):
    # The endpoint as GRAPHIQL_ENABLED=true serves it (the test settings turn GraphiQL off).
    view = AllianceGraphQLView.as_view(graphiql=True)
    response = view(RequestFactory().get("/graphql/", HTTP_ACCEPT="text/html"))
    assert response.status_code == 200
    html = response.content.decode()
    references = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert len(references) >= 9
    external = [url for url in references if re.match(r"(https?:)?//", url)]
    assert external == []
    for url in references:
        path = url.removeprefix(settings.STATIC_URL)
        assert finders.find(path), f"{url} is not a static file of the project"


@pytest.mark.django_db
def test_the_view_honours_graphene_djangos_extension_points():
    """Replacing graphene-django's request handling drops none of what it lets a project set
    (issue 26): validation rules, the root value, the execution context class."""
    import json

    from graphql import ExecutionContext, GraphQLError, ValidationRule

    class NoNews(ValidationRule):
        def enter_field(self, node, *args):
            if node.name.value == "news":
                self.report_error(GraphQLError("No news today."))

    executed = []

    class RecordingContext(ExecutionContext):
        def execute_operation(self, operation, root_value):
            executed.append(root_value)
            return super().execute_operation(operation, root_value)

    class View(AllianceGraphQLView):
        validation_rules = (NoNews,)
        execution_context_class = RecordingContext

        def get_root_value(self, request):
            return "the root"

    def post(query):
        request = RequestFactory().post("/graphql/", json.dumps({"query": query}), content_type="application/json")
        return json.loads(View.as_view()(request).content)

    assert post("{ news { totalCount } }")["errors"][0]["message"] == "No news today."
    assert "errors" not in post("{ pages(limit: 1) { totalCount } }")
    assert executed == ["the root"]
