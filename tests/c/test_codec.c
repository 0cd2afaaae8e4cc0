// SPDX-License-Identifier: GPL-2.0
/*
 * The generic codec of libfwctl: bit get/set at every width and position
 * against a reference written here with plain shifts over big-endian
 * dwords (MLX5_GET/MLX5_SET style) and little-endian words, dotted paths,
 * value parsing and JSON decoding on a small family defined here, and an
 * encode -> decode round trip through every layout of the mlx5 family.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <fwctl/codec.h>
#include <mlx5_reflect.h>

#include "test_bits.h"

/* ---- random numbers with a fixed seed (xorshift64) ---- */

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t rnd(void)
{
	return test_xorshift64(&rng_state);
}

static uint64_t mask_of(uint32_t width)
{
	return width == 64 ? ~0ULL : (1ULL << width) - 1;
}

/* ---- reference bit access ---- */

typedef unsigned __int128 u128;

/* Dwords that hold a field of @width bits at @off (1 to 3). */
static uint32_t be_dwords(uint32_t off, uint32_t width)
{
	return (off % 32 + width + 31) / 32;
}

/*
 * The three big-endian dwords from the one holding bit @off, as one word;
 * dwords past the field read as zero.
 */
static u128 be_window(const uint8_t *b, uint32_t off, uint32_t width)
{
	u128 w = 0;
	uint32_t k;

	for (k = 0; k < 3; k++)
		w = w << 32 |
		    (k < be_dwords(off, width) ? test_be32_at(b, off / 32 + k)
					       : 0);
	return w;
}

static uint64_t ref_get_be(const uint8_t *b, uint32_t off, uint32_t width)
{
	return (uint64_t)(be_window(b, off, width) >> (96 - off % 32 - width)) &
	       mask_of(width);
}

static void ref_set_be(uint8_t *b, uint32_t off, uint32_t width, uint64_t v)
{
	uint32_t shift = 96 - off % 32 - width, k;
	u128 w = be_window(b, off, width);

	w &= ~((u128)mask_of(width) << shift);
	w |= (u128)(v & mask_of(width)) << shift;
	for (k = 0; k < be_dwords(off, width); k++)
		test_put_be32(b, off / 32 + k, (uint32_t)(w >> (64 - 32 * k)));
}

/* Bytes that hold a field of @width bits at @off (1 to 9). */
static uint32_t le_bytes(uint32_t off, uint32_t width)
{
	return (off % 8 + width + 7) / 8;
}

/* The bytes from the one holding bit @off, little-endian, as one word. */
static u128 le_window(const uint8_t *b, uint32_t off, uint32_t width)
{
	u128 w = 0;
	int i;

	for (i = (int)le_bytes(off, width) - 1; i >= 0; i--)
		w = w << 8 | b[off / 8 + (uint32_t)i];
	return w;
}

static uint64_t ref_get_le(const uint8_t *b, uint32_t off, uint32_t width)
{
	return (uint64_t)(le_window(b, off, width) >> (off % 8)) &
	       mask_of(width);
}

static void ref_set_le(uint8_t *b, uint32_t off, uint32_t width, uint64_t v)
{
	u128 w = le_window(b, off, width);
	uint32_t i;

	w &= ~((u128)mask_of(width) << (off % 8));
	w |= (u128)(v & mask_of(width)) << (off % 8);
	for (i = 0; i < le_bytes(off, width); i++)
		b[off / 8 + i] = (uint8_t)(w >> (8 * i));
}

#define BITS_BUF 32 /* bytes: offsets up to 127 plus a 64-bit field */

