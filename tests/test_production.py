"""Production settings: deploy checks, object storage, structured logs, gunicorn config."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "DJANGO_SECRET_KEY": "k3y-" + "x7Q!p2Lz9@" * 6,
    "DJANGO_ALLOWED_HOSTS": "alliance.example.org",
    "DATABASE_URL": "postgres://alliance@db.internal:5432/alliance",
    "CACHE_URL": "rediscache://127.0.0.1:6379/3",
}


def manage(*args, **extra_env):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL", "AWS_"))
    }
    env.update(PRODUCTION_ENV, **extra_env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True)


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_serves_documents_through_wagtail_and_stores_media_in_s3_when_configured():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.STORAGES['default']['BACKEND'], settings.WAGTAILDOCS_SERVE_METHOD)",
        AWS_STORAGE_BUCKET_NAME="alliance-media",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
    )
    assert result.stdout.split()[-2:] == ["storages.backends.s3.S3Storage", "serve_view"], result.stderr
    local = manage("shell", "-c", "from django.conf import settings; print(settings.STORAGES['default']['BACKEND'])")
    assert local.stdout.split()[-1] == "django.core.files.storage.FileSystemStorage", local.stderr


@pytest.fixture
def s3_media(settings):
    """Media in an S3 bucket (moto's in-process S3), as production configures it."""
    import boto3
    from moto import mock_aws

    with mock_aws():
        boto3.client("s3", region_name="eu-west-1").create_bucket(
            Bucket="alliance-media", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
        )
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": "alliance-media",
                    "region_name": "eu-west-1",
                    "default_acl": None,
                    "querystring_auth": True,
                },
            },
        }
        settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
        yield


@pytest.mark.django_db
def test_private_documents_in_s3_are_served_by_wagtail_never_by_a_bucket_url(s3_media, client):
    from wagtail.models import Collection, CollectionViewRestriction

    from tests.media import make_document

    root = Collection.get_first_root_node()
    public = make_document("Annual report", root)
    private_collection = root.add_child(name="Taskforce only")
    CollectionViewRestriction.objects.create(collection=private_collection, restriction_type="login")
    private = make_document("Internal minutes", private_collection)

    for document in (public, private):
        assert document.url == f"/documents/{document.pk}/{document.filename}"
        assert "amazonaws" not in document.url and "alliance-media" not in document.url
    served = client.get(public.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"Minutes of the working group"
    refused = client.get(private.url)
    assert refused.status_code == 302 and "/login/" in refused.url


def test_logs_are_json_lines():
    from cms.logging import JsonFormatter

    record = logging.makeLogRecord(
        {"name": "api", "levelname": "ERROR", "msg": "failed %s", "args": ("query",), "request_id": "r-1"}
    )
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "failed query"
    assert entry["level"] == "ERROR" and entry["logger"] == "api" and entry["request_id"] == "r-1"


def test_gunicorn_configuration_loads():
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--check-config", "--config", "gunicorn.conf.py"],
        cwd=BASE_DIR,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}, **PRODUCTION_ENV},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_cookies_sessions_and_transport_security():
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({name: getattr(s, name) for name in "
        "['SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'CSRF_COOKIE_SECURE', 'SESSION_COOKIE_AGE', "
        "'SECURE_HSTS_SECONDS', 'SECURE_CONTENT_TYPE_NOSNIFF', 'SECURE_REFERRER_POLICY', 'AXES_FAILURE_LIMIT']} "
        "| {'csp': 'cms.middleware.ContentSecurityPolicyMiddleware' in s.MIDDLEWARE}))"
    )
    result = manage("shell", "-c", code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_AGE": 12 * 60 * 60,
        "SECURE_HSTS_SECONDS": 365 * 24 * 60 * 60,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "AXES_FAILURE_LIMIT": 5,
        "csp": True,
    }
    # HSTS is a setting: off where TLS ends elsewhere and the operator says so.
    off = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS)",
        DJANGO_SECURE_HSTS_SECONDS="0",
    )
    assert off.stdout.strip().splitlines()[-1] == "0"


def test_collectstatic_with_production_settings_as_the_guide_says(tmp_path):
    """docs/deployment.md's `collectstatic --noinput` (hashed names, compressed): every file a
    vendored file names must exist, or production's admin has no stylesheet at all."""
    result = manage("collectstatic", "--noinput", "-v0", DJANGO_STATIC_ROOT=str(tmp_path), CMS_ALLOW_LOCAL_CACHE="true")
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    assert "wagtailadmin/css/core.css" in manifest and "graphiql/graphiql.min.js" in manifest
