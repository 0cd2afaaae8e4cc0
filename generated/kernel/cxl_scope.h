/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/commands.yaml
 *            spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template scope_check.h.j2)
 * To regenerate: make regen
 */
#ifndef _CXL_SCOPE_GEN_H
#define _CXL_SCOPE_GEN_H

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
#include <cxl_layouts.h>

/*
 * Scope rules of the cxl command allowlist.  A request is
 * classified by the hdr.opcode field of layout fwctl_rpc_cxl;
 * the driver rejects a request this function denies with -EINVAL.
 */
#define CXL_RPC_REJECT_ERRNO	   EINVAL
#define CXL_RPC_SCOPE_ERRNO	   EINVAL
#define CXL_RPC_LENGTH_ERRNO	   EINVAL
#define CXL_RPC_MIN_REQUEST_BYTES  16
#define CXL_RPC_MAX_REQUEST_BYTES  2097152
#define CXL_RPC_MIN_RESPONSE_BYTES 8
#define CXL_RPC_MAX_SCOPE	   3

/**
 * cxl_rpc_lengths_valid() - may a request of this size run?
 * @in_len: length of the request in bytes
 * @out_len: length of the caller's response buffer in bytes
 *
 * Return: true when @in_len is CXL_RPC_MIN_REQUEST_BYTES to
 * CXL_RPC_MAX_REQUEST_BYTES and @out_len is at least
 * CXL_RPC_MIN_RESPONSE_BYTES; the driver fails other requests with
 * -CXL_RPC_LENGTH_ERRNO.
 */
static inline bool cxl_rpc_lengths_valid(size_t in_len, size_t out_len)
{
	return in_len >= CXL_RPC_MIN_REQUEST_BYTES &&
	       in_len <= CXL_RPC_MAX_REQUEST_BYTES &&
	       out_len >= CXL_RPC_MIN_RESPONSE_BYTES;
}

/**
 * cxl_rpc_scope_allowed() - may a request run at a scope?
 * @opcode: the request's hdr.opcode field
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 *
 * The family classifies requests by opcode alone: there is no op_mod.
 *
 * Return: true when the command is allowlisted and @scope is at least the
 * minimum scope its rule requires; false otherwise, including for scopes
 * above FWCTL_RPC_DEBUG_WRITE_FULL.
 */
static inline bool cxl_rpc_scope_allowed(__u32 opcode, __u32 scope)
{
	if (scope > CXL_RPC_MAX_SCOPE)
		return false;

	switch (opcode) {
	case 0x500: /* GET_SUPPORTED_FEATURES */
	case 0x501: /* GET_FEATURE */
	case 0x502: /* SET_FEATURE */
		return true;
	default:
		return false;
	}
}

/**
 * cxl_rpc_validate() - the checks a request passes before it runs
 * @in: the request, read only once the length rules hold
 * @in_len: length of the request in bytes
 * @out_len: length of the caller's response buffer in bytes
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 *
 * First the length rules of cxl_rpc_lengths_valid(), then the
 * scope rules of cxl_rpc_scope_allowed() on the fields the
 * request is classified by: every check a driver makes before sending.
 *
 * Return: 0 when the request may run, -CXL_RPC_LENGTH_ERRNO when a
 * length is out of range, -CXL_RPC_REJECT_ERRNO when the scope rules
 * deny it.
 */
static inline int cxl_rpc_validate(const void *in, size_t in_len,
				   size_t out_len, __u32 scope)
{
	__u32 opcode;

	if (!cxl_rpc_lengths_valid(in_len, out_len))
		return -CXL_RPC_LENGTH_ERRNO;
	opcode = cxl_fwctl_rpc_cxl_hdr_get_opcode(
		cxl_fwctl_rpc_cxl_hdr_const(in));
	if (!cxl_rpc_scope_allowed(opcode, scope))
		return -CXL_RPC_REJECT_ERRNO;
	return 0;
}

/**
 * cxl_scope_from_feat_cap_read() - the scope a run-time value asks for
 * @feat_cap_read: the device's Features capability (features_capability).
 *
 * The first entry of the map that matches decides; no entry matching gives
 * FWCTL_RPC_CONFIGURATION.
 *
 * Return: the lowest enum fwctl_rpc_scope value that may send the
 * request, or a negative errno when the value denies it.
 */
static inline int cxl_scope_from_feat_cap_read(__u8 feat_cap_read)
{
	if (feat_cap_read == 0x0) /* NONE */
		return -EINVAL;
	return FWCTL_RPC_CONFIGURATION;
}

