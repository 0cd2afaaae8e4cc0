# SPDX-License-Identifier: GPL-2.0
#
# Top-level entry points (DESIGN contract C1):
#   make              install missing Debian packages, regenerate, build everything
#   make check        every test tier
#   make regen        rewrite generated/ (only files whose content changed)
#   make regen-check  fail if generated/ is stale
#   make bench        benchmark ratios
#   make docs         Sphinx HTML + man page
#   make install      libfwctl, its headers, fwctl.pc, the CLI and fwctl(8)
#                     (PREFIX, default /usr/local; DESTDIR)
#   make abi-check    the ABI locks: libfwctl.so against abi/libfwctl.abi,
#                     the spec's released values against abi/spec.lock
#   make abi-update   record a deliberate ABI change in both (README)
#   make dkms-tree    stage the DKMS source tree in build/dkms-tree (README)
PYTHON      := /usr/bin/python3
GEN         := $(PYTHON) -m generator
BUILD       := build
MESON_OPTS  ?= --buildtype=debugoptimized
PREFIX      ?= /usr/local
DESTDIR     ?=

.PHONY: all deps regen regen-check build userspace kernel check check-gen check-c \
	check-e2e check-dkms check-fuzz check-install bench fuzz docs dkms-tree clean \
	install abi-check abi-update

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

kernel: deps
	@$(MAKE) -C kernel

check: deps regen-check check-gen check-c check-install abi-check check-e2e check-dkms check-fuzz

check-gen: deps
	$(PYTHON) -m pytest -q tests/generator

check-c: userspace $(BUILD)-asan/build.ninja
	meson test -C $(BUILD) --print-errorlogs
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		meson test -C $(BUILD)-asan --print-errorlogs

# Install into a temporary DESTDIR; build and run examples/ against it.
check-install: userspace
	bash tests/install/run.sh $(BUILD)

install: userspace
	meson configure $(BUILD) -Dprefix=$(PREFIX)
	meson install -C $(BUILD) $(if $(DESTDIR),--destdir "$(DESTDIR)")

# The ABI locks (README: "Stable ABI"): the spec's released values against
# abi/spec/*.lock, libfwctl.so against abi/libfwctl.abi (libabigail).
abi-check: deps userspace
	@$(GEN) abi-check
	@bash scripts/abi-lib.sh check $(BUILD)/userspace/libfwctl.so

# Record a deliberate change in both locks; the library's needs a new soname.
abi-update: deps userspace
	@$(GEN) abi-update
	@bash scripts/abi-lib.sh update $(BUILD)/userspace/libfwctl.so

# The same C tests built with AddressSanitizer + UndefinedBehaviorSanitizer.
$(BUILD)-asan/build.ninja:
	meson setup $(BUILD)-asan -Db_sanitize=address,undefined -Db_lundef=false --buildtype=debug

check-e2e: deps-e2e kernel userspace
	@$(MAKE) -s -C kernel check
	bash tests/e2e/run.sh

# dkms add/build against the packaged headers; symbol CRCs of mlx5_cmd_do.
check-dkms: deps-e2e kernel
	bash tests/kernel/dkms.sh

dkms-tree:
	@bash scripts/dkms-tree.sh $(BUILD)/dkms-tree

check-fuzz: deps
	bash tests/fuzz/run.sh short

fuzz: deps
	bash tests/fuzz/run.sh long

bench: deps userspace
	bash tests/bench/run.sh

docs: deps
	@bash scripts/deps.sh docs
	rm -rf $(BUILD)/docs/src && mkdir -p $(BUILD)/docs/src
	cp generated/docs/*.rst docs/*.rst $(BUILD)/docs/src/
	# the sources docs/vendor-guide.rst includes excerpts of
	cp -r spec $(BUILD)/docs/src/spec
	mkdir -p $(BUILD)/docs/src/kernel/mlx5 && cp kernel/mlx5/main.c $(BUILD)/docs/src/kernel/mlx5/
	$(PYTHON) -m sphinx -q -W -c docs -b html $(BUILD)/docs/src $(BUILD)/docs/html
	$(PYTHON) -m sphinx -q -W -b man userspace/cli/man $(BUILD)/docs/man

# Re-import spec/mlx5/layouts.yaml from Debian's mlx5_ifc.h (a helper, not part of regen).
MLX5_IFC_DIR ?= $(shell ls -d /usr/src/linux-headers-*-common/include/linux/mlx5 2>/dev/null | sort -V | tail -n 1)
.PHONY: import-mlx5-ifc
import-mlx5-ifc: deps
	$(GEN) import-mlx5-ifc --roots generator/importers/mlx5_ifc_roots.txt \
		--defined spec/mlx5/family.yaml --field-enum _out:status=cmd_status \
		--field-enum access_register_in:register_id=reg_id \
		--field-enum access_register_in:op_mod=reg_op \
		--field-enum query_vport_state_out:state=vport_state \
		--field-enum paos_reg:admin_status=port_status \
		--field-enum paos_reg:oper_status=port_status \
		-o spec/mlx5/layouts.yaml \
		$(MLX5_IFC_DIR)/mlx5_ifc.h $(MLX5_IFC_DIR)/mlx5_ifc_fpga.h

clean:
	rm -rf $(BUILD) $(BUILD)-asan
	-@$(MAKE) -C kernel clean
