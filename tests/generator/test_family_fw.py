"""A family whose scopes the firmware decides and which has no static
command list (tests/families/fw, not shipped): its generated C -- kernel
scope helpers, codec, empty catalogue -- compiles with gcc and clang
(-Werror, ASan, UBSan) together with libfwctl, the helpers follow the map
(check_fw.c, expected values written there), and every C output is
clang-format's fixed point."""
from __future__ import annotations

import os

import pytest

from families import FAMILIES_DIR, SANITIZE, build_program, generate, run_program
from test_generated_c import assert_clang_format_fixed_point

CHECK = os.path.join(FAMILIES_DIR, "fw", "check_fw.c")


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("fw"), ["fw"])


@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_helpers_follow_the_map(tree, tmp_path, compiler):
    _, out = tree
    program = build_program(compiler, out, str(tmp_path), CHECK, ["-O1", "-g", *SANITIZE])
    rc, _, err = run_program(program)
    assert rc == 0, err


def test_outputs_are_clang_format_fixed_points(tree):
    _, out = tree
    for top, _, names in os.walk(out):
        for name in names:
            if name.endswith((".c", ".h")):
                assert_clang_format_fixed_point(os.path.join(top, name))