static void check_bits(uint8_t order,
		       uint64_t (*ref_get)(const uint8_t *, uint32_t, uint32_t),
		       void (*ref_set)(uint8_t *, uint32_t, uint32_t, uint64_t))
{
	uint8_t buf[BITS_BUF], lib[BITS_BUF], ref[BITS_BUF];
	uint32_t width, off, i;

	for (width = 1; width <= 64; width++) {
		for (off = 0; off < 128; off++) {
			uint64_t v = rnd();

			for (i = 0; i < sizeof(buf); i++)
				buf[i] = (uint8_t)rnd();
			if (fwctl_get_bits(buf, order, off, width) !=
			    ref_get(buf, off, width))
				fail_msg("get order %u width %u offset %u",
					 order,
					 width,
					 off);
			memcpy(lib, buf, sizeof(buf));
			memcpy(ref, buf, sizeof(buf));
			/* bits above the width are dropped */
			fwctl_set_bits(lib, order, off, width, v);
			ref_set(ref, off, width, v);
			if (memcmp(lib, ref, sizeof(buf)))
				fail_msg("set order %u width %u offset %u",
					 order,
					 width,
					 off);
			assert_int_equal(fwctl_get_bits(lib, order, off, width),
					 v & mask_of(width));
		}
	}
}

static void test_bits_be_msb0(void **state)
{
	(void)state;
	check_bits(FWCTL_LAYOUT_BE_MSB0, ref_get_be, ref_set_be);
}

static void test_bits_le_lsb0(void **state)
{
	(void)state;
	check_bits(FWCTL_LAYOUT_LE_LSB0, ref_get_le, ref_set_le);
}

/* Known placements written out by hand from the PRM convention. */
static void test_bits_known_bytes(void **state)
{
	uint8_t b[8] = {0};
	const uint8_t want[8] = {
		0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};

	(void)state;
	/* mbox_in_hdr: opcode 16 bits at 0, op_mod 16 bits at 48 */
	fwctl_set_bits(b, FWCTL_LAYOUT_BE_MSB0, 0, 16, 0x0100);
	fwctl_set_bits(b, FWCTL_LAYOUT_BE_MSB0, 48, 16, 3);
	assert_memory_equal(b, want, sizeof(b));
	memset(b, 0, sizeof(b));
	fwctl_set_bits(b, FWCTL_LAYOUT_LE_LSB0, 4, 12, 0xabc);
	assert_int_equal(b[0], 0xc0);
	assert_int_equal(b[1], 0xab);
}

/* ---- a small family ---- */

enum {
	L_HDR,
	L_INNER,
	L_UNION,
	L_TOP,
	L_FLEX,
	L_LE
};

#define FIELD(n, off, w, cnt, k, arr, lay, en)                                 \
	{                                                                      \
		.name = n, .bit_offset = off, .bit_width = w, .count = cnt,    \
		.kind = k, .is_array = arr, .layout = lay, .enumeration = en   \
	}
#define UINT(n, off, w) FIELD(n, off, w, 1, FWCTL_FIELD_UINT, 0, -1, -1)
#define RSVD(off, w)                                                           \
	FIELD("reserved_at_x", off, w, 1, FWCTL_FIELD_RESERVED, 0, -1, -1)
#define NEST(n, off, w, l) FIELD(n, off, w, 1, FWCTL_FIELD_LAYOUT, 0, l, -1)

static const struct fwctl_enum_entry status_entries[] = {
	{"OK", 0},
	{"FAIL", 1},
	{"BAD", 0x42},
};

static const struct fwctl_enum test_enums[] = {
	{"status", "T_STAT_", status_entries, 3},
};

static const struct fwctl_field hdr_fields[] = {
	UINT("opcode", 0, 16),
	RSVD(16, 16),
	UINT("op_mod", 32, 16),
	FIELD("status", 48, 8, 1, FWCTL_FIELD_UINT, 0, -1, 0),
	RSVD(56, 8),
};

static const struct fwctl_field inner_fields[] = {
	UINT("a", 0, 3),
	UINT("b", 3, 29),
	UINT("c", 32, 32),
};

static const struct fwctl_field union_fields[] = {
	NEST("inner", 0, 64, L_INNER),
	UINT("raw", 0, 64),
};

