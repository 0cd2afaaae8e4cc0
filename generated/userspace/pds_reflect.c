// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/pds/adminq.yaml
 *            spec/pds/family.yaml
 * Generator: python3 -m generator generate (template reflect.c.j2)
 * To regenerate: make regen
 */
#include <errno.h>

#include <fwctl/reflect.h>

static const struct fwctl_enum_entry pds_enum_pds_fwctl_capabilities[] = {
	{"QUERY_CAP", 0x0},
	{"SEND_CAP", 0x1},
};

static const struct fwctl_enum_entry pds_enum_fwctl_cmd_opcode[] = {
	{"IDENT", 0x46},
	{"RPC", 0x47},
	{"QUERY", 0x48},
};

static const struct fwctl_enum_entry pds_enum_fwctl_query_entity[] = {
	{"ROOT", 0x0},
	{"ENDPOINT", 0x1},
	{"OPERATION", 0x2},
};

static const struct fwctl_enum_entry pds_enum_fw_cmd_attr[] = {
	{"READ", 0x0},
	{"DEBUG_READ", 0x2},
	{"WRITE", 0x4},
	{"DEBUG_WRITE", 0x8},
	{"SYNC", 0x10},
};

static const struct fwctl_enum pds_enums[] = {
	{"pds_fwctl_capabilities",
	 "PDS_FWCTL_",
	 pds_enum_pds_fwctl_capabilities,
	 2},
	{"fwctl_cmd_opcode", "PDS_FWCTL_CMD_", pds_enum_fwctl_cmd_opcode, 3},
	{"fwctl_query_entity",
	 "PDS_FWCTL_RPC_",
	 pds_enum_fwctl_query_entity,
	 3},
	{"fw_cmd_attr", "PDSFC_FW_CMD_ATTR_", pds_enum_fw_cmd_attr, 5},
};

static const struct fwctl_user_pointer pds_pointers[] = {
	{{0x60, 32, FWCTL_LAYOUT_LE_LSB0}, 1},
	{{0x60, 32, FWCTL_LAYOUT_LE_LSB0}, 0},
};

static const struct fwctl_field_extra pds_extras[] = {
	{FWCTL_LAYOUT_LE_LSB0, 0, 0, NULL, NULL, &pds_pointers[0]},
	{FWCTL_LAYOUT_LE_LSB0, 0, 0, NULL, NULL, &pds_pointers[1]},
};

