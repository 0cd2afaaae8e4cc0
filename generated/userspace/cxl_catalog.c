// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/commands.yaml
 *            spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template catalog.c.j2)
 * To regenerate: make regen
 */
/*
 * The cxl command catalogue: every command with its opcode, scope rule and
 * payload layouts (indexes into the layouts of cxl_family_tables), by
 * opcode.
 */
#include <fwctl/reflect.h>

static const uint8_t cxl_fwscopes_get_supported_features[] = {0};

static const uint8_t cxl_fwscopes_get_feature[] = {0};

static const uint8_t cxl_fwscopes_set_feature[] = {1, 2, 3, 4};

const struct fwctl_command cxl_commands[] = {
	{"GET_SUPPORTED_FEATURES",
	 0x500,
	 0,
	 0,
	 NULL,
	 9,
	 12,
	 cxl_fwscopes_get_supported_features,
	 1},
	{"GET_FEATURE", 0x501, 0, 0, NULL, 9, 12, cxl_fwscopes_get_feature, 1},
	{"SET_FEATURE", 0x502, 0, 0, NULL, 9, 12, cxl_fwscopes_set_feature, 4},
};
