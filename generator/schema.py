"""Schema validation of spec files (jsonschema, imported only when validating)."""
from __future__ import annotations

import hashlib
import os
from typing import Any, Iterable, Optional

from .errors import SpecError
from .loader import Map, Seq, SpecFile, load_file

SCHEMA_FILE = os.path.join("schema", "spec.schema.yaml")


def element_path(data: Any, path: Iterable[Any]) -> tuple[str, int]:
    """Human-readable element name and line for a jsonschema error path."""
    node, line, parts = data, getattr(data, "line", 1), []
    for step in path:
        if isinstance(node, Seq) and isinstance(step, int):
            line = node.item_lines[step]
            node = node[step]
            label = node.get("name") if isinstance(node, Map) else None
            parts.append(f"[{step}]" if not isinstance(label, str) else f"[{label}]")
        elif isinstance(node, Map):
            line = node.line_of(step)
            node = node[step]
            parts.append(f".{step}" if parts else str(step))
        else:
            break
    return ("".join(parts) or "file"), line


def _message(error: Any) -> str:
    if error.validator == "oneOf" and "description" in error.schema:
        return str(error.schema["description"])
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown key")
    return str(error.message)


class SchemaValidator:
    """Validates loaded spec files against spec/schema/spec.schema.yaml.

    With a cache directory, a file whose content was valid against the same
    schema before is not validated again (jsonschema is then not imported).
    """

    def __init__(self, spec_root: str, cache_dir: Optional[str] = None) -> None:
        self.schema_path = os.path.join(spec_root, SCHEMA_FILE)
        with open(self.schema_path, "rb") as handle:
            self.schema_digest = hashlib.sha256(handle.read()).digest()
        self.cache_dir = cache_dir
        self._validator: Any = None

    def _marker(self, content: bytes) -> Optional[str]:
        if not self.cache_dir:
            return None
        return os.path.join(self.cache_dir, hashlib.sha256(self.schema_digest + content).hexdigest())

    def errors(self, spec: SpecFile, content: bytes) -> list[SpecError]:
        """All schema violations of one file (whose bytes are ``content``),
        innermost first."""
        marker = self._marker(content)
        if marker and os.path.exists(marker):
            return []
        if self._validator is None:
            import jsonschema  # pylint: disable=import-outside-toplevel

            self._validator = jsonschema.Draft7Validator(load_file(self.schema_path, SCHEMA_FILE).data)
        found = self._violations(spec)
        if marker and not found:
            try:
                os.makedirs(os.path.dirname(marker), exist_ok=True)
                with open(marker, "wb"):
                    pass
            except OSError:  # a read-only checkout: validate every time
                pass
        return found

    def _violations(self, spec: SpecFile) -> list[SpecError]:
        found = []
        for error in self._validator.iter_errors(spec.data):
            # For oneOf/anyOf/if-then, report the leaf error with the deepest path.
            leaf = error
            while leaf.context and leaf.validator not in ("oneOf",):
                leaf = max(leaf.context, key=lambda e: len(e.absolute_path))
            element, line = element_path(spec.data, leaf.absolute_path)
            found.append(SpecError(spec.path, line, element, _message(leaf)))
        return found
