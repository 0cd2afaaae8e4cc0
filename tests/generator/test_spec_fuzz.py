"""Mutation fuzzing of the spec loader: any broken spec must end in SpecErrors
(file:line messages), never in a traceback.  Seeded and bounded."""
from __future__ import annotations

import os
import random
import shutil

import pytest

from conftest import REPO

from generator.cli import load_and_build
from generator.errors import SpecError, SpecErrors
from generator.render import render_all

MUTANTS = 150
VALUES = ["0", "-1", "0x10000", "65", "99999999999", "''", "x", "[]", "{}", "null", "true",
          "configuration", "denied", "cmd_status", "mbox_in_hdr", "'a b'"]


def mutate(lines: list[str], rng: random.Random) -> list[str]:
    """One random edit: drop, duplicate or swap lines, or replace a value."""
    lines = list(lines)
    index = rng.randrange(1, len(lines))  # keep the SPDX line
    choice = rng.randrange(4)
    if choice == 0:
        del lines[index]
    elif choice == 1:
        lines.insert(index, lines[index])
    elif choice == 2:
        other = rng.randrange(1, len(lines))
        lines[index], lines[other] = lines[other], lines[index]
    else:
        line = lines[index]
        if ":" in line:
            head, _, _ = line.partition(":")
            lines[index] = f"{head}: {rng.choice(VALUES)}"
            if line.rstrip().endswith("}"):
                lines[index] += "}"
    return lines


@pytest.mark.parametrize("target", ["mlx5/family.yaml", "mlx5/commands.yaml", "fwctl.yaml"])
def test_mutated_specs_fail_cleanly(target, tmp_path):
    rng = random.Random(f"fwctl-{target}")
    spec = tmp_path / "spec"
    # Without the big imported layouts file (for speed), and the message rules about its layouts;
    # commands then have opaque payloads.
    shutil.copytree(os.path.join(REPO, "spec"), spec,
                    ignore=shutil.ignore_patterns("layouts.yaml", "messages.yaml"))
    shutil.rmtree(spec / "bnxt")  # the mutated files are the core's and mlx5's
    commands = (spec / "mlx5" / "commands.yaml").read_text().splitlines()
    (spec / "mlx5" / "commands.yaml").write_text(
        "\n".join(line for line in commands if not line.lstrip().startswith(("in:", "out:"))) + "\n")
    load_and_build(str(spec))  # the unmutated base is valid
    original = (spec / target).read_text().splitlines()
    outcomes = {"valid": 0, "errors": 0}
    for _ in range(MUTANTS):
        (spec / target).write_text("\n".join(mutate(original, rng)) + "\n")
        try:
            families = load_and_build(str(spec))
        except SpecErrors as exc:
            assert exc.errors and all(isinstance(e, SpecError) and e.line >= 1 for e in exc.errors)
            outcomes["errors"] += 1
        else:
            assert render_all(families, os.path.join(REPO, "templates"))
            outcomes["valid"] += 1
    print(target, outcomes)
    assert outcomes["errors"] > MUTANTS // 4, outcomes
