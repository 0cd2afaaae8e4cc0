/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/commands.yaml
 *            spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template uapi_header.h.j2)
 * To regenerate: make regen
 */
#ifndef _UAPI_CXL_FEATURES_H_
#define _UAPI_CXL_FEATURES_H_

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/stddef.h>

/**
 * DOC: cxl uAPI
 *
 * Payloads of the CXL Features mailbox commands (CXL r3.2 section
 * 8.2.9.6), packed and little-endian as the device reads them.
 */

/*
 * __uapi_uuid_t: A Feature UUID as 16 bytes; the kernel's uuid_t in kernel
 *	builds.
 */
typedef __u8 __uapi_uuid_t[16];

#ifdef __KERNEL__
#include <linux/uuid.h>
static_assert(sizeof(__uapi_uuid_t) == sizeof(uuid_t));
#define __uapi_uuid_t uuid_t
#endif

/**
 * struct cxl_mbox_get_sup_feats_in - Get Supported Features input (opcode
 *	0x500).
 * @count: bytes of Feature entries to return.
 * @start_idx: index of the first Feature entry to return.
 * @reserved: must be 0.
 */
struct cxl_mbox_get_sup_feats_in {
	__le32 count;
	__le16 start_idx;
	__u8 reserved[2];
} __attribute__((__packed__));

/*
 * CXL_CMD_CONFIG_CHANGE_COLD_RESET: the change takes effect after a cold reset.
 */
#define CXL_CMD_CONFIG_CHANGE_COLD_RESET 0x1

/*
 * CXL_CMD_CONFIG_CHANGE_IMMEDIATE: the configuration changes immediately.
 */
#define CXL_CMD_CONFIG_CHANGE_IMMEDIATE 0x2

/*
 * CXL_CMD_DATA_CHANGE_IMMEDIATE: data changes immediately.
 */
#define CXL_CMD_DATA_CHANGE_IMMEDIATE 0x4

/*
 * CXL_CMD_POLICY_CHANGE_IMMEDIATE: a policy changes immediately.
 */
#define CXL_CMD_POLICY_CHANGE_IMMEDIATE 0x8

/*
 * CXL_CMD_LOG_CHANGE_IMMEDIATE: a log changes immediately.
 */
#define CXL_CMD_LOG_CHANGE_IMMEDIATE 0x10

/*
 * CXL_CMD_SECURITY_STATE_CHANGE: the security state changes.
 */
#define CXL_CMD_SECURITY_STATE_CHANGE 0x20

/*
 * CXL_CMD_BACKGROUND: the command runs in the background.
 */
#define CXL_CMD_BACKGROUND 0x40

/*
 * CXL_CMD_BGCMD_ABORT_SUPPORTED: a background run can be aborted.
 */
#define CXL_CMD_BGCMD_ABORT_SUPPORTED 0x80

/*
 * CXL_CMD_EFFECTS_VALID: the effects field is valid.
 */
#define CXL_CMD_EFFECTS_VALID 0x200

/*
 * CXL_CMD_CONFIG_CHANGE_CONV_RESET: the change takes effect after a
 *	conventional reset.
 */
#define CXL_CMD_CONFIG_CHANGE_CONV_RESET 0x400

/*
 * CXL_CMD_CONFIG_CHANGE_CXL_RESET: the change takes effect after a CXL reset.
 */
#define CXL_CMD_CONFIG_CHANGE_CXL_RESET 0x800

/*
 * CXL_CMD_EFFECTS_RESERVED: reserved effect bits (15:12).
 */
#define CXL_CMD_EFFECTS_RESERVED 0xf000

/**
 * struct cxl_feat_entry - One Supported Feature entry.
 * @uuid: UUID of the Feature.
 * @id: index of the Feature.
 * @get_feat_size: largest Get Feature reply for the Feature.
 * @set_feat_size: largest Set Feature input for the Feature.
 * @flags: CXL_FEATURE_F_* attribute flags.
 * @get_feat_ver: Get Feature version.
 * @set_feat_ver: Set Feature version.
 * @effects: CXL_CMD_* effects of Set Feature on this Feature.
 * @reserved: must be 0.
 */
struct cxl_feat_entry {
	__uapi_uuid_t uuid;
	__le16 id;
	__le16 get_feat_size;
	__le16 set_feat_size;
	__le32 flags;
	__u8 get_feat_ver;
	__u8 set_feat_ver;
	__le16 effects;
	__u8 reserved[18];
} __attribute__((__packed__));

/*
 * CXL_FEATURE_F_CHANGEABLE: the Feature can be changed with Set Feature.
 */
#define CXL_FEATURE_F_CHANGEABLE 0x1

/*
 * CXL_FEATURE_F_PERSIST_FW_UPDATE: the setting survives a firmware update.
 */
#define CXL_FEATURE_F_PERSIST_FW_UPDATE 0x10

/*
 * CXL_FEATURE_F_DEFAULT_SEL: the default value can be read.
 */
