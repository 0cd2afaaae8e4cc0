"""Catalogues: named entries (capability pages, registers) that tools read
and write with one command, resolved against the family's commands and
message rules."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from .loader import Map
from .messages import integer_field
from .model import Catalogue, Enum, Family, FieldValue, Layout

if TYPE_CHECKING:
    from .build import Context


def _values(ctx: "Context", node: Map, key: str, layout: Layout, label: str) -> Optional[list[FieldValue]]:
    """The ``{field: value}`` map ``node[key]`` resolved in ``layout``."""
    if key not in node:
        return None
    result = []
    for path, value in node[key].items():
        found = integer_field(ctx, node, key, f"{label}.{key}", layout, path)
        if found is None:
            continue
        loc, fld = found
        if isinstance(value, str):
            entry = fld.enum.entry(value) if fld.enum else None
            if entry is None:
                ctx.error(node, key, f"{label}.{key}", f"'{value}' is not a value of {path}")
                continue
            value = entry.value
        if value >= 1 << fld.width:
            ctx.error(node, key, f"{label}.{key}", f"{value:#x} does not fit the {fld.width}-bit {path}")
            continue
        result.append(FieldValue(loc, value))
    return result


def catalogue(ctx: "Context", node: Map, fam: Family, enums: dict[str, Enum]) -> Optional[Catalogue]:
    """Resolve one ``catalogues:`` entry; None (with errors) when broken."""
    label = f"catalogues[{node['name']}]"
    cmds = fam.commands.commands if fam.commands else []
    cmd = next((c for c in cmds if c.name == node["command"]), None)
    if cmd is None or cmd.in_layout is None or cmd.out_layout is None:
        ctx.error(node, "command", label, f"'{node['command']}' is not a command with in and out layouts")
        return None
    holder_name, _, field_name = node["reply"].partition(".")
    fld: Any = next((f for f in cmd.out_layout.fields if f.name == field_name), None)
    if holder_name != cmd.out_layout.name or fld is None or fld.select is None or not fld.select.from_request:
        ctx.error(node, "reply", label, f"'{node['reply']}' is not a field of {cmd.out_layout.name} that the "
                  "request selects (a messages: select rule with from: request)")
        return None
    payload = None
    if "request-payload" in node:
        payload = next((f for f in cmd.in_layout.fields if f.name == node["request-payload"] and f.select), None)
        if payload is None:
            ctx.error(node, "request-payload", label,
                      f"'{node['request-payload']}' is not a selected field of {cmd.in_layout.name}")
            return None
    enum = enums.get(node["enum"]) if "enum" in node else fld.select.enum
    if enum is None:
        ctx.error(node, "enum" if "enum" in node else "reply", label, "no enum names the entries")
        return None
    values = {key: _values(ctx, node, key, cmd.in_layout, label) for key in ("read", "max", "write")}
    return Catalogue(node["name"], node["list"], node["doc"].strip(), cmd, cmd.out_layout, fld, enum,
                     values["read"] or [], values["max"], values["write"], payload)
