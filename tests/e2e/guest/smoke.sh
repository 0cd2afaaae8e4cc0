# SPDX-License-Identifier: GPL-2.0
#
# Smoke suite: load the modules, find the device, run fwctl_smoke and the
# CLI (when present), unload cleanly.
. /tests/lib.sh

check "modules load" load_modules
check "/dev/fwctl/fwctl0 is a character device" test -c /dev/fwctl/fwctl0
addr=$(sim_function)
fn=/sys/bus/pci/devices/$addr
check "mlx5_core drives QEMU's edu device ($addr)" \
	test -n "$addr" -a "$(cat "$fn/vendor" "$fn/device" | tr '\n' :)" = 0x1234:0x11e8:
parent=$(readlink -f /sys/class/fwctl/fwctl0/device)
check "fwctl0's parent is the PCI function ($parent)" \
	test -n "$addr" -a "$parent" = "$(readlink -f "$fn")"
driver=$(readlink /sys/class/fwctl/fwctl0/device/driver)
check "fwctl0's device/driver is mlx5_core ($driver)" \
	test "${driver##*/}" = mlx5_core
check "the PCI function lists fwctl0" test -d "$fn/fwctl/fwctl0"
netdev=$(ls "$fn/net" 2>/dev/null)
check "the PCI function has a netdev ($netdev)" test -n "$netdev"

fwctl_smoke || failed=$((failed + 1))
fwctl_caps_regs "${FUZZ_SEED:-0x5eed}" || failed=$((failed + 1))

if [ -x /bin/fwctl ]; then
	tainted=$(cat /proc/sys/kernel/tainted)
	fwctl_cli_caps_regs fwctl0 "${FUZZ_SEED:-0x5eed}" || failed=$((failed + 1))
	check "fwctl list shows fwctl0" sh -c 'fwctl list | grep -q fwctl0'
	check "fwctl info fwctl0" fwctl info fwctl0
	# JSON without white space, so that one line holds each object.
	fwctl list -j | tr -d ' \n\t' >/tmp/list.json
	check "fwctl list -j: fwctl0 with PCI address $addr" \
		grep -q "\"name\":\"fwctl0\".*\"pci_address\":\"$addr\"" /tmp/list.json
	check "fwctl list -j: fwctl0 with netdev $netdev" \
		grep -q "\"name\":\"fwctl0\".*\"netdevs\":\\[\"$netdev\"\\]" /tmp/list.json
	for dev in fwctl0 /dev/fwctl/fwctl0 "$addr" "${addr#0000:}" "$netdev"; do
		fwctl info "$dev" -j | tr -d ' \n\t' >/tmp/info.json
		check "fwctl info $dev resolves to fwctl0" \
			grep -q '"name":"fwctl0"' /tmp/info.json
	done
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
	check "the CLI suite leaves the taint flags as they were ($tainted)" \
		test "$(cat /proc/sys/kernel/tainted)" = "$tainted"
else
	echo "SKIP: fwctl CLI not in the initramfs"
fi

check "modules unload" unload_modules
check "no fwctl class left after unload" test ! -e /sys/class/fwctl
finish
