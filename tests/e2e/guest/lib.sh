# SPDX-License-Identifier: GPL-2.0
#
# Helpers for guest suites: every check prints one PASS/FAIL line; a suite
# ends with `finish`, whose status is non-zero if any check failed.
failed=0

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# check NAME COMMAND...: pass if COMMAND succeeds.
check() {
	name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name"; fi
}

# check_exit NAME STATUS COMMAND...: pass if COMMAND exits with STATUS.
check_exit() {
	name=$1
	want=$2
	shift 2
	"$@"
	got=$?
	if [ "$got" -eq "$want" ]; then pass "$name"; else fail "$name: exit $got, want $want"; fi
}

finish() { [ "$failed" -eq 0 ]; }

# The simulated firmware is a module named mlx5_core (kernel/mlx5_sim).
load_modules() {
	for m in fwctl mlx5_core mlx5_fwctl; do
		insmod "/modules/$m.ko" || return 1
	done
}

unload_modules() {
	for m in mlx5_fwctl mlx5_core fwctl; do
		rmmod "$m" || return 1
	done
}

# The simulated bnxt firmware is a module named bnxt_en (kernel/bnxt_sim).
load_bnxt_modules() {
	for m in bnxt_en bnxt_fwctl; do
		insmod "/modules/$m.ko" || return 1
	done
}

unload_bnxt_modules() {
	for m in bnxt_fwctl bnxt_en; do
		rmmod "$m" || return 1
	done
}

# The PCI address of the function the simulated bnxt_en drives (QEMU's
# pci-testdev), empty if there is none.
bnxt_function() {
	for f in /sys/bus/pci/drivers/bnxt_en/0000:*; do
		[ -e "$f" ] && basename "$f"
		return
	done
}

# The PCI address of the function the simulated mlx5_core drives (QEMU's
# edu device), empty if there is none.
sim_function() {
	for f in /sys/bus/pci/drivers/mlx5_core/0000:*; do
		[ -e "$f" ] && basename "$f"
		return
	done
}
