# A new machine needs only Python 3.11+: `make run` and `make test` set up everything else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000

.PHONY: run test lint setup db migrate sample-corpus clean-db static screenshots loadtest loadtest-proxy loadtest-short bench bench-small fuzz-api audit messages

# Development targets run with debug on (no secret key needed) unless DJANGO_DEBUG says otherwise.
migrate sample-corpus run static: export DJANGO_DEBUG ?= true

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,test,bench]'
	touch $(STAMP)

setup: $(STAMP)

migrate: $(STAMP)
	$(BIN)/python manage.py migrate --noinput

sample-corpus: migrate
	$(BIN)/python manage.py ingest archive/sample_corpus
	$(BIN)/python manage.py enter_vote_totals archive/sample_corpus/vote_totals.json

run: sample-corpus
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(BIN)/python manage.py runserver $(HOST)

# The suite on every core (pytest-xdist gives each worker its own test database). Work stealing: a worker
# left idle takes tests queued for the other, so the long tests (browsers, servers started for a test), run
# last as pytest-django orders them, do not end up queued behind each other on one worker. With COVERAGE=1
# (as .ci/run runs it) it also measures line coverage against the floor in pyproject.toml: on Python 3.11
# the tracer makes the suite about half as long again (438 s → 674 s on one VM), so a developer's run skips it.
test: static
	DJANGO_DEBUG=true $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/pytest --numprocesses auto --dist worksteal $(if $(COVERAGE),--cov)

# The browser tests alone, saving a screenshot of every page they reach in tests/artifacts/ (README, Tests).
screenshots: static
	$(BIN)/pytest --numprocesses auto --dist worksteal -m browser --screenshots

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The interface's catalogues (archive/locale/README.md): extract every marked string, then compile.
messages: export DJANGO_DEBUG ?= true
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --no-location --no-obsolete -l ar -l zh -l en -l fr -l ru -l es \
		--ignore=.venv --ignore=bench --ignore=tests --ignore=docs --ignore=archive/sample_corpus
	$(BIN)/python manage.py compilemessages --ignore=.venv

# collectstatic (hashing and compressing a thousand files) only when a static file, the settings or the
# installed packages changed since its manifest was written.
static: staticfiles/staticfiles.json

staticfiles/staticfiles.json: $(STAMP) archive/settings.py $(shell find static -type f)
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	touch $@

# Schemathesis, every check, against the live API and its live schema: the sample corpus in its own
# database (fuzz_api), served on a free loopback port, a few hundred cases in at most ~3 minutes.
fuzz-api: $(STAMP)
	$(BIN)/python tests/api/fuzz.py

# The site through gunicorn on 127.0.0.1 under 50 locust readers on pages, API and search (bench/locustfile.py):
# p50/p95/p99 latency, and a non-zero exit on any error. loadtest-short is CI's 10-second form.
loadtest: sample-corpus static
	$(BIN)/python -m bench.loadtest --users 50 --duration 60

# As docker-compose serves (nginx in front), 200 readers for 60 s while 300 slowloris connections hold on.
loadtest-proxy: sample-corpus static
	$(BIN)/python -m bench.loadtest --proxy --users 200 --duration 60 --slow-clients 300

loadtest-short: sample-corpus static
	$(BIN)/python -m bench.loadtest --users 50 --duration 10

# A synthetic archive of 20,000 resolutions in its own database (archive_bench), measured through
# gunicorn (bench/): a table and .data/bench/report.json. bench-small is CI's quick form.
bench bench-small: export DJANGO_SECRET_KEY ?= insecure-key-for-the-loopback-benchmark
bench: $(STAMP)
	$(BIN)/python -m bench

bench-small: $(STAMP)
	$(BIN)/python -m bench --scale 300 --seconds 2 --warmup 1 --ingest-passes 1 --crawl-seconds 10 \
		--json .data/bench/small.json

# Known vulnerabilities in the installed dependencies (pip-audit, in CI). Where its vulnerability database
# cannot be reached, no dependency can be audited: the audit is then skipped, and says so.
audit: $(STAMP)
	@mkdir -p .data && rm -f .data/audit.json
	@$(BIN)/pip-audit --skip-editable --progress-spinner off --format json --output .data/audit.json; status=$$?; \
	if $(BIN)/python -c "import json, pathlib, sys; p = pathlib.Path('.data/audit.json'); \
		d = json.loads(p.read_text())['dependencies'] if p.exists() else []; \
		sys.exit(0 if all('skip_reason' in x for x in d) else 1)"; then \
		echo "pip-audit skipped: its vulnerability database cannot be reached (no dependency could be audited)"; \
	else \
		[ $$status -eq 0 ] && echo "pip-audit: no known vulnerabilities in the installed dependencies"; exit $$status; \
	fi

clean-db:
	rm -rf .data/postgres
