# The two commands of the README: `make demo` (site with demo content) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/alliance
TEST_REDIS_URL ?= redis://127.0.0.1:6379/1

.PHONY: install demo demo-postgres test test-postgres production-check messages schema client-kit audit-tools lint

$(VENV)/.installed: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

install: $(VENV)/.installed

# The graphql-http audit suite (GraphQL over HTTP) that tests/test_http_audit.py runs against a
# live server: exact versions from the npm registry; without npm the test says why it skipped.
AUDIT_TOOLS := tools/http-audit/node_modules/.installed
$(AUDIT_TOOLS): tools/http-audit/package.json
	@if command -v npm >/dev/null; then \
		cd tools/http-audit && npm install --no-package-lock --no-audit --no-fund --silent && touch node_modules/.installed; \
	else echo "npm not found: the GraphQL-over-HTTP audit will be skipped"; fi

# The examples' npm workspace (the client kit's codegen, the partner site's Astro), exactly as
# examples/package-lock.json pins it; without npm, their tests say why they skipped.
EXAMPLE_TOOLS := examples/node_modules/.package-lock.json
$(EXAMPLE_TOOLS): examples/package-lock.json
	@if command -v npm >/dev/null; then \
		cd examples && npm ci --no-audit --no-fund --silent; \
	else echo "npm not found: the client kit and partner site tests will be skipped"; fi

audit-tools: $(AUDIT_TOOLS) $(EXAMPLE_TOOLS)

# Compile the gettext catalogues of locale/ (the .mo files are build output, not in git).
messages: install
	cd $(CURDIR) && $(PY) manage.py compilemessages --ignore=$(VENV) --ignore=node_modules -v0

demo: messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo_content
	@echo "Admin: http://$(HOST)/admin/  GraphQL: http://$(HOST)/graphql/"
	$(PY) manage.py runserver $(HOST)

# The demo on PostgreSQL, for real full-text search (English and French stemming): the database
# of DEMO_DATABASE_URL is created if missing, never dropped.
DEMO_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/alliance_demo
demo-postgres: messages
	$(PY) scripts/create_database.py "$(DEMO_DATABASE_URL)"
	DATABASE_URL="$(DEMO_DATABASE_URL)" $(PY) manage.py migrate --noinput -v0
	DATABASE_URL="$(DEMO_DATABASE_URL)" $(PY) manage.py load_demo_content
	@echo "Admin: http://$(HOST)/admin/  GraphQL: http://$(HOST)/graphql/"
	DATABASE_URL="$(DEMO_DATABASE_URL)" $(PY) manage.py runserver $(HOST)

# Two workers (this machine has two cores); a bare `pytest` runs serially. Tests marked with the
# same xdist_group (the browser journeys, which share a demo site) run on one worker, in order.
# The ten slowest tests are listed at the end: the suite should stay well under ten minutes in CI.
PYTEST := $(PY) -m pytest -n 2 --dist loadgroup --durations=10

test: messages audit-tools
	$(PYTEST)

# The same suite on PostgreSQL with the cache in Redis, when those servers answer
# (CI machines run both on 127.0.0.1); otherwise it says why it did not run.
# With CI=true a missing server fails the run: a green CI means every suite ran.
test-postgres: messages audit-tools
	@if ! $(PY) scripts/reachable.py "$(TEST_POSTGRES_URL)"; then \
		echo "SKIPPED PostgreSQL suite: no PostgreSQL server answers at $(TEST_POSTGRES_URL)"; \
		if [ "$(CI)" = true ]; then echo "CI=true: failing instead"; exit 1; fi; \
	elif ! $(PY) scripts/reachable.py "$(TEST_REDIS_URL)"; then \
		echo "PostgreSQL suite with a local-memory cache: no Redis answers at $(TEST_REDIS_URL)"; \
		if [ "$(CI)" = true ]; then echo "CI=true: failing instead"; exit 1; fi; \
		DATABASE_URL="$(TEST_POSTGRES_URL)" $(PYTEST); \
	else \
		DATABASE_URL="$(TEST_POSTGRES_URL)" TEST_CACHE_URL="$(TEST_REDIS_URL)" $(PYTEST); \
	fi

# docs/deployment.md's steps as written, behind Debian's nginx with TLS, checked through it
# (scripts/production_check.py); says why it skipped where nginx, PostgreSQL or Redis is missing.
production-check: messages
	@if ! $(PY) scripts/reachable.py "$(TEST_POSTGRES_URL)" || ! $(PY) scripts/reachable.py "$(TEST_REDIS_URL)"; then \
		echo "SKIPPED production check: it needs PostgreSQL at $(TEST_POSTGRES_URL) and Redis at $(TEST_REDIS_URL)"; \
		if [ "$(CI)" = true ]; then echo "CI=true: failing instead"; exit 1; fi; \
	else \
		TEST_POSTGRES_URL="$(TEST_POSTGRES_URL)" TEST_REDIS_URL="$(TEST_REDIS_URL)" $(PY) scripts/production_check.py; \
	fi

# Lint and format checks (pyproject.toml); `ruff format .` and `ruff check --fix .` repair most.
lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

# Re-export schema.graphql after a deliberate API change (a test fails when it drifts).
schema: install
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py graphql_schema --schema cms.schema.schema --out schema.graphql

# The typed client kit regenerated from schema.graphql and its documents (Node.js 20 and npm).
client-kit: $(EXAMPLE_TOOLS)
	cd examples/client-kit && npm run codegen
