// SPDX-License-Identifier: LGPL-2.1-or-later
/* Decode a buffer to JSON by walking a layout's reflection data. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fwctl/codec.h>
#include "internal.h"

/** struct decoder - what every step of one decode shares */
struct decoder {
	const struct fwctl_family *family;
	const uint8_t *buf;
	uint64_t buf_bits;
	const struct fwctl_decode_opts *opts;
};

static struct json_object *decode_layout(const struct decoder *d,
					 const struct fwctl_layout *layout,
					 uint64_t base, uint64_t limit);
static struct json_object *decode_array(const struct decoder *d,
					const struct fwctl_layout *layout,
					const struct fwctl_field *f,
					uint64_t base, uint64_t limit);

/* "0x" and (width + 3) / 4 hex digits. */
static struct json_object *decode_wide(const void *buf, uint8_t byte_order,
				       uint32_t bit_offset, uint32_t bit_width)
{
	size_t n = (bit_width + 7) / 8, digits = (bit_width + 3) / 4, i;
	uint8_t *bytes = malloc(n);
	char *text = malloc(2 * n + 3);
	struct json_object *obj = NULL;

	if (bytes && text) {
		fwctl_get_wide(buf, byte_order, bit_offset, bit_width, bytes);
		for (i = 0; i < n; i++)
			sprintf(text + 2 + 2 * i, "%02x", bytes[i]);
		/* drop the always-zero leading digit of an odd digit count */
		text[2 * n - digits] = '0';
		text[2 * n + 1 - digits] = 'x';
		obj = json_object_new_string(text + 2 * n - digits);
	}
	free(bytes);
	free(text);
	return obj;
}

/*
 * Every decode step below works inside a span [base, limit) of buffer bits:
 * a flexible array takes the whole elements that fit before @limit (or as
 * many as its count field says, if fewer).  A nested layout's span is its
 * own size, except that a variable layout at the very end of its parent
 * inherits the parent's limit; an array element's span is always the
 * element itself.  So each buffer bit is decoded once per layout that
 * covers it, and decoding is linear in the buffer size.
 */

/* The bytes of bits [from, to) as lowercase hex, marked as undecoded. */
static struct json_object *raw_hex(const struct decoder *d, uint64_t from,
				   uint64_t to, int have_selector,
				   uint64_t selector)
{
	size_t n = (size_t)((to - from) / 8), i;
	struct json_object *obj = json_object_new_object();
	char *text = malloc(2 * n + 1);

	if (!obj || !text) {
		free(text);
		json_object_put(obj);
		return NULL;
	}
	text[0] = '\0';
	for (i = 0; i < n; i++)
		sprintf(text + 2 * i, "%02x", d->buf[from / 8 + i]);
	if (have_selector)
		json_object_object_add(
			obj, "selector", json_object_new_uint64(selector));
	json_object_object_add(obj, "raw_hex", json_object_new_string(text));
	free(text);
	return obj;
}

static struct json_object *decode_uint(const struct decoder *d,
				       const struct fwctl_layout *layout,
				       const struct fwctl_field *f,
				       uint64_t offset)
{
	uint64_t value = fwctl_get_bits(d->buf,
					fwctl_field_byte_order(layout, f),
					(uint32_t)offset,
					f->bit_width);
	const char *name = NULL;

	if (!d->opts->numeric && f->enumeration >= 0)
		name = fwctl_enum_name(&d->family->enums[f->enumeration],
				       value);
	return name ? json_object_new_string(name)
		    : json_object_new_uint64(value);
}

static struct json_object *decode_element(const struct decoder *d,
					  const struct fwctl_layout *layout,
					  const struct fwctl_field *f,
					  uint64_t offset, uint64_t limit)
{
	switch (f->kind) {
	case FWCTL_FIELD_UINT:
		return decode_uint(d, layout, f, offset);
	case FWCTL_FIELD_BYTES:
		return decode_wide(d->buf,
				   fwctl_field_byte_order(layout, f),
				   (uint32_t)offset,
				   f->bit_width);
	default:
		return decode_layout(
			d, &d->family->layouts[f->layout], offset, limit);
	}
}

