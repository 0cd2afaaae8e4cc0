# SPDX-License-Identifier: GPL-2.0
"""Import mlx5_ifc.h pseudo-struct layouts into spec YAML.

mlx5_ifc.h describes every firmware command layout as a C struct of `u8`
arrays whose sizes are bit widths (`u8 opcode[0x10];` is a 16-bit field), so
that offsetof() and sizeof() count bits.  This importer reads such headers,
takes a list of root layout names, collects every layout they nest
(transitively) and prints them as spec YAML.

Naming: a layout is the struct/union tag without the `mlx5_ifc_` prefix and
the `_bits` suffix (`struct mlx5_ifc_query_hca_cap_in_bits` ->
`query_hca_cap_in`).  An anonymous `union { ... } name;` inside layout P
becomes a layout named `P_name`.  Members named `reserved_*` become
`{reserved: N}` entries, one per member, so the YAML mirrors the header
line for line.

Order: layouts are emitted root by root, in the order the roots are given;
each root is followed by the layouts it nests that were not emitted yet, in
depth-first pre-order of first use.

Usage: python3 -m generator.importers.mlx5_ifc [--roots FILE] [--layout NAME]
       [--defined SPEC.yaml] [-o OUT] HEADER...
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

SPDX = "# SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)"
FAMILY = "mlx5"
TAG_PREFIX = "mlx5_ifc_"
TAG_SUFFIX = "_bits"
RESERVED_PREFIX = "reserved_"


class IfcError(Exception):
    """An input the importer cannot handle, located at path:line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class Token:
    text: str
    line: int


@dataclass
class Field:
    """One member of a layout: u8 bit field (bits) or nested layout (layout)."""

    name: str
    line: int
    bits: int | None = None
    layout: str | None = None
    layout_is_union: bool = False
    count: int | None = None  # None: scalar; 0: flexible array

    @property
    def reserved(self) -> bool:
        return self.name.startswith(RESERVED_PREFIX)


@dataclass
class Layout:
    name: str
    is_union: bool
    path: str
    line: int
    fields: list[Field] = field(default_factory=list)


def layout_name(tag: str) -> str:
    """Spec name of a struct/union tag: without mlx5_ifc_ and _bits."""
    if tag.startswith(TAG_PREFIX):
        tag = tag[len(TAG_PREFIX):]
    if tag.endswith(TAG_SUFFIX):
        tag = tag[: -len(TAG_SUFFIX)]
    return tag


# --------------------------------------------------------------------------
# Lexing


def strip_comments(text: str) -> str:
    """Remove C comments, keeping every newline so line numbers stay right."""

    def blank(match: re.Match[str]) -> str:
        return "\n" * match.group(0).count("\n")

    return re.sub(r"/\*.*?\*/|//[^\n]*", blank, text, flags=re.S)


def split_preprocessor(text: str) -> tuple[str, dict[str, str]]:
    """Blank out preprocessor lines; return the text and object-like #defines."""
    lines = text.split("\n")
    defines: dict[str, str] = {}
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("#"):
            i += 1
            continue
        start = i
        directive = lines[i]
        while directive.endswith("\\") and i + 1 < len(lines):
            i += 1
            directive = directive[:-1] + " " + lines[i]
        match = re.match(r"\s*#\s*define\s+(\w+)(?![\w(])\s*(.*)", directive)
        if match:
            defines[match.group(1)] = match.group(2).strip()
        for j in range(start, i + 1):
            lines[j] = ""
        i += 1
    return "\n".join(lines), defines


TOKEN_RE = re.compile(r"\n|[ \t\r\f\v]+|[A-Za-z_]\w*|\d\w*|.")


def tokenize(text: str) -> list[Token]:
    """Split comment- and preprocessor-free C text into tokens with lines."""
    tokens = []
    line = 1
    for match in TOKEN_RE.finditer(text):
        word = match.group(0)
        if word == "\n":
            line += 1
        elif not word.isspace():
            tokens.append(Token(word, line))
    return tokens


def c_integer(text: str) -> int | None:
    """Value of a C integer literal (hex, octal, decimal, any suffix)."""
    match = re.fullmatch(r"(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)[uUlL]*", text)
    if not match:
        return None
    digits = match.group(1)
    if digits[:2].lower() == "0x":
        return int(digits, 16)
    if digits.startswith("0"):
        return int(digits, 8)
    return int(digits)


