"""The test suite's cache backend on a shared Redis."""

from api.shared_cache import ResilientRedisCache


class RunScopedRedisCache(ResilientRedisCache):
    """The production backend, but ``clear()`` deletes this run's keys only (its KEY_PREFIX, every key
    version), not the whole Redis database: other runs and developers may share it."""

    def clear(self):
        client = self.client.get_client(write=True)
        keys = list(client.scan_iter(match=f"{self.key_prefix}:*", count=1000))
        for start in range(0, len(keys), 1000):
            client.delete(*keys[start : start + 1000])