static const struct fwctl_field pds_fields_fwctl_cmd[] = {
	{"opcode", 0x0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, 1, NULL},
	{"rsvd", 0x8, 0x8, 3, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"ep", 0x20, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"op", 0x40, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_comp[] = {
	{"status", 0x0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x8, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"comp_index", 0x10, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd2", 0x20, 0x8, 11, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"color", 0x78, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_ident_cmd[] = {
	{"opcode", 0x0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, 1, NULL},
	{"rsvd", 0x8, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"version", 0x10, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd2", 0x18, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"len", 0x20, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"ident_pa", 0x40, 0x40, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_ident[] = {
	{"features", 0x0, 0x40, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"version", 0x40, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x48, 0x8, 3, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"max_req_sz", 0x60, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"max_resp_sz", 0x80, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"max_req_sg_elems", 0xa0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"max_resp_sg_elems", 0xa8, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_query_target[] = {
	{"ep", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"op", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_query_cmd[] = {
	{"opcode", 0x0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, 1, NULL},
	{"entity", 0x8, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, 2, NULL},
	{"version", 0x10, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x18, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"query_data_buf_len",
	 0x20,
	 0x20,
	 1,
	 FWCTL_FIELD_UINT,
	 0,
	 -1,
	 -1,
	 NULL},
	{"query_data_buf_pa", 0x40, 0x40, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"target", 0x80, 0x20, 1, FWCTL_FIELD_LAYOUT, 0, 4, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_query_comp[] = {
	{"status", 0x0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x8, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"comp_index", 0x10, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"version", 0x20, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd2", 0x28, 0x8, 2, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"color", 0x38, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_query_data_endpoint[] = {
	{"id", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_query_data_operation[] = {
	{"id", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"scope", 0x20, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, 3, NULL},
	{"rsvd", 0x28, 0x8, 3, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_query_data[] = {
	{"version", 0x0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x8, 0x8, 3, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"num_entries", 0x20, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"entries", 0x40, 0x8, 0, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_rpc_req[] = {
	{"inline_req1", 0x0, 0x8, 16, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"indirect", 0x0, 0x80, 1, FWCTL_FIELD_LAYOUT, 0, 11, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_rpc_req_indirect[] = {
	{"req_pa", 0x0, 0x40, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"req_sz", 0x40, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"req_sg_elems", 0x60, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"req_rsvd", 0x68, 0x8, 3, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_rpc_resp[] = {
	{"inline_req2", 0x0, 0x8, 16, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"indirect", 0x0, 0x80, 1, FWCTL_FIELD_LAYOUT, 0, 13, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_rpc_resp_indirect[] = {
	{"resp_pa", 0x0, 0x40, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"resp_sz", 0x40, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"resp_sg_elems", 0x60, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"resp_rsvd", 0x68, 0x8, 3, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_rpc_cmd[] = {
	{"opcode", 0x0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, 1, NULL},
	{"rsvd", 0x8, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"flags", 0x10, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"ep", 0x20, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"op", 0x40, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"inline_req0", 0x60, 0x8, 16, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"req", 0xe0, 0x80, 1, FWCTL_FIELD_LAYOUT, 0, 10, -1, NULL},
	{"resp", 0x160, 0x80, 1, FWCTL_FIELD_LAYOUT, 0, 12, -1, NULL},
};

static const struct fwctl_field pds_fields_sg_elem[] = {
	{"addr", 0x0, 0x40, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"len", 0x40, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x60, 0x8, 4, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_rpc_comp[] = {
	{"status", 0x0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x8, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"comp_index", 0x10, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"err", 0x20, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"resp_sz", 0x40, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd2", 0x60, 0x8, 3, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"color", 0x78, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_field pds_fields_fwctl_rpc_pds_in[] = {
	{"op", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"ep", 0x20, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x40, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"len", 0x60, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"payload", 0x80, 0x40, 1, FWCTL_FIELD_UINT, 0, -1, -1, &pds_extras[0]},
};

static const struct fwctl_field pds_fields_fwctl_rpc_pds_out[] = {
	{"retval", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"rsvd", 0x20, 0x20, 2, FWCTL_FIELD_UINT, 1, -1, -1, NULL},
	{"len", 0x60, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"payload", 0x80, 0x40, 1, FWCTL_FIELD_UINT, 0, -1, -1, &pds_extras[1]},
};

static const struct fwctl_field pds_fields_fwctl_rpc_pds[] = {
	{"in", 0x0, 0xc0, 1, FWCTL_FIELD_LAYOUT, 0, 17, -1, NULL},
	{"out", 0xc0, 0xc0, 1, FWCTL_FIELD_LAYOUT, 0, 18, -1, NULL},
};

/* FWCTL_INFO device data: struct fwctl_info_pds, a little-endian C struct. */
static const struct fwctl_field pds_fields_fwctl_info_pds[] = {
	{"uctx_caps", 0x0, 0x20, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
};

static const struct fwctl_layout pds_layouts[] = {
	{"fwctl_cmd",
	 0x60,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_cmd,
	 4,
	 0},
	{"fwctl_comp",
	 0x80,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_comp,
	 5,
	 0},
	{"fwctl_ident_cmd",
	 0x80,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_ident_cmd,
	 6,
	 0},
	{"fwctl_ident",
	 0xb0,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_ident,
	 7,
	 0},
	{"fwctl_query_target",
	 0x20,
	 1,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_query_target,
	 2,
	 0},
	{"fwctl_query_cmd",
	 0xa0,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_query_cmd,
	 7,
	 0},
	{"fwctl_query_comp",
	 0x40,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_query_comp,
	 6,
	 0},
	{"fwctl_query_data_endpoint",
	 0x20,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_query_data_endpoint,
	 1,
	 0},
	{"fwctl_query_data_operation",
	 0x40,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_query_data_operation,
	 3,
	 0},
	{"fwctl_query_data",
	 0x40,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_query_data,
	 4,
	 1},
	{"fwctl_rpc_req",
	 0x80,
	 1,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_req,
	 2,
	 0},
	{"fwctl_rpc_req_indirect",
	 0x80,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_req_indirect,
	 4,
	 0},
	{"fwctl_rpc_resp",
	 0x80,
	 1,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_resp,
	 2,
	 0},
	{"fwctl_rpc_resp_indirect",
	 0x80,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_resp_indirect,
	 4,
	 0},
	{"fwctl_rpc_cmd",
	 0x1e0,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_cmd,
	 8,
	 0},
	{"sg_elem", 0x80, 0, FWCTL_LAYOUT_LE_LSB0, pds_fields_sg_elem, 3, 0},
	{"fwctl_rpc_comp",
	 0x80,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_comp,
	 7,
	 0},
	{"fwctl_rpc_pds_in",
	 0xc0,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_pds_in,
	 5,
	 0},
	{"fwctl_rpc_pds_out",
	 0xc0,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_pds_out,
	 4,
	 0},
	{"fwctl_rpc_pds",
	 0x180,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_rpc_pds,
	 2,
	 0},
	{"fwctl_info_pds",
	 0x20,
	 0,
	 FWCTL_LAYOUT_LE_LSB0,
	 pds_fields_fwctl_info_pds,
	 1,
	 0},
};

/* attr: the attribute the firmware reports for the operation (fw_cmd_attr). */
static const struct fwctl_scope_map_entry pds_fwscope_0[] = {
	{"READ", 0xff, 0x0, 0, NULL, 0, 0},
	{"WRITE", 0xff, 0x4, 0, NULL, 0, 0},
	{"SYNC", 0xff, 0x10, 0, NULL, 0, 0},
	{"DEBUG_READ", 0xff, 0x2, 0, NULL, 1, 0},
	{"DEBUG_WRITE", 0xff, 0x8, 0, NULL, 2, 0},
};

static const struct fwctl_firmware_scope pds_firmware_scopes[] = {
	{"attr", 8, 0, pds_fwscope_0, 5, 3, 0},
};

static const uint8_t pds_every_command[] = {0};

/* The catalogue (pds_catalog.c), sorted by opcode. */
extern const struct fwctl_command pds_commands[];

const struct fwctl_family pds_family_tables = {
	.name = "pds",
	.device_type = 4,
	.layouts = pds_layouts,
	.n_layouts = 21,
	.info_layout = 20,
	.enums = pds_enums,
	.n_enums = 4,
	.commands = pds_commands,
	.n_commands = 0,
	.command_prefix = "PDS_FWCTL_OP_",
	.request_layout = 19,
	.response_layout = 19,
	.status_enum = -1,
	.opcode = {0x0, 32, FWCTL_LAYOUT_LE_LSB0},
	.op_mod = {0},
	.uid = {0},
	.status = {0xc0, 32, FWCTL_LAYOUT_LE_LSB0},
	.syndrome = {0},
	.min_request_bytes = 48,
	.min_response_bytes = 48,
	.reject_errno = EINVAL,
	.scope_errno = EPERM,
	.firmware_scopes = pds_firmware_scopes,
	.n_firmware_scopes = 1,
	.every_command = pds_every_command,
	.n_every_command = 1,
};
