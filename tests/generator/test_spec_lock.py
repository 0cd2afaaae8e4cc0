"""The ABI lock on the spec (issue 16): a changed or vanished released value
fails abi-check with the spec file and line; additions and scope changes
pass; abi-update records a deliberate change.  Every case edits a copy of
the spec and checks it against the committed lock in abi/spec."""
from __future__ import annotations

import os
import re
import shutil

from conftest import REPO, run_generator

LOCK = os.path.join(REPO, "abi", "spec")


def edit(spec, rel: str, old: str, new: str) -> str:
    """Replace the one occurrence of ``old`` in spec/rel; returns the new text."""
    path = os.path.join(spec, rel)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return text


def line_of(text: str, needle: str) -> int:
    """1-based line of the one line of ``text`` that contains ``needle``."""
    lines = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    assert len(lines) == 1, needle
    return lines[0]


def check(spec, lock: str = LOCK):
    return run_generator("--spec", str(spec), "abi-check", "--lock", lock)


def test_repository_spec_matches_its_lock():
    result = run_generator("abi-check")
    assert result.code == 0, result.err
    assert "unchanged" in result.out


def fails_at(spec, rel: str, text: str, anchor: str, message: str) -> str:
    """abi-check of ``spec`` fails with ``message`` at the line of ``anchor``
    in spec/rel (whose new content is ``text``); returns stderr."""
    result = check(spec)
    assert result.code == 1, result.out
    assert f"spec/{rel}:{line_of(text, anchor)}: {message}" in result.err, result.err
    return result.err


def test_renumbered_opcode_fails_with_file_and_line(scratch):
    spec, _ = scratch
    text = edit(spec, "mlx5/commands.yaml", "opcode: 0x101\n", "opcode: 0x1ff\n")
    err = fails_at(spec, "mlx5/commands.yaml", text, "- name: QUERY_ADAPTER",
                   "QUERY_ADAPTER: mlx5.opcode.QUERY_ADAPTER is locked at 0x101")
    assert "now gives 0x1ff" in err


def test_moved_uapi_member_fails_with_file_and_line(scratch):
    spec, _ = scratch
    with open(os.path.join(spec, "fwctl.yaml"), encoding="utf-8") as handle:
        block = re.search(r"( +- name: in_len\n(?: {10}.*\n)+)( +- name: out_len\n(?: {10}.*\n)+)", handle.read())
    assert block
    # swap in_len and out_len of struct fwctl_rpc (upstream: in_len at 8, out_len at 12)
    text = edit(spec, "fwctl.yaml", block.group(0), block.group(2) + block.group(1))
    err = fails_at(spec, "fwctl.yaml", text, "- name: in_len",
                   "struct fwctl_rpc.in_len: fwctl.struct.fwctl_rpc.in_len is locked at offset 8 size 4")
    assert "now gives offset 12 size 4" in err


def test_changed_enum_value_fails_with_file_and_line(scratch):
    spec, _ = scratch
    text = edit(spec, "mlx5/family.yaml", "{name: BAD_PARAM, value: 0x3,", "{name: BAD_PARAM, value: 0x33,")
    fails_at(spec, "mlx5/family.yaml", text, "{name: BAD_PARAM,",
             "MLX5_CMD_STAT_BAD_PARAM: mlx5.enum.cmd_status.BAD_PARAM is locked at 0x3")


def test_removed_layout_field_fails(scratch):
    spec, _ = scratch
    head = "  - name: query_hca_cap_in\n    fields:\n"
    fields = ("      - {name: opcode, bits: 16}\n      - {reserved: 16}\n      - {reserved: 16}\n"
              "      - {name: op_mod, bits: 16}\n      - {name: other_function, bits: 1}\n      - {reserved: 15}\n")
    text = edit(spec, "mlx5/layouts.yaml", head + fields + "      - {name: function_id, bits: 16}\n",
                head + fields + "      - {reserved: 16}\n")
    # PRM: function_id is the low half of dword 2 of query_hca_cap_in
    fails_at(spec, "mlx5/layouts.yaml", text, "- name: query_hca_cap_in",
             "query_hca_cap_in: mlx5.layout.query_hca_cap_in.function_id = bit 80 width 16 is locked")


def test_added_opcode_passes_and_scope_change_is_reported(scratch):
    spec, _ = scratch
    edit(spec, "mlx5/commands.yaml", "    - name: QUERY_ADAPTER\n      opcode: 0x101\n      scope: configuration\n",
         "    - name: QUERY_ADAPTER\n      opcode: 0x101\n      scope: debug_read_only\n")
    edit(spec, "mlx5/commands.yaml", "    - name: QUERY_SCHED_QUEUE\n",
         "    - name: QUERY_NEW_THING\n      opcode: 0x8007\n      scope: debug_read_only\n"
         "      doc: A command added after the lock.\n    - name: QUERY_SCHED_QUEUE\n")
    result = check(spec)
    assert result.code == 0, result.err
    assert "QUERY_ADAPTER: scope rule changed: configuration -> debug_read_only" in result.out
    assert "1 value(s) not locked yet" in result.out or "2 value(s) not locked yet" in result.out


def test_update_records_a_deliberate_change(scratch, tmp_path):
    spec, _ = scratch
    lock = str(tmp_path / "lock")
    shutil.copytree(LOCK, lock)
    edit(spec, "mlx5/commands.yaml", "opcode: 0x101\n", "opcode: 0x1ff\n")
    assert check(spec, lock).code == 1
    update = run_generator("--spec", str(spec), "abi-update", "--lock", lock)
    assert update.code == 0, update.err
    with open(os.path.join(lock, "mlx5.lock"), encoding="utf-8") as handle:
        assert "mlx5.opcode.QUERY_ADAPTER = 0x1ff\n" in handle.read()
    assert check(spec, lock).code == 0


def test_a_family_gone_from_the_spec_fails(scratch, tmp_path):
    spec, _ = scratch
    lock = str(tmp_path / "lock")
    shutil.copytree(LOCK, lock)
    with open(os.path.join(lock, "gone.lock"), "w", encoding="utf-8") as handle:
        handle.write("gone.opcode.X = 0x1\n")
    result = check(spec, lock)
    assert result.code == 1
    assert "gone.opcode.X = 0x1 is locked" in result.err
