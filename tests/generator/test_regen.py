"""Write-if-changed, --check, determinism and the vendor-as-data promise."""
from __future__ import annotations

import os
import re
import shutil

from conftest import REPO, run_generator, snapshot

ACME = """# SPDX-License-Identifier: GPL-2.0
family: acme
license: GPL-2.0
extends: fwctl
device-type: CXL
layout-style: {byte-order: big-endian, bit-numbering: msb0, word-bits: 32, straddle: forbid}
layouts:
  - name: hdr_in
    fields:
      - {name: opcode, bits: 16}
      - {name: op_mod, bits: 16}
  - name: hdr_out
    fields:
      - {name: status, bits: 8}
      - {reserved: 24}
commands:
  prefix: ACME_OP_
  request: hdr_in
  response: hdr_out
  opcode-field: opcode
  op-mod-field: op_mod
  status-field: status
  reject-errno: EINVAL
  list:
    - {name: NOP, opcode: 1, scope: debug_write}
"""


def gen(spec, out, *extra):
    return run_generator("--spec", str(spec), "generate", "--out", str(out), *extra)


def test_second_regen_writes_nothing(scratch, tmp_path):
    spec, out = scratch
    stamp = str(tmp_path / "stamp")
    os.unlink(out / "docs" / "fwctl.rst")
    with open(out / "include/uapi/fwctl/fwctl.h", "a", encoding="utf-8") as handle:
        handle.write("/* hand edit */\n")
    first = gen(spec, out, "--stamp", stamp)
    assert first.code == 0, first.err
    assert "regen: 2 written, 0 removed" in first.out
    before = snapshot(out)
    for extra in (("--stamp", stamp), ("--force", "--stamp", stamp), ()):
        again = gen(spec, out, *extra)
        assert again.code == 0, again.err
        assert "nothing changed" in again.out
        assert snapshot(out) == before


def test_check_names_hand_edited_file(scratch):
    spec, out = scratch
    path = out / "include/uapi/fwctl/fwctl.h"
    path.write_text(path.read_text().replace("0x9a", "0x9b"))
    before = snapshot(out)
    result = gen(spec, out, "--check")
    assert result.code == 1
    assert "generated/include/uapi/fwctl/fwctl.h: differs" in result.err
    assert snapshot(out) == before


def test_check_sees_spec_edit_and_stray_file(scratch):
    spec, out = scratch
    text = (spec / "fwctl.yaml").read_text()
    (spec / "fwctl.yaml").write_text(text.replace("value: 0x9a", "value: 0x9c"))
    (out / "kernel" / "stray.h").write_text("/* left over */\n")
    result = gen(spec, out, "--check")
    assert result.code == 1
    assert "generated/include/uapi/fwctl/fwctl.h: differs" in result.err
    assert "generated/kernel/stray.h: not produced by the spec" in result.err


def test_output_is_deterministic_and_location_free(tmp_path):
    outs = []
    for name in ("a", "b"):
        out = tmp_path / name / "generated"
        result = gen(os.path.join(REPO, "spec"), out)
        assert result.code == 0, result.err
        outs.append(snapshot(out))
    first = {k: v[1] for k, v in outs[0].items()}
    assert first == {k: v[1] for k, v in outs[1].items()}
    committed = {k: v[1] for k, v in snapshot(os.path.join(REPO, "generated")).items()}
    assert first == committed
    date = re.compile(rb"\b20\d\d-\d\d-\d\d\b|\d\d:\d\d:\d\d")
    for path, data in first.items():
        assert str(tmp_path).encode() not in data and REPO.encode() not in data, path
        assert not date.search(data), path
        assert data.startswith((b"/* SPDX-License-Identifier:", b"// SPDX-License-Identifier:",
                                b"# SPDX-License-Identifier:", b".. ")), path


def test_new_vendor_needs_only_yaml(scratch):
    spec, out = scratch
    os.makedirs(spec / "acme")
    (spec / "acme" / "acme.yaml").write_text(ACME)
    result = gen(spec, out)
    assert result.code == 0, result.err
    scope = (out / "kernel" / "acme_scope.h").read_text()
    assert "static inline bool acme_rpc_scope_allowed(" in scope
    assert "case 0x1: /* NOP */" in scope and "return scope >= FWCTL_RPC_DEBUG_WRITE;" in scope
    assert (out / "userspace" / "acme_layouts.h").exists()
    assert "\tACME_OP_NOP = 0x0001,\n" in (out / "userspace" / "acme_defs.h").read_text()
    assert "ACME_OP_" in (out / "userspace" / "acme_reflect.c").read_text()
    assert '{"NOP", 0x1, 2, 0, NULL, -1, -1, NULL, 0},' in (out / "userspace" / "acme_catalog.c").read_text()
    assert "NOP" in (out / "docs" / "acme.rst").read_text()
    changed = [line for line in result.out.splitlines() if line.startswith("regen: wrote")]
    assert sorted(changed) == sorted(
        f"regen: wrote generated/{p}" for p in (
            "docs/acme.rst", "docs/index.rst", "kernel/acme_scope.h", "userspace/acme_defs.h",
            "userspace/acme_layouts.h", "userspace/acme_catalog.c", "userspace/meson.build",
            "userspace/acme_reflect.c", "userspace/acme_reflect.h", "userspace/fwctl_names.c"))
    assert "&acme_family_tables," in (out / "userspace" / "fwctl_names.c").read_text()
    shutil.rmtree(spec / "acme")
