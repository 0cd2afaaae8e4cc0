#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# End-to-end tier: boot Debian's packaged kernel under QEMU (TCG) with a
# busybox initramfs holding the fwctl modules, the guest test programs and,
# when it has been built, the fwctl CLI; run the guest suites; power off.
# QEMU's edu PCI test device (-device edu) is the function that the
# simulated mlx5_core drives (DESIGN.md, contract C5), its pci-testdev
# (-device pci-testdev) the one the simulated bnxt_en drives.
#
# Usage: tests/e2e/run.sh [SUITE...]      suites: smoke, fault, examples,
#                                        bnxt (default: all four; bnxt
#                                        taints, so it runs after fault)
# Environment: E2E_TIMEOUT (seconds, default 150), E2E_MEM (MiB, default 512),
# FWCTL_GEN (generated headers, default generated/), E2E_CLI (the fwctl CLI
# to test, default build/userspace/fwctl-static or build/userspace/fwctl),
# E2E_FUZZ_SEED (seed of the guest ioctl fuzzer, default 0x5eed), E2E_BREAK
# (test only: build a deliberately broken core, `make -C kernel BREAK=...`,
# to show that the suites catch it; the modules are rebuilt whenever it
# changes)
#
# The host passes only if QEMU's isa-debug-exit reports the guest's exit
# code 0, the serial log carries the pass marker, and neither the serial log
# nor the guest's dmesg (dumped into it) shows a kernel splat.
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
here=$top/tests/e2e
out=$top/build/e2e
gen=${FWCTL_GEN:-$top/generated}
timeout_s=${E2E_TIMEOUT:-150}
(($#)) || set -- smoke fault examples bnxt
suites=("$@")
start=$(date +%s)

log() { printf 'e2e: %s\n' "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

bash "$top/scripts/deps.sh" build e2e

kver=$(make -s -C "$top/kernel" kver)
[[ -n "$kver" ]] || die "cannot derive the kernel version from linux-headers-amd64"
mkdir -p "$out"

# The packaged kernel image matching the installed headers (cached).
vmlinuz=$out/vmlinuz-$kver
if [[ ! -s "$vmlinuz" ]]; then
	log "fetching linux-image-$kver"
	dl=$(mktemp -d "$out/dl.XXXXXX")
	fetch() {
		(cd "$dl" && apt-get download -q -o APT::Sandbox::User=root \
			"linux-image-$kver" >/dev/null)
	}
	# Package lists may be missing or older than the headers: refresh once.
	fetch || { apt-get update -q >/dev/null && fetch; } ||
		die "cannot download linux-image-$kver"
	dpkg-deb --fsys-tarfile "$dl"/linux-image-"$kver"_*.deb |
		tar -x -C "$dl" "./boot/vmlinuz-$kver"
	mv "$dl/boot/vmlinuz-$kver" "$vmlinuz"
	rm -rf "$dl"
fi

[[ -z "${E2E_BREAK:-}" ]] || log "test only: deliberately broken core (BREAK=$E2E_BREAK)"
# BREAK on the command line also overrides any BREAK in the environment.
make -s -C "$top/kernel" FWCTL_GEN="$gen" BREAK="${E2E_BREAK:-}" \
	>"$out/kbuild.log" 2>&1 ||
	{ cat "$out/kbuild.log" >&2; die "kernel modules do not build"; }

# Guest test programs: static, built against the generated headers and
# libfwctl, whose reflection tables give the tests the catalogue; the
# generated kernel scope headers give the drivers' length limits.
bindir=$out/bin
mkdir -p "$bindir"
# The simulator's device profile builds in too: the tests compare the
# device's replies with the same data.
sim=$top/kernel/mlx5_sim
cflags=(-std=gnu11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -static -pthread
	-I "$gen/include/uapi" -I "$gen/userspace" -I "$gen/kernel" -I "$top/userspace/lib/include" -I "$top/userspace/lib"
	-I "$here/guest" -I "$sim" $(pkg-config --cflags json-c))
deps=("$here"/guest/*.h "$gen"/userspace/*.[ch] "$gen"/kernel/*.h "$top"/userspace/lib/*.[ch]
	"$top"/userspace/lib/include/fwctl/*.h "$sim"/profile.[ch])
for src in "$here"/guest/*.c; do
	prog=$bindir/$(basename "$src" .c)
	stale=
	for f in "$src" "${deps[@]}"; do
		[[ "$f" -nt "$prog" ]] && stale=1
	done
	if [[ -n "$stale" || ! -x "$prog" ]]; then
		gcc "${cflags[@]}" -o "$prog" "$src" "$gen"/userspace/*.c \
			"$top"/userspace/lib/*.c "$sim/profile.c" \
			$(pkg-config --static --libs json-c)
	fi
done

# The initramfs.
root=$out/root
rm -rf "$root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,modules,tests}
chmod 0755 "$root"
chmod 1777 "$root/tmp"
cp /bin/busybox "$root/bin/busybox"
cp "$here/guest/init" "$root/init"
cp "$here"/guest/*.sh "$root/tests/"
/usr/bin/python3 "$here/extract_examples.py" "$top/docs/user-guide.rst" \
	"$root/tests/examples"
cp "$bindir"/* "$root/tests/"
for ko in fwctl/fwctl.ko mlx5_sim/mlx5_core.ko mlx5/mlx5_fwctl.ko \
	bnxt_sim/bnxt_en.ko bnxt/bnxt_fwctl.ko fwctl_echo/fwctl_echo.ko; do
	cp "$top/kernel/$ko" "$root/modules/"
done
printf '%s\n' "${suites[@]}" >"$root/tests/suites"

# The CLI is optional: a static build if there is one, else the dynamic
# one with the shared libraries it needs.
cli=${E2E_CLI:-}
for c in "$top/build/userspace/fwctl-static" "$top/build/userspace/fwctl"; do
	[[ -z "$cli" && -x "$c" && -f "$c" ]] && cli=$c
done
if [[ -n "$cli" ]]; then
	cp "$cli" "$root/bin/fwctl"
	# The loader stays where the binary expects it; the guest's /init
	# points LD_LIBRARY_PATH at /lib for everything else.
	libs=$(ldd "$cli" 2>/dev/null | grep -o '/[^ ]*' || true)
	for lib in $libs; do
		case $lib in
		*/ld-linux*) dest=$root$lib ;;
		*) dest=$root/lib/$(basename "$lib") ;;
		esac
		mkdir -p "$(dirname "$dest")"
		cp -L "$lib" "$dest"
	done
else
	log "no CLI in build/userspace: the guest skips the CLI checks"
fi

initrd=$out/initramfs.cpio.gz
(cd "$root" && find . | cpio -o -H newc --owner=0:0 --quiet | gzip -1) >"$initrd"
build_s=$(($(date +%s) - start))

serial=$out/serial.log
raw_serial=$out/serial.raw
log "booting $kver under TCG (suites: ${suites[*]})"
rc=0
timeout --foreground "$timeout_s" qemu-system-x86_64 \
	-machine pc -accel tcg -cpu max -m "${E2E_MEM:-512}" -smp 2 \
	-kernel "$vmlinuz" -initrd "$initrd" \
	-append "console=ttyS0 quiet panic=-1 oops=panic FUZZ_SEED=${E2E_FUZZ_SEED:-0x5eed}" \
	-display none -serial "file:$raw_serial" -monitor none \
	-no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	-device edu -device pci-testdev || rc=$?
total_s=$(($(date +%s) - start))
tr -d '\r' <"$raw_serial" >"$serial"

grep -E '^(PASS|FAIL|SKIP|INFO):' "$serial" >&2 || true
log "build ${build_s}s, total ${total_s}s, qemu exit $rc, log $serial"

splat='BUG:|WARNING:|Oops|KASAN|UBSAN|possible (circular|recursive) locking|lockdep|general protection|Call Trace:|Kernel panic'
if grep -Eq "$splat" "$serial"; then
	grep -En "$splat" "$serial" | head -20 >&2
	die "kernel splat in the guest log"
fi
((rc != 124)) || die "QEMU timed out after ${timeout_s}s"
# isa-debug-exit turns the guest's code c into (c << 1) | 1.
((rc == 1)) || die "guest exit status $(((rc - 1) / 2)) (QEMU $rc)"
grep -q '^E2E-RESULT: PASS$' "$serial" || die "no pass marker in the guest log"
log "PASS (${total_s}s)"
