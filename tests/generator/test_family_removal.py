"""A family is data: removing spec/bnxt/ removes bnxt's outputs and changes
nothing else but the lists of families.

The tree is regenerated from a copy of spec/ without bnxt into a copy of
generated/; every other output must stay byte for byte, and the three files
that list the families may only lose the lines that name bnxt (their
"generated from" banner included) and fwctl_names.c its family count.
"""
from __future__ import annotations

import difflib
import os
import shutil

from conftest import run_generator, snapshot

BNXT_OUTPUTS = {
    "docs/bnxt.rst",
    "include/uapi/fwctl/bnxt.h",
    "kernel/bnxt_scope.h",
    "userspace/bnxt_catalog.c",
    "userspace/bnxt_defs.h",
    "userspace/bnxt_layouts.h",
    "userspace/bnxt_reflect.c",
    "userspace/bnxt_reflect.h",
}
FAMILY_LISTS = {"docs/index.rst", "userspace/fwctl_names.c", "userspace/meson.build"}


def _changed_lines(before: bytes, after: bytes) -> tuple[list[str], list[str]]:
    diff = difflib.ndiff(before.decode().splitlines(), after.decode().splitlines())
    lines = [line for line in diff if line[:2] in ("- ", "+ ")]
    return [line[2:] for line in lines if line[0] == "-"], [line[2:] for line in lines if line[0] == "+"]


def test_removing_bnxt_changes_only_family_lists(scratch):
    spec, out = scratch
    before = snapshot(out)
    assert BNXT_OUTPUTS <= set(before), "the shipped tree has no bnxt outputs"
    shutil.rmtree(spec / "bnxt")

    result = run_generator("--spec", str(spec), "generate", "--out", str(out))
    assert result.code == 0, result.err
    after = snapshot(out)

    assert set(before) - set(after) == BNXT_OUTPUTS
    assert set(after) <= set(before)
    changed = {path for path in after if after[path][1] != before[path][1]}
    assert changed == FAMILY_LISTS
    count = len([d for d in os.listdir(spec) if (spec / d / "family.yaml").is_file()])
    for path in sorted(changed):
        removed, added = _changed_lines(before[path][1], after[path][1])
        assert removed and all("bnxt" in line or f"fwctl_n_families = {count + 1};" in line
                               for line in removed), (path, removed)
        # what replaces them: the banner without bnxt's files, the new count
        assert all("bnxt" not in line for line in added), (path, added)
        assert len(added) <= 1, (path, added)
        assert all(line.lstrip(".#* ").startswith("Spec:") or f"fwctl_n_families = {count};" in line
                   for line in added), (path, added)
    assert os.path.isdir(spec / "mlx5")
