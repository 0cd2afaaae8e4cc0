// SPDX-License-Identifier: GPL-2.0
/*
 * Independent oracle for the bnxt family's scope rules and length limits.
 *
 * The expected policy is transcribed by hand from the upstream bnxt fwctl
 * driver (drivers/fwctl/bnxt/main.c, bnxtctl_validate_rpc() and
 * bnxtctl_fw_rpc()), with every HWRM_ name turned into its number from
 * include/linux/bnxt/hsi.h by hand.  Nothing here reads spec/ or a generated
 * table: both the generated kernel function and the userspace catalogue are
 * compared with it for every req_type 0..0xffff and every scope 0..4.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include <fwctl/libfwctl.h>
#include <fwctl/reflect.h>
#include <bnxt_reflect.h>

#include "bnxt_scope.h"

/* enum fwctl_rpc_scope as numbered upstream (include/uapi/fwctl/fwctl.h). */
#define SCOPE_CONFIGURATION    0u
#define SCOPE_DEBUG_READ_ONLY  1u
#define SCOPE_DEBUG_WRITE      2u
#define SCOPE_DEBUG_WRITE_FULL 3u
#define N_SCOPES_CHECKED       5u /* 4 is past the last scope */

#define N_REQ_TYPES	       0x10000u
#define MAX_REPORTED	       20u

/* The upstream driver's decision, req_type by req_type. */
static bool upstream_allows(uint16_t req_type, uint32_t scope)
{
	switch (req_type) {
	/* accepted at any scope */
	case 0x0011: /* FUNC_RESET */
	case 0x0025: /* PORT_CLR_STATS */
	case 0x00c0: /* FW_RESET */
	case 0x00c3: /* FW_SYNC */
	case 0x00c8: /* FW_SET_TIME */
	case 0xff0f: /* DBG_LOG_BUFFER_FLUSH */
	case 0xff15: /* DBG_ERASE_NVM */
	case 0xff16: /* DBG_CFG */
	case 0xffec: /* NVM_DEFRAG */
	case 0xffee: /* NVM_FACTORY_DEFAULTS */
	case 0xfff0: /* NVM_FLUSH */
	case 0xfff5: /* NVM_VERIFY_UPDATE */
	case 0xfff7: /* NVM_ERASE_DIR_ENTRY */
	case 0xfff8: /* NVM_MOD_DIR_ENTRY */
	case 0xfff9: /* NVM_FIND_DIR_ENTRY */
		return scope <= SCOPE_DEBUG_WRITE_FULL;

	/* queries that need at least DEBUG_READ_ONLY */
	case 0x0000: /* VER_GET */
	case 0x000c: /* ERROR_RECOVERY_QCFG */
	case 0x0015: /* FUNC_QCAPS */
	case 0x0016: /* FUNC_QCFG */
	case 0x0018: /* FUNC_QSTATS */
	case 0x0027: /* PORT_PHY_QCFG */
	case 0x0028: /* PORT_MAC_QCFG */
	case 0x002a: /* PORT_PHY_QCAPS */
	case 0x002c: /* PORT_PHY_I2C_READ */
	case 0x00b6: /* PORT_PHY_MDIO_READ */
	case 0x0037: /* QUEUE_PRI2COS_QCFG */
	case 0x0039: /* QUEUE_COS2BW_QCFG */
	case 0x0047: /* VNIC_RSS_QCFG */
	case 0x0087: /* QUEUE_GLOBAL_QCFG */
	case 0x0088: /* QUEUE_ADPTV_QOS_RX_FEATURE_QCFG */
	case 0x008a: /* QUEUE_ADPTV_QOS_TX_FEATURE_QCFG */
	case 0x008c: /* QUEUE_QCAPS */
	case 0x008d: /* QUEUE_ADPTV_QOS_RX_TUNING_QCFG */
	case 0x008f: /* QUEUE_ADPTV_QOS_TX_TUNING_QCFG */
	case 0x00a0: /* TUNNEL_DST_PORT_QUERY */
	case 0x00bc: /* PORT_TX_FIR_QCFG */
	case 0x00be: /* FW_LIVEPATCH_QUERY */
	case 0x00c1: /* FW_QSTATUS */
	case 0x00c2: /* FW_HEALTH_CHECK */
	case 0x00c9: /* FW_GET_TIME */
	case 0x00da: /* PORT_EP_TX_QCFG */
	case 0x00dd: /* PORT_QCFG */
	case 0x00df: /* PORT_MAC_QCAPS */
	case 0x00e0: /* TEMP_MONITOR_QUERY */
	case 0x00e1: /* REG_POWER_QUERY */
	case 0x00e2: /* CORE_FREQUENCY_QUERY */
	case 0x0112: /* CFA_REDIRECT_QUERY_TUNNEL_TYPE */
	case 0x0124: /* CFA_ADV_FLOW_MGNT_QCAPS */
	case 0x0190: /* FUNC_RESOURCE_QCAPS */
	case 0x0192: /* FUNC_BACKING_STORE_QCAPS */
	case 0x0194: /* FUNC_BACKING_STORE_QCFG */
	case 0x0198: /* FUNC_QSTATS_EXT */
	case 0x019c: /* FUNC_PTP_PIN_QCFG */
	case 0x01a1: /* FUNC_PTP_EXT_QCFG */
	case 0x01a4: /* FUNC_BACKING_STORE_QCFG_V2 */
	case 0x01a8: /* FUNC_BACKING_STORE_QCAPS_V2 */
	case 0x01ac: /* FUNC_SYNCE_QCFG */
	case 0x01c3: /* FUNC_TTX_PACING_RATE_PROF_QUERY */
	case 0x0232: /* PORT_PHY_FDRSTAT */
	case 0xff1c: /* DBG_RING_INFO_GET */
	case 0xff20: /* DBG_QCAPS */
	case 0xff21: /* DBG_QCFG */
	case 0xff25: /* DBG_USEQ_FLUSH */
	case 0xff26: /* DBG_USEQ_QCAPS */
	case 0xff2e: /* DBG_SIM_CABLE_STATE */
	case 0xff2f: /* DBG_TOKEN_QUERY_AUTH_IDS */
	case 0xfff6: /* NVM_GET_DEV_INFO */
	case 0xfffb: /* NVM_GET_DIR_INFO */
	case 0x0200: /* SELFTEST_QLIST */
		return scope >= SCOPE_DEBUG_READ_ONLY &&
		       scope <= SCOPE_DEBUG_WRITE_FULL;

	/* writes that need at least DEBUG_WRITE */
	case 0x002b: /* PORT_PHY_I2C_WRITE */
	case 0x00b5: /* PORT_PHY_MDIO_WRITE */
		return scope >= SCOPE_DEBUG_WRITE &&
		       scope <= SCOPE_DEBUG_WRITE_FULL;

	default:
		return false;
	}
}

