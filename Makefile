# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
TEST_ENV := DJANGO_SETTINGS_MODULE=bactria_site.settings.test

.PHONY: run serve test bench loadtest install install-dev browser axe messages demo lint clean

run: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_demo_admin
	$(MANAGE) ensure_demo_partners
	@# The mail worker (emails) and the schedule (what editors set to publish at a time)
	@# run beside the site and stop with it.
	$(MANAGE) db_worker --backend mail & worker=$$!; \
	  $(MANAGE) publish_on_schedule & schedule=$$!; \
	  trap 'kill $$worker $$schedule 2>/dev/null' EXIT INT TERM; \
	  $(MANAGE) runserver 127.0.0.1:8000

# Production: gunicorn with the production settings, the mail worker and the schedule beside it.
# Needs SECRET_KEY and ALLOWED_HOSTS (and DATABASE_URL, REDIS_URL...): see README.
BIND ?= 127.0.0.1:8000
WORKERS ?= 3
PROD := DJANGO_SETTINGS_MODULE=bactria_site.settings.production
serve: $(VENV)/.installed
	$(PROD) $(MANAGE) migrate --noinput
	$(PROD) $(MANAGE) collectstatic --noinput --verbosity 0
	$(PROD) $(MANAGE) db_worker --backend mail & worker=$$!; \
	  $(PROD) $(MANAGE) publish_on_schedule & schedule=$$!; \
	  trap 'kill $$worker $$schedule 2>/dev/null' EXIT INT TERM; \
	  $(PROD) $(BIN)/gunicorn bactria_site.wsgi --bind $(BIND) --workers $(WORKERS) --timeout 60

# The suite runs in two processes at once (pytest-xdist): each worker has its own test
# database, media folders and Redis database. PYTEST_WORKERS=0 runs it in one process.
PYTEST_WORKERS ?= 2
test: $(VENV)/.installed-dev browser axe
	$(TEST_ENV) $(MANAGE) check --fail-level WARNING
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run --noinput
	$(BIN)/ruff check .
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup

# Timings on a throwaway database, gunicorn on 127.0.0.1:8401 and page weights in
# Chromium (see README, "Measuring speed"). DATABASE_URL=postgres://... to bench PostgreSQL.
bench: $(VENV)/.installed-dev browser
	$(BIN)/python -m bench

# Load and faults against gunicorn on a private PostgreSQL cluster (see README, "Under load
# and faults"): DURATION seconds per scenario, VISITORS browsing, APPLICANTS applying,
# BOOKERS booking places.
DURATION ?= 120
VISITORS ?= 50
APPLICANTS ?= 5
BOOKERS ?= 2
loadtest: $(VENV)/.installed
	$(BIN)/python -m loadtest --duration $(DURATION) --visitors $(VISITORS) --applicants $(APPLICANTS) --bookers $(BOOKERS)

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

# The browser tests drive Debian's Chromium (never a downloaded browser), with
# fonts that carry every Tajik letter so screenshots show what visitors see; the demo's
# materials are PDFs written in DejaVu Sans (fonts-dejavu-core, demo/pdfs.py).
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "Install Chromium first: sudo apt-get install -y chromium fonts-noto-core fonts-dejavu-core"; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-dejavu-core >/dev/null; \
	fi

# axe-core, which the accessibility tests inject into pages: the version pinned in
# package-lock.json, from the npm registry.
axe:
	@if [ ! -d node_modules/axe-core ]; then npm ci --no-audit --no-fund; fi

# Refresh the Russian and Tajik catalogues from the code, then compile them.
# The compiled .mo files are committed, so `make run` needs no gettext tools.
messages: $(VENV)/.installed
	$(MANAGE) makemessages -l ru -l tg --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=node_modules --ignore=tests
	$(MANAGE) compilemessages -l ru -l tg --ignore=.venv

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
