"""Derived views of the model that templates need (grouping, C expressions)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .outputs import has_codec
from .model import Command, CommandSet, Enum, EnumEntry, ErrnoRule, Field, Layout, OpModRule, Struct


@dataclass
class ScopeGroup:
    """Commands that share one scope rule, in opcode order of first appearance."""

    scope: EnumEntry
    rules: list[OpModRule]
    commands: list[Command] = field(default_factory=list)


def scope_groups(cset: CommandSet) -> list[ScopeGroup]:
    """Allowed commands grouped by identical rule; denied ones are left to default."""
    groups: dict[tuple, ScopeGroup] = {}
    for cmd in cset.commands:
        if cmd.scope is None:
            continue
        key = (cmd.scope.value, tuple((r.op_mod, r.scope.value) for r in cmd.op_mod_rules))
        groups.setdefault(key, ScopeGroup(cmd.scope, cmd.op_mod_rules)).commands.append(cmd)
    return list(groups.values())


def scope_test(scope: EnumEntry) -> str:
    """C expression: is ``scope`` at least this entry (already known <= max)?"""
    return "true" if scope.value == 0 else f"scope >= {scope.cname}"


@dataclass
class Accessor:
    """How a template spells the accessors of one field."""

    field: Field
    ctype: str  # __u32 or __u64 for uint fields
    dword: int  # index of the first 32-bit word (element 0)
    shift: int  # right shift inside the word (uint <= 32 bits)
    mask: str  # C literal of the value mask

    @property
    def byte(self) -> int:
        return self.field.offset // 8


def accessors(layout: Layout) -> list[Accessor]:
    """Accessor parameters for every named field of a PRM (msb0, 32-bit word) layout."""
    result = []
    for fld in layout.fields:
        if fld.kind == "reserved":
            continue
        width = fld.width
        ctype = "__u64" if width > 32 else "__u32"
        shift = 32 - width - fld.offset % 32 if fld.kind == "uint" and width <= 32 else 0
        mask = f"{(1 << width) - 1:#x}" if fld.kind == "uint" else "0"
        if fld.kind == "uint" and width > 32:
            mask += "ULL"
        result.append(Accessor(fld, ctype, fld.offset // 32, shift, mask))
    return result


def _rst_text(text: str) -> str:
    return " ".join(text.split()) or "-"


def _has_policy(enum: Enum) -> bool:
    return any(e.taint or e.capability for e in enum.entries)


def enum_header(enum: Enum) -> list[str]:
    """Columns of an enum table; scope-like enums add taint and capability."""
    return ["Name", "Value"] + (["Taints", "Needs"] if _has_policy(enum) else []) + ["Meaning"]


def enum_rows(enum: Enum) -> list[list[str]]:
    """Rows of an enum table, matching enum_header()."""
    rows = []
    for e in enum.entries:
        policy = ["yes" if e.taint else "no", f"``{e.capability}``" if e.capability else "-"]
        rows.append([f"``{e.cname}``", f"{e.value:#x}"] + (policy if _has_policy(enum) else []) + [_rst_text(e.doc)])
    return rows


def errno_rows(errors: list[ErrnoRule]) -> list[list[str]]:
    """Rows of an errno table; ``driver`` means the driver's own errno."""
    return [["(driver)" if e.errno == "driver" else f"``{e.errno}``", _rst_text(e.when)] for e in errors]


def struct_rows(struct: Struct) -> list[list[str]]:
    """Rows of a C struct table with offsets and sizes."""
    return [[str(m.offset), str(m.size), f"``{m.ctype}``", f"``{m.name}``", m.direction, _rst_text(m.doc)]
            for m in struct.members]


def _scope_text(scope: Optional[EnumEntry]) -> str:
    return scope.short if scope else "denied"


def command_rows(cset: CommandSet) -> list[list[str]]:
    """Rows of the command catalogue table."""
    rows = []
    for cmd in cset.commands:
        rules = "; ".join(f"{r.op_mod:#x}: {r.scope.short}" for r in cmd.op_mod_rules) or "-"
        rows.append([f"{cmd.opcode:#06x}", f"``{cmd.name}``", _scope_text(cmd.scope), rules,
                     f"`{cmd.in_layout.name}`_" if cmd.in_layout else "opaque",
                     f"`{cmd.out_layout.name}`_" if cmd.out_layout else "opaque"])
    return rows


def _field_type(fld: Field) -> str:
    base = {"uint": "uint", "bytes": "bytes", "reserved": "reserved"}.get(fld.kind)
    if fld.kind == "layout":
        base = f"`{fld.layout.name}`_"
    if fld.enum is not None:
        base = f"enum {fld.enum.name}"
    if fld.count is not None:
        base += f" [{fld.count or ''}]"
    return base


def layout_rows(layout: Layout) -> list[list[str]]:
    """Rows of a layout table: bit offset, width (of one element), name, type."""
    return [[f"{f.offset:#x}", f"{f.width:#x}", f"``{f.name}``" if f.kind != "reserved" else "",
             _field_type(f)] for f in layout.fields]


def codec_families(families: list) -> list:
    """The families that have reflection tables, in spec order."""
    return [f for f in families if has_codec(f)]


TEMPLATE_GLOBALS = {
    "codec_families": codec_families,
    "enum_rows": enum_rows,
    "enum_header": enum_header,
    "errno_rows": errno_rows,
    "struct_rows": struct_rows,
    "command_rows": command_rows,
    "layout_rows": layout_rows,
    "scope_groups": scope_groups,
    "scope_test": scope_test,
    "accessors": accessors,
}
