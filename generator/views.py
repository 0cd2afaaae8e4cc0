"""Derived views of the model that templates need (grouping, C expressions)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional

from .cstructs import header_structs, needs_stddef
from .layouts import Access, field_access
from .outputs import has_codec
from .messages import field_byte_order
from .model import (Command, CommandSet, Enum, EnumEntry, ErrnoRule, Family, Field, FieldLoc, FirmwareScope, Ioctl,
                    Layout, LayoutStyle, OpModRule, ScopeMapEntry, Struct, UserPointer)


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


def c_uint(bits: int) -> str:
    """The smallest kernel unsigned type of at least ``bits`` bits."""
    return next(f"__u{n}" for n in (8, 16, 32, 64) if bits <= n)


def is_prm_style(style: LayoutStyle) -> bool:
    """The PRM convention: big-endian 32-bit words, bit 0 = MSB of word 0."""
    return style.byte_order == "big-endian" and style.bit_numbering == "msb0" and style.word_bits == 32


def style_summary(style: LayoutStyle) -> str:
    """One sentence on how a family's layouts map to bytes (docs)."""
    if style.byte_order == "big-endian":
        text = (f"big-endian {style.word_bits}-bit words; bit 0 is the most significant bit of the first "
                "byte (msb0), a value's most significant byte comes first")
    else:
        text = ("little-endian, like a C struct of __le16/__le32/__le64 members; bit 0 is the least "
                "significant bit of the first byte (lsb0), a value's least significant byte comes first")
    return f"{text}; layout sizes are multiples of {style.word_bits} bits"


@dataclass(frozen=True)
class Unit:
    """A container the typed accessors load and store: byte order and size."""

    order: str  # big-endian | little-endian
    bits: int  # 8..64, whole bytes

    @property
    def name(self) -> str:
        """Helper suffix: le32, be16, le24, ..."""
        return ("le" if self.order == "little-endian" else "be") + str(self.bits)

    @property
    def nbytes(self) -> int:
        return self.bits // 8

    @property
    def ctype(self) -> str:
        """Type of a loaded container."""
        return c_uint(self.bits)

    @property
    def wtype(self) -> str:
        """Type the get/set helpers compute in."""
        return "__u32" if self.bits <= 32 else "__u64"

    def load_terms(self) -> list[str]:
        """The bytes of a load, each shifted to its place in the value."""
        shifts = [8 * i for i in range(self.nbytes)]
        if self.order == "big-endian":
            shifts.reverse()
        return [f"({self.ctype})b[{i}]" + (f" << {sh}" if sh else "") for i, sh in enumerate(shifts)]

    def load_expr(self) -> str:
        """The terms of a load ORed together, wrapped after ``|`` as
        clang-format wraps ``return EXPR;`` at one tab of indent."""
        lines = [""]
        terms = self.load_terms()
        for index, term in enumerate(terms):
            tail = ";" if index == len(terms) - 1 else " |"
            joined = f"{lines[-1]} {term}" if lines[-1] else term
            if lines[-1] and 15 + len(joined) + len(tail) > 80:
                lines.append(term)
            else:
                lines[-1] = joined
            lines[-1] += tail
        return "\n\t       ".join(lines)[:-1]

    def store_shifts(self) -> list[int]:
        """How far the value is shifted right for each byte of a store."""
        shifts = [8 * i for i in range(self.nbytes)]
        return shifts[::-1] if self.order == "big-endian" else shifts


@dataclass
class Accessor:
    """How a template spells the accessors of one field."""

    field: Field
    ctype: str  # __u32 or __u64 for uint fields
    dword: int  # index of the first 32-bit word (element 0)
    shift: int  # right shift inside the container (uint scalars)
    mask: str  # C literal of the value mask
    access: Optional[Access] = None  # uint fields: the container loaded and stored
    prm: bool = False  # through the family's PRM word helpers (<family>_gen_get(), ...)

    @property
    def byte(self) -> int:
        return self.field.offset // 8

    @property
    def unit(self) -> Unit:
        assert self.access is not None
        return Unit(self.access.order, self.access.bits)

    @property
    def at(self) -> int:
        """Byte offset of the container (of element 0)."""
        assert self.access is not None
        return self.access.start // 8

    @property
    def narrow(self) -> str:
        """A cast of the value to the container type where that is narrower."""
        return f"({self.unit.ctype})" if int(self.unit.ctype[3:]) < int(self.ctype[3:]) else ""

    @property
    def wide_cast(self) -> str:
        """A cast of a get helper's result to the value type where that is narrower."""
        return f"({self.ctype})" if self.unit.wtype != self.ctype else ""


