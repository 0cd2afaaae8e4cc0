/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/bnxt/commands.yaml
 *            spec/bnxt/family.yaml
 *            spec/bnxt/layouts.yaml
 * Generator: python3 -m generator generate (template uapi_header.h.j2)
 * To regenerate: make regen
 */
#ifndef _UAPI_FWCTL_BNXT_H_
#define _UAPI_FWCTL_BNXT_H_

#include <linux/types.h>
#include <linux/ioctl.h>

/**
 * DOC: bnxt uAPI
 *
 * Device data of FWCTL_DEVICE_TYPE_BNXT devices. FWCTL_RPC buffers are
 * HWRM request and response messages; their layouts are described in
 * bnxt.rst.
 */

/**
 * enum fwctl_bnxt_commands - Kinds of command a user context may send; bit
 *	numbers of uctx_caps.
 * @FWCTL_BNXT_INLINE_COMMANDS: HWRM messages carried inline in the RPC buffers.
 * @FWCTL_BNXT_QUERY_COMMANDS: commands that only read firmware state.
 * @FWCTL_BNXT_SEND_COMMANDS: commands that change firmware state.
 */
enum fwctl_bnxt_commands {
	FWCTL_BNXT_INLINE_COMMANDS = 0,
	FWCTL_BNXT_QUERY_COMMANDS = 1,
	FWCTL_BNXT_SEND_COMMANDS = 2,
};

/**
 * struct fwctl_info_bnxt - Device data returned by FWCTL_INFO for a bnxt
 *	device.
 * @uctx_caps: out: command kinds the driver accepts, one bit per enum
 *	fwctl_bnxt_commands value.
 */
struct fwctl_info_bnxt {
	__u32 uctx_caps;
};

#endif /* _UAPI_FWCTL_BNXT_H_ */
