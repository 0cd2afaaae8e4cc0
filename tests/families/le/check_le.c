// SPDX-License-Identifier: GPL-2.0
/*
 * The little-endian test family (le.yaml) against an independent reference.
 *
 * The reference is the C struct each layout mirrors, written down by hand:
 * every field is a member of a storage unit (u8, __le16, __le32, __le64,
 * __be16, __be32, __be64, or the 3 bytes of a 24-bit value) at a byte
 * offset, at a bit position inside that unit.  Units are packed and
 * unpacked byte by byte here; nothing below uses the generator's choice of
 * containers, offsets or byte orders.
 *
 * Every field (every element of an array) is read and written through the
 * typed accessors (le_layouts.h), through the generic codec of libfwctl
 * (fwctl_resolve_path, fwctl_get_bits, fwctl_set_bits, fwctl_assign over
 * the reflection tables fwctl_family_le()) and through the reference, in a
 * heap buffer of exactly the layout's size, so that AddressSanitizer
 * catches any access outside the layout.  A write must change exactly the
 * field's bits.
 *
 * Build with -DCHECK_FIELD_ORDER=0 to skip the checks that need the generic
 * codec to honour per-field byte-order overrides (fwctl_resolve_path's
 * byte_order and fwctl_assign on an overridden field).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/types.h>

#include "le_defs.h"
#include "le_layouts.h"
#include "le_reflect.h"
#include "le_scope.h"

#include <fwctl/codec.h>

#ifndef CHECK_FIELD_ORDER
#define CHECK_FIELD_ORDER 1
#endif

enum {
	LE,
	BE
};

static unsigned long checks, failures;

#define CHECK(cond, ...)                                                       \
	do {                                                                   \
		checks++;                                                      \
		if (!(cond)) {                                                 \
			failures++;                                            \
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);   \
			fprintf(stderr, __VA_ARGS__);                          \
			fputc('\n', stderr);                                   \
		}                                                              \
	} while (0)

/* ---- the reference: storage units packed byte by byte ---- */

static uint64_t unit_load(const uint8_t *b, unsigned int nbytes, int order)
{
	uint64_t v = 0;
	unsigned int i;

	for (i = 0; i < nbytes; i++) {
		unsigned int k = order == LE ? nbytes - 1 - i : i;

		v = v << 8 | b[k];
	}
	return v;
}

static void unit_store(uint8_t *b, unsigned int nbytes, int order, uint64_t v)
{
	unsigned int i;

	for (i = 0; i < nbytes; i++) {
		unsigned int k = order == LE ? i : nbytes - 1 - i;

		b[k] = (uint8_t)(v >> (8 * i));
	}
}

static uint64_t mask_of(unsigned int width)
{
	return width >= 64 ? ~0ULL : (1ULL << width) - 1;
}

/*
 * One member of a reference struct.  Element i of an array lies in the
 * unit at byte + i * byte_step, at bit shift + i * shift_step of it.
 */
struct ref_field {
	const char *layout;
	const char *name;
	unsigned int byte, nbytes, order, shift, width;
	unsigned int count; /* 0: a scalar */
	unsigned int byte_step, shift_step;
	uint64_t (*get)(const void *buf, unsigned int i);
	void (*set)(void *buf, unsigned int i, uint64_t v);
};

static uint64_t ref_get(const struct ref_field *r, const uint8_t *base,
			unsigned int i)
{
	uint64_t unit = unit_load(
		base + r->byte + i * r->byte_step, r->nbytes, r->order);

	return unit >> (r->shift + i * r->shift_step) & mask_of(r->width);
}

static void ref_set(const struct ref_field *r, uint8_t *base, unsigned int i,
		    uint64_t v)
{
	uint8_t *at = base + r->byte + i * r->byte_step;
	unsigned int shift = r->shift + i * r->shift_step;
	uint64_t unit = unit_load(at, r->nbytes, r->order);

	unit &= ~(mask_of(r->width) << shift);
	unit |= (v & mask_of(r->width)) << shift;
	unit_store(at, r->nbytes, r->order, unit);
}

/*
 * Where the codec numbers the field's bit 0: bit n lies in byte n / 8; in
 * a little-endian layout counted from the byte's least significant bit
 * (lsb0), in a big-endian field from the start of its first byte.
 */
