// SPDX-License-Identifier: GPL-2.0
/*
 * Compare every layout of spec/mlx5/layouts.yaml with Debian's real
 * mlx5_ifc.h.  That header describes each layout as a struct of u8 arrays
 * sized in bits, so offsetof() is a bit offset and sizeof() a bit width.
 * gen_ifc_checks.py writes, per spec field, those header expressions next to
 * the spec's own offsets; the generated reflection data (fwctl_family_mlx5)
 * is compared with the header as well.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <fwctl/reflect.h>

#include "mlx5_reflect.h"

/* What mlx5_ifc.h needs from the kernel to compile in userspace. */
typedef unsigned char u8;
#define BIT(n) (1UL << (n))
#define BIT_ULL(n) (1ULL << (n))

struct ifc_layout {
	const char *name;
	uint32_t c_bits; /* sizeof the mlx5_ifc struct */
	uint32_t spec_bits; /* sum of the spec widths (max for a union) */
	uint8_t spec_union;
	uint32_t n_fields; /* its rows in ifc_fields, which follow in order */
};

struct ifc_field {
	const char *layout, *name;
	uint32_t c_offset, c_width, c_count; /* header: offsetof, sizeof */
	int c_shape_ok; /* the header member has the spec's type shape */
	uint32_t spec_offset, spec_width, spec_count;
	uint8_t is_array;
	uint8_t kind; /* enum fwctl_field_kind the spec field maps to */
	const char *nested; /* nested layout name, or NULL */
};

#include "ifc_fields.h"

#define N_LAYOUTS (sizeof(ifc_layouts) / sizeof(ifc_layouts[0]))
#define N_FIELDS (sizeof(ifc_fields) / sizeof(ifc_fields[0]))

static unsigned int mismatch(const char *layout, const char *field,
			     const char *what, uint32_t header, uint32_t other)
{
	if (header == other)
		return 0;
	print_error("%s.%s: %s: mlx5_ifc.h %u, checked %u\n", layout, field,
		    what, header, other);
	return 1;
}

static unsigned int check_field_vs_spec(const struct ifc_field *f)
{
	unsigned int bad = 0;

	bad += mismatch(f->layout, f->name, "bit offset", f->c_offset,
			f->spec_offset);
	bad += mismatch(f->layout, f->name, "bit width", f->c_width,
			f->spec_width);
	bad += mismatch(f->layout, f->name, "count", f->c_count, f->spec_count);
	bad += mismatch(f->layout, f->name, "type shape", 1, f->c_shape_ok);
	return bad;
}

static void header_vs_spec(void **state)
{
	unsigned int bad = 0, n_fields = 0;
	size_t i;

	(void)state;
	for (i = 0; i < N_LAYOUTS; i++) {
		bad += mismatch(ifc_layouts[i].name, "", "layout bits",
				ifc_layouts[i].c_bits, ifc_layouts[i].spec_bits);
		n_fields += ifc_layouts[i].n_fields;
	}
	assert_int_equal(n_fields, N_FIELDS);
	for (i = 0; i < N_FIELDS; i++)
		bad += check_field_vs_spec(&ifc_fields[i]);
	print_message("ifc_check: spec vs mlx5_ifc.h: %zu layouts, %zu fields, %u mismatches\n",
		      N_LAYOUTS, N_FIELDS, bad);
	assert_int_equal(bad, 0);
}


static const struct fwctl_layout *reflect_layout(const char *name)
{
	uint32_t i;

	for (i = 0; i < fwctl_family_mlx5()->n_layouts; i++)
		if (!strcmp(fwctl_family_mlx5()->layouts[i].name, name))
			return &fwctl_family_mlx5()->layouts[i];
	return NULL;
}

static unsigned int name_mismatch(const struct ifc_field *f, const char *what,
				  const char *want, const char *got)
{
	if (want && got && !strcmp(want, got))
		return 0;
	print_error("%s.%s: %s: expected %s, reflection has %s\n", f->layout,
		    f->name, what, want ? want : "(none)", got ? got : "(none)");
	return 1;
}

