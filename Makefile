# The only commands people and CI type. Each target installs what it needs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench schema screenshots clean

install: $(STAMP) node_modules/.installed

# Designsystemet CSS and web components, from package-lock.json (served as static files).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: pages will lack Designsystemet's CSS (apt-get install npm)"; fi

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Migrate and load both catalogs, create the demo units and staff accounts (docs/desk.md), serve.
run: install
	$(BIN)/iub serve --load-only
	$(BIN)/python manage.py iub_demo
	$(BIN)/iub serve

# A full-page screenshot of every public page under var/screenshots/ (needs /usr/bin/chromium).
screenshots: install
	$(BIN)/python -m pytest -q -p no:xdist -m browser tests/browser
	@ls var/screenshots

test: install
	$(BIN)/python -m pytest -q -n 2

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# Every benchmarks/*.py that does not start with "_" prints its table; none runs in `make test`.
bench: install
	@set -e; for script in benchmarks/[!_]*.py; do \
		echo "== $$script"; $(BIN)/python $$script; done

schema: install
	$(BIN)/iub catalog schema -o docs/catalog.schema.json

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
