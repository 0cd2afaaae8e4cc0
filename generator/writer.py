"""Write-if-changed into generated/, the --check comparison, and the no-op stamp."""
from __future__ import annotations

import difflib
import hashlib
import json
import os
from dataclasses import dataclass, field

from .stamp import existing_files


@dataclass
class Plan:
    """What a regen would do: files to write, files to remove, files already current."""

    write: dict[str, bytes] = field(default_factory=dict)
    remove: list[str] = field(default_factory=list)
    same: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return len(self.write) + len(self.remove)


def read_current(out_dir: str, paths: list[str]) -> dict[str, str]:
    """The present text of each of ``paths`` under out_dir that exists."""
    current = {}
    for path in paths:
        try:
            with open(os.path.join(out_dir, path), encoding="utf-8") as handle:
                current[path] = handle.read()
        except (FileNotFoundError, UnicodeDecodeError):
            pass
    return current


def plan(out_dir: str, outputs: dict[str, str], current: dict[str, str]) -> Plan:
    """Compare wanted outputs with what is on disk (``current``, from read_current)."""
    result = Plan()
    for path in sorted(outputs):
        if current.get(path) == outputs[path]:
            result.same.append(path)
        else:
            result.write[path] = outputs[path].encode()
    result.remove = [p for p in existing_files(out_dir) if p not in outputs] if os.path.isdir(out_dir) else []
    return result


def apply(out_dir: str, todo: Plan) -> None:
    """Write changed files atomically (temp file + rename) and drop stale ones."""
    for path, data in todo.write.items():
        full = os.path.join(out_dir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        tmp = f"{full}.tmp{os.getpid()}"
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, full)
    for path in todo.remove:
        os.unlink(os.path.join(out_dir, path))


def describe(todo: Plan, current: dict[str, str], max_diff_lines: int = 20) -> str:
    """Diff summary for --check: each stale file with a short unified diff.

    ``current`` is what read_current() found on disk, so nothing is read twice.
    """
    lines = []
    for path, data in todo.write.items():
        if path not in current:
            lines.append(f"generated/{path}: missing or not UTF-8 text")
            continue
        diff = list(difflib.unified_diff(current[path].splitlines(), data.decode().splitlines(),
                                         f"generated/{path}", f"generated/{path} (from spec)",
                                         lineterm="", n=1))
        changed = sum(1 for d in diff[2:] if d[:1] in "+-")
        lines.append(f"generated/{path}: differs ({changed} lines)")
        lines.extend("    " + d for d in diff[2:max_diff_lines + 2])
    lines.extend(f"generated/{path}: not produced by the spec (stale file)" for path in todo.remove)
    return "\n".join(lines)
