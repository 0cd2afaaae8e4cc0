# SPDX-License-Identifier: GPL-2.0
#
# Top-level entry points (DESIGN contract C1):
#   make              install missing Debian packages, regenerate, build everything
#   make check        every test tier
#   make regen        rewrite generated/ (only files whose content changed)
#   make regen-check  fail if generated/ is stale
#   make bench        benchmark ratios
#   make docs         Sphinx HTML + man page
PYTHON      := /usr/bin/python3
GEN         := $(PYTHON) -m generator
BUILD       := build
MESON_OPTS  ?= --buildtype=debugoptimized

.PHONY: all deps regen regen-check build userspace kernel check check-gen check-c \
	check-e2e check-fuzz bench fuzz docs clean

all: deps regen build

deps:
	@bash scripts/deps.sh build

deps-e2e:
	@bash scripts/deps.sh e2e

regen: deps
	@$(GEN) generate

regen-check: deps
	@$(GEN) generate --check

$(BUILD)/build.ninja:
	meson setup $(BUILD) $(MESON_OPTS)

userspace: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

build: userspace kernel

kernel: deps-e2e
	@$(MAKE) -C kernel

check: deps regen-check check-gen check-c check-e2e check-fuzz

check-gen: deps
	$(PYTHON) -m pytest -q tests/generator

check-c: userspace
	meson test -C $(BUILD) --print-errorlogs

check-e2e: kernel userspace
	bash tests/e2e/run.sh

check-fuzz: deps
	bash tests/fuzz/run.sh short

fuzz: deps
	bash tests/fuzz/run.sh long

bench: deps userspace
	bash tests/bench/run.sh

docs: deps
	@bash scripts/deps.sh docs
	$(PYTHON) -m sphinx -q -b html generated/docs $(BUILD)/docs/html
	$(PYTHON) -m sphinx -q -b man userspace/cli/man $(BUILD)/docs/man

clean:
	rm -rf $(BUILD)
	-@$(MAKE) -C kernel clean
