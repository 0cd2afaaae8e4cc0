"""Render the model through jinja2 templates; format C with clang-format (cached)."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import textwrap
from concurrent.futures import ThreadPoolExecutor
from typing import Optional

import jinja2

from .model import Family
from .outputs import C_SUFFIXES, GLOBAL, PER_FAMILY
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


def _indent(column: int) -> str:
    """Whitespace reaching ``column`` with UseTab: Always (tabs, then spaces)."""
    return "\t" * (column // 8) + " " * (column % 8)


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
            lines[-1] += ","
            lines.append(_indent(align) + param)
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
        lines = [prefix.rstrip()] + (_pack(name + "(", params, 0) or [f"{name}(", f"\t{', '.join(params)})"])
    return "\n".join(lines)


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


def make_env(template_dir: str) -> jinja2.Environment:
    """The jinja2 environment shared by all templates (compiled once per run)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
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


class Formatter:
    """clang-format with the repo's .clang-format; results cached by content hash."""

    def __init__(self, repo_root: str, cache_dir: Optional[str]) -> None:
        self.style_file = os.path.join(repo_root, ".clang-format")
        self.cache_dir = cache_dir
        with open(self.style_file, "rb") as handle:
            style = handle.read()
        # The binary's identity stands for its version (cheaper than running it).
        binary = os.path.realpath(shutil.which("clang-format") or "clang-format")
        stat = os.stat(binary)
        self.salt = hashlib.sha256(style + f"{binary}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()

    def _cache_path(self, path: str, text: str) -> Optional[str]:
        if not self.cache_dir:
            return None
        digest = hashlib.sha256(f"{self.salt}\0{os.path.splitext(path)[1]}\0".encode())
        digest.update(text.encode())
        return os.path.join(self.cache_dir, digest.hexdigest())

    def _cached(self, path: str, text: str) -> Optional[str]:
        cached = self._cache_path(path, text)
        if cached and os.path.exists(cached):
            with open(cached, encoding="utf-8") as handle:
                return handle.read()
        return None

    def _store(self, path: str, text: str, formatted: str) -> None:
        cached = self._cache_path(path, text)
        if cached:
            os.makedirs(os.path.dirname(cached), exist_ok=True)
            tmp = f"{cached}.{os.getpid()}"
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(formatted)
            os.replace(tmp, cached)

    def _run(self, batch: list[tuple[str, str]]) -> list[str]:
        """Format a batch of (path, text) with one clang-format process."""
        with tempfile.TemporaryDirectory(prefix="fwctl-gen-") as tmp:
            files = []
            for index, (path, text) in enumerate(batch):
                files.append(os.path.join(tmp, f"{index}{os.path.splitext(path)[1]}"))
                with open(files[-1], "w", encoding="utf-8") as handle:
                    handle.write(text)
            subprocess.run(["clang-format", f"--style=file:{self.style_file}", "-i", *files],
                           check=True, capture_output=True)
            result = []
            for name in files:
                with open(name, encoding="utf-8") as handle:
                    result.append(handle.read())
            return result

    def format_all(self, outputs: dict[str, str], current: dict[str, str]) -> dict[str, str]:
        """Format every C output; other outputs pass through.

        A rendering equal to the file already in ``current`` needs no run:
        that file is clang-format output (or its fixed point, which
        tests/generator/test_generated_c.py checks), so formatting would
        give it back unchanged.  Templates that emit the fixed point make
        regeneration cheap.  The rest is split into one batch per CPU,
        largest files first, each batch one clang-format process.
        """
        result = dict(outputs)
        missing = []
        for path in sorted(outputs, key=lambda p: -len(outputs[p])):
            if not path.endswith(C_SUFFIXES) or outputs[path] == current.get(path):
                continue
            cached = self._cached(path, outputs[path])
            if cached is None:
                missing.append(path)
            else:
                result[path] = cached
        workers = max(1, min(os.cpu_count() or 1, len(missing)))
        batches: list[list[tuple[str, str]]] = [[] for _ in range(workers)]
        sizes = [0] * workers
        for path in missing:
            emptiest = sizes.index(min(sizes))
            batches[emptiest].append((path, outputs[path]))
            sizes[emptiest] += len(outputs[path])
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for batch, formatted in zip(batches, pool.map(self._run, batches)):
                for (path, text), done in zip(batch, formatted):
                    self._store(path, text, done)
                    result[path] = done
        return result
