/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/pds/adminq.yaml
 *            spec/pds/family.yaml
 * Generator: python3 -m generator generate (template defs.h.j2)
 * To regenerate: make regen
 */
#ifndef _PDS_DEFS_GEN_H
#define _PDS_DEFS_GEN_H

/*
 * Named values of the pds family: command opcodes and every enum of the
 * spec, and for an enum whose values carry errnos (firmware status codes)
 * the function that maps a value to its errno.  Usable from the kernel and
 * from userspace.
 */

#ifdef __cplusplus
extern "C" {
#endif

/* Adminq opcodes of the fwctl commands. */
enum pds_fwctl_cmd_opcode {
	PDS_FWCTL_CMD_IDENT = 0x46,
	PDS_FWCTL_CMD_RPC = 0x47,
	PDS_FWCTL_CMD_QUERY = 0x48,
};

/* What a query lists. */
enum pds_fwctl_query_entity {
	PDS_FWCTL_RPC_ROOT = 0x0,
	PDS_FWCTL_RPC_ENDPOINT = 0x1,
	PDS_FWCTL_RPC_OPERATION = 0x2,
};

/* The attribute the firmware reports for an operation. */
enum pds_fw_cmd_attr {
	PDSFC_FW_CMD_ATTR_READ = 0x0,
	PDSFC_FW_CMD_ATTR_DEBUG_READ = 0x2,
	PDSFC_FW_CMD_ATTR_WRITE = 0x4,
	PDSFC_FW_CMD_ATTR_DEBUG_WRITE = 0x8,
	PDSFC_FW_CMD_ATTR_SYNC = 0x10,
};

#ifdef __cplusplus
}
#endif

#endif /* _PDS_DEFS_GEN_H */