static unsigned int check_field_vs_reflect(const struct ifc_field *f,
					   const struct fwctl_field *r)
{
	const char *nested = r->layout >= 0 ?
		fwctl_family_mlx5()->layouts[r->layout].name : NULL;
	char reserved_name[32];
	unsigned int bad = 0;

	if (f->kind == FWCTL_FIELD_RESERVED) {
		snprintf(reserved_name, sizeof(reserved_name), "reserved_at_%x",
			 f->c_offset);
		bad += name_mismatch(f, "name", reserved_name, r->name);
	} else {
		bad += name_mismatch(f, "name", f->name, r->name);
	}
	if (f->nested || nested)
		bad += name_mismatch(f, "nested layout", f->nested, nested);
	bad += mismatch(f->layout, f->name, "bit offset", f->c_offset,
			r->bit_offset);
	bad += mismatch(f->layout, f->name, "bit width", f->c_width,
			r->bit_width);
	bad += mismatch(f->layout, f->name, "count", f->c_count, r->count);
	bad += mismatch(f->layout, f->name, "is_array", f->is_array,
			r->is_array);
	bad += mismatch(f->layout, f->name, "kind", f->kind, r->kind);
	return bad;
}

static unsigned int check_layout_vs_reflect(const struct ifc_layout *l,
					    const struct ifc_field *fields)
{
	const struct fwctl_layout *r = reflect_layout(l->name);
	unsigned int bad = 0;
	uint32_t i;

	if (!r) {
		print_error("%s: missing from fwctl_family_mlx5\n", l->name);
		return 1;
	}
	bad += mismatch(l->name, "", "layout bits", l->c_bits, r->bit_size);
	bad += mismatch(l->name, "", "union", l->spec_union, r->is_union);
	bad += mismatch(l->name, "", "byte order", FWCTL_LAYOUT_BE_MSB0,
			r->byte_order);
	bad += mismatch(l->name, "", "fields", l->n_fields, r->n_fields);
	if (l->n_fields != r->n_fields)
		return bad;
	for (i = 0; i < l->n_fields; i++)
		bad += check_field_vs_reflect(&fields[i], &r->fields[i]);
	return bad;
}

static void header_vs_reflection(void **state)
{
	const struct ifc_field *fields = ifc_fields;
	unsigned int bad = 0;
	size_t i;

	(void)state;
	for (i = 0; i < N_LAYOUTS; i++) {
		bad += check_layout_vs_reflect(&ifc_layouts[i], fields);
		fields += ifc_layouts[i].n_fields;
	}
	print_message("ifc_check: fwctl_family_mlx5 vs mlx5_ifc.h: %zu layouts, %zu fields, %u mismatches\n",
		      N_LAYOUTS, N_FIELDS, bad);
	assert_int_equal(bad, 0);
}

/*
 * The generated typed accessors (mlx5_layouts.h) against MLX5_GET/MLX5_SET
 * arithmetic on the header's own offsetof/sizeof: a field at bit o of width
 * w lives in big-endian dword o / 32 at shift 32 - w - o % 32 (64-bit fields
 * span two dwords).  Each set is done on a random background and compared
 * with the reference applied to a copy, so a write outside the field shows.
 */
#include "mlx5_layouts.h"
#include "test_bits.h"

struct acc_stats {
	unsigned int checks, bad;
};

#define ACC_SLACK 256 /* room for elements of a trailing flexible array */
static uint8_t acc_buf[65536], acc_ref[65536];
static uint64_t acc_state = 0x9e3779b97f4a7c15ull;

static uint64_t acc_random(void)
{
	return test_xorshift64(&acc_state);
}

/* Low @w bits set; @w up to 32 (wider fields are whole dwords). */
static uint32_t low_bits(uint32_t w)
{
	return w >= 32 ? 0xffffffffu : (1u << w) - 1;
}

static uint64_t ref_get(const uint8_t *b, uint32_t off, uint32_t w)
{
	uint32_t mask = low_bits(w);

	if (w > 32)
		return (uint64_t)test_be32_at(b, off / 32) << 32 |
		       test_be32_at(b, off / 32 + 1);
	return (test_be32_at(b, off / 32) >> (32 - w - off % 32)) & mask;
}

static void ref_set(uint8_t *b, uint32_t off, uint32_t w, uint64_t v)
{
	uint32_t mask = low_bits(w), shift = 32 - w - off % 32;

	if (w > 32) {
		test_put_be32(b, off / 32, (uint32_t)(v >> 32));
		test_put_be32(b, off / 32 + 1, (uint32_t)v);
		return;
	}
	test_put_be32(b, off / 32,
		      (test_be32_at(b, off / 32) & ~(mask << shift)) |
			      (((uint32_t)v & mask) << shift));
}

/* Random background in both buffers; a random value that fits w bits. */
static uint64_t acc_prepare(size_t len, uint32_t w)
{
	size_t i;

	for (i = 0; i < len; i++)
		acc_buf[i] = (uint8_t)acc_random();
	memcpy(acc_ref, acc_buf, len);
	return w == 64 ? acc_random() : acc_random() & ((1ull << w) - 1);
}