class Constants:
    """Evaluates object-like #define constants used as array counts."""

    ALLOWED = re.compile(r"[0-9()+\-*<>|& ]*")

    def __init__(self, defines: dict[str, str]) -> None:
        self.defines = defines

    def value(self, name: str, seen: frozenset[str] = frozenset()) -> int | None:
        if name not in self.defines or name in seen:
            return None
        parts = []
        for token in tokenize(self.defines[name]):
            number = c_integer(token.text)
            if number is None and re.fullmatch(r"[A-Za-z_]\w*", token.text):
                number = self.value(token.text, seen | {name})
                if number is None:
                    return None
            parts.append(token.text if number is None else str(number))
        expression = " ".join(parts)
        if not self.ALLOWED.fullmatch(expression):
            return None
        try:
            tree = ast.parse(expression, mode="eval")
        except SyntaxError:
            return None
        return int(eval(compile(tree, name, "eval"), {"__builtins__": {}}))


# --------------------------------------------------------------------------
# Parsing


class Parser:
    """Recursive-descent parser for mlx5_ifc struct/union definitions."""

    def __init__(self, path: str, tokens: list[Token], constants: Constants) -> None:
        self.path = path
        self.tokens = tokens
        self.constants = constants
        self.pos = 0
        self.layouts: list[Layout] = []

    def error(self, message: str, token: Token | None = None) -> IfcError:
        token = token or self.peek()
        return IfcError(self.path, token.line, message)

    def peek(self, ahead: int = 0) -> Token:
        index = self.pos + ahead
        if index < len(self.tokens):
            return self.tokens[index]
        last = self.tokens[-1].line if self.tokens else 1
        return Token("", last)

    def take(self) -> Token:
        token = self.peek()
        if not token.text:
            raise self.error("unexpected end of file")
        self.pos += 1
        return token

    def expect(self, text: str) -> Token:
        token = self.take()
        if token.text != text:
            raise self.error(f"expected '{text}', found '{token.text}'", token)
        return token

    def identifier(self) -> Token:
        token = self.take()
        if not re.fullmatch(r"[A-Za-z_]\w*", token.text):
            raise self.error(f"expected a name, found '{token.text}'", token)
        return token

    def parse_file(self) -> list[Layout]:
        """Parse every `struct|union TAG {...};` definition; skip the rest."""
        while self.peek().text:
            if self.at_definition():
                self.parse_definition()
            else:
                self.pos += 1
        return self.layouts

    def at_definition(self) -> bool:
        return (self.peek().text in ("struct", "union")
                and re.fullmatch(r"[A-Za-z_]\w*", self.peek(1).text) is not None
                and self.peek(2).text == "{")

    def parse_definition(self) -> None:
        keyword = self.take()
        tag = self.take()
        layout = Layout(layout_name(tag.text), keyword.text == "union", self.path, tag.line)
        self.parse_body(layout)
        self.expect(";")

    def parse_body(self, layout: Layout) -> None:
        """Parse `{ member... }` into layout, registering it."""
        self.expect("{")
        self.layouts.append(layout)
        while self.peek().text not in ("}", ""):
            layout.fields.append(self.parse_member(layout))
        self.expect("}")

    def parse_member(self, parent: Layout) -> Field:
        first = self.peek()
        if first.text == "u8":
            return self.parse_bits_member()
        if first.text in ("struct", "union"):
            if self.peek(1).text == "{":
                return self.parse_anonymous_member(parent)
            return self.parse_nested_member()
        raise self.error(f"cannot parse member starting with '{first.text}'")

    def parse_bits_member(self) -> Field:
        """`u8 name[W];`, `u8 name[K][W];`, `u8 name[][W];` or `u8 name[];`."""
        self.expect("u8")
        name = self.identifier()
        dims = self.parse_dimensions()
        self.expect(";")
        if len(dims) == 1 and dims[0] is not None:
            return Field(name.text, name.line, bits=dims[0])
        if len(dims) == 1:
            return Field(name.text, name.line, bits=1, count=0)
        if len(dims) == 2 and dims[1] is not None:
            return Field(name.text, name.line, bits=dims[1], count=dims[0] or 0)
        raise self.error(f"'{name.text}': expected [width] or [count][width]", name)

    def parse_nested_member(self) -> Field:
        """`struct|union TAG name;` or `... name[K];` (K may be empty or 0)."""
        keyword = self.take()
        tag = self.identifier()
        name = self.identifier()
        dims = self.parse_dimensions()
        self.expect(";")
        if len(dims) > 1:
            raise self.error(f"'{name.text}': multi-dimensional layout array", name)
        count = (dims[0] or 0) if dims else None
        return Field(name.text, name.line, layout=layout_name(tag.text),
                     layout_is_union=keyword.text == "union", count=count)

    def parse_anonymous_member(self, parent: Layout) -> Field:
        """`union { ... } name;`: a layout named <parent>_<name>."""
        keyword = self.take()
        nested = Layout("", keyword.text == "union", self.path, keyword.line)
        self.parse_body(nested)
        name = self.identifier()
        dims = self.parse_dimensions()
        self.expect(";")
        if dims:
            raise self.error(f"'{name.text}': array of anonymous {keyword.text}", name)
        nested.name = f"{parent.name}_{name.text}"
        return Field(name.text, name.line, layout=nested.name,
                     layout_is_union=nested.is_union)

    def parse_dimensions(self) -> list[int | None]:
        """Zero or more `[N]`; None stands for an empty `[]`."""
        dims: list[int | None] = []
        while self.peek().text == "[":
            self.take()
            if self.peek().text == "]":
                dims.append(None)
            else:
                dims.append(self.dimension(self.take()))
            self.expect("]")
        return dims

    def dimension(self, token: Token) -> int:
        value = c_integer(token.text)
        if value is None:
            value = self.constants.value(token.text)
        if value is None:
            raise self.error(f"cannot evaluate array size '{token.text}'", token)
        return value


