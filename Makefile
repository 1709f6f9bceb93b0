# axis_report: the front door. `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.DEFAULT_GOAL := help
.PHONY: help setup report briefs schedule validate test test-fast lint bench bench-scale \
        bench-dask lab clean \
        clean-reports

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-13s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# Installs with uv (from PyPI, about 3-10x faster than pip here: benchmarks/README.md), or
# with pip when uv cannot be installed. Both print their progress.
PIP_INSTALL = if [ -x $(BIN)/uv ]; then $(BIN)/uv pip install --python $(BIN)/python $(1); \
	else $(BIN)/pip install --disable-pip-version-check --progress-bar on $(1); fi

$(STAMP): pyproject.toml
	@echo "== set-up: first run, or pyproject.toml changed (about a minute; progress follows) =="
	@# HarfBuzz-Subset halves WeasyPrint's PDF time; without it WeasyPrint falls back to fontTools.
	@ldconfig -p | grep -q libharfbuzz-subset || { echo "[1/4] installing libharfbuzz-subset0 (apt)"; \
	  [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && { apt-get install -y -qq libharfbuzz-subset0 >/dev/null 2>&1 \
	       || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq libharfbuzz-subset0 >/dev/null 2>&1; }; } \
	  || echo "note: libharfbuzz-subset0 not installed (not root or no apt); PDFs render, more slowly"; }
	@echo "[2/4] creating $(VENV)"
	$(PYTHON) -m venv $(VENV)
	@echo "[3/4] installing the installer uv (pip is used if this fails)"
	-@$(BIN)/pip install --quiet --disable-pip-version-check uv
	@echo "[4/4] installing axis_report with its notebook, PDF and test tools"
	@$(call PIP_INSTALL,-e '.[test]')
	rm -f $(VENV)/.installed-*
	touch $@
	@echo "== set-up done =="

setup: $(STAMP) ## create .venv and install the package, its tools and test tools

validate: $(STAMP) ## check sources and evidence; list every problem
	$(BIN)/axis-report validate

report: $(STAMP) ## execute notebooks/report.py; publish reports/axis-report.html and .pdf
	$(BIN)/axis-report report

.PHONY: preview
preview: $(STAMP) ## render the report on every save, served at http://127.0.0.1:8000/ (PORT=..., ARGS="--countries IRN RUS")
	$(BIN)/axis-report preview $(if $(PORT),--port $(PORT),) $(ARGS)

briefs: $(STAMP) ## build the report and the 10 briefs that changed (reports/briefs/index.html)
	$(BIN)/axis-report briefs

schedule: $(STAMP) ## print the crontab line and systemd units for daily briefs
	$(BIN)/axis-report schedule --print

.PHONY: add-source ingest review
add-source: $(STAMP) ## add FILE=doc.txt (or .html) as a source; ARGS="--title T --date D ..."
	@test -n "$(FILE)" || { echo 'usage: make add-source FILE=path/to/doc.txt [ARGS="--title T --outlet O --date YYYY-MM-DD"]'; exit 2; }
	$(BIN)/axis-report add-source "$(FILE)" $(ARGS)

ingest: $(STAMP) ## add every document waiting in inbox/ (text + <slug>.yaml sidecar) as a source
	$(BIN)/axis-report ingest

review: $(STAMP) ## claims awaiting review; SOURCE=S012 ARGS="--accept ID --reject ID ..."
	$(BIN)/axis-report review $(SOURCE) $(ARGS)

eval-extract: $(STAMP) ## score the claim extractor: dev (project sources), tuning (eval/), tuning-2 (eval/heldout/), tuning-3 (eval/heldout2/), tuning-4 (eval/heldout3/), tuning-5 (eval/heldout4/), tuning-6 (eval/heldout5/), tuning-7 (eval/heldout6/), training (eval/training/), held-out (eval/heldout7/)
	$(BIN)/python -m axis_report.ingest.evaluate

.PHONY: train-extractor
train-extractor: $(STAMP) ## rebuild axis_report/ingest/model.json (the extractor's learned layer) from dev, the tuning sets and the training batches; prints the cross-validated table
	$(BIN)/python -m axis_report.ingest.train

test: $(STAMP) ## run the whole test suite on two workers (a test file stays on one worker, in order)
	$(BIN)/pytest -q -n 2 --dist loadfile

test-fast: $(STAMP) ## run the unit tests on two workers (no notebook executed, no full fuzz corpus)
	$(BIN)/pytest -q -m "not notebook" -n 2

lint: $(STAMP) ## check the code with ruff
	@$(BIN)/ruff --version >/dev/null 2>&1 || { $(call PIP_INSTALL,-e '.[lint]'); }
	$(BIN)/ruff check axis_report benchmarks tests notebooks setup.py

bench: $(STAMP) ## time `make report` and the brief grid against the naive papermill/nbconvert/PDF chain
	$(BIN)/python benchmarks/bench.py

bench-scale: $(STAMP) ## time validate, report and grid on synthetic projects of 10, 100 and 1,000 sources
	$(BIN)/python benchmarks/scale.py

bench-dask: $(STAMP) ## time the brief grid on the local pool against Dask LocalClusters of 2 and 4 workers
	$(BIN)/python benchmarks/dask_bench.py

LAB_STAMP := $(VENV)/.lab-installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

$(LAB_STAMP): $(STAMP)
	@echo "installing JupyterLab (the optional [lab] extra, once)..."
	@$(call PIP_INSTALL,-e '.[lab]')
	rm -f $(VENV)/.lab-installed-*
	touch $@

lab: $(LAB_STAMP) ## install JupyterLab (optional extra, once) and open the notebooks
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root,) notebooks/

clean: ## remove caches and build leftovers (build/, paired .ipynb); keeps reports/ and .venv
	rm -rf build .pytest_cache .ruff_cache notebooks/*.ipynb
	find . -path './$(VENV)' -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

clean-reports: ## DELETE every published report and brief, all brief editions, manifest, run log
	@echo "deleting everything under reports/: the published report and briefs, every archived"
	@echo "brief edition (reports/briefs/archive), the manifest and the run log"
	find reports -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
