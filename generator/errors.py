"""Spec errors: every message names the file, the line and the spec element."""
from __future__ import annotations


class SpecError(Exception):
    """One mistake in a spec file, reported as ``file:line: element: message``."""

    def __init__(self, file: str, line: int, element: str, message: str) -> None:
        super().__init__(f"{file}:{line}: {element}: {message}")
        self.file = file
        self.line = line
        self.element = element
        self.message = message


class SpecErrors(Exception):
    """Every error found in one pass, sorted by position."""

    def __init__(self, errors: list[SpecError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.file, e.line, e.element, e.message))
        super().__init__("\n".join(str(e) for e in self.errors))
