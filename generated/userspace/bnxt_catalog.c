// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/bnxt/commands.yaml
 *            spec/bnxt/family.yaml
 *            spec/bnxt/layouts.yaml
 * Generator: python3 -m generator generate (template catalog.c.j2)
 * To regenerate: make regen
 */
/*
 * The bnxt command catalogue: every command with its opcode, scope rule and
 * payload layouts (indexes into the layouts of bnxt_family_tables), by
 * opcode.
 */
#include <fwctl/reflect.h>

const struct fwctl_command bnxt_commands[] = {
	{"VER_GET", 0x0, 1, 0, NULL, 2, 3, NULL, 0},
	{"ERROR_RECOVERY_QCFG", 0xc, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_RESET", 0x11, 0, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_QCAPS", 0x15, 1, 0, NULL, 4, 5, NULL, 0},
	{"FUNC_QCFG", 0x16, 1, 0, NULL, 6, 7, NULL, 0},
	{"FUNC_QSTATS", 0x18, 1, 0, NULL, 8, 9, NULL, 0},
	{"PORT_CLR_STATS", 0x25, 0, 0, NULL, -1, -1, NULL, 0},
	{"PORT_PHY_QCFG", 0x27, 1, 0, NULL, 10, 11, NULL, 0},
	{"PORT_MAC_QCFG", 0x28, 1, 0, NULL, 12, 13, NULL, 0},
	{"PORT_PHY_QCAPS", 0x2a, 1, 0, NULL, -1, -1, NULL, 0},
	{"PORT_PHY_I2C_WRITE", 0x2b, 2, 0, NULL, -1, -1, NULL, 0},
	{"PORT_PHY_I2C_READ", 0x2c, 1, 0, NULL, -1, -1, NULL, 0},
	{"QUEUE_PRI2COS_QCFG", 0x37, 1, 0, NULL, -1, -1, NULL, 0},
	{"QUEUE_COS2BW_QCFG", 0x39, 1, 0, NULL, -1, -1, NULL, 0},
	{"VNIC_RSS_QCFG", 0x47, 1, 0, NULL, -1, -1, NULL, 0},
	{"QUEUE_GLOBAL_QCFG", 0x87, 1, 0, NULL, -1, -1, NULL, 0},
	{"QUEUE_ADPTV_QOS_RX_FEATURE_QCFG", 0x88, 1, 0, NULL, -1, -1, NULL, 0},
	{"QUEUE_ADPTV_QOS_TX_FEATURE_QCFG", 0x8a, 1, 0, NULL, -1, -1, NULL, 0},
	{"QUEUE_QCAPS", 0x8c, 1, 0, NULL, -1, -1, NULL, 0},
	{"QUEUE_ADPTV_QOS_RX_TUNING_QCFG", 0x8d, 1, 0, NULL, -1, -1, NULL, 0},
	{"QUEUE_ADPTV_QOS_TX_TUNING_QCFG", 0x8f, 1, 0, NULL, -1, -1, NULL, 0},
	{"TUNNEL_DST_PORT_QUERY", 0xa0, 1, 0, NULL, -1, -1, NULL, 0},
	{"PORT_PHY_MDIO_WRITE", 0xb5, 2, 0, NULL, -1, -1, NULL, 0},
	{"PORT_PHY_MDIO_READ", 0xb6, 1, 0, NULL, -1, -1, NULL, 0},
	{"PORT_TX_FIR_QCFG", 0xbc, 1, 0, NULL, -1, -1, NULL, 0},
	{"FW_LIVEPATCH_QUERY", 0xbe, 1, 0, NULL, -1, -1, NULL, 0},
	{"FW_RESET", 0xc0, 0, 0, NULL, -1, -1, NULL, 0},
	{"FW_QSTATUS", 0xc1, 1, 0, NULL, -1, -1, NULL, 0},
	{"FW_HEALTH_CHECK", 0xc2, 1, 0, NULL, -1, -1, NULL, 0},
	{"FW_SYNC", 0xc3, 0, 0, NULL, -1, -1, NULL, 0},
	{"FW_SET_TIME", 0xc8, 0, 0, NULL, -1, -1, NULL, 0},
	{"FW_GET_TIME", 0xc9, 1, 0, NULL, -1, -1, NULL, 0},
	{"PORT_EP_TX_QCFG", 0xda, 1, 0, NULL, -1, -1, NULL, 0},
	{"PORT_QCFG", 0xdd, 1, 0, NULL, -1, -1, NULL, 0},
	{"PORT_MAC_QCAPS", 0xdf, 1, 0, NULL, -1, -1, NULL, 0},
	{"TEMP_MONITOR_QUERY", 0xe0, 1, 0, NULL, 14, 15, NULL, 0},
	{"REG_POWER_QUERY", 0xe1, 1, 0, NULL, -1, -1, NULL, 0},
	{"CORE_FREQUENCY_QUERY", 0xe2, 1, 0, NULL, -1, -1, NULL, 0},
	{"CFA_REDIRECT_QUERY_TUNNEL_TYPE", 0x112, 1, 0, NULL, -1, -1, NULL, 0},
	{"CFA_ADV_FLOW_MGNT_QCAPS", 0x124, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_RESOURCE_QCAPS", 0x190, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_BACKING_STORE_QCAPS", 0x192, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_BACKING_STORE_QCFG", 0x194, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_QSTATS_EXT", 0x198, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_PTP_PIN_QCFG", 0x19c, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_PTP_EXT_QCFG", 0x1a1, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_BACKING_STORE_QCFG_V2", 0x1a4, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_BACKING_STORE_QCAPS_V2", 0x1a8, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_SYNCE_QCFG", 0x1ac, 1, 0, NULL, -1, -1, NULL, 0},
	{"FUNC_TTX_PACING_RATE_PROF_QUERY", 0x1c3, 1, 0, NULL, -1, -1, NULL, 0},
	{"SELFTEST_QLIST", 0x200, 1, 0, NULL, -1, -1, NULL, 0},
	{"PORT_PHY_FDRSTAT", 0x232, 1, 0, NULL, -1, -1, NULL, 0},
	{"DBG_LOG_BUFFER_FLUSH", 0xff0f, 0, 0, NULL, -1, -1, NULL, 0},
	{"DBG_ERASE_NVM", 0xff15, 0, 0, NULL, -1, -1, NULL, 0},
	{"DBG_CFG", 0xff16, 0, 0, NULL, -1, -1, NULL, 0},
	{"DBG_RING_INFO_GET", 0xff1c, 1, 0, NULL, -1, -1, NULL, 0},
	{"DBG_QCAPS", 0xff20, 1, 0, NULL, -1, -1, NULL, 0},
	{"DBG_QCFG", 0xff21, 1, 0, NULL, -1, -1, NULL, 0},
	{"DBG_USEQ_FLUSH", 0xff25, 1, 0, NULL, -1, -1, NULL, 0},
	{"DBG_USEQ_QCAPS", 0xff26, 1, 0, NULL, -1, -1, NULL, 0},
	{"DBG_SIM_CABLE_STATE", 0xff2e, 1, 0, NULL, -1, -1, NULL, 0},
	{"DBG_TOKEN_QUERY_AUTH_IDS", 0xff2f, 1, 0, NULL, -1, -1, NULL, 0},
	{"NVM_DEFRAG", 0xffec, 0, 0, NULL, -1, -1, NULL, 0},
	{"NVM_FACTORY_DEFAULTS", 0xffee, 0, 0, NULL, -1, -1, NULL, 0},
	{"NVM_FLUSH", 0xfff0, 0, 0, NULL, -1, -1, NULL, 0},
	{"NVM_VERIFY_UPDATE", 0xfff5, 0, 0, NULL, -1, -1, NULL, 0},
	{"NVM_GET_DEV_INFO", 0xfff6, 1, 0, NULL, 16, 17, NULL, 0},
	{"NVM_ERASE_DIR_ENTRY", 0xfff7, 0, 0, NULL, -1, -1, NULL, 0},
	{"NVM_MOD_DIR_ENTRY", 0xfff8, 0, 0, NULL, -1, -1, NULL, 0},
	{"NVM_FIND_DIR_ENTRY", 0xfff9, 0, 0, NULL, -1, -1, NULL, 0},
	{"NVM_GET_DIR_INFO", 0xfffb, 1, 0, NULL, -1, -1, NULL, 0},
};
