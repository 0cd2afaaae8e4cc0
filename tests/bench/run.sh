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
cc -std=gnu11 -O2 -Wall -Wextra -Wno-type-limits -Werror -I generated/kernel -I generated/userspace -I generated/include/uapi \
	-o "$out/scope_bench" tests/bench/scope_bench.c
"$out/scope_bench"
instructions() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
gen_ir=$(instructions "$out/scope_bench" gen)
sw_ir=$(instructions "$out/scope_bench" switch)
awk -v g="$gen_ir" -v s="$sw_ir" 'BEGIN { printf "scope decision instructions (262144 decisions + harness): generated %d, hand switch %d, ratio %.3f (target <= 1.00)\n", g, s, g / s }'

echo "== layout accessors"
ifc=$(ls -d /usr/src/linux-headers-*-common/include/linux/mlx5 | sort -V | tail -n 1)
cc -std=gnu11 -O2 -Wall -Wextra -Wno-type-limits -Werror -I generated/userspace \
	-DMLX5_IFC_HEADER="\"$ifc/mlx5_ifc.h\"" -o "$out/accessor_bench" tests/bench/accessor_bench.c
"$out/accessor_bench" check
gen_ir=$(instructions "$out/accessor_bench" gen)
mac_ir=$(instructions "$out/accessor_bench" macro)
awk -v g="$gen_ir" -v m="$mac_ir" 'BEGIN { printf "10 fields x (set + get) x 100000: generated %d instructions (%.2f per access), MLX5_SET/GET-style macros %d (%.2f per access), ratio %.3f (target <= 1.00)\n", g, g / 2e6, m, m / 2e6, g / m }'

echo "== JSON decode"
build/tests/bench/decode_bench

for extra in tests/bench/run-*.sh; do
	[ -e "$extra" ] || continue
	echo "== $(basename "$extra" .sh | sed 's/^run-//')"
	bash "$extra"
done
