/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ABI of the generated pds and CXL uapi headers, as upstream Linux has it
 * (include/uapi/fwctl/pds.h, include/uapi/fwctl/cxl.h,
 * include/uapi/cxl/features.h).  Every number below is written from the
 * upstream headers, independently of the spec.  Included by a C and a C++
 * translation unit that include every generated uapi header together.
 */
#ifndef ABI_PDS_CXL_H
#define ABI_PDS_CXL_H

#include <linux/types.h>
#include <fwctl/fwctl.h>
#include <fwctl/mlx5.h>
#include <fwctl/pds.h>
#include <fwctl/cxl.h>
#include <cxl/features.h>

/* upstream's include guards */
#if !defined(_UAPI_FWCTL_PDS_H_) || !defined(_UAPI_FWCTL_CXL_H_) || \
	!defined(_UAPI_CXL_FEATURES_H_)
#error "an include guard differs from upstream's"
#endif
#include <stddef.h>

#ifdef __cplusplus
#define ABI_CHECK(expr) static_assert(expr, #expr)
#define ABI_ALIGNOF(type) alignof(type)
#else
#define ABI_CHECK(expr) _Static_assert(expr, #expr)
#define ABI_ALIGNOF(type) _Alignof(type)
#endif
#define ABI_SIZE(type, member) sizeof(((type *)0)->member)
/* offset and size of one member */
#define ABI_MEMBER(type, member, off, size)            \
	ABI_CHECK(offsetof(type, member) == (off)); \
	ABI_CHECK(ABI_SIZE(type, member) == (size))

/* fwctl/pds.h */
ABI_CHECK(sizeof(struct fwctl_info_pds) == 4);
ABI_MEMBER(struct fwctl_info_pds, uctx_caps, 0, 4);
ABI_CHECK(PDS_FWCTL_QUERY_CAP == 0);
ABI_CHECK(PDS_FWCTL_SEND_CAP == 1);
ABI_CHECK(sizeof(struct fwctl_rpc_pds) == 48);
ABI_CHECK(ABI_ALIGNOF(struct fwctl_rpc_pds) == 8);
ABI_MEMBER(struct fwctl_rpc_pds, in, 0, 24);
ABI_MEMBER(struct fwctl_rpc_pds, in.op, 0, 4);
ABI_MEMBER(struct fwctl_rpc_pds, in.ep, 4, 4);
ABI_MEMBER(struct fwctl_rpc_pds, in.rsvd, 8, 4);
ABI_MEMBER(struct fwctl_rpc_pds, in.len, 12, 4);
ABI_MEMBER(struct fwctl_rpc_pds, in.payload, 16, 8);
ABI_MEMBER(struct fwctl_rpc_pds, out, 24, 24);
ABI_MEMBER(struct fwctl_rpc_pds, out.retval, 24, 4);
ABI_MEMBER(struct fwctl_rpc_pds, out.rsvd, 28, 8);
ABI_MEMBER(struct fwctl_rpc_pds, out.len, 36, 4);
ABI_MEMBER(struct fwctl_rpc_pds, out.payload, 40, 8);

/* cxl/features.h */
ABI_CHECK(sizeof(__uapi_uuid_t) == 16);
ABI_CHECK(sizeof(struct cxl_mbox_get_sup_feats_in) == 8);
ABI_CHECK(ABI_ALIGNOF(struct cxl_mbox_get_sup_feats_in) == 1);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_in, count, 0, 4);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_in, start_idx, 4, 2);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_in, reserved, 6, 2);

ABI_CHECK(CXL_CMD_CONFIG_CHANGE_COLD_RESET == 1u << 0);
ABI_CHECK(CXL_CMD_CONFIG_CHANGE_IMMEDIATE == 1u << 1);
ABI_CHECK(CXL_CMD_DATA_CHANGE_IMMEDIATE == 1u << 2);
ABI_CHECK(CXL_CMD_POLICY_CHANGE_IMMEDIATE == 1u << 3);
ABI_CHECK(CXL_CMD_LOG_CHANGE_IMMEDIATE == 1u << 4);
ABI_CHECK(CXL_CMD_SECURITY_STATE_CHANGE == 1u << 5);
ABI_CHECK(CXL_CMD_BACKGROUND == 1u << 6);
ABI_CHECK(CXL_CMD_BGCMD_ABORT_SUPPORTED == 1u << 7);
ABI_CHECK(CXL_CMD_EFFECTS_VALID == 1u << 9);
ABI_CHECK(CXL_CMD_CONFIG_CHANGE_CONV_RESET == 1u << 10);
ABI_CHECK(CXL_CMD_CONFIG_CHANGE_CXL_RESET == 1u << 11);
ABI_CHECK(CXL_CMD_EFFECTS_RESERVED == 0xf000u); /* GENMASK(15, 12) */

