// SPDX-License-Identifier: LGPL-2.1-or-later
/* Decode a buffer to JSON by walking a layout's reflection data. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fwctl/codec.h>
#include "internal.h"

static struct json_object *decode_layout(const struct fwctl_family *family,
					 const struct fwctl_layout *layout,
					 const void *buf, uint64_t base,
					 uint64_t limit);

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
 * a flexible array takes the whole elements that fit before @limit.  A
 * nested layout's span is its own size, except that a variable layout at
 * the very end of its parent inherits the parent's limit; an array element's
 * span is always the element itself.  So each buffer bit is decoded once per
 * layout that covers it, and decoding is linear in the buffer size.
 */
static struct json_object *decode_element(const struct fwctl_family *family,
					  const struct fwctl_layout *layout,
					  const struct fwctl_field *f,
					  const void *buf, uint64_t offset,
					  uint64_t limit)
{
	switch (f->kind) {
	case FWCTL_FIELD_UINT:
		return json_object_new_uint64(fwctl_get_bits(buf,
							     layout->byte_order,
							     (uint32_t)offset,
							     f->bit_width));
	case FWCTL_FIELD_BYTES:
		return decode_wide(buf,
				   layout->byte_order,
				   (uint32_t)offset,
				   f->bit_width);
	default:
		return decode_layout(family,
				     &family->layouts[f->layout],
				     buf,
				     offset,
				     limit);
	}
}

/* Elements of array field @f at @offset: a flexible one takes what fits. */
static uint64_t element_count(const struct fwctl_field *f, uint64_t offset,
			      uint64_t limit)
{
	if (f->count || !f->bit_width)
		return f->count;
	return offset < limit ? (limit - offset) / f->bit_width : 0;
}

static struct json_object *decode_array(const struct fwctl_family *family,
					const struct fwctl_layout *layout,
					const struct fwctl_field *f,
					const void *buf, uint64_t offset,
					uint64_t limit)
{
	uint64_t n = element_count(f, offset, limit), k;
	struct json_object *value = json_object_new_array_ext((int)n);

	for (k = 0; value && k < n; k++) {
		uint64_t at = offset + k * f->bit_width;
		struct json_object *e = decode_element(
			family, layout, f, buf, at, at + f->bit_width);

		if (!e || json_object_array_add(value, e)) {
			json_object_put(e);
			json_object_put(value);
			value = NULL;
		}
	}
	return value;
}

static struct json_object *decode_layout(const struct fwctl_family *family,
					 const struct fwctl_layout *layout,
					 const void *buf, uint64_t base,
					 uint64_t limit)
{
	struct json_object *obj = json_object_new_object();
	uint64_t end = base + layout->bit_size;
	uint32_t i;

	for (i = 0; obj && i < layout->n_fields; i++) {
		const struct fwctl_field *f = &layout->fields[i];
		uint64_t offset = base + f->bit_offset, field_limit;
		struct json_object *value;

		if (f->kind == FWCTL_FIELD_RESERVED)
			continue;
		if (f->is_array) {
			value = decode_array(
				family, layout, f, buf, offset, limit);
		} else {
			field_limit = offset + f->bit_width;
			if (f->kind == FWCTL_FIELD_LAYOUT &&
			    field_limit == end &&
			    family->layouts[f->layout].variable)
				field_limit = limit;
			value = decode_element(
				family, layout, f, buf, offset, field_limit);
		}
		if (!value || json_object_object_add(obj, f->name, value)) {
			json_object_put(value);
			json_object_put(obj);
			obj = NULL;
		}
	}
	return obj;
}

struct json_object *fwctl_decode_json(const struct fwctl_family *family,
				      const struct fwctl_layout *layout,
				      const void *buf, size_t buf_len,
				      struct fwctl_error *err)
{
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
	obj = decode_layout(family, layout, buf, 0, (uint64_t)buf_len * 8);
	if (!obj)
		fwctl_fail_errno(err, "malloc", ENOMEM, layout->name);
	return obj;
}
