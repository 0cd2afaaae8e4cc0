"""The API reference (docs/api.rst through docs/ext/kerneldoc.py): every
function libfwctl.so exports is documented with all its parameters, and
every kernel-doc comment of an installed header finds its declaration."""
from __future__ import annotations

import os
import re
import sys

from conftest import REPO

sys.path.insert(0, os.path.join(REPO, "docs", "ext"))
import kerneldoc  # noqa: E402  pylint: disable=wrong-import-position

HEADERS = [os.path.join(REPO, "userspace", "lib", "include", "fwctl", n)
           for n in ("libfwctl.h", "codec.h", "reflect.h")]


def documented() -> dict[str, kerneldoc.Doc]:
    docs = {}
    for path in HEADERS:
        with open(path, encoding="utf-8") as handle:
            for doc in kerneldoc.parse_header(handle.read()):
                assert doc.declaration, f"{path}:{doc.line}: {doc.name}: no declaration"
                docs[doc.name] = doc
    return docs


def test_every_exported_function_is_documented():
    with open(os.path.join(REPO, "userspace", "lib", "libfwctl.map"), encoding="utf-8") as handle:
        exported = re.findall(r"^\t(fwctl_\w+);$", handle.read(), re.M)
    docs = documented()
    assert len(exported) > 30
    for name in exported:
        assert name in docs, f"{name} has no kernel-doc comment"
        declared = re.findall(r"(\w+)(?:\[\])?\s*(?:,|\)$)", docs[name].declaration)
        params = [p for p in declared if p != "void"]
        assert [n for n, _ in docs[name].params] == params, name


def test_docs_page_names_every_header():
    with open(os.path.join(REPO, "docs", "api.rst"), encoding="utf-8") as handle:
        text = handle.read()
    for path in HEADERS:
        assert f".. kernel-doc:: {os.path.relpath(path, REPO)}" in text


def test_markup_in_comments_is_literal():
    doc = kerneldoc.parse_comment("""
 * f() - takes *buf and FWCTL_RPC_ names
 * @a: `x` | y
 *
 * Return: 0
 """)
    assert doc is not None
    lines = kerneldoc.render(doc)
    assert r"takes \*buf and FWCTL_RPC\_ names" in "\n".join(lines)
    assert r"   :param a: \`x\` \| y" in lines


def test_summary_may_continue_over_indented_lines():
    doc = kerneldoc.parse_comment("""
 * f() - the first line of a summary
 *\tthat goes on
 * @a: first
 *\tand more
 *
 * Body.
 """)
    assert doc is not None
    assert doc.summary == "the first line of a summary that goes on"
    assert doc.params == [("a", "first and more")]
    assert doc.body == ["", "Body."]
