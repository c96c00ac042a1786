PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench eval eval-heldout schema lint gazetteer companies clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@# The corpus holds one scanned PDF on purpose: it must end as a needs_ocr error, so the
	@# run reports a failure (exit 1) that make does not treat as fatal.
	-$(BIN)/extract run corpus/docs --out output/

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/extract eval corpus/docs --thresholds corpus/thresholds.json

schema: $(STAMP)
	$(BIN)/extract schema

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

gazetteer: $(STAMP)
	$(BIN)/pip install -q -e '.[build]'
	$(BIN)/python -m extract.gazetteer_build

companies: $(STAMP)
	$(BIN)/pip install -q -e '.[build]'
	$(BIN)/python tools/companies.py

# The bench extra (GiNZA, the peer; psutil, for whole-process-tree memory and CPU) is installed
# when the registry can be reached; without it the bench still runs and says what it skipped.
BENCH_STAMP := $(VENV)/.bench-installed
BENCH_ARGS ?=

$(BENCH_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/pip install -q -e '.[bench]' && touch $@ || echo "bench extra not installed: GiNZA and psutil figures will be skipped"

bench: $(STAMP) $(BENCH_STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) output/*.json output/*.jsonl

# Generalisation check on documents the rules were not written against (report only).
eval-heldout: $(STAMP)
	@for d in $$(ls -d corpus/heldout corpus/heldout[0-9]* | sort -V); do \
		echo "== $$d"; $(BIN)/extract eval $$d/docs --gold $$d/gold || exit 1; done