static uint32_t ref_bit_offset(const struct ref_field *r, unsigned int i)
{
	unsigned int byte = r->byte + i * r->byte_step;
	unsigned int shift = r->shift + i * r->shift_step;

	if (r->order == BE) /* whole units only */
		return 8 * byte;
	return 8 * byte + shift;
}

/* ---- the typed accessors, behind one signature ---- */

#define SCALAR(L, F)                                                           \
	static uint64_t get_##L##_##F(const void *b, unsigned int i)           \
	{                                                                      \
		(void)i;                                                       \
		return le_##L##_get_##F(b);                                    \
	}                                                                      \
	static void set_##L##_##F(void *b, unsigned int i, uint64_t v)         \
	{                                                                      \
		(void)i;                                                       \
		le_##L##_set_##F(b, v);                                        \
	}
#define ARRAY(L, F)                                                            \
	static uint64_t get_##L##_##F(const void *b, unsigned int i)           \
	{                                                                      \
		return le_##L##_get_##F(b, i);                                 \
	}                                                                      \
	static void set_##L##_##F(void *b, unsigned int i, uint64_t v)         \
	{                                                                      \
		le_##L##_set_##F(b, i, v);                                     \
	}

SCALAR(req_hdr, opcode)
SCALAR(req_hdr, seq)
SCALAR(req_hdr, flags)
SCALAR(req_hdr, payload_len)
SCALAR(resp_hdr, status)
SCALAR(resp_hdr, seq)
SCALAR(resp_hdr, payload_len)
SCALAR(mixed, a8)
SCALAR(mixed, b16)
SCALAR(mixed, v)
SCALAR(mixed, s)
SCALAR(mixed, u)
SCALAR(mixed, c64)
SCALAR(mixed, be)
SCALAR(mixed, d32)
SCALAR(mixed, nib)
SCALAR(mixed, hi)
SCALAR(mixed, odd16)
ARRAY(mixed, flags4)
ARRAY(mixed, arr16)
ARRAY(mixed, be16s)
SCALAR(mixed, u24)
SCALAR(mixed, x8)
SCALAR(mixed, lo)
SCALAR(mixed, mid)
SCALAR(mixed, top)
SCALAR(mixed, big40)
SCALAR(mixed, small24)
SCALAR(mixed, be64)
SCALAR(mixed, tail32)
SCALAR(odd21, a)
SCALAR(odd21, b)
SCALAR(odd21, c)
SCALAR(odd21, d)
SCALAR(odd21, e)
SCALAR(odd21, f)
SCALAR(odd21, last)
SCALAR(odd7, a)
SCALAR(odd7, b)
SCALAR(odd7, c)
SCALAR(tiny, v24)
SCALAR(id_parts, lo)
SCALAR(id_parts, hi)
SCALAR(id_union, raw)
SCALAR(log_out, n_entries)
SCALAR(log_out, level)
SCALAR(log_out, flags)
ARRAY(log_out, entries)

#define R(L, F, byte, nbytes, order, shift, width)                             \
	{                                                                      \
#L, #F, byte, nbytes, order, shift, width, 0, 0, 0,            \
			get_##L##_##F, set_##L##_##F                           \
	}
#define RA(L, F, byte, nbytes, order, shift, width, count, bstep, sstep)       \
	{                                                                      \
#L, #F, byte, nbytes, order, shift, width, count, bstep,       \
			sstep, get_##L##_##F, set_##L##_##F                    \
	}

/* Layout sizes of the reference structs, in bytes. */
static const struct {
	const char *name;
	unsigned int bytes;
} sizes[] = {
	{"req_hdr", 12},
	{"resp_hdr", 8},
	{"mixed", 84},
	{"odd21", 21},
	{"odd7", 7},
	{"tiny", 3},
	{"id_parts", 8},
	{"id_union", 8},
	{"set_in", 111},
	{"log_out", 12},
};

