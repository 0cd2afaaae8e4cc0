/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Generic encoder and decoder over the reflection tables of a device family
 * (fwctl/reflect.h): name a field by a dotted path, read and write it in a
 * buffer, parse values, and turn a whole buffer into JSON.
 */
#ifndef _FWCTL_CODEC_H
#define _FWCTL_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#include <fwctl/libfwctl.h>
#include <fwctl/reflect.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * struct fwctl_field_ref - a field located inside a top-level layout
 * @field: the field the path ends at
 * @bit_offset: offset of the addressed element from the start of the buffer
 * @bit_width: width of one element
 * @byte_order: enum fwctl_byte_order of the layout that holds @field
 * @extent_bits: where a buffer holding the field must end at least: the end
 *	of the flexible-array element that holds it, or else of the field
 */
struct fwctl_field_ref {
	const struct fwctl_field *field;
	uint32_t bit_offset;
	uint32_t bit_width;
	uint8_t byte_order;
	uint32_t extent_bits;
};

/**
 * fwctl_layout_by_name() - find a layout of @family
 * @family: the family
 * @name: the layout's name ("query_hca_cap_in")
 *
 * Return: the layout, or NULL.
 */
const struct fwctl_layout *
fwctl_layout_by_name(const struct fwctl_family *family, const char *name);

/**
 * fwctl_layout_bytes() - size of @layout in bytes (rounded up)
 * @layout: the layout
 *
 * Return: the size.
 */
size_t fwctl_layout_bytes(const struct fwctl_layout *layout);

/**
 * fwctl_resolve_path() - locate "a.b[3].c" inside @layout
 * @family: the family that owns @layout
 * @layout: the top-level layout
 * @path: dotted field names, each optionally followed by [index]
 * @ref: filled on success
 * @err: FWCTL_ERR_INPUT naming the part of @path that is wrong
 *
 * Every array field in @path needs an index below its element count; a
 * flexible array accepts any index when it is at the end of a variable
 * @layout (fwctl_layout.variable), and is an error anywhere else.
 *
 * Return: 0 on success, -1 on failure.
 */
int fwctl_resolve_path(const struct fwctl_family *family,
		       const struct fwctl_layout *layout, const char *path,
		       struct fwctl_field_ref *ref, struct fwctl_error *err);

/**
 * fwctl_find_user_pointer() - find a layout's user-pointer field
 * @family: the family that owns @layout
 * @layout: the layout
 * @to_device: 1 for the buffer carrying data to the device, 0 from it
 * @ptr: filled with the pointer field's location in @layout
 * @length: filled with the length field's location in @layout
 *
 * The field of @layout (nested layouts included) that holds a user pointer
 * to a buffer going in the direction @to_device, and its length field.
 *
 * Return: 0, or -1 when @layout has no such field.
 */
int fwctl_find_user_pointer(const struct fwctl_family *family,
			    const struct fwctl_layout *layout, int to_device,
			    struct fwctl_field_loc *ptr,
			    struct fwctl_field_loc *length);

/**
 * fwctl_get_bits() - read an unsigned value of 1..64 bits
 * @buf: the buffer
 * @byte_order: enum fwctl_byte_order
 * @bit_offset: offset of the field's bit 0 as the byte order numbers bits
 * @bit_width: 1..64
 *
 * Return: the value.
 */
uint64_t fwctl_get_bits(const void *buf, uint8_t byte_order,
			uint32_t bit_offset, uint32_t bit_width);

/**
 * fwctl_set_bits() - write an unsigned value of 1..64 bits
 * @buf: the buffer
 * @byte_order: enum fwctl_byte_order
 * @bit_offset: as for fwctl_get_bits()
 * @bit_width: 1..64
 * @value: the value, masked to @bit_width bits
 */
void fwctl_set_bits(void *buf, uint8_t byte_order, uint32_t bit_offset,
		    uint32_t bit_width, uint64_t value);

/**
 * fwctl_assign() - apply one "path=value" to a buffer holding @layout
 * @family: the family that owns @layout
 * @layout: the layout of @buf
 * @buf: the buffer
 * @buf_len: its length; the field must lie inside it
 * @assignment: "path=value"; the value is decimal, 0x hex or, for an enum
 *	field, an entry name; fields wider than 64 bits take 0x hex
 * @err: FWCTL_ERR_INPUT naming the field, its width and the accepted range
 *
 * Return: 0 on success, -1 on failure.
 */
