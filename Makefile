# The two commands of the README: `make run` opens the app, `make test` runs the tests.
# Each creates the virtual environment and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# CI and developers measure against the offline NLTK data beside the checkout.
SHARED_NLTK_DATA := $(abspath $(CURDIR)/../shared/nltk_data)

.PHONY: run test install

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

run: $(BIN)/.installed
	@# Finds or fetches WordNet and the tagger, compiles the lexicon once; the app
	@# still opens (and says what is missing) when nothing can be fetched.
	-$(BIN)/reader setup --yes
	$(BIN)/reader

test: $(BIN)/.installed
	NLTK_DATA="$${NLTK_DATA:-$(SHARED_NLTK_DATA)}" $(BIN)/python -m pytest