/**
 * cxl_scope_from_feat_cap_write() - the scope a run-time value asks for
 * @feat_cap_write: the device's Features capability (features_capability).
 *
 * The first entry of the map that matches decides; no entry matching gives
 * FWCTL_RPC_CONFIGURATION.
 *
 * Return: the lowest enum fwctl_rpc_scope value that may send the
 * request, or a negative errno when the value denies it.
 */
static inline int cxl_scope_from_feat_cap_write(__u8 feat_cap_write)
{
	if (feat_cap_write == 0x0) /* NONE */
		return -EINVAL;
	if (feat_cap_write == 0x1) /* RO */
		return -EINVAL;
	return FWCTL_RPC_CONFIGURATION;
}

/**
 * cxl_scope_from_feat_flags() - the scope a run-time value asks for
 * @feat_flags: the flags of the Feature's Supported Feature entry.
 *
 * The first entry of the map that matches decides; no entry matching gives
 * FWCTL_RPC_CONFIGURATION.
 *
 * Return: the lowest enum fwctl_rpc_scope value that may send the
 * request, or a negative errno when the value denies it.
 */
static inline int cxl_scope_from_feat_flags(__u32 feat_flags)
{
	if ((feat_flags & 0x1) == 0x0) /* NOT_CHANGEABLE */
		return -EINVAL;
	return FWCTL_RPC_CONFIGURATION;
}

/**
 * cxl_scope_from_set_effects() - the scope a run-time value asks for
 * @set_effects: the Set Feature effects of the Feature's Supported Feature
 *	entry.
 *
 * The first entry of the map that matches decides; no entry matching gives
 * -EINVAL.
 *
 * Return: the lowest enum fwctl_rpc_scope value that may send the
 * request, or a negative errno when the value denies it.
 */
static inline int cxl_scope_from_set_effects(__u16 set_effects)
{
	if (set_effects & 0xf000) /* RESERVED */
		return -EINVAL;
	if (set_effects & 0x40) /* BACKGROUND */
		return -EINVAL;
	if (set_effects & 0x1e) /* IMMEDIATE */
		return FWCTL_RPC_DEBUG_WRITE_FULL;
	if (set_effects & 0xc01) /* RESET */
		return FWCTL_RPC_DEBUG_WRITE;
	return -EINVAL;
}

/**
 * cxl_scope_from_feature_uuid() - the scope a run-time value asks for
 * @feature_uuid: the UUID of the Feature to set.
 *
 * The first entry of the map that matches decides; no entry matching gives
 * FWCTL_RPC_CONFIGURATION.
 *
 * Return: the lowest enum fwctl_rpc_scope value that may send the
 * request, or a negative errno when the value denies it.
 */
static inline int cxl_scope_from_feature_uuid(const __u8 *feature_uuid)
{
	static const __u8 values[][16] = {
		/* PATROL_SCRUB */
		{0x96,
		 0xda,
		 0xd7,
		 0xd6,
		 0xfd,
		 0xe8,
		 0x48,
		 0x2b,
		 0xa7,
		 0x33,
		 0x75,
		 0x77,
		 0x4e,
		 0x06,
		 0xdb,
		 0x8a},
		/* ECS */
		{0xe5,
		 0xb1,
		 0x3f,
		 0x22,
		 0x23,
		 0x28,
		 0x4a,
		 0x14,
		 0xb8,
		 0xba,
		 0xb9,
		 0x69,
		 0x1e,
		 0x89,
		 0x33,
		 0x86},
		/* SPPR */
		{0x89,
		 0x2b,
		 0xa4,
		 0x75,
		 0xfa,
		 0xd8,
		 0x47,
		 0x4e,
		 0x9d,
		 0x3e,
		 0x69,
		 0x2c,
		 0x91,
		 0x75,
		 0x68,
		 0xbb},
		/* HPPR */
		{0x80,
		 0xea,
		 0x45,
		 0x21,
		 0x78,
		 0x6f,
		 0x41,
		 0x27,
		 0xaf,
		 0xb1,
		 0xec,
		 0x74,
		 0x59,
		 0xfb,
		 0x0e,
		 0x24},
		/* CACHELINE_SPARING */
		{0x96,
		 0xc3,
		 0x33,
		 0x86,
		 0x91,
		 0xdd,
		 0x44,
		 0xc7,
		 0x9e,
		 0xcb,
		 0xfd,
		 0xaf,
		 0x65,
		 0x03,
		 0xba,
		 0xc4},
		/* ROW_SPARING */
		{0x45,
		 0x0e,
		 0xbf,
		 0x67,
		 0xb1,
		 0x35,
		 0x4f,
		 0x97,
		 0xa4,
		 0x98,
		 0xc2,
		 0xd5,
		 0x7f,
		 0x27,
		 0x9b,
		 0xed},
		/* BANK_SPARING */
		{0x78,
		 0xb7,
		 0x96,
		 0x36,
		 0x90,
		 0xac,
		 0x4b,
		 0x64,
		 0xa4,
		 0xef,
		 0xfa,
		 0xac,
		 0x5d,
		 0x18,
		 0xa8,
		 0x63},
		/* RANK_SPARING */
		{0x34,
		 0xdb,
		 0xaf,
		 0xf5,
		 0x05,
		 0x52,
		 0x42,
		 0x81,
		 0x8f,
		 0x76,
		 0xda,
		 0x0b,
		 0x5e,
		 0x7a,
		 0x76,
		 0xa7},
	};

	if (!memcmp(feature_uuid, values[0], sizeof(values[0])))
		return -EPERM;
	if (!memcmp(feature_uuid, values[1], sizeof(values[1]))) /* ECS */
		return -EPERM;
	if (!memcmp(feature_uuid, values[2], sizeof(values[2]))) /* SPPR */
		return -EPERM;
	if (!memcmp(feature_uuid, values[3], sizeof(values[3]))) /* HPPR */
		return -EPERM;
	if (!memcmp(feature_uuid, values[4], sizeof(values[4])))
		return -EPERM;
	if (!memcmp(feature_uuid, values[5], sizeof(values[5])))
		return -EPERM;
	if (!memcmp(feature_uuid, values[6], sizeof(values[6])))
		return -EPERM;
	if (!memcmp(feature_uuid, values[7], sizeof(values[7])))
		return -EPERM;
	return FWCTL_RPC_CONFIGURATION;
}

