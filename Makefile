# Newsroom. `make demo` and `make test` set everything up themselves (virtualenv, install,
# migrate); they need only Python 3.11+, git and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
# make test fails below this share of lines and branches covered (a few points under
# the figure measured when the floor was set).
COVERAGE_FLOOR ?= 86
# make test's pytest processes (pytest-xdist): 2 roughly halves the suite's time on a
# 2-core machine; 0 runs it in one process (what a run against a shared Redis needs).
PYTEST_WORKERS ?= 2

.PHONY: help demo test lint format migrate bench bench-peers clean mutation test-browser audit \
	screenshots

help:
	@echo "make demo   - the demo newsroom on SQLite at http://$(HOST):$(PORT)"
	@echo "make test   - lint, migration check and the whole test suite"
	@echo "make bench  - seed volume data and measure the readers' pages"
	@echo "make bench-peers - the same pages beside the floor project and Wagtail"
	@echo "make bench-search - search timings (PostgreSQL when DATABASE_URL is set)"
	@echo "make bench-saves - two editors saving one story at once, TRIALS=1000 times"
	@echo "make lint   - ruff, djhtml, the import-layer contracts and mypy"
	@echo "make mutation - mutation testing of visibility, rankings, caching, permissions"
	@echo "make format - apply ruff formatting and djhtml indentation"
	@echo "make test-browser - browser scenarios, axe-core, Nu HTML checker and XSS corpus in chromium"
	@echo "make audit  - Lighthouse scores of every reader page type"
	@echo "make screenshots - desktop and 390 px screenshots into docs/screenshots/"

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
	$(BIN)/djhtml --check templates reader_templates
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates reader_templates

test: lint
	DJANGO_SETTINGS_MODULE=newsroom.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --cov --cov-report=term --cov-fail-under=$(COVERAGE_FLOOR)

# Browser tests (browser_tests/, not collected by make test): Playwright for Python drives
# Debian's chromium (apt-get install chromium default-jre-headless; never a downloaded
# browser) against pytest-django's live server. The Nu HTML checker and Lighthouse come
# pinned from npm (tools/audit/); install scripts are skipped (vnu-jar's would fetch a JRE).
AUDIT := tools/audit
AUDIT_STAMP := $(AUDIT)/node_modules/.installed-$(shell cksum < $(AUDIT)/package-lock.json | cut -d' ' -f1)

$(AUDIT_STAMP): $(AUDIT)/package-lock.json
	cd $(AUDIT) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

test-browser: $(STAMP) $(AUDIT_STAMP)
	$(BIN)/python -m pytest browser_tests -p no:cacheprovider

# Lighthouse on every reader page type of a seeded demo served by gunicorn on a free port.
audit: $(STAMP) $(AUDIT_STAMP)
	$(BIN)/python tools/audit/lighthouse.py

screenshots: $(STAMP)
	$(BIN)/python -m pytest browser_tests/screenshots.py -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python bench/run.py

# The same pages beside the floor project and Wagtail, in one run (../shared/bench/).
bench-peers: $(STAMP)
	$(BIN)/python bench/run.py --peers

# Search alone (bench/search.py, every query): on PostgreSQL when DATABASE_URL is set
# (seeded with seed_bench), else on the bench's SQLite file. RUNS timed runs a query.
RUNS ?= 200
.PHONY: bench-search
bench-search: $(STAMP)
	DJANGO_SETTINGS_MODULE=newsroom.settings.bench \
		DATABASE_URL="$${DATABASE_URL:-sqlite:///$(CURDIR)/bench/.work/bench.sqlite3}" \
		$(BIN)/python bench/search.py --runs $(RUNS)

# Two editors saving the same story at once, TRIALS times (bench/concurrent_saves.py):
# prints trials, refused, silent overwrites and errors. MODE=admin posts the change form
# through the admin, MODE=model calls save(); SAVES_DATABASE_URL picks a scratch database
# (the script migrates it and writes to it; never DATABASE_URL), else a fresh SQLite file.
TRIALS ?= 1000
MODE ?= admin
SAVES_DATABASE_URL ?=
.PHONY: bench-saves
bench-saves: $(STAMP)
	$(BIN)/python bench/concurrent_saves.py --trials $(TRIALS) --mode $(MODE) \
		--database-url "$(SAVES_DATABASE_URL)"

# Mutation testing (mutmut) of the code that decides what readers see, what is ranked,
# what caches may keep and who may publish; docs/mutation-testing.md lists what survives.
# Slow (tens of minutes). It runs in a copy of the work tree, so no mutants/ folder lands
# here; `cd $(MUTATION_DIR) && mutmut show NAME` shows one mutant afterwards.
MUTATION_DIR ?= /tmp/newsroom-mutation
MUTANTS ?= 'articles.models.articles.x_published_q__*' 'articles.models.articles.x_live_at__*' \
	'articles.models.articles.xǁArticleQuerySetǁpublished__*' \
	'articles.models.articles.xǁArticleǁis_published__*' \
	'articles.models.articles.xǁArticleǁis_scheduled__*' 'deals.models.x_public_q__*' \
	'deals.models.xǁDealQuerySetǁpublic__*' 'deals.models.xǁDealǁis_public__*' \
	'articles.live.*' \
	'articles.rankings.*' 'articles.roles.*' 'articles.publishing.*' \
	'articles.views.xǁPublicPageMixinǁdispatch__*' 'articles.pagecache.x_public_headers__*' \
	'articles.pagecache.x_cacheable__*' 'articles.pagecache.x_is_anonymous__*'
define MUTMUT_CFG
[mutmut]
source_paths =
    articles
    deals
    companies
    core
    intelligence
    images
    newsroom
only_mutate =
    articles/models/articles.py
    deals/models.py
    articles/live.py
    articles/rankings.py
    articles/roles.py
    articles/publishing.py
    articles/views.py
    articles/pagecache.py
do_not_mutate =
    */tests/*
also_copy =
    templates
    reader_templates
    static
    conftest.py
    manage.py
# Each mutant waits for a fresh test database; a timeout means a hang, not a slow test.
timeout_constant = 60
pytest_add_cli_args_test_selection =
    articles/tests/test_published.py
    articles/tests/test_embargo.py
    articles/tests/test_public_deals.py
    articles/tests/test_live.py
    articles/tests/test_rankings.py
    articles/tests/test_cache_headers.py
    articles/tests/test_pagecache.py
    articles/tests/test_roles.py
    articles/tests/test_publishing.py
    articles/tests/test_pictures.py
    articles/tests/test_role_decisions.py
    articles/tests/test_views.py
    articles/tests/test_author_pages.py
    articles/tests/test_models.py
    articles/tests/test_recount.py
    articles/tests/test_tags_admin.py
    articles/tests/test_archive.py
    articles/tests/test_live_mutants.py
    companies/tests
endef
export MUTMUT_CFG

mutation: $(STAMP)
	rm -rf $(MUTATION_DIR) && mkdir -p $(MUTATION_DIR)
	tar --exclude=./.venv --exclude=./.git --exclude=__pycache__ --exclude='*.sqlite3' \
		--exclude=./mutants -cf - . | tar -xf - -C $(MUTATION_DIR)
	echo "$$MUTMUT_CFG" > $(MUTATION_DIR)/setup.cfg
	cd $(MUTATION_DIR) && DJANGO_SETTINGS_MODULE=newsroom.settings.test \
		$(CURDIR)/$(BIN)/mutmut run $(MUTANTS)
	cd $(MUTATION_DIR) && $(CURDIR)/$(BIN)/mutmut results

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles bench/.work
