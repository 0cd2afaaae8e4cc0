// SPDX-License-Identifier: GPL-2.0
/*
 * Firmware-decided scopes: the generated pds and CXL helpers
 * (generated/kernel/{pds,cxl}_scope.h) against the upstream drivers' rules,
 * transcribed here by hand from drivers/fwctl/pds/main.c
 * (pdsfc_get_operations, pdsfc_validate_rpc) and drivers/cxl/core/features.c
 * (cxlctl_validate_hw_command, cxlctl_validate_set_features,
 * cxlctl_set_feature), exhaustively: every pds attribute byte at every
 * scope; every CXL effects value with every feature capability, the
 * changeable flag and every scope, and the kernel-exclusive Feature UUIDs.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <pds_scope.h>
#include <cxl_scope.h>
#include <fwctl/libfwctl.h>
#include <fwctl/reflect.h>
#include "cxl_reflect.h"
#include "pds_reflect.h"

/* pds: the firmware's attribute byte of an operation -> fwctl scope */
static int upstream_pds_scope(unsigned int attr)
{
	switch (attr) {
	case 0x00:	  /* PDSFC_FW_CMD_ATTR_READ */
	case 0x04:	  /* PDSFC_FW_CMD_ATTR_WRITE */
	case 0x10:	  /* PDSFC_FW_CMD_ATTR_SYNC */
		return 0; /* FWCTL_RPC_CONFIGURATION */
	case 0x02:	  /* PDSFC_FW_CMD_ATTR_DEBUG_READ */
		return 1; /* FWCTL_RPC_DEBUG_READ_ONLY */
	case 0x08:	  /* PDSFC_FW_CMD_ATTR_DEBUG_WRITE */
		return 2; /* FWCTL_RPC_DEBUG_WRITE */
	default:
		return 3; /* FWCTL_RPC_DEBUG_WRITE_FULL */
	}
}

static void test_pds_every_attribute(void **state)
{
	unsigned int attr, scope;

	(void)state;
	for (attr = 0; attr < 256; attr++) {
		assert_int_equal(pds_scope_from_attr((__u8)attr),
				 upstream_pds_scope(attr));
		for (scope = 0; scope < 4; scope++)
			/* a listed operation: -EPERM below its scope */
			assert_int_equal(
				pds_rpc_firmware_scope_check(scope, (__u8)attr),
				(int)scope < upstream_pds_scope(attr) ? -EPERM
								      : 0);
	}
	assert_int_equal(PDS_RPC_REJECT_ERRNO,
			 EINVAL); /* operation not listed */
	assert_int_equal(PDS_RPC_SCOPE_ERRNO, EPERM);
}

/* CXL: include/cxl/features.h UUID_INIT() values of the exclusive Features */
struct uuid_init {
	uint32_t a;
	uint16_t b, c;
	uint8_t d[8];
};

static const struct uuid_init exclusive[] = {
	{0x96dad7d6,
	 0xfde8,
	 0x482b,
	 {0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a}},
	{0xe5b13f22,
	 0x2328,
	 0x4a14,
	 {0xb8, 0xba, 0xb9, 0x69, 0x1e, 0x89, 0x33, 0x86}},
	{0x892ba475,
	 0xfad8,
	 0x474e,
	 {0x9d, 0x3e, 0x69, 0x2c, 0x91, 0x75, 0x68, 0xbb}},
	{0x80ea4521,
	 0x786f,
	 0x4127,
	 {0xaf, 0xb1, 0xec, 0x74, 0x59, 0xfb, 0x0e, 0x24}},
	{0x96c33386,
	 0x91dd,
	 0x44c7,
	 {0x9e, 0xcb, 0xfd, 0xaf, 0x65, 0x03, 0xba, 0xc4}},
	{0x450ebf67,
	 0xb135,
	 0x4f97,
	 {0xa4, 0x98, 0xc2, 0xd5, 0x7f, 0x27, 0x9b, 0xed}},
	{0x78b79636,
	 0x90ac,
	 0x4b64,
	 {0xa4, 0xef, 0xfa, 0xac, 0x5d, 0x18, 0xa8, 0x63}},
	{0x34dbaff5,
	 0x0552,
	 0x4281,
	 {0x8f, 0x76, 0xda, 0x0b, 0x5e, 0x7a, 0x76, 0xa7}},
};

