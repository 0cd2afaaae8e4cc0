#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Extract the console examples of a reST guide for the e2e examples suite.

Usage: extract_examples.py GUIDE OUT_DIR

Every ``$ command`` line of a ``code-block:: console`` becomes OUT_DIR/N.sh
and the lines after it, up to the next command or the end of the block,
OUT_DIR/N.out (the output the guest must print).
"""
import os
import sys


def examples(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) in guide order."""
    found: list[tuple[str, list[str]]] = []
    in_block = False
    for line in lines:
        if line.startswith(".. code-block:: console"):
            in_block = True
            continue
        if in_block and line.strip() and not line.startswith("   "):
            in_block = False
        if not in_block or not line.strip():
            continue
        text = line[3:]
        if text.startswith("$ "):
            found.append((text[2:], []))
        elif found:
            found[-1][1].append(text)
    return found


def main(guide: str, out_dir: str) -> None:
    with open(guide, encoding="utf-8") as handle:
        found = examples(handle.read().splitlines())
    os.makedirs(out_dir, exist_ok=True)
    for index, (command, output) in enumerate(found):
        with open(os.path.join(out_dir, f"{index:02d}.sh"), "w", encoding="utf-8") as handle:
            handle.write(command + "\n")
        with open(os.path.join(out_dir, f"{index:02d}.out"), "w", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in output))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
