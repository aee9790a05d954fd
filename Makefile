# make run   — install, build the data if needed, serve on http://127.0.0.1:8050
#              (HOST=0.0.0.0 PORT=8080 make run to change; Ctrl-C stops it)
# make test  — install (incl. Debian's chromium, PostgreSQL, Redis), build, run all tests
# make test-fast — the unit tests (tests/unit): Python packages only (and ICU, for PyICU);
#              no Debian browser, PDF or server packages, no data build, no app
# make bench — performance figures as JSON lines
# make bench-full — the data layer at SMUP's full size (~1,300 indicators), JSON lines
# make lighthouse — Lighthouse scores of five pages (desktop, mobile), JSON lines
# make loadtest ARGS="--seconds 30" — mixed load with and without PDFs on 127.0.0.1, JSON lines
# make sync-smup ARGS="--dry-run" — mirror SMUP's API into a new data version (key: SMUP_API_KEY)
# make sync-bdl ARGS="--dry-run"  — the catalogue's BDL variables into a new data version
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BUILT := data/built/values/manifest.json
BUILD_INPUTS := $(wildcard catalogue/*.toml commands.py data_access/*.py data_access/demo/*.py geodata/*.py data/raw/*/*.csv data/raw/geo/*.json)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run translations test test-fast bench bench-full lighthouse loadtest sync-smup sync-bdl lint data chromium pdf-libs office icu-libs servers postgresql redis clean

$(VENV)/.installed: requirements.txt | icu-libs
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.installed
	$(PY) -m pip install -q -r requirements-test.txt
	touch $@

$(BUILT): $(VENV)/.installed $(BUILD_INPUTS) | $(MO_FILES)
	$(VENV)/bin/flask --app app build-data

# The interface messages (i18n.py): gettext catalogues, translations/<lang>/LC_MESSAGES/messages.po
# (edited by hand; msgid = the message key), compiled by Babel into the messages.mo the app reads.
# Every target that runs the app needs them.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard translations/*/LC_MESSAGES/messages.po))
translations: $(MO_FILES)
translations/%/LC_MESSAGES/messages.mo: translations/%/LC_MESSAGES/messages.po | $(VENV)/.installed
	$(VENV)/bin/pybabel -q compile --domain messages --directory translations --locale $*

# Also what a hand-started server needs beyond the data: the PDF libraries.
data: pdf-libs $(MO_FILES) $(BUILT)

