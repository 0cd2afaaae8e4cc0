"""Layout resolution: field kinds, offsets, sizes and the placement checks."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .loader import Map
from .model import Enum, Field, Layout, LayoutStyle, Origin

if TYPE_CHECKING:
    from .build import Context

MAX_UINT_BITS = 64


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
        if not ok:
            return None
        return Layout(name, union, fields, (raw.get("doc") or "").strip(), size, self.style, Origin(raw.file, raw.line))

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
            return Field(name, "layout", layout.bits, count, offset, layout=layout, doc=doc, origin=origin)
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
        return Field(name, kind, width, count, offset, enum=enum, doc=doc, origin=origin)

    def _placed_ok(self, fraw: Map, flabel: str, fld: Field) -> bool:
        """Check that every element can be accessed whole (no straddling words)."""
        word = self.style.word_bits
        if fld.kind == "reserved" or self.style.straddle == "allow":
            return True
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
