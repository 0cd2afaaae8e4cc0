"""Layout resolution: field kinds, offsets, sizes and the placement checks."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .loader import Map
from .model import Enum, Field, Layout, LayoutStyle, Origin

if TYPE_CHECKING:
    from .build import Context

MAX_UINT_BITS = 64
CONTAINER_BITS = (8, 16, 32, 64)
OVERRIDE_BITS = (16, 32, 64)


@dataclass(frozen=True)
class Access:
    """How typed accessors reach an integer field: by loading and storing a
    container of ``bits`` (whole bytes, at most 64) in byte ``order``.

    ``start`` is the bit offset of the container of the field (of element 0
    for an array) from the start of its layout.  ``whole``: the field (each
    element) fills its container exactly, so element i's container starts
    at ``start + i * bits``; otherwise an array's element i lies in the
    ``bits``-aligned container that holds its first bit.
    """

    order: str
    bits: int
    start: int
    whole: bool


def _ceil(value: int, unit: int) -> int:
    return -(-value // unit) * unit


def _elements(fld: Field) -> list[tuple[int, int]]:
    """Bit ranges [start, end) of the elements that decide how a field is
    reached: every element, or for long and flexible arrays one period of
    positions modulo 64 bits (which repeats) and the last element."""
    if not fld.is_array:
        return [(fld.offset, fld.offset + fld.width)]
    period = 64 // math.gcd(fld.width, 64)
    indexes = list(range(min(period, fld.count or period)))
    if fld.count and fld.count > period:
        indexes.append(fld.count - 1)
    return [(fld.offset + i * fld.width, fld.offset + (i + 1) * fld.width) for i in indexes]


def container_limit(fld: Field, end: int, style: LayoutStyle, layout_bits: int) -> int:
    """Where a container holding the element that ends at ``end`` must end
    at the latest: the layout's end; for a flexible array (whose elements
    lie past the layout's size) the end of the word holding the element."""
    return _ceil(end, style.word_bits) if fld.count == 0 else layout_bits