# The reduced plotly.js (scripts/plotly-bundle: the traces the app draws) and its .br/.gz twins,
# served in place of plotly.py's full bundle (delivery.py).
PLOTLY_BUNDLE := build/plotly/plotly.min.js
$(PLOTLY_BUNDLE): node_modules/.installed $(wildcard scripts/plotly-bundle/*)
	node scripts/plotly-bundle/build.mjs

# Browser-side tools pinned in package-lock.json: axe-core and Lighthouse (tests), plotly.js and
# esbuild (the reduced bundle).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

chromium:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver; \
	fi

# System libraries of WeasyPrint (PDF reports), a font with Polish letters, and Cairo (the
# report pack's PNG charts, drawn from SVG by CairoSVG).
PDF_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core libcairo2
pdf-libs:
	@if ! dpkg -s $(PDF_DEBS) >/dev/null 2>&1; then \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends $(PDF_DEBS); \
	fi

# LibreOffice Writer without a GUI: tests/integration/test_report_pack.py converts the pack's DOCX to PDF
# with it (headless), as an office would open it.
office:
	@if ! command -v soffice >/dev/null; then \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui; \
	fi

# ICU and what PyICU (Polish alphabetical order of names) compiles against.
ICU_DEBS := libicu-dev pkg-config g++
icu-libs:
	@if ! dpkg -s $(ICU_DEBS) >/dev/null 2>&1; then \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends $(ICU_DEBS); \
	fi

# PostgreSQL (tests) and Redis (tests, `make run`), started per run by scripts/local-services
# on free loopback ports (not as system services).
servers: postgresql redis

postgresql:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends postgresql; \
	fi

redis:
	@if ! command -v redis-server >/dev/null; then \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends redis-server; \
	fi

HOST ?= 127.0.0.1
PORT ?= 8050
GUNICORN := $(VENV)/bin/gunicorn --no-control-socket --workers 2 --bind $(HOST):$(PORT) \
	--access-logfile - app:server
# gunicorn's 2 web workers and, beside them, the report worker that renders PDFs off the web
# workers (stopped with gunicorn; without it the web workers render PDFs themselves). The web
# workers share their login limits through a local Redis unless SMUP_RATELIMIT_STORAGE_URI
# names a storage already.
run: pdf-libs redis $(MO_FILES) $(BUILT) $(PLOTLY_BUNDLE)
	$(VENV)/bin/flask --app app db-upgrade
	$(VENV)/bin/flask --app app report-worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	if [ -n "$$SMUP_RATELIMIT_STORAGE_URI" ]; then $(GUNICORN); \
	else scripts/local-services --redis SMUP_RATELIMIT_STORAGE_URI -- $(GUNICORN); fi

# The accounts, session and rate-limit suites run twice: on SQLite and in-memory counters
# with everything else, then on a PostgreSQL and a Redis started for that run.
BACKEND_TESTS := $(wildcard tests/*/test_accounts*.py tests/*/test_scale_out.py)
test: $(VENV)/.test-installed node_modules/.installed chromium pdf-libs office servers $(MO_FILES) $(BUILT) $(PLOTLY_BUNDLE)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q
	scripts/local-services --postgres SMUP_TEST_DATABASE_URL --redis SMUP_TEST_REDIS_URL -- \
		$(PY) -m pytest -q $(BACKEND_TESTS)

# tests/unit only: pure modules on synthetic frames and a fake repository, no built dataset, no
# app, no browser, no servers (tests/unit/conftest.py fails the run if the app was imported).
test-fast: $(VENV)/.test-installed $(MO_FILES)
	$(PY) -m pytest -q tests/unit

bench: $(VENV)/.test-installed pdf-libs redis $(MO_FILES) $(BUILT)
	$(PY) -m benchmarks
	scripts/local-services --redis SMUP_RATELIMIT_STORAGE_URI -- $(PY) -m benchmarks.workshop

# The mixed load of issue #17 (browsing clients, then PDF clients too) on a free loopback port;
# bounded (--seconds per phase, at most 120), never part of `make test`. Options: --inline,
# --target http://127.0.0.1:<port> (python -m benchmarks.loadtest --help).
loadtest: $(VENV)/.test-installed pdf-libs $(MO_FILES) $(BUILT)
	$(PY) -m benchmarks.loadtest $(ARGS)

# Lighthouse (pinned in package.json) with Debian's Chromium on the app served as `make run`
# serves it (2 gunicorn workers, free loopback port); never part of `make test`.
# Options: --pages home,profile --presets desktop (python -m benchmarks.lighthouse --help).
lighthouse: $(VENV)/.test-installed node_modules/.installed chromium $(MO_FILES) $(BUILT) $(PLOTLY_BUNDLE)
	$(PY) -m benchmarks.lighthouse $(ARGS)

# Generates a synthetic dataset of SMUP's size in a temporary folder (removed at the end);
# never part of `make test`.
bench-full: $(VENV)/.test-installed $(MO_FILES) $(BUILT)
	$(PY) -m benchmarks.fullsize

# Options: --areas, --indicators, --years 2015-2024, --dry-run, --resume (flask --app app
# sync-smup --help); the key comes from the environment variable SMUP_API_KEY only.
sync-smup: $(MO_FILES) $(BUILT)
	$(VENV)/bin/flask --app app sync-smup $(ARGS)

# The BDL variables the catalogue names (real_source), at the gmina level; key: SMUP_BDL_CLIENT_ID.
sync-bdl: $(MO_FILES) $(BUILT)
	$(VENV)/bin/flask --app app sync-bdl $(ARGS)

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf data/built build translations/*/LC_MESSAGES/*.mo