static const struct ref_field fields[] = {
	/* struct req_hdr { __le32 opcode; __le16 seq, flags; __le32 len; } */
	R(req_hdr, opcode, 0, 4, LE, 0, 32),
	R(req_hdr, seq, 4, 2, LE, 0, 16),
	R(req_hdr, flags, 6, 2, LE, 0, 16),
	R(req_hdr, payload_len, 8, 4, LE, 0, 32),
	/* struct resp_hdr { __le16 status, seq; __le32 payload_len; } */
	R(resp_hdr, status, 0, 2, LE, 0, 16),
	R(resp_hdr, seq, 2, 2, LE, 0, 16),
	R(resp_hdr, payload_len, 4, 4, LE, 0, 32),
	/* struct mixed, packed */
	R(mixed, a8, 0, 1, LE, 0, 8),
	R(mixed, b16, 2, 2, LE, 0, 16),
	R(mixed, v, 4, 4, LE, 0, 28), /* __le32 v:28, s:1, u:3 */
	R(mixed, s, 4, 4, LE, 28, 1),
	R(mixed, u, 4, 4, LE, 29, 3),
	R(mixed, c64, 8, 8, LE, 0, 64),
	R(mixed, be, 16, 4, BE, 0, 32), /* __be32 */
	R(mixed, d32, 20, 4, LE, 0, 32),
	R(mixed, nib, 24, 1, LE, 0, 4), /* u8 nib:4, hi:4 */
	R(mixed, hi, 24, 1, LE, 4, 4),
	R(mixed, odd16, 25, 2, LE, 0, 16),	     /* unaligned __le16 */
	RA(mixed, flags4, 27, 1, LE, 0, 2, 4, 0, 2), /* u8 flags4[4]:2 */
	RA(mixed, arr16, 28, 2, LE, 0, 16, 4, 2, 0), /* __le16 arr16[4] */
	RA(mixed, be16s, 52, 2, BE, 0, 16, 2, 2, 0), /* __be16 be16s[2] */
	R(mixed, u24, 56, 3, LE, 0, 24), /* 3 bytes, little-endian */
	R(mixed, x8, 59, 1, LE, 0, 8),
	R(mixed, lo, 60, 4, LE, 0, 12), /* __le32 lo:12, mid:12, top:8 */
	R(mixed, mid, 60, 4, LE, 12, 12),
	R(mixed, top, 60, 4, LE, 24, 8),
	R(mixed, big40, 64, 8, LE, 0, 40), /* __le64 big40:40, small24:24 */
	R(mixed, small24, 64, 8, LE, 40, 24),
	R(mixed, be64, 72, 8, BE, 0, 64), /* __be64 */
	R(mixed, tail32, 80, 4, LE, 0, 32),
	/* struct odd21 { __le64 a; __le32 b; __le16 c; u8 d, e; __le32 f; u8 last; } */
	R(odd21, a, 0, 8, LE, 0, 64),
	R(odd21, b, 8, 4, LE, 0, 32),
	R(odd21, c, 12, 2, LE, 0, 16),
	R(odd21, d, 14, 1, LE, 0, 8),
	R(odd21, e, 15, 1, LE, 0, 8),
	R(odd21, f, 16, 4, LE, 0, 32),
	R(odd21, last, 20, 1, LE, 0, 8),
	/* struct odd7 { u8 a; __le16 b; __le32 c; }, packed */
	R(odd7, a, 0, 1, LE, 0, 8),
	R(odd7, b, 1, 2, LE, 0, 16),
	R(odd7, c, 3, 4, LE, 0, 32),
	/* 3 bytes */
	R(tiny, v24, 0, 3, LE, 0, 24),
	R(id_parts, lo, 0, 4, LE, 0, 32),
	R(id_parts, hi, 4, 4, LE, 0, 32),
	R(id_union, raw, 0, 8, LE, 0, 64),
	/* struct log_out { resp_hdr hdr; __le16 n; __le16 level:3, flags:13; __le32 entries[]; } */
	R(log_out, n_entries, 8, 2, LE, 0, 16),
	R(log_out, level, 10, 2, LE, 0, 3),
	R(log_out, flags, 10, 2, LE, 3, 13),
	RA(log_out, entries, 12, 4, LE, 0, 32, 3, 4, 0), /* 3 of them */
};

#define N_ELEMENTS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- helpers ---- */

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void fill(uint8_t *buf, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		buf[i] = (uint8_t)next_random();
}

static unsigned int ref_size(const char *layout)
{
	size_t i;

	for (i = 0; i < N_ELEMENTS(sizes); i++)
		if (!strcmp(sizes[i].name, layout))
			return sizes[i].bytes;
	return 0;
}

static const struct fwctl_layout *layout_of(const char *name)
{
	return fwctl_layout_by_name(fwctl_family_le(), name);
}

static void path_of(char *out, size_t size, const char *prefix,
		    const struct ref_field *r, unsigned int i)
{
	if (r->count)
		snprintf(out, size, "%s%s[%u]", prefix, r->name, i);
	else
		snprintf(out, size, "%s%s", prefix, r->name);
}

