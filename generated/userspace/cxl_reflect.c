// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/commands.yaml
 *            spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template reflect.c.j2)
 * To regenerate: make regen
 */
#include <errno.h>

#include <fwctl/reflect.h>

static const struct fwctl_enum_entry cxl_enum_cxl_get_feat_selection[] = {
	{"CURRENT_VALUE", 0x0},
	{"DEFAULT_VALUE", 0x1},
	{"SAVED_VALUE", 0x2},
	{"MAX", 0x3},
};

static const struct fwctl_enum_entry
	cxl_enum_cxl_set_feat_flag_data_transfer[] = {
		{"FULL_DATA_TRANSFER", 0x0},
		{"INITIATE_DATA_TRANSFER", 0x1},
		{"CONTINUE_DATA_TRANSFER", 0x2},
		{"FINISH_DATA_TRANSFER", 0x3},
		{"ABORT_DATA_TRANSFER", 0x4},
		{"DATA_TRANSFER_MAX", 0x5},
};

static const struct fwctl_enum_entry cxl_enum_features_capability[] = {
	{"NONE", 0x0},
	{"RO", 0x1},
	{"RW", 0x2},
};

static const struct fwctl_enum cxl_enums[] = {
	{"cxl_get_feat_selection",
	 "CXL_GET_FEAT_SEL_",
	 cxl_enum_cxl_get_feat_selection,
	 4},
	{"cxl_set_feat_flag_data_transfer",
	 "CXL_SET_FEAT_FLAG_",
	 cxl_enum_cxl_set_feat_flag_data_transfer,
	 6},
	{"features_capability",
	 "CXL_FEATURES_",
	 cxl_enum_features_capability,
	 3},
};

/* fwctl_rpc_cxl.op: hdr.opcode */
static const struct fwctl_select_case cxl_cases_0[] = {
	/* 0x500 */
	{0x500, 0},
	/* 0x501 */
	{0x501, 1},
	/* 0x502 */
	{0x502, 2},
};

/* fwctl_rpc_cxl_out.out: hdr.opcode of the request */
static const struct fwctl_select_case cxl_cases_1[] = {
	/* 0x500 */
	{0x500, 0},
	/* 0x501 */
	{0x501, 1},
	/* 0x502 */
	{0x502, 1},
};

static const struct fwctl_selector cxl_selectors[] = {
	{0, 0, -1, {0x0, 32, FWCTL_LAYOUT_LE_LSB0}, cxl_cases_0, 3},
	{1, 0, -1, {0x0, 32, FWCTL_LAYOUT_LE_LSB0}, cxl_cases_1, 3},
};

static const struct fwctl_counter cxl_counters[] = {
	{{0x0, 16, FWCTL_LAYOUT_LE_LSB0}, 384, 0},
};

static const struct fwctl_field_extra cxl_extras[] = {
	{FWCTL_LAYOUT_LE_LSB0, 0, 0, NULL, &cxl_counters[0], NULL},
	{FWCTL_LAYOUT_LE_LSB0, 0, 0, &cxl_selectors[0], NULL, NULL},
	{FWCTL_LAYOUT_LE_LSB0, 0, 0, &cxl_selectors[1], NULL, NULL},
};

