#!/usr/bin/env bash
# make bench: every benchmark prints its figure and its ratio against a
# reference measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=build/bench
mkdir -p "$out"

echo "== generator"
/usr/bin/python3 tests/bench/regen_bench.py

echo "== kernel scope table"
cc -std=gnu11 -O2 -Wall -Wextra -Wno-type-limits -Werror -I generated/kernel -I generated/include/uapi \
	-o "$out/scope_bench" tests/bench/scope_bench.c
"$out/scope_bench"
instructions() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
gen_ir=$(instructions "$out/scope_bench" gen)
sw_ir=$(instructions "$out/scope_bench" switch)
awk -v g="$gen_ir" -v s="$sw_ir" 'BEGIN { printf "scope decision instructions (262144 decisions + harness): generated %d, hand switch %d, ratio %.3f (target <= 1.00)\n", g, s, g / s }'

for extra in tests/bench/run-*.sh; do
	[ -e "$extra" ] || continue
	echo "== $(basename "$extra" .sh | sed 's/^run-//')"
	bash "$extra"
done
