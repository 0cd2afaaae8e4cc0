"""Layout styles other than mlx5's, as test families (tests/families/, not
shipped).  le: bnxt/CXL-shaped layouts with __le16/__le32/__le64 members,
bitfields in a declared container, big-endian members, odd sizes, 32-bit
opcodes, no op_mod and no syndrome; its typed accessors and libfwctl's
generic codec are checked field by field against an independent C reference
(tests/families/le/check_le.c).  be: big-endian msb0 structs on byte
boundaries with a little-endian member; its typed accessors are checked
against the generic codec for every field element.  Everything runs in heap
buffers of exactly the layout size, under AddressSanitizer and UBSan, with
gcc and clang.
"""
from __future__ import annotations

import json
import os
import re
import struct
import subprocess

import pytest

from conftest import REPO, run_generator
from test_generated_c import assert_clang_format_fixed_point
from families import (FAMILIES_DIR, SANITIZE, build_fake_ioctl, build_program, fake_sysfs, generate, run_program,
                      spec_tree)

from generator.cli import load_and_build
from generator.layouts import field_access

CHECK_SOURCE = os.path.join(FAMILIES_DIR, "le", "check_le.c")
# The generic codec honours per-field byte-order overrides (fwctl_field's
# byte order): 0 skips the checks of fwctl_resolve_path's byte order and
# fwctl_assign on an overridden field.
CHECK_FIELD_ORDER = 1
MIN_CHECKS = 3000  # field elements x fill patterns x (typed, codec) x checks


@pytest.fixture(scope="module")
def le_tree(tmp_path_factory):
    """(spec dir, generated dir) of the core plus the le, be and msg families."""
    return generate(tmp_path_factory.mktemp("le"), ["le", "be", "msg"])