def _accessor(fld: Field, layout: Layout) -> Accessor:
    width = fld.width
    ctype = "__u64" if width > 32 else "__u32"
    mask = f"{(1 << width) - 1:#x}" if fld.kind == "uint" else "0"
    if fld.kind == "uint" and width > 32:
        mask += "ULL"
    if fld.kind != "uint":
        return Accessor(fld, ctype, fld.offset // 32, 0, mask)
    access = field_access(fld, layout.style, layout.bits)
    assert access is not None, f"{layout.name}.{fld.name}: validation lets no unreachable field through"
    big = access.order == "big-endian"
    shift = access.start + access.bits - fld.offset - width if big else fld.offset - access.start
    prm = (big and is_prm_style(layout.style) and access.start % 32 == 0
           and (access.bits == 32 or (access.bits == 64 and access.whole)))
    return Accessor(fld, ctype, fld.offset // 32, shift, mask, access, prm)


def accessors(layout: Layout) -> list[Accessor]:
    """Accessor parameters for every named field of a layout."""
    return [_accessor(fld, layout) for fld in layout.fields if fld.kind != "reserved"]


def accessor_units(family: Family) -> tuple[bool, list[Unit]]:
    """What accessor helpers a family needs: the PRM word helpers (whether
    any accessor uses them) and every other container, sorted."""
    prm = False
    units: set[Unit] = set()
    for layout in family.layouts:
        for acc in accessors(layout):
            if acc.prm:
                prm = True
            elif acc.access is not None:
                units.add(acc.unit)
    return prm, sorted(units, key=lambda u: (u.order, u.bits))


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
    if fld.byte_order:
        base += f", {fld.byte_order}"
    if fld.container:
        base += f", in a {fld.container}-bit container"
    return base


def layout_rows(layout: Layout) -> list[list[str]]:
    """Rows of a layout table: bit offset, width (of one element), name, type."""
    return [[f"{f.offset:#x}", f"{f.width:#x}", f"``{f.name}``" if f.kind != "reserved" else "",
             _field_type(f)] for f in layout.fields]


def field_loc(fld: Field, layout: Layout) -> FieldLoc:
    """Where a top-level integer field of ``layout`` lies."""
    return FieldLoc(fld.name, fld.offset, fld.width, field_byte_order(layout, fld))


def has_extra(fld: Field, layout: Layout) -> bool:
    """Whether a field needs a struct fwctl_field_extra."""
    return bool(fld.string or fld.index or fld.select or fld.counted_by or fld.pointer
                or field_byte_order(layout, fld) != layout.style.byte_order)


@dataclass
class MessageTables:
    """The selector, counter and field-extra tables of a family's reflection
    data, in layout and field order, with each field's extra index."""

    selectors: list[tuple[str, Selector]] = field(default_factory=list)
    counters: list[tuple[str, Counter]] = field(default_factory=list)
    extras: list[tuple[Layout, Field, int, int]] = field(default_factory=list)  # selector, counter or -1
    extra_of: dict[int, int] = field(default_factory=dict)  # id(Field) -> index into extras
    pointers: list[UserPointer] = field(default_factory=list)


def message_tables(family: Family) -> MessageTables:
    """Number every selector, counter and field extra of ``family``."""
    tables = MessageTables()
    for layout in family.layouts:
        for fld in layout.fields:
            if not has_extra(fld, layout):
                continue
            label = f"{layout.name}.{fld.name}"
            select = count = -1
            if fld.select:
                select = len(tables.selectors)
                tables.selectors.append((label, fld.select))
            if fld.counted_by:
                count = len(tables.counters)
                tables.counters.append((label, fld.counted_by))
            if fld.pointer:
                tables.pointers.append(fld.pointer)
            tables.extra_of[id(fld)] = len(tables.extras)
            tables.extras.append((layout, fld, select, count))
    return tables


def field_row(fld: Field, layout: Layout, prefix: str, kinds: dict, enums: list, tables: MessageTables) -> list:
    """Initializer items of a struct fwctl_field."""
    extra = tables.extra_of.get(id(fld))
    return [f'"{fld.name}"', f"{fld.offset:#x}", f"{fld.width:#x}", 1 if fld.count is None else fld.count,
            kinds[fld.kind], 1 if fld.is_array else 0, fld.layout.index if fld.layout else -1,
            enums.index(fld.enum) if fld.enum in enums else -1,
            f"&{prefix}_extras[{extra}]" if extra is not None else "NULL"]


def payload_selectors(family: Family) -> list[tuple[Layout, Field, Selector]]:
    """Flexible payloads whose layout a selector picks, by holding layout."""
    return [(layout, fld, fld.select) for layout in family.layouts for fld in layout.fields
            if fld.select and fld.is_array]


def index_fields(layout: Layout) -> list[Field]:
    """The index fields of a layout, in order."""
    return [fld for fld in layout.fields if fld.index]


def payloads_have_index(sel: Selector) -> bool:
    """Whether any payload layout a selector picks has index fields."""
    return any(c.layout is not None and index_fields(c.layout) for c in sel.cases)


def message_rule_text(fld: Field) -> str:
    """One sentence of rst on what a field's message rule says."""
    parts = []
    if fld.select:
        sel = fld.select
        source = f"the request's ``{sel.by.path}``" if sel.from_request else f"``{sel.by.path}``"
        shift = f" shifted right by {sel.shift}" if sel.shift else ""
        cases = ", ".join(f"{c.name} → ``{c.member.name if c.member else c.layout.name}``" for c in sel.cases)
        parts.append(f"selected by {source}{shift}: {cases}; other values decode as raw hex")
    if fld.counted_by:
        cnt = fld.counted_by
        minus = f" - {cnt.minus_bits}" if cnt.minus_bits else ""
        parts.append(f"holds (``{cnt.by.path}`` × {cnt.unit_bits}{minus}) / {fld.width} elements")
    if fld.string:
        parts.append("text")
    if fld.index:
        parts.append("an index: names the instance an access addresses")
    if fld.pointer:
        way = "to the device" if fld.pointer.direction == "in" else "from the device"
        parts.append(f"a user pointer to ``{fld.pointer.length.path}`` bytes carried {way}")
    return "; ".join(parts) + "."


def core_errnos(core: Family) -> list[ErrnoRule]:
    """The errnos of the core's ioctls (FWCTL_RPC's first), then the ones
    every ioctl shares; each errno once, as first described; the driver's
    own errno is the family's (struct fwctl_family.reject_errno)."""
    ioctls = sorted((i for i in core.uapi_items if isinstance(i, Ioctl)),
                    key=lambda i: -i.nr.value)
    rules = [e for i in ioctls for e in i.errors] + core.errors
    seen: set[str] = set()
    return [e for e in rules if e.errno != "driver" and not (e.errno in seen or seen.add(e.errno))]


def codec_enums(family: Family) -> list[Enum]:
    """The enums of a family's reflection tables: its own, then those of
    other families its layout fields name (``enum: fwctl.fwctl_rpc_scope``)."""
    enums = list(family.all_enums)
    for layout in family.layouts:
        for fld in layout.fields:
            if fld.enum is not None and fld.enum not in enums:
                enums.append(fld.enum)
    return enums


def codec_families(families: list) -> list:
    """The families that have reflection tables, in spec order."""
    return [f for f in families if has_codec(f)]


def fwscope_test(rule: FirmwareScope, entry: ScopeMapEntry, index: int) -> str:
    """The C condition under which a value matches one map entry."""
    if entry.bytes is not None:
        return f"!memcmp({rule.name}, values[{index}], sizeof(values[{index}]))"
    full = (1 << rule.bits) - 1
    if entry.any:
        return f"{rule.name} & {entry.mask:#x}"
    if entry.mask == full:
        return f"{rule.name} == {entry.match:#x}"
    return f"({rule.name} & {entry.mask:#x}) == {entry.match:#x}"


def fwscope_params(rules: list[FirmwareScope]) -> list[str]:
    """Parameters of a check function: one value per map, v0, v1, ...
    (short, so that signatures stay on two lines)."""
    return [("const __u8 *" if r.is_bytes else c_uint(r.bits) + " ") + f"v{i}" for i, r in enumerate(rules)]


def fwscope_entry_row(entry: ScopeMapEntry, rule: FirmwareScope, bytes_ref: str) -> list:
    """Initializer items of a struct fwctl_scope_map_entry."""
    def lit(v: int) -> str:
        return f"{v:#x}" + ("ULL" if v >> 32 else "")
    return [f'"{entry.name}"', lit(entry.mask), lit(entry.match), 1 if entry.any else 0,
            bytes_ref if entry.bytes is not None else "NULL",
            entry.scope.value if entry.scope else "FWCTL_SCOPE_DENIED", entry.errno or 0]


def fwscope_rows(rule: FirmwareScope) -> list[list[str]]:
    """Rows of a firmware scope map table (docs), the default last."""
    def decides(scope: Optional[EnumEntry], errno: str) -> str:
        return f"deny ``{errno}``" if errno else _scope_text(scope)
    rows = []
    for e in rule.entries:
        if e.bytes is not None:
            match = f"``{e.bytes.hex()}``"
        elif e.any:
            match = f"any bit of ``{e.mask:#x}``"
        elif e.mask == (1 << rule.bits) - 1:
            match = f"``{e.match:#x}``"
        else:
            match = f"``v & {e.mask:#x} == {e.match:#x}``"
        rows.append([e.name or "-", match, decides(e.scope, e.errno), _rst_text(e.doc)])
    rows.append(["(default)", "any other value", decides(rule.default, rule.default_errno), "-"])
    return rows


def fwscope_checks(family: Family) -> list[tuple[str, str, list[FirmwareScope]]]:
    """(function name, what it checks, maps) of every check function: one
    per command with maps, and one for every command the firmware lists."""
    cset = family.commands
    if cset is None:
        return []
    checks = [(f"{family.name}_{cmd.name.lower()}_scope_check", cmd.name, cmd.firmware_scopes)
              for cmd in cset.commands if cmd.firmware_scopes]
    if cset.every_command:
        checks.append((f"{family.name}_rpc_firmware_scope_check", "an operation the firmware lists",
                       cset.every_command))
    return checks


def field_reader(family: Family, layout: Layout, path: str, buf: str) -> str:
    """The C expression that reads the integer field ``path`` (dotted into
    nested layouts) of ``layout`` from ``buf`` through the typed accessors."""
    expr, current = buf, layout
    *holders, last = path.split(".")
    for part in holders:
        expr = f"{family.name}_{current.name}_{part}_const({expr})"
        current = next(f for f in current.fields if f.name == part).layout
    return f"{family.name}_{current.name}_get_{last}({expr})"


def uapi_header_dirs(outputs: list[str]) -> list[tuple[str, list[str]]]:
    """The generated uapi headers by their directory below include/uapi
    (``fwctl`` and any other a family writes to), as they are installed: [(directory, outputs)]."""
    dirs: dict[str, list[str]] = {}
    for out in outputs:
        if out.startswith("include/uapi/"):
            dirs.setdefault(os.path.dirname(out)[len("include/uapi/"):], []).append(out)
    return sorted(dirs.items())


TEMPLATE_GLOBALS = {
    "uapi_header_dirs": uapi_header_dirs,
    "field_reader": field_reader,
    "fwscope_test": fwscope_test,
    "fwscope_params": fwscope_params,
    "fwscope_checks": fwscope_checks,
    "fwscope_entry_row": fwscope_entry_row,
    "fwscope_rows": fwscope_rows,
    "header_structs": header_structs,
    "needs_stddef": needs_stddef,
    "codec_families": codec_families,
    "codec_enums": codec_enums,
    "enum_rows": enum_rows,
    "enum_header": enum_header,
    "errno_rows": errno_rows,
    "struct_rows": struct_rows,
    "command_rows": command_rows,
    "layout_rows": layout_rows,
    "scope_groups": scope_groups,
    "scope_test": scope_test,
    "accessors": accessors,
    "accessor_units": accessor_units,
    "style_summary": style_summary,
    "field_loc": field_loc,
    "field_row": field_row,
    "message_tables": message_tables,
    "core_errnos": core_errnos,
    "message_rule_text": message_rule_text,
    "payload_selectors": payload_selectors,
    "index_fields": index_fields,
    "payloads_have_index": payloads_have_index,
}


TEMPLATE_FILTERS = {
    "hex_byte": lambda b: f"{b:#04x}",
    "fwscope_index": lambda rule, cset: cset.firmware_scopes.index(rule),
    "c_uint": c_uint,
}

# Type dispatch in templates: ``{% if f is uint %}``, ``{% if a is prm_word %}``.
TEMPLATE_TESTS = {
    "uint": lambda f: f.kind == "uint",
    "array": lambda f: f.is_array,
    "wide": lambda f: f.width > 32,
    "prm_word": lambda a: a.prm,
    "whole": lambda a: a.access is not None and a.access.whole,
    "prm_style": is_prm_style,
    "big_endian": lambda u: u.order == "big-endian",
}
