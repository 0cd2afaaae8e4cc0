#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Command line tests of the fwctl CLI (DESIGN.md contract C4).

Usage: test_cli.py PATH_TO_FWCTL PATH_TO_FAKE_IOCTL_SO

The second library is preloaded to stand in for an fwctl device
(test_cli_fake_ioctl.c), so "mlx5 run" is tested without a kernel.

Expected buffers are built here with an independent big-endian bit packer;
expected catalogue entries come from the upstream mlx5 fwctl allowlist.
"""

import json
import os
import struct
import subprocess
import sys
import tempfile
import unittest

FWCTL = None
FAKE_IOCTL = None
SCOPES = ["configuration", "debug_read_only", "debug_write", "debug_write_full"]


def run(*args, stdin=b"", env=None):
    full_env = dict(os.environ)
    full_env.update(env or {})
    p = subprocess.run([FWCTL, *args], input=stdin, capture_output=True,
                       env=full_env, timeout=30, check=False)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def pack_be(size, fields):
    """Bytes of a PRM layout: fields = [(bit_offset, width, value)], bit 0 =
    MSB of the first big-endian byte."""
    value = 0
    for off, width, v in fields:
        assert v < (1 << width)
        value |= v << (size * 8 - off - width)
    return value.to_bytes(size, "big")


def hex_bytes(text):
    return bytes.fromhex("".join(text.split()))


class Catalog(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        rc, out, err = run("mlx5", "catalog", "-j")
        assert rc == 0, err
        cls.catalog = json.loads(out)
        cls.by_name = {c["name"]: c for c in cls.catalog}

    def test_shape(self):
        self.assertIsInstance(self.catalog, list)
        self.assertGreaterEqual(len(self.catalog), 90)
        for c in self.catalog:
            self.assertLessEqual(set(c), {"name", "opcode", "min_scope",
                                          "op_mod_rules"}, c)
            self.assertRegex(c["name"], r"^[A-Z0-9_]+$")
            self.assertFalse(c["name"].startswith("MLX5_CMD_OP_"))
            self.assertIsInstance(c["opcode"], int)
            self.assertIn(c["min_scope"], SCOPES + [None])
            if "op_mod_rules" in c:
                self.assertTrue(c["op_mod_rules"])
                for r in c["op_mod_rules"]:
                    self.assertEqual(set(r), {"op_mod", "min_scope"})
                    self.assertIsInstance(r["op_mod"], int)
                    self.assertIn(r["min_scope"], SCOPES)
        self.assertEqual(len(self.by_name), len(self.catalog))

    def test_known_commands(self):
        want = {
            "QUERY_HCA_CAP": (0x100, "configuration"),
            "QUERY_ADAPTER": (0x101, "configuration"),
            "SET_HCA_CAP": (0x109, "configuration"),
            "QUERY_ISSI": (0x10a, "debug_read_only"),
            "NOP": (0x80d, "debug_read_only"),
            "QUERY_VPORT_STATE": (0x750, "debug_read_only"),
            "SET_DIAGNOSTIC_PARAMS": (0x820, "debug_write"),
            "ACCESS_REG": (0x805, "debug_read_only"),
            "CREATE_UCTX": (0xa04, None),
            "DESTROY_UCTX": (0xa06, None),
        }
        for name, (opcode, scope) in want.items():
            c = self.by_name[name]
            self.assertEqual((c["opcode"], c["min_scope"]), (opcode, scope),
                             name)
        self.assertEqual(self.by_name["ACCESS_REG"]["op_mod_rules"],
                         [{"op_mod": 0, "min_scope": "configuration"}])
        self.assertNotIn("op_mod_rules", self.by_name["QUERY_HCA_CAP"])

    def test_text_and_pretty(self):
        rc, out, _ = run("mlx5", "catalog")
        self.assertEqual(rc, 0)
        self.assertRegex(out, r"QUERY_HCA_CAP\s+0x0100 configuration")
        rc, out, _ = run("-p", "mlx5", "catalog", "-j")
        self.assertEqual(rc, 0)
        self.assertEqual(json.loads(out), self.catalog)
        self.assertIn("\n  ", out)


class EncodeDecode(unittest.TestCase):
    QHC_IN = pack_be(16, [(0, 16, 0x100), (48, 16, 1), (64, 1, 1),
                          (80, 16, 0x1234)])

    def test_encode_query_hca_cap_in(self):
        rc, out, err = run("mlx5", "encode", "query_hca_cap_in",
                           "opcode=0x100", "op_mod=1", "other_function=1",
                           "function_id=4660")
        self.assertEqual(rc, 0, err)
        self.assertEqual(hex_bytes(out), self.QHC_IN)
        self.assertRegex(out, r"^[0-9a-f\s]+$")

    def test_encode_nested_and_enum(self):
        # cmd_hca_cap.log_max_qp is 5 bits at 0x9b; capability at 0x80
        rc, out, err = run("mlx5", "encode", "query_hca_cap_out",
                           "capability.cmd_hca_cap.log_max_qp=18",
                           "status=3", "syndrome=0xdeadbeef")
        self.assertEqual(rc, 0, err)
        size = len(hex_bytes(out))
        self.assertEqual(size, 16 + 0x1000)
        self.assertEqual(hex_bytes(out), pack_be(size, [
            (0, 8, 3), (32, 32, 0xdeadbeef), (0x80 + 0x9b, 5, 18)]))

    def test_encode_enum_name(self):
        rc, out, err = run("mlx5", "encode", "mbox_out_hdr",
                           "status=BAD_PARAM")
        self.assertEqual(rc, 0, err)
        self.assertEqual(hex_bytes(out), pack_be(16, [(0, 8, 3)]))

    def test_encode_all_zero(self):
        rc, out, _ = run("mlx5", "encode", "mbox_in_hdr")
        self.assertEqual((rc, hex_bytes(out)), (0, bytes(16)))

    def test_decode_hex(self):
        text = " ".join("%02X" % b for b in self.QHC_IN) + "\n"
        rc, out, err = run("mlx5", "decode", "query_hca_cap_in", "-j",
                           stdin=text.encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out), {"opcode": 0x100, "op_mod": 1,
                                           "other_function": 1,
                                           "function_id": 0x1234})

    def test_decode_binary_and_text(self):
        buf = pack_be(16, [(0, 8, 2), (32, 32, 0x1234)])
        rc, out, err = run("mlx5", "decode", "mbox_out_hdr", "--binary",
                           "-j", stdin=buf)
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out),
                         {"status": "BAD_OP", "syndrome": 0x1234})
        rc, out, err = run("-n", "mlx5", "decode", "mbox_out_hdr",
                           "--binary", "-j", stdin=buf)
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out), {"status": 2, "syndrome": 0x1234})
        rc, out, err = run("mlx5", "decode", "mbox_out_hdr", stdin=buf.hex()
                           .encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, "status: BAD_OP\nsyndrome: 4660\n")
        rc, out, err = run("mlx5", "decode", "mbox_out_hdr", "--numeric",
                           stdin=buf.hex().encode())
        self.assertEqual(out, "status: 2\nsyndrome: 4660\n")

    def test_decode_arrays_and_unions(self):
        # query_adapter_out: query_adapter_struct.vsd is an array of u8
        rc, hexout, err = run("mlx5", "encode", "query_adapter_out",
                              "query_adapter_struct.vsd[0]=0x41",
                              "query_adapter_struct.vsd[1]=0xab",
                              "query_adapter_struct.vsd_contd_psid[0]=0x4d",
                              "query_adapter_struct.vsd_contd_psid[1]=0x54")
        self.assertEqual(rc, 0, err)
        rc, out, err = run("mlx5", "decode", "query_adapter_out", "-j", "-n",
                           stdin=hexout.encode())
        self.assertEqual(rc, 0, err)
        vsd = json.loads(out)["query_adapter_struct"]["vsd"]
        self.assertEqual(len(vsd), 208)
        self.assertEqual(vsd[:3], [0x41, 0xab, 0])
        # strings as text without -n: up to the NUL, other bytes escaped
        rc, out, err = run("mlx5", "decode", "query_adapter_out", "-j",
                           stdin=hexout.encode())
        st = json.loads(out)["query_adapter_struct"]
        self.assertEqual((st["vsd"], st["vsd_contd_psid"]), ("A\\xab", "MT"))
        rc, out, err = run("mlx5", "encode", "query_hca_cap_out")
        rc, out, err = run("mlx5", "decode", "query_hca_cap_out", "-j",
                           stdin=out.encode())
        cap = json.loads(out)["capability"]
        self.assertIn("cmd_hca_cap", cap)
        self.assertIn("roce_cap", cap)
        self.assertFalse([k for k in json.dumps(cap).split('"')
                          if k.startswith("reserved")])


class PdsCxlOffline(unittest.TestCase):
    """The generic family commands on pds and CXL (no pds/CXL code in the
    CLI); expected values from upstream's headers and drivers."""

    def test_cxl_catalog(self):
        rc, out, err = run("cxl", "catalog", "-j")
        self.assertEqual(rc, 0, err)
        self.assertEqual([(c["name"], c["opcode"], c["min_scope"]) for c in json.loads(out)],
                         [("GET_SUPPORTED_FEATURES", 0x500, "configuration"),
                          ("GET_FEATURE", 0x501, "configuration"),
                          ("SET_FEATURE", 0x502, "configuration")])
        self.assertEqual(json.loads(out)[2]["firmware_scopes"],
                         ["feat_cap_write", "feat_flags", "set_effects", "feature_uuid"])

    def test_scopes(self):
        rc, out, err = run("cxl", "scopes", "-j")
        self.assertEqual(rc, 0, err)
        maps = {m["name"]: m for m in json.loads(out)["maps"]}
        effects = maps["set_effects"]
        self.assertEqual([(e.get("any"), e.get("scope", e.get("deny"))) for e in effects["map"]],
                         [(0xf000, "EINVAL"), (0x40, "EINVAL"), (0x1e, "debug_write_full"),
                          (0x401 | 0x800, "debug_write")])
        self.assertEqual(effects["default_deny"], "EINVAL")
        self.assertIn({"name": "PATROL_SCRUB", "value": "96dad7d6fde8482ba73375774e06db8a",
                       "deny": "EPERM"}, maps["feature_uuid"]["map"])
        rc, out, err = run("pds", "scopes", "-j")
        self.assertEqual(rc, 0, err)
        pds = json.loads(out)
        self.assertEqual(pds["every_command"], ["attr"])
        self.assertEqual(pds["maps"][0]["default"], "debug_write_full")
        self.assertEqual({e["value"]: e["scope"] for e in pds["maps"][0]["map"]},
                         {0x00: "configuration", 0x04: "configuration", 0x10: "configuration",
                          0x02: "debug_read_only", 0x08: "debug_write"})

    def test_pds_encode_decode(self):
        rc, out, err = run("pds", "encode", "fwctl_rpc_pds", "in.op=0x20007", "in.ep=3",
                           "out.len=0x100")
        self.assertEqual(rc, 0, err)
        self.assertEqual(hex_bytes(out), struct.pack("<4IQ4IQ", 0x20007, 3, 0, 0, 0, 0, 0, 0, 0x100, 0))
        rc, out, err = run("pds", "decode", "fwctl_rpc_pds", "-j",
                           stdin=struct.pack("<4IQ4IQ", 1, 2, 0, 4, 5, 6, 0, 0, 8, 9).hex().encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out), {
            "in": {"op": 1, "ep": 2, "rsvd": 0, "len": 4, "payload": 5},
            "out": {"retval": 6, "rsvd": [0, 0], "len": 8, "payload": 9}})

    def test_cxl_decode_selected_by_opcode(self):
        # struct fwctl_rpc_cxl: GET_FEATURE (0x501), op_size 21, then
        # cxl_mbox_get_feat_in {uuid, offset le16, count le16, selection u8}
        data = struct.pack("<4I", 0x501, 0, 21, 0) + bytes(range(16)) + struct.pack("<HHB", 2, 0x40, 1)
        data += bytes(48 - len(data))
        rc, out, err = run("cxl", "decode", "fwctl_rpc_cxl", "-j", stdin=data.hex().encode())
        self.assertEqual(rc, 0, err)
        res = json.loads(out)
        self.assertEqual(res["hdr"], {"opcode": 0x501, "flags": 0, "op_size": 21, "reserved1": 0})
        self.assertEqual(res["op"]["get_feat_in"]["count"], 0x40)
        self.assertEqual(res["op"]["get_feat_in"]["selection"], "DEFAULT_VALUE")


    def test_cxl_reply_payload_selected_by_the_request(self):
        # fwctl_rpc_cxl_out {size 3, retval 0}, then Get Feature's data bytes
        data = struct.pack("<II", 3, 0) + bytes([0xaa, 0xbb, 0xcc]) + bytes(6)
        rc, out, err = run("cxl", "decode", "fwctl_rpc_cxl_out", "--command", "GET_FEATURE", "-j",
                           stdin=data.hex().encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["out"], {"payload": [0xaa, 0xbb, 0xcc, 0, 0, 0, 0, 0, 0]})


