"""``make production-check``: docs/deployment.md run as written, behind a real nginx.

1. The guide's *Steps* block, line by line (``pip``, ``python`` and ``gunicorn`` are this
   environment's), with production settings on a PostgreSQL database of this run's own
   (created, then dropped), Redis under this run's key prefix (deleted after), and static and
   media folders in a temporary directory; a line that fails stops the check.
2. The demo content, so that there is something to serve (not a guide step).
3. The guide's nginx ``server`` block, its paths, port and certificate replaced by this run's
   (a self-signed certificate made here), inside a minimal nginx.conf; Debian's nginx runs it.
4. Through nginx, over TLS: /health/, a GraphQL POST and a persisted GET, the sitemap, a feed,
   the calendar, a static file and a media file with their headers, the admin's sign-in page,
   and the client address: a caller who writes a new X-Forwarded-For each time is still one
   address for the rate limit.

Prints what each check saw; exits 1 at the first failure. Needs nginx and openssl
(``apt-get install nginx``; ``.ci/run`` installs it), PostgreSQL and Redis on 127.0.0.1.
"""

import hashlib
import json
import os
import re
import shlex
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.serving import django_env, forget_keys, free_port  # noqa: E402

GUIDE = BASE_DIR / "docs" / "deployment.md"
POSTGRES = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/alliance")
REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/1")
RATE_LIMIT = 40  # anonymous API requests per minute during the check


class CheckFailed(Exception):
    pass


def fenced_block(text, heading, language):
    """The first ```language block after ``## heading`` in the guide."""
    section = text.split(f"## {heading}\n", 1)[1]
    match = re.search(rf"```{language}\n(.*?)```", section, re.S)
    if match is None:
        raise CheckFailed(f"docs/deployment.md has no ```{language} block under '## {heading}'")
    return match.group(1)


def guide_commands(text):
    """The Steps block's commands, comments removed."""
    commands = []
    for line in fenced_block(text, "Steps", "sh").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            commands.append(line)
    return commands


def say(message):
    print(message, flush=True)