static const struct fwctl_field top_fields[] = {
	NEST("hdr", 0, 64, L_HDR),
	FIELD("arr", 64, 12, 4, FWCTL_FIELD_UINT, 1, -1, -1),
	RSVD(112, 16),
	FIELD("nested", 128, 64, 2, FWCTL_FIELD_LAYOUT, 1, L_INNER, -1),
	NEST("un", 256, 64, L_UNION),
	FIELD("blob", 320, 96, 1, FWCTL_FIELD_BYTES, 0, -1, -1),
	RSVD(416, 32),
	UINT("big", 448, 64),
};

static const struct fwctl_field flex_fields[] = {
	UINT("count", 0, 32),
	RSVD(32, 32),
	FIELD("items", 64, 32, 0, FWCTL_FIELD_UINT, 1, -1, -1),
};

static const struct fwctl_field le_fields[] = {
	UINT("x", 0, 4),
	UINT("y", 4, 12),
	UINT("z", 16, 48),
};

static const struct fwctl_layout test_layouts[] = {
	[L_HDR] = {"hdr", 64, 0, FWCTL_LAYOUT_BE_MSB0, hdr_fields, 5},
	[L_INNER] = {"inner", 64, 0, FWCTL_LAYOUT_BE_MSB0, inner_fields, 3},
	[L_UNION] = {"u", 64, 1, FWCTL_LAYOUT_BE_MSB0, union_fields, 2},
	[L_TOP] = {"top", 512, 0, FWCTL_LAYOUT_BE_MSB0, top_fields, 8},
	[L_FLEX] = {"flex",
		    64,
		    0,
		    FWCTL_LAYOUT_BE_MSB0,
		    flex_fields,
		    3,
		    .variable = 1},
	[L_LE] = {"le", 64, 0, FWCTL_LAYOUT_LE_LSB0, le_fields, 3},
};

static const struct fwctl_family test_family = {
	.name = "test",
	.layouts = test_layouts,
	.n_layouts = 6,
	.enums = test_enums,
	.n_enums = 1,
	.command_prefix = "T_OP_",
	.request_layout = L_HDR,
	.response_layout = L_HDR,
	.status_enum = 0,
	.opcode = {0, 16, FWCTL_LAYOUT_BE_MSB0},
	.op_mod = {32, 16, FWCTL_LAYOUT_BE_MSB0},
	.status = {48, 8, FWCTL_LAYOUT_BE_MSB0},
	.syndrome = {32, 16, FWCTL_LAYOUT_BE_MSB0},
};

#define TOP (&test_layouts[L_TOP])

static void expect_path(const char *path, uint32_t offset, uint32_t width,
			const char *field)
{
	struct fwctl_field_ref ref;
	struct fwctl_error err;

	if (fwctl_resolve_path(&test_family, TOP, path, &ref, &err))
		fail_msg("%s: %s", path, err.message);
	assert_int_equal(ref.bit_offset, offset);
	assert_int_equal(ref.bit_width, width);
	assert_string_equal(ref.field->name, field);
}

static void test_paths(void **state)
{
	(void)state;
	expect_path("hdr.opcode", 0, 16, "opcode");
	expect_path("hdr.status", 48, 8, "status");
	expect_path("arr[0]", 64, 12, "arr");
	expect_path("arr[3]", 100, 12, "arr");
	expect_path("nested[1].c", 224, 32, "c");
	expect_path("nested[0].b", 131, 29, "b");
	expect_path("un.inner.b", 259, 29, "b");
	expect_path("un.raw", 256, 64, "raw");
	expect_path("blob", 320, 96, "blob");
	expect_path("big", 448, 64, "big");
	expect_path("hdr", 0, 64, "hdr");
}

/* @path fails and the message contains every string of the NULL-ended list. */
static void expect_path_error(const char *path, ...)
{
	struct fwctl_field_ref ref;
	struct fwctl_error err;
	const char *want;
	va_list ap;

	assert_int_equal(
		fwctl_resolve_path(&test_family, TOP, path, &ref, &err), -1);
	assert_int_equal(err.kind, FWCTL_ERR_INPUT);
	va_start(ap, path);
	while ((want = va_arg(ap, const char *)))
		if (!strstr(err.message, want))
			fail_msg(
				"%s: '%s' lacks '%s'", path, err.message, want);
	va_end(ap);
}

