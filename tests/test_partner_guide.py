"""docs/api.md "Build a partner site", step by step as written: a new Astro project with
graphql-codegen, the guide's query, config and page, built against the demo server, lists the
French news."""

import os
import re
import shutil
import subprocess

import pytest

from tests.servers import BASE_DIR, unavailable

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the guide builds against its own demo server on SQLite: it runs once, in `make test`",
    ),
    pytest.mark.xdist_group("demo-server"),
]

GUIDE = (BASE_DIR / "docs" / "api.md").read_text()
SECTION = GUIDE.split("## Build a partner site", 1)[1].split("\n## ", 1)[0]
FENCED = re.compile(r"```(\w+)\n(.*?)```", re.S)


def blocks():
    """The section's fenced blocks in order, unindented (they sit in a numbered list)."""
    return [
        (kind, "\n".join(line[3:] if line.startswith("   ") else line for line in body.splitlines()) + "\n")
        for kind, body in FENCED.findall(SECTION)
    ]


def run(script, cwd, env):
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{script}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"


def test_the_guide_builds_a_page_of_french_news(demo_server, tmp_path):
    if not shutil.which("npm"):
        unavailable("npm is not installed (Node.js 20 and npm; .ci/run installs them)")
    # The packages come from the npm cache when the examples were installed (`npm ci`), else
    # from the registry, as for any reader; telemetry stays off.
    env = {**os.environ, "npm_config_prefer_offline": "true", "ASTRO_TELEMETRY_DISABLED": "1"}
    (install, query, config, codegen, page, build) = blocks()
    assert [install[0], query[0], config[0], codegen[0], page[0], build[0]] == [
        "sh",
        "graphql",
        "ts",
        "sh",
        "astro",
        "sh",
    ]

    run(install[1], tmp_path, env)  # step 1
    project = tmp_path / "french-news"
    shutil.copyfile(BASE_DIR / "schema.graphql", project / "schema.graphql")  # step 2
    (project / "src" / "pages").mkdir(parents=True)
    (project / "src" / "news.graphql").write_text(query[1])  # step 3
    (project / "codegen.ts").write_text(config[1])
    run(codegen[1], project, env)
    api = f"{demo_server.url}/graphql/"
    (project / "src" / "pages" / "index.astro").write_text(page[1].replace("https://cms.example.org/graphql/", api))
    run(build[1], project, env)  # step 5

    html = (project / "dist" / "index.html").read_text()
    assert "<h1>Actualités</h1>" in html
    assert "L&#39;Alliance est lancée" in html or "L'Alliance est lancée" in html, html[:2000]