static const struct fwctl_field cxl_fields_cxl_mbox_get_sup_feats_in[] = {
	{"count", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"start_idx", 0x20, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"reserved", 0x30, 0x8, 2, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field cxl_fields_cxl_feat_entry[] = {
	{"uuid", 0x0, 0x80, 1, FWCTL_FIELD_BYTES, 0, -1, -1, NULL},
	{"id", 0x80, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"get_feat_size", 0x90, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"set_feat_size", 0xa0, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"flags", 0xb0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"get_feat_ver", 0xd0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"set_feat_ver", 0xd8, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"effects", 0xe0, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"reserved", 0xf0, 0x8, 18, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field cxl_fields_cxl_mbox_get_sup_feats_out_hdr[] = {
	{"num_entries", 0x0, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"supported_feats", 0x10, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"reserved", 0x20, 0x8, 4, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field cxl_fields_cxl_mbox_get_sup_feats_out[] = {
	{"hdr", 0x0, 0x40, 1, FWCTL_FIELD_LAYOUT, 0, 2, -1, NULL},
	{"ents", 0x40, 0x180, 0, FWCTL_FIELD_LAYOUT, 1, 1, -1, &cxl_extras[0]},
};

static const struct fwctl_field cxl_fields_cxl_mbox_get_feat_in[] = {
	{"uuid", 0x0, 0x80, 1, FWCTL_FIELD_BYTES, 0, -1, -1, NULL},
	{"offset", 0x80, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"count", 0x90, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"selection", 0xa0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, 0, NULL},
};

static const struct fwctl_field cxl_fields_cxl_mbox_set_feat_hdr[] = {
	{"uuid", 0x0, 0x80, 1, FWCTL_FIELD_BYTES, 0, -1, -1, NULL},
	{"flags", 0x80, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"offset", 0xa0, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"version", 0xb0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0xb8, 0x8, 9, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field cxl_fields_cxl_mbox_set_feat_in[] = {
	{"hdr", 0x0, 0x100, 1, FWCTL_FIELD_LAYOUT, 0, 5, -1, NULL},
	{"feat_data", 0x100, 0x8, 0, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field cxl_fields_fwctl_rpc_cxl_hdr[] = {
	{"opcode", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"flags", 0x20, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"op_size", 0x40, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"reserved1", 0x60, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field cxl_fields_fwctl_rpc_cxl_in[] = {
	{"get_sup_feats_in", 0x0, 0x40, 1, FWCTL_FIELD_LAYOUT, 0, 0, -1, NULL},
	{"get_feat_in", 0x0, 0xa8, 1, FWCTL_FIELD_LAYOUT, 0, 4, -1, NULL},
	{"set_feat_in", 0x0, 0x100, 1, FWCTL_FIELD_LAYOUT, 0, 6, -1, NULL},
};

static const struct fwctl_field cxl_fields_fwctl_rpc_cxl[] = {
	{"hdr", 0x0, 0x80, 1, FWCTL_FIELD_LAYOUT, 0, 7, -1, NULL},
	{"op", 0x80, 0x100, 1, FWCTL_FIELD_LAYOUT, 0, 8, -1, &cxl_extras[1]},
};

static const struct fwctl_field cxl_fields_fwctl_rpc_cxl_out_hdr[] = {
	{"size", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"retval", 0x20, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field cxl_fields_fwctl_rpc_cxl_out_payload[] = {
	{"get_sup_feats_out", 0x0, 0x40, 1, FWCTL_FIELD_LAYOUT, 0, 3, -1, NULL},
	{"payload", 0x0, 0x8, 0, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field cxl_fields_fwctl_rpc_cxl_out[] = {
	{"hdr", 0x0, 0x40, 1, FWCTL_FIELD_LAYOUT, 0, 10, -1, NULL},
	{"out", 0x40, 0x40, 1, FWCTL_FIELD_LAYOUT, 0, 11, -1, &cxl_extras[2]},
};

static const struct fwctl_layout cxl_layouts[] = {
	{"cxl_mbox_get_sup_feats_in",
	 0x40,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_cxl_mbox_get_sup_feats_in,
	 3,
	 0},
	{"cxl_feat_entry",
	 0x180,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_cxl_feat_entry,
	 9,
	 0},
	{"cxl_mbox_get_sup_feats_out_hdr",
	 0x40,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_cxl_mbox_get_sup_feats_out_hdr,
	 3,
	 0},
	{"cxl_mbox_get_sup_feats_out",
	 0x40,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_cxl_mbox_get_sup_feats_out,
	 2,
	 1},
	{"cxl_mbox_get_feat_in",
	 0xa8,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_cxl_mbox_get_feat_in,
	 4,
	 0},
	{"cxl_mbox_set_feat_hdr",
	 0x100,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_cxl_mbox_set_feat_hdr,
	 5,
	 0},
	{"cxl_mbox_set_feat_in",
	 0x100,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_cxl_mbox_set_feat_in,
	 2,
	 1},
	{"fwctl_rpc_cxl_hdr",
	 0x80,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_fwctl_rpc_cxl_hdr,
	 4,
	 0},
	{"fwctl_rpc_cxl_in",
	 0x100,
	 1,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_fwctl_rpc_cxl_in,
	 3,
	 1},
	{"fwctl_rpc_cxl",
	 0x180,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_fwctl_rpc_cxl,
	 2,
	 1},
	{"fwctl_rpc_cxl_out_hdr",
	 0x40,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_fwctl_rpc_cxl_out_hdr,
	 2,
	 0},
	{"fwctl_rpc_cxl_out_payload",
	 0x40,
	 1,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_fwctl_rpc_cxl_out_payload,
	 2,
	 1},
	{"fwctl_rpc_cxl_out",
	 0x80,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 cxl_fields_fwctl_rpc_cxl_out,
	 2,
	 1},
};

/* feat_cap_read: the device's Features capability (features_capability). */
static const struct fwctl_scope_map_entry cxl_fwscope_0[] = {
	{"NONE", 0xff, 0x0, 0, NULL, FWCTL_SCOPE_DENIED, EINVAL},
};

/* feat_cap_write: the device's Features capability (features_capability). */
static const struct fwctl_scope_map_entry cxl_fwscope_1[] = {
	{"NONE", 0xff, 0x0, 0, NULL, FWCTL_SCOPE_DENIED, EINVAL},
	{"RO", 0xff, 0x1, 0, NULL, FWCTL_SCOPE_DENIED, EINVAL},
};

/* feat_flags: the flags of the Feature's Supported Feature entry. */
static const struct fwctl_scope_map_entry cxl_fwscope_2[] = {
	{"NOT_CHANGEABLE", 0x1, 0x0, 0, NULL, FWCTL_SCOPE_DENIED, EINVAL},
};

/* set_effects: the Set Feature effects of the Feature's Supported Feature entry. */
static const struct fwctl_scope_map_entry cxl_fwscope_3[] = {
	{"RESERVED", 0xf000, 0x0, 1, NULL, FWCTL_SCOPE_DENIED, EINVAL},
	{"BACKGROUND", 0x40, 0x0, 1, NULL, FWCTL_SCOPE_DENIED, EINVAL},
	{"IMMEDIATE", 0x1e, 0x0, 1, NULL, 3, 0},
	{"RESET", 0xc01, 0x0, 1, NULL, 2, 0},
};

static const uint8_t cxl_fwscope_bytes_4[][16] = {
	{0x96,
	 0xda,
	 0xd7,
	 0xd6,
	 0xfd,
	 0xe8,
	 0x48,
	 0x2b,
	 0xa7,
	 0x33,
	 0x75,
	 0x77,
	 0x4e,
	 0x06,
	 0xdb,
	 0x8a},
	{0xe5,
	 0xb1,
	 0x3f,
	 0x22,
	 0x23,
	 0x28,
	 0x4a,
	 0x14,
	 0xb8,
	 0xba,
	 0xb9,
	 0x69,
	 0x1e,
	 0x89,
	 0x33,
	 0x86},
	{0x89,
	 0x2b,
	 0xa4,
	 0x75,
	 0xfa,
	 0xd8,
	 0x47,
	 0x4e,
	 0x9d,
	 0x3e,
	 0x69,
	 0x2c,
	 0x91,
	 0x75,
	 0x68,
	 0xbb},
	{0x80,
	 0xea,
	 0x45,
	 0x21,
	 0x78,
	 0x6f,
	 0x41,
	 0x27,
	 0xaf,
	 0xb1,
	 0xec,
	 0x74,
	 0x59,
	 0xfb,
	 0x0e,
	 0x24},
	{0x96,
	 0xc3,
	 0x33,
	 0x86,
	 0x91,
	 0xdd,
	 0x44,
	 0xc7,
	 0x9e,
	 0xcb,
	 0xfd,
	 0xaf,
	 0x65,
	 0x03,
	 0xba,
	 0xc4},
	{0x45,
	 0x0e,
	 0xbf,
	 0x67,
	 0xb1,
	 0x35,
	 0x4f,
	 0x97,
	 0xa4,
	 0x98,
	 0xc2,
	 0xd5,
	 0x7f,
	 0x27,
	 0x9b,
	 0xed},
	{0x78,
	 0xb7,
	 0x96,
	 0x36,
	 0x90,
	 0xac,
	 0x4b,
	 0x64,
	 0xa4,
	 0xef,
	 0xfa,
	 0xac,
	 0x5d,
	 0x18,
	 0xa8,
	 0x63},
	{0x34,
	 0xdb,
	 0xaf,
	 0xf5,
	 0x05,
	 0x52,
	 0x42,
	 0x81,
	 0x8f,
	 0x76,
	 0xda,
	 0x0b,
	 0x5e,
	 0x7a,
	 0x76,
	 0xa7},
};

/* feature_uuid: the UUID of the Feature to set. */
static const struct fwctl_scope_map_entry cxl_fwscope_4[] = {
	{"PATROL_SCRUB",
	 0x0,
	 0x0,
	 0,
	 cxl_fwscope_bytes_4[0],
	 FWCTL_SCOPE_DENIED,
	 EPERM},
	{"ECS", 0x0, 0x0, 0, cxl_fwscope_bytes_4[1], FWCTL_SCOPE_DENIED, EPERM},
	{"SPPR",
	 0x0,
	 0x0,
	 0,
	 cxl_fwscope_bytes_4[2],
	 FWCTL_SCOPE_DENIED,
	 EPERM},
	{"HPPR",
	 0x0,
	 0x0,
	 0,
	 cxl_fwscope_bytes_4[3],
	 FWCTL_SCOPE_DENIED,
	 EPERM},
	{"CACHELINE_SPARING",
	 0x0,
	 0x0,
	 0,
	 cxl_fwscope_bytes_4[4],
	 FWCTL_SCOPE_DENIED,
	 EPERM},
	{"ROW_SPARING",
	 0x0,
	 0x0,
	 0,
	 cxl_fwscope_bytes_4[5],
	 FWCTL_SCOPE_DENIED,
	 EPERM},
	{"BANK_SPARING",
	 0x0,
	 0x0,
	 0,
	 cxl_fwscope_bytes_4[6],
	 FWCTL_SCOPE_DENIED,
	 EPERM},
	{"RANK_SPARING",
	 0x0,
	 0x0,
	 0,
	 cxl_fwscope_bytes_4[7],
	 FWCTL_SCOPE_DENIED,
	 EPERM},
};

static const struct fwctl_firmware_scope cxl_firmware_scopes[] = {
	{"feat_cap_read", 8, 0, cxl_fwscope_0, 1, 0, 0},
	{"feat_cap_write", 8, 0, cxl_fwscope_1, 2, 0, 0},
	{"feat_flags", 32, 0, cxl_fwscope_2, 1, 0, 0},
	{"set_effects", 16, 0, cxl_fwscope_3, 4, FWCTL_SCOPE_DENIED, EINVAL},
	{"feature_uuid", 128, 1, cxl_fwscope_4, 8, 0, 0},
};

/* The catalogue (cxl_catalog.c), sorted by opcode. */
extern const struct fwctl_command cxl_commands[];

const struct fwctl_family cxl_family_tables = {
	.name = "cxl",
	.device_type = 2,
	.layouts = cxl_layouts,
	.n_layouts = 13,
	.info_layout = -1,
	.enums = cxl_enums,
	.n_enums = 3,
	.commands = cxl_commands,
	.n_commands = 3,
	.command_prefix = "CXL_MBOX_OP_",
	.request_layout = 9,
	.response_layout = 12,
	.status_enum = -1,
	.opcode = {0x0, 32, FWCTL_LAYOUT_LE_LSB0},
	.op_mod = {0},
	.uid = {0},
	.status = {0x20, 32, FWCTL_LAYOUT_LE_LSB0},
	.syndrome = {0},
	.min_request_bytes = 16,
	.min_response_bytes = 8,
	.reject_errno = EINVAL,
	.scope_errno = EINVAL,
	.firmware_scopes = cxl_firmware_scopes,
	.n_firmware_scopes = 5,
};