def parse_headers(paths: Iterable[str]) -> dict[str, Layout]:
    """Parse headers into layouts by name; a name defined twice is an error."""
    sources = []
    defines: dict[str, str] = {}
    for path in paths:
        text, file_defines = split_preprocessor(strip_comments(Path(path).read_text()))
        sources.append((path, text))
        defines.update(file_defines)
    constants = Constants(defines)
    layouts: dict[str, Layout] = {}
    for path, text in sources:
        for layout in Parser(path, tokenize(text), constants).parse_file():
            previous = layouts.get(layout.name)
            if previous:
                raise IfcError(path, layout.line, f"layout '{layout.name}' already "
                               f"defined at {previous.path}:{previous.line}")
            layouts[layout.name] = layout
    return layouts


# --------------------------------------------------------------------------
# Closure


@dataclass(frozen=True)
class Root:
    name: str
    origin: str  # "file:line" or "command line"


def read_roots(path: str) -> list[Root]:
    """Root names from a file: one per line, '#' starts a comment."""
    roots = []
    for number, line in enumerate(Path(path).read_text().splitlines(), 1):
        name = line.split("#", 1)[0].strip()
        if name:
            roots.append(Root(name, f"{path}:{number}"))
    return roots


def closure(roots: list[Root], layouts: dict[str, Layout],
            defined: dict[str, str]) -> list[Layout]:
    """Roots and every layout they nest, in depth-first pre-order."""
    order: list[Layout] = []
    done: set[str] = set()

    def visit(layout: Layout) -> None:
        if layout.name in defined:
            raise IfcError(layout.path, layout.line, f"layout '{layout.name}' "
                           f"collides with the one defined in {defined[layout.name]}")
        done.add(layout.name)
        order.append(layout)
        for member in layout.fields:
            if member.layout is not None and member.layout not in done:
                visit(nested_layout(layout, member, layouts))

    for root in roots:
        if root.name not in layouts:
            raise ValueError(f"{root.origin}: unknown layout '{root.name}'")
        if root.name not in done:
            visit(layouts[root.name])
    return order


def nested_layout(parent: Layout, member: Field, layouts: dict[str, Layout]) -> Layout:
    """The layout a nested member refers to, checked for existence and kind."""
    target = layouts.get(member.layout or "")
    if target is None:
        raise IfcError(parent.path, member.line,
                       f"'{member.name}' refers to unknown layout '{member.layout}'")
    if target.is_union != member.layout_is_union:
        raise IfcError(parent.path, member.line,
                       f"'{member.name}': '{target.name}' is declared as "
                       f"{'union' if target.is_union else 'struct'}")
    return target


def defined_layouts(paths: Iterable[str]) -> dict[str, str]:
    """Layout names already present in spec files, mapped to their file."""
    names = {}
    for path in paths:
        spec = yaml.load(Path(path).read_text(), Loader=yaml.CSafeLoader) or {}
        for layout in spec.get("layouts") or []:
            names[layout["name"]] = path
    return names


# --------------------------------------------------------------------------
# YAML output


