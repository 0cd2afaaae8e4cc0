#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Stage the source tree DKMS takes: kernel/dkms.conf at its root, the
# kernel sources and the generated headers they include, nothing built.
# Usage: scripts/dkms-tree.sh DIR     prints DIR/fwctl-<version>
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
conf=$top/kernel/dkms.conf
version=$(sed -n 's/^PACKAGE_VERSION="\(.*\)"$/\1/p' "$conf")
meson_version=$(sed -n "s/^ *version: '\(.*\)',$/\1/p" "$top/meson.build" | head -1)
if [[ "$version" != "$meson_version" ]]; then
	echo "dkms-tree: kernel/dkms.conf version $version differs from meson.build's $meson_version" >&2
	exit 1
fi

dest=$1/fwctl-$version
rm -rf "$dest"
mkdir -p "$dest"
cp "$conf" "$dest/dkms.conf"
(cd "$top" &&
	find kernel generated/include generated/kernel generated/userspace \
		\( -name '*.[ch]' -o -name Kbuild -o -name Makefile \) \
		! -name '*.mod.c' -print0 |
	cpio -0 -pdm --quiet "$dest")
echo "$dest"
