// SPDX-License-Identifier: GPL-2.0
/*
 * Simulated HWRM firmware: answers VER_GET, FUNC_QCAPS, FUNC_QCFG,
 * FUNC_QSTATS, PORT_PHY_QCFG, PORT_MAC_QCFG and TEMP_MONITOR_QUERY with the
 * fixed device
 * profile below, built with the accessors generated from the spec, and
 * every other req_type with HWRM_ERR_CODE_CMD_NOT_SUPPORTED.  A reply
 * echoes the request's req_type and seq_id and carries its length in
 * resp_len.  The firmware keeps no state.
 *
 * The profile (the e2e tests transcribe it): HWRM interface 1.10.3.44,
 * firmware 230.0.157.0 named "sim-bnxt", chip 0x1750 rev 1; function 0 on
 * port 0 with 8 TX and 8 RX rings of 128, MTU 1500; the link up at 25G full
 * duplex; MAC MTU 1500 and MRU 1518, port SVIF 0x12 (valid), VLAN priority
 * from the outer tag, default CoS 5, no loopback; 45 C chip, 50 C PHY,
 * 40 C module.
 */
#define pr_fmt(fmt) "bnxt_sim: " fmt

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include <bnxt_defs.h>
#include <bnxt_layouts.h>
#include <bnxt_scope.h>
#include "fw.h"

#define SIM_FW_NAME "sim-bnxt"
/* Requests are read as if zero-padded to the longest one HWRM takes. */
#define SIM_MAX_REQUEST_BYTES BNXT_RPC_MAX_REQUEST_BYTES
/* The longest reply (checked by SIM_CMD()). */
#define SIM_MAX_REPLY_BYTES 176

static void sim_ver_get(const void *in, void *out)
{
	unsigned int i;

	bnxt_hwrm_ver_get_output_set_hwrm_intf_maj_8b(out, 1);
	bnxt_hwrm_ver_get_output_set_hwrm_intf_min_8b(out, 10);
	bnxt_hwrm_ver_get_output_set_hwrm_intf_upd_8b(out, 3);
	bnxt_hwrm_ver_get_output_set_hwrm_fw_maj_8b(out, 230);
	bnxt_hwrm_ver_get_output_set_hwrm_fw_min_8b(out, 0);
	bnxt_hwrm_ver_get_output_set_hwrm_fw_bld_8b(out, 157);
	for (i = 0; i < sizeof(SIM_FW_NAME) - 1; i++)
		bnxt_hwrm_ver_get_output_set_hwrm_fw_name(out, i,
							  SIM_FW_NAME[i]);
	bnxt_hwrm_ver_get_output_set_chip_num(out, 0x1750);
	bnxt_hwrm_ver_get_output_set_chip_rev(out, 1);
	bnxt_hwrm_ver_get_output_set_chip_platform_type(
		out, VER_GET_RESP_CHIP_PLATFORM_TYPE_ASIC);
	bnxt_hwrm_ver_get_output_set_max_req_win_len(out,
						      SIM_MAX_REQUEST_BYTES);
	bnxt_hwrm_ver_get_output_set_max_resp_len(out, SIM_MAX_REPLY_BYTES);
	bnxt_hwrm_ver_get_output_set_def_req_timeout(out, 500);
	bnxt_hwrm_ver_get_output_set_max_req_timeout(out, 60000);
	bnxt_hwrm_ver_get_output_set_hwrm_intf_major(out, 1);
	bnxt_hwrm_ver_get_output_set_hwrm_intf_minor(out, 10);
	bnxt_hwrm_ver_get_output_set_hwrm_intf_build(out, 3);
	bnxt_hwrm_ver_get_output_set_hwrm_intf_patch(out, 44);
	bnxt_hwrm_ver_get_output_set_hwrm_fw_major(out, 230);
	bnxt_hwrm_ver_get_output_set_hwrm_fw_minor(out, 0);
	bnxt_hwrm_ver_get_output_set_hwrm_fw_build(out, 157);
	bnxt_hwrm_ver_get_output_set_hwrm_fw_patch(out, 0);
	bnxt_hwrm_ver_get_output_set_valid(out, 1);
}

