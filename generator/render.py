"""Render the model through jinja2 templates; format C with clang-format (cached)."""
from __future__ import annotations

import hashlib
import os
import subprocess
import textwrap
from concurrent.futures import ThreadPoolExecutor
from typing import Optional

import jinja2

from .model import Family
from .outputs import C_SUFFIXES, GLOBAL, PER_FAMILY
from .views import TEMPLATE_GLOBALS

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
    env.filters["hex"] = lambda v: f"{v:#x}"
    env.globals["rst_table"] = _rst_table
    env.globals["regen_command"] = REGEN_COMMAND
    env.globals.update(TEMPLATE_GLOBALS)
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
            families=families, sources=sources, template=template, path=path
        )
    return result


class Formatter:
    """clang-format with the repo's .clang-format; results cached by content hash."""

    def __init__(self, repo_root: str, cache_dir: Optional[str]) -> None:
        self.repo_root = repo_root
        self.cache_dir = cache_dir
        with open(os.path.join(repo_root, ".clang-format"), "rb") as handle:
            style = handle.read()
        version = subprocess.run(["clang-format", "--version"], capture_output=True, check=True).stdout
        self.salt = hashlib.sha256(style + version).hexdigest()

    def _key(self, path: str, text: str) -> str:
        digest = hashlib.sha256(f"{self.salt}\0{os.path.splitext(path)[1]}\0".encode())
        digest.update(text.encode())
        return digest.hexdigest()

    def _format_one(self, path: str, text: str) -> str:
        key = self._key(path, text)
        cached = os.path.join(self.cache_dir, key) if self.cache_dir else None
        if cached and os.path.exists(cached):
            with open(cached, encoding="utf-8") as handle:
                return handle.read()
        proc = subprocess.run(
            ["clang-format", "--style=file", f"--assume-filename={os.path.join(self.repo_root, 'generated', path)}"],
            input=text.encode(), capture_output=True, check=True,
        )
        formatted = proc.stdout.decode()
        if cached:
            os.makedirs(self.cache_dir, exist_ok=True)  # type: ignore[arg-type]
            tmp = f"{cached}.{os.getpid()}"
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(formatted)
            os.replace(tmp, cached)
        return formatted

    def format_all(self, outputs: dict[str, str]) -> dict[str, str]:
        """Format every C output (in parallel); other outputs pass through."""
        # Largest first, so the big files do not start last on a busy pool.
        c_paths = sorted((p for p in outputs if p.endswith(C_SUFFIXES)), key=lambda p: -len(outputs[p]))
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            formatted = dict(zip(c_paths, pool.map(lambda p: self._format_one(p, outputs[p]), c_paths)))
        return {p: formatted.get(p, text) for p, text in outputs.items()}
