"""Firmware-decided scopes: value -> scope maps read at run time.

Some drivers learn what a request needs only at run time: one asks its
firmware for each operation's attribute, another reads the effects the
device reports for the object a request changes.  A family lists such maps in
``commands.firmware-scopes``; a command names the maps it is checked
against (``firmware-scope: [...]``, in order), and ``commands.firmware-scope``
names those of every command the firmware lists (a family with no static
command list).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Optional

from .loader import Map
from .model import Enum, EnumEntry, FirmwareScope, ScopeMapEntry, Origin

if TYPE_CHECKING:
    from .build import Context

MAX_VALUE_BITS = 64
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ScopeOf = Callable[[Map, str, str], Optional[EnumEntry]]


def _int_value(ctx: "Context", node: Map, key: str, label: str, enum: Optional[Enum], bits: int) -> Optional[int]:
    raw = node[key]
    if isinstance(raw, str):
        entry = enum.entry(raw) if enum else None
        if entry is None:
            where = f"enum {enum.name}" if enum else "the map (it names no enum:)"
            ctx.error(node, key, label, f"'{raw}' is not an entry of {where}")
            return None
        raw = entry.value
    if raw >= 1 << bits:
        ctx.error(node, key, label, f"{raw:#x} does not fit the {bits}-bit value")
        return None
    return raw


def _bytes_value(ctx: "Context", node: Map, label: str, nbytes: int) -> Optional[bytes]:
    raw = node["value"]
    text = raw.lower() if isinstance(raw, str) else ""
    if not UUID.match(text) and not re.fullmatch(r"(0x)?[0-9a-f]+", text):
        ctx.error(node, "value", label, "a byte-string value is a UUID (8-4-4-4-12 hex digits) or hex bytes")
        return None
    data = bytes.fromhex(text.replace("-", "").removeprefix("0x"))
    if len(data) != nbytes:
        ctx.error(node, "value", label, f"{len(data)} bytes, but the value has {nbytes}")
        return None
    return data


def _entry(ctx: "Context", node: Map, label: str, rule: FirmwareScope, scope_of: ScopeOf) -> Optional[ScopeMapEntry]:
    if ("scope" in node) == ("deny" in node):
        ctx.error(node, None, label, "an entry gives a scope: or deny: ERRNO, not both")
        return None
    scope = scope_of(node, "scope", label) if "scope" in node else None
    if "scope" in node and scope is None:
        return None
    errno = node.get("deny", "")
    name = node.get("name") or (node["value"] if isinstance(node.get("value"), str) and rule.enum else "")
    if rule.is_bytes:
        if "any" in node or "mask" in node or "value" not in node:
            ctx.error(node, None, label, "a byte-string map matches whole values: value:, no mask: or any:")
            return None
        data = _bytes_value(ctx, node, label, rule.bits // 8)
        if data is None:
            return None
        return ScopeMapEntry(name, 0, 0, False, data, scope, errno, (node.get("doc") or "").strip())
    if ("value" in node) == ("any" in node) or ("mask" in node and "any" in node):
        ctx.error(node, None, label, "an entry matches value: (with an optional mask:) or any: MASK")
        return None
    full = (1 << rule.bits) - 1
    key = "any" if "any" in node else "value"
    match = _int_value(ctx, node, key, label, rule.enum, rule.bits)
    mask = _int_value(ctx, node, "mask", label, None, rule.bits) if "mask" in node else full
    if match is None or mask is None:
        return None
    if key == "value" and match & ~mask:
        ctx.error(node, "value", label, f"value {match:#x} has bits outside mask {mask:#x}")
        return None
    if key == "any":
        match, mask = 0, match
    return ScopeMapEntry(name, mask, match, key == "any", None, scope, errno, (node.get("doc") or "").strip())


def firmware_scopes(ctx: "Context", raws: list[Map], enums: dict[str, Enum], scope_of: ScopeOf) -> list[FirmwareScope]:
    """Resolve ``commands.firmware-scopes``; bad entries become file:line errors."""
    result: list[FirmwareScope] = []
    for raw in raws:
        label = f"commands.firmware-scopes[{raw['name']}]"
        if any(r.name == raw["name"] for r in result):
            ctx.error(raw, "name", label, "duplicate firmware scope name")
            continue
        if ("bits" in raw) == ("bytes" in raw):
            ctx.error(raw, None, label, "a map says bits: (an integer value) or bytes: (a byte string)")
            continue
        if raw.get("bits", 0) > MAX_VALUE_BITS:
            ctx.error(raw, "bits", label, f"an integer value has at most {MAX_VALUE_BITS} bits")
            continue
        if ("default" in raw) == ("default-deny" in raw):
            ctx.error(raw, None, label, "a map ends with default: SCOPE or default-deny: ERRNO")
            continue
        enum = None
        if "enum" in raw:
            enum = enums.get(raw["enum"])
            if enum is None:
                ctx.error(raw, "enum", label, f"unknown enum '{raw['enum']}'")
                continue
        default = scope_of(raw, "default", label) if "default" in raw else None
        if "default" in raw and default is None:
            continue
        rule = FirmwareScope(raw["name"], (raw.get("doc") or "").strip(), raw.get("bits", 8 * raw.get("bytes", 0)),
                             "bytes" in raw, [], default, raw.get("default-deny", ""), enum,
                             Origin(raw.file, raw.line))
        for i, node in enumerate(raw["map"]):
            entry = _entry(ctx, node, f"{label}.map[{i}]", rule, scope_of)
            if entry is not None:
                rule.entries.append(entry)
        result.append(rule)
    return result


def rule_refs(ctx: "Context", node: Map, key: str, label: str, rules: list[FirmwareScope]) -> list[FirmwareScope]:
    """The maps a command (or every command) is checked against, by name."""
    found: list[FirmwareScope] = []
    for name in node.get(key, []):
        rule = next((r for r in rules if r.name == name), None)
        if rule is None:
            ctx.error(node, key, label, f"unknown firmware scope '{name}'")
        else:
            found.append(rule)
    return found
