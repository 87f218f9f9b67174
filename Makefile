# The README's commands are targets here; .ci/run calls `make test`.
SHELL := /bin/bash
VENV := .venv
VENV_ABS := $(abspath $(VENV))
RUST_SRC := $(shell find rust -name '*.rs' -o -name '*.s') rust/Cargo.toml Cargo.toml
DEMO := corpora/examples/collatz.O2.s

.PHONY: setup system demo test test-rust test-python bench clean

## setup: Debian toolchains, .venv, pinned Python deps, the native extension (release build)
setup: system $(VENV)/.built

system:
	@bash scripts/setup-system.sh

$(VENV)/bin/python:
	python3 -m venv $(VENV)

$(VENV)/.deps: requirements.lock | $(VENV)/bin/python
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements.lock
	touch $@

$(VENV)/.built: $(VENV)/.deps pyproject.toml $(RUST_SRC)
	VIRTUAL_ENV=$(VENV_ABS) PATH=$(VENV_ABS)/bin:$$PATH maturin develop --release --extras test -q
	touch $@

## demo: translate a bundled gcc -O2 program to both targets and verify it under qemu-user
demo: setup
	@mkdir -p build/demo
	$(VENV)/bin/gg translate $(DEMO) --target riscv64 -o build/demo/collatz.riscv64.s
	$(VENV)/bin/gg translate $(DEMO) --target aarch64 -o build/demo/collatz.aarch64.s

## test: Rust unit tests, then pytest (unit + end-to-end under qemu) with line coverage of the package
test: setup test-rust test-python

test-rust:
	cargo test -q --workspace

test-python: setup
	$(VENV)/bin/coverage erase
	$(VENV)/bin/coverage run -m pytest -q -p no:cacheprovider
	$(VENV)/bin/coverage combine -q
	$(VENV)/bin/coverage report

clean:
	rm -rf build target $(VENV) python/gg/_native*.so
