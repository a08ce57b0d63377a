"""Exit 0 when the PostgreSQL or Redis server of a URL answers, 1 otherwise (with the reason).

python scripts/reachable.py postgres://postgres@127.0.0.1:5432/alliance
python scripts/reachable.py redis://127.0.0.1:6379/1
"""

import sys
from urllib.parse import urlparse


def main(url):
    parsed = urlparse(url)
    try:
        if parsed.scheme.startswith("postgres"):
            import psycopg

            # Connect to the maintenance database: the test database may not exist yet.
            psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", connect_timeout=3).close()
        elif parsed.scheme.startswith("redis"):
            import redis

            redis.Redis.from_url(url, socket_connect_timeout=3).ping()
        else:
            print(f"unknown scheme in {url}", file=sys.stderr)
            return 1
    except Exception as error:
        print(
            f"{parsed.scheme} at {parsed.hostname}:{parsed.port}: {error.__class__.__name__}: {error}", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
