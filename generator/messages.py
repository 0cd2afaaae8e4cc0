"""Message rules: what a message carries beyond its layouts.

A rule names a field of a layout and says that it is a selected payload (a
union member, or the layout of a flexible array, chosen by a value in the
request or in the same layout), a counted flexible array, or a string.
Rules live in the family's ``messages:`` list, apart from the layouts, so
that re-importing layouts from a vendor header keeps them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .loader import Map
from .model import Counter, Enum, Field, FieldLoc, Layout, SelectCase, Selector, UserPointer

if TYPE_CHECKING:
    from .build import Context

STRING_ELEMENT_BITS = 8
POINTER_BITS = 64


def locate(layout: Layout, path: str) -> Optional[tuple[int, Field]]:
    """Bit offset and field of a dotted path of named fields (no indexes)."""
    offset = 0
    current: Optional[Layout] = layout
    found: Optional[Field] = None
    for part in path.split("."):
        if current is None:
            return None
        found = next((f for f in current.fields if f.name == part and f.kind != "reserved"), None)
        if found is None or found.is_array:
            return None
        offset += found.offset
        current = found.layout
    return (offset, found) if found is not None else None


def field_byte_order(layout: Layout, fld: Field) -> str:
    """The byte order of a field: its own override, else its layout's."""
    return fld.byte_order or layout.style.byte_order


def integer_field(ctx: "Context", node: Map, key: str, label: str, layout: Layout,
                  path: str) -> Optional[tuple[FieldLoc, Field]]:
    """Where the integer field ``path`` lies in ``layout``; a file:line error
    at ``node[key]`` when it is not one."""
    found = locate(layout, path)
    if found is None or found[1].kind != "uint":
        ctx.error(node, key, label, f"'{path}' is not an integer field of layout {layout.name}")
        return None
    offset, fld = found
    return FieldLoc(path, offset, fld.width, field_byte_order(layout, fld)), fld


