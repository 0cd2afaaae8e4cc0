// SPDX-License-Identifier: GPL-2.0
/*
 * Decoding stays linear in the buffer size (review issue 10, item 1).
 *
 * query_packet_reformat_context_out ends in a flexible array of
 * packet_reformat_context_in, whose elements end in a flexible array of
 * their own.  Each inner array is bounded by its element, so an input four
 * times larger must give four times the elements, output and work: a
 * decoder that sizes the inner arrays against the end of the buffer does
 * quadratic work and fails the ratios below.  The ratios are measured in
 * this run; no wall-clock bound.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include <fwctl/codec.h>
#include <mlx5_reflect.h>

#define LAYOUT	     "query_packet_reformat_context_out"
#define FIXED_BITS   256 /* status, syndrome and the reserved words */
#define ELEMENT_BITS 64	 /* one packet_reformat_context_in */

struct decode_cost {
	size_t elements;   /* of the outer flexible array */
	size_t inner;	   /* elements of all inner flexible arrays */
	size_t json_bytes; /* of the plain JSON text */
	double cpu_ns;	   /* per decode */
};

static double cpu_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* Decode @len zero bytes, repeated until 100 ms of CPU time have passed. */
static struct decode_cost measure(size_t len)
{
	const struct fwctl_layout *layout =
		fwctl_layout_by_name(fwctl_family_mlx5(), LAYOUT);
	struct decode_cost cost = {0};
	uint8_t *buf = calloc(1, len);
	double start = cpu_now_ns(), spent;
	struct json_object *obj, *arr, *more;
	struct fwctl_error err;
	unsigned int runs = 0;
	size_t i;

	assert_non_null(layout);
	assert_non_null(buf);
	do {
		obj = fwctl_decode_json(
			fwctl_family_mlx5(), layout, buf, len, &err);
		if (!obj)
			fail_msg("%s", err.message);
		if (!runs) {
			assert_true(json_object_object_get_ex(
				obj, "packet_reformat_context", &arr));
			cost.elements = json_object_array_length(arr);
			for (i = 0; i < cost.elements; i++) {
				assert_true(json_object_object_get_ex(
					json_object_array_get_idx(arr, i),
					"more_reformat_data",
					&more));
				cost.inner += json_object_array_length(more);
			}
			cost.json_bytes = strlen(json_object_to_json_string_ext(
				obj, JSON_C_TO_STRING_PLAIN));
		}
		json_object_put(obj);
		runs++;
		spent = cpu_now_ns() - start;
	} while (spent < 1e8);
	cost.cpu_ns = spent / runs;
	free(buf);
	return cost;
}

static void test_nested_flexible_linear(void **state)
{
	struct decode_cost small = measure(16384), big = measure(65536);
	double out_ratio = (double)big.json_bytes / (double)small.json_bytes;
	double cpu_ratio = big.cpu_ns / small.cpu_ns;

	(void)state;
	print_message("16 KiB: %zu elements, %zu JSON bytes, %.0f us; "
		      "64 KiB: %zu elements, %zu JSON bytes, %.0f us; "
		      "ratios: output %.2f, cpu %.2f\n",
		      small.elements,
		      small.json_bytes,
		      small.cpu_ns / 1e3,
		      big.elements,
		      big.json_bytes,
		      big.cpu_ns / 1e3,
		      out_ratio,
		      cpu_ratio);
	/* every whole element after the fixed part, each bounded by itself */
	assert_int_equal(small.elements,
			 (16384 * 8 - FIXED_BITS) / ELEMENT_BITS);
	assert_int_equal(big.elements, (65536 * 8 - FIXED_BITS) / ELEMENT_BITS);
	assert_int_equal(small.inner, 0);
	assert_int_equal(big.inner, 0);
	/* linear: 4x the input is ~4x the output and work; quadratic is 16x */
	assert_true(out_ratio > 3.5 && out_ratio < 4.5);
	assert_true(cpu_ratio < 10.0);
}

/* A reply's nested flexible arrays (query_rq_out: rq_context.wq.pas). */
static void test_nested_flexible_tail(void **state)
{
	const struct fwctl_layout *layout =
		fwctl_layout_by_name(fwctl_family_mlx5(), "query_rq_out");
	struct json_object *obj, *ctx, *wq, *pas, *pa;
	size_t fixed = fwctl_layout_bytes(layout);
	uint8_t buf[4096] = {0};
	struct fwctl_error err;

	(void)state;
	assert_true(fixed + 16 <= sizeof(buf));
	/* two cmd_pas elements after the fixed part: pa_h is their first word */
	buf[fixed + 3] = 0x11;
	buf[fixed + 8 + 3] = 0x22;
	obj = fwctl_decode_json(
		fwctl_family_mlx5(), layout, buf, fixed + 16, &err);
	if (!obj)
		fail_msg("%s", err.message);
	assert_true(json_object_object_get_ex(obj, "rq_context", &ctx));
	assert_true(json_object_object_get_ex(ctx, "wq", &wq));
	assert_true(json_object_object_get_ex(wq, "pas", &pas));
	assert_int_equal(json_object_array_length(pas), 2);
	assert_true(json_object_object_get_ex(
		json_object_array_get_idx(pas, 1), "pa_h", &pa));
	assert_int_equal(json_object_get_uint64(pa), 0x22);
	json_object_put(obj);
	/* a part of an element is not decoded, and not an error */
	obj = fwctl_decode_json(
		fwctl_family_mlx5(), layout, buf, fixed + 12, &err);
	assert_non_null(obj);
	json_object_put(obj);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nested_flexible_linear),
		cmocka_unit_test(test_nested_flexible_tail),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
