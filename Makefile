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

serve: build
	$(VENV)/bin/datasette serve $(DB) --immutable $(DB) \
		--metadata metadata.yml --plugins-dir plugins --template-dir templates \
		--static static:static --setting-file settings.json \
		--host 127.0.0.1 --port $(PORT)

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check anfragen plugins tests build.py bench

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
