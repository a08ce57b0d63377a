"""Create the PostgreSQL database of a URL if it does not exist (never drops anything).

python scripts/create_database.py postgres://postgres@127.0.0.1:5432/alliance_demo
"""

import sys
from urllib.parse import urlparse


def main(url):
    import psycopg
    from psycopg import sql

    name = urlparse(url).path.lstrip("/")
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True, connect_timeout=5) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            print(f"database {name} exists")
            return 0
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        print(f"database {name} created")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