static void sim_func_qcaps(const void *in, void *out)
{
	bnxt_hwrm_func_qcaps_output_set_fid(out, 0);
	bnxt_hwrm_func_qcaps_output_set_port_id(out, 0);
	bnxt_hwrm_func_qcaps_output_set_max_rsscos_ctx(out, 64);
	bnxt_hwrm_func_qcaps_output_set_max_cmpl_rings(out, 128);
	bnxt_hwrm_func_qcaps_output_set_max_tx_rings(out, 128);
	bnxt_hwrm_func_qcaps_output_set_max_rx_rings(out, 128);
	bnxt_hwrm_func_qcaps_output_set_max_l2_ctxs(out, 1024);
	bnxt_hwrm_func_qcaps_output_set_max_vnics(out, 64);
	bnxt_hwrm_func_qcaps_output_set_max_stat_ctx(out, 128);
	bnxt_hwrm_func_qcaps_output_set_valid(out, 1);
}

static void sim_func_qcfg(const void *in, void *out)
{
	bnxt_hwrm_func_qcfg_output_set_fid(out, 0);
	bnxt_hwrm_func_qcfg_output_set_port_id(out, 0);
	bnxt_hwrm_func_qcfg_output_set_alloc_tx_rings(out, 8);
	bnxt_hwrm_func_qcfg_output_set_alloc_rx_rings(out, 8);
	bnxt_hwrm_func_qcfg_output_set_admin_mtu(out, 1500);
	bnxt_hwrm_func_qcfg_output_set_host_mtu(out, 1500);
	bnxt_hwrm_func_qcfg_output_set_port_partition_type(
		out, FUNC_QCFG_RESP_PORT_PARTITION_TYPE_SPF);
	bnxt_hwrm_func_qcfg_output_set_valid(out, 1);
}

static void sim_func_qstats(const void *in, void *out)
{
	bnxt_hwrm_func_qstats_output_set_tx_ucast_pkts(out, 1000);
	bnxt_hwrm_func_qstats_output_set_tx_ucast_bytes(out, 64000);
	bnxt_hwrm_func_qstats_output_set_rx_ucast_pkts(out, 2000);
	bnxt_hwrm_func_qstats_output_set_rx_ucast_bytes(out, 128000);
	bnxt_hwrm_func_qstats_output_set_valid(out, 1);
}

static void sim_port_phy_qcfg(const void *in, void *out)
{
	bnxt_hwrm_port_phy_qcfg_output_set_link(out,
						PORT_PHY_QCFG_RESP_LINK_LINK);
	bnxt_hwrm_port_phy_qcfg_output_set_link_speed(
		out, PORT_PHY_QCFG_RESP_LINK_SPEED_25GB);
	bnxt_hwrm_port_phy_qcfg_output_set_duplex_cfg(
		out, PORT_PHY_QCFG_RESP_DUPLEX_CFG_FULL);
	bnxt_hwrm_port_phy_qcfg_output_set_duplex_state(
		out, PORT_PHY_QCFG_RESP_DUPLEX_CFG_FULL);
	bnxt_hwrm_port_phy_qcfg_output_set_active_lanes(out, 1);
	bnxt_hwrm_port_phy_qcfg_output_set_valid(out, 1);
}

static void sim_port_mac_qcfg(const void *in, void *out)
{
	bnxt_hwrm_port_mac_qcfg_output_set_mru(out, 1518);
	bnxt_hwrm_port_mac_qcfg_output_set_mtu(out, 1500);
	bnxt_hwrm_port_mac_qcfg_output_set_lpbk(out,
						PORT_MAC_QCFG_RESP_LPBK_NONE);
	bnxt_hwrm_port_mac_qcfg_output_set_flags_vlan_pri2cos_enable(out, 1);
	bnxt_hwrm_port_mac_qcfg_output_set_cos_field_cfg_vlan_pri_sel(
		out, BNXT_VLAN_PRI_SEL_OUTER);
	bnxt_hwrm_port_mac_qcfg_output_set_cos_field_cfg_default_cos(out, 5);
	bnxt_hwrm_port_mac_qcfg_output_set_port_svif_info_port_svif(out, 0x12);
	bnxt_hwrm_port_mac_qcfg_output_set_port_svif_info_port_svif_valid(
		out, 1);
	bnxt_hwrm_port_mac_qcfg_output_set_valid(out, 1);
}

