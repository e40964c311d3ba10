# Newsroom. `make demo` and `make test` set everything up themselves (virtualenv, install,
# migrate); they need only Python 3.11+, git and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help demo test lint format migrate bench bench-peers clean

help:
	@echo "make demo   - the demo newsroom on SQLite at http://$(HOST):$(PORT)"
	@echo "make test   - lint, migration check and the whole test suite"
	@echo "make bench  - seed volume data and measure the readers' pages"
	@echo "make bench-peers - the same pages beside the floor project and Wagtail"
	@echo "make lint   - ruff, djhtml and the import-layer contracts"
	@echo "make format - apply ruff formatting and djhtml indentation"

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

migrate: $(STAMP)
	DJANGO_SETTINGS_MODULE=newsroom.settings.dev $(BIN)/python -m newsroom.demo_db
	DJANGO_SETTINGS_MODULE=newsroom.settings.dev $(BIN)/python manage.py migrate --verbosity 0

demo: migrate
	DJANGO_SETTINGS_MODULE=newsroom.settings.dev HOST=$(HOST) PORT=$(PORT) $(BIN)/python manage.py load_demo
	@echo "Serving the demo newsroom at http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	DJANGO_SETTINGS_MODULE=newsroom.settings.dev $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

test: lint
	DJANGO_SETTINGS_MODULE=newsroom.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

# The same pages beside the floor project and Wagtail, in one run (../shared/bench/).
bench-peers: $(STAMP)
	$(BIN)/python bench/run.py --peers

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles bench/.work
