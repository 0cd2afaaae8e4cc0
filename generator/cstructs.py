"""uapi structs declared from layouts: their C types, the C ABI check and
the C declaration lines.

A layout serves as a uapi struct when a header item says
``{kind: struct, layout: NAME}``.  Every field then needs a C type: an
integer of 8, 16, 32 or 64 bits (``__u8``, ``__le16``/``__be16``, ... by
its byte order, or the ``c-type:`` it names), opaque bytes (``__u8 x[n]``
or a typedef), or a nested layout (a struct declared earlier in the
header or an included one, else declared inline; ``group`` makes it a
``__struct_group``, ``anonymous`` an unnamed member).  The generator
checks that C places every field where the layout does and that sizeof
equals the layout's size, so the header and the codec cannot disagree.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .errors import SpecError
from .loader import Map
from .model import Family, Field, Layout, LayoutStruct, Origin, Typedef, UapiHeader

if TYPE_CHECKING:
    from .build import Context
    from .layouts import LayoutResolver

# c-type: name -> (C spelling, bytes, alignment, byte order or "" for host order)
C_SCALARS = {
    "u8": ("__u8", 1, 1, ""),
    "u16": ("__u16", 2, 2, ""),
    "u32": ("__u32", 4, 4, ""),
    "u64": ("__u64", 8, 8, ""),
    "aligned_u64": ("__aligned_u64", 8, 8, ""),
    "le16": ("__le16", 2, 2, "little-endian"),
    "le32": ("__le32", 4, 4, "little-endian"),
    "le64": ("__le64", 8, 8, "little-endian"),
    "be16": ("__be16", 2, 2, "big-endian"),
    "be32": ("__be32", 4, 4, "big-endian"),
    "be64": ("__be64", 8, 8, "big-endian"),
}
PACKED = "__attribute__((__packed__))"


@dataclass
class PendingLayoutStruct:
    """A ``{kind: struct, layout: NAME}`` item until layouts are resolved."""

    node: Map
    label: str


@dataclass(frozen=True)
class CType:
    """The C type of one element of a field: spelling, size and alignment."""

    spelling: str
    size: int
    align: int


def _typedefs(fam: Family) -> dict[str, Typedef]:
    found: dict[str, Typedef] = {}
    for owner in (fam.parent, fam):
        if owner is not None:
            found.update({i.name: i for i in owner.uapi_items if isinstance(i, Typedef)})
    return found


class CShapes:
    """C types, sizes and alignments of one family's layouts as structs."""

    def __init__(self, ctx: Optional["Context"], fam: Family) -> None:
        self.ctx = ctx
        self.typedefs = _typedefs(fam)
        self.shapes: dict[str, tuple[int, int]] = {}

    def _error(self, fld: Field, element: str, message: str) -> None:
        if self.ctx is not None and fld.origin is not None:
            self.ctx.errors.append(SpecError(fld.origin.file, fld.origin.line, element, message))

    def element_type(self, fld: Field, layout: Layout, element: str) -> Optional[CType]:
        """The C type of one element of ``fld`` (None, reported, when it has none)."""
        if fld.kind == "layout":
            assert fld.layout is not None
            shape = self.shape(fld.layout)
            if shape is None:
                return None
            keyword = "union" if fld.layout.union else "struct"
            return CType(f"{keyword} {fld.layout.name}", shape[0], shape[1])
        if fld.ctype is not None:
            return self._named_type(fld, layout, element)
        if fld.width % 8:
            self._error(fld, element, f"a {fld.width}-bit field has no C type: fields of a uapi struct are "
                        "whole bytes (8, 16, 32 or 64-bit integers, or opaque bytes)")
            return None
        if fld.kind in ("bytes", "reserved") or fld.width == 8:
            return CType("__u8", fld.width // 8, 1)
        if fld.width not in (16, 32, 64):
            self._error(fld, element, f"a {fld.width}-bit integer has no C type (16, 32 or 64 bits)")
            return None
        order = fld.byte_order or layout.style.byte_order
        spelling = ("__le" if order == "little-endian" else "__be") + str(fld.width)
        return CType(spelling, fld.width // 8, fld.width // 8)

    def _named_type(self, fld: Field, layout: Layout, element: str) -> Optional[CType]:
        name = fld.ctype
        assert name is not None
        if name in C_SCALARS:
            spelling, size, align, order = C_SCALARS[name]
            if order and order != (fld.byte_order or layout.style.byte_order):
                self._error(fld, element, f"c-type {name} is {order} but the field is "
                            f"{fld.byte_order or layout.style.byte_order}")
                return None
        elif name in self.typedefs:
            tdef = self.typedefs[name]
            spelling, size, align = name, tdef.size, 1 if tdef.count else tdef.size
        else:
            self._error(fld, element, f"unknown c-type '{name}' (one of: {', '.join(C_SCALARS)}, "
                        "or a typedef of a uapi header)")
            return None
        if size * 8 != fld.width:
            self._error(fld, element, f"c-type {name} is {size * 8} bits but the field is {fld.width}")
            return None
        return CType(spelling, size, align)

    def shape(self, layout: Layout) -> Optional[tuple[int, int]]:
        """(sizeof, alignof) of ``layout`` as a C struct or union; None, with
        errors reported, when C would place a field elsewhere than the layout."""
        if layout.name in self.shapes:
            return self.shapes[layout.name]
        end = align = 0
        ok = True
        for fld in layout.fields:
            element = f"layouts[{layout.name}].fields[{fld.name}]"
            ctype = self.element_type(fld, layout, element)
            if ctype is None:
                ok = False
                continue
            falign = 1 if layout.packed else ctype.align
            at = 0 if layout.union else -(-end // falign) * falign
            if at * 8 != fld.offset:
                self._error(fld, element, f"C places this {ctype.spelling} at byte {at}, the layout at byte "
                            f"{fld.offset / 8:g}: declare the gap as a field, or packed: true")
                ok = False
            size = ctype.size * (1 if fld.count is None else fld.count)
            end = max(end, at + size) if layout.union else at + size
            align = max(align, falign)
        if not ok:
            return None
        size = -(-end // align) * align
        if size * 8 != layout.bits:
            origin = layout.origin
            if self.ctx is not None and origin is not None:
                self.ctx.errors.append(SpecError(origin.file, origin.line, f"layouts[{layout.name}]",
                                                   f"sizeof is {size} bytes in C (alignment {align}) but the "
                                                   f"layout is {layout.bits / 8:g}: add a trailing field, "
                                                   "or packed: true"))
            return None
        self.shapes[layout.name] = (size, align)
        return size, align


def bind_layout_structs(ctx: "Context", fam: Family, resolver: "LayoutResolver") -> None:
    """Replace every pending layout struct by a LayoutStruct whose layout
    C lays out exactly as the spec does (errors otherwise)."""
    shapes = CShapes(ctx, fam)
    for header in fam.headers:
        items: list[object] = []
        for item in header.items:
            if isinstance(item, PendingLayoutStruct):
                node = item.node
                layout = resolver.find(node["layout"])
                if layout is None:
                    ctx.error(node, "layout", item.label, f"unknown layout '{node['layout']}'")
                    continue
                if shapes.shape(layout) is None:
                    continue
                item = LayoutStruct(layout, (node.get("doc") or layout.doc).strip(), Origin(node.file, node.line))
            items.append(item)
        header.items = items


class StructWriter:
    """The C declaration of a layout struct: body lines and kernel-doc items."""

    def __init__(self, fam: Family, header: UapiHeader, declared: set[str]) -> None:
        self.shapes = CShapes(None, fam)
        self.declared = declared  # layouts declared as structs before this one

    def lines(self, layout: Layout) -> list[str]:
        """``struct NAME {`` ... ``};`` as clang-format lays it out."""
        keyword = "union" if layout.union else "struct"
        tail = f"}} {PACKED};" if layout.packed else "};"
        return [f"{keyword} {layout.name} {{"] + self._members(layout, 1) + [tail]

    def _members(self, layout: Layout, depth: int) -> list[str]:
        out: list[str] = []
        tabs = "\t" * depth
        for fld in layout.fields:
            name = fld.name
            if fld.kind == "layout" and fld.layout is not None and fld.layout.name not in self.declared:
                out.extend(self._inline(fld, depth))
                continue
            ctype = self.shapes.element_type(fld, layout, "")
            assert ctype is not None, "bind_layout_structs checked every field"
            if fld.count == 0 and layout.union:
                out.append(f"{tabs}__DECLARE_FLEX_ARRAY({ctype.spelling}, {name});")
                continue
            suffix = "" if fld.count is None else f"[{fld.count or ''}]"
            if fld.kind in ("bytes", "reserved") and fld.ctype is None:
                suffix += f"[{fld.width // 8}]"
            out.append(f"{tabs}{ctype.spelling} {name}{suffix};")
        return out

    def _inline(self, fld: Field, depth: int) -> list[str]:
        nested = fld.layout
        assert nested is not None
        tabs = "\t" * depth
        attrs = f" {PACKED}" if nested.packed else ""
        if fld.group:
            return ([f"{tabs}/* clang-format off */",
                     f"{tabs}__struct_group({nested.name}, {fld.name}, {attrs.strip() or '/* no attrs */'},"]
                    + self._members(nested, depth + 1) + [f"{tabs});", f"{tabs}/* clang-format on */"])
        keyword = "union" if nested.union else "struct"
        name = "" if fld.anonymous else " " + fld.name
        return [f"{tabs}{keyword} {{"] + self._members(nested, depth + 1) + [f"{tabs}}}{attrs}{name};"]

    def doc_items(self, layout: Layout, prefix: str = "") -> list[tuple[str, str]]:
        """(kernel-doc member name, text) of every member, nested ones as
        ``outer.inner``; members of groups and anonymous members as C
        reaches them, directly."""
        items: list[tuple[str, str]] = []
        for fld in layout.fields:
            inline = fld.kind == "layout" and fld.layout is not None and fld.layout.name not in self.declared
            if inline and fld.layout is not None:
                inner = prefix if (fld.anonymous or fld.group) else f"{prefix}{fld.name}."
                items.extend(self.doc_items(fld.layout, inner))
                if not fld.anonymous:
                    items.append((f"{prefix}{fld.name}", fld.doc or fld.layout.doc or fld.name))
                continue
            items.append((f"{prefix}{fld.name}", fld.doc or (fld.layout.doc if fld.layout else "") or "-"))
        return items


def needs_stddef(header: UapiHeader, fam: Family) -> bool:
    """Whether a header uses <linux/stddef.h> (__struct_group, __DECLARE_FLEX_ARRAY)."""
    def uses(layout: Layout) -> bool:
        return any(f.group or (f.count == 0 and layout.union) or (f.layout is not None and uses(f.layout))
                   for f in layout.fields)
    return any(uses(i.layout) for i in header.items if isinstance(i, LayoutStruct))


def header_structs(fam: Family, families: list[Family], header: UapiHeader) -> list[tuple[LayoutStruct, list[str], list[tuple[str, str]]]]:
    """Each layout struct of ``header`` with its declaration lines and
    kernel-doc items; structs of included headers and earlier items are
    referenced by name, other nested layouts are declared inline."""
    by_path = {h.path: h for f in families for h in f.headers}
    declared: set[str] = set()
    for path in header.includes:
        included = by_path.get(path)
        if included is not None:
            declared.update(i.name for i in included.items if isinstance(i, LayoutStruct))
    result = []
    for item in header.items:
        if isinstance(item, LayoutStruct):
            writer = StructWriter(fam, header, declared)
            result.append((item, writer.lines(item.layout), writer.doc_items(item.layout)))
            declared.add(item.name)
    return result


def unknown_includes(families: list[Family]) -> list[SpecError]:
    """An error for each ``includes:`` entry that no family generates."""
    paths = {h.path for f in families for h in f.headers}
    return [SpecError(h.origin.file, h.origin.line, f"uapi[{h.path}].includes",
                      f"'{path}' is not a header of any family")
            for f in families for h in f.headers if h.origin is not None
            for path in h.includes if path not in paths]
