# Two commands do all set-up on a fresh machine:  `make run`  and  `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The CPU build of torch first: a plain `torch` requirement would pull a multi-GB CUDA build.
TORCH_SPEC ?= torch==2.13.0

.PHONY: install run test lint clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "$(TORCH_SPEC)"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

run: install
	$(BIN)/claimx models
	$(BIN)/claimx extract seeds/ --format table

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
