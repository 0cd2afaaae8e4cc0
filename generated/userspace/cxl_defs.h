/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/commands.yaml
 *            spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template defs.h.j2)
 * To regenerate: make regen
 */
#ifndef _CXL_DEFS_GEN_H
#define _CXL_DEFS_GEN_H

/*
 * Named values of the cxl family: command opcodes and every enum of the
 * spec, and for an enum whose values carry errnos (firmware status codes)
 * the function that maps a value to its errno.  Usable from the kernel and
 * from userspace.
 */

#ifdef __cplusplus
extern "C" {
#endif

/* Command opcodes of the catalogue (allowed or not). */
enum cxl_cmd_opcode {
	CXL_MBOX_OP_GET_SUPPORTED_FEATURES = 0x0500,
	CXL_MBOX_OP_GET_FEATURE = 0x0501,
	CXL_MBOX_OP_SET_FEATURE = 0x0502,
};

/* How far the device's mailbox supports the Features commands. */
enum cxl_features_capability {
	CXL_FEATURES_NONE = 0x0,
	CXL_FEATURES_RO = 0x1,
	CXL_FEATURES_RW = 0x2,
};

#ifdef __cplusplus
}
#endif

#endif /* _CXL_DEFS_GEN_H */