ABI_CHECK(sizeof(struct cxl_feat_entry) == 48);
ABI_CHECK(ABI_ALIGNOF(struct cxl_feat_entry) == 1);
ABI_MEMBER(struct cxl_feat_entry, uuid, 0, 16);
ABI_MEMBER(struct cxl_feat_entry, id, 16, 2);
ABI_MEMBER(struct cxl_feat_entry, get_feat_size, 18, 2);
ABI_MEMBER(struct cxl_feat_entry, set_feat_size, 20, 2);
ABI_MEMBER(struct cxl_feat_entry, flags, 22, 4);
ABI_MEMBER(struct cxl_feat_entry, get_feat_ver, 26, 1);
ABI_MEMBER(struct cxl_feat_entry, set_feat_ver, 27, 1);
ABI_MEMBER(struct cxl_feat_entry, effects, 28, 2);
ABI_MEMBER(struct cxl_feat_entry, reserved, 30, 18);

ABI_CHECK(CXL_FEATURE_F_CHANGEABLE == 1u << 0);
ABI_CHECK(CXL_FEATURE_F_PERSIST_FW_UPDATE == 1u << 4);
ABI_CHECK(CXL_FEATURE_F_DEFAULT_SEL == 1u << 5);
ABI_CHECK(CXL_FEATURE_F_SAVED_SEL == 1u << 6);

ABI_CHECK(sizeof(struct cxl_mbox_get_sup_feats_out) == 8);
ABI_CHECK(ABI_ALIGNOF(struct cxl_mbox_get_sup_feats_out) == 1);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_out, hdr, 0, 8);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_out, num_entries, 0, 2);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_out, supported_feats, 2, 2);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_out, reserved, 4, 4);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_out, hdr.num_entries, 0, 2);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_out, hdr.supported_feats, 2, 2);
ABI_MEMBER(struct cxl_mbox_get_sup_feats_out, hdr.reserved, 4, 4);
ABI_CHECK(offsetof(struct cxl_mbox_get_sup_feats_out, ents) == 8);
ABI_CHECK(sizeof(((struct cxl_mbox_get_sup_feats_out *)0)->ents[0]) == 48);

ABI_CHECK(sizeof(struct cxl_mbox_get_feat_in) == 21);
ABI_CHECK(ABI_ALIGNOF(struct cxl_mbox_get_feat_in) == 1);
ABI_MEMBER(struct cxl_mbox_get_feat_in, uuid, 0, 16);
ABI_MEMBER(struct cxl_mbox_get_feat_in, offset, 16, 2);
ABI_MEMBER(struct cxl_mbox_get_feat_in, count, 18, 2);
ABI_MEMBER(struct cxl_mbox_get_feat_in, selection, 20, 1);
ABI_CHECK(CXL_GET_FEAT_SEL_CURRENT_VALUE == 0);
ABI_CHECK(CXL_GET_FEAT_SEL_DEFAULT_VALUE == 1);
ABI_CHECK(CXL_GET_FEAT_SEL_SAVED_VALUE == 2);
ABI_CHECK(CXL_GET_FEAT_SEL_MAX == 3);

