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
