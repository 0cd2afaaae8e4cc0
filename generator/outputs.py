"""The list of output kinds: adding one is a template plus one entry here."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .model import Family


@dataclass(frozen=True)
class Output:
    """One generated file per family that ``applies``; ``path`` is formatted with the family."""

    template: str
    path: Callable[[Family], str]
    applies: Callable[[Family], bool]


def has_codec(fam: Family) -> bool:
    """Families with layouts or commands get reflection tables and accessors."""
    return bool(fam.layouts or fam.commands)


PER_FAMILY = [
    Output("scope_check.h.j2", lambda f: f"kernel/{f.name}_scope.h", lambda f: f.commands is not None),
    Output("layouts.h.j2", lambda f: f"userspace/{f.name}_layouts.h", lambda f: bool(f.layouts)),
    Output("defs.h.j2", lambda f: f"userspace/{f.name}_defs.h", lambda f: bool(f.enums or f.commands)),
    Output("reflect.h.j2", lambda f: f"userspace/{f.name}_reflect.h", has_codec),
    Output("reflect.c.j2", lambda f: f"userspace/{f.name}_reflect.c", has_codec),
    Output("catalog.c.j2", lambda f: f"userspace/{f.name}_catalog.c", lambda f: f.commands is not None),
    Output("core_names.c.j2", lambda f: f"userspace/{f.name}_names.c", lambda f: f.core is not None),
    Output("family.rst.j2", lambda f: f"docs/{f.name}.rst", lambda f: True),
]

# Rendered once per uapi header of a family (``header``), to include/uapi/<path>.
PER_HEADER = "uapi_header.h.j2"

# Outputs rendered once, after the per-family ones, with every family and
# the paths of every output so far.
GLOBAL = [("index.rst.j2", "docs/index.rst"), ("sources.meson.j2", "userspace/meson.build")]

