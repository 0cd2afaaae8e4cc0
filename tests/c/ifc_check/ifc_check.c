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

	for (i = 0; i < fwctl_family_mlx5.n_layouts; i++)
		if (!strcmp(fwctl_family_mlx5.layouts[i].name, name))
			return &fwctl_family_mlx5.layouts[i];
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
		fwctl_family_mlx5.layouts[r->layout].name : NULL;
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(header_vs_spec),
		cmocka_unit_test(header_vs_reflection),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
