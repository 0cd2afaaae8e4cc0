"""A small Sphinx extension: ``.. kernel-doc:: PATH`` renders the kernel-doc
comments of a C header (PATH relative to the repository) as C-domain
descriptions: functions with their parameters and return value, structs
with their members, enums with their values.

Only ``/** ... */`` comments that start with ``name() - summary``,
``struct name - summary`` or ``enum name - summary`` are read; a comment
whose declaration cannot be found is a warning (the docs build treats
warnings as errors).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Optional

from docutils import nodes
from docutils.parsers.rst import Directive, directives
from docutils.statemachine import StringList

COMMENT = re.compile(r"/\*\*\n?(.*?)\*/", re.S)
TITLE = re.compile(r"^(?:(struct|enum)\s+(\w+)|(\w+)\(\))\s*-\s*(.*)$")
PARAM = re.compile(r"^@(\w+):\s*(.*)$")
SECTION = re.compile(r"^(Return|Returns|Context|Note):\s*(.*)$")


@dataclass
class Doc:
    """One kernel-doc comment, split into its parts."""

    kind: str  # function | struct | enum
    name: str
    summary: str
    params: list[tuple[str, str]] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)
    declaration: str = ""
    line: int = 0


def _comment_lines(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s*\* ?", "", line)
        lines.append(line.rstrip())
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _join(parts: list[str]) -> str:
    return " ".join(p.strip() for p in parts if p.strip())


def parse_comment(text: str) -> Optional[Doc]:
    """The parts of a kernel-doc comment, or None when it is not one."""
    lines = _comment_lines(text)
    title = TITLE.match(lines[0].strip()) if lines else None
    if not title:
        return None
    doc = Doc(title.group(1) or "function", title.group(2) or title.group(3), title.group(4).strip())
    params: list[tuple[str, list[str]]] = []
    sections: list[tuple[str, list[str]]] = []
    current: Optional[list[str]] = None
    state = "params"
    for line in lines[1:]:
        param, section = PARAM.match(line.strip()), SECTION.match(line.strip())
        if state == "params" and not params and not param and line[:1] in ("\t", " ") and line.strip():
            # the summary may go on over indented lines until the first @param
            doc.summary += " " + line.strip()
        elif state == "params" and param:
            current = [param.group(2)]
            params.append((param.group(1), current))
        elif section:
            current = [section.group(2)]
            sections.append((section.group(1), current))
            state = "section"
        elif current is not None and line[:1] in ("\t", " ") and line.strip():
            current.append(line)
        elif not line.strip():
            state = "body" if state == "params" else state
            current = None
            doc.body.append("")
        else:
            state, current = "body", None
            doc.body.append(line.strip())
    doc.params = [(n, _join(t)) for n, t in params]
    doc.sections = [(n, _join(t)) for n, t in sections]
    return doc


def _declaration(source: str, start: int, doc: Doc) -> str:
    """The C declaration after a comment ending at ``start``."""
    rest = source[start:]
    if doc.kind == "function":
        match = re.match(r"\s*([^;{]*?\b" + re.escape(doc.name) + r"\s*\([^;{]*?\))\s*[;{]", rest, re.S)
        if not match:
            return ""
        decl = re.sub(r"\s+", " ", match.group(1)).strip()
        return re.sub(r"^static inline ", "", decl)
    match = re.match(r"\s*" + doc.kind + r"\s+" + re.escape(doc.name) + r"\s*\{(.*?)\n\};", rest, re.S)
    return match.group(1) if match else ""


def parse_header(source: str) -> list[Doc]:
    """Every kernel-doc comment of a header with the declaration it documents."""
    docs = []
    for match in COMMENT.finditer(source):
        doc = parse_comment(match.group(1))
        if doc is None:
            continue
        doc.declaration = _declaration(source, match.end(), doc)
        doc.line = source.count("\n", 0, match.start()) + 1
        docs.append(doc)
    return docs


def _split_decl(decl: str) -> list[tuple[str, str]]:
    """``const char *a, *b`` -> [("const char *a", "a"), ("const char *b", "b")]."""
    decl = re.sub(r"\s+", " ", decl).strip()
    head = re.match(r"^((?:const )?(?:struct |enum |unsigned )?\w+)\s+(.*)$", decl)
    if not head:
        return []
    result = []
    for name in head.group(2).split(","):
        name = name.strip()
        bare = name.lstrip("*").strip()
        result.append((f"{head.group(1)} {'*' * (len(name) - len(name.lstrip('*')))}{bare}",
                       re.sub(r"\[.*\]$", "", bare)))
    return result


MEMBER = {
    "struct": re.compile(r"/\*(?P<c>.*?)\*/|(?P<d>[^;/]+);(?:[ \t]*/\*(?P<t>.*?)\*/)?", re.S),
    "enum": re.compile(r"/\*(?P<c>.*?)\*/|(?P<d>[^,/]+?)\s*(?:,|\Z)(?:[ \t]*/\*(?P<t>.*?)\*/)?", re.S),
}


def _members(body: str, kind: str) -> list[tuple[str, str, str]]:
    """(declaration, name, comment) of each struct member or enumerator; the
    comment is the one on the member's line, else the one just before it."""
    found: list[tuple[str, str, str]] = []
    pending = ""
    for match in MEMBER[kind].finditer(body.strip()):
        if match.group("c") is not None:
            pending = " ".join(_comment_lines(match.group("c"))).strip()
            continue
        decl = match.group("d").strip()
        comment = " ".join(_comment_lines(match.group("t"))).strip() if match.group("t") else pending
        pending = ""
        if not decl:
            continue
        if kind == "enum":
            name = re.split(r"\s*=", decl)[0].strip()
            found.append((name, name, comment))
        else:
            found += [(d, n, comment) for d, n in _split_decl(decl)]
    return found