static void test_path_errors(void **state)
{
	(void)state;
	expect_path_error("nope", "no field 'nope'", NULL);
	expect_path_error("arr", "arr", "array of 4", "12 bits", NULL);
	expect_path_error("arr[4]", "arr", "0..3", "12 bits", NULL);
	expect_path_error("arr[x]", "arr", "index", NULL);
	expect_path_error("arr[1", "arr", "index", NULL);
	expect_path_error("hdr[0]", "hdr", "not an array", NULL);
	expect_path_error("hdr.opcode.x", "opcode", "16 bits", "'x'", NULL);
	expect_path_error("hdr.", "no field ''", NULL);
	expect_path_error("reserved_at_x", "no field", NULL);
	expect_path_error("nested[99999999999999999999].a", "nested", NULL);
	expect_path_error("", "no field ''", NULL);
}

static void test_flexible_array_path(void **state)
{
	struct fwctl_field_ref ref;
	struct fwctl_error err;

	(void)state;
	assert_int_equal(fwctl_resolve_path(&test_family,
					    &test_layouts[L_FLEX],
					    "items[5]",
					    &ref,
					    &err),
			 0);
	assert_int_equal(ref.bit_offset, 64 + 5 * 32);
}

static void assign_ok(const struct fwctl_layout *layout, uint8_t *buf,
		      size_t len, const char *assignment)
{
	struct fwctl_error err;

	if (fwctl_assign(&test_family, layout, buf, len, assignment, &err))
		fail_msg("%s: %s", assignment, err.message);
}

static void expect_assign_error(const char *assignment, const char *want1,
				const char *want2)
{
	uint8_t buf[64] = {0}, zero[64] = {0};
	struct fwctl_error err;

	assert_int_equal(
		fwctl_assign(
			&test_family, TOP, buf, sizeof(buf), assignment, &err),
		-1);
	assert_int_equal(err.kind, FWCTL_ERR_INPUT);
	if (!strstr(err.message, want1) || !strstr(err.message, want2))
		fail_msg("%s: '%s' lacks '%s' or '%s'",
			 assignment,
			 err.message,
			 want1,
			 want2);
	assert_memory_equal(buf, zero, sizeof(buf));
}

static void test_assign_values(void **state)
{
	uint8_t buf[64] = {0};

	(void)state;
	assign_ok(TOP, buf, sizeof(buf), "hdr.opcode=0x0100");
	assign_ok(TOP, buf, sizeof(buf), "hdr.op_mod=65535");
	assign_ok(TOP, buf, sizeof(buf), "hdr.status=BAD");
	assert_int_equal(ref_get_be(buf, 0, 16), 0x100);
	assert_int_equal(ref_get_be(buf, 32, 16), 0xffff);
	assert_int_equal(ref_get_be(buf, 48, 8), 0x42);
	assign_ok(TOP, buf, sizeof(buf), "hdr.status=t_stat_fail");
	assert_int_equal(ref_get_be(buf, 48, 8), 1);
	assign_ok(TOP, buf, sizeof(buf), "hdr.status=0X7");
	assert_int_equal(ref_get_be(buf, 48, 8), 7);

	assign_ok(TOP, buf, sizeof(buf), "big=0xffffffffffffffff");
	assert_true(ref_get_be(buf, 448, 64) == UINT64_MAX);
	assign_ok(TOP, buf, sizeof(buf), "big=18446744073709551614");
	assert_true(ref_get_be(buf, 448, 64) == UINT64_MAX - 1);
	assign_ok(TOP, buf, sizeof(buf), "arr[2]=4095");
	assert_int_equal(ref_get_be(buf, 88, 12), 4095);
	assign_ok(TOP, buf, sizeof(buf), "nested[1].b=0x1fffffff");
	assert_int_equal(ref_get_be(buf, 195, 29), 0x1fffffff);

	/* 96-bit bytes field: big-endian bytes 40..51 */
	assign_ok(TOP, buf, sizeof(buf), "blob=0x0102030405060708090a0b0c");
	for (int i = 0; i < 12; i++)
		assert_int_equal(buf[40 + i], i + 1);
	assign_ok(TOP, buf, sizeof(buf), "blob=0xAb");
	for (int i = 0; i < 11; i++)
		assert_int_equal(buf[40 + i], 0);
	assert_int_equal(buf[51], 0xab);
}

