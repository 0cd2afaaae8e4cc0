// SPDX-License-Identifier: GPL-2.0
/*
 * The generated uapi headers must be ABI-identical to upstream Linux.  The
 * expected numbers below are written from the upstream ABI (ioctl encoding,
 * struct sizes and offsets, enum values), independently of the spec.
 */
#include <linux/types.h>
#include <fwctl/fwctl.h>
#include <fwctl/mlx5.h>
#include <fwctl/bnxt.h>

/*
 * Upstream's include guards, so that a program seeing upstream's copy of a
 * header and ours compiles one of them.
 */
#if !defined(_UAPI_FWCTL_H) || !defined(_UAPI_FWCTL_MLX5_H) ||                 \
	!defined(_UAPI_FWCTL_BNXT_H_)
#error "an include guard differs from upstream's"
#endif

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Generic ioctl encoding (x86, arm64): dir << 30 | size << 16 | type << 8 | nr. */
#define EXPECT_IO(type, nr) ((0u << 30) | (0u << 16) | ((type) << 8) | (nr))

static void test_ioctl_numbers(void **state)
{
	(void)state;
	assert_int_equal(FWCTL_TYPE, 0x9a);
	assert_int_equal(FWCTL_CMD_BASE, 0);
	assert_int_equal(FWCTL_CMD_INFO, 0);
	assert_int_equal(FWCTL_CMD_RPC, 1);
	assert_int_equal(FWCTL_INFO, EXPECT_IO(0x9a, 0));
	assert_int_equal(FWCTL_INFO, 0x9a00);
	assert_int_equal(FWCTL_RPC, 0x9a01);
}

static void test_enums(void **state)
{
	(void)state;
	assert_int_equal(FWCTL_DEVICE_TYPE_ERROR, 0);
	assert_int_equal(FWCTL_DEVICE_TYPE_MLX5, 1);
	assert_int_equal(FWCTL_DEVICE_TYPE_CXL, 2);
	assert_int_equal(FWCTL_DEVICE_TYPE_BNXT, 3);
	assert_int_equal(FWCTL_DEVICE_TYPE_PDS, 4);
	assert_int_equal(FWCTL_RPC_CONFIGURATION, 0);
	assert_int_equal(FWCTL_RPC_DEBUG_READ_ONLY, 1);
	assert_int_equal(FWCTL_RPC_DEBUG_WRITE, 2);
	assert_int_equal(FWCTL_RPC_DEBUG_WRITE_FULL, 3);
}

#define MEMBER_SIZE(type, member) sizeof(((type *)0)->member)

static void test_fwctl_info_layout(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct fwctl_info), 24);
	assert_int_equal(_Alignof(struct fwctl_info), 8);
	assert_int_equal(offsetof(struct fwctl_info, size), 0);
	assert_int_equal(offsetof(struct fwctl_info, flags), 4);
	assert_int_equal(offsetof(struct fwctl_info, out_device_type), 8);
	assert_int_equal(offsetof(struct fwctl_info, device_data_len), 12);
	assert_int_equal(offsetof(struct fwctl_info, out_device_data), 16);
	assert_int_equal(MEMBER_SIZE(struct fwctl_info, size), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_info, flags), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_info, out_device_type), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_info, device_data_len), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_info, out_device_data), 8);
}

static void test_fwctl_rpc_layout(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct fwctl_rpc), 32);
	assert_int_equal(_Alignof(struct fwctl_rpc), 8);
	assert_int_equal(offsetof(struct fwctl_rpc, size), 0);
	assert_int_equal(offsetof(struct fwctl_rpc, scope), 4);
	assert_int_equal(offsetof(struct fwctl_rpc, in_len), 8);
	assert_int_equal(offsetof(struct fwctl_rpc, out_len), 12);
	assert_int_equal(offsetof(struct fwctl_rpc, in), 16);
	assert_int_equal(offsetof(struct fwctl_rpc, out), 24);
	assert_int_equal(MEMBER_SIZE(struct fwctl_rpc, scope), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_rpc, in_len), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_rpc, out_len), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_rpc, in), 8);
	assert_int_equal(MEMBER_SIZE(struct fwctl_rpc, out), 8);
}

static void test_fwctl_info_mlx5_layout(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct fwctl_info_mlx5), 8);
	assert_int_equal(offsetof(struct fwctl_info_mlx5, uid), 0);
	assert_int_equal(offsetof(struct fwctl_info_mlx5, uctx_caps), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_info_mlx5, uid), 4);
	assert_int_equal(MEMBER_SIZE(struct fwctl_info_mlx5, uctx_caps), 4);
}

/* include/uapi/fwctl/bnxt.h: the caps enum and a 4-byte info struct. */
static void test_bnxt(void **state)
{
	(void)state;
	assert_int_equal(FWCTL_BNXT_INLINE_COMMANDS, 0);
	assert_int_equal(FWCTL_BNXT_QUERY_COMMANDS, 1);
	assert_int_equal(FWCTL_BNXT_SEND_COMMANDS, 2);
	assert_int_equal(sizeof(enum fwctl_bnxt_commands), sizeof(int));
	assert_int_equal(sizeof(struct fwctl_info_bnxt), 4);
	assert_int_equal(_Alignof(struct fwctl_info_bnxt), 4);
	assert_int_equal(offsetof(struct fwctl_info_bnxt, uctx_caps), 0);
	assert_int_equal(MEMBER_SIZE(struct fwctl_info_bnxt, uctx_caps), 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ioctl_numbers),
		cmocka_unit_test(test_enums),
		cmocka_unit_test(test_fwctl_info_layout),
		cmocka_unit_test(test_fwctl_rpc_layout),
		cmocka_unit_test(test_fwctl_info_mlx5_layout),
		cmocka_unit_test(test_bnxt),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