class FlexibleAndLongPaths(unittest.TestCase):
    """Review defects: long element paths, flexible arrays in nested layouts."""

    RQ_FIXED = 272  # query_rq_out up to rq_context.wq.pas[0]

    def test_long_path_round_trip(self):
        path = ("capability.per_protocol_networking_offload_caps."
                "lro_timer_supported_periods")
        rc, hexout, err = run("mlx5", "encode", "query_hca_cap_out",
                              path + "[2]=7")
        self.assertEqual(rc, 0, err)
        rc, out, err = run("mlx5", "decode", "query_hca_cap_out",
                           stdin=hexout.encode())
        self.assertEqual(rc, 0, err)
        lines = [l for l in out.splitlines() if "lro_timer_supported" in l]
        self.assertEqual(lines, ["%s[%d]: %d" % (path, i, 7 if i == 2 else 0)
                                 for i in range(4)])

    def test_nested_flexible_array_decodes(self):
        rc, hexout, err = run("mlx5", "encode", "query_rq_out")
        self.assertEqual(rc, 0, err)
        # two cmd_pas elements: pa_h 32 bits, pa_l 20 bits, 12 reserved
        extra = pack_be(8, [(0, 32, 0x11), (32, 20, 0x3)]) + \
            pack_be(8, [(0, 32, 0x22)])
        rc, out, err = run("mlx5", "-j", "decode", "query_rq_out",
                           stdin=(hexout + extra.hex()).encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["rq_context"]["wq"]["pas"],
                         [{"pa_h": 0x11, "pa_l": 3}, {"pa_h": 0x22, "pa_l": 0}])

    def test_encode_grows_for_flexible_elements(self):
        rc, out, err = run("mlx5", "encode", "query_rq_out",
                           "rq_context.wq.pas[1].pa_h=0x5")
        self.assertEqual(rc, 0, err)
        buf = hex_bytes(out)
        self.assertEqual(len(buf), self.RQ_FIXED + 16)
        self.assertEqual(buf, bytes(self.RQ_FIXED + 8) +
                         pack_be(8, [(0, 32, 5)]))

    def test_reply_decoded_with_its_request_selects_the_member(self):
        # roce_cap.roce_apm: bit 0 of the roce_cap page (capability at 0x80)
        rc, hexout, err = run("mlx5", "encode", "query_hca_cap_out",
                              "capability.roce_cap.roce_apm=1")
        self.assertEqual(rc, 0, err)
        self.assertEqual(hex_bytes(hexout)[16], 0x80)
        rc, out, err = run("mlx5", "-j", "decode", "query_hca_cap_out",
                           "op_mod=0x9", stdin=hexout.encode())
        self.assertEqual(rc, 0, err)
        cap = json.loads(out)["capability"]
        self.assertEqual(list(cap), ["roce_cap"])
        self.assertEqual(cap["roce_cap"]["roce_apm"], 1)
        # a capability type the spec does not describe: marked raw hex
        rc, out, err = run("mlx5", "-j", "decode", "query_hca_cap_out",
                           "op_mod=0x7f", stdin=hexout.encode())
        cap = json.loads(out)["capability"]
        self.assertEqual(cap["selector"], 0x3f)
        self.assertEqual(bytes.fromhex(cap["raw_hex"]),
                         hex_bytes(hexout)[16:])

    def test_register_payload_by_register_id(self):
        # PAOS: swid 8, local_port 8, reserved 4, admin_status 4, ...
        paos = pack_be(16, [(8, 8, 1), (20, 4, 1)])
        reply = pack_be(16, [(0, 8, 0)]) + paos
        rc, out, err = run("mlx5", "-j", "decode", "access_register_out",
                           "register_id=PAOS", "op_mod=READ",
                           stdin=reply.hex().encode())
        self.assertEqual(rc, 0, err)
        reg = json.loads(out)["register_data"]["paos_reg"]
        self.assertEqual((reg["local_port"], reg["admin_status"]), (1, "UP"))
        rc, out, err = run("mlx5", "encode", "access_register_in",
                           "register_id=PAOS",
                           "register_data.paos_reg.local_port=1",
                           "register_data.paos_reg.admin_status=UP")
        self.assertEqual(rc, 0, err)
        self.assertEqual(hex_bytes(out)[16:], paos)

    def test_flexible_array_inside_an_element_has_no_room(self):
        rc, out, err = run("mlx5", "encode",
                           "query_packet_reformat_context_out",
                           "packet_reformat_context[0].more_reformat_data[0]=1")
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("more_reformat_data", err)
        self.assertIn("flexible array", err)