static void test_assign_le(void **state)
{
	uint8_t buf[8] = {0};

	(void)state;
	assign_ok(&test_layouts[L_LE], buf, sizeof(buf), "z=0x123456789abc");
	assign_ok(&test_layouts[L_LE], buf, sizeof(buf), "x=0xf");
	assert_true(ref_get_le(buf, 16, 48) == 0x123456789abcULL);
	assert_int_equal(buf[2], 0xbc);
	assert_int_equal(buf[7], 0x12);
	assert_int_equal(buf[0], 0x0f);
}

static void test_assign_errors(void **state)
{
	(void)state;
	expect_assign_error("hdr.status=256", "8 bits", "0..255");
	expect_assign_error("hdr.status=nope", "8 bits", "OK, FAIL, BAD");
	expect_assign_error("hdr.opcode=65536", "hdr.opcode", "16 bits");
	expect_assign_error("hdr.opcode=0x10000", "hdr.opcode", "0..65535");
	expect_assign_error("hdr.opcode=-1", "16 bits", "'-1'");
	expect_assign_error("hdr.opcode=1.5", "16 bits", "'1.5'");
	expect_assign_error("hdr.opcode=", "16 bits", "''");
	expect_assign_error("hdr.opcode=0x", "16 bits", "'0x'");
	expect_assign_error("big=18446744073709551616", "big", "64 bits");
	expect_assign_error("big=0x10000000000000000", "big", "64 bits");
	expect_assign_error("arr[1]=4096", "arr[1]", "12 bits");
	expect_assign_error("un.inner.a=8", "un.inner.a", "3 bits");
	expect_assign_error(
		"blob=0x1000000000000000000000000", "blob", "96 bits");
	expect_assign_error("blob=12", "blob", "96 bits");
	expect_assign_error("blob=0xzz", "blob", "96 bits");
	expect_assign_error("hdr=1", "hdr", "layout hdr");
	expect_assign_error("nope=1", "nope", "no field");
	expect_assign_error("=1", "path=value", "=1");
	expect_assign_error("opcode", "path=value", "opcode");
}

static void test_assign_outside_buffer(void **state)
{
	uint8_t buf[16] = {0};
	struct fwctl_error err;

	(void)state;
	assign_ok(&test_layouts[L_FLEX], buf, sizeof(buf), "items[1]=7");
	assert_int_equal(ref_get_be(buf, 96, 32), 7);
	assert_int_equal(fwctl_assign(&test_family,
				      &test_layouts[L_FLEX],
				      buf,
				      sizeof(buf),
				      "items[2]=7",
				      &err),
			 -1);
	assert_non_null(strstr(err.message, "16-byte"));
}