def _text(text: str) -> str:
    """Comment text as literal reST: no markup, no references."""
    text = re.sub(r"([\\*`|])", r"\\\1", text)
    return re.sub(r"(\w)_(?=\W|$)", r"\1\\_", text)


def render(doc: Doc) -> list[str]:
    """reST for one kernel-doc comment, in Sphinx's C domain."""
    text: list[str] = []
    if doc.kind == "function":
        text.append(f".. c:function:: {doc.declaration}")
    else:
        text.append(f".. c:{doc.kind}:: {doc.name}")
    text += ["", f"   {_text(doc.summary)}", ""]
    body = "\n".join(doc.body).strip()
    for para in body.split("\n\n") if body else []:
        text += ["   " + _text(" ".join(para.split())), ""]
    if doc.kind == "function":
        for name, desc in doc.params:
            text.append(f"   :param {name}: {_text(desc)}")
        for name, desc in doc.sections:
            text.append(f"   :{'return' if name.startswith('Return') else name.lower()}: {_text(desc)}")
        text.append("")
        return text
    params = dict(doc.params)
    for decl, name, comment in _members(doc.declaration, doc.kind):
        text += [f"   .. c:{'enumerator' if doc.kind == 'enum' else 'member'}:: {decl}", ""]
        if params.get(name) or comment:
            text += [f"      {_text(params.get(name) or comment)}", ""]
    return text


class KernelDoc(Directive):
    """``.. kernel-doc:: PATH``: the kernel-doc of one header."""

    required_arguments = 1
    option_spec = {"title": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        env = self.state.document.settings.env
        path = os.path.join(env.config.kerneldoc_root, self.arguments[0])
        env.note_dependency(path)
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        lines: list[str] = []
        for doc in parse_header(source):
            if not doc.declaration:
                self.state.document.reporter.warning(
                    f"{self.arguments[0]}:{doc.line}: {doc.name}: no declaration follows this kernel-doc comment",
                    line=self.lineno)
                continue
            lines += render(doc)
        container = nodes.section()
        container.document = self.state.document
        self.state.nested_parse(StringList(lines, source=self.arguments[0]), self.content_offset, container)
        return container.children


def setup(app) -> dict:
    app.add_config_value("kerneldoc_root", ".", "env")
    app.add_directive("kernel-doc", KernelDoc)
    return {"parallel_read_safe": True}