int fwctl_assign(const struct fwctl_family *family,
		 const struct fwctl_layout *layout, void *buf, size_t buf_len,
		 const char *assignment, struct fwctl_error *err);

/**
 * fwctl_assign_grow() - fwctl_assign() that may extend the buffer
 * @family: the family that owns @layout
 * @layout: the layout of the buffer
 * @buf: a malloc'd buffer; replaced when it grows
 * @buf_len: its length, updated when it grows
 * @max_len: the buffer never grows beyond this many bytes
 * @assignment: as for fwctl_assign()
 * @err: as for fwctl_assign(); also when the field would end past @max_len
 *
 * An element of the flexible array at the end of a variable layout may lie
 * past the layout's size: the buffer then grows to hold it, zero-filled.
 *
 * Return: 0 on success, -1 on failure (the buffer is still valid).
 */
int fwctl_assign_grow(const struct fwctl_family *family,
		      const struct fwctl_layout *layout, uint8_t **buf,
		      size_t *buf_len, size_t max_len, const char *assignment,
		      struct fwctl_error *err);

/**
 * fwctl_decode_json() - decode a buffer holding @layout
 * @family: the family that owns @layout
 * @layout: the layout of @buf
 * @buf: the buffer
 * @buf_len: its length: at least the layout's size, more only for a
 *	variable layout, whose flexible array at the end (possibly inside
 *	nested layouts) takes the whole elements that follow; a flexible
 *	array anywhere else is bounded by the element or layout holding it
 * @err: FWCTL_ERR_INPUT when @buf_len does not fit @layout
 *
 * Nested layouts become objects (a union shows every member), arrays
 * lists, fields of up to 64 bits numbers, wider fields "0x..." strings;
 * reserved fields are left out.  The same as fwctl_decode_json_opts()
 * with numbers and no request.
 *
 * Return: a new JSON object (release with json_object_put()), or NULL.
 */
struct json_object *fwctl_decode_json(const struct fwctl_family *family,
				      const struct fwctl_layout *layout,
				      const void *buf, size_t buf_len,
				      struct fwctl_error *err);

/**
 * struct fwctl_decode_opts - how fwctl_decode_json_opts() decodes
 * @numeric: plain numbers and lists: enum-typed fields as numbers (else
 *	as entry names, numbers only for values without a name), strings as
 *	lists of bytes (else as text)
 * @request: the request @buf answers, or NULL; selected payloads whose
 *	selector lies in the request are decoded only when it is given
 * @request_len: its length in bytes
 */
struct fwctl_decode_opts {
	int numeric;
	const void *request;
	size_t request_len;
};

/**
 * fwctl_decode_json_opts() - fwctl_decode_json() with options
 * @family: the family that owns @layout
 * @layout: the layout of @buf
 * @buf: the buffer
 * @buf_len: as for fwctl_decode_json()
 * @opts: names or numbers, and the request for selected payloads
 * @err: as for fwctl_decode_json()
 *
 * A union or flexible payload the spec marks as selected shows only the
 * member (or payload layout) its selector picks, as {"name": {...}}; a
 * selector value the spec does not describe, or a payload too short for
 * its layout, gives {"selector": value, "raw_hex": "..."}.  When the
 * selector cannot be read (it lies in a request that was not given), the
 * field decodes as if it were not selected.  Counted arrays stop at their
 * count, strings print as text.
 *
 * Return: a new JSON object (release with json_object_put()), or NULL.
 */
struct json_object *fwctl_decode_json_opts(const struct fwctl_family *family,
					   const struct fwctl_layout *layout,
					   const void *buf, size_t buf_len,
					   const struct fwctl_decode_opts *opts,
					   struct fwctl_error *err);

/**
 * fwctl_parse_hex() - parse hex bytes; white space anywhere is ignored
 * @text: the text
 * @len: its length
 * @out: set to a malloc'd buffer on success
 * @out_len: set to its length
 * @err: FWCTL_ERR_INPUT for a character that is no hex digit or an odd
 *	number of digits
 *
 * Return: 0 on success, -1 on failure.
 */
int fwctl_parse_hex(const char *text, size_t len, uint8_t **out,
		    size_t *out_len, struct fwctl_error *err);

#ifdef __cplusplus
}
#endif

#endif /* _FWCTL_CODEC_H */
