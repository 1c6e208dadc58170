# Two commands do all the set-up: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DB := anfragen.db
PORT ?= 8001

.PHONY: install build serve test lint serve-karlsruhe clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

build: $(STAMP)
	$(PY) build.py --inquiries inquiries --db $(DB)

# Datasette settings live in settings.json (also read by the tests).
# `make serve` runs the app `datasette serve` would run (metadata.yml, plugins/, templates/,
# settings.json, --immutable database) in WORKERS uvicorn processes on one port
# (anfragen/asgi.py; docs/deploy.md). WORKERS=1: one process.
WORKERS ?= 2
SERVE = $(PY) -m anfragen.asgi --workers $(WORKERS) --host 127.0.0.1 --port $(PORT)

serve: build
	$(SERVE) $(DB)

# Demo: the real Karlsruhe corpus (not ours to publish: imported into git-ignored karlsruhe/).
CORPUS ?= ../shared/corpus/karlsruhe
KA_DB := karlsruhe/anfragen.db  # the name Datasette serves it under: anfragen, as configured

serve-karlsruhe: $(STAMP)
	rm -rf karlsruhe
	$(PY) build.py import-oparl $(CORPUS) --to karlsruhe/karlsruhe
	$(PY) build.py --inquiries inquiries --inquiries karlsruhe --db $(KA_DB)
	$(SERVE) $(KA_DB)

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check anfragen plugins tests build.py bench

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