class OfflineAccessReg(unittest.TestCase):
    def test_paos_write_request_by_hand(self):
        # encode fills ACCESS_REG's opcode (0x805) itself
        rc, out, err = run("mlx5", "encode", "access_register_in", "op_mod=WRITE",
                           "register_id=PAOS", "register_data.paos_reg.local_port=2",
                           "register_data.paos_reg.admin_status=UP")
        self.assertEqual(rc, 0, err)
        self.assertEqual(hex_bytes(out),
                         pack_be(16, [(0, 16, 0x805), (80, 16, 0x5006)]) +
                         pack_be(16, [(8, 8, 2), (20, 4, 1)]))


class BadInput(unittest.TestCase):
    def check(self, args, stdin=b"", words=()):
        rc, out, err = run(*args, stdin=stdin)
        self.assertEqual(rc, 2, (args, out, err))
        self.assertEqual(out, "", args)
        self.assertTrue(err.startswith("fwctl: "), err)
        for w in words:
            self.assertIn(w, err, args)

    def test_encode_errors(self):
        enc = ["mlx5", "encode", "query_hca_cap_in"]
        self.check(["mlx5", "encode", "no_such_layout"],
                   words=["no_such_layout"])
        self.check(enc + ["bogus=1"], words=["bogus"])
        self.check(enc + ["op_mod=0x10000"], words=["op_mod", "16 bits"])
        self.check(enc + ["op_mod=65536"], words=["op_mod", "16 bits"])
        self.check(enc + ["other_function=2"],
                   words=["other_function", "1 bits", "0..1"])
        self.check(enc + ["op_mod=abc"], words=["op_mod", "16 bits"])
        self.check(enc + ["op_mod=-1"], words=["op_mod", "16 bits"])
        self.check(enc + ["op_mod"], words=["op_mod", "path=value"])
        self.check(["mlx5", "encode", "mbox_out_hdr", "status=NOPE"],
                   words=["status", "8 bits", "BAD_OP"])
        self.check(["mlx5", "encode", "query_adapter_out",
                    "query_adapter_struct.vsd[208]=1"],
                   words=["vsd", "8 bits", "0..207"])
        self.check(["mlx5", "encode", "query_hca_cap_out",
                    "capability.cmd_hca_cap.log_max_qp=32"],
                   words=["log_max_qp", "5 bits", "0..31"])

    def test_decode_errors(self):
        dec = ["mlx5", "decode", "query_hca_cap_in"]
        self.check(["mlx5", "decode", "no_such_layout"], b"00",
                   words=["no_such_layout"])
        self.check(dec, b"zz" * 16, words=["hex"])
        self.check(dec, b"0" * 31, words=["odd"])
        self.check(dec, b"00" * 15, words=["16 bytes", "15"])
        self.check(dec, b"00" * 17, words=["16 bytes", "17"])
        self.check(dec + ["--binary"], bytes(15), words=["16 bytes"])

    def test_usage_errors(self):
        self.check([])
        self.check(["frobnicate"], words=["frobnicate"])
        self.check(["--bogus"])
        self.check(["list", "extra"])
        self.check(["info"])
        self.check(["mlx5"])
        self.check(["mlx5", "frob"], words=["frob"])
        self.check(["mlx5", "encode"])
        self.check(["mlx5", "decode", "a", "b"])
        self.check(["mlx5", "decode", "mbox_in_hdr", "--scope", "x"])
        self.check(["mlx5", "run", "fwctl0"])

    def test_run_input_errors_before_device(self):
        run_ = ["mlx5", "run", "no-such-device"]
        self.check(run_ + ["NO_SUCH_CMD"], words=["NO_SUCH_CMD"])
        self.check(run_ + ["QUERY_HCA_CAP", "op_mod=0x10000"],
                   words=["op_mod", "16 bits"])
        self.check(run_ + ["QUERY_HCA_CAP", "--scope", "root"],
                   words=["root", "debug_read_only"])
        self.check(run_ + ["CREATE_UCTX"], words=["CREATE_UCTX",
                                                  "not allowed"])
        self.check(run_ + ["SET_DIAGNOSTIC_PARAMS"],
                   words=["debug_write", "taints"])
        self.check(run_ + ["QUERY_HCA_CAP"], words=["no-such-device"])