/**
 * cxl_get_supported_features_scope_check() - may GET_SUPPORTED_FEATURES run at @scope?
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 * @v0: the value cxl_scope_from_feat_cap_read() maps
 *
 * The maps are checked in order: a map that denies its value, or asks for
 * a scope above @scope, decides.
 *
 * Return: 0 when allowed; the denying map's negative errno, or
 * -EINVAL when @scope is too low.
 */
static inline int cxl_get_supported_features_scope_check(__u32 scope, __u8 v0)
{
	int need;

	need = cxl_scope_from_feat_cap_read(v0);
	if (need < 0)
		return need;
	if (scope < (__u32)need)
		return -EINVAL;
	return 0;
}

/**
 * cxl_get_feature_scope_check() - may GET_FEATURE run at @scope?
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 * @v0: the value cxl_scope_from_feat_cap_read() maps
 *
 * The maps are checked in order: a map that denies its value, or asks for
 * a scope above @scope, decides.
 *
 * Return: 0 when allowed; the denying map's negative errno, or
 * -EINVAL when @scope is too low.
 */
static inline int cxl_get_feature_scope_check(__u32 scope, __u8 v0)
{
	int need;

	need = cxl_scope_from_feat_cap_read(v0);
	if (need < 0)
		return need;
	if (scope < (__u32)need)
		return -EINVAL;
	return 0;
}

/**
 * cxl_set_feature_scope_check() - may SET_FEATURE run at @scope?
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 * @v0: the value cxl_scope_from_feat_cap_write() maps
 * @v1: the value cxl_scope_from_feat_flags() maps
 * @v2: the value cxl_scope_from_set_effects() maps
 * @v3: the value cxl_scope_from_feature_uuid() maps
 *
 * The maps are checked in order: a map that denies its value, or asks for
 * a scope above @scope, decides.
 *
 * Return: 0 when allowed; the denying map's negative errno, or
 * -EINVAL when @scope is too low.
 */
static inline int cxl_set_feature_scope_check(__u32 scope, __u8 v0, __u32 v1,
					      __u16 v2, const __u8 *v3)
{
	int need;

	need = cxl_scope_from_feat_cap_write(v0);
	if (need < 0)
		return need;
	if (scope < (__u32)need)
		return -EINVAL;
	need = cxl_scope_from_feat_flags(v1);
	if (need < 0)
		return need;
	if (scope < (__u32)need)
		return -EINVAL;
	need = cxl_scope_from_set_effects(v2);
	if (need < 0)
		return need;
	if (scope < (__u32)need)
		return -EINVAL;
	need = cxl_scope_from_feature_uuid(v3);
	if (need < 0)
		return need;
	if (scope < (__u32)need)
		return -EINVAL;
	return 0;
}

#endif /* _CXL_SCOPE_GEN_H */
