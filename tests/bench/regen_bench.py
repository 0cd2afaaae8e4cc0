"""Regen wall time as developers meet it -- a no-op `make -s regen`, a regen
after adding one opcode, a regen into an empty tree -- at today's spec and
at twice its size (every family replicated), each against its target; then
growth with spec size.  Medians of this run.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def generate(spec: str, out: str, *extra: str) -> float:
    """Run one regen; return its wall time in seconds."""
    start = time.monotonic()
    subprocess.run(["/usr/bin/python3", "-m", "generator", "--spec", spec, "generate", "--out", out, *extra],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def best(runs: int, *args: str) -> float:
    return min(generate(*args) for _ in range(runs))


def replicate(spec: str, dest: str, copies: int) -> None:
    """The real spec plus copies-1 renamed copies of every device family."""
    shutil.copytree(spec, dest)
    families = [d for d in os.listdir(spec) if os.path.isdir(os.path.join(spec, d)) and d != "schema"]
    for index in range(1, copies):
        for fam in families:
            target = os.path.join(dest, f"{fam}x{index}")
            os.makedirs(target)
            for name in os.listdir(os.path.join(spec, fam)):
                with open(os.path.join(spec, fam, name), encoding="utf-8") as handle:
                    text = handle.read()
                text = re.sub(rf"^family: {fam}$", f"family: {fam}x{index}", text, flags=re.M)
                text = rename_c_names(text, fam, index)
                with open(os.path.join(target, name), "w", encoding="utf-8") as handle:
                    handle.write(text)


def rename_c_names(text: str, fam: str, index: int) -> str:
    """A copy of a family declares other C names and headers (the generator
    rejects two declarations of one name): the family's own prefixes (also
    after fwctl_ / FWCTL_: enum fwctl_bnxt_commands), the
    fwctl_rpc_/fwctl_info_ structs, __uapi_ typedefs, every C name prefix
    (enums, commands) and every uapi header
    path but the kernel's own (linux/...)."""
    text = re.sub(rf"(\b|(?<=fwctl_)){fam}(?=_)", f"{fam}x{index}", text)
    text = re.sub(rf"(\b|(?<=FWCTL_)){fam.upper()}(?=[A-Z_])", f"{fam.upper()}X{index}", text)
    text = re.sub(r"(prefix: )([A-Z][A-Z0-9_]*)", rf"\1\2X{index}_", text)
    for prefix in ("fwctl_info_", "fwctl_rpc_", "__uapi_"):
        text = text.replace(prefix, f"{prefix}x{index}_")
    return re.sub(r"\b(?!linux/)(\w+)/(\w+)\.h\b", rf"\1/\2x{index}.h", text)


def lines_in(folder: str) -> int:
    total = 0
    for top, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(top, name), "rb") as handle:
                total += handle.read().count(b"\n")
    return total


NEW_OPCODE = """    - name: QUERY_BENCH_THING
      opcode: 0x7777
      scope: debug_read_only
      doc: A made-up query, to time the regen of one new opcode.
"""


def median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def user_commands(spec: str, work: str, stamp: str) -> tuple[float, float, float]:
    """Medians of what a developer types, on ``spec``: a no-op regen (the
    dependency check `make` runs first, then the generator with its stamp),
    a regen after adding one opcode, and a regen into an empty tree."""
    out = os.path.join(work, "generated")
    empties = []
    for _ in range(3):
        shutil.rmtree(out, ignore_errors=True)
        empties.append(generate(spec, out, "--stamp", ""))
    generate(spec, out, "--stamp", stamp)
    noops = []
    for _ in range(5):
        start = time.monotonic()
        subprocess.run(["bash", os.path.join(REPO, "scripts", "deps.sh"), "build"], check=True)
        generate(spec, out, "--stamp", stamp)
        noops.append(time.monotonic() - start)
    edited = os.path.join(work, "edited")
    shutil.copytree(spec, edited)
    with open(os.path.join(edited, "mlx5", "commands.yaml"), "a", encoding="utf-8") as handle:
        handle.write(NEW_OPCODE)
    edits = []
    for _ in range(3):
        edit_out = os.path.join(work, "edit-out")
        shutil.rmtree(edit_out, ignore_errors=True)
        shutil.copytree(out, edit_out)
        edits.append(generate(edited, edit_out, "--stamp", ""))
    return median(noops), median(edits), median(empties)


TARGETS = {1: (0.15, 0.6, 1.0), 2: (0.25, 1.0, 2.0)}  # no-op, after an edit, empty tree


def main() -> int:
    spec = os.path.join(REPO, "spec")
    with tempfile.TemporaryDirectory() as tmp:
        for copies, targets in TARGETS.items():
            work = os.path.join(tmp, f"user-x{copies}")
            replicate(spec, os.path.join(work, "spec"), copies)
            figures = user_commands(os.path.join(work, "spec"), work, os.path.join(work, "stamp"))
            lines = lines_in(os.path.join(work, "generated"))
            for what, took, target in zip(("make -s regen, nothing changed", "regen after adding one opcode",
                                           "regen into an empty tree"), figures, targets):
                print(f"x{copies} spec ({lines:6d} lines) {what:31s}: {took:6.3f} s  "
                      f"target {target:4.2f} s  ratio {took / target:5.2f}")
        base = None
        for copies in (1, 4, 16):
            work = os.path.join(tmp, f"x{copies}")
            replicate(spec, os.path.join(work, "spec"), copies)
            wout = os.path.join(work, "generated")
            cold = generate(os.path.join(work, "spec"), wout, "--stamp", "")
            again = best(2, os.path.join(work, "spec"), wout, "--force", "--stamp", "")
            lines = lines_in(wout)
            base = base or again
            print(f"scaling x{copies:<2}: {lines:7d} lines  full regen {again:6.2f} s ({again / base:5.2f}x of x1, "
                  f"{lines / again:7.0f} lines/s)  into an empty directory {cold:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