static void acc_verdict(struct acc_stats *st, const char *name, uint32_t i,
			int ok)
{
	st->checks++;
	if (!ok) {
		st->bad++;
		print_error("%s[%u]: accessor disagrees with MLX5_GET/SET arithmetic\n",
			    name, i);
	}
}

typedef __u32 (*get32_fn)(const void *);
typedef void (*set32_fn)(void *, __u32);
typedef __u64 (*get64_fn)(const void *);
typedef void (*set64_fn)(void *, __u64);
typedef __u32 (*get32_at_fn)(const void *, unsigned int);
typedef void (*set32_at_fn)(void *, unsigned int, __u32);
typedef __u64 (*get64_at_fn)(const void *, unsigned int);
typedef void (*set64_at_fn)(void *, unsigned int, __u64);
typedef void *(*addr_fn)(void *);
typedef void *(*addr_at_fn)(void *, unsigned int);
typedef const void *(*caddr_fn)(const void *);
typedef const void *(*caddr_at_fn)(const void *, unsigned int);

/* Compare one element: set through the accessor, get through the reference, and back. */
#define ACC_ONE(st, name, len, off, w, i, GET, SET)                           \
	do {                                                                   \
		uint64_t v = acc_prepare((len) + ACC_SLACK, (w));              \
		SET;                                                           \
		ref_set(acc_ref, (off), (w), v);                               \
		acc_verdict((st), (name), (i),                                 \
			    !memcmp(acc_buf, acc_ref, (len) + ACC_SLACK) &&    \
				    (uint64_t)(GET) == v &&                    \
				    ref_get(acc_buf, (off), (w)) == v);        \
	} while (0)

#define CHECK_UINT32(get, set, len, off, w)                                   \
	ACC_ONE(st, #get, len, off, w, 0, ((get32_fn)get)(acc_buf),           \
		((set32_fn)set)(acc_buf, (__u32)v))
#define CHECK_UINT64(get, set, len, off, w)                                   \
	ACC_ONE(st, #get, len, off, w, 0, ((get64_fn)get)(acc_buf),           \
		((set64_fn)set)(acc_buf, v))
/* First and last element (elements 0 and 1 of a flexible array). */
#define ACC_LAST(count) ((count) ? (count) - 1 : 1)
#define CHECK_UINT32_ARRAY(get, set, len, off, w, count)                      \
	for (uint32_t i = 0; i <= ACC_LAST(count); i += ACC_LAST(count))      \
	ACC_ONE(st, #get, len, (off) + i * (w), w, i,                          \
		((get32_at_fn)get)(acc_buf, i),                                \
		((set32_at_fn)set)(acc_buf, i, (__u32)v))
#define CHECK_UINT64_ARRAY(get, set, len, off, w, count)                      \
	for (uint32_t i = 0; i <= ACC_LAST(count); i += ACC_LAST(count))      \
	ACC_ONE(st, #get, len, (off) + i * (w), w, i,                          \
		((get64_at_fn)get)(acc_buf, i),                                \
		((set64_at_fn)set)(acc_buf, i, v))
/* Both the writable and the _const address accessor. */
#define CHECK_ADDR(fn, len, off, w)                                           \
	acc_verdict(st, #fn, 0,                                                \
		    (char *)((addr_fn)fn)(acc_buf) ==                          \
				    (char *)acc_buf + (off) / 8 &&             \
			    (const char *)((caddr_fn)fn##_const)(acc_buf) ==   \
				    (char *)acc_buf + (off) / 8)
#define CHECK_ADDR_ARRAY(fn, len, off, w, count)                              \
	for (uint32_t i = 0; i <= ACC_LAST(count); i += ACC_LAST(count))      \
	acc_verdict(st, #fn, i,                                                \
		    (char *)((addr_at_fn)fn)(acc_buf, i) ==                    \
				    (char *)acc_buf + ((off) + i * (w)) / 8 && \
			    (const char *)((caddr_at_fn)fn##_const)(acc_buf, i) == \
				    (char *)acc_buf + ((off) + i * (w)) / 8)

#include "ifc_accessors.h"

static void accessors_vs_header(void **state)
{
	struct acc_stats st = { 0, 0 };

	(void)state;
	check_all_accessors(&st);
	print_message("ifc_check: generated accessors vs MLX5_GET/SET arithmetic on mlx5_ifc.h: %u checks, %u mismatches\n",
		      st.checks, st.bad);
	assert_int_equal(st.bad, 0);
	assert_true(st.checks > 1000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(header_vs_spec),
		cmocka_unit_test(header_vs_reflection),
		cmocka_unit_test(accessors_vs_header),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