/*
 * The value of selector @sel of a field in the layout starting at @base;
 * -1 when it cannot be read (no request given, or too short).
 */
static int selector_value(const struct decoder *d,
			  const struct fwctl_selector *sel, uint64_t base,
			  uint64_t *value)
{
	const void *src = d->buf;
	uint64_t bits = d->buf_bits;

	if (sel->from_request) {
		if (!d->opts->request)
			return -1;
		src = d->opts->request;
		bits = (uint64_t)d->opts->request_len * 8;
		base = 0;
	}
	if (base + sel->by.bit_offset + sel->by.bit_width > bits)
		return -1;
	*value = fwctl_get_bits(src,
				sel->by.byte_order,
				(uint32_t)(base + sel->by.bit_offset),
				sel->by.bit_width) >>
		 sel->shift;
	return 0;
}

static const struct fwctl_select_case *
select_case(const struct fwctl_selector *sel, uint64_t value)
{
	uint32_t i;

	for (i = 0; i < sel->n_cases; i++)
		if (sel->cases[i].value == value)
			return &sel->cases[i];
	return NULL;
}

/* Add @value as @name to @obj, releasing both on failure. */
static struct json_object *add_or_drop(struct json_object *obj,
				       const char *name,
				       struct json_object *value)
{
	if (!obj || !value || json_object_object_add(obj, name, value)) {
		json_object_put(value);
		json_object_put(obj);
		return NULL;
	}
	return obj;
}

/*
 * A selected field (union member or flexible payload layout) whose
 * selector could be read: {"member": {...}}, or raw hex when the value
 * selects nothing the spec describes or the buffer is too short for it.
 */
static struct json_object *decode_selected(const struct decoder *d,
					   const struct fwctl_field *f,
					   uint64_t value, uint64_t offset,
					   uint64_t limit)
{
	const struct fwctl_selector *sel = f->extra->select;
	const struct fwctl_select_case *c = select_case(sel, value);
	const struct fwctl_layout *target;
	const struct fwctl_field *member;
	uint64_t end;

	if (!c)
		return raw_hex(d, offset, limit, 1, value);
	if (f->is_array) { /* a flexible payload */
		target = &d->family->layouts[c->target];
		if (offset + target->bit_size > limit)
			return raw_hex(d, offset, limit, 1, value);
		return add_or_drop(json_object_new_object(),
				   target->name,
				   decode_layout(d, target, offset, limit));
	}
	target = &d->family->layouts[f->layout];
	member = &target->fields[c->target];
	end = offset + member->bit_width;
	/* a member that may run on (a flexible array, a variable layout
	 * filling the union) takes the union's limit, as unselected ones do */
	if ((member->is_array && !member->count) ||
	    (member->kind == FWCTL_FIELD_LAYOUT && !member->is_array &&
	     member->bit_width == target->bit_size &&
	     d->family->layouts[member->layout].variable))
		end = limit;
	return add_or_drop(
		json_object_new_object(),
		member->name,
		member->is_array
			? decode_array(d, target, member, offset, end)
			: decode_element(d, target, member, offset, end));
}

/* Text of a byte array: up to the first NUL, other bytes as \xNN. */
static struct json_object *decode_string(const struct decoder *d,
					 uint64_t offset, uint64_t n)
{
	char *text = malloc(4 * n + 1), *p = text;
	const uint8_t *b = d->buf + offset / 8;
	struct json_object *obj;
	uint64_t i;

	if (!text)
		return NULL;
	for (i = 0; i < n && b[i]; i++) {
		if (b[i] >= 0x20 && b[i] < 0x7f && b[i] != '\\')
			*p++ = (char)b[i];
		else
			p += sprintf(p, "\\x%02x", b[i]);
	}
	*p = '\0';
	obj = json_object_new_string(text);
	free(text);
	return obj;
}

/*
 * Elements of array field @f at @offset: a flexible one takes what fits,
 * and no more than its count field says.
 */