ABI_CHECK(sizeof(struct cxl_mbox_set_feat_in) == 32);
ABI_CHECK(ABI_ALIGNOF(struct cxl_mbox_set_feat_in) == 1);
ABI_MEMBER(struct cxl_mbox_set_feat_in, hdr, 0, 32);
ABI_MEMBER(struct cxl_mbox_set_feat_in, uuid, 0, 16);
ABI_MEMBER(struct cxl_mbox_set_feat_in, flags, 16, 4);
ABI_MEMBER(struct cxl_mbox_set_feat_in, offset, 20, 2);
ABI_MEMBER(struct cxl_mbox_set_feat_in, version, 22, 1);
ABI_MEMBER(struct cxl_mbox_set_feat_in, rsvd, 23, 9);
ABI_MEMBER(struct cxl_mbox_set_feat_in, hdr.flags, 16, 4);
ABI_CHECK(offsetof(struct cxl_mbox_set_feat_in, feat_data) == 32);
ABI_CHECK(CXL_SET_FEAT_FLAG_FULL_DATA_TRANSFER == 0);
ABI_CHECK(CXL_SET_FEAT_FLAG_INITIATE_DATA_TRANSFER == 1);
ABI_CHECK(CXL_SET_FEAT_FLAG_CONTINUE_DATA_TRANSFER == 2);
ABI_CHECK(CXL_SET_FEAT_FLAG_FINISH_DATA_TRANSFER == 3);
ABI_CHECK(CXL_SET_FEAT_FLAG_ABORT_DATA_TRANSFER == 4);
ABI_CHECK(CXL_SET_FEAT_FLAG_DATA_TRANSFER_MAX == 5);
ABI_CHECK(CXL_SET_FEAT_FLAG_DATA_TRANSFER_MASK == 0x7u); /* GENMASK(2, 0) */
ABI_CHECK(CXL_SET_FEAT_FLAG_DATA_SAVED_ACROSS_RESET == 1u << 3);

/* fwctl/cxl.h */
ABI_CHECK(sizeof(struct fwctl_rpc_cxl) == 48);
ABI_CHECK(ABI_ALIGNOF(struct fwctl_rpc_cxl) == 4);
ABI_MEMBER(struct fwctl_rpc_cxl, hdr, 0, 16);
ABI_MEMBER(struct fwctl_rpc_cxl, opcode, 0, 4);
ABI_MEMBER(struct fwctl_rpc_cxl, flags, 4, 4);
ABI_MEMBER(struct fwctl_rpc_cxl, op_size, 8, 4);
ABI_MEMBER(struct fwctl_rpc_cxl, reserved1, 12, 4);
ABI_MEMBER(struct fwctl_rpc_cxl, hdr.op_size, 8, 4);
ABI_MEMBER(struct fwctl_rpc_cxl, get_sup_feats_in, 16, 8);
ABI_MEMBER(struct fwctl_rpc_cxl, get_feat_in, 16, 21);
ABI_MEMBER(struct fwctl_rpc_cxl, set_feat_in, 16, 32);
ABI_CHECK(sizeof(struct fwctl_rpc_cxl_out) == 16);
ABI_CHECK(ABI_ALIGNOF(struct fwctl_rpc_cxl_out) == 4);
ABI_MEMBER(struct fwctl_rpc_cxl_out, hdr, 0, 8);
ABI_MEMBER(struct fwctl_rpc_cxl_out, size, 0, 4);
ABI_MEMBER(struct fwctl_rpc_cxl_out, retval, 4, 4);
ABI_MEMBER(struct fwctl_rpc_cxl_out, get_sup_feats_out, 8, 8);

#ifndef __cplusplus
/*
 * C only: __struct_group's tagged struct is not declared in C++, and
 * __DECLARE_FLEX_ARRAY puts an empty struct (one byte in C++) before the
 * array, in upstream's header as in ours.
 */
ABI_CHECK(offsetof(struct fwctl_rpc_cxl_out, payload) == 8);
ABI_CHECK(sizeof(struct fwctl_rpc_cxl_hdr) == 16);
ABI_CHECK(sizeof(struct fwctl_rpc_cxl_out_hdr) == 8);
ABI_CHECK(sizeof(struct cxl_mbox_get_sup_feats_out_hdr) == 8);
ABI_CHECK(ABI_ALIGNOF(struct cxl_mbox_get_sup_feats_out_hdr) == 2);
ABI_CHECK(sizeof(struct cxl_mbox_set_feat_hdr) == 32);
ABI_CHECK(ABI_ALIGNOF(struct cxl_mbox_set_feat_hdr) == 4);
#endif

#endif /* ABI_PDS_CXL_H */
