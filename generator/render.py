"""Render the model through jinja2 templates.

Every C template emits clang-format's fixed point for the repo's
.clang-format (tests/generator/test_generated_c.py checks the shipped
outputs and those of the test families), so no formatter runs at regen."""
from __future__ import annotations

import os
import textwrap
from typing import Optional

import jinja2

from .model import Family
from .outputs import GLOBAL, PER_FAMILY, PER_HEADER
from .views import TEMPLATE_FILTERS, TEMPLATE_GLOBALS, TEMPLATE_TESTS

REGEN_COMMAND = "make regen"


def _wrap(text: str, width: int = 72, indent: str = "") -> list[str]:
    """Wrap doc text into lines, keeping paragraph breaks."""
    lines: list[str] = []
    for para in text.strip().split("\n\n"):
        if lines:
            lines.append("")
        lines.extend(textwrap.wrap(" ".join(para.split()), width=width) or [""])
    return [indent + line if line else line for line in lines]


def _kdoc_item(text: str, head: str, width: int = 80) -> str:
    """A kernel-doc line ``head text`` wrapped at ``width`` with tab continuations."""
    first = textwrap.wrap(f"{head} {' '.join(text.split())}".rstrip(), width=width - 3)
    if len(first) <= 1:
        return " * " + (first[0] if first else head)
    rest = textwrap.wrap(" ".join(first[1:]), width=width - 11)
    return "\n".join([" * " + first[0]] + [" *\t" + line for line in rest])


C_WIDTH = 80  # ColumnLimit of .clang-format; a tab counts 8 columns


def _c_table_head(ctype: str, name: str) -> tuple[str, int]:
    """Opening line(s) of a table definition and the tab depth of its rows.

    A definition too long for one line breaks after the type, as
    clang-format does, which indents the rows one tab deeper.
    """
    head = f"static const {ctype} {name}[] ="
    if len(head) + 2 <= C_WIDTH:
        return head + " {", 1
    if len(head) <= C_WIDTH:
        return head + "\n\t{", 2
    return f"static const {ctype}\n\t{name}[] = {{", 2


def _pack(opening: str, params: list[str], column: int) -> Optional[list[str]]:
    """Parameters bin-packed after ``opening`` (which starts at ``column``),
    continuation lines aligned after the parenthesis; None if a line overflows."""
    align = column + len(opening)
    lines = [opening + params[0]]
    width = align + len(params[0])
    for param in params[1:]:
        if width + 2 + len(param) + 1 <= C_WIDTH:
            lines[-1] += ", " + param
            width += 2 + len(param)
        else:
            if width + 1 > C_WIDTH:
                return None
            lines[-1] += ","
            lines.append(_c_pad(0, align) + param)
            width = align + len(param)
    lines[-1] += ")"
    if width + 1 > C_WIDTH or column + len(lines[0]) > C_WIDTH:
        return None
    return lines


def _c_signature(ret: str, name: str, params: list[str]) -> str:
    """``static inline RET NAME(PARAMS)`` laid out as clang-format does: on one
    line if it fits, else with the parameters wrapped once after the
    parenthesis, else with the return type on a line of its own."""
    prefix = f"static inline {ret}" + ("" if ret.endswith("*") else " ")
    lines = _pack(prefix + name + "(", params, 0)
    if lines is None or len(lines) > 2:
        after_name = _pack(name + "(", params, 0)
        flat = f"\t{', '.join(params)})"
        if (after_name is None or len(after_name) > 2) and len(prefix + name) < C_WIDTH \
                and 8 + len(flat) - 1 <= C_WIDTH:
            # the parameters on one line of their own beat a wrapped list
            return f"{prefix}{name}(\n{flat}"
        lines = [prefix.rstrip()] + (after_name or [f"{name}(", flat])
    return "\n".join(lines)


def _c_statement(text: str) -> str:
    """One statement in a function body, laid out as clang-format does: on
    one line if it fits, else broken once after its first parenthesis with
    the rest on a continuation line (a call whose argument is a call)."""
    if 8 + len(text) <= C_WIDTH:
        return "\t" + text
    head, tail = text.split("(", 1)
    return f"\t{head}(\n\t\t{tail}"


