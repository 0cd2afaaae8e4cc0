"""docs/vendor-guide.rst quotes the real spec and driver files through
literalinclude; `make docs` fails on a marker that no longer matches, and
this test catches the same drift in `make check` (which does not build the
documentation)."""
from __future__ import annotations

import os
import re

from conftest import REPO

GUIDE = os.path.join(REPO, "docs", "vendor-guide.rst")
DIRECTIVE = re.compile(r"^\.\. literalinclude:: (\S+)\n((?:   :[\w-]+:.*\n)*)", re.M)


def _includes() -> list[tuple[str, dict[str, str]]]:
    with open(GUIDE, encoding="utf-8") as handle:
        text = handle.read()
    found = []
    for match in DIRECTIVE.finditer(text):
        options = dict(re.findall(r"   :([\w-]+):\s?(.*)\n", match.group(2)))
        found.append((match.group(1), options))
    return found


def test_every_excerpt_resolves():
    includes = _includes()
    assert len(includes) >= 10
    for path, options in includes:
        full = os.path.join(REPO, path)
        assert os.path.isfile(full), path
        with open(full, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        start = 0
        if "start-at" in options:
            start = next((i for i, line in enumerate(lines) if options["start-at"] in line), None)
            assert start is not None, (path, options["start-at"])
        end = len(lines)
        if "end-before" in options:
            end = next((i for i, line in enumerate(lines[start + 1:], start + 1)
                        if options["end-before"] in line), None)
            assert end is not None, (path, options["end-before"])
        assert any(line.strip() for line in lines[start:end]), (path, options)


def test_guide_is_in_the_index():
    with open(os.path.join(REPO, "generated", "docs", "index.rst"), encoding="utf-8") as handle:
        assert "   vendor-guide\n" in handle.read()