def field_access(fld: Field, style: LayoutStyle, layout_bits: int) -> Optional[Access]:
    """The container typed accessors use for integer field ``fld``; None
    when no load of at most 64 bits inside the layout holds it.

    A byte-order override loads exactly the field's bytes.  Otherwise the
    declared ``container:`` (aligned from the layout's start), or the
    smallest aligned container of at least ``word-bits`` that holds the
    field (every element of an array) and ends inside the layout; failing
    that, exactly the bytes the field (each element) covers.
    """
    order = fld.byte_order or style.byte_order
    if fld.byte_order:
        return Access(order, fld.width, fld.offset, True)
    elements = _elements(fld)
    sizes = [fld.container] if fld.container else [c for c in CONTAINER_BITS if c >= style.word_bits]
    for size in sizes:
        if all(start // size == (end - 1) // size
               and (start // size + 1) * size <= container_limit(fld, end, style, layout_bits)
               for start, end in elements):
            start = fld.offset // size * size
            return Access(order, size, start, fld.width == size and fld.offset == start)
    if fld.container:
        return None
    if fld.offset % 8 == 0 and fld.width % 8 == 0:
        return Access(order, fld.width, fld.offset, True)
    first, end = fld.offset // 8 * 8, _ceil(fld.offset + fld.width, 8)
    if not fld.is_array and end - first <= MAX_UINT_BITS:
        return Access(order, end - first, first, False)
    return None


class LayoutResolver:
    """Resolves the layouts of one family in any declaration order."""

    def __init__(self, ctx: "Context", style: LayoutStyle, enums: dict[str, Enum]) -> None:
        self.ctx = ctx
        self.style = style
        self.enums = enums
        self.raw: dict[str, Map] = {}
        self.done: dict[str, Layout] = {}
        self.visiting: set[str] = set()

    def find(self, name: str) -> Optional[Layout]:
        """A resolved layout by name (None when unknown or broken)."""
        return self.done.get(name)

    def resolve(self, raws: list[Map]) -> list[Layout]:
        """Resolve every layout; duplicates and bad ones are reported and skipped."""
        for raw in raws:
            name = raw["name"]
            if name in self.raw:
                first = self.raw[name]
                self.ctx.error(raw, "name", f"layouts[{name}]", f"duplicate layout name (first at {first.file}:{first.line})")
                continue
            self.raw[name] = raw
        result = []
        for name in self.raw:
            layout = self._layout(name)
            if layout is not None:
                layout.index = len(result)
                result.append(layout)
        return result

    def _layout(self, name: str) -> Optional[Layout]:
        if name in self.done:
            return self.done[name]
        raw = self.raw[name]
        if name in self.visiting:
            self.ctx.error(raw, "name", f"layouts[{name}]", "layout contains itself")
            return None
        self.visiting.add(name)
        layout = self._build(raw)
        self.visiting.discard(name)
        if layout is not None:
            self.done[name] = layout
        return layout

    def _build(self, raw: Map) -> Optional[Layout]:
        name = raw["name"]
        label = f"layouts[{name}]"
        union = raw.get("union", False)
        fields: list[Field] = []
        offset = size = 0
        ok = True
        names: set[str] = set()
        raw_fields = raw["fields"]
        for index, fraw in enumerate(raw_fields):
            fld = self._field(fraw, label, offset if not union else 0)
            if fld is None:
                ok = False
                continue
            flabel = f"{label}.fields[{fld.name}]"
            if fld.name in names:
                self.ctx.error(fraw, "name", flabel, "duplicate field name")
                ok = False
            names.add(fld.name)
            if "offset" in fraw and fraw["offset"] != fld.offset:
                ok = False
                if fraw["offset"] < fld.offset:
                    self.ctx.error(fraw, "offset", flabel,
                                   f"declared at bit {fraw['offset']:#x} but overlaps the previous field, "
                                   f"which ends at bit {fld.offset:#x}")
                else:
                    self.ctx.error(fraw, "offset", flabel,
                                   f"declared at bit {fraw['offset']:#x} but follows at bit {fld.offset:#x}: "
                                   f"declare the {fraw['offset'] - fld.offset}-bit gap as reserved")
            if fld.count == 0 and index != len(raw_fields) - 1 and not union:
                self.ctx.error(fraw, "count", flabel, "a flexible array (count 0) must be the last field")
                ok = False
            if not self._placed_ok(fraw, flabel, fld):
                ok = False
            fields.append(fld)
            if union:
                size = max(size, fld.total_bits)
            else:
                offset += fld.total_bits
                size = offset
        word = self.style.word_bits
        if ok and size % word:
            self.ctx.error(raw, "name", label, f"size is {size} bits, not a multiple of {word} bits")
            ok = False
        if ok and "bits" in raw and raw["bits"] != size:
            self.ctx.error(raw, "bits", label, f"declared {raw['bits']:#x} bits but fields give {size:#x}")
            ok = False
        if ok:
            ok = all([self._reachable(fraw, f"{label}.fields[{fld.name}]", fld, size)
                      for fraw, fld in zip(raw_fields, fields) if fld.kind == "uint"])
        if not ok:
            return None
        return Layout(name, union, fields, (raw.get("doc") or "").strip(), size, self.style, Origin(raw.file, raw.line),
                      packed=raw.get("packed", False))

    def _field(self, fraw: Map, label: str, offset: int) -> Optional[Field]:
        origin = Origin(fraw.file, fraw.line)
        count = fraw.get("count")
        doc = (fraw.get("doc") or "").strip()
        kinds = [key for key in ("bits", "layout", "reserved") if key in fraw]
        if len(kinds) != 1 or ("reserved" in fraw) == ("name" in fraw):
            self.ctx.error(fraw, None, f"{label}.fields[{fraw.get('name', offset)}]",
                           "a field is {name, bits}, {name, layout} or {reserved}")
            return None
        if "reserved" in fraw:
            if set(fraw) - {"reserved", "doc", "offset"}:
                self.ctx.error(fraw, None, f"{label}.fields[{fraw.get('name', offset)}]",
                               "a reserved field takes only reserved, offset and doc")
                return None
            return Field(f"reserved_at_{offset:x}", "reserved", fraw["reserved"], None, offset, doc=doc, origin=origin)
        name = fraw["name"]
        flabel = f"{label}.fields[{name}]"
        for key in ("byte-order", "container"):
            if key in fraw and ("layout" in fraw or fraw.get("bits", 0) > MAX_UINT_BITS):
                self.ctx.error(fraw, key, flabel, f"{key} applies to integer fields of at most {MAX_UINT_BITS} bits")
                return None
        for key in ("group", "anonymous"):
            if key in fraw and "layout" not in fraw:
                self.ctx.error(fraw, key, flabel, f"{key} applies to nested layouts")
                return None
        if "c-type" in fraw and "layout" in fraw:
            self.ctx.error(fraw, "c-type", flabel, "c-type applies to integer and byte fields")
            return None
        if "layout" in fraw:
            if "enum" in fraw:
                self.ctx.error(fraw, "enum", flabel, "a nested layout cannot have an enum")
                return None
            nested = self.raw.get(fraw["layout"])
            if nested is None:
                self.ctx.error(fraw, "layout", flabel, f"unknown layout '{fraw['layout']}'")
                return None
            layout = self._layout(fraw["layout"])
            if layout is None:
                return None
            return Field(name, "layout", layout.bits, count, offset, layout=layout, doc=doc, origin=origin,
                         group=fraw.get("group", False), anonymous=fraw.get("anonymous", False))
        width = fraw["bits"]
        enum = None
        if "enum" in fraw:
            enum = self.enums.get(fraw["enum"])
            if enum is None:
                self.ctx.error(fraw, "enum", flabel, f"unknown enum '{fraw['enum']}'")
                return None
            too_big = [e for e in enum.entries if e.value >= 1 << width]
            if too_big:
                self.ctx.error(fraw, "enum", flabel,
                               f"enum value {too_big[0].cname} = {too_big[0].value:#x} does not fit in {width} bits")
                return None
        kind = "uint" if width <= MAX_UINT_BITS else "bytes"
        if kind == "bytes" and enum is not None:
            self.ctx.error(fraw, "enum", flabel, f"an enum field must be at most {MAX_UINT_BITS} bits")
            return None
        byte_order = fraw.get("byte-order")
        if byte_order is not None and "container" in fraw:
            self.ctx.error(fraw, "container", flabel,
                           "a byte-order override loads the field's own bytes: it takes no container")
            return None
        if byte_order is not None and (offset % 8 or width not in OVERRIDE_BITS):
            self.ctx.error(fraw, "byte-order", flabel,
                           f"a byte-order override needs a byte-aligned field of 16, 32 or 64 bits; "
                           f"this one is {width} bits at bit {offset:#x}")
            return None
        return Field(name, kind, width, count, offset, enum=enum, doc=doc, origin=origin,
                     byte_order=byte_order, container=fraw.get("container"), ctype=fraw.get("c-type"))

    def _placed_ok(self, fraw: Map, flabel: str, fld: Field) -> bool:
        """Check that every element can be accessed whole (no straddling words)."""
        word = self.style.word_bits
        if fld.container:
            return self._in_container(fraw, flabel, fld)
        if fld.kind == "reserved" or self.style.straddle == "allow" or fld.byte_order:
            return True  # an override is whole bytes on a byte (checked in _field)
        key = "bits" if "bits" in fraw else "layout"
        if fld.kind == "layout":
            if fld.offset % word:
                self.ctx.error(fraw, key, flabel, f"nested layout at bit {fld.offset:#x} does not start on a {word}-bit word")
                return False
            return True
        if fld.kind == "bytes":
            if fld.offset % 8 or fld.width % 8:
                self.ctx.error(fraw, key, flabel,
                               f"a {fld.width}-bit field is opaque bytes and must start and end on a byte boundary")
                return False
            return True
        elements = fld.count if fld.count else 1
        for index in range(elements):
            start = fld.offset + index * fld.width
            end = start + fld.width
            if fld.width <= word:
                if start // word != (end - 1) // word:
                    at = f" (element {index})" if fld.is_array else ""
                    self.ctx.error(fraw, key, flabel,
                                   f"bits {start:#x}..{end - 1:#x}{at} straddle a {word}-bit word boundary")
                    return False
            elif start % word or fld.width % word:
                self.ctx.error(fraw, key, flabel,
                               f"a {fld.width}-bit field must start on a {word}-bit word and span whole words")
                return False
        return True

    def _in_container(self, fraw: Map, flabel: str, fld: Field) -> bool:
        """A field with a declared container lies inside one aligned container
        of that size (each element of an array does); the container, not
        the word, is then the unit the field may not straddle."""
        size = fld.container
        assert size is not None
        if fld.width > size:
            self.ctx.error(fraw, "container", flabel, f"a {fld.width}-bit field does not fit in a {size}-bit container")
            return False
        for start, end in _elements(fld):
            if start // size != (end - 1) // size:
                at = f" (element {(start - fld.offset) // fld.width})" if fld.is_array else ""
                self.ctx.error(fraw, "container", flabel,
                               f"bits {start:#x}..{end - 1:#x}{at} straddle a {size}-bit container boundary")
                return False
        return True

    def _reachable(self, fraw: Map, flabel: str, fld: Field, size: int) -> bool:
        """Typed accessors reach an integer field with one load and store that
        stays inside the layout (inside its element, for a flexible array)."""
        if field_access(fld, self.style, size) is not None:
            return True
        if fld.container:
            box = limit = 0
            for start, end in _elements(fld):
                box = start // fld.container * fld.container
                limit = container_limit(fld, end, self.style, size)
                if box + fld.container > limit:
                    break
            where = "its element" if fld.count == 0 else "the layout"
            self.ctx.error(fraw, "container", flabel,
                           f"its {fld.container}-bit container (bits {box:#x}..{box + fld.container - 1:#x}) "
                           f"extends past the end of {where} (bit {limit:#x})")
        else:
            self.ctx.error(fraw, "bits", flabel,
                           f"no load of at most {MAX_UINT_BITS} bits inside the layout holds "
                           + ("every element" if fld.is_array else f"bits {fld.offset:#x}..{fld.offset + fld.width - 1:#x}"))
        return False