def _c_row(items: list, depth: int = 1) -> str:
    """One braced initializer row of a table, laid out as clang-format does.

    The row stays on one line when it fits; otherwise, with
    BinPackArguments off, every item goes on its own line, aligned one
    space after the row's tabs.
    """
    tabs = "\t" * depth
    line = "{" + ", ".join(str(item) for item in items) + "},"
    if 8 * depth + len(line) <= C_WIDTH:
        return tabs + line
    return tabs + "{" + f",\n{tabs} ".join(str(item) for item in items) + "},"


def _c_pad(column: int, target: int) -> str:
    """Whitespace from ``column`` to ``target`` as clang-format aligns with
    UseTab: Always: a tab for every tab stop reached, then spaces."""
    pad = ""
    while (column // 8 + 1) * 8 <= target:
        pad += "\t"
        column = (column // 8 + 1) * 8
    return pad + " " * (target - column)


def _c_string_row(first: str, text: str) -> str:
    """``{first, "text"},`` as one table row laid out as clang-format does:
    on one line if it fits, else the string on lines of its own, split
    after a space so that each piece fits."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    line = f'\t{{{first}, "{text}"}},'
    if len(line) + 7 <= C_WIDTH:
        return line
    lines = [f"\t{{{first},"]
    room = C_WIDTH - 8 - 3  # tab, space, two quotes
    while len(text) > room - 2:  # the last piece is followed by "},"
        cut = text.rfind(" ", 0, room) + 1 or room
        lines.append(f'\t "{text[:cut]}"')
        text = text[cut:]
    lines.append(f'\t "{text}"}},')
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _rst_table(rows: list[list[str]], header: list[str]) -> str:
    """A reST grid-free 'simple table' (columns sized to content)."""
    cells = [header] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    rule = "  ".join("=" * w for w in widths)
    out = [rule, "  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(), rule]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells[1:]]
    out.append(rule)
    return "\n".join(out)


def _bytecode_cache() -> Optional[jinja2.BytecodeCache]:
    """Compiled templates in build/jinja-cache, or none where build/ cannot
    be written (a read-only checkout)."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build", "jinja-cache")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(path)


def make_env(template_dir: str) -> jinja2.Environment:
    """The jinja2 environment shared by all templates (compiled once per run)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        # compiled templates, keyed by their source: compiling costs more
        # than rendering
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["wrap"] = _wrap
    env.filters["one_line"] = _one_line
    env.filters["kdoc_item"] = _kdoc_item
    env.globals["c_row"] = _c_row
    env.globals["c_string_row"] = _c_string_row
    env.globals["c_pad"] = _c_pad
    env.globals["c_statement"] = _c_statement
    env.globals["c_table_head"] = _c_table_head
    env.globals["c_signature"] = _c_signature
    env.filters["hex"] = lambda v: f"{v:#x}"
    env.globals["rst_table"] = _rst_table
    env.globals["regen_command"] = REGEN_COMMAND
    env.globals.update(TEMPLATE_GLOBALS)
    env.filters.update(TEMPLATE_FILTERS)
    env.tests.update(TEMPLATE_TESTS)
    return env


def render_all(families: list[Family], template_dir: str) -> dict[str, str]:
    """Every output as {path relative to generated/: text}, before formatting."""
    env = make_env(template_dir)
    result: dict[str, str] = {}
    for fam in families:
        sources = list(fam.files)
        for header in fam.headers:
            path = f"include/uapi/{header.path}"
            result[path] = env.get_template(PER_HEADER).render(
                family=fam, header=header, families=families, sources=sources, template=PER_HEADER, path=path
            )
        for out in PER_FAMILY:
            if out.applies(fam):
                path = out.path(fam)
                result[path] = env.get_template(out.template).render(
                    family=fam, families=families, sources=sources, template=out.template, path=path
                )
    for template, path in GLOBAL:
        sources = sorted(p for fam in families for p in fam.files)
        result[path] = env.get_template(template).render(
            families=families, sources=sources, template=template, path=path, outputs=sorted(result)
        )
    return result
