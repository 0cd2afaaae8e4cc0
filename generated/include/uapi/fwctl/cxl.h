/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/commands.yaml
 *            spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template uapi_header.h.j2)
 * To regenerate: make regen
 */
#ifndef _UAPI_FWCTL_CXL_H_
#define _UAPI_FWCTL_CXL_H_

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/stddef.h>
#include <cxl/features.h>

/**
 * DOC: cxl uAPI
 *
 * FWCTL_RPC buffers of FWCTL_DEVICE_TYPE_CXL devices: a request header and
 * the command's payload in, the payload size and the mailbox return code
 * out.
 */

/**
 * struct fwctl_rpc_cxl - FWCTL_RPC input of a CXL device.
 * @opcode: CXL mailbox opcode.
 * @flags: flags of the command.
 * @op_size: bytes of the command's input.
 * @reserved1: must be 0.
 * @hdr: the request header.
 * @get_sup_feats_in: Get Supported Features input.
 * @get_feat_in: Get Feature input.
 * @set_feat_in: Set Feature input.
 */
struct fwctl_rpc_cxl {
	/* clang-format off */
	__struct_group(fwctl_rpc_cxl_hdr, hdr, /* no attrs */,
		__u32 opcode;
		__u32 flags;
		__u32 op_size;
		__u32 reserved1;
	);
	/* clang-format on */
	union {
		struct cxl_mbox_get_sup_feats_in get_sup_feats_in;
		struct cxl_mbox_get_feat_in get_feat_in;
		struct cxl_mbox_set_feat_in set_feat_in;
	};
};

/**
 * struct fwctl_rpc_cxl_out - FWCTL_RPC output of a CXL device.
 * @size: bytes of output payload.
 * @retval: the mailbox return code.
 * @hdr: the reply header.
 * @get_sup_feats_out: Get Supported Features output.
 * @payload: the output of the other commands as bytes.
 */
struct fwctl_rpc_cxl_out {
	/* clang-format off */
	__struct_group(fwctl_rpc_cxl_out_hdr, hdr, /* no attrs */,
		__u32 size;
		__u32 retval;
	);
	/* clang-format on */
	union {
		struct cxl_mbox_get_sup_feats_out get_sup_feats_out;
		__DECLARE_FLEX_ARRAY(__u8, payload);
	};
};

#endif /* _UAPI_FWCTL_CXL_H_ */
