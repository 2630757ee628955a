# fieldapp — the two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Every dependency (runtime, test and dist extras, for Linux, Windows and macOS) pinned with
# hashes, generated from pyproject.toml by `make lock`. The stamp changes with either file.
LOCK := requirements.lock
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | cksum | cut -d' ' -f1)
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
# The catalogue of the texts outside Qt (gettext, one .po per language, compiled with Babel).
PO := $(wildcard fieldapp/locale/*/LC_MESSAGES/fieldapp.po)
MO := $(PO:.po=.mo)

.PHONY: run test lock lint typecheck pytest window-test translations update-translations bench dist installer clean

# `make run DATA_DIR=/path/to/folder` opens the app on another data folder.
run: $(STAMP) translations
	$(BIN)/python -m fieldapp.app $(if $(DATA_DIR),--data-dir "$(DATA_DIR)")

test: $(STAMP) translations lint typecheck pytest window-test

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) tools/check_lock.py pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m pip check
	rm -f $(VENV)/.installed-*
	touch $@

# Re-resolve the lock after pyproject.toml changed: the pins already there are kept, new
# packages added, dropped ones removed. `make lock LOCK_ARGS=--upgrade` moves every pin to the
# newest release pyproject.toml allows. uv runs from its own small venv, .venv-lock. A lock
# left with merge-conflict markers restarts from the committed one (HEAD's pins kept).
lock:
	if grep -q '^<<<<<<< ' $(LOCK) 2>/dev/null; then git show HEAD:$(LOCK) > $(LOCK); fi
	test -x .venv-lock/bin/uv || ($(PYTHON) -m venv .venv-lock \
		&& .venv-lock/bin/python -m pip install --quiet uv==$(UV_VERSION))
	.venv-lock/bin/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
		--generate-hashes --custom-compile-command "make lock" --quiet $(LOCK_ARGS) -o $(LOCK)
	$(PYTHON) tools/check_lock.py pyproject.toml $(LOCK)

translations: $(STAMP) $(QM) $(MO)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

fieldapp/locale/%/LC_MESSAGES/fieldapp.mo: fieldapp/locale/%/LC_MESSAGES/fieldapp.po $(STAMP)
	$(BIN)/pybabel -q compile -D fieldapp -i $< -o $@

# Refresh the .ts files from the sources (then translate the new entries).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find fieldapp/ui fieldapp/app.py -name '*.py') \
		-ts resources/i18n/fieldapp_ar.ts resources/i18n/fieldapp_fr.ts

lint: $(STAMP)
	$(BIN)/ruff check fieldapp tests bench tools
	$(BIN)/ruff format --check fieldapp tests bench tools

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
	$(BIN)/python installer/build.py

installer: dist

clean:
	rm -rf $(VENV) .venv-lock build dist .mypy_cache .ruff_cache .pytest_cache resources/i18n/*.qm fieldapp/locale/*/LC_MESSAGES/*.mo