class MessageRules:
    """Applies the ``messages:`` rules of one family to its resolved layouts."""

    def __init__(self, ctx: "Context", layouts: dict[str, Layout], enums: dict[str, Enum],
                 request: Optional[Layout]) -> None:
        self.ctx = ctx
        self.layouts = layouts
        self.enums = enums
        self.request = request

    def apply(self, rules: list[Map]) -> None:
        """Attach every rule to its field; mistakes become file:line errors."""
        for rule in rules:
            label = f"messages[{rule['layout']}.{rule['field']}]"
            layout = self.layouts.get(rule["layout"])
            if layout is None:
                self.ctx.error(rule, "layout", label, f"unknown layout '{rule['layout']}'")
                continue
            fld = next((f for f in layout.fields if f.name == rule["field"] and f.kind != "reserved"), None)
            if fld is None:
                self.ctx.error(rule, "field", label, f"layout {layout.name} has no field '{rule['field']}'")
                continue
            if fld.select or fld.counted_by or fld.string or fld.index or fld.pointer:
                self.ctx.error(rule, "field", label, "the field already has a message rule")
                continue
            if "select" in rule:
                fld.select = self._selector(rule["select"], layout, fld, f"{label}.select")
            if "counted-by" in rule:
                fld.counted_by = self._counter(rule["counted-by"], layout, fld, f"{label}.counted-by")
            if rule.get("string"):
                self._string(rule, fld, label)
            if rule.get("index"):
                self._index(rule, fld, label)
            if "user-pointer" in rule:
                self._pointer(rule["user-pointer"], layout, fld, f"{label}.user-pointer")

    def _pointer(self, node: Map, layout: Layout, fld: Field, label: str) -> None:
        """A field holding a user pointer to a buffer, with its length field."""
        if fld.kind != "uint" or fld.width != POINTER_BITS or fld.is_array:
            self.ctx.error(node, None, label, f"a user pointer is one {POINTER_BITS}-bit integer field "
                           f"(field {fld.name} is not)")
            return
        length = self._loc(node, "length", layout, label)
        if length is not None:
            fld.pointer = UserPointer(length, node["direction"])

    def _loc(self, node: Map, key: str, layout: Layout, label: str) -> Optional[FieldLoc]:
        """The integer field ``node[key]`` names in ``layout``."""
        found = integer_field(self.ctx, node, key, label, layout, node[key])
        return found[0] if found else None

    def _selector(self, node: Map, layout: Layout, fld: Field, label: str) -> Optional[Selector]:
        union = fld.kind == "layout" and fld.layout is not None and fld.layout.union and not fld.is_array
        payload = fld.count == 0
        if not union and not payload:
            self.ctx.error(node, None, label, f"field {fld.name} is neither a union nor a flexible array: "
                           "nothing to select")
            return None
        from_request = node.get("from", "self") == "request"
        source = layout
        if from_request:
            source = self.layouts.get(node["request"]) if "request" in node else self.request
            if source is None:
                self.ctx.error(node, "request" if "request" in node else "from", label,
                               f"unknown request layout '{node.get('request', '')}'" if "request" in node
                               else "the family declares no request header (commands.request)")
                return None
        by = self._loc(node, "by", source, label)
        if by is None:
            return None
        shift = node.get("shift", 0)
        if shift >= by.width:
            self.ctx.error(node, "shift", label, f"shift {shift} leaves nothing of the {by.width}-bit field")
            return None
        enum = self._enum(node, source, label)
        cases = [c for c in (self._case(c, fld, union, by.width - shift, enum, f"{label}.cases")
                             for c in node["cases"]) if c is not None]
        values: set[int] = set()
        for raw, case in zip(node["cases"], cases):
            if case.value in values:
                self.ctx.error(raw, "value", f"{label}.cases[{case.name}]", "duplicate selector value")
            values.add(case.value)
        return Selector(from_request, by, shift, enum, cases, source if from_request else None)

    def _enum(self, node: Map, source: Layout, label: str) -> Optional[Enum]:
        if "enum" not in node:
            found = locate(source, node["by"])
            return found[1].enum if found else None
        enum = self.enums.get(node["enum"])
        if enum is None:
            self.ctx.error(node, "enum", label, f"unknown enum '{node['enum']}'")
        return enum

    def _case(self, raw: Map, fld: Field, union: bool, width: int, enum: Optional[Enum],
              label: str) -> Optional[SelectCase]:
        value = raw["value"]
        name = f"{value:#x}" if isinstance(value, int) else value
        label = f"{label}[{name}]"
        if isinstance(value, str):
            entry = enum.entry(value) if enum else None
            if entry is None:
                self.ctx.error(raw, "value", label, f"'{value}' is not an entry of "
                               + (f"enum {enum.name}" if enum else "an enum (the selector has none)"))
                return None
            value = entry.value
        if value >= 1 << width:
            self.ctx.error(raw, "value", label, f"value {value:#x} does not fit the {width}-bit selector")
            return None
        if union != ("member" in raw):
            self.ctx.error(raw, None, label, "a union case names a member:, a flexible payload case a layout:")
            return None
        if union:
            assert fld.layout is not None
            members = [f for f in fld.layout.fields if f.kind != "reserved"]
            member = next((f for f in members if f.name == raw["member"]), None)
            if member is None:
                self.ctx.error(raw, "member", label, f"union {fld.layout.name} has no member '{raw['member']}'")
                return None
            return SelectCase(value, name, member=member, member_index=fld.layout.fields.index(member))
        layout = self.layouts.get(raw["layout"])
        if layout is None:
            self.ctx.error(raw, "layout", label, f"unknown layout '{raw['layout']}'")
            return None
        return SelectCase(value, name, layout=layout)

    def _counter(self, node: Map, layout: Layout, fld: Field, label: str) -> Optional[Counter]:
        if fld.count != 0:
            self.ctx.error(node, None, label, f"field {fld.name} is not a flexible array (count: 0)")
            return None
        by = self._loc(node, "field", layout, label)
        if by is None:
            return None
        if by.offset + by.width > fld.offset:
            self.ctx.error(node, "field", label, f"count field {by.path} must come before the array "
                           f"(it ends at bit {by.offset + by.width:#x}, the array starts at {fld.offset:#x})")
            return None
        return Counter(by, node.get("unit-bits", fld.width), node.get("minus-bits", 0))

    def _index(self, rule: Map, fld: Field, label: str) -> None:
        if fld.kind != "uint" or fld.is_array:
            self.ctx.error(rule, "index", label, f"an index is one integer field; {fld.name} is not")
            return
        fld.index = True

    def _string(self, rule: Map, fld: Field, label: str) -> None:
        if fld.kind != "uint" or fld.width != STRING_ELEMENT_BITS or not fld.is_array:
            self.ctx.error(rule, "string", label, f"a string is an array of {STRING_ELEMENT_BITS}-bit "
                           f"elements; {fld.name} is not")
            return
        fld.string = True

