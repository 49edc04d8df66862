# Quick start: `make check` lints declarations/, `make test` runs ruff, mypy and pytest.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml setup.py | cksum | cut -d' ' -f1)

.PHONY: check test lint typecheck pytest bench generate clean

# the modules the install compiles with mypyc too (setup.py), so tests run the edited ones
$(STAMP): pyproject.toml setup.py src/disclosurelint/simple_yaml.py src/disclosurelint/_fastschema.py \
		src/disclosurelint/localized.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $@

check: $(STAMP)
	$(BIN)/disclosurelint check declarations/

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools setup.py
	$(BIN)/ruff format --check src tests bench tools setup.py

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -n auto

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

generate: $(STAMP)
	$(BIN)/python tools/generate_fast_validator.py
	$(BIN)/python tools/generate_matcher_tables.py
	$(BIN)/python tools/generate_rule_docs.py
	cp schema/partner-disclosure.schema.json src/disclosurelint/data/
	$(BIN)/python tools/doc_examples.py --write

clean:
	rm -rf $(VENV) build dist src/*.egg-info src/disclosurelint/_*_compiled* .pytest_cache .mypy_cache .ruff_cache
