# The only commands people and CI type. Each target installs what it needs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench schema screenshots report-screenshots clean lock audit

install: $(STAMP) node_modules/.installed

# Designsystemet CSS and web components, from package-lock.json (served as static files).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: pages will lack Designsystemet's CSS (apt-get install npm)"; fi

# requirements.lock pins every package at the version the suite passed with (`make lock`);
# installs take it as constraints, so a municipality installs what was tested.
LOCK := requirements.lock
LOCK_FLAGS := $(if $(wildcard $(LOCK)),-c $(LOCK))

$(STAMP): pyproject.toml $(wildcard $(LOCK))
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(LOCK_FLAGS) -e '.[dev]'
	touch $(STAMP)

# Rewrite requirements.lock from the installed, tested environment.
lock: install
	@{ echo "# The tested dependency set: make lock writes it, make install installs it (-c)."; \
		$(BIN)/python -m pip freeze --exclude-editable --local; } > $(LOCK)
	@echo "wrote $(LOCK) ($$(grep -vc '^#' $(LOCK)) packages)"

# Known vulnerabilities in requirements.lock (pip-audit in its own venv); says plainly when no
# vulnerability database can be reached, instead of passing without having checked.
audit: install
	@test -x $(VENV)-audit/bin/pip-audit || { $(PYTHON) -m venv $(VENV)-audit && \
		$(VENV)-audit/bin/python -m pip install --quiet pip-audit; } || \
		{ echo "NOT CHECKED: pip-audit could not be installed (no package index?)"; exit 0; }
	@$(VENV)-audit/bin/python scripts/audit.py $(VENV)-audit/bin/pip-audit $(LOCK)

# Migrate and load both catalogs, create the demo units and staff accounts (docs/desk.md), serve.
run: install
	$(BIN)/iub serve --load-only
	$(BIN)/python manage.py iub_demo
	$(BIN)/iub demo
	$(BIN)/iub serve

# A full-page screenshot of every public page under var/screenshots/ (needs /usr/bin/chromium).
screenshots: install
	IUB_SCREENSHOTS=1 $(BIN)/python -m pytest -q -p no:xdist -m browser tests/browser
	@ls var/screenshots

# The yearly follow-up report of the seeded synthetic year as PDF and page images (docs/followup.md).
report-screenshots: install
	mkdir -p var/screenshots
	rm -f var/screenshots/report-alingsas-2026-*.png
	$(BIN)/iub report --catalog alingsas --year 2026 --synthetic 2026 -o var/screenshots/report-alingsas-2026.pdf
	pdftoppm -r 60 -png var/screenshots/report-alingsas-2026.pdf var/screenshots/report-alingsas-2026
	@ls var/screenshots/report-alingsas-2026*

# The whole suite on the embedded SQLite, then the web tests (public pages, API, desk, audit)
# again on PostgreSQL where it answers: production's database, the same code.
PG_URL ?= postgresql://postgres@127.0.0.1:5432/test

test: install
	$(BIN)/python -m pytest -q -n 2
	@if $(BIN)/python -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" \
			>/dev/null 2>&1; then \
		echo "== tests/web again on PostgreSQL ($(PG_URL))"; \
		DATABASE_URL='$(PG_URL)' $(BIN)/python -m pytest -q -n 2 --create-db tests/web; \
	else \
		echo "SKIPPED: PostgreSQL does not answer at $(PG_URL); the web tests ran on SQLite only"; \
	fi

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

# Every benchmarks/*.py that does not start with "_" prints its table; none runs in `make test`.
bench: install
	@set -e; for script in benchmarks/[!_]*.py; do \
		echo "== $$script"; $(BIN)/python $$script; done

schema: install
	$(BIN)/iub catalog schema -o docs/catalog.schema.json

clean:
	rm -rf $(VENV) $(VENV)-audit var .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache
