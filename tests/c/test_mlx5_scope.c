// SPDX-License-Identifier: GPL-2.0
/*
 * Independent oracle for the generated mlx5 scope table.
 *
 * The expected policy below is transcribed by hand from the upstream Linux
 * mlx5 fwctl driver (drivers/fwctl/mlx5/main.c, newest allowlist with 94
 * opcodes).  It deliberately does not read spec/ or any generated table, so a
 * mistake in the spec or in the generator shows up as a mismatch here.  Every
 * opcode 0..0xffff is checked for a few op_mod values and every scope.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <cmocka.h>

#include <fwctl/fwctl.h>
#include "mlx5_scope.h"

/* enum fwctl_rpc_scope as numbered upstream (include/uapi/fwctl/fwctl.h). */
#define SCOPE_CONFIGURATION 0u
#define SCOPE_DEBUG_READ_ONLY 1u
#define SCOPE_DEBUG_WRITE 2u
#define SCOPE_DEBUG_WRITE_FULL 3u

#define N_OPCODES 0x10000u
#define MAX_REPORTED 20u

static const uint16_t op_mods[] = { 0, 1, 2, 0xffff };
static const uint32_t invalid_scopes[] = { SCOPE_DEBUG_WRITE_FULL + 1, 0xffffffffu };

/* The upstream driver's decision, written out opcode by opcode. */
static bool upstream_allows(uint16_t opcode, uint16_t op_mod, uint32_t scope)
{
	if (scope > SCOPE_DEBUG_WRITE_FULL)
		return false;

	switch (opcode) {
	/* accepted at any scope */
	case 0x100: /* QUERY_HCA_CAP */
	case 0x101: /* QUERY_ADAPTER */
	case 0x109: /* SET_HCA_CAP */
	case 0x10e: /* QUERY_OTHER_HCA_CAP */
	case 0x731: /* DELEGATE_VHCA_MANAGEMENT */
	case 0x740: /* QUERY_ESW_FUNCTIONS */
	case 0x760: /* QUERY_ROCE_ADDRESS */
	case 0x762: /* QUERY_HCA_VPORT_CONTEXT */
	case 0x823: /* MODIFY_CONG_STATUS */
	case 0xb22: /* QUERY_VUID */
	case 0xb2e: /* POSTPONE_CONNECTED_QP_TIMEOUT */
		return true;

	/* op_mod 0 writes the register (any scope), other op_mods read it */
	case 0x805: /* ACCESS_REG */
	case 0xb0c: /* ACCESS_REGISTER_USER */
		return op_mod == 0 || scope >= SCOPE_DEBUG_READ_ONLY;

	case 0x820: /* SET_DIAGNOSTIC_PARAMS */
		return scope >= SCOPE_DEBUG_WRITE;

	/* queries that need at least DEBUG_READ_ONLY */
	case 0x107: /* QUERY_PAGES */
	case 0x10a: /* QUERY_ISSI */
	case 0x10c: /* QUERY_DRIVER_VERSION */
	case 0x111: /* QUERY_SF_PARTITION */
	case 0x117: /* QUERY_VHCA_MIGRATION_STATE */
	case 0x201: /* QUERY_MKEY */
	case 0x203: /* QUERY_SPECIAL_CONTEXTS */
	case 0x303: /* QUERY_EQ */
	case 0x402: /* QUERY_CQ */
	case 0x50b: /* QUERY_QP */
	case 0x512: /* QUERY_RDB */
	case 0x602: /* QUERY_PSV */
	case 0x702: /* QUERY_SRQ */
	case 0x707: /* QUERY_XRC_SRQ */
	case 0x713: /* QUERY_DCT */
	case 0x716: /* QUERY_DC_CNAK_TRACE */
	case 0x719: /* QUERY_XRQ */
	case 0x722: /* QUERY_NVMF_BACKEND_CONTROLLER */
	case 0x725: /* QUERY_XRQ_DC_PARAMS_ENTRY */
	case 0x727: /* QUERY_XRQ_ERROR_PARAMS */
	case 0x728: /* QUERY_NVMF_NAMESPACE_CONTEXT */
	case 0x730: /* QUERY_ADJACENT_FUNCTIONS_ID */
	case 0x732: /* QUERY_DELEGATED_VHCA */
	case 0x750: /* QUERY_VPORT_STATE */
	case 0x752: /* QUERY_ESW_VPORT_CONTEXT */
	case 0x754: /* QUERY_NIC_VPORT_CONTEXT */
	case 0x764: /* QUERY_HCA_VPORT_GID */
	case 0x765: /* QUERY_HCA_VPORT_PKEY */
	case 0x76f: /* QUERY_VNIC_ENV */
	case 0x770: /* QUERY_VPORT_COUNTER */
	case 0x773: /* QUERY_Q_COUNTER */
	case 0x781: /* QUERY_RATE_LIMIT */
	case 0x784: /* QUERY_SCHEDULING_ELEMENT */
	case 0x80b: /* QUERY_MAD_DEMUX */
	case 0x80d: /* NOP */
	case 0x813: /* QUERY_BURST_SIZE */
	case 0x819: /* QUERY_DIAGNOSTIC_PARAMS */
	case 0x821: /* QUERY_DIAGNOSTIC_COUNTERS */
	case 0x822: /* QUERY_CONG_STATUS */
	case 0x824: /* QUERY_CONG_PARAMS */
	case 0x826: /* QUERY_CONG_STATISTICS */
	case 0x82a: /* QUERY_L2_TABLE_ENTRY */
	case 0x831: /* QUERY_WOL_ROL */
	case 0x842: /* QUERY_LAG */
	case 0x903: /* QUERY_TIR */
	case 0x907: /* QUERY_SQ */
	case 0x90b: /* QUERY_RQ */
	case 0x90f: /* QUERY_RMP */
	case 0x911: /* QUERY_DELAY_DROP_PARAMS */
	case 0x915: /* QUERY_TIS */
	case 0x919: /* QUERY_RQT */
	case 0x932: /* QUERY_FLOW_TABLE */
	case 0x935: /* QUERY_FLOW_GROUP */
	case 0x937: /* QUERY_FLOW_TABLE_ENTRY */
	case 0x93b: /* QUERY_FLOW_COUNTER */
	case 0x93f: /* QUERY_PACKET_REFORMAT_CONTEXT */
	case 0x942: /* QUERY_MODIFY_HEADER_CONTEXT */
	case 0x962: /* FPGA_QUERY_QP */
	case 0x964: /* FPGA_QUERY_QP_COUNTERS */
	case 0x971: /* QUERY_AFU */
	case 0x981: /* QUERY_CAPI_PEC */
	case 0xa02: /* QUERY_GENERAL_OBJECT */
	case 0xa05: /* QUERY_UCTX */
	case 0xa09: /* QUERY_UMEM */
	case 0xb02: /* QUERY_NVMF_CC_RESPONSE */
	case 0xb03: /* QUERY_EMULATED_FUNCTIONS_INFO */
	case 0xb05: /* QUERY_REGEXP_PARAMS */
	case 0xb07: /* QUERY_REGEXP_REGISTER */
	case 0xb08: /* USER_QUERY_XRQ_DC_PARAMS_ENTRY */
	case 0xb0a: /* USER_QUERY_XRQ_ERROR_PARAMS */
	case 0xb0d: /* QUERY_VHCA_STATE */
	case 0xb0f: /* QUERY_EMULATION_DEVICE_EQ_MSIX_MAPPING */
	case 0xb13: /* QUERY_MATCH_SAMPLE_INFO */
	case 0xb14: /* QUERY_CRYPTO_STATE */
	case 0xb28: /* QUERY_DPA_PARTITION */
	case 0xb2a: /* QUERY_DPA_PARTITIONS */
	case 0xb2f: /* QUERY_EMULATED_RESOURCES_INFO */
	case 0x8000: /* QUERY_RSV_RESOURCES */
	case 0x8001: /* QUERY_MTT */
	case 0x8006: /* QUERY_SCHED_QUEUE */
		return scope >= SCOPE_DEBUG_READ_ONLY;

	/* everything else, including CREATE_UCTX and DESTROY_UCTX */
	default:
		return false;
	}
}