static unsigned int count_upstream_allowed(uint32_t scope)
{
	unsigned int allowed = 0;
	uint32_t req_type;

	for (req_type = 0; req_type < N_REQ_TYPES; req_type++)
		allowed += upstream_allows((uint16_t)req_type, scope);
	return allowed;
}

/* Guard the transcription itself: upstream's groups hold 15, 54 and 2 commands. */
static void test_oracle_counts(void **state)
{
	(void)state;
	assert_int_equal(count_upstream_allowed(SCOPE_CONFIGURATION), 15);
	assert_int_equal(count_upstream_allowed(SCOPE_DEBUG_READ_ONLY),
			 15 + 54);
	assert_int_equal(count_upstream_allowed(SCOPE_DEBUG_WRITE),
			 15 + 54 + 2);
	assert_int_equal(count_upstream_allowed(SCOPE_DEBUG_WRITE_FULL), 71);
	assert_int_equal(count_upstream_allowed(SCOPE_DEBUG_WRITE_FULL + 1), 0);
}

static const struct fwctl_command *catalogue_command(uint32_t req_type)
{
	uint32_t i;

	for (i = 0; i < fwctl_family_bnxt()->n_commands; i++)
		if (fwctl_family_bnxt()->commands[i].opcode == req_type)
			return &fwctl_family_bnxt()->commands[i];
	return NULL;
}

/* What a tool reading the catalogue concludes about one request. */
static bool catalogue_allows(uint32_t req_type, uint32_t scope)
{
	const struct fwctl_command *cmd = catalogue_command(req_type);
	int min;

	if (!cmd || !fwctl_scope_name((int)scope))
		return false;
	min = fwctl_command_min_scope(cmd, 0);
	return min != FWCTL_SCOPE_DENIED && scope >= (uint32_t)min;
}

static void report(const char *who, uint32_t req_type, uint32_t scope,
		   bool want, unsigned int *mismatches)
{
	if ((*mismatches)++ < MAX_REPORTED)
		printf("%s: req_type 0x%04x scope %u: upstream %s\n",
		       who,
		       req_type,
		       scope,
		       want ? "allows" : "denies");
}

static void test_every_req_type_and_scope(void **state)
{
	unsigned int kernel_bad = 0, catalogue_bad = 0, checked = 0;
	uint32_t req_type, scope;

	(void)state;
	for (req_type = 0; req_type < N_REQ_TYPES; req_type++) {
		for (scope = 0; scope < N_SCOPES_CHECKED; scope++) {
			bool want = upstream_allows((uint16_t)req_type, scope);

			if (bnxt_rpc_scope_allowed((__u16)req_type, scope) !=
			    want)
				report("kernel",
				       req_type,
				       scope,
				       want,
				       &kernel_bad);
			if (catalogue_allows(req_type, scope) != want)
				report("catalogue",
				       req_type,
				       scope,
				       want,
				       &catalogue_bad);
			checked++;
		}
	}
	printf("%u requests checked: %u kernel and %u catalogue mismatches\n",
	       checked,
	       kernel_bad,
	       catalogue_bad);
	assert_int_equal(kernel_bad, 0);
	assert_int_equal(catalogue_bad, 0);
	assert_false(bnxt_rpc_scope_allowed(0x0000, 0xffffffffu));
}

/* bnxtctl_fw_rpc(): 16 <= in_len <= 128 (HWRM_MAX_REQ_LEN), out_len >= 8. */
static void test_length_rules(void **state)
{
	(void)state;
	assert_int_equal(BNXT_RPC_REJECT_ERRNO, EPERM);
	assert_int_equal(BNXT_RPC_LENGTH_ERRNO, EINVAL);
	assert_false(bnxt_rpc_lengths_valid(0, 8));
	assert_false(bnxt_rpc_lengths_valid(15, 8));
	assert_true(bnxt_rpc_lengths_valid(16, 8));
	assert_true(bnxt_rpc_lengths_valid(128, 8));
	assert_false(bnxt_rpc_lengths_valid(129, 8));
	assert_false(bnxt_rpc_lengths_valid(2097152, 8));
	assert_false(bnxt_rpc_lengths_valid(16, 7));
	assert_false(bnxt_rpc_lengths_valid(16, 0));
	assert_true(bnxt_rpc_lengths_valid(24, 4096));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oracle_counts),
		cmocka_unit_test(test_every_req_type_and_scope),
		cmocka_unit_test(test_length_rules),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
