# SPDX-License-Identifier: GPL-2.0
#
# Fault suite (issue 6): the whole contract under bad input, missing
# privileges, hot-unplug and fuzzing; see fwctl_fault.c.
. /tests/lib.sh

check "modules load" load_modules
# FUZZ_SEED comes from the kernel command line (run.sh E2E_FUZZ_SEED).
fwctl_fault "${FUZZ_SEED:-0x5eed}" || failed=$((failed + 1))
# The echo test driver is loaded only for its own checks: everything above
# expects the mlx5 device to be the only one.
check "fwctl_echo loads" insmod /modules/fwctl_echo.ko
fwctl_fault --echo || failed=$((failed + 1))
check "fwctl_echo unloads" rmmod fwctl_echo
check "fwctl_echo's platform device is gone" \
	test ! -e /sys/devices/platform/fwctl_echo
# The generic checks again on the bnxt driver (fwctl_fault --bnxt), the
# fuzzer with the same seed.  Its catalogue and fuzz RPCs run at every
# scope: the mlx5 checks above have tainted already.
check "bnxt modules load" load_bnxt_modules
fwctl_fault --bnxt "${FUZZ_SEED:-0x5eed}" || failed=$((failed + 1))
check "bnxt modules unload" unload_bnxt_modules
check "modules unload after the fault suite" unload_modules
finish
