# make run   — install, build the data if needed, serve on http://127.0.0.1:8050
# make test  — install (incl. Debian's chromium + chromium-driver), build, run all tests
# make bench — performance figures as JSON lines
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BUILT := data/built/values.parquet
BUILD_INPUTS := $(wildcard data_access/*.py geodata/*.py data/raw/*/*.csv data/raw/geo/*.json)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test bench lint data chromium clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.installed
	$(PY) -m pip install -q -r requirements-test.txt
	touch $@

$(BUILT): $(VENV)/.installed $(BUILD_INPUTS)
	$(VENV)/bin/flask --app app build-data

data: $(BUILT)

chromium:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver; \
	fi

run: $(BUILT)
	$(VENV)/bin/gunicorn --no-control-socket --workers 2 --bind 127.0.0.1:8050 \
		--access-logfile - app:server

test: $(VENV)/.test-installed chromium $(BUILT)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q

bench: $(VENV)/.test-installed $(BUILT)
	$(PY) -m benchmarks

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf data/built
