/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/pds/adminq.yaml
 *            spec/pds/family.yaml
 * Generator: python3 -m generator generate (template uapi_header.h.j2)
 * To regenerate: make regen
 */
#ifndef _UAPI_FWCTL_PDS_H_
#define _UAPI_FWCTL_PDS_H_

#include <linux/types.h>
#include <linux/ioctl.h>

/**
 * DOC: pds uAPI
 *
 * Device data and the FWCTL_RPC buffer of FWCTL_DEVICE_TYPE_PDS devices.
 * The payloads the buffer points at are the firmware operation's own.
 */

/**
 * struct fwctl_info_pds - Device data returned by FWCTL_INFO for a pds device.
 * @uctx_caps: out: bitmap of firmware capabilities (enum
 *	pds_fwctl_capabilities).
 */
struct fwctl_info_pds {
	__u32 uctx_caps;
};

/**
 * enum pds_fwctl_capabilities - Firmware capabilities reported in uctx_caps.
 * @PDS_FWCTL_QUERY_CAP: the firmware can be queried for information.
 * @PDS_FWCTL_SEND_CAP: the firmware can be sent commands.
 */
enum pds_fwctl_capabilities {
	PDS_FWCTL_QUERY_CAP = 0,
	PDS_FWCTL_SEND_CAP = 1,
};

/**
 * struct fwctl_rpc_pds - FWCTL_RPC buffer of a pds device, in and out.
 * @in.op: operation: bits 15:0 the command, bits 23:16 its version.
 * @in.ep: firmware endpoint to operate on.
 * @in.rsvd: reserved.
 * @in.len: length of the request payload.
 * @in.payload: address of the request payload.
 * @in: rpc in parameters.
 * @out.retval: the operation's result, set by the driver.
 * @out.rsvd: reserved.
 * @out.len: length of the response buffer.
 * @out.payload: address of the response buffer.
 * @out: rpc out parameters.
 */
struct fwctl_rpc_pds {
	struct {
		__u32 op;
		__u32 ep;
		__u32 rsvd;
		__u32 len;
		__aligned_u64 payload;
	} in;
	struct {
		__u32 retval;
		__u32 rsvd[2];
		__u32 len;
		__aligned_u64 payload;
	} out;
};

#endif /* _UAPI_FWCTL_PDS_H_ */