/* A fresh heap buffer of exactly @len bytes, a copy of @src. */
static uint8_t *dup_buf(const uint8_t *src, size_t len)
{
	uint8_t *b = malloc(len);

	if (!b)
		abort();
	memcpy(b, src, len);
	return b;
}

/*
 * Check one element of field @r through the generic codec, in a buffer
 * holding layout @top whose reference struct starts @base bytes in;
 * @prefix names the path to the struct.
 */
static void check_codec(const struct ref_field *r, unsigned int i,
			const char *top, const char *prefix, unsigned int base,
			const uint8_t *buf, size_t len)
{
	const struct fwctl_layout *layout = layout_of(top);
	struct fwctl_field_ref ref;
	struct fwctl_error err;
	uint8_t *want, *got;
	char path[96], assignment[160];
	uint64_t value = next_random() & mask_of(r->width);
	const uint8_t *where = buf + base;
	uint32_t offset = 8 * base + ref_bit_offset(r, i);
	uint8_t order =
		r->order == LE ? FWCTL_LAYOUT_LE_LSB0 : FWCTL_LAYOUT_BE_MSB0;

	path_of(path, sizeof(path), prefix, r, i);
	memset(&err, 0, sizeof(err));
	CHECK(layout != NULL, "%s: no layout", top);
	if (!layout)
		return;
	CHECK(!fwctl_resolve_path(fwctl_family_le(), layout, path, &ref, &err),
	      "%s.%s: resolve: %s",
	      top,
	      path,
	      err.message);
	CHECK(ref.bit_offset == offset,
	      "%s.%s: bit offset %u, want %u",
	      top,
	      path,
	      ref.bit_offset,
	      offset);
	CHECK(ref.bit_width == r->width,
	      "%s.%s: width %u, want %u",
	      top,
	      path,
	      ref.bit_width,
	      r->width);
	if (CHECK_FIELD_ORDER || r->order == LE)
		CHECK(ref.byte_order == order,
		      "%s.%s: byte order %u, want %u",
		      top,
		      path,
		      ref.byte_order,
		      order);

	/* read */
	CHECK(fwctl_get_bits(buf, order, offset, r->width) ==
		      ref_get(r, where, i),
	      "%s.%s: fwctl_get_bits %#" PRIx64 ", want %#" PRIx64,
	      top,
	      path,
	      fwctl_get_bits(buf, order, offset, r->width),
	      ref_get(r, where, i));

	/* write: exactly the field's bits change */
	want = dup_buf(buf, len);
	ref_set(r, want + base, i, value);
	got = dup_buf(buf, len);
	fwctl_set_bits(got, order, offset, r->width, value);
	CHECK(!memcmp(got, want, len),
	      "%s.%s: fwctl_set_bits %#" PRIx64,
	      top,
	      path,
	      value);
	if (CHECK_FIELD_ORDER || r->order == LE) {
		memcpy(got, buf, len);
		snprintf(assignment,
			 sizeof(assignment),
			 "%s=%#" PRIx64,
			 path,
			 value);
		CHECK(!fwctl_assign(fwctl_family_le(),
				    layout,
				    got,
				    len,
				    assignment,
				    &err),
		      "%s: %s: %s",
		      top,
		      assignment,
		      err.message);
		CHECK(!memcmp(got, want, len),
		      "%s: fwctl_assign %s",
		      top,
		      assignment);
	}
	free(got);
	free(want);
}

/* Check one element of @r through the typed accessors. */
static void check_typed(const struct ref_field *r, unsigned int i,
			const uint8_t *buf, size_t len)
{
	uint64_t value = next_random() & mask_of(r->width);
	uint8_t *want, *got;

	CHECK(r->get(buf, i) == ref_get(r, buf, i),
	      "%s.%s[%u]: get %#" PRIx64 ", want %#" PRIx64,
	      r->layout,
	      r->name,
	      i,
	      r->get(buf, i),
	      ref_get(r, buf, i));

	want = dup_buf(buf, len);
	ref_set(r, want, i, value);
	got = dup_buf(buf, len);
	r->set(got, i, value);
	CHECK(!memcmp(got, want, len),
	      "%s.%s[%u]: set %#" PRIx64,
	      r->layout,
	      r->name,
	      i,
	      value);
	CHECK(r->get(got, i) == value,
	      "%s.%s[%u]: get after set",
	      r->layout,
	      r->name,
	      i);
	/* bits above the width are ignored */
	if (r->width < 64) {
		memcpy(got, buf, len);
		r->set(got, i, value | ~mask_of(r->width));
		CHECK(!memcmp(got, want, len),
		      "%s.%s[%u]: set with high bits",
		      r->layout,
		      r->name,
		      i);
	}
	free(got);
	free(want);
}

