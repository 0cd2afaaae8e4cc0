// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template reflect.c.j2)
 * To regenerate: make regen
 */
#include <errno.h>

#include "cxl_reflect.h"

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
	{"ents", 0x40, 0x180, 0, FWCTL_FIELD_LAYOUT, 1, 1, -1, NULL},
};

static const struct fwctl_field cxl_fields_cxl_mbox_get_feat_in[] = {
	{"uuid", 0x0, 0x80, 1, FWCTL_FIELD_BYTES, 0, -1, -1, NULL},
	{"offset", 0x80, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"count", 0x90, 0x10, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
	{"selection", 0xa0, 0x8, 1, FWCTL_FIELD_UINT, 0, -1, -1, NULL},
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
	{"op", 0x80, 0x100, 1, FWCTL_FIELD_LAYOUT, 0, 8, -1, NULL},
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
	{"out", 0x40, 0x40, 1, FWCTL_FIELD_LAYOUT, 0, 11, -1, NULL},
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

const struct fwctl_family fwctl_family_cxl = {
	.name = "cxl",
	.device_type = 2,
	.layouts = cxl_layouts,
	.n_layouts = 13,
	.info_layout = -1,
	.enums = NULL,
	.n_enums = 0,
	.request_layout = -1,
	.response_layout = -1,
	.status_enum = -1,
};
