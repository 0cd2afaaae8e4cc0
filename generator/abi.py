"""The ABI lock on the spec: every released value of every family, recorded
in ``abi/spec/<family>.lock`` and checked against the model.

A released value is what a program or a kernel built from an older spec
relies on: uapi constants, ioctl numbers, enum values (firmware status codes
among them), uapi struct and typedef sizes and member offsets (those of a
struct declared from a layout are its layout's fields), command opcodes,
layout field offsets and widths.  A locked value that changes or disappears fails
the check with the spec file and line of the element; values the lock does
not hold yet pass.  Scope rules are policy, not ABI: a change is reported
and passes.  ``abi-update`` records the spec as it is.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator, Optional

from .model import Command, Enum, Family, Ioctl, Layout, LayoutStruct, Origin, Struct, Typedef

LOCK_HEADER = """\
# SPDX-License-Identifier: GPL-2.0
# Released values of the {family} family, locked (README: "Stable ABI").
# Do not edit: `make abi-update` writes this file from the spec.
# KEY = VALUE; lines under "policy" are reported when they change, never
# failed.
"""


@dataclass(frozen=True)
class Value:
    """One released value: a stable key, its text, and where the spec defines it."""

    key: str
    text: str
    origin: Origin
    element: str
    policy: bool = False


def _enum_values(prefix: str, enum: Enum) -> Iterator[Value]:
    for entry in enum.entries:
        yield Value(f"{prefix}.enum.{enum.name}.{entry.name}", hex(entry.value),
                    entry.origin or enum.origin, entry.cname)  # type: ignore[arg-type]


def _struct_values(prefix: str, struct: Struct) -> Iterator[Value]:
    key = f"{prefix}.struct.{struct.name}"
    yield Value(key, f"size {struct.size}", struct.origin, f"struct {struct.name}")  # type: ignore[arg-type]
    for member in struct.members:
        yield Value(f"{key}.{member.name}", f"offset {member.offset} size {member.size}",
                    member.origin or struct.origin, f"struct {struct.name}.{member.name}")  # type: ignore[arg-type]


def _ioctl_value(prefix: str, ioctl: Ioctl, fallback: Origin) -> Value:
    return Value(f"{prefix}.ioctl.{ioctl.name}", hex(ioctl.number), ioctl.origin or fallback, ioctl.name)


def _layout_values(prefix: str, layout: Layout) -> Iterator[Value]:
    for fld in layout.fields:
        if fld.kind == "reserved":
            continue
        count = "" if fld.count is None else f" count {fld.count}"
        yield Value(f"{prefix}.layout.{layout.name}.{fld.name}", f"bit {fld.offset} width {fld.width}{count}",
                    fld.origin or layout.origin, f"{layout.name}.{fld.name}")  # type: ignore[arg-type]


def _scope_text(cmd: Command) -> str:
    rules = "".join(f", op_mod {r.op_mod:#x}: {r.scope.short}" for r in cmd.op_mod_rules)
    return (cmd.scope.short if cmd.scope else "denied") + rules


def _command_values(prefix: str, cmd: Command) -> Iterator[Value]:
    origin: Origin = cmd.origin  # type: ignore[assignment]
    yield Value(f"{prefix}.opcode.{cmd.name}", hex(cmd.opcode), origin, cmd.name)
    yield Value(f"{prefix}.scope.{cmd.name}", _scope_text(cmd), origin, cmd.name, policy=True)


def released(fam: Family) -> list[Value]:
    """Every released value of ``fam``, in spec order."""
    prefix = fam.name
    start = Origin(fam.files[0], 1)
    values: list[Value] = []
    for item in fam.uapi_items:
        if isinstance(item, Struct):
            values.extend(_struct_values(prefix, item))
        elif isinstance(item, LayoutStruct):
            # its members are the layout's fields, locked with the layouts
            values.append(Value(f"{prefix}.struct.{item.name}", f"size {item.layout.bits // 8}",
                                item.origin or start, f"struct {item.name}"))
        elif isinstance(item, Typedef):
            values.append(Value(f"{prefix}.typedef.{item.name}", f"size {item.size}",
                                item.origin or start, item.name))
        elif isinstance(item, Ioctl):
            values.append(_ioctl_value(prefix, item, start))
        elif not isinstance(item, Enum):
            values.append(Value(f"{prefix}.const.{item.name}", hex(item.value),  # type: ignore[attr-defined]
                                item.origin or start, item.name))  # type: ignore[attr-defined]
    for enum in fam.all_enums:
        values.extend(_enum_values(prefix, enum))
    for cmd in fam.commands.commands if fam.commands else []:
        values.extend(_command_values(prefix, cmd))
    for layout in fam.layouts:
        values.extend(_layout_values(prefix, layout))
    return values


def render_lock(fam: Family) -> str:
    """The lock file of ``fam``: ABI values, then policy."""
    values = released(fam)
    lines = [LOCK_HEADER.format(family=fam.name)]
    lines += [f"{v.key} = {v.text}\n" for v in values if not v.policy]
    policy = [f"{v.key} = {v.text}\n" for v in values if v.policy]
    if policy:
        lines += ["\n# policy\n"] + policy
    return "".join(lines)


def read_lock(path: str) -> dict[str, str]:
    """KEY -> VALUE of a lock file."""
    locked: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                key, _, text = line.rstrip("\n").partition(" = ")
                locked[key] = text
    return locked


def _containers(fam: Family) -> dict[str, Origin]:
    """Key prefix -> origin of the struct, enum or layout whose values it keys."""
    found: dict[str, Origin] = {}
    for struct in fam.structs:
        found[f"{fam.name}.struct.{struct.name}"] = struct.origin  # type: ignore[assignment]
    for enum in fam.all_enums:
        found[f"{fam.name}.enum.{enum.name}"] = enum.origin  # type: ignore[assignment]
    for layout in fam.layouts:
        found[f"{fam.name}.layout.{layout.name}"] = layout.origin  # type: ignore[assignment]
    return found


def _anchor(key: str, fam: Optional[Family], lock_file: str) -> tuple[str, str]:
    """Where to point for a key that is gone: the struct, enum or layout that
    held it, when it is still there, else the family's first file."""
    parent = key.rsplit(".", 1)[0]
    origin = _containers(fam).get(parent) if fam else None
    if origin is not None:
        return f"{origin.file}:{origin.line}", parent.split(".", 2)[-1]
    if fam is not None:
        return f"{fam.files[0]}:1", fam.name
    return lock_file, key.split(".")[0]