static void check_sizes(void)
{
	static const struct {
		const char *name;
		unsigned int bytes;
	} typed[] = {
		{"req_hdr", LE_REQ_HDR_BYTES},
		{"resp_hdr", LE_RESP_HDR_BYTES},
		{"mixed", LE_MIXED_BYTES},
		{"odd21", LE_ODD21_BYTES},
		{"odd7", LE_ODD7_BYTES},
		{"tiny", LE_TINY_BYTES},
		{"id_parts", LE_ID_PARTS_BYTES},
		{"id_union", LE_ID_UNION_BYTES},
		{"set_in", LE_SET_IN_BYTES},
		{"log_out", LE_LOG_OUT_BYTES},
	};
	size_t i;

	for (i = 0; i < N_ELEMENTS(typed); i++) {
		const struct fwctl_layout *l = layout_of(typed[i].name);

		CHECK(typed[i].bytes == ref_size(typed[i].name),
		      "%s: %u bytes, want %u",
		      typed[i].name,
		      typed[i].bytes,
		      ref_size(typed[i].name));
		CHECK(l && fwctl_layout_bytes(l) == ref_size(typed[i].name),
		      "%s: reflection size",
		      typed[i].name);
	}
}

/* Every field of every reference struct, at the top level. */
static void check_fields(void)
{
	size_t k;

	for (k = 0; k < N_ELEMENTS(fields); k++) {
		const struct ref_field *r = &fields[k];
		/* a flexible array: the fixed part and exactly its elements */
		size_t len = ref_size(r->layout) +
			     (!strcmp(r->name, "entries") ? 4 * r->count : 0);
		unsigned int n = r->count ? r->count : 1, i, round;

		for (round = 0; round < 4; round++) {
			uint8_t *buf = malloc(len);

			if (!buf)
				abort();
			fill(buf, len);
			if (round == 1)
				memset(buf, 0, len);
			if (round == 2)
				memset(buf, 0xff, len);
			for (i = 0; i < n; i++) {
				check_typed(r, i, buf, len);
				check_codec(r, i, r->layout, "", 0, buf, len);
			}
			free(buf);
		}
	}
}

/*
 * The same fields reached through nested layouts: set_in holds a req_hdr
 * at byte 0, a mixed at 12, an id_union at 96 and an odd7 at 104.
 */
static void check_nested(void)
{
	static const struct {
		const char *layout, *prefix;
		unsigned int base;
	} nests[] = {
		{"req_hdr", "hdr.", 0},
		{"mixed", "body.", 12},
		{"id_union", "id.", 96},
		{"id_parts", "id.parts.", 96},
		{"odd7", "small.", 104},
	};
	size_t len = ref_size("set_in"), k, j;
	uint8_t *buf = malloc(len);

	if (!buf)
		abort();
	fill(buf, len);
	for (j = 0; j < N_ELEMENTS(nests); j++) {
		for (k = 0; k < N_ELEMENTS(fields); k++) {
			const struct ref_field *r = &fields[k];
			unsigned int n = r->count ? r->count : 1, i;

			if (strcmp(r->layout, nests[j].layout))
				continue;
			for (i = 0; i < n; i++)
				check_codec(r,
					    i,
					    "set_in",
					    nests[j].prefix,
					    nests[j].base,
					    buf,
					    len);
		}
	}
	/* typed: a nested layout's address, then its own accessors */
	CHECK(le_set_in_body(buf) == (void *)(buf + 12), "le_set_in_body");
	CHECK(le_set_in_small_const(buf) == (const void *)(buf + 104),
	      "le_set_in_small_const");
	CHECK(le_mixed_get_v(le_set_in_body(buf)) ==
		      (unit_load(buf + 16, 4, LE) & 0xfffffff),
	      "body.v through le_set_in_body");
	CHECK(le_odd7_get_c(le_set_in_small(buf)) ==
		      unit_load(buf + 107, 4, LE),
	      "small.c through le_set_in_small");
	free(buf);
}

