/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The tables the generator emits for the fwctl core and the list of
 * families (generated/userspace/FAMILY_names.c).  libfwctl reads them; they are
 * not exported: programs use the functions of <fwctl/libfwctl.h>.  Not
 * installed.
 */
#ifndef _FWCTL_TABLES_H
#define _FWCTL_TABLES_H

#include <fwctl/reflect.h>

/**
 * struct fwctl_scope_info - one enum fwctl_rpc_scope value as the spec
 *	describes it
 * @name: as the CLI and JSON print it ("debug_write")
 * @taints: using it taints the kernel
 * @capability: the capability it needs ("CAP_SYS_RAWIO"), or NULL
 */
struct fwctl_scope_info {
	const char *name;
	uint8_t taints;
	const char *capability;
};

/* Every scope, indexed by scope value. */
extern const struct fwctl_scope_info fwctl_scopes[];
extern const uint32_t fwctl_n_scopes;

/** struct fwctl_errno_info - what an errno of the fwctl ioctls means */
struct fwctl_errno_info {
	int errnum;
	const char *meaning;
};

/* The core's errno contract, FWCTL_RPC's errnos first. */
extern const struct fwctl_errno_info fwctl_errnos[];
extern const uint32_t fwctl_n_errnos;

/* The largest RPC request or response the core accepts, in bytes. */
extern const uint32_t fwctl_max_rpc_bytes;

/* Every device family the spec describes. */
extern const struct fwctl_family *const fwctl_families[];
extern const uint32_t fwctl_n_families;

/* Device type names ("mlx5", ...), indexed by device type; NULL for gaps. */
extern const char *const fwctl_device_type_names[];
extern const uint32_t fwctl_n_device_types;

#endif /* _FWCTL_TABLES_H */
