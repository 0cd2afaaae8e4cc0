/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/fwctl.yaml
 * Generator: python3 -m generator generate (template uapi_header.h.j2)
 * To regenerate: make regen
 */
#ifndef _UAPI_FWCTL_H
#define _UAPI_FWCTL_H

#include <linux/types.h>
#include <linux/ioctl.h>

/**
 * DOC: fwctl uAPI
 *
 * Every ioctl takes a pointer to a struct whose first __u32 is its size.
 * The kernel accepts a struct shorter than its own only down to the last
 * field it needs, and a longer one only when every byte beyond its own
 * struct is zero. Errors are reported through errno as listed in "errors".
 */

/*
 * FWCTL_TYPE: ioctl type byte of every fwctl ioctl.
 */
#define FWCTL_TYPE 0x9a

/*
 * FWCTL_CMD_*: ioctl command numbers (the nr part of the ioctl).
 *   FWCTL_CMD_BASE: first command number.
 *   FWCTL_CMD_INFO: number of FWCTL_INFO.
 *   FWCTL_CMD_RPC: number of FWCTL_RPC.
 */
enum {
	FWCTL_CMD_BASE = 0,
	FWCTL_CMD_INFO = 0,
	FWCTL_CMD_RPC = 1,
};

/**
 * enum fwctl_device_type - Which driver interface a device speaks; selects the
 *	device data and RPC formats.
 * @FWCTL_DEVICE_TYPE_ERROR: never returned by a working driver.
 * @FWCTL_DEVICE_TYPE_MLX5: NVIDIA ConnectX (mlx5) command mailboxes.
 * @FWCTL_DEVICE_TYPE_CXL: CXL Features mailbox commands.
 * @FWCTL_DEVICE_TYPE_BNXT: Broadcom NetXtreme HWRM messages.
 * @FWCTL_DEVICE_TYPE_PDS: AMD/Pensando DSC firmware operations.
 */
enum fwctl_device_type {
	FWCTL_DEVICE_TYPE_ERROR = 0,
	FWCTL_DEVICE_TYPE_MLX5 = 1,
	FWCTL_DEVICE_TYPE_CXL = 2,
	FWCTL_DEVICE_TYPE_BNXT = 3,
	FWCTL_DEVICE_TYPE_PDS = 4,
};

/**
 * struct fwctl_info - Argument of FWCTL_INFO; reports the device type and the
 *	driver's device data.
 * @size: in: sizeof(struct fwctl_info).
 * @flags: in: must be 0.
 * @out_device_type: out: the device type, a value of enum fwctl_device_type.
 * @device_data_len: inout: in: length of the buffer at out_device_data. out:
 *	length of the driver's device data, which may be larger (the copy was
 *	truncated) or smaller than the buffer.
 * @out_device_data: in: user pointer to device_data_len bytes. The kernel
 *	writes the whole buffer, zero-filling what the driver's data does not
 *	cover.
 */
struct fwctl_info {
	__u32 size;
	__u32 flags;
	__u32 out_device_type;
	__u32 device_data_len;
	__aligned_u64 out_device_data;
};

/**
 * FWCTL_INFO - ioctl(fd, FWCTL_INFO, struct fwctl_info *)
 *
 * Query the device type and its driver-specific device data.
 *
 * Errors:
 * EOPNOTSUPP: flags is not 0.
 * ENOMEM: the driver could not allocate its device data.
 * EFAULT: out_device_data cannot be written.
 * ENODEV: the device was unregistered (hot-unplug).
 */
#define FWCTL_INFO _IO(FWCTL_TYPE, FWCTL_CMD_INFO)

/**
 * enum fwctl_rpc_scope - The security scope of an RPC. Scopes are ordered: a
 *	driver accepts an RPC when the scope given is at least the scope the
 *	command needs.
 * @FWCTL_RPC_CONFIGURATION: read and write device configuration; after a write
 *	the device remains in a fully supported state.
 * @FWCTL_RPC_DEBUG_READ_ONLY: read debug information compatible with kernel
 *	lockdown; never discloses secrets such as encryption keys.
 * @FWCTL_RPC_DEBUG_WRITE: write lockdown-compatible debug data; the device may
 *	leave its fully supported state. Taints the kernel.
 * @FWCTL_RPC_DEBUG_WRITE_FULL: read and write anything the device offers,
 *	outside lockdown rules. Needs CAP_SYS_RAWIO and taints the kernel.
 */
enum fwctl_rpc_scope {
	FWCTL_RPC_CONFIGURATION = 0,
	FWCTL_RPC_DEBUG_READ_ONLY = 1,
	FWCTL_RPC_DEBUG_WRITE = 2,
	FWCTL_RPC_DEBUG_WRITE_FULL = 3,
};

/**
 * struct fwctl_rpc - Argument of FWCTL_RPC; one request to the device and its
 *	response.
 * @size: in: sizeof(struct fwctl_rpc).
 * @scope: in: the scope the request needs, a value of enum fwctl_rpc_scope.
 * @in_len: in: length of the request at in.
 * @out_len: inout: in: size of the response buffer at out. out: length of the
 *	device's response; larger than the buffer when the response was
 *	truncated.
 * @in: in: user pointer to the request, in the device type's format.
 * @out: in: user pointer to the response buffer.
 */
struct fwctl_rpc {
	__u32 size;
	__u32 scope;
	__u32 in_len;
	__u32 out_len;
	__aligned_u64 in;
	__aligned_u64 out;
};

/**
 * FWCTL_RPC - ioctl(fd, FWCTL_RPC, struct fwctl_rpc *)
 *
 * Deliver one request to the device firmware and return its response. An
 * errno means the request was not delivered; a status the device reports
 * after delivery is part of the response in out.
 *
 * Errors:
 * EMSGSIZE: in_len or out_len is larger than 2 MiB.
 * EPERM: scope is DEBUG_WRITE_FULL and the caller lacks CAP_SYS_RAWIO.
 * EOPNOTSUPP: scope is not a value of enum fwctl_rpc_scope.
 * ENOMEM: the request buffer could not be allocated.
 * EFAULT: in cannot be read or out cannot be written.
 * ENODEV: the device was unregistered (hot-unplug).
 * (driver): the driver rejected the request; the errno is the driver's own (see
 *	the device type).
 */
#define FWCTL_RPC _IO(FWCTL_TYPE, FWCTL_CMD_RPC)

#endif /* _UAPI_FWCTL_H */
