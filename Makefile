# Two commands do all the set-up on a fresh clone: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install system-deps bench clean

# Plain-Python modules compiled as they are: the .py files a .pyx includes (`include "x.py"`). The build
# stamps each extension with their digest; a stale one is not used (classifiers/source_digest.py).
AS_IS := $(addprefix classifiers/,$(shell sed -n 's/^include "\(.*\.py\)"/\1/p' classifiers/*.pyx))
$(STAMP): pyproject.toml $(wildcard classifiers/*.pyx classifiers/*.pxd classifiers/*.pxi) classifiers/source_digest.py $(AS_IS)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP) system-deps

# Chromium renders browser-only marketplaces and takes screenshots; Debian's package works with
# Playwright. Installed with apt when missing and when we may (root or passwordless sudo).
system-deps:
	@if [ ! -x /usr/bin/chromium ] && [ -z "$$WILDWATCH_CHROMIUM_PATH" ]; then \
	  echo "Installing Chromium and a CJK font with apt (needed for browser pages)..."; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
	  ($$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null) \
	    || echo "WARNING: could not install Chromium; browser tests will be skipped. Install it and/or set WILDWATCH_CHROMIUM_PATH."; \
	fi

demo: install
	$(BIN)/wildwatch demo

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/wildwatch bench classify

clean:
	rm -rf $(VENV) var .pytest_cache
