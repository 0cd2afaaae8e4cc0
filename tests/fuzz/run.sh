#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Build the libFuzzer targets (clang, ASan + UBSan) and run each one.
# Usage: tests/fuzz/run.sh short|long
#   short: FUZZ_SECONDS (default 18) per target, for make check (<= 60 s)
#   long:  FUZZ_SECONDS (default 600) per target, for make fuzz
# Any crash, leak or sanitizer report fails the run; the reproducer is left
# in build/fuzz/<target>/.
set -euo pipefail

mode=${1:-}
case "$mode" in
short) seconds=${FUZZ_SECONDS:-18} ;;
long) seconds=${FUZZ_SECONDS:-600} ;;
*) echo "usage: $0 short|long" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/build/fuzz
max_len=8192
mkdir -p "$out"

cflags=(-std=c11 -D_GNU_SOURCE -g -O1 -Wall -Wextra -Werror
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
	-I"$top/userspace/lib/include" -I"$top/userspace/lib" -I"$top/generated/include/uapi"
	-I"$top/generated/userspace" $(pkg-config --cflags json-c))
lib=("$top"/userspace/lib/{codec,device,error,json}.c
	"$top"/generated/userspace/*.c)

# Seeds: a few valid inputs so the fuzzer starts inside the grammar.
seed() {
	mkdir -p "$out/$1/corpus"
	printf '%b' "$3" >"$out/$1/corpus/$2"
}
seed fuzz_assign opcode 'query_hca_cap_in opcode=0x100'
seed fuzz_assign nested 'query_hca_cap_out capability.cmd_hca_cap.log_max_qp=18'
seed fuzz_assign array 'query_adapter_out query_adapter_struct.vsd[3]=255'
seed fuzz_assign enum 'mbox_out_hdr status=BAD_OP'
seed fuzz_assign wide 'mcia_reg dwords=0x0102030405060708090a'
seed fuzz_decode hex '\x02\x00\x01 01000000 00000001 80001234 00000000'
seed fuzz_decode raw '\x01\x00\x00\x02\x00\x00\x00\x00\x00\x12\x34'

for target in fuzz_decode fuzz_assign; do
	clang "${cflags[@]}" -o "$out/$target/$target" \
		"$top/tests/fuzz/$target.c" "${lib[@]}" \
		$(pkg-config --libs json-c)
done
# A seed per layout and a dictionary of names, from the reflection tables.
clang "${cflags[@]/-fsanitize=fuzzer,/-fsanitize=}" -o "$out/seeds" \
	"$top/tests/fuzz/seeds.c" "${lib[@]}" $(pkg-config --libs json-c)
"$out/seeds" "$out/fuzz_decode/corpus" "$out/fuzz_assign/dict" "$max_len"
extra_fuzz_decode=()
extra_fuzz_assign=(-dict=dict)

# Superlinear work on an input of max_len bytes is a finding: it runs into
# the per-input time limit or the RSS limit.  ASan's quarantine of freed
# memory is kept small so that the RSS measures what a decode holds.
export ASAN_OPTIONS=quarantine_size_mb=16
for target in fuzz_decode fuzz_assign; do
	echo "fuzz: $target for ${seconds}s"
	extra="extra_${target}[@]"
	if ! (cd "$out/$target" &&
		"./$target" -max_total_time="$seconds" -print_final_stats=1 \
			-max_len="$max_len" -timeout=5 -rss_limit_mb=256 \
			"${!extra}" corpus >log 2>&1); then
		tail -n 40 "$out/$target/log" >&2
		echo "fuzz: $target FAILED, reproducer and log in $out/$target" >&2
		exit 1
	fi
	grep -E 'stat::(number_of_executed_units|new_units_added)' \
		"$out/$target/log"
done
echo "fuzz: no findings"
