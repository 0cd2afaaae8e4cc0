# SPDX-License-Identifier: GPL-2.0
#
# Smoke suite: load the modules, find the device, run fwctl_smoke and the
# CLI (when present), unload cleanly.
. /tests/lib.sh

check "modules load" load_modules
check "/dev/fwctl/fwctl0 is a character device" test -c /dev/fwctl/fwctl0
parent=$(readlink -f /sys/class/fwctl/fwctl0/device)
check "fwctl0's parent is the simulated device ($parent)" \
	test "$parent" = /sys/devices/platform/mlx5_sim
check "the simulated device lists fwctl0" \
	test -d /sys/devices/platform/mlx5_sim/fwctl/fwctl0

fwctl_smoke || failed=$((failed + 1))
fwctl_caps_regs "${FUZZ_SEED:-0x5eed}" || failed=$((failed + 1))

if [ -x /bin/fwctl ]; then
	check "fwctl list shows fwctl0" sh -c 'fwctl list | grep -q fwctl0'
	check "fwctl info fwctl0" fwctl info fwctl0
	check "fwctl mlx5 run fwctl0 QUERY_HCA_CAP (FW status OK)" \
		sh -c 'fwctl mlx5 run fwctl0 QUERY_HCA_CAP op_mod=1 >/tmp/hca.txt'
	check "fwctl decodes the current log_max_qp (17)" \
		grep -q 'log_max_qp: 17$' /tmp/hca.txt
	check_exit "fwctl: denied scope exits 1" 1 \
		fwctl mlx5 run fwctl0 QUERY_ISSI --scope configuration
	check_exit "fwctl: FW BAD_OP status exits 1" 1 \
		fwctl mlx5 run fwctl0 QUERY_PAGES
	check_exit "fwctl: unknown command exits 2" 2 \
		fwctl mlx5 run fwctl0 NO_SUCH_COMMAND
else
	echo "SKIP: fwctl CLI not in the initramfs"
fi

check "modules unload" unload_modules
check "no fwctl class left after unload" test ! -e /sys/class/fwctl
finish
