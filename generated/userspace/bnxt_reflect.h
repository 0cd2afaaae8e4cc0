/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/bnxt/commands.yaml
 *            spec/bnxt/family.yaml
 *            spec/bnxt/layouts.yaml
 * Generator: python3 -m generator generate (template reflect.h.j2)
 * To regenerate: make regen
 */
#ifndef _BNXT_REFLECT_GEN_H
#define _BNXT_REFLECT_GEN_H

#include <fwctl/reflect.h>

/* Layouts, enums and the command catalogue of the bnxt family. */
extern const struct fwctl_family fwctl_family_bnxt;

/* The catalogue (bnxt_catalog.c), sorted by opcode. */
#define BNXT_N_COMMANDS 71
extern const struct fwctl_command bnxt_commands[BNXT_N_COMMANDS];

#endif /* _BNXT_REFLECT_GEN_H */
