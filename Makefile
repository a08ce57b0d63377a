# The two commands of the README: `make demo` (site with demo content) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: install demo test messages schema

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

# Compile the gettext catalogues of locale/ (the .mo files are build output, not in git).
messages: install
	cd $(CURDIR) && $(PY) manage.py compilemessages --ignore=$(VENV) --ignore=node_modules -v0

demo: messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo_content
	@echo "Admin: http://$(HOST)/admin/  GraphQL: http://$(HOST)/graphql/"
	$(PY) manage.py runserver $(HOST)

test: messages
	$(PY) -m pytest

# Re-export schema.graphql after a deliberate API change (a test fails when it drifts).
schema: install
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py graphql_schema --schema cms.schema.schema --out schema.graphql
