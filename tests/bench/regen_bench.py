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


def main() -> int:
    spec = os.path.join(REPO, "spec")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "generated")
        stamp = os.path.join(tmp, "stamp")
        cold = generate(spec, out, "--no-cache", "--stamp", stamp)
        warm = best(3, spec, out, "--force", "--stamp", stamp)
        noop = best(5, spec, out, "--stamp", stamp)
        noop_full = best(3, spec, out, "--force")
        print(f"regen full, cold format cache : {cold:6.3f} s  ratio to 1 s target {cold / TARGET_FULL:5.2f}")
        print(f"regen full, warm format cache : {warm:6.3f} s  ratio to 1 s target {warm / TARGET_FULL:5.2f}")
        print(f"regen no-op (stamp)           : {noop:6.3f} s  ratio to 0.25 s target {noop / TARGET_NOOP:5.2f}")
        print(f"regen no-op (full compare)    : {noop_full:6.3f} s  ratio to 0.25 s target {noop_full / TARGET_NOOP:5.2f}")
        base = None
        for copies in (1, 4, 16):
            work = os.path.join(tmp, f"x{copies}")
            replicate(spec, os.path.join(work, "spec"), copies)
            wout = os.path.join(work, "generated")
            seconds = generate(os.path.join(work, "spec"), wout, "--no-cache", "--stamp", "")
            warm_s = best(2, os.path.join(work, "spec"), wout, "--force", "--stamp", "")
            lines = lines_in(wout)
            base = base or seconds
            print(f"scaling x{copies:<2}: {lines:7d} lines  cold {seconds:7.2f} s ({seconds / base:5.2f}x of x1, "
                  f"{lines / seconds:7.0f} lines/s)  warm {warm_s:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
