"""What the API tests share."""

import pytest
from django.core.cache import cache

from api.cache import _local_entries


@pytest.fixture
def empty_cache():
    """The response cache empty before and after the test: the shared one (this run's keys
    only, on Redis) and this process's copies of answers. Modules about caching use it for
    every test (``pytestmark``)."""
    cache.clear()
    _local_entries.clear()
    yield
    cache.clear()
    _local_entries.clear()
