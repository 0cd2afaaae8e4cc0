"""The message model on a test family (tests/families/msg, not shipped):
libfwctl and the fwctl CLI are built on the generated family with gcc and
clang (-Werror, AddressSanitizer, UBSan) and decode, encode and run its
messages: a union selected by the request, a payload selected by a field of
the reply, counted arrays and strings.  Expected values come from buffers
packed here with Python's struct module, independently of the generator.
"""
from __future__ import annotations

import json
import os
import struct

import pytest

from families import SANITIZE, build_fake_ioctl, build_program, fake_sysfs, generate, run_program

COMPILERS = ["gcc", "clang"]
PDS = 4  # enum fwctl_device_type


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("msg"), ["msg"])


@pytest.fixture(scope="module", params=COMPILERS)
def cli(request, tree, tmp_path_factory):
    """The fwctl CLI built on the msg family (and the core) alone."""
    _, out = tree
    build = str(tmp_path_factory.mktemp(f"cli-{request.param}"))
    return build_program(request.param, out, build, None, ["-O1", "-g", *SANITIZE], cli=True)


def decode(cli, layout, data: bytes, *args):
    rc, out, err = run_program(cli, "-j", "msg", "decode", layout, *args, stdin=data.hex().encode())
    assert (rc, err) == (0, ""), err
    return json.loads(out)


HEADER = struct.pack("<HHI", 0, 0, 0)  # status OK, reserved, len


def info_page(version: int, name: bytes) -> bytes:
    return struct.pack("<I16s", version, name)


def query_reply(page: bytes, samples: list[int], n_samples: int) -> bytes:
    return HEADER + page + struct.pack("<HH", n_samples, 0) + struct.pack(f"<{len(samples)}I", *samples)


def test_union_selected_by_the_request(cli):
    page = info_page(7, b"eth-port")
    reply = query_reply(page, [], 0)
    got = decode(cli, "query_rsp", reply, "kind=INFO")
    assert got["page"] == {"info": {"version": 7, "name": "eth-port"}}
    assert got["status"] == "OK"
    rx, tx, errors = struct.unpack("<QQI", page)
    assert decode(cli, "query_rsp", reply, "kind=STATS")["page"] == \
        {"stats": {"rx": rx, "tx": tx, "errors": errors}}
    assert decode(cli, "query_rsp", reply, "--command", "QUERY", "kind=2")["page"] == \
        {"stats": {"rx": rx, "tx": tx, "errors": errors}}
    # a kind the spec does not describe: marked raw bytes
    assert decode(cli, "query_rsp", reply, "kind=9")["page"] == {"selector": 9, "raw_hex": page.hex()}
    # no request: every member
    assert set(decode(cli, "query_rsp", reply)["page"]) == {"info", "stats"}


def test_counted_array(cli):
    page = info_page(1, b"x")
    assert decode(cli, "query_rsp", query_reply(page, [10, 11, 12, 13], 2))["samples"] == [10, 11]
    # a count larger than the buffer: what the buffer holds
    assert decode(cli, "query_rsp", query_reply(page, [10, 11, 12], 9))["samples"] == [10, 11, 12]
    # counted in bytes of the whole reply, header included: (8 + 6 - 8) / 2
    log = struct.pack("<HHI", 0, 0, 8 + 6) + struct.pack("<5H", 1, 2, 3, 4, 5)
    assert decode(cli, "log_rsp", log)["entries"] == [1, 2, 3]


def obj_reply(obj_type: int, body: bytes) -> bytes:
    return HEADER + struct.pack("<HH", obj_type, len(body)) + body


def test_payload_selected_by_the_reply(cli):
    port = struct.pack("<I8s", 25000, b"uplink")
    assert decode(cli, "obj_rsp", obj_reply(0x10, port))["body"] == \
        {"port_obj": {"speed": 25000, "label": "uplink"}}
    fan = struct.pack("<HBx", 1200, 50)
    got = decode(cli, "obj_rsp", obj_reply(0x20, fan))
    assert (got["obj_type"], got["body"]) == ("FAN", {"fan_obj": {"rpm": 1200, "duty": 50}})
    # unknown type, or a body too short for its layout: raw bytes
    assert decode(cli, "obj_rsp", obj_reply(0x30, fan))["body"] == {"selector": 0x30, "raw_hex": fan.hex()}
    assert decode(cli, "obj_rsp", obj_reply(0x10, fan))["body"] == {"selector": 0x10, "raw_hex": fan.hex()}


def test_numeric_output(cli):
    reply = query_reply(info_page(7, b"ab"), [5], 1)
    rc, out, err = run_program(cli, "-n", "-j", "msg", "decode", "query_rsp", "kind=INFO",
                               stdin=reply.hex().encode())
    assert rc == 0, err
    got = json.loads(out)
    assert got["status"] == 0
    assert got["page"]["info"]["name"] == list(b"ab") + [0] * 14


def test_encode_selected_payload(cli):
    rc, out, err = run_program(cli, "msg", "encode", "obj_rsp", "obj_type=FAN", "body.fan_obj.rpm=1200",
                               "body.fan_obj.duty=50")
    assert rc == 0, err
    # the buffer grows by the payload layout; body_bytes is left as given (0)
    assert bytes.fromhex("".join(out.split())) == HEADER + struct.pack("<HH", 0x20, 0) + \
        struct.pack("<HBx", 1200, 50)


def test_catalog(cli):
    rc, out, err = run_program(cli, "msg", "catalog", "-j")
    assert rc == 0, err
    assert [(c["name"], c["opcode"], c["min_scope"]) for c in json.loads(out)] == [
        ("QUERY", 1, "configuration"), ("GET_OBJ", 2, "debug_read_only"), ("READ_LOG", 3, "debug_read_only")]


def test_run_builds_the_request_and_decodes_with_it(cli, tree, tmp_path):
    _, out = tree
    env = fake_sysfs(str(tmp_path / "root"))
    log = str(tmp_path / "rpc.log")
    page = struct.pack("<QQI", 1000, 2000, 3)
    env.update({"LD_PRELOAD": build_fake_ioctl(out, str(tmp_path)), "FAKE_FWCTL_TYPE": str(PDS),
                "FAKE_FWCTL_LOG": log, "FAKE_FWCTL_REPLY": query_reply(page, [], 0).hex()})
    rc, text, err = run_program(cli, "-j", "msg", "run", "fwctl1", "QUERY", "kind=STATS", "obj=0x1234", env=env)
    assert rc == 0, err
    got = json.loads(text)
    assert (got["status"], got["syndrome"], got["scope"]) == ("OK", 0, "configuration")
    assert got["out"]["page"] == {"stats": {"rx": 1000, "tx": 2000, "errors": 3}}
    with open(log, encoding="utf-8") as handle:
        sent = handle.read().split()
    assert sent == ["scope=0", "in=" + struct.pack("<HBBHH", 1, 2, 0, 0x1234, 0).hex()]
    # a firmware failure is read from the family's 16-bit status
    env["FAKE_FWCTL_REPLY"] = struct.pack("<HHI", 1, 0, 0).hex()
    rc, text, err = run_program(cli, "msg", "run", "fwctl1", "GET_OBJ", env=env)
    assert rc == 1
    assert "FAIL" in err
    # the family's rejection errno (EPERM) is named as the driver's
    env["FAKE_FWCTL_ERRNO"] = "1"
    rc, text, err = run_program(cli, "msg", "run", "fwctl1", "GET_OBJ", env=env)
    assert (rc, text) == (1, "")
    assert "rejected" in err and "MSG_OP_GET_OBJ" in err