#define CXL_FEATURE_F_DEFAULT_SEL 0x20

/*
 * CXL_FEATURE_F_SAVED_SEL: the saved value can be read.
 */
#define CXL_FEATURE_F_SAVED_SEL 0x40

/**
 * struct cxl_mbox_get_sup_feats_out - Get Supported Features output.
 * @num_entries: entries that follow.
 * @supported_feats: Features the device supports.
 * @reserved: must be 0.
 * @hdr: the output header.
 * @ents: the Feature entries.
 */
struct cxl_mbox_get_sup_feats_out {
	/* clang-format off */
	__struct_group(cxl_mbox_get_sup_feats_out_hdr, hdr, /* no attrs */,
		__le16 num_entries;
		__le16 supported_feats;
		__u8 reserved[4];
	);
	/* clang-format on */
	struct cxl_feat_entry ents[];
} __attribute__((__packed__));

/**
 * struct cxl_mbox_get_feat_in - Get Feature input (opcode 0x501).
 * @uuid: UUID of the Feature.
 * @offset: first byte of Feature data to return.
 * @count: bytes of Feature data to return.
 * @selection: which value to read.
 */
struct cxl_mbox_get_feat_in {
	__uapi_uuid_t uuid;
	__le16 offset;
	__le16 count;
	__u8 selection;
} __attribute__((__packed__));

/**
 * enum cxl_get_feat_selection - Which value of a Feature Get Feature reads
 *	(selection of cxl_mbox_get_feat_in).
 * @CXL_GET_FEAT_SEL_CURRENT_VALUE: the value in effect.
 * @CXL_GET_FEAT_SEL_DEFAULT_VALUE: the default value.
 * @CXL_GET_FEAT_SEL_SAVED_VALUE: the saved value.
 * @CXL_GET_FEAT_SEL_MAX: the number of selections.
 */
enum cxl_get_feat_selection {
	CXL_GET_FEAT_SEL_CURRENT_VALUE = 0,
	CXL_GET_FEAT_SEL_DEFAULT_VALUE = 1,
	CXL_GET_FEAT_SEL_SAVED_VALUE = 2,
	CXL_GET_FEAT_SEL_MAX = 3,
};

/**
 * struct cxl_mbox_set_feat_in - Set Feature input (opcode 0x502).
 * @uuid: UUID of the Feature.
 * @flags: CXL_SET_FEAT_FLAG_* flags.
 * @offset: first byte of Feature data to write.
 * @version: Feature version of the data.
 * @rsvd: must be 0.
 * @hdr: the input header.
 * @feat_data: Feature data to write.
 */
struct cxl_mbox_set_feat_in {
	/* clang-format off */
	__struct_group(cxl_mbox_set_feat_hdr, hdr, /* no attrs */,
		__uapi_uuid_t uuid;
		__le32 flags;
		__le16 offset;
		__u8 version;
		__u8 rsvd[9];
	);
	/* clang-format on */
	__u8 feat_data[];
} __attribute__((__packed__));

/**
 * enum cxl_set_feat_flag_data_transfer - Data transfer mode in bits 2:0 of the
 *	Set Feature flags.
 * @CXL_SET_FEAT_FLAG_FULL_DATA_TRANSFER: all data in one command.
 * @CXL_SET_FEAT_FLAG_INITIATE_DATA_TRANSFER: the first part of the data.
 * @CXL_SET_FEAT_FLAG_CONTINUE_DATA_TRANSFER: a middle part of the data.
 * @CXL_SET_FEAT_FLAG_FINISH_DATA_TRANSFER: the last part of the data.
 * @CXL_SET_FEAT_FLAG_ABORT_DATA_TRANSFER: abandon a partial transfer.
 * @CXL_SET_FEAT_FLAG_DATA_TRANSFER_MAX: the number of modes.
 */
enum cxl_set_feat_flag_data_transfer {
	CXL_SET_FEAT_FLAG_FULL_DATA_TRANSFER = 0,
	CXL_SET_FEAT_FLAG_INITIATE_DATA_TRANSFER = 1,
	CXL_SET_FEAT_FLAG_CONTINUE_DATA_TRANSFER = 2,
	CXL_SET_FEAT_FLAG_FINISH_DATA_TRANSFER = 3,
	CXL_SET_FEAT_FLAG_ABORT_DATA_TRANSFER = 4,
	CXL_SET_FEAT_FLAG_DATA_TRANSFER_MAX = 5,
};

/*
 * CXL_SET_FEAT_FLAG_DATA_TRANSFER_MASK: the data transfer mode bits of the
 *	flags.
 */
#define CXL_SET_FEAT_FLAG_DATA_TRANSFER_MASK 0x7

/*
 * CXL_SET_FEAT_FLAG_DATA_SAVED_ACROSS_RESET: keep the data across a reset.
 */
#define CXL_SET_FEAT_FLAG_DATA_SAVED_ACROSS_RESET 0x8

#endif /* _UAPI_CXL_FEATURES_H_ */
