/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/pds/adminq.yaml
 *            spec/pds/family.yaml
 * Generator: python3 -m generator generate (template reflect.h.j2)
 * To regenerate: make regen
 */
#ifndef _PDS_REFLECT_GEN_H
#define _PDS_REFLECT_GEN_H

#include <fwctl/reflect.h>

/* Layouts, enums and the command catalogue of the pds family. */
extern const struct fwctl_family fwctl_family_pds;

/* The catalogue (pds_catalog.c), sorted by opcode. */
#define PDS_N_COMMANDS 0
extern const struct fwctl_command pds_commands[PDS_N_COMMANDS];

#endif /* _PDS_REFLECT_GEN_H */
