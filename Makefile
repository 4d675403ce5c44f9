# The two commands of the README: `make run` (the pipeline on a local Kafka, with the
# seeds flowing through it) and `make test` (the whole suite, real broker included).
#
# Dependencies come from the lock files, exact versions with their hashes:
# requirements.lock (what the image ships), requirements-dev.lock (that plus the
# test tools) and requirements-native.lock (the image's build stage: the first plus
# mypy, to compile the core). pyproject.toml keeps the ranges, for people installing
# wirewatch as a library. `make lock` re-resolves the lock files after pyproject.toml changed
# (keeping every pin it can); `make lock-upgrade` moves every pin to the newest
# version the ranges allow.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
# The image's build stage: requirements.lock plus mypy, to compile the core.
NATIVE_LOCK := requirements-native.lock
# pip itself, pinned with hashes: the venv's own pip (Debian's 23.2.1) mis-resolves
# locked extras (see the file).
PIP_LOCK := requirements-pip.lock
# pip-compile runs in a venv of its own, so the tool never enters the locked set.
LOCK_TOOLS := .cache/lock-tools
PIP_TOOLS_VERSION := 7.6.2
PIP_COMPILE := $(LOCK_TOOLS)/bin/pip-compile --quiet --generate-hashes --allow-unsafe \
	--strip-extras --no-emit-find-links --no-emit-index-url

.PHONY: setup native run test lint bench kafka-start kafka-stop clean lock lock-upgrade

# The locked set with hash checking, then the project itself without dependencies;
# `pip check` fails when pyproject.toml asks for something the lock lacks (run
# `make lock`).
$(STAMP): $(PIP_LOCK) $(DEV_LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r $(PIP_LOCK)
	$(BIN)/pip install --quiet --require-hashes -r $(DEV_LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/pip check
	touch $(STAMP)

$(LOCK_TOOLS)/.installed:
	$(PYTHON) -m venv $(LOCK_TOOLS)
	$(LOCK_TOOLS)/bin/pip install --quiet "pip-tools==$(PIP_TOOLS_VERSION)"
	touch $@

lock: $(LOCK_TOOLS)/.installed
	$(PIP_COMPILE) -o $(LOCK) pyproject.toml
	$(PIP_COMPILE) --extra dev -o $(DEV_LOCK) pyproject.toml
	$(PIP_COMPILE) --extra native -o $(NATIVE_LOCK) pyproject.toml

lock-upgrade: $(LOCK_TOOLS)/.installed
	$(PIP_COMPILE) --upgrade -o $(LOCK) pyproject.toml
	$(PIP_COMPILE) --upgrade --extra dev -o $(DEV_LOCK) pyproject.toml
	$(PIP_COMPILE) --upgrade --extra native -o $(NATIVE_LOCK) pyproject.toml

setup: $(STAMP)
	scripts/kafka-local fetch
	scripts/install-prometheus
	@# Debian's Chromium for the live page's browser test (no browser download).
	command -v chromium >/dev/null || { sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  $$sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive \
	  $$sudo apt-get install -y -q --no-install-recommends chromium; }

# The core compiled with mypyc into build/native/ (wirewatch/native.py), rebuilt only
# when its sources changed: the `wirewatch` command uses it when current, pure Python
# otherwise. Needs a C compiler and the Python headers (installed below when missing); ~2.5 min of CPU.
native: $(STAMP)
	@# A C compiler and the Python headers, from Debian's packages when missing (as
	@# chromium above); no install is attempted when the build is already current.
	$(BIN)/python -m wirewatch.native status 2>/dev/null || { \
	  command -v cc >/dev/null && [ -f "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["include"])')/Python.h" ] || { \
	    sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	    $$sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive \
	    $$sudo apt-get install -y -q --no-install-recommends gcc libc6-dev python3-dev; }; \
	  $(BIN)/python -m wirewatch.native build; }

# Without a C compiler the demo still runs, on the pure-Python core.
run: setup
	$(MAKE) native || echo "wirewatch: no native build: the core runs as pure Python"
	scripts/run-demo

# The native build too: tests/integration/test_native.py checks its output is pure
# Python's.
test: setup native
	$(BIN)/ruff check .
	$(BIN)/pytest

# ruff, then mypy on wirewatch, schemas and streams (its settings: pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/bench_pipeline.py

kafka-start:
	scripts/kafka-local start

kafka-stop:
	scripts/kafka-local stop

clean:
	scripts/kafka-local stop || true
	rm -rf $(VENV) .cache var build/native build/native.tmp