class Help(unittest.TestCase):
    def test_help_everywhere(self):
        for args in (["--help"], ["-h"], ["list", "--help"],
                     ["info", "--help"], ["mlx5", "--help"],
                     ["mlx5", "catalog", "--help"], ["mlx5", "run", "-h"],
                     ["mlx5", "encode", "--help"],
                     ["mlx5", "decode", "--help"]):
            rc, out, err = run(*args)
            self.assertEqual((rc, err), (0, ""), args)
            self.assertIn("Usage", out, args)


class FakeSysfs(unittest.TestCase):
    """A fake sysfs with fwctl1, whose device number is /dev/null's."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        root = self.tmp.name
        null = os.stat("/dev/null").st_rdev
        pci = os.path.join(root, "sys/devices/pci0000:00/0000:08:00.1")
        entry = os.path.join(pci, "fwctl/fwctl1")
        os.makedirs(entry)
        os.makedirs(os.path.join(pci, "net/eth1"))
        os.makedirs(os.path.join(pci, "infiniband/mlx5_1"))
        with open(os.path.join(entry, "dev"), "w") as f:
            f.write("%d:%d\n" % (os.major(null), os.minor(null)))
        os.symlink("../..", os.path.join(entry, "device"))
        os.makedirs(os.path.join(root, "sys/class/fwctl"))
        os.symlink(entry, os.path.join(root, "sys/class/fwctl/fwctl1"))
        os.makedirs(os.path.join(root, "dev/fwctl"))
        os.symlink("/dev/null", os.path.join(root, "dev/fwctl/fwctl1"))
        self.env = {"FWCTL_SYSFS_CLASS": os.path.join(root, "sys/class/fwctl"),
                    "FWCTL_DEV_DIR": os.path.join(root, "dev")}

    def tearDown(self):
        self.tmp.cleanup()


class Devices(FakeSysfs):
    """list/info/run where the node is no fwctl device."""

    def test_list(self):
        rc, out, err = run("list", "-j", env=self.env)
        self.assertEqual(rc, 0, err)
        null = os.stat("/dev/null").st_rdev
        # /dev/null answers no FWCTL_INFO: the type is unknown
        self.assertEqual(json.loads(out), [{
            "name": "fwctl1", "type": None,
            "dev": "%d:%d" % (os.major(null), os.minor(null)),
            "parent": "0000:08:00.1", "pci_address": "0000:08:00.1",
            "driver": None, "netdevs": ["eth1"], "rdma_devs": ["mlx5_1"]}])
        rc, out, err = run("list", env=self.env)
        self.assertEqual(rc, 0, err)
        self.assertIn("fwctl1: dev", out)
        self.assertIn("pci 0000:08:00.1", out)

    def test_info_on_a_node_without_fwctl(self):
        for dev in ("fwctl1", "08:00.1", "eth1", "mlx5_1"):
            rc, out, err = run("info", dev, env=self.env)
            self.assertEqual((rc, out), (1, ""), dev)
            self.assertIn("FWCTL_INFO", err)
            self.assertIn("no fwctl support", err)

    def test_run_on_a_node_without_fwctl(self):
        rc, out, err = run("mlx5", "run", "eth1", "QUERY_HCA_CAP", "-j",
                           env=self.env)
        self.assertEqual((rc, out), (1, ""))
        self.assertIn("FWCTL_INFO", err)

    def test_not_found(self):
        rc, out, err = run("info", "eth7", env=self.env)
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("eth7", err)


class BrokenEntries(FakeSysfs):
    """One broken class entry among healthy ones: fwctl2's dev file is not
    MAJOR:MINOR; fwctl3's parent has a 200-character driver name."""

    DRIVER = "d" * 200

    def setUp(self):
        super().setUp()
        root = self.tmp.name
        for name, dev in (("fwctl2", "abc"), ("fwctl3", "240:3\n")):
            entry = os.path.join(root, "sys/devices/virtual/fwctl", name)
            os.makedirs(entry)
            self.write_dev(name, dev)
            os.symlink(entry, os.path.join(root, "sys/class/fwctl", name))
        driver = os.path.join(root, "sys/bus/pci/drivers", self.DRIVER)
        os.makedirs(driver)
        os.symlink(driver, os.path.join(root, "sys/devices/virtual/driver"))
        os.symlink("../..", os.path.join(
            root, "sys/devices/virtual/fwctl/fwctl3/device"))

    def write_dev(self, name, text):
        with open(os.path.join(self.tmp.name, "sys/devices/virtual/fwctl",
                               name, "dev"), "w") as f:
            f.write(text)

    def assert_reports_fwctl2(self, err):
        self.assertEqual(len(err.splitlines()), 1, err)
        self.assertRegex(err, r"^fwctl: fwctl2: \S*/fwctl2/dev: not in "
                         r"MAJOR:MINOR form\n$")

    def test_list_skips_broken_entry(self):
        for bad in ("abc", "", "12", "1:2:3"):
            self.write_dev("fwctl2", bad)
            rc, out, err = run("list", "-j", env=self.env)
            self.assertEqual(rc, 0, err)
            self.assertEqual([d["name"] for d in json.loads(out)],
                             ["fwctl1", "fwctl3"], bad)
            self.assert_reports_fwctl2(err)
            rc, out, err = run("list", env=self.env)
            self.assertEqual(rc, 0, err)
            self.assertEqual([line.split(":")[0] for line in out.splitlines()],
                             ["fwctl1", "fwctl3"], bad)
            self.assert_reports_fwctl2(err)

    def test_list_long_driver_name(self):
        self.write_dev("fwctl2", "240:2\n")
        rc, out, err = run("list", "-j", env=self.env)
        self.assertEqual((rc, err), (0, ""))
        self.assertEqual([d["driver"] for d in json.loads(out)],
                         [None, None, self.DRIVER])
        rc, out, err = run("list", env=self.env)
        self.assertIn("fwctl3: dev 240:3 parent virtual driver " + self.DRIVER
                      + "\n", out)

    def test_info_on_broken_entry(self):
        rc, out, err = run("info", "fwctl2", env=self.env)
        self.assertEqual((rc, out), (1, ""))
        self.assert_reports_fwctl2(err)

    def test_info_on_healthy_entry(self):
        rc, out, err = run("info", "fwctl1", env=self.env)
        self.assertEqual((rc, out), (1, ""))
        self.assertIn("fwctl: fwctl1: ", err)
        self.assertIn("FWCTL_INFO", err)
        self.assertNotIn("fwctl2", err)