static void test_decode_json(void **state)
{
	uint8_t buf[64] = {0};
	struct json_object *obj, *v;
	struct fwctl_error err;
	const char *text;

	(void)state;
	assign_ok(TOP, buf, sizeof(buf), "hdr.opcode=0x100");
	assign_ok(TOP, buf, sizeof(buf), "arr[3]=5");
	assign_ok(TOP, buf, sizeof(buf), "nested[1].c=0xdeadbeef");
	assign_ok(TOP, buf, sizeof(buf), "un.inner.a=5");
	assign_ok(TOP, buf, sizeof(buf), "blob=0x0102030405060708090a0b0c");
	assign_ok(TOP, buf, sizeof(buf), "big=0xfedcba9876543210");
	buf[14] = 0xff; /* a reserved byte: never shown */

	obj = fwctl_decode_json(&test_family, TOP, buf, sizeof(buf), &err);
	assert_non_null(obj);
	text = json_object_to_json_string_ext(obj, JSON_C_TO_STRING_PLAIN);
	assert_string_equal(
		text,
		"{\"hdr\":{\"opcode\":256,\"op_mod\":0,\"status\":0},"
		"\"arr\":[0,0,0,5],"
		"\"nested\":[{\"a\":0,\"b\":0,\"c\":0},{\"a\":0,\"b\":0,\"c\":"
		"3735928559}],"
		"\"un\":{\"inner\":{\"a\":5,\"b\":0,\"c\":0},\"raw\":"
		"11529215046068469760},"
		"\"blob\":\"0x0102030405060708090a0b0c\","
		"\"big\":18364758544493064720}");
	assert_true(json_object_object_get_ex(obj, "big", &v));
	assert_true(json_object_get_uint64(v) == 0xfedcba9876543210ULL);
	json_object_put(obj);
}

static void test_decode_lengths(void **state)
{
	uint8_t buf[80] = {0};
	struct json_object *obj, *items;
	struct fwctl_error err;

	(void)state;
	assert_null(fwctl_decode_json(&test_family, TOP, buf, 63, &err));
	assert_int_equal(err.kind, FWCTL_ERR_INPUT);
	assert_non_null(strstr(err.message, "64 bytes"));
	assert_null(fwctl_decode_json(&test_family, TOP, buf, 65, &err));

	/* a flexible array takes the whole elements that follow */
	obj = fwctl_decode_json(
		&test_family, &test_layouts[L_FLEX], buf, 19, &err);
	assert_non_null(obj);
	assert_true(json_object_object_get_ex(obj, "items", &items));
	assert_int_equal(json_object_array_length(items), 2);
	json_object_put(obj);
}

static void test_parse_hex(void **state)
{
	const char text[] = " 0a Bc\n\tff 00 ";
	const uint8_t want[] = {0x0a, 0xbc, 0xff, 0x00};
	struct fwctl_error err;
	uint8_t *out;
	size_t len;

	(void)state;
	assert_int_equal(fwctl_parse_hex(text, strlen(text), &out, &len, &err),
			 0);
	assert_int_equal(len, 4);
	assert_memory_equal(out, want, 4);
	free(out);
	assert_int_equal(fwctl_parse_hex("", 0, &out, &len, &err), 0);
	assert_int_equal(len, 0);
	free(out);
	assert_int_equal(fwctl_parse_hex("abc", 3, &out, &len, &err), -1);
	assert_non_null(strstr(err.message, "odd"));
	assert_int_equal(fwctl_parse_hex("0g", 2, &out, &len, &err), -1);
	assert_non_null(strstr(err.message, "not a hex digit"));
}

static void test_fw_status(void **state)
{
	uint8_t buf[8] = {0};
	struct fwctl_fw_status st;
	struct fwctl_error err;

	(void)state;
	assert_int_equal(fwctl_check_fw_status(&test_family, buf, 8, &err), 0);
	assign_ok(&test_layouts[L_HDR], buf, 8, "status=0x42");
	assign_ok(&test_layouts[L_HDR], buf, 8, "op_mod=0x1234");
	assert_int_equal(fwctl_check_fw_status(&test_family, buf, 8, &err), -1);
	assert_int_equal(err.kind, FWCTL_ERR_FW_STATUS);
	assert_int_equal(err.fw_status, 0x42);
	assert_string_equal(err.fw_status_name, "BAD");
	assert_int_equal(err.fw_syndrome, 0x1234);
	assign_ok(&test_layouts[L_HDR], buf, 8, "status=0x43");
	assert_int_equal(fwctl_read_fw_status(&test_family, buf, 8, &st, &err),
			 0);
	assert_null(st.name);
	assert_int_equal(fwctl_read_fw_status(&test_family, buf, 6, &st, &err),
			 -1);
	assert_int_equal(err.kind, FWCTL_ERR_INPUT);
}

