"""Backup and restore drill: dump the database and copy the media, restore both into a fresh
database and folder, run `fixtree`, and check that the GraphQL API answers byte for byte the
same as before.

    DATABASE_URL=postgres://... DJANGO_MEDIA_ROOT=/srv/media python scripts/restore_drill.py
    python scripts/restore_drill.py --demo      # builds a demo source database first

It never touches the source database: the restored copy is a new database, dropped at the
end unless --keep is given. Exit status 0 means the restore is faithful.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlparse

BASE_DIR = Path(__file__).resolve().parent.parent

# What an external site reads: lists in both languages, images with renditions, documents,
# page bodies with rich text, menus, members, settings, search.
QUERIES = [
    '{ pages(locale: "en", limit: 100) { totalCount items { __typename id title urlPath url lastPublishedAt } } }',
    '{ pages(locale: "fr", limit: 100) { totalCount items { __typename id title urlPath url translations { url } } } }',
    '{ news(locale: "fr", limit: 100) { items { title date tags mainImage { url srcset rendition(filter: "fill-600x338") { url width height } } } } }',
    '{ goodPractices(locale: "en", limit: 100) { items { title country { name } themes { code label } status results } } }',
    '{ strategyDocuments(locale: "fr") { items { title summary actionLines { number title measures } attachments { language document { url fileSize } } } } }',
    '{ page(urlPath: "/a-propos/", locale: "fr") { title ... on StandardPage { body { __typename ... on ParagraphBlock { html } } } } }',
    '{ remembrances(locale: "en") { items { title place speakers { name role quote } relatedNews { url } } } }',
    '{ members(locale: "fr", limit: 100) { totalCount items { name country { name } latitude longitude } } }',
    '{ navigation(locale: "fr") { title urlPath children { title } } siteSettings { siteName contact { contactName phone } } }',
    '{ search(query: "ROMACT", locale: "en") { totalCount items { title } } }',
]


def run(command, env=None, **kwargs):
    return subprocess.run(command, cwd=BASE_DIR, env=env, check=True, capture_output=True, text=True, **kwargs)


def django_env(database_url, media_root):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_SETTINGS", "TEST_CACHE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DATABASE_URL=database_url,
        DJANGO_MEDIA_ROOT=str(media_root),
        CACHE_URL="locmemcache://restore-drill",
    )
    return env


def snapshot(database_url, media_root, output):
    """Record every query's response body (uncached POSTs) in a JSON file."""
    run([sys.executable, __file__, "--snapshot", str(output)], env=django_env(database_url, media_root))
    return json.loads(Path(output).read_text())


def take_snapshot(output):
    import django

    sys.path.insert(0, str(BASE_DIR))
    django.setup()
    from django.test import Client

    client = Client()
    bodies = []
    for query in QUERIES:
        response = client.post("/graphql/", json.dumps({"query": query}), content_type="application/json")
        bodies.append(response.content.decode())
    Path(output).write_text(json.dumps(bodies))


def database_name(url):
    return urlparse(url).path.lstrip("/")


def with_database(url, name):
    return url.rsplit("/", 1)[0] + "/" + name


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--demo", action="store_true", help="create a demo source database of its own (alliance_drill_source_<id>)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the restored database and media")
    parser.add_argument("--snapshot", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.snapshot:
        take_snapshot(options.snapshot)
        return 0

    work = Path(tempfile.mkdtemp(prefix="alliance-restore-drill-"))
    source_url = os.environ.get("DATABASE_URL", "")
    media_root = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
    if options.demo:
        # A database of this drill only (named from a fresh id): it drops only what it created.
        source_name = f"alliance_drill_source_{uuid.uuid4().hex[:10]}"
        source_url = with_database(source_url or "postgres://postgres@127.0.0.1:5432/postgres", source_name)
        media_root = work / "source-media"
        run(["createdb", *connection_args(source_url), database_name(source_url)])
        env = django_env(source_url, media_root)
        run([sys.executable, "manage.py", "migrate", "-v0"], env=env)
        run([sys.executable, "manage.py", "load_demo_content", "-v0"], env=env)
    if not source_url.startswith("postgres"):
        print("DATABASE_URL must name the PostgreSQL database to back up.", file=sys.stderr)
        return 2

    before = snapshot(source_url, media_root, work / "before.json")
    broken = [query for query, body in zip(QUERIES, before, strict=False) if '"errors"' in body]
    if broken:
        print(f"The source answers with errors, nothing to compare: {broken}", file=sys.stderr)
        return 2

    dump = work / "alliance.dump"
    run(
        [
            "pg_dump",
            "--format=custom",
            "--no-owner",
            f"--file={dump}",
            *connection_args(source_url),
            database_name(source_url),
        ]
    )
    restored_media = work / "restored-media"
    shutil.copytree(media_root, restored_media)
    restored_url = with_database(source_url, f"alliance_restored_{uuid.uuid4().hex[:10]}")
    run(["createdb", *connection_args(restored_url), database_name(restored_url)])
    try:
        run(
            [
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                f"--dbname={database_name(restored_url)}",
                *connection_args(restored_url),
                str(dump),
            ]
        )
        fixtree = run(
            [sys.executable, "manage.py", "fixtree", "--noinput"], env=django_env(restored_url, restored_media)
        )
        after = snapshot(restored_url, restored_media, work / "after.json")
    finally:
        if not options.keep:
            run(["dropdb", "--if-exists", "--force", *connection_args(restored_url), database_name(restored_url)])

    print(
        f"dump: {dump.stat().st_size} bytes; media: {sum(1 for item in restored_media.rglob('*') if item.is_file())} files"
    )
    print("fixtree: " + " | ".join(line for line in fixtree.stdout.splitlines() if line.strip()))
    identical = 0
    for query, old, new in zip(QUERIES, before, after, strict=False):
        same = old == new
        identical += same
        digest = hashlib.sha256(new.encode()).hexdigest()[:12]
        print(f"{'identical' if same else 'DIFFERENT'}  {len(new):>7} bytes  sha256 {digest}  {query[:60]}")
    print(f"{identical}/{len(QUERIES)} GraphQL answers identical after restore")
    if not options.keep:
        shutil.rmtree(work, ignore_errors=True)
        if options.demo:
            run(["dropdb", "--if-exists", "--force", *connection_args(source_url), database_name(source_url)])
    return 0 if identical == len(QUERIES) else 1


def connection_args(url):
    parsed = urlparse(url)
    args = []
    if parsed.hostname:
        args += ["--host", parsed.hostname]
    if parsed.port:
        args += ["--port", str(parsed.port)]
    if parsed.username:
        args += ["--username", parsed.username]
    return args


if __name__ == "__main__":
    sys.exit(main())