class FakeDevice(FakeSysfs):
    """FWCTL_INFO/FWCTL_RPC answered by the preloaded fake device."""

    def setUp(self):
        super().setUp()
        self.log = os.path.join(self.tmp.name, "rpc.log")
        self.env.update({"LD_PRELOAD": FAKE_IOCTL,
                         "ASAN_OPTIONS": "verify_asan_link_order=0",
                         "FAKE_FWCTL_LOG": self.log})

    def fwctl(self, *args, **fake):
        env = dict(self.env)
        env.update({"FAKE_FWCTL_" + k.upper(): str(v)
                    for k, v in fake.items()})
        return run(*args, env=env)

    def sent(self):
        """(scope, request bytes) of every RPC the fake device got."""
        if not os.path.exists(self.log):
            return []
        with open(self.log) as f:
            return [(int(line.split()[0][6:]), bytes.fromhex(line.split()[1][3:]))
                    for line in f]



class Run(FakeDevice):
    """"mlx5 run" and "info" against the fake device."""

    def test_list_shows_the_type_info_reports(self):
        for number, name in ((1, "mlx5"), (3, "bnxt"), (4, "pds")):
            rc, out, err = self.fwctl("list", "-j", type=number)
            self.assertEqual(rc, 0, err)
            self.assertEqual([d["type"] for d in json.loads(out)], [name])
            rc, out, err = self.fwctl("list", type=number)
            self.assertEqual(rc, 0, err)
            self.assertTrue(out.startswith("fwctl1: type %s dev " % name), out)
        # a type this tool does not know: its number
        rc, out, err = self.fwctl("list", "-j", type=77)
        self.assertEqual([d["type"] for d in json.loads(out)], [77])
        rc, out, err = self.fwctl("list", type=77)
        self.assertTrue(out.startswith("fwctl1: type 77 dev "), out)

    def test_info(self):
        rc, out, err = self.fwctl("info", "08:00.1", "-j")
        self.assertEqual(rc, 0, err)
        info = json.loads(out)
        self.assertEqual((info["device_type"], info["device_type_name"]),
                         (1, "mlx5"))
        self.assertEqual(info["device_data"], "0500000004000000")
        # struct fwctl_info_mlx5 {__u32 uid; __u32 uctx_caps;}, little-endian
        self.assertEqual(info["device_info"], {"uid": 5, "uctx_caps": 4})

    def test_info_text_names_fields(self):
        rc, out, err = self.fwctl("info", "08:00.1")
        self.assertEqual(rc, 0, err)
        self.assertIn("  uid: 5\n", out)
        self.assertIn("  uctx_caps: 4\n", out)

    def test_info_wrong_type_for_family(self):
        rc, out, err = self.fwctl("mlx5", "run", "fwctl1", "NOP", type=2)
        self.assertEqual((rc, out), (1, ""))
        self.assertIn("device type is 2", err)
        self.assertEqual(self.sent(), [])

    def test_run_query_hca_cap(self):
        # status 0; capability.cmd_hca_cap.log_max_qp (5 bits at 0x80+0x9b) = 18
        reply = pack_be(16 + 0x1000, [(0x80 + 0x9b, 5, 18)])
        rc, out, err = self.fwctl("mlx5", "run", "eth1", "QUERY_HCA_CAP",
                                  "op_mod=1", "-j", reply=reply.hex())
        self.assertEqual((rc, err), (0, ""))
        res = json.loads(out)
        self.assertEqual((res["command"], res["scope"], res["status"],
                          res["syndrome"]),
                         ("QUERY_HCA_CAP", "configuration", "OK", 0))
        self.assertEqual(res["out"]["capability"]["cmd_hca_cap"]["log_max_qp"],
                         18)
        self.assertEqual(self.sent(), [
            (0, pack_be(16, [(0, 16, 0x100), (48, 16, 1)]))])

    def test_run_picks_scope_by_op_mod(self):
        for op_mod, scope in ((0, 0), (1, 1), (2, 1)):
            rc, _, err = self.fwctl("mlx5", "run", "fwctl1", "ACCESS_REG",
                                    "op_mod=%d" % op_mod)
            self.assertEqual(rc, 0, err)
        rc, _, err = self.fwctl("mlx5", "run", "fwctl1", "NOP")
        self.assertEqual(rc, 0, err)
        self.assertEqual([s for s, _ in self.sent()], [0, 1, 1, 1])
        self.assertEqual(self.sent()[3][1][:2], b"\x08\x0d")

    def test_run_explicit_tainting_scope_warns(self):
        rc, out, err = self.fwctl("mlx5", "run", "fwctl1",
                                  "SET_DIAGNOSTIC_PARAMS", "--scope",
                                  "debug_write")
        self.assertEqual(rc, 0, err)
        self.assertIn("warning", err)
        self.assertIn("taints", err)
        self.assertEqual(self.sent()[0][0], 2)
        self.assertEqual(self.sent()[0][1][:2], b"\x08\x20")
        self.assertIn("status: OK", out)

    def test_run_firmware_failure(self):
        reply = pack_be(16, [(0, 8, 2), (32, 32, 0x1234abcd)])
        rc, out, err = self.fwctl("mlx5", "run", "fwctl1", "NOP", "-j",
                                  reply=reply.hex())
        self.assertEqual(rc, 1)
        self.assertEqual(json.loads(out)["status"], "BAD_OP")
        self.assertIn("BAD_OP", err)
        self.assertIn("0x1234abcd", err)

    def test_run_errnos(self):
        for errnum, words in ((74, ["EBADMSG", "allowlisted"]),
                              (19, ["gone"]), (1, ["CAP_SYS_RAWIO"]),
                              (90, ["length"])):
            rc, out, err = self.fwctl("mlx5", "run", "fwctl1", "NOP",
                                      errno=errnum)
            self.assertEqual((rc, out), (1, ""), errnum)
            self.assertIn("FWCTL_RPC", err)
            for w in words[1:]:
                self.assertIn(w, err)

    def test_run_variable_reply_decodes_flexible_tail(self):
        # QUERY_RQ's reply ends in rq_context.wq.pas[]: the buffer offered
        # holds more than the fixed layout, and the elements are decoded
        fixed = FlexibleAndLongPaths.RQ_FIXED
        reply = pack_be(fixed + 16, [(fixed * 8, 32, 0x77),
                                     ((fixed + 8) * 8, 32, 0x88)])
        rc, out, err = self.fwctl("mlx5", "run", "fwctl1", "QUERY_RQ", "-j",
                                  reply=reply.hex(), out_len=fixed + 16)
        self.assertEqual(rc, 0, err)
        pas = json.loads(out)["out"]["rq_context"]["wq"]["pas"]
        self.assertEqual([p["pa_h"] for p in pas], [0x77, 0x88])

    # PAOS (mlx5_ifc.h): swid 8 at 0, local_port 8 at 8, admin_status 4 at
    # 20, oper_status 4 at 28; the register is 16 bytes after a 16-byte
    # ACCESS_REG header (opcode 0x805, op_mod at 48, register_id at 80).
    def paos(self, local_port, admin=0, oper=0):
        return pack_be(16, [(8, 8, local_port), (20, 4, admin), (28, 4, oper)])

    def access_reg_in(self, op_mod, payload):
        return pack_be(16, [(0, 16, 0x805), (48, 16, op_mod),
                            (80, 16, 0x5006)]) + payload

    def test_reg_read(self):
        reply = bytes(16) + self.paos(1, admin=1, oper=2)
        rc, out, err = self.fwctl("mlx5", "reg", "fwctl1", "paos", "local_port=1",
                                  "swid=0", "-j", reply=reply.hex())
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["admin_status"], "UP")
        self.assertEqual(json.loads(out)["oper_status"], "DOWN")
        self.assertNotIn("register_data", out)
        # a read: op_mod READ, at debug_read_only, with the index in the payload
        self.assertEqual(self.sent(), [(1, self.access_reg_in(1, self.paos(1)))])

    def test_reg_set_reads_modifies_writes_and_reads_back(self):
        reply = bytes(16) + self.paos(3, admin=1, oper=1)
        rc, out, err = self.fwctl("mlx5", "reg", "fwctl1", "PAOS", "local_port=3",
                                  "swid=0", "--set", "admin_status=DOWN",
                                  reply=reply.hex())
        self.assertEqual(rc, 0, err)
        self.assertNotIn("taints", err)
        read = self.access_reg_in(1, self.paos(3))
        # the write carries what was read, changed by --set, at configuration
        write = self.access_reg_in(0, self.paos(3, admin=2, oper=1))
        self.assertEqual(self.sent(), [(1, read), (0, write), (1, read)])

    def test_reg_errors_send_nothing(self):
        for args, words in ((["PAOS", "local_port=1"], ["swid", "missing"]),
                            (["PAOS", "local_port=1", "swid=0", "--set", "bogus=1"],
                             ["bogus"]),
                            (["PAOS", "local_port=1", "swid=0", "--set",
                              "admin_status=99"], ["admin_status", "4 bits"]),
                            (["PAOS", "port=1"], ["port=1"]),
                            (["NO_SUCH", "local_port=1"], ["NO_SUCH"])):
            rc, out, err = self.fwctl("mlx5", "reg", "fwctl1", *args)
            self.assertEqual((rc, out), (2, ""), args)
            for w in words:
                self.assertIn(w, err)
        self.assertEqual(self.sent(), [])

    def test_cap_read_current_and_max(self):
        # roce_cap.roce_apm is bit 0 of the page, which starts at byte 16
        reply = pack_be(16 + 0x1000, [(0x80, 1, 1)])
        for args, op_mod in (([], 9), (["--max"], 8)):
            rc, out, err = self.fwctl("mlx5", "cap", "fwctl1", "ROCE", "-j", *args,
                                      reply=reply.hex())
            self.assertEqual(rc, 0, err)
            cap = json.loads(out)
            self.assertEqual(cap["roce_apm"], 1)
            self.assertNotIn("cmd_hca_cap", cap)
        self.assertEqual([(s, r[:8]) for s, r in self.sent()],
                         [(0, pack_be(8, [(0, 16, 0x100), (48, 16, m)])) for m in (9, 8)])

    def test_catalogue_lists(self):
        rc, out, err = self.fwctl("mlx5", "caps", "-j")
        caps = {c["name"]: c for c in json.loads(out)}
        self.assertEqual((caps["ROCE"]["value"], caps["ROCE"]["layout"]), (4, "roce_cap"))
        rc, out, err = self.fwctl("mlx5", "regs", "-j")
        regs = {r["name"]: r for r in json.loads(out)}
        self.assertEqual((regs["PAOS"]["value"], regs["PAOS"]["layout"], regs["PAOS"]["bytes"],
                          regs["PAOS"]["index"]), (0x5006, "paos_reg", 16, ["swid", "local_port"]))
        self.assertIsNone(regs["HOST_ENDIANNESS"]["layout"])

    def test_run_truncated_reply(self):
        rc, out, err = self.fwctl("mlx5", "run", "fwctl1", "NOP",
                                  out_len=64)
        self.assertEqual((rc, out), (1, ""))
        self.assertIn("truncated", err)
        self.assertIn("64", err)


