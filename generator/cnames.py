"""The C names a spec makes: no two generated declarations may share one.

Headers of different families are included together (tools include every
uapi header; a family header may include another of its headers), and the userspace
definitions of every family are compiled into one library, so a name is
checked against every family's.  C keeps struct, union and enum tags apart
from ordinary identifiers (typedefs, enum constants, functions, macros).
"""
from __future__ import annotations

from typing import Iterator, Optional

from .errors import SpecError
from .model import Const, Enum, Family, Ioctl, Layout, LayoutStruct, Origin, Struct, Typedef

TAG = "tag"
ORDINARY = "identifier"


def _group_tags(layout: Layout) -> Iterator[Layout]:
    """Layouts a struct declares as __struct_group tags, at any depth."""
    for fld in layout.fields:
        if fld.layout is not None and fld.group:
            yield fld.layout
        if fld.layout is not None and (fld.group or fld.anonymous):
            yield from _group_tags(fld.layout)


def _names(fam: Family) -> Iterator[tuple[str, str, Optional[Origin], str]]:
    """(namespace, name, origin, what) of every C name the family declares."""
    for item in fam.uapi_items:
        if isinstance(item, (Const, Typedef)):
            yield ORDINARY, item.name, item.origin, "uapi " + type(item).__name__.lower()
        elif isinstance(item, Enum):
            if not item.anonymous:
                yield TAG, item.name, item.origin, "enum"
            for entry in item.entries:
                yield ORDINARY, entry.cname, entry.origin or item.origin, f"entry of enum {item.name}"
        elif isinstance(item, Struct):
            yield TAG, item.name, item.origin, "struct"
        elif isinstance(item, LayoutStruct):
            yield TAG, item.name, item.origin, "struct"
            for tag in _group_tags(item.layout):
                yield TAG, tag.name, tag.origin, f"__struct_group tag in struct {item.name}"
        elif isinstance(item, Ioctl):
            yield ORDINARY, item.name, item.nr.origin, "ioctl"
    for enum in fam.enums:
        for entry in enum.entries:
            yield ORDINARY, entry.cname, entry.origin or enum.origin, f"entry of enum {enum.name}"
    if fam.commands:
        for cmd in fam.commands.commands:
            yield ORDINARY, fam.commands.prefix + cmd.name, cmd.origin, "command opcode"


def _kernel_clash(fam: Family, name: str, where: Origin, what: str) -> Optional[SpecError]:
    """An error when a kernel header the family is included with declares ``name``."""
    for kernel in fam.kernel_headers:
        if name in kernel.names or any(name.startswith(p) for p in kernel.prefixes):
            return SpecError(where.file, where.line, name,
                             f"C name '{name}' ({what}) is also declared by <{kernel.header}>, which the family's "
                             "code is included with (kernel-headers)")
    return None


def c_name_clashes(families: list[Family]) -> list[SpecError]:
    """An error at each declaration whose C name an earlier one already
    took, or a kernel header the family declares it is included with."""
    seen: dict[tuple[str, str], tuple[Optional[Origin], str, str]] = {}
    errors: list[SpecError] = []
    for fam in families:
        fallback = Origin(fam.files[0], 1)
        for space, name, origin, what in _names(fam):
            where = origin or fallback
            kernel = _kernel_clash(fam, name, where, what)
            if kernel is not None:
                errors.append(kernel)
            first = seen.get((space, name))
            if first is None:
                seen[(space, name)] = (where, what, fam.name)
                continue
            other, other_what, other_family = first
            assert other is not None
            errors.append(SpecError(where.file, where.line, name,
                                    f"C {space} '{name}' ({what}) is already declared by family {other_family} "
                                    f"({other_what}, {other.file}:{other.line})"))
    return errors
