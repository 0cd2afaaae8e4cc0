// SPDX-License-Identifier: GPL-2.0
/*
 * libfwctl's lookup and request API (issue 16): families by name, device
 * type and index, scope names (a denied command's included), the RPC size
 * limit, and requests built by command name.  Expected values come from
 * upstream: the uapi enums, FWCTL's 2 MiB limit, the PRM's mailbox header
 * and the mlx5 driver's allowlist.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <fwctl/libfwctl.h>
#include <mlx5_reflect.h>

static void test_families(void **state)
{
	const struct fwctl_family *mlx5 = fwctl_family_by_name("mlx5");
	const struct fwctl_family *fam;
	uint32_t i, seen = 0;

	(void)state;
	assert_non_null(mlx5);
	assert_ptr_equal(fwctl_family_mlx5(), mlx5);
	assert_int_equal(mlx5->device_type, 1); /* FWCTL_DEVICE_TYPE_MLX5 */
	assert_ptr_equal(fwctl_family_by_device_type(1), mlx5);
	assert_null(fwctl_family_by_device_type(0)); /* ..._ERROR */
	assert_null(fwctl_family_by_name("no_such_family"));
	for (i = 0; (fam = fwctl_family_at(i)); i++)
		seen += fam == mlx5;
	assert_int_equal(seen, 1);
	assert_null(fwctl_family_at(i + 1));
}

static void test_scope_names(void **state)
{
	(void)state;
	assert_string_equal(fwctl_scope_name(0), "configuration");
	assert_string_equal(fwctl_scope_name(1), "debug_read_only");
	assert_string_equal(fwctl_scope_name(2), "debug_write");
	assert_string_equal(fwctl_scope_name(3), "debug_write_full");
	assert_null(fwctl_scope_name(4));
	assert_string_equal(fwctl_scope_name(FWCTL_SCOPE_DENIED), "denied");
	assert_null(fwctl_scope_name(-2));
	assert_int_equal(fwctl_rpc_max_bytes(), 2 * 1024 * 1024);
}

static void test_build_query_hca_cap(void **state)
{
	/* opcode 0x100 in bits 31:16 of dword 0, op_mod in bits 15:0 of dword 1 */
	static const uint8_t want[16] = {0x01, 0, 0, 0, 0, 0, 0, 0x03};
	const char *assign[] = {"op_mod=3"};
	struct fwctl_request req;
	struct fwctl_error err;

	(void)state;
	assert_int_equal(fwctl_request_build(fwctl_family_mlx5(),
					     "query_hca_cap",
					     assign,
					     1,
					     &req,
					     &err),
			 0);
	assert_string_equal(req.cmd->name, "QUERY_HCA_CAP");
	assert_int_equal(req.in_len, sizeof(want));
	assert_memory_equal(req.in, want, sizeof(want));
	assert_int_equal(req.op_mod, 3);
	assert_int_equal(req.scope, 0); /* CONFIGURATION */
	fwctl_request_free(&req);
	assert_null(req.in);
}

static void test_scope_follows_op_mod(void **state)
{
	const struct fwctl_family *mlx5 = fwctl_family_mlx5();
	const char *read[] = {"MLX5_CMD_OP_ACCESS_REG", "op_mod=READ"};
	struct fwctl_request req;
	struct fwctl_error err;

	(void)state;
	assert_int_equal(
		fwctl_request_build(mlx5, read[0], read + 1, 1, &req, &err), 0);
	assert_int_equal(req.in[0] << 8 | req.in[1], 0x805);
	assert_int_equal(req.op_mod, 1);
	assert_int_equal(req.scope, 1); /* a register read: DEBUG_READ_ONLY */
	assert_int_equal(fwctl_request_set(mlx5, &req, "op_mod=WRITE", &err),
			 0);
	assert_int_equal(req.scope, 0); /* a write: CONFIGURATION */
	req.in[7] = 1;
	fwctl_request_rescope(mlx5, &req);
	assert_int_equal(req.op_mod, 1);
	assert_int_equal(req.scope, 1);
	assert_int_not_equal(
		fwctl_request_set(mlx5, &req, "op_mod=0x10000", &err), 0);
	assert_int_equal(err.kind, FWCTL_ERR_INPUT);
	assert_int_equal(req.op_mod, 1);
	fwctl_request_free(&req);
}

static void test_denied_and_unknown(void **state)
{
	const struct fwctl_family *mlx5 = fwctl_family_mlx5();
	const char *bad[] = {"no_such_field=1"};
	struct fwctl_request req;
	struct fwctl_error err;

	(void)state;
	assert_int_equal(
		fwctl_request_build(mlx5, "CREATE_UCTX", NULL, 0, &req, &err),
		0);
	assert_int_equal(req.scope, FWCTL_SCOPE_DENIED);
	assert_string_equal(fwctl_scope_name(req.scope), "denied");
	fwctl_request_free(&req);

	assert_int_equal(fwctl_request_build(
				 mlx5, "NO_SUCH_COMMAND", NULL, 0, &req, &err),
			 -1);
	assert_int_equal(err.kind, FWCTL_ERR_INPUT);
	assert_non_null(strstr(err.message, "NO_SUCH_COMMAND"));
	assert_null(req.in);

	assert_int_equal(
		fwctl_request_build(mlx5, "QUERY_HCA_CAP", bad, 1, &req, &err),
		-1);
	assert_int_equal(err.kind, FWCTL_ERR_INPUT);
	assert_null(req.in);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_families),
		cmocka_unit_test(test_scope_names),
		cmocka_unit_test(test_build_query_hca_cap),
		cmocka_unit_test(test_scope_follows_op_mod),
		cmocka_unit_test(test_denied_and_unknown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
