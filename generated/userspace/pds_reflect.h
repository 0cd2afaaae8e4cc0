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

#include <fwctl/libfwctl.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * fwctl_family_pds() - the pds family's layouts, enums and commands
 *
 * Return: its reflection tables, or NULL when the libfwctl the program runs
 * with does not describe the family.
 */
static inline const struct fwctl_family *fwctl_family_pds(void)
{
	return fwctl_family_by_name("pds");
}

#ifdef __cplusplus
}
#endif

#endif /* _PDS_REFLECT_GEN_H */
