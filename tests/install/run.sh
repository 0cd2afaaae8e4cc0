#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# What a downstream developer gets from `meson install` (issue 16): install
# the meson build BUILD (default build) into a temporary DESTDIR, check that
# every generated header, the library, fwctl.pc, the CLI and its man page
# are there, then build examples/ (C and C++) against the installed files
# only, through pkg-config, shared and fully static, and run them.
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=$work/dest
fails=0

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >"$work/install.log" ||
	{ cat "$work/install.log"; exit 1; }

prefix=$(meson introspect "$build" --buildoptions |
	/usr/bin/python3 -c 'import json,sys; print({o["name"]: o["value"] for o in json.load(sys.stdin)}["prefix"])')
pc=$(find "$dest" -name fwctl.pc)
[[ -n "$pc" ]] || { echo "FAIL: no fwctl.pc installed"; exit 1; }
libdir=$(dirname "$(dirname "$pc")")
inc=$dest$prefix/include

# Every header the generator writes for userspace, and every uapi header.
for h in "$top"/generated/userspace/*.h; do
	[[ -f "$inc/fwctl/$(basename "$h")" ]] || fail "not installed: fwctl/$(basename "$h")"
done
for h in "$top"/generated/include/uapi/*/*.h; do
	rel=${h#"$top"/generated/include/uapi/}
	[[ -f "$inc/libfwctl/uapi/$rel" ]] || fail "not installed: uapi $rel"
done
for f in "$libdir/libfwctl.a" "$libdir/libfwctl.so.1" "$dest$prefix/bin/fwctl" \
	"$dest$prefix/share/man/man8/fwctl.8"; do
	[[ -e "$f" ]] || fail "not installed: ${f#"$dest"}"
done
# No installed header reaches a file that is not installed.
grep -ho '#include *"[^"]*"' -r "$inc/fwctl" && fail "an installed header includes a local file"

# libfwctl.so exports exactly the functions of the version script, no data
# objects, and every function its installed headers declare.
nm -D --defined-only "$libdir/libfwctl.so.1" >"$work/nm"
awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' "$work/nm" | sort >"$work/exported"
sed -n 's/^\t\(fwctl_[a-z0-9_]*\);$/\1/p' "$top/userspace/lib/libfwctl.map" | sort >"$work/mapped"
grep -hoE '^([a-z].*[ *])?fwctl_[a-z0-9_]+\(' "$inc"/fwctl/*.h | grep -v '^static' |
	sed 's/.*\(fwctl_[a-z0-9_]*\)($/\1/' | sort -u >"$work/declared"
[[ -s "$work/exported" && -s "$work/declared" ]] || fail "no exported or declared functions found"
extra=$(comm -23 "$work/exported" "$work/mapped")
[[ -z "$extra" ]] || fail "exported but not in libfwctl.map: $extra"
missing=$(comm -13 "$work/exported" "$work/declared")
[[ -z "$missing" ]] || fail "declared in an installed header but not exported: $missing"
objects=$(awk '$2 ~ /^[BDRVbdrv]$/' "$work/nm")
[[ -z "$objects" ]] || fail "data objects exported: $objects"

export PKG_CONFIG_SYSROOT_DIR=$dest
export PKG_CONFIG_PATH=$(dirname "$pc")
mkdir "$work/src"
cp "$top"/examples/query_caps.c "$top"/examples/query_caps.cpp "$work/src/"
cd "$work/src"
cflags=$(pkg-config --cflags fwctl)
libs=$(pkg-config --libs fwctl)
static_libs=$(pkg-config --static --libs fwctl)

build_example() { # NAME COMPILER STD SOURCE LIBS...
	local name=$1 cc=$2 std=$3 src=$4
	shift 4
	# shellcheck disable=SC2086
	if ! $cc -std="$std" -Wall -Wextra -Werror -MD -MF "$name.d" $cflags \
		-o "$name" "$src" "$@" >"$name.log" 2>&1; then
		fail "$name does not build:"; cat "$name.log"; return 1
	fi
	if grep -q "$top" "$name.d"; then
		fail "$name used a file of the source tree:"; grep "$top" "$name.d"
	fi
	if grep -q "/usr/include/fwctl/" "$name.d"; then
		fail "$name used /usr/include/fwctl instead of the installed copy"
	fi
}

# Every installed header, alone and all together, from C and from C++.
{
	echo '#include <linux/types.h>'
	for h in "$inc"/libfwctl/uapi/*/*.h; do
		echo "#include <${h#"$inc"/libfwctl/uapi/}>"
	done
	for h in "$inc"/fwctl/*.h; do
		echo "#include <fwctl/$(basename "$h")>"
	done
	echo 'int main(void) { return 0; }'
} >all_headers.c
cp all_headers.c all_headers.cpp
build_example headers-c gcc c11 all_headers.c $libs
build_example headers-cxx g++ c++17 all_headers.cpp $libs

# A fake sysfs class with one device (its node is /dev/null's number).
root=$work/root
node=$root/sys/devices/pci0000:00/0000:08:00.0/fwctl/fwctl0
mkdir -p "$node" "$root/sys/class/fwctl" "$root/dev/fwctl"
printf '%d:%d\n' $((0x$(stat -c %t /dev/null))) $((0x$(stat -c %T /dev/null))) >"$node/dev"
ln -s ../.. "$node/device"
ln -s "$node" "$root/sys/class/fwctl/fwctl0"

# Expected output, from the PRM: QUERY_HCA_CAP is opcode 0x100 in the upper
# half of dword 0, op_mod (type << 1 | mode: GENERAL, current = 1) in the
# lower half of dword 1, 16 bytes in all; the driver allows it at
# CONFIGURATION; the reply set log_max_qp to 17.
expect_common="request: 01000000 00000001 00000000 00000000
built by name: same bytes, minimal scope configuration"
run_example() { # NAME EXPECTED-LOG-LINE
	local name=$1 log_line out rc=0
	log_line=$(printf "%b" "$2")
	out=$(FWCTL_SYSFS_CLASS=$root/sys/class/fwctl FWCTL_DEV_DIR=$root/dev \
		LD_LIBRARY_PATH=$libdir "./$name" fwctl7) || rc=$?
	want="$expect_common
$log_line
devices: 1"
	[[ "$out" == "$want"* ]] || { fail "$name printed:"; echo "$out"; echo "expected to start with:"; echo "$want"; }
	[[ "$out" == *"fwctl0 0000:08:00.0"* || "$name" == cxx* ]] || fail "$name did not list fwctl0"
	[[ $rc == 3 && "$out" == *"no device: "*fwctl7* ]] ||
		fail "$name: 'no device' not handled (exit $rc)"
}

if build_example c-shared gcc c11 query_caps.c $libs; then
	readelf -d c-shared | grep -q 'NEEDED.*libfwctl.so.1' || fail "c-shared does not need libfwctl.so.1"
	run_example c-shared "status: OK
log_max_qp: typed 17, decoded 17"
fi
# shellcheck disable=SC2086
if build_example c-static gcc c11 query_caps.c -static $static_libs; then
	readelf -d c-static | grep -q NEEDED && fail "c-static is not static"
	run_example c-static "status: OK
log_max_qp: typed 17, decoded 17"
fi
if build_example cxx-shared g++ c++17 query_caps.cpp $libs; then
	run_example cxx-shared "log_max_qp: typed 17"
fi
# shellcheck disable=SC2086
if build_example cxx-static g++ c++17 query_caps.cpp -static $static_libs; then
	run_example cxx-static "log_max_qp: typed 17"
fi

if ((fails)); then
	echo "install: $fails failure(s)"
	exit 1
fi
echo "install: headers, library, fwctl.pc, CLI and man page installed; examples (C, C++; shared, static) built from the installed files and run"
