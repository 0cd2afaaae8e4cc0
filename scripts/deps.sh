#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Install the Debian packages this project needs, idempotently.
# Usage: scripts/deps.sh [GROUP...]   groups: build (default), e2e, docs
# Only missing packages are installed; nothing happens when all are present.
set -euo pipefail

declare -A groups=(
	[build]="gcc g++ make pkg-config meson ninja-build clang clang-format libclang-rt-14-dev
		python3-yaml python3-jinja2 python3-jsonschema python3-pytest python3-sphinx
		libcmocka-dev libjson-c-dev valgrind sparse linux-headers-amd64 abigail-tools"
	[e2e]="qemu-system-x86 busybox-static cpio dkms"
	[docs]="python3-sphinx python3-sphinx-rtd-theme"
)

want=()
for g in "${@:-build}"; do
	[[ -n "${groups[$g]+x}" ]] || { echo "deps.sh: unknown group '$g' (build, e2e, docs)" >&2; exit 2; }
	want+=(${groups[$g]})
done

# What was verified is remembered: nothing to ask dpkg until its database
# or this script changes.
stamp=$(cd "$(dirname "$0")/.." && pwd)/build/deps-$(IFS=-; echo "${*:-build}").stamp
if [[ -f "$stamp" && "$stamp" -nt /var/lib/dpkg/status && "$stamp" -nt "$0" ]]; then
	exit 0
fi

missing=()
for p in "${want[@]}"; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	[[ "$st" == "install ok installed" ]] || missing+=("$p")
done

remember() { mkdir -p "$(dirname "$stamp")" && touch "$stamp"; }

if ((${#missing[@]} == 0)); then
	remember
	exit 0
fi
if ((EUID != 0)); then
	echo "deps.sh: missing Debian packages: ${missing[*]}" >&2
	echo "deps.sh: run as root (or: sudo apt-get install --no-install-recommends ${missing[*]})" >&2
	exit 1
fi
echo "deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; then
	apt-get update -q >/dev/null
	apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
remember
