#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""The fwctl CLI on the bnxt family: catalog, encode and decode through the
generic family commands (there is no bnxt code in userspace/).

Usage: test_cli_bnxt.py PATH_TO_FWCTL

Expected buffers are packed here with Python's struct module from the
hsi.h structs (little-endian C structs); the expected catalogue is the
upstream bnxt fwctl driver's allowlist (drivers/fwctl/bnxt/main.c) with
the HWRM_ numbers of include/linux/bnxt/hsi.h, written out by hand.
"""

import json
import struct
import subprocess
import sys
import unittest

FWCTL = None

CONFIGURATION = {
    "FUNC_RESET": 0x11, "PORT_CLR_STATS": 0x25, "FW_RESET": 0xc0, "FW_SYNC": 0xc3,
    "FW_SET_TIME": 0xc8, "DBG_LOG_BUFFER_FLUSH": 0xff0f, "DBG_ERASE_NVM": 0xff15,
    "DBG_CFG": 0xff16, "NVM_DEFRAG": 0xffec, "NVM_FACTORY_DEFAULTS": 0xffee,
    "NVM_FLUSH": 0xfff0, "NVM_VERIFY_UPDATE": 0xfff5, "NVM_ERASE_DIR_ENTRY": 0xfff7,
    "NVM_MOD_DIR_ENTRY": 0xfff8, "NVM_FIND_DIR_ENTRY": 0xfff9,
}
DEBUG_READ_ONLY = {
    "VER_GET": 0x0, "ERROR_RECOVERY_QCFG": 0xc, "FUNC_QCAPS": 0x15, "FUNC_QCFG": 0x16,
    "FUNC_QSTATS": 0x18, "PORT_PHY_QCFG": 0x27, "PORT_MAC_QCFG": 0x28,
    "PORT_PHY_QCAPS": 0x2a, "PORT_PHY_I2C_READ": 0x2c, "PORT_PHY_MDIO_READ": 0xb6,
    "QUEUE_PRI2COS_QCFG": 0x37, "QUEUE_COS2BW_QCFG": 0x39, "VNIC_RSS_QCFG": 0x47,
    "QUEUE_GLOBAL_QCFG": 0x87, "QUEUE_ADPTV_QOS_RX_FEATURE_QCFG": 0x88,
    "QUEUE_ADPTV_QOS_TX_FEATURE_QCFG": 0x8a, "QUEUE_QCAPS": 0x8c,
    "QUEUE_ADPTV_QOS_RX_TUNING_QCFG": 0x8d, "QUEUE_ADPTV_QOS_TX_TUNING_QCFG": 0x8f,
    "TUNNEL_DST_PORT_QUERY": 0xa0, "PORT_TX_FIR_QCFG": 0xbc, "FW_LIVEPATCH_QUERY": 0xbe,
    "FW_QSTATUS": 0xc1, "FW_HEALTH_CHECK": 0xc2, "FW_GET_TIME": 0xc9,
    "PORT_EP_TX_QCFG": 0xda, "PORT_QCFG": 0xdd, "PORT_MAC_QCAPS": 0xdf,
    "TEMP_MONITOR_QUERY": 0xe0, "REG_POWER_QUERY": 0xe1, "CORE_FREQUENCY_QUERY": 0xe2,
    "CFA_REDIRECT_QUERY_TUNNEL_TYPE": 0x112, "CFA_ADV_FLOW_MGNT_QCAPS": 0x124,
    "FUNC_RESOURCE_QCAPS": 0x190, "FUNC_BACKING_STORE_QCAPS": 0x192,
    "FUNC_BACKING_STORE_QCFG": 0x194, "FUNC_QSTATS_EXT": 0x198, "FUNC_PTP_PIN_QCFG": 0x19c,
    "FUNC_PTP_EXT_QCFG": 0x1a1, "FUNC_BACKING_STORE_QCFG_V2": 0x1a4,
    "FUNC_BACKING_STORE_QCAPS_V2": 0x1a8, "FUNC_SYNCE_QCFG": 0x1ac,
    "FUNC_TTX_PACING_RATE_PROF_QUERY": 0x1c3, "PORT_PHY_FDRSTAT": 0x232,
    "DBG_RING_INFO_GET": 0xff1c, "DBG_QCAPS": 0xff20, "DBG_QCFG": 0xff21,
    "DBG_USEQ_FLUSH": 0xff25, "DBG_USEQ_QCAPS": 0xff26, "DBG_SIM_CABLE_STATE": 0xff2e,
    "DBG_TOKEN_QUERY_AUTH_IDS": 0xff2f, "NVM_GET_DEV_INFO": 0xfff6,
    "NVM_GET_DIR_INFO": 0xfffb, "SELFTEST_QLIST": 0x200,
}
DEBUG_WRITE = {"PORT_PHY_I2C_WRITE": 0x2b, "PORT_PHY_MDIO_WRITE": 0xb5}


def run(*args, stdin=b""):
    p = subprocess.run([FWCTL, *args], input=stdin, capture_output=True, timeout=30,
                       check=False)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def hex_bytes(text):
    return bytes.fromhex("".join(text.split()))


class BnxtCatalog(unittest.TestCase):
    def test_upstream_allowlist(self):
        self.assertEqual((len(CONFIGURATION), len(DEBUG_READ_ONLY), len(DEBUG_WRITE)),
                         (15, 54, 2))
        rc, out, err = run("bnxt", "catalog", "-j")
        self.assertEqual(rc, 0, err)
        got = {c["name"]: (c["opcode"], c["min_scope"]) for c in json.loads(out)}
        want = {}
        for scope, group in (("configuration", CONFIGURATION),
                             ("debug_read_only", DEBUG_READ_ONLY),
                             ("debug_write", DEBUG_WRITE)):
            want.update({name: (opcode, scope) for name, opcode in group.items()})
        self.assertEqual(got, want)
        self.assertTrue(all("op_mod_rules" not in c for c in json.loads(out)))

    def test_text_lists_names_without_prefix(self):
        rc, out, err = run("bnxt", "catalog")
        self.assertEqual(rc, 0, err)
        self.assertIn("VER_GET", out)
        self.assertNotIn("HWRM_", out)


class BnxtEncodeDecode(unittest.TestCase):
    def test_encode_ver_get_input(self):
        rc, out, err = run("bnxt", "encode", "hwrm_ver_get_input", "req_type=0",
                           "cmpl_ring=0xffff", "seq_id=0x1234", "target_id=0xfffd",
                           "resp_addr=0x1122334455667788", "hwrm_intf_maj=1",
                           "hwrm_intf_min=10", "hwrm_intf_upd=3")
        self.assertEqual(rc, 0, err)
        # struct hwrm_ver_get_input: 4 x __le16, __le64, 3 x u8, u8[5]
        want = struct.pack("<HHHHQBBB5x", 0, 0xffff, 0x1234, 0xfffd,
                           0x1122334455667788, 1, 10, 3)
        self.assertEqual(hex_bytes(out), want)

    def test_encode_bandwidth_bitfields(self):
        rc, out, err = run("bnxt", "encode", "hwrm_func_qcfg_output",
                           "min_bw_bw_value=0x0abcdef", "min_bw_scale=BYTES",
                           "min_bw_bw_value_unit=GIGA", "max_bw_bw_value=100",
                           "max_bw_bw_value_unit=PERCENT1_100")
        self.assertEqual(rc, 0, err)
        buf = hex_bytes(out)
        self.assertEqual(len(buf), 176)
        # __le32 min_bw at byte 48, max_bw at 52: value 0..27, scale 28, unit 29..31
        self.assertEqual(struct.unpack_from("<II", buf, 48),
                         (0x0abcdef | 1 << 28 | 6 << 29, 100 | 1 << 29))
        self.assertEqual(buf[:48] + buf[56:], bytes(176 - 8))

    def test_decode_port_phy_qcfg_output(self):
        buf = bytearray(104)
        struct.pack_into("<HHHH", buf, 0, 0, 0x27, 7, 104)
        buf[8] = 2                      # link: LINK
        buf[9] = 0x2 << 4 | 0x1         # active_fec CLAUSE91 (4 high bits), signal_mode PAM4
        struct.pack_into("<H", buf, 10, 0x3e8)  # link_speed 100GB
        buf[36] = 3                     # media_type FIBRE
        buf[38] = 0x3 << 5 | 0x11       # eee_config 3, phy_addr 0x11
        struct.pack_into("<I", buf, 48, 0x11 << 24 | 0x123456)  # xcvr type, tx_lpi_timer
        buf[56:60] = b"BRCM"            # phy_vendor_name
        buf[103] = 1
        rc, out, err = run("bnxt", "decode", "hwrm_port_phy_qcfg_output", "-j",
                           stdin=buf.hex().encode())
        self.assertEqual(rc, 0, err)
        got = json.loads(out)
        self.assertEqual(got["error_code"], "SUCCESS")
        self.assertEqual(got["req_type"], 0x27)
        self.assertEqual(got["link"], "LINK")
        self.assertEqual(got["signal_mode"], "PAM4")
        self.assertEqual(got["active_fec"], "FEC_CLAUSE91_ACTIVE")
        self.assertEqual(got["link_speed"], "SPEED_100GB")
        self.assertEqual(got["media_type"], "FIBRE")
        self.assertEqual((got["phy_addr"], got["eee_config"]), (0x11, 3))
        self.assertEqual((got["tx_lpi_timer"], got["xcvr_identifier_type"]),
                         (0x123456, 0x11))
        self.assertEqual(got["phy_vendor_name"], "BRCM")
        self.assertEqual(got["valid"], 1)

    def test_encode_port_mac_qcfg_input(self):
        rc, out, err = run("bnxt", "encode", "hwrm_port_mac_qcfg_input", "req_type=0x28",
                           "cmpl_ring=0xffff", "seq_id=3", "target_id=0xffff",
                           "resp_addr=0x1000", "port_id=1")
        self.assertEqual(rc, 0, err)
        # struct hwrm_port_mac_qcfg_input: 4 x __le16, __le64, __le16 port_id, u8[6]
        want = struct.pack("<HHHHQH6x", 0x28, 0xffff, 3, 0xffff, 0x1000, 1)
        self.assertEqual(hex_bytes(out), want)

    def test_decode_port_mac_qcfg_output(self):
        # struct hwrm_port_mac_qcfg_output (32 bytes): header, __le16 mru, mtu,
        # u8 ipg, lpbk, vlan_pri2cos_map_pri, flags, tunnel_pri2cos_map_pri,
        # dscp2pri_map_pri, __le16 rx_/tx_ts_capture_ptp_msg_type, u8
        # cos_field_cfg, unused_1, __le16 port_svif_info, u8 ptp_load_control,
        # u8 unused_2[4], valid
        buf = struct.pack("<HHHHHHBBBBBBHHBxHB4xB", 0, 0x28, 3, 32, 9000, 1500, 12,
                          0x1,          # lpbk LOCAL
                          2,
                          0x01 | 0x10,  # VLAN_PRI2COS_ENABLE, PTP_RX_TS_CAPTURE_ENABLE
                          1, 0, 0xffff, 0x0003,
                          3 << 1 | 2 << 3 | 7 << 5,  # UNSPECIFIED, OUTERMOST, cos 7
                          0x8000 | 0x0abc,           # valid svif 0xabc
                          1,            # ptp_load_control IMMEDIATE
                          1)
        self.assertEqual(len(buf), 32)
        rc, out, err = run("bnxt", "decode", "hwrm_port_mac_qcfg_output", "-j",
                           stdin=buf.hex().encode())
        self.assertEqual(rc, 0, err)
        got = json.loads(out)
        self.assertEqual((got["req_type"], got["resp_len"], got["mru"], got["mtu"], got["ipg"]),
                         (0x28, 32, 9000, 1500, 12))
        self.assertEqual(got["lpbk"], "LOCAL")
        self.assertEqual((got["flags_vlan_pri2cos_enable"], got["flags_tunnel_pri2cos_enable"],
                          got["flags_ip_dscp2cos_enable"], got["flags_oob_wol_enable"],
                          got["flags_ptp_rx_ts_capture_enable"],
                          got["flags_ptp_tx_ts_capture_enable"]), (1, 0, 0, 0, 1, 0))
        self.assertEqual((got["vlan_pri2cos_map_pri"], got["tunnel_pri2cos_map_pri"],
                          got["dscp2pri_map_pri"]), (2, 1, 0))
        self.assertEqual((got["rx_ts_capture_ptp_msg_type"], got["tx_ts_capture_ptp_msg_type"]),
                         (0xffff, 3))
        self.assertEqual((got["cos_field_cfg_vlan_pri_sel"], got["cos_field_cfg_t_vlan_pri_sel"],
                          got["cos_field_cfg_default_cos"]), ("UNSPECIFIED", "OUTERMOST", 7))
        self.assertEqual((got["port_svif_info_port_svif"], got["port_svif_info_port_svif_valid"]),
                         (0xabc, 1))
        self.assertEqual((got["ptp_load_control"], got["valid"]), ("IMMEDIATE", 1))
        rc, out, err = run("bnxt", "encode", "hwrm_port_mac_qcfg_output", "error_code=0",
                           "req_type=0x28", "seq_id=3", "resp_len=32", "mru=9000", "mtu=1500",
                           "ipg=12", "lpbk=LOCAL", "vlan_pri2cos_map_pri=2",
                           "flags_vlan_pri2cos_enable=1", "flags_ptp_rx_ts_capture_enable=1",
                           "tunnel_pri2cos_map_pri=1", "rx_ts_capture_ptp_msg_type=0xffff",
                           "tx_ts_capture_ptp_msg_type=3",
                           "cos_field_cfg_vlan_pri_sel=UNSPECIFIED",
                           "cos_field_cfg_t_vlan_pri_sel=OUTERMOST",
                           "cos_field_cfg_default_cos=7", "port_svif_info_port_svif=0xabc",
                           "port_svif_info_port_svif_valid=1", "ptp_load_control=IMMEDIATE",
                           "valid=1")
        self.assertEqual(rc, 0, err)
        self.assertEqual(hex_bytes(out), buf)

    def test_decode_numeric_and_unknown_enum_value(self):
        buf = bytearray(24)
        struct.pack_into("<HHHH", buf, 0, 0xffff, 0xe0, 1, 24)
        buf[8:11] = bytes([45, 50, 55])
        buf[11] = 0x01 | 0x20           # TEMP_NOT_AVAILABLE, THRESHOLD_VALUES_AVAILABLE
        rc, out, err = run("bnxt", "decode", "hwrm_temp_monitor_query_output", "-j",
                           stdin=buf.hex().encode())
        self.assertEqual(rc, 0, err)
        got = json.loads(out)
        self.assertEqual(got["error_code"], "CMD_NOT_SUPPORTED")
        self.assertEqual((got["temp"], got["phy_temp"], got["om_temp"]), (45, 50, 55))
        self.assertEqual(got["flags_temp_not_available"], 1)
        self.assertEqual(got["flags_threshold_values_available"], 1)
        self.assertEqual(got["flags_om_not_present"], 0)
        struct.pack_into("<H", buf, 0, 0x4321)  # no HWRM_ERR_CODE_ has this value
        rc, out, err = run("-n", "bnxt", "decode", "hwrm_temp_monitor_query_output", "-j",
                           stdin=buf.hex().encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["error_code"], 0x4321)

    def test_round_trip_nvm_get_dev_info_output(self):
        rc, out, err = run("bnxt", "encode", "hwrm_nvm_get_dev_info_output",
                           "nvram_size=0x1000000", "flags_fw_ver_valid=1",
                           "pkg_name[0]=0x41", "srt2_fw_patch=9", "valid=1")
        self.assertEqual(rc, 0, err)
        buf = hex_bytes(out)
        self.assertEqual(struct.unpack_from("<I", buf, 16)[0], 0x1000000)
        self.assertEqual((buf[31], buf[32], buf[86:88], buf[95]), (1, 0x41, b"\x09\x00", 1))
        rc, out, err = run("bnxt", "decode", "hwrm_nvm_get_dev_info_output", "-j",
                           stdin=buf.hex().encode())
        self.assertEqual(rc, 0, err)
        got = json.loads(out)
        self.assertEqual((got["nvram_size"], got["srt2_fw_patch"], got["pkg_name"]),
                         (0x1000000, 9, "A"))

    def test_errors(self):
        rc, out, err = run("bnxt", "encode", "hwrm_func_qcfg_output", "min_bw_scale=2")
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("min_bw_scale", err)
        rc, out, err = run("bnxt", "encode", "hwrm_no_such_input")
        self.assertEqual((rc, out), (2, ""))
        rc, out, err = run("bnxt", "encode", "hwrm_port_mac_qcfg_output",
                           "port_svif_info_port_svif=0x8000")
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("port_svif_info_port_svif", err)


if __name__ == "__main__":
    FWCTL = sys.argv[1]
    unittest.main(argv=sys.argv[:1], verbosity=2)
