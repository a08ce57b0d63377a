"""A reference frontend: the bilingual Alliance site as static HTML, built from the CMS's
GraphQL API the way a partner site would consume it.

    python examples/static-site/build.py --api http://127.0.0.1:8000/graphql/ --out build/site

- Every query is a file of ``queries/`` sent as an automatic persisted query: a GET with the
  query's SHA-256 only; when the API does not know the hash yet, the query is sent once with it
  (POST) and every later request is a short, cacheable GET.
- One tree per language of the site (``siteSettings.locales``): ``/<lang>/`` home, ``/<lang>/news/``
  and a page per news item and per menu entry, with ``hreflang`` links to each translation and
  ``x-default``.
- Content not yet translated comes with ``fallback: true``: the English text, marked with the
  English ``lang`` and a banner saying so, instead of a hole in the French site.

It needs only the Python standard library and Jinja2. The build fails (exit status 1) on any
GraphQL error, so that CI notices an API change that breaks this client.
"""

import argparse
import hashlib
import json
import shutil
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

HERE = Path(__file__).resolve().parent

# The site frame's own words (everything else comes from the CMS).
TEXTS = {
    "en": {
        "home": "Home",
        "menu": "Menu",
        "languages": "Languages",
        "news": "News",
        "latest_news": "Latest news",
        "all_news": "All news",
        "untranslated": "in English",
        "fallback": "This page is not translated yet: here is its English version.",
    },
    "fr": {
        "home": "Accueil",
        "menu": "Menu",
        "languages": "Langues",
        "news": "Actualités",
        "latest_news": "Dernières actualités",
        "all_news": "Toutes les actualités",
        "untranslated": "en anglais",
        "fallback": "Cette page n'est pas encore traduite : en voici la version anglaise.",
    },
}


class ApiError(Exception):
    """The API answered with errors."""


class Client:
    """GraphQL over HTTP with automatic persisted queries."""

    def __init__(self, endpoint):
        self.endpoint = endpoint
        self.queries = {
            path.stem: path.read_text(encoding="utf-8") for path in sorted((HERE / "queries").glob("*.graphql"))
        }
        self.counts = {"persisted GET": 0, "registered": 0}

    def _send(self, method, payload):
        headers = {"Accept": "application/json"}
        if method == "GET":
            url = (
                self.endpoint + "?" + urllib.parse.urlencode({key: json.dumps(value) for key, value in payload.items()})
            )
            request = urllib.request.Request(url, headers=headers)
        else:
            headers["Content-Type"] = "application/json"
            request = urllib.request.Request(self.endpoint, json.dumps(payload).encode(), headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            return json.loads(error.read() or b"{}")

    def run(self, name, **variables):
        query = self.queries[name]
        extensions = {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(query.encode()).hexdigest()}}
        answer = self._send("GET", {"extensions": extensions, "variables": variables})
        codes = {error.get("extensions", {}).get("code") for error in answer.get("errors", [])}
        if "PERSISTED_QUERY_NOT_FOUND" in codes:
            answer = self._send("POST", {"query": query, "variables": variables, "extensions": extensions})
            self.counts["registered"] += 1
        else:
            self.counts["persisted GET"] += 1
        if answer.get("errors"):
            raise ApiError(f"{name} {variables}: {answer['errors']}")
        return answer["data"]


def alternates(root, page):
    """hreflang links of a page: itself and each published translation."""
    found = {page["locale"]["languageCode"]: page["urlPath"]}
    for translation in page.get("translations") or []:
        found.setdefault(translation["locale"]["languageCode"], translation["urlPath"])
    return [{"lang": lang, "href": f"{root}{lang}{path}"} for lang, path in sorted(found.items())]


def build(endpoint, out, root="/"):
    client = Client(endpoint)
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copy(HERE / "style.css", out / "style.css")
    written = []

    def write(path, template, **context):
        target = out / path.strip("/") / "index.html" if path.strip("/") else out / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(templates.get_template(template).render(root=root, **context), encoding="utf-8")
        written.append(target)

    site_languages = client.run("site", locale="en")["siteSettings"]["locales"]
    for language in site_languages:
        lang = language["languageCode"]
        frame = client.run("site", locale=lang)
        news = client.run("news", locale=lang)["news"]["items"]
        news_index = next(item for item in frame["navigation"] if item["page"]["__typename"] == "NewsIndexPage")
        common = {
            "news_path": news_index["urlPath"],
            "lang": lang,
            "site": frame["siteSettings"],
            "navigation": frame["navigation"],
            "notes": frame["terminologyNotes"],
            "text": TEXTS.get(lang, TEXTS["en"]),
            "news": news,
            "description": "",
        }
        languages = [
            {"code": other["languageCode"], "name": other["name"], "href": f"{root}{other['languageCode']}/"}
            for other in site_languages
        ]
        home_alternates = [{"lang": item["code"], "href": item["href"]} for item in languages]
        write(
            f"{lang}/",
            "home.html",
            page=None,
            alternates=home_alternates,
            languages=languages,
            fallback=False,
            **common,
        )
        for page_id in [item["page"]["id"] for item in frame["navigation"]] + [item["id"] for item in news]:
            page = client.run("page", id=page_id, locale=lang)["page"]
            template = "news_index.html" if page["id"] == news_index["page"]["id"] else "page.html"
            links = alternates(root, page)
            here = {link["lang"]: link["href"] for link in links}
            page_languages = [{**item, "href": here.get(item["code"], item["href"])} for item in languages]
            context = {**common, "description": page.get("searchDescription") or page.get("intro") or ""}
            write(
                f"{lang}{page['urlPath']}",
                template,
                page=page,
                alternates=links,
                languages=page_languages,
                fallback=page["isFallback"],
                **context,
            )
    index = out / "index.html"
    index.write_text(
        f'<!doctype html><meta http-equiv="refresh" content="0; url={root}{site_languages[0]["languageCode"]}/">',
        encoding="utf-8",
    )
    return written, client.counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api", default="http://127.0.0.1:8000/graphql/", help="the CMS's GraphQL endpoint")
    parser.add_argument("--out", default="build/site", type=Path, help="output folder (replaced)")
    parser.add_argument("--root", default="/", help="the URL path the site is served under")
    options = parser.parse_args(argv)
    try:
        written, counts = build(options.api, options.out, options.root)
    except (ApiError, OSError) as error:
        print(f"Build failed: {error}", file=sys.stderr)
        return 1
    print(
        f"Built {len(written)} pages in {options.out}: {counts['persisted GET']} persisted GET requests, "
        f"{counts['registered']} queries registered on first use."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
