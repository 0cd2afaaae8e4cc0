/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/mlx5/commands.yaml
 *            spec/mlx5/family.yaml
 *            spec/mlx5/layouts.yaml
 *            spec/mlx5/messages.yaml
 * Generator: python3 -m generator generate (template uapi_header.h.j2)
 * To regenerate: make regen
 */
#ifndef _UAPI_FWCTL_MLX5_H
#define _UAPI_FWCTL_MLX5_H

#include <linux/types.h>
#include <linux/ioctl.h>

/**
 * DOC: mlx5 uAPI
 *
 * Device data of FWCTL_DEVICE_TYPE_MLX5 devices. FWCTL_RPC buffers are
 * mlx5 command mailboxes; their layouts are described in mlx5.rst.
 */

/**
 * struct fwctl_info_mlx5 - Device data returned by FWCTL_INFO for an mlx5
 *	device.
 * @uid: out: firmware user context id bound to this file descriptor; written
 *	into every request.
 * @uctx_caps: out: capabilities enabled for the user context (bit 0x4 is tools
 *	resources).
 */
struct fwctl_info_mlx5 {
	__u32 uid;
	__u32 uctx_caps;
};

#endif /* _UAPI_FWCTL_MLX5_H */
