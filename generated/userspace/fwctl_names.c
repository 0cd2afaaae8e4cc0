// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/fwctl.yaml
 * Generator: python3 -m generator generate (template core_names.c.j2)
 * To regenerate: make regen
 */
#include <fwctl/reflect.h>
#include "mlx5_reflect.h"

/* Every device family of the spec, in spec order. */
const struct fwctl_family *const fwctl_families[] = {
	&fwctl_family_mlx5,
};

const uint32_t fwctl_n_families = 1;

/* Scope names as printed and parsed by tools, indexed by enum fwctl_rpc_scope. */
const char *const fwctl_scope_names[] = {
	"configuration",
	"debug_read_only",
	"debug_write",
	"debug_write_full",
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
