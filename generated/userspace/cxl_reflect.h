/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/commands.yaml
 *            spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template reflect.h.j2)
 * To regenerate: make regen
 */
#ifndef _CXL_REFLECT_GEN_H
#define _CXL_REFLECT_GEN_H

#include <fwctl/reflect.h>

/* Layouts, enums and the command catalogue of the cxl family. */
extern const struct fwctl_family fwctl_family_cxl;

/* The catalogue (cxl_catalog.c), sorted by opcode. */
#define CXL_N_COMMANDS 3
extern const struct fwctl_command cxl_commands[CXL_N_COMMANDS];

#endif /* _CXL_REFLECT_GEN_H */