/* mixed.key: 16 opaque bytes at byte 36, reached by address. */
static void check_wide(void)
{
	size_t len = ref_size("mixed"), i;
	uint8_t *buf = malloc(len), *copy;
	struct fwctl_field_ref ref;
	struct fwctl_error err;
	int le_order = 1, be_order = 1;
	static const char value[] = "key=0x0102030405060708090a0b0c0d0e0f10";

	if (!buf)
		abort();
	memset(&err, 0, sizeof(err));
	fill(buf, len);
	CHECK(le_mixed_key(buf) == (void *)(buf + 36), "le_mixed_key");
	CHECK(le_mixed_key_const(buf) == (const void *)(buf + 36),
	      "le_mixed_key_const");
	CHECK(!fwctl_resolve_path(fwctl_family_le(),
				  layout_of("mixed"),
				  "key",
				  &ref,
				  &err) &&
		      ref.bit_offset == 36 * 8 && ref.bit_width == 128 &&
		      ref.field->kind == FWCTL_FIELD_BYTES,
	      "key: resolve");
	copy = dup_buf(buf, len);
	CHECK(!fwctl_assign(fwctl_family_le(),
			    layout_of("mixed"),
			    copy,
			    len,
			    value,
			    &err),
	      "%s: %s",
	      value,
	      err.message);
	CHECK(!memcmp(copy, buf, 36) && !memcmp(copy + 52, buf + 52, len - 52),
	      "key: bytes outside 36..51 changed");
	for (i = 0; i < 16; i++) {
		le_order = le_order && copy[36 + i] == 16 - i;
		be_order = be_order && copy[36 + i] == i + 1;
	}
	CHECK(le_order || be_order, "key: the value's bytes are not in place");
	free(copy);
	free(buf);
}

/* Opcodes are 32 bits wide: no truncation anywhere. */
static void check_commands(void)
{
	const struct fwctl_family *f = fwctl_family_le();
	unsigned int i, found = 0;

	CHECK((unsigned long long)LE_OP_GET_LOG == 0xfffffffeULL,
	      "LE_OP_GET_LOG");
	CHECK((unsigned long long)LE_OP_SET_MIXED == 0x80000010ULL,
	      "LE_OP_SET_MIXED");
	CHECK(le_rpc_scope_allowed(0xfffffffeu, FWCTL_RPC_DEBUG_READ_ONLY),
	      "GET_LOG at debug_read_only");
	CHECK(!le_rpc_scope_allowed(0xfffffffeu, FWCTL_RPC_CONFIGURATION),
	      "GET_LOG at configuration");
	CHECK(!le_rpc_scope_allowed(0xfffeu, FWCTL_RPC_DEBUG_WRITE_FULL),
	      "0xfffe is not GET_LOG");
	CHECK(!le_rpc_scope_allowed(0x10u, FWCTL_RPC_DEBUG_WRITE_FULL),
	      "0x10 is not SET_MIXED");
	CHECK(le_rpc_scope_allowed(0x80000010u, FWCTL_RPC_DEBUG_WRITE),
	      "SET_MIXED at debug_write");
	CHECK(!le_rpc_scope_allowed(0x12345678u, FWCTL_RPC_DEBUG_WRITE_FULL),
	      "FW_ACTIVATE is denied");
	CHECK(le_rpc_scope_allowed(1, FWCTL_RPC_CONFIGURATION), "IDENTIFY");
	CHECK(!le_rpc_scope_allowed(1, 4), "scope 4");

	CHECK(f->opcode.bit_offset == 0 && f->opcode.bit_width == 32 &&
		      f->opcode.byte_order == FWCTL_LAYOUT_LE_LSB0,
	      "family opcode location");
	CHECK(f->op_mod.bit_width == 0, "no op_mod");
	CHECK(f->syndrome.bit_width == 0, "no syndrome");
	CHECK(f->status.bit_width == 16, "status width");
	CHECK(f->n_commands == 4, "command count");
	for (i = 0; i < f->n_commands; i++)
		found += f->commands[i].opcode == 0xfffffffeu ||
			 f->commands[i].opcode == 0x80000010u;
	CHECK(found == 2, "catalogue opcodes");
}

int main(void)
{
	check_sizes();
	check_fields();
	check_nested();
	check_wide();
	check_commands();
	printf("%lu checks, %lu failed\n", checks, failures);
	return failures != 0;
}
