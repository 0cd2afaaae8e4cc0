#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The ABI lock on libfwctl.so (README: "Stable ABI"), with libabigail.
#   scripts/abi-lib.sh check  [LIB]   compare LIB with the committed baseline
#   scripts/abi-lib.sh update [LIB]   record LIB as the new baseline
#   scripts/abi-lib.sh dump LIB OUT   write LIB's ABI (as the baseline holds it)
# LIB defaults to build/userspace/libfwctl.so.  The baseline is
# abi/libfwctl.abi; abi/libfwctl.suppr lists the changes that are compatible
# although abidiff reports them.
#
# check passes when nothing changed or functions were only added; anything
# else (a function removed, a type of the API changed) fails with abidiff's
# report.  update records such a change only when the soname differs from
# the baseline's (libfwctl_soversion in userspace/meson.build).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
baseline=${ABI_BASELINE:-$top/abi/libfwctl.abi}
suppr=$top/abi/libfwctl.suppr
headers=${ABI_HEADERS:-$top/userspace/lib/include/fwctl}

dump() { # LIB OUT
	abidw --headers-dir "$headers" --drop-private-types --no-corpus-path \
		--no-comp-dir-path --no-show-locs --out-file "$2" "$1"
}

soname() { sed -n "s/.* soname='\([^']*\)'.*/\1/p;q" "$1"; }

# abidiff BASE NEW [extra options]: its exit status, the report on stdout.
diff_abi() {
	local rc=0
	abidiff --suppressions "$suppr" "${@:3}" "$1" "$2" || rc=$?
	return $rc
}

cmd=${1:-check}
lib=${2:-$top/build/userspace/libfwctl.so}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $cmd in
dump)
	dump "$lib" "${3:?usage: abi-lib.sh dump LIB OUT}"
	;;
check)
	[[ -f "$baseline" ]] || { echo "abi-lib: no baseline ${baseline#"$top"/} (make abi-update)" >&2; exit 1; }
	dump "$lib" "$work/current.abi"
	if diff_abi "$baseline" "$work/current.abi" --no-added-syms >"$work/report"; then
		if ! diff_abi "$baseline" "$work/current.abi" >"$work/added"; then
			echo "abi-lib: compatible additions (make abi-update records them):"
			cat "$work/added"
		fi
		echo "abi-lib: $(soname "$work/current.abi") matches ${baseline#"$top"/}"
		exit 0
	fi
	echo "abi-lib: $(basename "$lib") is not compatible with ${baseline#"$top"/}:"
	cat "$work/report"
	echo "abi-lib: keep the ABI, or bump libfwctl_soversion in userspace/meson.build and run make abi-update"
	exit 1
	;;
update)
	dump "$lib" "$work/current.abi"
	if [[ -f "$baseline" ]] && [[ "$(soname "$baseline")" == "$(soname "$work/current.abi")" ]] &&
		! diff_abi "$baseline" "$work/current.abi" --no-added-syms >"$work/report"; then
		cat "$work/report"
		echo "abi-lib: incompatible change with the same soname $(soname "$baseline"): bump libfwctl_soversion in userspace/meson.build first" >&2
		exit 1
	fi
	mkdir -p "$(dirname "$baseline")"
	cp "$work/current.abi" "$baseline"
	echo "abi-lib: recorded ${baseline#"$top"/} ($(soname "$baseline"))"
	;;
*)
	echo "usage: abi-lib.sh check|update [LIB] | dump LIB OUT" >&2
	exit 2
	;;
esac