static unsigned int count_upstream_allowed(uint16_t op_mod, uint32_t scope)
{
	unsigned int allowed = 0;
	uint32_t opcode;

	for (opcode = 0; opcode < N_OPCODES; opcode++)
		allowed += upstream_allows((uint16_t)opcode, op_mod, scope);
	return allowed;
}

/*
 * Compare the generated decision with the oracle for every opcode at one
 * op_mod and scope; print the first mismatches and return how many there were.
 */
static unsigned int count_mismatches(uint16_t op_mod, uint32_t scope,
				     unsigned int already_reported)
{
	unsigned int mismatches = 0;
	uint32_t opcode;

	for (opcode = 0; opcode < N_OPCODES; opcode++) {
		bool want = upstream_allows((uint16_t)opcode, op_mod, scope);
		bool got = mlx5_rpc_scope_allowed((__u16)opcode, op_mod, scope);

		if (want == got)
			continue;
		if (already_reported + mismatches < MAX_REPORTED)
			printf("mismatch: opcode 0x%04x op_mod 0x%x scope 0x%x: upstream %s, generated %s\n",
			       opcode, op_mod, scope, want ? "allows" : "denies",
			       got ? "allows" : "denies");
		mismatches++;
	}
	return mismatches;
}

/* The generated uapi enum must carry the upstream scope numbers. */
static void test_scope_enum_numbering(void **state)
{
	(void)state;
	assert_int_equal(FWCTL_RPC_CONFIGURATION, SCOPE_CONFIGURATION);
	assert_int_equal(FWCTL_RPC_DEBUG_READ_ONLY, SCOPE_DEBUG_READ_ONLY);
	assert_int_equal(FWCTL_RPC_DEBUG_WRITE, SCOPE_DEBUG_WRITE);
	assert_int_equal(FWCTL_RPC_DEBUG_WRITE_FULL, SCOPE_DEBUG_WRITE_FULL);
}

/*
 * Guard the transcription itself: upstream has 11 any-scope opcodes, 2 that
 * are any-scope only for op_mod 0, 80 read-only queries and 1 debug write.
 */
static void test_oracle_counts(void **state)
{
	(void)state;
	assert_int_equal(count_upstream_allowed(1, SCOPE_CONFIGURATION), 11);
	assert_int_equal(count_upstream_allowed(0, SCOPE_CONFIGURATION), 13);
	assert_int_equal(count_upstream_allowed(1, SCOPE_DEBUG_READ_ONLY), 93);
	assert_int_equal(count_upstream_allowed(1, SCOPE_DEBUG_WRITE), 94);
	assert_int_equal(count_upstream_allowed(0xffff, SCOPE_DEBUG_WRITE_FULL), 94);
}

static void test_every_opcode_op_mod_scope(void **state)
{
	unsigned int mismatches = 0, checked = 0;
	uint32_t scope;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(op_mods) / sizeof(op_mods[0]); i++) {
		for (scope = SCOPE_CONFIGURATION; scope <= SCOPE_DEBUG_WRITE_FULL; scope++) {
			mismatches += count_mismatches(op_mods[i], scope, mismatches);
			checked += N_OPCODES;
		}
	}
	printf("valid scopes: %u requests checked, %u mismatches\n", checked, mismatches);
	assert_int_equal(mismatches, 0);
}

static void test_invalid_scopes_always_denied(void **state)
{
	unsigned int mismatches = 0, checked = 0;
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(op_mods) / sizeof(op_mods[0]); i++) {
		for (j = 0; j < sizeof(invalid_scopes) / sizeof(invalid_scopes[0]); j++) {
			mismatches += count_mismatches(op_mods[i], invalid_scopes[j], mismatches);
			checked += N_OPCODES;
		}
	}
	printf("invalid scopes: %u requests checked, %u mismatches\n", checked, mismatches);
	assert_int_equal(mismatches, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scope_enum_numbering),
		cmocka_unit_test(test_oracle_counts),
		cmocka_unit_test(test_every_opcode_op_mod_scope),
		cmocka_unit_test(test_invalid_scopes_always_denied),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
