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

load_modules() {
	for m in fwctl mlx5_sim mlx5_fwctl; do
		insmod "/modules/$m.ko" || return 1
	done
}

unload_modules() {
	for m in mlx5_fwctl mlx5_sim fwctl; do
		rmmod "$m" || return 1
	done
}
