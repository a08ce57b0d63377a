"""Fault injection: servers of the test's own that it stops and starts (never the shared ones)."""

import shutil

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings

from api.cache import _local_entries
from bench.faults import TcpProxy, ThrowawayRedis
from cms.settings.base import cache_config
from tests.servers import free_port, unavailable


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        unavailable("redis-server is not installed: the cache outage tests need one of their own")
    server = ThrowawayRedis(tmp_path, free_port()).start()
    yield server
    server.stop()


@pytest.fixture
def redis_behind_proxy(redis_server):
    """The API's cache on a throwaway Redis reached through a proxy the test can cut."""
    proxy = TcpProxy(redis_server.port).start()
    config = cache_config(f"redis://127.0.0.1:{proxy.port}/0", socket_timeout=0.5)
    with override_settings(
        CACHES={"default": config},
        CACHE_RETRY_SECONDS=0.2,
        CACHE_OUTAGE_LOG_SECONDS=60,
        API={**settings.API, "INVALIDATION_RECHECK_SECONDS": None},
    ):
        _local_entries.clear()
        yield proxy
        caches["default"].close()
    proxy.cut()
    _local_entries.clear()