@pytest.mark.parametrize("compiler,flags", [
    ("gcc", ["-O1", "-g", *SANITIZE]),
    ("clang", ["-O1", "-g", *SANITIZE]),
    ("gcc", ["-O2"]),
], ids=["gcc-asan-ubsan", "clang-asan-ubsan", "gcc-O2"])
def test_accessors_and_codec_match_reference(le_tree, tmp_path, compiler, flags):
    _, out = le_tree
    binary = build_program(compiler, out, tmp_path / "build", CHECK_SOURCE,
                    flags + [f"-DCHECK_FIELD_ORDER={CHECK_FIELD_ORDER}"])
    env = {**os.environ, "ASAN_OPTIONS": "detect_leaks=1", "UBSAN_OPTIONS": "print_stacktrace=1"}
    result = subprocess.run([binary], capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.search(r"(\d+) checks, 0 failed", result.stdout)
    assert found and int(found.group(1)) >= MIN_CHECKS, result.stdout


def _family(spec, name):
    return next(f for f in load_and_build(str(spec)) if f.name == name)


CROSS_HEAD = r"""#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/types.h>

#include <fwctl/codec.h>
#include "FAMILY_layouts.h"
#include "FAMILY_reflect.h"

static unsigned long checks, failures;
static uint64_t rng = 0x2545f4914f6cdd1dULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void check(int ok, const char *what)
{
	checks++;
	if (!ok) {
		failures++;
		fprintf(stderr, "FAIL %s\n", what);
	}
}

/* A heap buffer of exactly @len random bytes; @ref locates @path in it. */
static uint8_t *prepare(const char *layout, const char *path, size_t len,
			struct fwctl_field_ref *ref)
{
	const struct fwctl_layout *l =
		fwctl_layout_by_name(fwctl_family_FAMILY(), layout);
	struct fwctl_error err;
	uint8_t *buf = malloc(len);
	size_t i;

	if (!buf || !l ||
	    fwctl_resolve_path(fwctl_family_FAMILY(), l, path, ref, &err)) {
		fprintf(stderr, "%s.%s: cannot resolve\n", layout, path);
		exit(2);
	}
	for (i = 0; i < len; i++)
		buf[i] = (uint8_t)next_random();
	return buf;
}

int main(void)
{
"""

CROSS_ELEMENT = r"""	{
		struct fwctl_field_ref ref;
		uint8_t *a = prepare("LAYOUT", "PATH", LEN, &ref), *b = malloc(LEN);
		uint64_t v = next_random() & MASK;

		check(ref.bit_offset == OFFSET && ref.bit_width == WIDTH &&
		      ref.byte_order == ORDER, "LAYOUT.PATH: location");
		check(GET(a) == fwctl_get_bits(a, ref.byte_order, ref.bit_offset,
					     ref.bit_width), "LAYOUT.PATH: get");
		memcpy(b, a, LEN);
		SET(a, v);
		fwctl_set_bits(b, ref.byte_order, ref.bit_offset, ref.bit_width, v);
		check(!memcmp(a, b, LEN), "LAYOUT.PATH: set");
		free(a);
		free(b);
	}
"""


def _cross_check_source(fam) -> tuple[str, int]:
    """C that compares every integer field element's typed accessors with
    the generic codec, in buffers of exactly the layout's size (a flexible
    array: exactly three elements, to the word); and the element count."""
    parts = [CROSS_HEAD.replace("FAMILY", fam.name)]
    count = 0
    for layout in fam.layouts:
        word = layout.style.word_bits
        for fld in layout.fields:
            if fld.kind != "uint":
                continue
            n = fld.count if fld.count else 3 if fld.count == 0 else 1
            indexes = sorted({*range(min(n, 8)), n - 1})
            end = layout.bits if fld.count != 0 else max(layout.bits, fld.offset + 3 * fld.width)
            length = -(-end // word) * word // 8
            order = "FWCTL_LAYOUT_BE_MSB0" if (fld.byte_order or layout.style.byte_order) == "big-endian" \
                else "FWCTL_LAYOUT_LE_LSB0"
            accessor = f"{fam.name}_{layout.name}_%s_{fld.name}"
            for i in indexes:
                index = f", {i}" if fld.is_array else ""
                values = {"LAYOUT": layout.name, "PATH": f"{fld.name}[{i}]" if fld.is_array else fld.name,
                          "LEN": str(length), "MASK": f"{(1 << fld.width) - 1:#x}ULL",
                          "OFFSET": str(fld.offset + i * fld.width), "WIDTH": str(fld.width), "ORDER": order,
                          "GET(a)": f"{accessor % 'get'}(a{index})", "SET(a, v)": f"{accessor % 'set'}(a{index}, v)"}
                text = CROSS_ELEMENT
                for key, value in values.items():
                    text = text.replace(key, value)
                parts.append(text)
                count += 1
    parts.append('\tprintf("%lu checks, %lu failed\\n", checks, failures);\n\treturn failures != 0;\n}\n')
    return "".join(parts), count


@pytest.mark.parametrize("name", ["be", "le", "msg"])
@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_accessors_agree_with_codec(le_tree, tmp_path, name, compiler):
    """Typed accessors and libfwctl's generic codec read and write the same
    bits for every integer field element, and the reflection table locates
    each where the spec puts it, with the field's own byte order."""
    spec, out = le_tree
    source, elements = _cross_check_source(_family(spec, name))
    main = tmp_path / "cross.c"
    main.write_text(source)
    binary = build_program(compiler, out, tmp_path / "build", str(main), ["-O1", "-g", *SANITIZE])
    result = subprocess.run([binary], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{3 * elements} checks, 0 failed" in result.stdout
    assert elements >= 25


def test_containers_stay_inside_layouts(le_tree):
    """Every integer accessor of the le family and of mlx5 loads and stores
    a container inside its layout (a flexible array: inside its element's
    word), holding the field."""
    spec, _ = le_tree
    families = [_family(spec, "le"), _family(os.path.join(REPO, "spec"), "mlx5")]
    count = 0
    for fam in families:
        for layout in fam.layouts:
            for fld in layout.fields:
                if fld.kind != "uint":
                    continue
                acc = field_access(fld, layout.style, layout.bits)
                assert acc is not None, f"{layout.name}.{fld.name}"
                elements = fld.count or 1
                for i in range(min(elements, 64)):
                    start = fld.offset + i * fld.width
                    box = (acc.start + i * acc.bits if acc.whole
                           else start // acc.bits * acc.bits if fld.is_array else acc.start)
                    assert box <= start and start + fld.width <= box + acc.bits, f"{layout.name}.{fld.name}[{i}]"
                    word = layout.style.word_bits
                    end = layout.bits if fld.count != 0 else -(-(start + fld.width) // word) * word
                    assert box + acc.bits <= end, f"{layout.name}.{fld.name}[{i}] reaches past the layout"
                    assert acc.start % 8 == 0
                count += 1
    assert count > 1500


def test_le_container_choices(le_tree):
    """The smallest aligned container, the declared one, the field's own
    bytes for an override, and exactly the covered bytes at a layout's end."""
    spec, _ = le_tree
    fam = _family(spec, "le")
    layouts = {lay.name: lay for lay in fam.layouts}

    def access(layout, name):
        lay = layouts[layout]
        fld = next(f for f in lay.fields if f.name == name)
        acc = field_access(fld, lay.style, lay.bits)
        return acc.order, acc.bits, acc.start // 8, acc.whole

    assert access("odd21", "last") == ("little-endian", 8, 20, True)  # the 21-byte layout's last byte
    assert access("odd21", "f") == ("little-endian", 32, 16, True)
    assert access("mixed", "s") == ("little-endian", 32, 4, False)  # __le32 v:28, s:1, u:3
    assert access("mixed", "small24") == ("little-endian", 64, 64, False)  # __le64 big40:40, small24:24
    assert access("mixed", "nib") == ("little-endian", 8, 24, False)  # no container declared: a byte
    assert access("mixed", "be") == ("big-endian", 32, 16, True)  # __be32 override
    assert access("mixed", "be64") == ("big-endian", 64, 72, True)
    assert access("odd7", "b") == ("little-endian", 32, 0, False)  # unaligned __le16 in an aligned word
    assert access("odd7", "c") == ("little-endian", 32, 3, True)  # no aligned container fits: its bytes
    assert access("tiny", "v24") == ("little-endian", 24, 0, True)  # a 3-byte layout: 3 bytes
    mlx5 = _family(os.path.join(REPO, "spec"), "mlx5")
    hdr = next(lay for lay in mlx5.layouts if lay.name == "mbox_out_hdr")
    status = next(f for f in hdr.fields if f.name == "status")
    assert field_access(status, hdr.style, hdr.bits).bits == 32  # PRM words


def test_scope_function_follows_field_widths(le_tree):
    _, out = le_tree
    scope = (out / "kernel" / "le_scope.h").read_text()
    assert "static inline bool le_rpc_scope_allowed(__u32 opcode, __u32 scope)\n" in scope
    assert "@op_mod" not in scope and "case 0xfffffffe: /* GET_LOG */" in scope
    with open(os.path.join(REPO, "generated", "kernel", "mlx5_scope.h"), encoding="utf-8") as handle:
        mlx5 = handle.read()
    assert "static inline bool mlx5_rpc_scope_allowed(__u16 opcode, __u16 op_mod,\n\t\t\t\t\t  __u32 scope)\n" in mlx5


def test_docs_name_the_layout_style(le_tree):
    _, out = le_tree
    assert "little-endian" in (out / "docs" / "le.rst").read_text()
    with open(os.path.join(REPO, "generated", "docs", "mlx5.rst"), encoding="utf-8") as handle:
        assert "big-endian 32-bit words" in handle.read()


BARE = """# SPDX-License-Identifier: GPL-2.0
family: bare
license: GPL-2.0
extends: fwctl
device-type: PDS
layout-style: {byte-order: little-endian, bit-numbering: lsb0, word-bits: 8, straddle: forbid}
layouts:
  - name: req
    fields:
      - {name: opcode, bits: 8}
      - {name: flags, bits: 8}
  - name: resp
    fields:
      - {name: status, bits: 8}
commands:
  prefix: BARE_OP_
  request: req
  response: resp
  opcode-field: opcode
  reject-errno: EINVAL
"""

BARE_MAIN = """#include <linux/types.h>
#include "bare_defs.h"
#include "bare_layouts.h"
#include "bare_reflect.h"
#include "bare_scope.h"

int main(void)
{
	unsigned char buf[BARE_REQ_BYTES] = {0};

	bare_req_set_opcode(buf, 1);
	return bare_rpc_scope_allowed((__u8)bare_req_get_opcode(buf), 0) ||
	       fwctl_family_bare()->n_commands != 0;
}
"""


@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_command_set_without_list_compiles(tmp_path, compiler):
    """``commands:`` with no ``list``: no empty enum, an empty catalogue, a
    scope function that denies everything."""
    spec = spec_tree(tmp_path, {"bare": BARE})
    out = tmp_path / "generated"
    result = run_generator("--spec", str(spec), "generate", "--out", str(out))
    assert result.code == 0, result.err
    assert "enum bare_cmd_opcode" not in (out / "userspace" / "bare_defs.h").read_text()
    main = tmp_path / "main.c"
    main.write_text(BARE_MAIN)
    binary = build_program(compiler, out, tmp_path / "build", str(main), ["-O1"])
    assert subprocess.run([binary], check=False).returncode == 0


@pytest.fixture(scope="module")
def le_cli(le_tree, tmp_path_factory):
    """The fwctl CLI built on the le and be families, with ASan and UBSan."""
    _, out = le_tree
    return build_program("gcc", out, tmp_path_factory.mktemp("le-cli"), None, ["-O1", "-g", *SANITIZE], cli=True)


def test_cli_paths_on_a_little_endian_family(le_tree, le_cli, tmp_path):
    """run builds the request (32-bit opcode, no op_mod), reads the 16-bit
    status (no syndrome) and decodes the reply; byte for byte."""
    _, out = le_tree
    log = str(tmp_path / "rpc.log")
    env = {**fake_sysfs(str(tmp_path / "root")), "LD_PRELOAD": build_fake_ioctl(out, str(tmp_path)),
           "FAKE_FWCTL_TYPE": "3", "FAKE_FWCTL_LOG": log}

    def sent() -> list[tuple[int, bytes]]:
        with open(log, encoding="utf-8") as handle:
            return [(int(s[6:]), bytes.fromhex(i[3:])) for s, i in (line.split() for line in handle)]

    reply = struct.pack("<HHI", 0, 7, 0) + struct.pack("<HH", 2, 5 | 0x123 << 3) + struct.pack("<3I", 9, 8, 7)
    rc, text, err = run_program(le_cli, "-j", "le", "run", "fwctl1", "GET_LOG", "seq=0x4321",
                                env={**env, "FAKE_FWCTL_REPLY": reply.hex(), "FAKE_FWCTL_OUT_LEN": str(len(reply))})
    assert rc == 0, err
    got = json.loads(text)
    assert (got["status"], got["syndrome"], got["scope"]) == ("OK", 0, "debug_read_only")
    assert got["out"]["n_entries"] == 2 and got["out"]["level"] == 5 and got["out"]["flags"] == 0x123
    assert got["out"]["entries"] == [9, 8, 7]
    assert sent() == [(1, struct.pack("<IHHI", 0xfffffffe, 0x4321, 0, 0))]

    rc, text, err = run_program(le_cli, "le", "run", "fwctl1", "SET_MIXED", "body.be=0x11223344",
                                "body.v=0xabcdef1", "body.s=1", "--scope", "debug_write", env=env)
    assert rc == 0, err
    assert "taints" in err
    scope, request = sent()[-1]
    body = request[12:]
    assert scope == 2 and struct.unpack_from("<I", request)[0] == 0x80000010
    assert body[16:20] == bytes.fromhex("11223344")
    assert struct.unpack_from("<I", body, 4)[0] == 0xabcdef1 | 1 << 28

    bad = struct.pack("<HHI", 0xdead, 0, 0)
    rc, text, err = run_program(le_cli, "le", "run", "fwctl1", "IDENTIFY",
                                env={**env, "FAKE_FWCTL_REPLY": bad.hex()})
    assert rc == 1 and "BAD_OPCODE" in err and "syndrome 0x0" in err
    rc, text, err = run_program(le_cli, "le", "run", "fwctl1", "FW_ACTIVATE", env=env)
    assert (rc, text) == (2, "") and "not allowed at any scope" in err


def test_outputs_are_clang_format_fixed_points(le_tree):
    """The test families exercise template paths mlx5 does not (little-endian
    containers, overrides, no enums, selected payloads): their C, too, is
    clang-format's fixed point, as regeneration formats nothing."""
    _, out = le_tree
    checked = 0
    for top, _, files in os.walk(out):
        for name in files:
            if name.endswith((".c", ".h")):
                assert_clang_format_fixed_point(os.path.join(top, name))
                checked += 1
    assert checked >= 15
