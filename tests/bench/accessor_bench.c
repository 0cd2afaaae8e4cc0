// SPDX-License-Identifier: GPL-2.0
/*
 * Generated typed accessors against MLX5_SET/MLX5_GET-style macros (written
 * here after the upstream definitions, over Debian's real mlx5_ifc.h), on the
 * same fields of cmd_hca_cap.  Run as "gen" or "macro": one variant only, so
 * callgrind counts the instructions of that variant.  "check" verifies both
 * read and write the same bits.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "mlx5_layouts.h"

typedef unsigned char u8;
#define BIT(n) (1UL << (n))
#define BIT_ULL(n) (1ULL << (n))
#include MLX5_IFC_HEADER

#define nullp(typ) ((struct mlx5_ifc_##typ##_bits *)0)
#define bit_sz(typ, fld) sizeof(nullp(typ)->fld)
#define bit_off(typ, fld) (__builtin_offsetof(struct mlx5_ifc_##typ##_bits, fld))
#define dw_off(typ, fld) (bit_off(typ, fld) / 32)
#define dw_bit_off(typ, fld) (32 - bit_sz(typ, fld) - (bit_off(typ, fld) & 0x1f))
#define mask(typ, fld) ((uint32_t)((1ull << bit_sz(typ, fld)) - 1))
#define dw_mask(typ, fld) (mask(typ, fld) << dw_bit_off(typ, fld))
#define BE32(x) __builtin_bswap32(x)
#define MACRO_SET(typ, p, fld, v)                                            \
	do {                                                                 \
		uint32_t _v = (v);                                           \
		uint32_t *_w = (uint32_t *)(p) + dw_off(typ, fld);           \
		*_w = BE32((BE32(*_w) & ~dw_mask(typ, fld)) |                \
			   ((_v & mask(typ, fld)) << dw_bit_off(typ, fld))); \
	} while (0)
#define MACRO_GET(typ, p, fld) \
	((BE32(*((const uint32_t *)(p) + dw_off(typ, fld))) >> dw_bit_off(typ, fld)) & mask(typ, fld))

#define FIELDS(X)                                                             \
	X(log_max_qp) X(log_max_srq) X(log_max_cq) X(log_max_mkey) X(log_max_eq) \
	X(vport_group_manager) X(num_ports) X(log_max_msg) X(max_qp_mcg) X(log_max_pd)

#define N_ROUNDS 100000

static uint32_t buf[MLX5_CMD_HCA_CAP_BYTES / 4];

static __attribute__((noinline)) uint32_t run_gen(uint32_t seed)
{
	uint32_t sum = 0;

	for (int i = 0; i < N_ROUNDS; i++) {
#define SET_GEN(f) mlx5_cmd_hca_cap_set_##f(buf, seed + i);
#define GET_GEN(f) sum += mlx5_cmd_hca_cap_get_##f(buf);
		FIELDS(SET_GEN)
		FIELDS(GET_GEN)
	}
	return sum;
}

static __attribute__((noinline)) uint32_t run_macro(uint32_t seed)
{
	uint32_t sum = 0;

	for (int i = 0; i < N_ROUNDS; i++) {
#define SET_MACRO(f) MACRO_SET(cmd_hca_cap, buf, f, seed + i);
#define GET_MACRO(f) sum += MACRO_GET(cmd_hca_cap, buf, f);
		FIELDS(SET_MACRO)
		FIELDS(GET_MACRO)
	}
	return sum;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "check";

	if (!strcmp(mode, "gen"))
		printf("%u\n", run_gen(7));
	else if (!strcmp(mode, "macro"))
		printf("%u\n", run_macro(7));
	else {
		uint32_t a = run_gen(11), b;
		uint32_t copy[sizeof(buf) / 4];

		memcpy(copy, buf, sizeof(buf));
		memset(buf, 0, sizeof(buf));
		b = run_macro(11);
		if (a != b || memcmp(copy, buf, sizeof(buf))) {
			fprintf(stderr, "accessors and macros disagree\n");
			return 1;
		}
		printf("accessors and macros agree on %d fields\n", 10);
	}
	return 0;
}
