"""Contract C3: the generated kernel scope function, compiled in userspace,
agrees with the spec model for every opcode, every distinguishing op_mod and
every scope (plus out-of-range scopes)."""
from __future__ import annotations

import os
import subprocess

from conftest import REPO

from generator.cli import load_and_build

PROGRAM = r"""
#include <stdio.h>
#include "mlx5_scope.h"

int main(void)
{
	static const unsigned int op_mods[] = { OP_MODS };
	unsigned int opcode, m, scope;

	for (opcode = 0; opcode <= 0xffff; opcode++) {
		for (m = 0; m < sizeof(op_mods) / sizeof(op_mods[0]); m++) {
			int min = 4; /* denied at every scope */

			for (scope = 4; scope-- > 0;)
				if (mlx5_rpc_scope_allowed(opcode, op_mods[m], scope))
					min = scope;
			/* Allowed scopes must be exactly [min, 3]. */
			for (scope = 0; scope < 4; scope++)
				if (mlx5_rpc_scope_allowed(opcode, op_mods[m], scope) != (scope >= (unsigned int)min))
					return 3;
			if (mlx5_rpc_scope_allowed(opcode, op_mods[m], 4) ||
			    mlx5_rpc_scope_allowed(opcode, op_mods[m], 0xffffffffu))
				return 4;
			putchar('0' + min);
		}
	}
	return 0;
}
"""


def test_scope_function_matches_model(tmp_path):
    family = next(f for f in load_and_build(os.path.join(REPO, "spec")) if f.name == "mlx5")
    cset = family.commands
    op_mods = sorted({0, 1, 2, 0xFFFF} | {r.op_mod for c in cset.commands for r in c.op_mod_rules})
    source = tmp_path / "dump.c"
    source.write_text(PROGRAM.replace("OP_MODS", ", ".join(map(str, op_mods))))
    binary = tmp_path / "dump"
    subprocess.run(["cc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-O1",
                    "-I", os.path.join(REPO, "generated/kernel"),
                    "-I", os.path.join(REPO, "generated/userspace"),
                    "-I", os.path.join(REPO, "generated/include/uapi"),
                    "-o", str(binary), str(source)], check=True)
    result = subprocess.run([str(binary)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, "allowed scopes are not a contiguous [min, max] range"
    by_opcode = {c.opcode: c for c in cset.commands}
    expected = []
    for opcode in range(0x10000):
        cmd = by_opcode.get(opcode)
        for op_mod in op_mods:
            scope = cmd.min_scope(op_mod) if cmd else None
            expected.append("4" if scope is None else str(scope.value))
    got = result.stdout
    assert len(got) == len(expected)
    mismatches = [i for i, (a, b) in enumerate(zip(got, expected)) if a != b]
    assert not mismatches, [
        (hex(i // len(op_mods)), op_mods[i % len(op_mods)], got[i], expected[i]) for i in mismatches[:10]]
    allowed = {i // len(op_mods) for i, c in enumerate(expected) if c != "4"}
    assert len(allowed) == 94  # the upstream allowlist size (fwctl-facts §4.2)