# pds: the firmware lists the operations, and struct fwctl_rpc_pds points at
# the request and response payloads (upstream: in.len @12, in.payload @16,
# out.len @36, out.payload @40, 48 bytes in all).
PDS_POINTERS = {"type": 4, "ptr_in": "16:12", "ptr_out": "40:36"}


class RunUserPointers(FakeDevice):
    """"pds run": user pointers filled from layouts."""

    PTRS = PDS_POINTERS

    def test_run_fills_the_pointers_from_layouts(self):
        # the reply payload: struct pds_fwctl_query_data_operation
        # {__le32 id; u8 scope; u8 rsvd[3]} with id 0x0a0b0c0d, scope 0x02
        reply = bytes.fromhex("0d0c0b0a02000000")
        rc, out, err = self.fwctl(
            "pds", "run", "fwctl1", "0x10005", "in.ep=7", "--scope", "debug_read_only",
            "--payload", "fwctl_query_data_endpoint", "fwctl_query_data_endpoint.id=0x11223344",
            "--reply", "fwctl_query_data_operation", "-j",
            ptr_reply=reply.hex(), **self.PTRS)
        self.assertEqual((rc, err), (0, ""))
        res = json.loads(out)
        self.assertEqual(res["scope"], "debug_read_only")
        self.assertEqual(res["reply"], {"id": 0x0a0b0c0d, "scope": "DEBUG_READ", "rsvd": [0, 0, 0]})
        with open(self.log) as f:
            line = f.read().split()
        sent = bytes.fromhex(line[1][3:])
        self.assertEqual(len(sent), 48)
        op, ep, _, in_len, in_ptr, _, _, _, out_len, out_ptr = struct.unpack("<4IQ4IQ", sent)
        self.assertEqual((op, ep, in_len, out_len), (0x10005, 7, 4, 8))
        self.assertNotEqual(in_ptr, 0)
        self.assertNotEqual(out_ptr, 0)
        self.assertEqual(line[2], "payload=44332211")

    def test_cxl_run_get_supported_features(self):
        # struct fwctl_rpc_cxl_out: size, retval, then
        # cxl_mbox_get_sup_feats_out {num_entries 1, supported_feats 3, rsvd[4]}
        # and one cxl_feat_entry {uuid, id, get/set size, flags, vers, effects}
        entry = bytes(range(16)) + struct.pack("<HHHIBBH", 2, 0x20, 0x10, 1, 1, 1, 0x202) + bytes(18)
        reply = struct.pack("<II", 8 + 48, 0) + struct.pack("<HH4x", 1, 3) + entry
        rc, out, err = self.fwctl("cxl", "run", "fwctl1", "GET_SUPPORTED_FEATURES", "hdr.op_size=8",
                                  "op.get_sup_feats_in.count=56", "-j", type=2, reply=reply.hex())
        self.assertEqual((rc, err), (0, ""))
        res = json.loads(out)
        self.assertEqual((res["command"], res["scope"]), ("GET_SUPPORTED_FEATURES", "configuration"))
        feats = res["out"]["out"]["get_sup_feats_out"]
        self.assertEqual((feats["hdr"]["num_entries"], feats["hdr"]["supported_feats"]), (1, 3))
        self.assertEqual(len(feats["ents"]), 1)
        self.assertEqual((feats["ents"][0]["id"], feats["ents"][0]["effects"]), (2, 0x202))
        with open(self.log) as f:
            sent = bytes.fromhex(f.read().split()[1][3:])
        # struct fwctl_rpc_cxl: opcode 0x500, op_size 8 at 8, count at 16; 48 bytes
        self.assertEqual(sent, struct.pack("<4IIH2x", 0x500, 0, 8, 0, 56, 0) + bytes(24))

    def test_firmware_decides_the_scope(self):
        rc, out, err = self.fwctl("pds", "run", "fwctl1", "0x10005", **self.PTRS)
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("--scope", err)
        self.assertEqual(self.sent(), [])

    def test_payload_needs_a_pointer(self):
        rc, out, err = self.fwctl("mlx5", "run", "fwctl1", "NOP", "--payload", "nop_in")
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("no user pointer to the device", err)


if __name__ == "__main__":
    FWCTL = os.path.abspath(sys.argv.pop(1))
    FAKE_IOCTL = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