/* uuid_t bytes of UUID_INIT(a, b, c, d...): a, b, c big-endian, then d */
static void uuid_bytes(const struct uuid_init *u, uint8_t out[16])
{
	out[0] = (uint8_t)(u->a >> 24);
	out[1] = (uint8_t)(u->a >> 16);
	out[2] = (uint8_t)(u->a >> 8);
	out[3] = (uint8_t)u->a;
	out[4] = (uint8_t)(u->b >> 8);
	out[5] = (uint8_t)u->b;
	out[6] = (uint8_t)(u->c >> 8);
	out[7] = (uint8_t)u->c;
	memcpy(out + 8, u->d, 8);
}

static int upstream_exclusive(const uint8_t *uuid)
{
	uint8_t bytes[16];
	size_t i;

	for (i = 0; i < sizeof(exclusive) / sizeof(exclusive[0]); i++) {
		uuid_bytes(&exclusive[i], bytes);
		if (!memcmp(uuid, bytes, 16))
			return 1;
	}
	return 0;
}

enum {
	FEAT_NONE,
	FEAT_RO,
	FEAT_RW
}; /* enum cxl_features_capability */

/* what FWCTL_RPC returns for SET_FEATURE (0 = handled) */
static int upstream_set_feature(unsigned int feat_cap, uint32_t flags,
				uint16_t effects, const uint8_t *uuid,
				unsigned int scope)
{
	const uint16_t imm = 1u << 1 | 1u << 2 | 1u << 3 | 1u << 4;
	const uint16_t reset = 1u << 0 | 1u << 10 | 1u << 11;
	int ok;

	if (feat_cap < FEAT_RW)
		return -EINVAL;
	if (!(flags & 1u)) /* CXL_FEATURE_F_CHANGEABLE */
		return -EINVAL;
	if (effects & 0xf000u) /* CXL_CMD_EFFECTS_RESERVED */
		return -EINVAL;
	if (effects & (1u << 6)) /* CXL_CMD_BACKGROUND */
		return -EINVAL;
	if (!(effects & imm) && !(effects & reset))
		return -EINVAL;
	ok = ((effects & imm) && scope >= 3) ||
	     (!(effects & imm) && scope >= 2);
	if (!ok)
		return -EINVAL;
	/* cxlctl_set_feature(): after validation */
	if (upstream_exclusive(uuid))
		return -EPERM;
	return 0;
}

static int upstream_get(unsigned int feat_cap)
{
	return feat_cap >= FEAT_RO ? 0 : -EINVAL;
}

static void test_cxl_get_commands(void **state)
{
	unsigned int cap, scope;

	(void)state;
	for (cap = 0; cap < 4; cap++)
		for (scope = 0; scope < 4; scope++) {
			assert_true(cxl_rpc_scope_allowed(0x500, scope));
			assert_true(cxl_rpc_scope_allowed(0x501, scope));
			assert_int_equal(cxl_get_supported_features_scope_check(
						 scope, (__u8)cap),
					 upstream_get(cap));
			assert_int_equal(
				cxl_get_feature_scope_check(scope, (__u8)cap),
				upstream_get(cap));
		}
	assert_false(cxl_rpc_scope_allowed(0x503, 3));
	assert_false(cxl_rpc_scope_allowed(0x4ff, 3));
}

static void test_cxl_set_feature_every_effect(void **state)
{
	static const uint32_t flags[] = {0, 1, 0xfffffffe, 0xffffffff};
	uint8_t uuid[16] = {0x01, 0x02, 0x03}; /* not kernel-exclusive */
	unsigned int cap, f, scope, effects;

	(void)state;
	for (cap = 0; cap < 4; cap++)
		for (f = 0; f < 4; f++)
			for (effects = 0; effects <= 0xffff; effects++)
				for (scope = 0; scope < 4; scope++)
					assert_int_equal(
						cxl_set_feature_scope_check(
							scope,
							(__u8)cap,
							flags[f],
							(__u16)effects,
							uuid),
						upstream_set_feature(
							cap,
							flags[f],
							(uint16_t)effects,
							uuid,
							scope));
}

