# axis_report: the front door. `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.DEFAULT_GOAL := help
.PHONY: help setup report briefs schedule validate test test-fast lint bench lab clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@# HarfBuzz-Subset halves WeasyPrint's PDF time; without it WeasyPrint falls back to fontTools.
	@ldconfig -p | grep -q libharfbuzz-subset || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && { apt-get install -y -qq libharfbuzz-subset0 >/dev/null 2>&1 \
	       || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq libharfbuzz-subset0 >/dev/null 2>&1; }; } \
	  || echo "note: libharfbuzz-subset0 not installed (not root or no apt); PDFs render, more slowly"; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP) ## create .venv and install the package, its tools and test tools

validate: $(STAMP) ## check sources and evidence; list every problem
	$(BIN)/axis-report validate

report: $(STAMP) ## execute notebooks/report.py; publish reports/axis-report.html and .pdf
	$(BIN)/axis-report report

briefs: $(STAMP) ## build the report and the 10 briefs that changed (reports/briefs/index.html)
	$(BIN)/axis-report briefs

schedule: $(STAMP) ## print the crontab line and systemd units for daily briefs
	$(BIN)/axis-report schedule --print

test: $(STAMP) ## run the whole test suite (unit tests, then notebook renders)
	$(BIN)/pytest -q

test-fast: $(STAMP) ## run the unit tests only (no notebook is executed; well under a minute)
	$(BIN)/pytest -q -m "not notebook"

lint: $(STAMP) ## check the code with ruff
	@$(BIN)/ruff --version >/dev/null 2>&1 || $(BIN)/pip install --quiet --disable-pip-version-check -e '.[lint]'
	$(BIN)/ruff check axis_report benchmarks tests notebooks setup.py

bench: $(STAMP) ## time `make report` and the brief grid against the naive papermill/nbconvert/PDF chain
	$(BIN)/python benchmarks/bench.py

lab: $(STAMP) ## install JupyterLab (optional extra) and open the notebooks
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[lab]'
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root,) notebooks/

clean: ## remove rendered reports, build leftovers and caches (keeps .venv)
	rm -rf build .pytest_cache notebooks/*.ipynb
	find reports -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +
