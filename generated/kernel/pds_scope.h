/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/pds/adminq.yaml
 *            spec/pds/family.yaml
 * Generator: python3 -m generator generate (template scope_check.h.j2)
 * To regenerate: make regen
 */
#ifndef _PDS_SCOPE_GEN_H
#define _PDS_SCOPE_GEN_H

#include <linux/types.h>
#ifdef __KERNEL__
#include <linux/errno.h>
#include <linux/string.h>
#else
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#endif
#include <fwctl/fwctl.h>
#include <pds_layouts.h>

/*
 * Scope rules of the pds command allowlist.  A request is
 * classified by the in.op field of layout fwctl_rpc_pds;
 * the driver rejects a request this function denies with -EINVAL.
 */
#define PDS_RPC_REJECT_ERRNO	   EINVAL
#define PDS_RPC_SCOPE_ERRNO	   EPERM
#define PDS_RPC_LENGTH_ERRNO	   EINVAL
#define PDS_RPC_MIN_REQUEST_BYTES  48
#define PDS_RPC_MAX_REQUEST_BYTES  2097152
#define PDS_RPC_MIN_RESPONSE_BYTES 48
#define PDS_RPC_MAX_SCOPE	   3

/**
 * pds_rpc_lengths_valid() - may a request of this size run?
 * @in_len: length of the request in bytes
 * @out_len: length of the caller's response buffer in bytes
 *
 * Return: true when @in_len is PDS_RPC_MIN_REQUEST_BYTES to
 * PDS_RPC_MAX_REQUEST_BYTES and @out_len is at least
 * PDS_RPC_MIN_RESPONSE_BYTES; the driver fails other requests with
 * -PDS_RPC_LENGTH_ERRNO.
 */
static inline bool pds_rpc_lengths_valid(size_t in_len, size_t out_len)
{
	return in_len >= PDS_RPC_MIN_REQUEST_BYTES &&
	       in_len <= PDS_RPC_MAX_REQUEST_BYTES &&
	       out_len >= PDS_RPC_MIN_RESPONSE_BYTES;
}

/**
 * pds_rpc_scope_allowed() - may a request run at a scope?
 * @opcode: the request's in.op field
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 *
 * The family classifies requests by opcode alone: there is no op_mod.
 *
 * Return: true when the command is allowlisted and @scope is at least the
 * minimum scope its rule requires; false otherwise, including for scopes
 * above FWCTL_RPC_DEBUG_WRITE_FULL.
 */
static inline bool pds_rpc_scope_allowed(__u32 opcode, __u32 scope)
{
	if (scope > PDS_RPC_MAX_SCOPE)
		return false;

	switch (opcode) {
	default:
		return false;
	}
}

/**
 * pds_rpc_validate() - the checks a request passes before it runs
 * @in: the request, read only once the length rules hold
 * @in_len: length of the request in bytes
 * @out_len: length of the caller's response buffer in bytes
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 *
 * First the length rules of pds_rpc_lengths_valid(), then the
 * scope rules of pds_rpc_scope_allowed() on the fields the
 * request is classified by: every check a driver makes before sending.
 *
 * Return: 0 when the request may run, -PDS_RPC_LENGTH_ERRNO when a
 * length is out of range, -PDS_RPC_REJECT_ERRNO when the scope rules
 * deny it.
 */
static inline int pds_rpc_validate(const void *in, size_t in_len,
				   size_t out_len, __u32 scope)
{
	__u32 opcode;

	if (!pds_rpc_lengths_valid(in_len, out_len))
		return -PDS_RPC_LENGTH_ERRNO;
	opcode = pds_fwctl_rpc_pds_in_get_op(pds_fwctl_rpc_pds_in_const(in));
	if (!pds_rpc_scope_allowed(opcode, scope))
		return -PDS_RPC_REJECT_ERRNO;
	return 0;
}

/**
 * pds_scope_from_attr() - the scope a run-time value asks for
 * @attr: the attribute the firmware reports for the operation (fw_cmd_attr).
 *
 * The first entry of the map that matches decides; no entry matching gives
 * FWCTL_RPC_DEBUG_WRITE_FULL.
 *
 * Return: the lowest enum fwctl_rpc_scope value that may send the
 * request, or a negative errno when the value denies it.
 */
static inline int pds_scope_from_attr(__u8 attr)
{
	if (attr == 0x0) /* READ */
		return FWCTL_RPC_CONFIGURATION;
	if (attr == 0x4) /* WRITE */
		return FWCTL_RPC_CONFIGURATION;
	if (attr == 0x10) /* SYNC */
		return FWCTL_RPC_CONFIGURATION;
	if (attr == 0x2) /* DEBUG_READ */
		return FWCTL_RPC_DEBUG_READ_ONLY;
	if (attr == 0x8) /* DEBUG_WRITE */
		return FWCTL_RPC_DEBUG_WRITE;
	return FWCTL_RPC_DEBUG_WRITE_FULL;
}

/**
 * pds_rpc_firmware_scope_check() - may an operation the firmware lists run at @scope?
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 * @v0: the value pds_scope_from_attr() maps
 *
 * The maps are checked in order: a map that denies its value, or asks for
 * a scope above @scope, decides.
 *
 * Return: 0 when allowed; the denying map's negative errno, or
 * -EPERM when @scope is too low.
 */
static inline int pds_rpc_firmware_scope_check(__u32 scope, __u8 v0)
{
	int need;

	need = pds_scope_from_attr(v0);
	if (need < 0)
		return need;
	if (scope < (__u32)need)
		return -EPERM;
	return 0;
}

#endif /* _PDS_SCOPE_GEN_H */
