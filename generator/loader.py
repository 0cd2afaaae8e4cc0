"""Load spec YAML with libyaml, keeping the line of every mapping, key and list item."""
from __future__ import annotations

import os
from dataclasses import dataclass

import yaml

from .errors import SpecError


class Map(dict):
    """A YAML mapping that remembers its own line and the line of each key."""

    file: str = ""
    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """Line of ``key`` if present, else the mapping's own line."""
        return self.key_lines.get(key, self.line)


class Seq(list):
    """A YAML sequence that remembers its own line and the line of each item."""

    file: str = ""
    line: int = 0
    item_lines: list[int]


class _Loader(yaml.CSafeLoader):  # type: ignore[misc]
    """libyaml parser; Python constructors that attach line numbers."""

    spec_file = ""


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Map:
    result = Map()
    result.file = loader.spec_file
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    # "<<: *anchor" merges: flattening puts the merged pairs first; the
    # mapping's own keys may override them but not repeat each other.
    own = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
    loader.flatten_mapping(node)
    first_own = len(node.value) - own
    own_keys: set[str] = set()
    for index, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise SpecError(loader.spec_file, line, str(key), "mapping keys must be strings")
        if index >= first_own and key in own_keys:
            raise SpecError(loader.spec_file, line, key, "duplicate key")
        if index >= first_own:
            own_keys.add(key)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> Seq:
    result = Seq(loader.construct_object(child, deep=True) for child in node.value)
    result.file = loader.spec_file
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


@dataclass
class SpecFile:
    """One parsed spec file: its display path (``spec/...``) and data."""

    path: str
    data: Map


def load_file(path: str, display: str) -> SpecFile:
    """Parse one YAML file; ``display`` is the name used in error messages."""
    with open(path, "rb") as handle:
        text = handle.read()
    loader = _Loader(text)
    loader.spec_file = display
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise SpecError(display, line, "yaml", str(exc.problem or exc)) from None
    finally:
        loader.dispose()
    if not isinstance(data, Map):
        raise SpecError(display, 1, "file", "a spec file must be a YAML mapping")
    if not text.startswith(b"# SPDX-License-Identifier: "):
        raise SpecError(display, 1, "file", "the first line must be an SPDX-License-Identifier comment")
    return SpecFile(display, data)


def find_spec_files(root: str) -> list[str]:
    """Spec files under ``root``: ``*.yaml`` at the top and one directory deep, sorted.

    ``root/schema`` holds the schema, not specs, and is skipped.
    """
    found: list[str] = []
    for entry in sorted(os.listdir(root)):
        full = os.path.join(root, entry)
        if entry.endswith(".yaml") and os.path.isfile(full):
            found.append(entry)
        elif os.path.isdir(full) and entry != "schema":
            found.extend(
                f"{entry}/{name}" for name in sorted(os.listdir(full)) if name.endswith(".yaml")
            )
    return found
