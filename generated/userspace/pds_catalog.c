// SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause)
/*
 * Do not edit: this file is generated.
 * Spec:      spec/pds/adminq.yaml
 *            spec/pds/family.yaml
 * Generator: python3 -m generator generate (template catalog.c.j2)
 * To regenerate: make regen
 */
/*
 * The pds command catalogue: every command with its opcode, scope rule and
 * payload layouts (indexes into the layouts of pds_family_tables), by
 * opcode.
 */
#include <fwctl/reflect.h>

/* The spec lists no commands for this family. */
const struct fwctl_command pds_commands[1];
