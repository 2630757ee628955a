# fieldapp — the two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest window-test translations update-translations bench dist installer clean

# `make run DATA_DIR=/path/to/folder` opens the app on another data folder.
run: $(STAMP) translations
	$(BIN)/python -m fieldapp.app $(if $(DATA_DIR),--data-dir "$(DATA_DIR)")

test: $(STAMP) translations lint typecheck pytest window-test

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

translations: $(STAMP) $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (then translate the new entries).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find fieldapp/ui fieldapp/app.py -name '*.py') \
		-ts resources/i18n/fieldapp_ar.ts resources/i18n/fieldapp_fr.ts

lint: $(STAMP)
	$(BIN)/ruff check fieldapp tests bench
	$(BIN)/ruff format --check fieldapp tests bench

typecheck: $(STAMP)
	$(BIN)/mypy fieldapp

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider --ignore=tests/window

# The real window: Qt's xcb platform on a virtual X display (Xvfb, 1366×768 like the laptops).
window-test: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
		$(BIN)/python -m pytest -q -p no:cacheprovider tests/window

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

# The frozen app (PyInstaller) in dist/fieldapp/, smoke-tested (--version, self-test, the
# window), packed as dist/fieldapp-<version>-linux-<arch>.tar.gz. Slow: not part of `make test`.
dist: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python installer/build.py

installer: dist

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache resources/i18n/*.qm
