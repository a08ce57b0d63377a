"""Purging the HTTP cache in front (a CDN, Varnish) by dependency tag.

API answers carry their dependency tags (``api.dependencies``) as ``Cache-Tag`` (Cloudflare) and
``Surrogate-Key`` (Fastly, Varnish) headers. When a change commits, ``purge_tags`` sends the tags
it touched to every backend of ``WAGTAILFRONTENDCACHE`` that can purge by tag: the backends
below extend Wagtail's (which purge page URLs on publish, as before) with ``purge_tags``.
A backend without it is skipped for tags. docs/deployment.md shows the settings and the VCL.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

import requests
from wagtail.contrib.frontend_cache.backends import BaseBackend, CloudflareBackend, HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends

logger = logging.getLogger("wagtail.frontendcache")

# Seconds a purge request may take: it runs when the change commits, in the editor's request.
TIMEOUT = 10


def purge_tags(tags):
    """Purge the answers carrying any of ``tags`` from every tag-capable frontend cache."""
    tags = sorted(set(tags))
    if not tags:
        return
    for name, backend in get_backends().items():
        purge = getattr(backend, "purge_tags", None)
        if purge is None:
            logger.debug("Frontend cache %r cannot purge by tag: skipped.", name)
            continue
        try:
            purge(tags)
        except Exception:  # a CDN outage must not fail the editor's publish
            logger.exception("Couldn't purge cache tags from frontend cache %r: %s", name, tags)


def chunks(items, size):
    return [items[start : start + size] for start in range(0, len(items), size)]


class CloudflareTagBackend(CloudflareBackend):
    """Wagtail's Cloudflare backend, which also purges by cache tag (the ``Cache-Tag`` header;
    Enterprise plans, or any plan since Cloudflare opened purge by tag to all)."""

    # Tags per purge call that every plan accepts.
    TAGS_PER_CALL = 30

    def purge_tags(self, tags):
        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        for chunk in chunks(tags, self.TAGS_PER_CALL):
            response = requests.post(
                self.cloudflare_purge_endpoint_url, json={"tags": chunk}, headers=headers, timeout=TIMEOUT
            )
            if response.status_code != 200 or not response.json().get("success"):
                logger.error(
                    "Couldn't purge tags %s from Cloudflare: %s %s", chunk, response.status_code, response.text
                )


class FastlyBackend(BaseBackend):
    """Fastly: URLs purged with Fastly's PURGE request, tags as surrogate keys (the
    ``Surrogate-Key`` header) with its batch purge API. Settings: ``SERVICE_ID``, ``API_TOKEN``,
    optional ``SOFT_PURGE`` (mark stale instead of removing, for stale-while-revalidate)."""

    API = "https://api.fastly.com"
    KEYS_PER_CALL = 256

    def __init__(self, params):
        super().__init__(params)
        self.service_id = params.pop("SERVICE_ID")
        self.api_token = params.pop("API_TOKEN")
        self.soft_purge = params.pop("SOFT_PURGE", False)

    def headers(self):
        headers = {"Fastly-Key": self.api_token, "Accept": "application/json"}
        if self.soft_purge:
            headers["Fastly-Soft-Purge"] = "1"
        return headers

    def purge(self, url):
        response = requests.request("PURGE", url, headers=self.headers(), timeout=TIMEOUT)
        if response.status_code != 200:
            logger.error("Couldn't purge %s from Fastly: %s %s", url, response.status_code, response.text)

    def purge_tags(self, tags):
        for chunk in chunks(tags, self.KEYS_PER_CALL):
            response = requests.post(
                f"{self.API}/service/{self.service_id}/purge",
                headers={**self.headers(), "Surrogate-Key": " ".join(chunk)},
                timeout=TIMEOUT,
            )
            if response.status_code != 200:
                logger.error("Couldn't purge keys %s from Fastly: %s %s", chunk, response.status_code, response.text)


def ban_expression(tags):
    """A regular expression matching a Surrogate-Key header that holds one of ``tags``, written
    without spaces or backslashes (a Varnish ban takes it as an unquoted argument): other
    characters than letters and digits as one-character classes (``news[.]newspage``)."""
    escaped = ["".join(char if char.isalnum() else f"[{char}]" for char in tag) for tag in tags]
    return "(^|[[:space:]])(" + "|".join(escaped) + ")([[:space:]]|$)"


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class HTTPBanBackend(HTTPBackend):
    """An HTTP cache of one's own (Varnish): URLs purged with Wagtail's PURGE request, tags with
    a BAN request to ``LOCATION`` whose ``X-Ban-Surrogate-Key`` header is a regular expression
    matching the ``Surrogate-Key`` header of every answer carrying one of the tags (the VCL of
    docs/deployment.md turns it into a ban)."""

    # Tags per BAN request (a header of a few kilobytes at most).
    TAGS_PER_CALL = 100

    def __init__(self, params):
        self.location = params["LOCATION"]
        super().__init__(params)

    def purge_tags(self, tags):
        parts = urlsplit(self.location)
        url = urlunsplit([parts.scheme, parts.netloc, "/", "", ""])
        for chunk in chunks(tags, self.TAGS_PER_CALL):
            expression = ban_expression(chunk)
            request = BanRequest(url, headers={"X-Ban-Surrogate-Key": expression})
            try:
                with urlopen(request, timeout=TIMEOUT):
                    pass
            except HTTPError as error:
                logger.error("Couldn't ban tags %s from the HTTP cache: %d %s", chunk, error.code, error.reason)
            except URLError as error:
                logger.error("Couldn't ban tags %s from the HTTP cache: %s", chunk, error.reason)