@dataclass
class Report:
    """The outcome of a check: failures (ABI) and notes (policy, additions)."""

    failures: list[str]
    notes: list[str]


def check_family(fam: Optional[Family], locked: dict[str, str], lock_file: str) -> Report:
    """Compare the values of ``fam`` (None: the family is gone) with its lock."""
    current = {v.key: v for v in released(fam)} if fam else {}
    report = Report([], [])
    for key, text in locked.items():
        value = current.get(key)
        if value is None:
            where, element = _anchor(key, fam, lock_file)
            message = f"{where}: {element}: {key} = {text} is locked in {lock_file} and is gone from the spec"
            (report.notes if key.split(".")[1] == "scope" else report.failures).append(message)
        elif value.text != text:
            where = f"{value.origin.file}:{value.origin.line}"
            if value.policy:
                report.notes.append(f"{where}: {value.element}: scope rule changed: {text} -> {value.text}")
            else:
                report.failures.append(f"{where}: {value.element}: {key} is locked at {text} in {lock_file}, "
                                       f"the spec now gives {value.text}")
    added = [k for k in current if k not in locked]
    if added:
        report.notes.append(f"{fam.name if fam else '?'}: {len(added)} value(s) not locked yet "
                            f"(make abi-update records them), first: {added[0]}")
    return report


def lock_path(lock_dir: str, name: str) -> str:
    return os.path.join(lock_dir, f"{name}.lock")


def check(families: list[Family], lock_dir: str, display_dir: str) -> Report:
    """Check every lock file in ``lock_dir`` against ``families``."""
    by_name = {f.name: f for f in families}
    names = sorted(n[:-5] for n in os.listdir(lock_dir) if n.endswith(".lock")) if os.path.isdir(lock_dir) else []
    total = Report([], [])
    for name in names:
        part = check_family(by_name.get(name), read_lock(lock_path(lock_dir, name)),
                            f"{display_dir}/{name}.lock")
        total.failures += part.failures
        total.notes += part.notes
    for name in sorted(set(by_name) - set(names)):
        total.notes.append(f"{name}: no lock file yet (make abi-update records it)")
    return total


def update(families: list[Family], lock_dir: str) -> list[str]:
    """Write the lock file of every family; remove those of families gone.
    Returns the files written or removed."""
    os.makedirs(lock_dir, exist_ok=True)
    changed = []
    for fam in families:
        path, text = lock_path(lock_dir, fam.name), render_lock(fam)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            changed.append(path)
    keep = {f"{f.name}.lock" for f in families}
    for name in sorted(os.listdir(lock_dir)):
        if name.endswith(".lock") and name not in keep:
            os.remove(os.path.join(lock_dir, name))
            changed.append(os.path.join(lock_dir, name))
    return changed
