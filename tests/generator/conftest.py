"""Shared fixtures: a scratch copy of the spec tree and a runner for the generator."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@dataclass
class Run:
    """Result of one generator run."""

    code: int
    out: str
    err: str


def run_generator(*args: str, cwd: str = REPO) -> Run:
    """Run ``python3 -m generator ARGS`` with Debian's Python."""
    proc = subprocess.run(
        ["/usr/bin/python3", "-m", "generator", *args],
        cwd=cwd, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": REPO, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def scratch(tmp_path):
    """A copy of spec/ and generated/ in a temp dir: (spec_dir, out_dir)."""
    spec = tmp_path / "spec"
    out = tmp_path / "generated"
    shutil.copytree(os.path.join(REPO, "spec"), spec)
    shutil.copytree(os.path.join(REPO, "generated"), out)
    return spec, out


def snapshot(folder) -> dict[str, tuple[int, bytes]]:
    """{relative path: (mtime_ns, content)} of every file under folder."""
    result = {}
    for top, _, files in os.walk(folder):
        for name in files:
            full = os.path.join(top, name)
            with open(full, "rb") as handle:
                result[os.path.relpath(full, folder)] = (os.stat(full).st_mtime_ns, handle.read())
    return result


sys.path.insert(0, REPO)
