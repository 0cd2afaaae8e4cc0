"""Bad-spec corpus: every case fails with its exact file:line message and writes nothing.

Each file in bad/ is a spec file of a vendor family "acme"; its second line is
``# expect: MESSAGE`` where ``{file}`` stands for the file's path in messages.
"""
from __future__ import annotations

import os
import shutil

import pytest

from conftest import run_generator, snapshot

BAD_DIR = os.path.join(os.path.dirname(__file__), "bad")
CASES = sorted(n[:-5] for n in os.listdir(BAD_DIR) if n.endswith(".yaml"))


def expected_message(path: str, display: str) -> str:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# expect: "):
                return line[len("# expect: "):].rstrip("\n").replace("{file}", display)
    raise AssertionError(f"{path} has no '# expect:' line")


def test_corpus_is_large_enough():
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES)
def test_bad_spec(case, scratch):
    spec, out = scratch
    for family in ("mlx5", "bnxt"):  # only the core is needed; keeps each run short
        shutil.rmtree(spec / family)
    os.makedirs(spec / "acme")
    shutil.copy(os.path.join(BAD_DIR, f"{case}.yaml"), spec / "acme" / f"{case}.yaml")
    display = f"spec/acme/{case}.yaml"
    want = expected_message(os.path.join(BAD_DIR, f"{case}.yaml"), display)
    before = snapshot(out)

    result = run_generator("--spec", str(spec), "generate", "--out", str(out))

    assert result.code == 1, result.out + result.err
    lines = result.err.splitlines()
    assert want in lines, f"expected:\n  {want}\ngot:\n  " + "\n  ".join(lines)
    assert lines[-1].endswith("nothing was written")
    assert result.out == ""
    assert snapshot(out) == before, "generated files were touched"


def test_validate_reports_same_error(scratch):
    spec, _ = scratch
    os.makedirs(spec / "acme")
    shutil.copy(os.path.join(BAD_DIR, "dup_opcode.yaml"), spec / "acme" / "x.yaml")
    result = run_generator("--spec", str(spec), "validate")
    assert result.code == 1
    assert "spec/acme/x.yaml:" in result.err and "duplicate opcode 0x1" in result.err
