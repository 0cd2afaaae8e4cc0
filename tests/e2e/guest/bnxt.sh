# SPDX-License-Identifier: GPL-2.0
#
# bnxt suite: the bnxt fwctl driver on the simulated bnxt_en (QEMU's
# pci-testdev) next to the mlx5 one; see fwctl_bnxt.c.  It runs RPCs at
# DEBUG_WRITE_FULL, which taints the kernel: run it after the fault suite,
# whose taint checks need an untainted boot.
. /tests/lib.sh

check "modules load" load_modules
check "bnxt modules load" load_bnxt_modules
addr=$(bnxt_function)
fn=/sys/bus/pci/devices/$addr
check "bnxt_en drives QEMU's pci-testdev ($addr)" \
	test -n "$addr" -a "$(cat "$fn/vendor" "$fn/device" | tr '\n' :)" = 0x1b36:0x0005:
check "bnxt_en.fwctl is bound to bnxt_fwctl" \
	test "$(basename "$(readlink /sys/bus/auxiliary/devices/bnxt_en.fwctl.*/driver)")" = bnxt_fwctl.bnxt_fwctl
dev=$(basename "$fn"/fwctl/fwctl* 2>/dev/null)
check "the PCI function lists its fwctl device ($dev)" test -d "$fn/fwctl/$dev"

fwctl_bnxt "${FUZZ_SEED:-0x5eed}" || failed=$((failed + 1))

if [ -x /bin/fwctl ]; then
	fwctl list -j | tr -d ' \n\t' >/tmp/list.json
	check "fwctl list -j: the bnxt device $dev, type bnxt, on $addr, driver bnxt_en" \
		grep -q "\"name\":\"$dev\",\"type\":\"bnxt\"[^}]*\"pci_address\":\"$addr\",\"driver\":\"bnxt_en\"" /tmp/list.json
	check "fwctl list -j: the mlx5 device fwctl0, type mlx5, driver mlx5_core" \
		grep -q '"name":"fwctl0","type":"mlx5"[^}]*"driver":"mlx5_core"' /tmp/list.json
	fwctl list >/tmp/list.txt
	check "fwctl list: $dev: type bnxt" grep -q "^$dev: type bnxt dev " /tmp/list.txt
	check "fwctl list: fwctl0: type mlx5" grep -q "^fwctl0: type mlx5 dev " /tmp/list.txt
	fwctl info fwctl0 -j | tr -d ' \n\t' >/tmp/info.json
	check "fwctl info fwctl0: type mlx5 (1)" \
		grep -q '"device_type":1,"device_type_name":"mlx5"' /tmp/info.json
	fwctl info "$dev" -j | tr -d ' \n\t' >/tmp/info.json
	check "fwctl info $dev: type bnxt (3)" \
		grep -q '"device_type":3,"device_type_name":"bnxt"' /tmp/info.json
	check "fwctl info $dev decodes uctx_caps (7)" \
		grep -q '"device_info":{"uctx_caps":7}' /tmp/info.json
	check "fwctl bnxt run $dev VER_GET -j" \
		sh -c "fwctl bnxt run $dev VER_GET -j | tr -d ' \n\t' >/tmp/ver.json"
	for field in '"error_code":"SUCCESS"' '"req_type":0' '"resp_len":176' \
		'"hwrm_fw_major":230' '"hwrm_intf_patch":44' '"chip_num":5968' \
		'"valid":1'; do
		check "fwctl bnxt run VER_GET decodes $field" grep -q "$field" /tmp/ver.json
	done
	# PORT_MAC_QCFG: enums and bitfields of a little-endian reply by name
	check "fwctl bnxt run $dev PORT_MAC_QCFG -j" \
		sh -c "fwctl bnxt run $dev PORT_MAC_QCFG port_id=0 -j | tr -d ' \n\t' >/tmp/mac.json"
	for field in '"req_type":40' '"resp_len":32' '"mru":1518' '"mtu":1500' \
		'"lpbk":"NONE"' '"flags_vlan_pri2cos_enable":1' \
		'"cos_field_cfg_vlan_pri_sel":"OUTER"' '"cos_field_cfg_default_cos":5' \
		'"port_svif_info_port_svif":18' '"port_svif_info_port_svif_valid":1'; do
		check "fwctl bnxt run PORT_MAC_QCFG decodes $field" grep -q "$field" /tmp/mac.json
	done
else
	echo "SKIP: fwctl CLI not in the initramfs"
fi

check "bnxt modules unload" unload_bnxt_modules
check "modules unload" unload_modules
finish
