// SPDX-License-Identifier: GPL-2.0
/*
 * One scope semantics: the kernel's generated allowlist function and the
 * userspace catalogue (what tools use to pick a scope) are rendered from
 * the same derived view of the spec and must agree on every request:
 * every opcode 0..0xffff, every op_mod that has a rule plus one that has
 * none, and scopes 0..4 (4 is past the last scope and always denied).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include <fwctl/libfwctl.h>
#include <fwctl/reflect.h>
#include <mlx5_reflect.h>

#include "mlx5_scope.h"

#define N_OPCODES	 0x10000u
#define N_SCOPES_CHECKED 5u
#define NO_RULE_OP_MOD	 0xfffeu /* no mlx5 rule uses it (asserted below) */

static const struct fwctl_command *catalogue_command(uint32_t opcode)
{
	const struct fwctl_family *fam = fwctl_family_mlx5();
	uint32_t i;

	for (i = 0; i < fam->n_commands; i++)
		if (fam->commands[i].opcode == opcode)
			return &fam->commands[i];
	return NULL;
}

/* What a tool reading the catalogue concludes about one request. */
static bool catalogue_allows(const struct fwctl_command *cmd, uint32_t op_mod,
			     uint32_t scope)
{
	int min;

	if (!cmd || !fwctl_scope_name((int)scope))
		return false;
	min = fwctl_command_min_scope(cmd, op_mod);
	return min != FWCTL_SCOPE_DENIED && scope >= (uint32_t)min;
}

static unsigned int compare(uint32_t opcode, uint32_t op_mod,
			    const struct fwctl_command *cmd)
{
	unsigned int mismatches = 0;
	uint32_t scope;

	for (scope = 0; scope < N_SCOPES_CHECKED; scope++) {
		bool kernel = mlx5_rpc_scope_allowed(
			(__u16)opcode, (__u16)op_mod, scope);

		if (kernel != catalogue_allows(cmd, op_mod, scope) &&
		    mismatches++ < 10)
			printf("opcode 0x%x op_mod 0x%x scope %u: kernel %d\n",
			       opcode,
			       op_mod,
			       scope,
			       kernel);
	}
	return mismatches;
}

static void test_kernel_function_equals_catalogue(void **state)
{
	unsigned int mismatches = 0, requests = 0, with_rules = 0;
	uint32_t opcode, r;

	(void)state;
	assert_non_null(fwctl_scope_name(N_SCOPES_CHECKED - 2));
	assert_null(fwctl_scope_name(N_SCOPES_CHECKED - 1));
	for (opcode = 0; opcode < N_OPCODES; opcode++) {
		const struct fwctl_command *cmd = catalogue_command(opcode);

		mismatches += compare(opcode, NO_RULE_OP_MOD, cmd);
		requests += N_SCOPES_CHECKED;
		for (r = 0; cmd && r < cmd->n_op_mod_rules; r++) {
			assert_int_not_equal(cmd->op_mod_rules[r].op_mod,
					     NO_RULE_OP_MOD);
			mismatches += compare(
				opcode, cmd->op_mod_rules[r].op_mod, cmd);
			requests += N_SCOPES_CHECKED;
			with_rules++;
		}
	}
	printf("%u requests compared (%u op_mod rules), %u mismatches\n",
	       requests,
	       with_rules,
	       mismatches);
	assert_true(with_rules > 0);
	assert_int_equal(mismatches, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kernel_function_equals_catalogue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