/* ---- encode -> decode through every mlx5 layout ---- */

struct leaf {
	char path[256];
	uint64_t value; /* fields up to 64 bits */
	char *hex;	/* wider fields: "0x...", malloc'd */
};

struct leaves {
	struct leaf *v;
	size_t n, cap;
};

static struct leaf *add_leaf(struct leaves *l)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 256;
		l->v = realloc(l->v, l->cap * sizeof(*l->v));
		assert_non_null(l->v);
	}
	memset(&l->v[l->n], 0, sizeof(l->v[0]));
	return &l->v[l->n++];
}

static void random_leaf(struct leaf *leaf, const struct fwctl_field *f)
{
	uint32_t digits = (f->bit_width + 3) / 4, i;

	if (f->kind == FWCTL_FIELD_UINT) {
		leaf->value = rnd() & mask_of(f->bit_width);
		return;
	}
	leaf->hex = malloc(digits + 3);
	assert_non_null(leaf->hex);
	strcpy(leaf->hex, "0x");
	for (i = 0; i < digits; i++) {
		unsigned int d = rnd() & 15;

		if (i == 0 && f->bit_width % 4)
			d &= (1u << (f->bit_width % 4)) - 1;
		leaf->hex[2 + i] = "0123456789abcdef"[d];
	}
	leaf->hex[2 + digits] = '\0';
}

/*
 * Every UINT and BYTES element under @layout; a union contributes one
 * member chosen at random, as members share their bits.
 */
static void collect_leaves(const struct fwctl_layout *layout,
			   const char *prefix, struct leaves *out)
{
	const struct fwctl_field *chosen = NULL;
	uint32_t i, k, n_members = 0;

	if (layout->is_union) {
		for (i = 0; i < layout->n_fields; i++)
			n_members +=
				layout->fields[i].kind != FWCTL_FIELD_RESERVED;
		if (!n_members)
			return;
		k = (uint32_t)(rnd() % n_members);
		for (i = 0; !chosen; i++)
			if (layout->fields[i].kind != FWCTL_FIELD_RESERVED &&
			    !k--)
				chosen = &layout->fields[i];
	}
	for (i = 0; i < layout->n_fields; i++) {
		const struct fwctl_field *f = &layout->fields[i];
		uint32_t n = f->is_array ? f->count : 1;

		/*
		 * A payload selected by another field of the same buffer
		 * shows only what that field selects: test_cli.py covers it.
		 */
		if (f->kind == FWCTL_FIELD_RESERVED ||
		    (chosen && f != chosen) ||
		    (f->extra && f->extra->select &&
		     !f->extra->select->from_request))
			continue;
		for (k = 0; k < n; k++) {
			char path[256];

			if (f->is_array)
				snprintf(path,
					 sizeof(path),
					 "%s%s%s[%u]",
					 prefix,
					 *prefix ? "." : "",
					 f->name,
					 k);
			else
				snprintf(path,
					 sizeof(path),
					 "%s%s%s",
					 prefix,
					 *prefix ? "." : "",
					 f->name);
			if (f->kind == FWCTL_FIELD_LAYOUT) {
				collect_leaves(&fwctl_family_mlx5()
							->layouts[f->layout],
					       path,
					       out);
			} else {
				struct leaf *leaf = add_leaf(out);

				strcpy(leaf->path, path);
				random_leaf(leaf, f);
			}
		}
	}
}

/* Follow "a.b[2].c" through decoded JSON. */
static struct json_object *json_at(struct json_object *obj, const char *path)
{
	char buf[256], *part, *save = NULL, *bracket;

