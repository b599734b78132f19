# Hanoi Department of Culture and Sports portal. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install translations messages migrate seed run test lint format bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the pinned dependencies

translations: install ## Compile the interface translations (locale/*.po)
	$(MANAGE) compile_translations

messages: install ## Refresh locale/*/django.po from the code (needs GNU gettext), then translate the new entries
	$(MANAGE) makemessages -l en -l vi --add-location=file --ignore=.venv --ignore=node_modules \
		--ignore=staticfiles --ignore=media --ignore=bench --ignore=tests --ignore=cms/admin_locale

migrate: install ## Apply database migrations (SQLite unless DATABASE_URL is set)
	$(MANAGE) migrate --no-input

seed: migrate ## Build the demo portal (idempotent)
	$(MANAGE) seed_demo

# One shell for both processes: the scheduler publishes what editors schedule, and the trap stops it however
# runserver ends (Ctrl-C, an error, a closed terminal).
run: translations seed ## Serve the seeded demo portal on http://127.0.0.1:8000, with scheduled publishing
	$(MANAGE) run_scheduler & scheduler=$$!; trap 'kill $$scheduler 2>/dev/null; wait $$scheduler 2>/dev/null' EXIT INT TERM HUP; $(MANAGE) runserver $(HOST):$(PORT)

test: translations ## Run the whole test suite (DATABASE_URL if set, SQLite otherwise)
	$(PY) -m pytest

lint: install ## ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: translations seed ## Run the benchmarks in bench/ on the seeded demo portal
	$(PY) -m bench

clean: ## Remove the virtualenv, the SQLite database, media and collected static files
	rm -rf $(VENV) db.sqlite3 media staticfiles
