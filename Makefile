# Quickstart: `make demo` builds the graph of data/; `make test` runs the tests.
# Both set everything up on a fresh machine (Python 3.11, make, apt).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test install browser score quality clean

demo: $(VENV)/.installed
	$(BIN)/graphkit build data/ -o out/graph.html -o out/graph.graphml

test: $(VENV)/.installed-test browser
	$(BIN)/python -m pytest

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Debian's Chromium for the browser tests (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Scores on the sample articles against ../shared/gold (per article).
score: $(VENV)/.installed
	rm -rf out/score && mkdir -p out/score
	for f in data/*.txt; do $(BIN)/graphkit build -q $$f -o out/score/$$(basename $$f .txt).graphml; done
	$(BIN)/python ../shared/score.py --graph-dir out/score ../shared/gold/*.gold.json -v

# Quality on real news coded by others (../shared/dev): the table of benchmarks/quality.py.
quality: $(VENV)/.installed
	$(BIN)/python benchmarks/quality.py

clean:
	rm -rf $(VENV) out build *.egg-info
