// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/fwctl.yaml
 * Generator: python3 -m generator generate (template core_names.c.j2)
 * To regenerate: make regen
 */
#include <errno.h>

#include "tables.h"

/* The reflection tables of each family ({family}_reflect.c). */
extern const struct fwctl_family bnxt_family_tables;
extern const struct fwctl_family cxl_family_tables;
extern const struct fwctl_family mlx5_family_tables;
extern const struct fwctl_family pds_family_tables;

/* Every device family of the spec, in spec order. */
const struct fwctl_family *const fwctl_families[] = {
	&bnxt_family_tables,
	&cxl_family_tables,
	&mlx5_family_tables,
	&pds_family_tables,
};

const uint32_t fwctl_n_families = 4;

/* Scopes as tools print and parse them, indexed by enum fwctl_rpc_scope. */
const struct fwctl_scope_info fwctl_scopes[] = {
	{"configuration", 0, NULL},
	{"debug_read_only", 0, NULL},
	{"debug_write", 1, NULL},
	{"debug_write_full", 1, "CAP_SYS_RAWIO"},
};

const uint32_t fwctl_n_scopes = 4;

const uint32_t fwctl_max_rpc_bytes = 2097152;

/* Device type names, indexed by enum fwctl_device_type. */
const char *const fwctl_device_type_names[] = {
	[0] = "error",
	[1] = "mlx5",
	[2] = "cxl",
	[3] = "bnxt",
	[4] = "pds",
};

const uint32_t fwctl_n_device_types = 5;

/* What each errno of the fwctl ioctls means, in the spec's words. */
const struct fwctl_errno_info fwctl_errnos[] = {
	{EMSGSIZE, "in_len or out_len is larger than 2 MiB."},
	{EPERM,
	 "scope is DEBUG_WRITE_FULL and the caller lacks CAP_SYS_RAWIO."},
	{EOPNOTSUPP, "scope is not a value of enum fwctl_rpc_scope."},
	{ENOMEM, "the request buffer could not be allocated."},
	{EFAULT, "in cannot be read or out cannot be written."},
	{ENODEV, "the device was unregistered (hot-unplug)."},
	{ENOTTY,
	 "the ioctl number is not one of FWCTL_INFO or FWCTL_RPC exactly: not "
	 "an fwctl device, or a kernel with no fwctl support."},
	{EINVAL, "size is smaller than the last field the kernel needs."},
	{E2BIG,
	 "size is larger than the kernel's struct and a byte beyond it is not "
	 "zero."},
};

const uint32_t fwctl_n_errnos = 9;
