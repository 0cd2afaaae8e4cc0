#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Install path and symbol versions of the mlx5 fwctl driver.
#   1. `dkms add`, `dkms build` and `dkms install` (without depmod) of the
#      staged source tree against the packaged headers, in private DKMS,
#      source and install trees: the system's stay untouched, except for
#      the module signing key dkms creates on first use.
#   2. mlx5_fwctl.ko, as DKMS built it and as the test bed built it, imports
#      mlx5_cmd_do with the CRC of Debian's mlx5_core in the headers'
#      Module.symvers, so it loads against the real mlx5_core; the
#      simulated mlx5_core exports it with that same CRC.
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/build/dkms
fail() { echo "dkms: FAIL: $*" >&2; exit 1; }
pass() { echo "dkms: PASS: $*"; }

kver=$(make -s -C "$top/kernel" kver)
[[ -n "$kver" ]] || fail "cannot derive the kernel version from linux-headers-amd64"
symvers=/lib/modules/$kver/build/Module.symvers
want=$(awk '$2 == "mlx5_cmd_do" && $3 ~ /mlx5_core$/ { print $1 }' "$symvers")
[[ -n "$want" ]] || fail "$symvers exports no mlx5_cmd_do from mlx5_core"

rm -rf "$out"
src=$(bash "$top/scripts/dkms-tree.sh" "$out/stage")
trees=(--dkmstree "$out/var" --sourcetree "$out/src" --installtree "$out/inst")
mkdir -p "$out/var" "$out/src" "$out/inst"
dkms "${trees[@]}" add "$src" >"$out/dkms.log" 2>&1 ||
	{ cat "$out/dkms.log" >&2; fail "dkms add"; }
name=$(basename "$src")
dkms "${trees[@]}" build -m "${name%-*}" -v "${name##*-}" -k "$kver" \
	>>"$out/dkms.log" 2>&1 ||
	{ cat "$out/dkms.log" "$out"/var/*/*/build/make.log >&2 2>/dev/null; fail "dkms build"; }
built=$out/var/${name%-*}/${name##*-}/$kver/x86_64/module
for ko in fwctl mlx5_fwctl; do
	[[ -f "$built/$ko.ko" ]] || fail "dkms build made no $ko.ko"
done
pass "dkms add + build ${name%-*}/${name##*-} for $kver: fwctl.ko mlx5_fwctl.ko"
# dkms installs only into the module tree of a kernel that exists.
mkdir -p "$out/inst/$kver"
dkms "${trees[@]}" install --no-depmod -m "${name%-*}" -v "${name##*-}" \
	-k "$kver" >>"$out/dkms.log" 2>&1 ||
	{ cat "$out/dkms.log" >&2; fail "dkms install"; }
for ko in fwctl mlx5_fwctl; do
	[[ -f "$out/inst/$kver/updates/dkms/$ko.ko" ]] ||
		fail "dkms install put no $ko.ko in updates/dkms"
done
pass "dkms install: fwctl.ko mlx5_fwctl.ko in $kver/updates/dkms"

import_crc() {
	modprobe --dump-modversions "$1" | awk '$2 == "mlx5_cmd_do" { print $1 }'
}
for ko in "$built/mlx5_fwctl.ko" "$top/kernel/mlx5/mlx5_fwctl.ko"; do
	got=$(import_crc "$ko")
	[[ "$got" == "$want" ]] ||
		fail "${ko#"$top"/} imports mlx5_cmd_do with CRC ${got:-none}, Debian's mlx5_core exports $want"
	pass "${ko#"$top"/} imports mlx5_cmd_do with Debian's CRC $want"
done
got=$(awk '$2 == "mlx5_cmd_do" { print $1 }' "$top/kernel/Module.symvers")
[[ "$got" == "$want" ]] ||
	fail "the simulated mlx5_core exports mlx5_cmd_do with CRC ${got:-none}, not $want"
pass "the simulated mlx5_core exports mlx5_cmd_do with CRC $want"