def yaml_scalar(text: str) -> str:
    """text as a YAML plain scalar, quoted only when YAML would misread it."""
    plain = re.fullmatch(r"[A-Za-z_][\w.-]*", text) is not None
    if plain and yaml.load(text, Loader=yaml.CSafeLoader) == text:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class FieldEnum:
    """Give fields named ``field`` of layouts whose name ends in ``suffix`` an enum."""

    suffix: str
    field: str
    enum: str

    @staticmethod
    def parse(text: str) -> "FieldEnum":
        """Parse ``SUFFIX:FIELD=ENUM`` (e.g. ``_out:status=cmd_status``)."""
        match = re.fullmatch(r"(\w*):(\w+)=(\w+)", text)
        if match is None:
            raise argparse.ArgumentTypeError(f"'{text}' is not SUFFIX:FIELD=ENUM")
        return FieldEnum(*match.groups())

    def applies(self, layout: Layout, member: Field) -> bool:
        return layout.name.endswith(self.suffix) and member.name == self.field and member.bits is not None


def field_yaml(member: Field, enum: str | None = None) -> str:
    """One field as a flow mapping: {name: x, bits: n} / {reserved: n} / ..."""
    if member.reserved and member.layout is None:
        total = member.bits * (member.count if member.count else 1)
        if member.count == 0:
            raise ValueError(f"'{member.name}': flexible reserved array")
        return f"{{reserved: {total}}}"
    parts = [f"name: {yaml_scalar(member.name)}"]
    if member.layout is not None:
        parts.append(f"layout: {yaml_scalar(member.layout)}")
    else:
        parts.append(f"bits: {member.bits}")
    if member.count is not None:
        parts.append(f"count: {member.count}")
    if enum is not None:
        parts.append(f"enum: {enum}")
    return "{" + ", ".join(parts) + "}"


def layout_yaml(layout: Layout, enums: Iterable[FieldEnum] = ()) -> Iterator[str]:
    yield f"  - name: {yaml_scalar(layout.name)}"
    if layout.is_union:
        yield "    union: true"
    yield "    fields:"
    for member in layout.fields:
        try:
            enum = next((e.enum for e in enums if e.applies(layout, member)), None)
            yield f"      - {field_yaml(member, enum)}"
        except ValueError as err:
            raise IfcError(layout.path, member.line, str(err)) from None


def source_name(path: str) -> str:
    """Header path as shown in the output: from include/ on, no absolute path."""
    parts = Path(path).parts
    if "include" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("include"):])
    return Path(path).name


def render(layouts: list[Layout], headers: list[str], enums: Iterable[FieldEnum] = ()) -> str:
    sources = ", ".join(source_name(path) for path in headers)
    lines = [
        SPDX,
        f"# Imported from {sources}",
        "# by `make import-mlx5-ifc` (generator/importers/mlx5_ifc.py): each root",
        "# layout followed by the layouts it nests, depth-first.  Edit this file",
        "# directly; the importer is a helper, not a build step.",
        f"family: {FAMILY}",
        "layouts:",
    ]
    for layout in layouts:
        lines.extend(layout_yaml(layout, enums))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# Command line


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="import-mlx5-ifc",
        description="Import mlx5_ifc.h layouts (and all they nest) as spec YAML.")
    parser.add_argument("headers", nargs="+", metavar="HEADER",
                        help="mlx5_ifc.h, mlx5_ifc_fpga.h, ...")
    parser.add_argument("--roots", action="append", default=[], metavar="FILE",
                        help="file with root layout names, one per line")
    parser.add_argument("--layout", action="append", default=[], metavar="NAME",
                        help="a root layout name (repeatable)")
    parser.add_argument("--defined", action="append", default=[], metavar="SPEC",
                        help="spec YAML whose layout names must not be emitted")
    parser.add_argument("--field-enum", action="append", default=[], type=FieldEnum.parse,
                        metavar="SUFFIX:FIELD=ENUM",
                        help="give FIELD of layouts named *SUFFIX the spec enum ENUM (repeatable)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here, not stdout")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Entry point: 0 on success, 1 on an input error (printed to stderr)."""
    args = parse_args(argv)
    if not args.roots and not args.layout:
        print("import-mlx5-ifc: no root layouts (use --roots or --layout)", file=sys.stderr)
        return 2
    try:
        roots = [root for path in args.roots for root in read_roots(path)]
        roots += [Root(name, "command line") for name in args.layout]
        layouts = parse_headers(args.headers)
        text = render(closure(roots, layouts, defined_layouts(args.defined)), args.headers, args.field_enum)
    except (IfcError, ValueError, OSError) as err:
        print(f"import-mlx5-ifc: {err}", file=sys.stderr)
        return 1
    if args.output:
        Path(args.output).write_text(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
