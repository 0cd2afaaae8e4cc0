"""The generated C compiles warning-free with gcc and clang, and is exactly
what clang-format with the repo's .clang-format makes of it."""
from __future__ import annotations

import os
import subprocess

import pytest

from conftest import REPO

GENERATED = os.path.join(REPO, "generated")


def c_outputs() -> list[str]:
    found = []
    for top, _, files in os.walk(GENERATED):
        found += [os.path.relpath(os.path.join(top, f), GENERATED) for f in files if f.endswith((".c", ".h"))]
    return sorted(found)


def assert_clang_format_fixed_point(full: str) -> None:
    """Regeneration runs no formatter: every template must emit exactly what
    clang-format with the repo's .clang-format makes of its output."""
    with open(full, "rb") as handle:
        text = handle.read()
    formatted = subprocess.run(["clang-format", f"--style=file:{os.path.join(REPO, '.clang-format')}",
                                f"--assume-filename={full}"],
                               input=text, capture_output=True, check=True, cwd=REPO).stdout
    assert formatted == text, f"{full} is not clang-format's fixed point"


@pytest.mark.parametrize("path", c_outputs())
def test_clang_format_fixed_point(path):
    assert_clang_format_fixed_point(os.path.join(GENERATED, path))


@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_generated_userspace_compiles(compiler, tmp_path):
    headers = [p for p in c_outputs() if p.endswith(".h") and not p.startswith("include/")]
    source = tmp_path / "all.c"
    source.write_text("#include <linux/types.h>\n"
                      + "".join(f'#include "{os.path.basename(h)}"\n' for h in headers)
                      + '#include "tables.h"\n'
                      + "int main(void) { return fwctl_n_families == 0; }\n")
    units = [str(source)] + [os.path.join(GENERATED, p) for p in c_outputs() if p.endswith(".c")]
    includes = ["-I", os.path.join(GENERATED, "include/uapi"), "-I", os.path.join(GENERATED, "kernel"),
                "-I", os.path.join(GENERATED, "userspace"), "-I", os.path.join(REPO, "userspace/lib/include"),
                "-I", os.path.join(REPO, "userspace/lib")]
    result = subprocess.run([compiler, "-std=c11", "-Wall", "-Wextra", "-Werror", "-Wshadow", *includes,
                             "-o", str(tmp_path / "all"), *units], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
