// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/mlx5/commands.yaml
 *            spec/mlx5/family.yaml
 *            spec/mlx5/layouts.yaml
 *            spec/mlx5/messages.yaml
 * Generator: python3 -m generator generate (template catalog.c.j2)
 * To regenerate: make regen
 */
/*
 * The mlx5 command catalogue: every command with its opcode, scope rule and
 * payload layouts (indexes into the layouts of mlx5_family_tables), by
 * opcode.
 */
#include <fwctl/reflect.h>

static const struct fwctl_op_mod_rule mlx5_rules_access_reg[] = {
	{0x0, 0},
};

static const struct fwctl_op_mod_rule mlx5_rules_access_register_user[] = {
	{0x0, 0},
};

const struct fwctl_command mlx5_commands[] = {
	{"QUERY_HCA_CAP", 0x100, 0, 0, NULL, 2, 3},
	{"QUERY_ADAPTER", 0x101, 0, 0, NULL, 30, 31},
	{"QUERY_PAGES", 0x107, 1, 0, NULL, 33, 34},
	{"SET_HCA_CAP", 0x109, 0, 0, NULL, 35, 36},
	{"QUERY_ISSI", 0x10a, 1, 0, NULL, 37, 38},
	{"QUERY_DRIVER_VERSION", 0x10c, 1, 0, NULL, -1, -1},
	{"QUERY_OTHER_HCA_CAP", 0x10e, 0, 0, NULL, 39, 40},
	{"QUERY_SF_PARTITION", 0x111, 1, 0, NULL, 42, 43},
	{"QUERY_VHCA_MIGRATION_STATE", 0x117, 1, 0, NULL, 45, 46},
	{"QUERY_MKEY", 0x201, 1, 0, NULL, 47, 48},
	{"QUERY_SPECIAL_CONTEXTS", 0x203, 1, 0, NULL, 50, 51},
	{"QUERY_EQ", 0x303, 1, 0, NULL, 52, 53},
	{"QUERY_CQ", 0x402, 1, 0, NULL, 55, 56},
	{"QUERY_QP", 0x50b, 1, 0, NULL, 58, 59},
	{"QUERY_RDB", 0x512, 1, 0, NULL, -1, -1},
	{"QUERY_PSV", 0x602, 1, 0, NULL, -1, -1},
	{"QUERY_SRQ", 0x702, 1, 0, NULL, 62, 63},
	{"QUERY_XRC_SRQ", 0x707, 1, 0, NULL, 65, 66},
	{"QUERY_DCT", 0x713, 1, 0, NULL, 68, 69},
	{"QUERY_DC_CNAK_TRACE", 0x716, 1, 0, NULL, -1, -1},
	{"QUERY_XRQ", 0x719, 1, 0, NULL, 71, 72},
	{"QUERY_NVMF_BACKEND_CONTROLLER", 0x722, 1, 0, NULL, -1, -1},
	{"QUERY_XRQ_DC_PARAMS_ENTRY", 0x725, 1, 0, NULL, -1, -1},
	{"QUERY_XRQ_ERROR_PARAMS", 0x727, 1, 0, NULL, -1, -1},
	{"QUERY_NVMF_NAMESPACE_CONTEXT", 0x728, 1, 0, NULL, -1, -1},
	{"QUERY_ADJACENT_FUNCTIONS_ID", 0x730, 1, 0, NULL, -1, -1},
	{"DELEGATE_VHCA_MANAGEMENT", 0x731, 0, 0, NULL, -1, -1},
	{"QUERY_DELEGATED_VHCA", 0x732, 1, 0, NULL, -1, -1},
	{"QUERY_ESW_FUNCTIONS", 0x740, 0, 0, NULL, 77, 78},
	{"QUERY_VPORT_STATE", 0x750, 1, 0, NULL, 80, 81},
	{"QUERY_ESW_VPORT_CONTEXT", 0x752, 1, 0, NULL, 82, 83},
	{"QUERY_NIC_VPORT_CONTEXT", 0x754, 1, 0, NULL, 85, 86},
	{"QUERY_ROCE_ADDRESS", 0x760, 0, 0, NULL, 89, 90},
	{"QUERY_HCA_VPORT_CONTEXT", 0x762, 0, 0, NULL, 92, 93},
	{"QUERY_HCA_VPORT_GID", 0x764, 1, 0, NULL, 95, 96},
	{"QUERY_HCA_VPORT_PKEY", 0x765, 1, 0, NULL, 98, 99},
	{"QUERY_VNIC_ENV", 0x76f, 1, 0, NULL, 101, 102},
	{"QUERY_VPORT_COUNTER", 0x770, 1, 0, NULL, 104, 105},
	{"QUERY_Q_COUNTER", 0x773, 1, 0, NULL, 107, 108},
	{"QUERY_RATE_LIMIT", 0x781, 1, 0, NULL, -1, -1},
	{"QUERY_SCHEDULING_ELEMENT", 0x784, 1, 0, NULL, 109, 110},
	{"ACCESS_REG", 0x805, 1, 1, mlx5_rules_access_reg, 112, 113},
	{"QUERY_MAD_DEMUX", 0x80b, 1, 0, NULL, 114, 115},
	{"NOP", 0x80d, 1, 0, NULL, 116, 117},
	{"QUERY_BURST_SIZE", 0x813, 1, 0, NULL, -1, -1},
	{"QUERY_DIAGNOSTIC_PARAMS", 0x819, 1, 0, NULL, -1, -1},
	{"SET_DIAGNOSTIC_PARAMS", 0x820, 2, 0, NULL, -1, -1},
	{"QUERY_DIAGNOSTIC_COUNTERS", 0x821, 1, 0, NULL, -1, -1},
	{"QUERY_CONG_STATUS", 0x822, 1, 0, NULL, 118, 119},
	{"MODIFY_CONG_STATUS", 0x823, 0, 0, NULL, 120, 121},
	{"QUERY_CONG_PARAMS", 0x824, 1, 0, NULL, 122, 123},
	{"QUERY_CONG_STATISTICS", 0x826, 1, 0, NULL, 128, 129},
	{"QUERY_L2_TABLE_ENTRY", 0x82a, 1, 0, NULL, 130, 131},
	{"QUERY_WOL_ROL", 0x831, 1, 0, NULL, 132, 133},
	{"QUERY_LAG", 0x842, 1, 0, NULL, 134, 135},
	{"QUERY_TIR", 0x903, 1, 0, NULL, 137, 138},
	{"QUERY_SQ", 0x907, 1, 0, NULL, 141, 142},
	{"QUERY_RQ", 0x90b, 1, 0, NULL, 144, 145},
	{"QUERY_RMP", 0x90f, 1, 0, NULL, 147, 148},
	{"QUERY_DELAY_DROP_PARAMS", 0x911, 1, 0, NULL, -1, -1},
	{"QUERY_TIS", 0x915, 1, 0, NULL, 150, 151},
	{"QUERY_RQT", 0x919, 1, 0, NULL, 153, 154},
	{"QUERY_FLOW_TABLE", 0x932, 1, 0, NULL, 157, 158},
	{"QUERY_FLOW_GROUP", 0x935, 1, 0, NULL, 160, 161},
	{"QUERY_FLOW_TABLE_ENTRY", 0x937, 1, 0, NULL, 175, 176},
	{"QUERY_FLOW_COUNTER", 0x93b, 1, 0, NULL, 186, 187},
	{"QUERY_PACKET_REFORMAT_CONTEXT", 0x93f, 1, 0, NULL, 188, 189},
	{"QUERY_MODIFY_HEADER_CONTEXT", 0x942, 1, 0, NULL, 191, -1},
	{"FPGA_QUERY_QP", 0x962, 1, 0, NULL, 192, 193},
	{"FPGA_QUERY_QP_COUNTERS", 0x964, 1, 0, NULL, 195, 196},
	{"QUERY_AFU", 0x971, 1, 0, NULL, -1, -1},
	{"QUERY_CAPI_PEC", 0x981, 1, 0, NULL, -1, -1},
	{"QUERY_GENERAL_OBJECT", 0xa02, 1, 0, NULL, 197, 198},
	{"CREATE_UCTX", 0xa04, FWCTL_SCOPE_DENIED, 0, NULL, 199, 201},
	{"QUERY_UCTX", 0xa05, 1, 0, NULL, -1, -1},
	{"DESTROY_UCTX", 0xa06, FWCTL_SCOPE_DENIED, 0, NULL, 202, 203},
	{"QUERY_UMEM", 0xa09, 1, 0, NULL, -1, -1},
	{"QUERY_NVMF_CC_RESPONSE", 0xb02, 1, 0, NULL, -1, -1},
	{"QUERY_EMULATED_FUNCTIONS_INFO", 0xb03, 1, 0, NULL, -1, -1},
	{"QUERY_REGEXP_PARAMS", 0xb05, 1, 0, NULL, -1, -1},
	{"QUERY_REGEXP_REGISTER", 0xb07, 1, 0, NULL, -1, -1},
	{"USER_QUERY_XRQ_DC_PARAMS_ENTRY", 0xb08, 1, 0, NULL, -1, -1},
	{"USER_QUERY_XRQ_ERROR_PARAMS", 0xb0a, 1, 0, NULL, -1, -1},
	{"ACCESS_REGISTER_USER",
	 0xb0c,
	 1,
	 1,
	 mlx5_rules_access_register_user,
	 112,
	 113},
	{"QUERY_VHCA_STATE", 0xb0d, 1, 0, NULL, -1, -1},
	{"QUERY_EMULATION_DEVICE_EQ_MSIX_MAPPING", 0xb0f, 1, 0, NULL, -1, -1},
	{"QUERY_MATCH_SAMPLE_INFO", 0xb13, 1, 0, NULL, -1, -1},
	{"QUERY_CRYPTO_STATE", 0xb14, 1, 0, NULL, -1, -1},
	{"QUERY_VUID", 0xb22, 0, 0, NULL, -1, -1},
	{"QUERY_DPA_PARTITION", 0xb28, 1, 0, NULL, -1, -1},
	{"QUERY_DPA_PARTITIONS", 0xb2a, 1, 0, NULL, -1, -1},
	{"POSTPONE_CONNECTED_QP_TIMEOUT", 0xb2e, 0, 0, NULL, -1, -1},
	{"QUERY_EMULATED_RESOURCES_INFO", 0xb2f, 1, 0, NULL, -1, -1},
	{"QUERY_RSV_RESOURCES", 0x8000, 1, 0, NULL, -1, -1},
	{"QUERY_MTT", 0x8001, 1, 0, NULL, -1, -1},
	{"QUERY_SCHED_QUEUE", 0x8006, 1, 0, NULL, -1, -1},
};