def run_step(command, env, gunicorn_port):
    words = shlex.split(command)
    program, arguments = words[0], words[1:]
    if program == "pip":
        argv = [sys.executable, "-m", "pip", *arguments, "--quiet"]
    elif program == "python":
        argv = [sys.executable, *arguments]
    elif program == "gunicorn":
        say(f"$ {command}   (port {gunicorn_port}, in the background)")
        return subprocess.Popen(
            [sys.executable, "-m", "gunicorn", *arguments],
            cwd=BASE_DIR,
            env={**env, "PORT": str(gunicorn_port), "WEB_CONCURRENCY": "2"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    else:
        raise CheckFailed(f"the guide runs {program!r}, which this check does not know how to run")
    say(f"$ {command}")
    result = subprocess.run(argv, cwd=BASE_DIR, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CheckFailed(f"guide step failed: {command}\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return None


def nginx_config(text, work, port, gunicorn_port, static_root, media_root, certificate, key):
    server = fenced_block(text, "Behind nginx", "nginx")
    replacements = {
        "listen 443 ssl;": f"listen 127.0.0.1:{port} ssl;",
        "server_name alliance.example.org;": "server_name localhost;",
        "/etc/ssl/alliance/fullchain.pem": str(certificate),
        "/etc/ssl/alliance/privkey.pem": str(key),
        "/srv/alliance/static/": f"{static_root}/",
        "/srv/alliance/media/": f"{media_root}/",
        "http://127.0.0.1:8000": f"http://127.0.0.1:{gunicorn_port}",
        # The check listens on a port of its own: the Host Django sees (CSRF's origin check)
        # must carry it, as $host does on 443.
        "proxy_set_header Host $host;": "proxy_set_header Host $http_host;",
    }
    for written, used in replacements.items():
        if written not in server:
            raise CheckFailed(f"the guide's nginx block no longer says {written!r}: update this check")
        server = server.replace(written, used)
    temp = work / "nginx-temp"
    temp.mkdir()
    return f"""worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
{server}
}}
"""


class Client:
    """HTTPS through nginx, trusting this run's certificate."""

    def __init__(self, port, certificate):
        self.base = f"https://localhost:{port}"
        self.context = ssl.create_default_context(cafile=str(certificate))

    def request(self, path, data=None, headers=None, method=None):
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(request, context=self.context, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def graphql(self, body, headers=None):
        return self.request(
            "/graphql/",
            json.dumps(body).encode(),
            {"Content-Type": "application/json", "Accept": "application/json", **(headers or {})},
        )


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)
    say(f"  ok: {message}")


def check_through_nginx(client, media_root, static_root):
    status, headers, body = client.request("/health/")
    expect(status == 200 and json.loads(body)["status"] == "ok", f"/health/ answers {status} {body[:80]!r}")

    query = '{ news(locale: "en", limit: 3) { items { title urlPath } } }'
    status, _headers, body = client.graphql({"query": query})
    answer = json.loads(body)
    expect(
        status == 200 and answer["data"]["news"]["items"], f"GraphQL POST: {len(answer['data']['news']['items'])} news"
    )

    digest = hashlib.sha256(query.encode()).hexdigest()
    extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": digest}})
    path = "/graphql/?" + urllib.parse.urlencode({"extensions": extensions})
    status, _headers, body = client.request(path, headers={"Accept": "application/json"})
    expect("PERSISTED_QUERY_NOT_FOUND" in body.decode(), "persisted GET before registration: PERSISTED_QUERY_NOT_FOUND")
    client.graphql({"query": query, "extensions": json.loads(extensions)})
    status, headers, body = client.request(path, headers={"Accept": "application/json"})
    expect(
        status == 200 and json.loads(body)["data"] == answer["data"], "persisted GET after registration: the same data"
    )
    expect("X-Frame-Options" in headers, "the persisted GET answer carries X-Frame-Options")

    for path, marker in [
        ("/sitemap.xml", b"<urlset"),
        ("/en/feeds/news.rss", b"<rss"),
        ("/en/events.ics", b"BEGIN:VCALENDAR"),
    ]:
        status, headers, body = client.request(path)
        expect(status == 200 and marker in body, f"{path}: {status}, {len(body)} bytes")
    status, headers, body = client.request("/en/feeds/news.rss")
    expect("https://localhost" in body.decode(), "feed links are https (X-Forwarded-Proto reached Django)")

    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    css = manifest["wagtailadmin/css/core.css"]
    status, headers, _body = client.request(f"/static/{css}")
    expect(status == 200 and headers.get("X-Content-Type-Options") == "nosniff", f"/static/{css}: {status}, nosniff")
    expect("default-src" in headers.get("Content-Security-Policy", ""), "static files carry a Content-Security-Policy")

    (media_root / "check").mkdir(parents=True, exist_ok=True)
    (media_root / "check" / "page.html").write_text("<script>alert(1)</script>")
    status, headers, _body = client.request("/media/check/page.html")
    policy = headers.get("Content-Security-Policy", "")
    expect(status == 200 and "default-src 'none'" in policy and "sandbox" in policy, f"/media/: {status}, {policy!r}")
    expect(headers.get("X-Content-Type-Options") == "nosniff", "/media/ files carry nosniff")

    status, _headers, body = client.request("/admin/login/")
    expect(
        status == 200 and b'name="password"' in body, "the admin's sign-in page answers over https (no redirect loop)"
    )

    # The client address: nginx appends the address it saw; whatever the client writes before
    # it changes nothing. The limit is per minute (a fixed window): twice the limit and one
    # more requests, sent in under a minute, put more than the limit in one window wherever
    # the windows fall.
    statuses = []
    for attempt in range(2 * RATE_LIMIT + 1):
        statuses.append(client.graphql({"query": "{ __typename }"}, {"X-Forwarded-For": f"10.0.{attempt}.1"})[0])
        if statuses[-1] == 429:
            break
    expect(statuses[-1] == 429, f"a caller who forges X-Forwarded-For is still one address: 429 after {len(statuses)}")


def sign_in_with_chromium(base_url, password):
    """Debian's chromium signs in to the admin through nginx: the dashboard loads, every file it
    asks for answers 200, and the console reports no Content-Security-Policy refusal."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.browser.conftest import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, missing_browser

    if reason := missing_browser():
        if os.environ.get("CI", "").lower() == "true":
            raise CheckFailed(f"CI=true and {reason}")
        say(f"  skipped: chromium sign-in ({reason})")
        return
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which(CHROMIUM) or CHROMIUM
    for flag in [*CHROMIUM_FLAGS, "--ignore-certificate-errors"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which(CHROMEDRIVER) or CHROMEDRIVER), options=options)
    try:
        driver.get(base_url + "/admin/login/")
        driver.find_element(By.NAME, "username").send_keys("admin")
        driver.find_element(By.NAME, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        try:
            WebDriverWait(driver, 20).until(EC.url_to_be(base_url + "/admin/"))
        except Exception as error:
            raise CheckFailed(f"chromium could not sign in through nginx (at {driver.current_url})") from error
        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        time.sleep(1)
        files = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => [e.name, e.responseStatus])"
        )
        refused = [
            entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]
        ]
    finally:
        driver.quit()
    failing = [(name, status) for name, status in files if status and status != 200]
    expect(not failing, f"chromium signed in through nginx; {len(files)} files, all 200 {failing or ''}")
    expect(not refused, f"no Content-Security-Policy refusal in the console {refused or ''}")


def main():
    for program in ("nginx", "openssl"):
        if shutil.which(program) is None and not Path(f"/usr/sbin/{program}").exists():
            say(f"SKIPPED production check: {program} is not installed (apt-get install nginx openssl)")
            return 1 if os.environ.get("CI", "").lower() == "true" else 0
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    run_id = uuid.uuid4().hex[:8]
    database = f"{POSTGRES.rsplit('/', 1)[0]}/alliance_production_check_{run_id}"
    key_prefix = f"production-check-{run_id}"
    processes = []
    with tempfile.TemporaryDirectory(prefix="alliance-production-check-") as folder:
        work = Path(folder)
        work.chmod(0o755)  # nginx's workers (another user when started as root) read the files
        static_root, media_root = work / "static", work / "media"
        env = django_env("cms.settings.production", database, REDIS, key_prefix)
        env.update(
            DJANGO_STATIC_ROOT=str(static_root),
            DJANGO_MEDIA_ROOT=str(media_root),
            DJANGO_ALLOWED_HOSTS="localhost",
            DJANGO_SECURE_SSL_REDIRECT="True",
            CLIENT_IP_TRUSTED_PROXIES="1",
            API_RATE_LIMIT_ANONYMOUS=str(RATE_LIMIT),
        )
        subprocess.run([sys.executable, "scripts/create_database.py", database], cwd=BASE_DIR, check=True)
        try:
            text = GUIDE.read_text(encoding="utf-8")
            gunicorn_port, port = free_port(), free_port()
            for command in guide_commands(text):
                if command.split()[0] == "gunicorn":
                    say("$ python manage.py load_demo_content   (the check's own step: something to serve)")
                    subprocess.run(
                        [sys.executable, "manage.py", "load_demo_content"],
                        cwd=BASE_DIR,
                        env=env,
                        check=True,
                        capture_output=True,
                    )
                started = run_step(command, env, gunicorn_port)
                if started is not None:
                    processes.append(started)
            certificate, key = work / "cert.pem", work / "key.pem"
            subprocess.run(
                ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
                + ["-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(certificate)],
                check=True,
                capture_output=True,
            )
            config = work / "nginx.conf"
            config.write_text(nginx_config(text, work, port, gunicorn_port, static_root, media_root, certificate, key))
            say(f"$ nginx -c {config}   (the guide's server block, on port {port})")
            processes.append(
                subprocess.Popen(
                    [nginx, "-c", str(config), "-p", str(work), "-g", "daemon off;"], stderr=subprocess.PIPE
                )
            )
            client = Client(port, certificate)
            for _ in range(100):
                try:
                    if client.request("/health/")[0] == 200:
                        break
                except OSError:
                    pass
                time.sleep(0.3)
            check_through_nginx(client, media_root, static_root)
            sign_in_with_chromium(client.base, env["DEMO_ADMIN_PASSWORD"])
        except CheckFailed as failure:
            say(f"FAILED: {failure}")
            return 1
        finally:
            for process in processes:
                process.terminate()
                process.wait(10)
            forget_keys(REDIS, key_prefix)
            drop_database(database)
    say("production check passed")
    return 0


def drop_database(url):
    """Drop the database this run created (and only it)."""
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


if __name__ == "__main__":
    sys.exit(main())
