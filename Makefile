# A new machine needs only Python 3.11+: `make run` and `make test` set up everything else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000

.PHONY: run test lint setup db migrate sample-corpus clean-db

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

migrate: $(STAMP)
	$(BIN)/python manage.py migrate --noinput

sample-corpus: migrate
	$(BIN)/python manage.py ingest archive/sample_corpus

run: sample-corpus
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(BIN)/python manage.py runserver $(HOST)

test: $(STAMP)
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean-db:
	rm -rf .data/postgres
