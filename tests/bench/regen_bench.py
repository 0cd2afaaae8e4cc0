"""Regen wall time: full (cold and warm format cache), no-op, and growth with spec size.

Prints ratios against the targets (full <= 1 s, no-op <= 0.25 s) measured in this run.
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
TARGET_FULL, TARGET_NOOP = 1.0, 0.25


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
                text = re.sub(r"^  header: fwctl/(\w+)\.h$", rf"  header: fwctl/\1x{index}.h", text, flags=re.M)
                text = text.replace("fwctl_info_", f"fwctl_info_x{index}_")
                with open(os.path.join(target, name), "w", encoding="utf-8") as handle:
                    handle.write(text)


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


def main() -> int:
    spec = os.path.join(REPO, "spec")
    with tempfile.TemporaryDirectory() as tmp:
        stamp = os.path.join(tmp, "stamp")
        out = os.path.join(tmp, "generated")
        empty_out = os.path.join(tmp, "empty", "generated")
        empties = []
        for _ in range(3):
            shutil.rmtree(empty_out, ignore_errors=True)
            empties.append(generate(spec, empty_out, "--no-cache", "--stamp", ""))
        empty = min(empties)
        shutil.copytree(os.path.join(REPO, "generated"), out)
        full = best(3, spec, out, "--force", "--no-cache", "--stamp", "")
        noop = best(5, spec, out, "--stamp", stamp)
        opcode_spec = os.path.join(tmp, "opcode", "spec")
        shutil.copytree(spec, opcode_spec)
        with open(os.path.join(opcode_spec, "mlx5", "commands.yaml"), "a", encoding="utf-8") as handle:
            handle.write(NEW_OPCODE)
        times = []
        for _ in range(3):
            opcode_out = os.path.join(tmp, "opcode", "generated")
            shutil.rmtree(opcode_out, ignore_errors=True)
            shutil.copytree(os.path.join(REPO, "generated"), opcode_out)
            times.append(generate(opcode_spec, opcode_out, "--no-cache", "--stamp", ""))
        opcode = min(times)
        print("(no clang-format cache in any run; best of 3)")
        print(f"regen full, generated/ present    : {full:6.3f} s  ratio to 1 s target {full / TARGET_FULL:5.2f}")
        print(f"regen after adding one opcode     : {opcode:6.3f} s  ratio to 1 s target {opcode / TARGET_FULL:5.2f}")
        print(f"regen into an empty directory     : {empty:6.3f} s  ratio to 1 s target {empty / TARGET_FULL:5.2f}")
        print(f"regen no-op (stamp)               : {noop:6.3f} s  ratio to 0.25 s target {noop / TARGET_NOOP:5.2f}")
        base = None
        for copies in (1, 4, 16):
            work = os.path.join(tmp, f"x{copies}")
            replicate(spec, os.path.join(work, "spec"), copies)
            wout = os.path.join(work, "generated")
            cold = generate(os.path.join(work, "spec"), wout, "--no-cache", "--stamp", "")
            again = best(2, os.path.join(work, "spec"), wout, "--force", "--no-cache", "--stamp", "")
            lines = lines_in(wout)
            base = base or again
            print(f"scaling x{copies:<2}: {lines:7d} lines  full regen {again:6.2f} s ({again / base:5.2f}x of x1, "
                  f"{lines / again:7.0f} lines/s)  into an empty directory {cold:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
