"""The no-op stamp: a regeneration whose inputs and outputs are as the last
one left them stops before loading anything.  Kept apart from the writer so
that a no-op run imports almost nothing."""
from __future__ import annotations

import hashlib
import json
import os


def existing_files(out_dir: str) -> list[str]:
    """Every file below ``out_dir``, relative to it, sorted."""
    found = []
    for top, _, names in os.walk(out_dir):
        found += [os.path.relpath(os.path.join(top, n), out_dir) for n in names]
    return sorted(found)


def digest_files(paths: list[str]) -> str:
    """One digest over the names and contents of ``paths``."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.encode() + b"\0")
        with open(path, "rb") as handle:
            digest.update(hashlib.sha256(handle.read()).digest())
    return digest.hexdigest()


class Stamp:
    """Records the input digest and output hashes of the last successful regen.

    When the inputs are unchanged and every output still has its recorded hash,
    nothing can have changed and the run stops before loading anything.
    """

    def __init__(self, path: str) -> None:
        self.path = path

    def _outputs_digest(self, out_dir: str) -> str:
        return digest_files([os.path.join(out_dir, p) for p in existing_files(out_dir)])

    def current(self, inputs: str, out_dir: str) -> bool:
        try:
            with open(self.path, encoding="utf-8") as handle:
                saved = json.load(handle)
        except (OSError, ValueError):
            return False
        return saved.get("inputs") == inputs and saved.get("outputs") == self._outputs_digest(out_dir)

    def record(self, inputs: str, out_dir: str) -> None:
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        with open(self.path, "w", encoding="utf-8") as handle:
            json.dump({"inputs": inputs, "outputs": self._outputs_digest(out_dir)}, handle)