static void sim_temp_monitor_query(const void *in, void *out)
{
	bnxt_hwrm_temp_monitor_query_output_set_temp(out, 45);
	bnxt_hwrm_temp_monitor_query_output_set_phy_temp(out, 50);
	bnxt_hwrm_temp_monitor_query_output_set_om_temp(out, 40);
	bnxt_hwrm_temp_monitor_query_output_set_valid(out, 1);
}

/**
 * struct sim_hwrm_cmd - how the firmware answers one req_type
 * @req_type: the command
 * @reply_bytes: the length of its response
 * @reply: fills the response body of a zeroed buffer
 */
struct sim_hwrm_cmd {
	u16 req_type;
	u16 reply_bytes;
	void (*reply)(const void *in, void *out);
};

#define SIM_CMD(op, bytes, fn)                                                \
	{ op, (bytes) + BUILD_BUG_ON_ZERO((bytes) > SIM_MAX_REPLY_BYTES), fn }

static const struct sim_hwrm_cmd sim_cmds[] = {
	SIM_CMD(HWRM_VER_GET, BNXT_HWRM_VER_GET_OUTPUT_BYTES, sim_ver_get),
	SIM_CMD(HWRM_FUNC_QCAPS, BNXT_HWRM_FUNC_QCAPS_OUTPUT_BYTES,
		sim_func_qcaps),
	SIM_CMD(HWRM_FUNC_QCFG, BNXT_HWRM_FUNC_QCFG_OUTPUT_BYTES,
		sim_func_qcfg),
	SIM_CMD(HWRM_FUNC_QSTATS, BNXT_HWRM_FUNC_QSTATS_OUTPUT_BYTES,
		sim_func_qstats),
	SIM_CMD(HWRM_PORT_PHY_QCFG, BNXT_HWRM_PORT_PHY_QCFG_OUTPUT_BYTES,
		sim_port_phy_qcfg),
	SIM_CMD(HWRM_PORT_MAC_QCFG, BNXT_HWRM_PORT_MAC_QCFG_OUTPUT_BYTES,
		sim_port_mac_qcfg),
	SIM_CMD(HWRM_TEMP_MONITOR_QUERY,
		BNXT_HWRM_TEMP_MONITOR_QUERY_OUTPUT_BYTES,
		sim_temp_monitor_query),
};

static const struct sim_hwrm_cmd *sim_find_cmd(u16 req_type)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(sim_cmds); i++)
		if (sim_cmds[i].req_type == req_type)
			return &sim_cmds[i];
	return NULL;
}

/**
 * bnxt_sim_fw_exec() - run one HWRM message
 * @in: the request
 * @in_len: its length in bytes
 * @out: the response buffer, written in full (zero padded)
 * @out_len: its length in bytes; a longer reply is cut
 *
 * Return: 0, the negative errno of the error code in the response, or
 * -EINVAL when a buffer cannot hold an HWRM header.
 */
int bnxt_sim_fw_exec(const void *in, size_t in_len, void *out, size_t out_len)
{
	u8 request[SIM_MAX_REQUEST_BYTES] = {};
	u8 reply[SIM_MAX_REPLY_BYTES] = {};
	const struct sim_hwrm_cmd *cmd;
	u16 error = HWRM_ERR_CODE_SUCCESS;
	size_t reply_len = BNXT_OUTPUT_BYTES;

	if (in_len < BNXT_INPUT_BYTES || in_len > sizeof(request) ||
	    out_len < BNXT_OUTPUT_BYTES)
		return -EINVAL;
	memcpy(request, in, in_len);

	cmd = sim_find_cmd(bnxt_input_get_req_type(request));
	if (cmd) {
		cmd->reply(request, reply);
		reply_len = cmd->reply_bytes;
	} else {
		error = HWRM_ERR_CODE_CMD_NOT_SUPPORTED;
	}
	bnxt_output_set_error_code(reply, error);
	bnxt_output_set_req_type(reply, bnxt_input_get_req_type(request));
	bnxt_output_set_seq_id(reply, bnxt_input_get_seq_id(request));
	bnxt_output_set_resp_len(reply, reply_len);

	memset(out, 0, out_len);
	memcpy(out, reply, min(out_len, reply_len));
	return -bnxt_hwrm_err_code_errno(error);
}