static uint64_t element_count(const struct decoder *d,
			      const struct fwctl_field *f, uint64_t base,
			      uint64_t offset, uint64_t limit)
{
	const struct fwctl_counter *c = f->extra ? f->extra->counted_by : NULL;
	uint64_t n, counted;

	if (f->count || !f->bit_width)
		return f->count;
	n = offset < limit ? (limit - offset) / f->bit_width : 0;
	if (!c)
		return n;
	counted = fwctl_get_bits(d->buf,
				 c->by.byte_order,
				 (uint32_t)(base + c->by.bit_offset),
				 c->by.bit_width) *
		  c->unit_bits;
	counted = counted > c->minus_bits
			  ? (counted - c->minus_bits) / f->bit_width
			  : 0;
	return counted < n ? counted : n;
}

static struct json_object *decode_array(const struct decoder *d,
					const struct fwctl_layout *layout,
					const struct fwctl_field *f,
					uint64_t base, uint64_t limit)
{
	uint64_t offset = base + f->bit_offset;
	uint64_t n = element_count(d, f, base, offset, limit), k;
	struct json_object *value;

	if (f->extra && f->extra->is_string && !d->opts->numeric)
		return decode_string(d, offset, n);
	value = json_object_new_array_ext((int)n);
	for (k = 0; value && k < n; k++) {
		uint64_t at = offset + k * f->bit_width;
		struct json_object *e =
			decode_element(d, layout, f, at, at + f->bit_width);

		if (!e || json_object_array_add(value, e)) {
			json_object_put(e);
			json_object_put(value);
			value = NULL;
		}
	}
	return value;
}

static struct json_object *decode_field(const struct decoder *d,
					const struct fwctl_layout *layout,
					const struct fwctl_field *f,
					uint64_t base, uint64_t limit)
{
	uint64_t offset = base + f->bit_offset, end = base + layout->bit_size;
	uint64_t field_limit = offset + f->bit_width, value;
	const struct fwctl_selector *sel = f->extra ? f->extra->select : NULL;

	if (f->is_array && !f->count)
		field_limit = limit;
	else if (f->kind == FWCTL_FIELD_LAYOUT && !f->is_array &&
		 field_limit == end && d->family->layouts[f->layout].variable)
		field_limit = limit;
	if (sel && !selector_value(d, sel, base, &value))
		return decode_selected(d, f, value, offset, field_limit);
	if (f->is_array)
		return decode_array(d, layout, f, base, limit);
	return decode_element(d, layout, f, offset, field_limit);
}

static struct json_object *decode_layout(const struct decoder *d,
					 const struct fwctl_layout *layout,
					 uint64_t base, uint64_t limit)
{
	struct json_object *obj = json_object_new_object();
	uint32_t i;

	for (i = 0; obj && i < layout->n_fields; i++) {
		const struct fwctl_field *f = &layout->fields[i];

		if (f->kind != FWCTL_FIELD_RESERVED)
			obj = add_or_drop(
				obj,
				f->name,
				decode_field(d, layout, f, base, limit));
	}
	return obj;
}

struct json_object *fwctl_decode_json_opts(const struct fwctl_family *family,
					   const struct fwctl_layout *layout,
					   const void *buf, size_t buf_len,
					   const struct fwctl_decode_opts *opts,
					   struct fwctl_error *err)
{
	struct decoder d = {family, buf, (uint64_t)buf_len * 8, opts};
	size_t size = fwctl_layout_bytes(layout);
	struct json_object *obj;

	if (buf_len < size || (buf_len > size && !layout->variable)) {
		fwctl_fail(err,
			   FWCTL_ERR_INPUT,
			   "layout %s is %zu bytes, the buffer has %zu",
			   layout->name,
			   size,
			   buf_len);
		return NULL;
	}
	obj = decode_layout(&d, layout, 0, d.buf_bits);
	if (!obj)
		fwctl_fail_errno(err, "malloc", ENOMEM, layout->name);
	return obj;
}

struct json_object *fwctl_decode_json(const struct fwctl_family *family,
				      const struct fwctl_layout *layout,
				      const void *buf, size_t buf_len,
				      struct fwctl_error *err)
{
	static const struct fwctl_decode_opts plain = {.numeric = 1};

	return fwctl_decode_json_opts(
		family, layout, buf, buf_len, &plain, err);
}