static void test_cxl_exclusive_uuids(void **state)
{
	uint8_t uuid[16];
	unsigned int i, scope, effects, byte;

	(void)state;
	for (i = 0; i < sizeof(exclusive) / sizeof(exclusive[0]); i++) {
		uuid_bytes(&exclusive[i], uuid);
		assert_int_equal(cxl_scope_from_feature_uuid(uuid), -EPERM);
		for (effects = 0; effects <= 0xffff; effects++)
			for (scope = 0; scope < 4; scope++)
				assert_int_equal(
					cxl_set_feature_scope_check(
						scope,
						FEAT_RW,
						1,
						(__u16)effects,
						uuid),
					upstream_set_feature(FEAT_RW,
							     1,
							     (uint16_t)effects,
							     uuid,
							     scope));
		/* one byte off is another Feature */
		for (byte = 0; byte < 16; byte++) {
			uuid[byte] ^= 0x80;
			assert_int_equal(cxl_scope_from_feature_uuid(uuid),
					 FWCTL_RPC_CONFIGURATION);
			uuid[byte] ^= 0x80;
		}
	}
}

static const struct fwctl_firmware_scope *
map_named(const struct fwctl_family *family, const char *name)
{
	uint32_t i;

	for (i = 0; i < family->n_firmware_scopes; i++)
		if (!strcmp(family->firmware_scopes[i].name, name))
			return &family->firmware_scopes[i];
	fail_msg("no map %s", name);
	return NULL;
}

/* the catalogue data (libfwctl) and the kernel helpers: one rule, two renderings */
static void test_catalogue_data_equals_helpers(void **state)
{
	const struct fwctl_firmware_scope *attr =
		map_named(fwctl_family_pds(), "attr");
	const struct fwctl_firmware_scope *effects =
		map_named(fwctl_family_cxl(), "set_effects");
	const struct fwctl_firmware_scope *cap_r =
		map_named(fwctl_family_cxl(), "feat_cap_read");
	const struct fwctl_firmware_scope *cap_w =
		map_named(fwctl_family_cxl(), "feat_cap_write");
	const struct fwctl_firmware_scope *flags =
		map_named(fwctl_family_cxl(), "feat_flags");
	const struct fwctl_firmware_scope *uuid =
		map_named(fwctl_family_cxl(), "feature_uuid");
	uint8_t bytes[16] = {0};
	uint32_t v;
	size_t i;

	(void)state;
	assert_int_equal(fwctl_family_pds()->n_every_command, 1);
	assert_ptr_equal(&fwctl_family_pds()->firmware_scopes
				  [fwctl_family_pds()->every_command[0]],
			 attr);
	assert_int_equal(fwctl_family_pds()->scope_errno, EPERM);
	for (v = 0; v < 0x10000; v++) {
		assert_int_equal(fwctl_firmware_scope_eval(effects, v, NULL),
				 cxl_scope_from_set_effects((__u16)v));
		assert_int_equal(
			fwctl_firmware_scope_eval(flags, v | v << 16, NULL),
			cxl_scope_from_feat_flags(v | v << 16));
		if (v > 0xff)
			continue;
		assert_int_equal(fwctl_firmware_scope_eval(attr, v, NULL),
				 pds_scope_from_attr((__u8)v));
		assert_int_equal(fwctl_firmware_scope_eval(cap_r, v, NULL),
				 cxl_scope_from_feat_cap_read((__u8)v));
		assert_int_equal(fwctl_firmware_scope_eval(cap_w, v, NULL),
				 cxl_scope_from_feat_cap_write((__u8)v));
	}
	assert_int_equal(fwctl_firmware_scope_eval(uuid, 0, bytes),
			 cxl_scope_from_feature_uuid(bytes));
	for (i = 0; i < sizeof(exclusive) / sizeof(exclusive[0]); i++) {
		uuid_bytes(&exclusive[i], bytes);
		assert_int_equal(fwctl_firmware_scope_eval(uuid, 0, bytes),
				 cxl_scope_from_feature_uuid(bytes));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pds_every_attribute),
		cmocka_unit_test(test_cxl_get_commands),
		cmocka_unit_test(test_cxl_set_feature_every_effect),
		cmocka_unit_test(test_cxl_exclusive_uuids),
		cmocka_unit_test(test_catalogue_data_equals_helpers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