	strcpy(buf, path);
	for (part = strtok_r(buf, ".", &save); part && obj;
	     part = strtok_r(NULL, ".", &save)) {
		bracket = strchr(part, '[');
		if (bracket)
			*bracket = '\0';
		if (!json_object_object_get_ex(obj, part, &obj))
			return NULL;
		if (bracket)
			obj = json_object_array_get_idx(
				obj, strtoul(bracket + 1, NULL, 10));
	}
	return obj;
}

/* Fields checked over all layouts, so the test cannot pass vacuously. */
static size_t n_checked;

static void round_trip(const struct fwctl_layout *layout)
{
	size_t len = fwctl_layout_bytes(layout), i;
	struct leaves leaves = {0};
	struct json_object *obj, *v;
	struct fwctl_error err;
	uint8_t *buf = calloc(1, len);
	char *assignment;

	assert_non_null(buf);
	collect_leaves(layout, "", &leaves);
	for (i = 0; i < leaves.n; i++) {
		struct leaf *leaf = &leaves.v[i];

		if (leaf->hex)
			assert_true(asprintf(&assignment,
					     "%s=%s",
					     leaf->path,
					     leaf->hex) > 0);
		else
			assert_true(asprintf(&assignment,
					     i % 2 ? "%s=%llu" : "%s=0x%llx",
					     leaf->path,
					     (unsigned long long)leaf->value) >
				    0);
		if (fwctl_assign(fwctl_family_mlx5(),
				 layout,
				 buf,
				 len,
				 assignment,
				 &err))
			fail_msg("%s: %s: %s",
				 layout->name,
				 assignment,
				 err.message);
		free(assignment);
	}
	obj = fwctl_decode_json(fwctl_family_mlx5(), layout, buf, len, &err);
	if (!obj)
		fail_msg("%s: %s", layout->name, err.message);
	for (i = 0; i < leaves.n; i++) {
		struct leaf *leaf = &leaves.v[i];

		v = json_at(obj, leaf->path);
		if (!v)
			fail_msg("%s: %s missing from JSON",
				 layout->name,
				 leaf->path);
		if (leaf->hex) {
			if (strcmp(json_object_get_string(v), leaf->hex))
				fail_msg("%s: %s: %s != %s",
					 layout->name,
					 leaf->path,
					 json_object_get_string(v),
					 leaf->hex);
		} else if (!json_object_is_type(v, json_type_int) ||
			   json_object_get_uint64(v) != leaf->value) {
			fail_msg("%s: %s: %s != %llu",
				 layout->name,
				 leaf->path,
				 json_object_to_json_string(v),
				 (unsigned long long)leaf->value);
		}
	}
	json_object_put(obj);
	n_checked += leaves.n;
	for (i = 0; i < leaves.n; i++)
		free(leaves.v[i].hex);
	free(leaves.v);
	free(buf);
}

static void test_mlx5_round_trip_every_layout(void **state)
{
	uint32_t i;

	(void)state;
	assert_true(fwctl_family_mlx5()->n_layouts > 0);
	for (i = 0; i < fwctl_family_mlx5()->n_layouts; i++)
		round_trip(&fwctl_family_mlx5()->layouts[i]);
	print_message("%zu fields in %u layouts\n",
		      n_checked,
		      fwctl_family_mlx5()->n_layouts);
	assert_true(n_checked >= fwctl_family_mlx5()->n_layouts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bits_be_msb0),
		cmocka_unit_test(test_bits_le_lsb0),
		cmocka_unit_test(test_bits_known_bytes),
		cmocka_unit_test(test_paths),
		cmocka_unit_test(test_path_errors),
		cmocka_unit_test(test_flexible_array_path),
		cmocka_unit_test(test_assign_values),
		cmocka_unit_test(test_assign_le),
		cmocka_unit_test(test_assign_errors),
		cmocka_unit_test(test_assign_outside_buffer),
		cmocka_unit_test(test_decode_json),
		cmocka_unit_test(test_decode_lengths),
		cmocka_unit_test(test_parse_hex),
		cmocka_unit_test(test_fw_status),
		cmocka_unit_test(test_mlx5_round_trip_every_layout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
