// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Generic field access over reflection data: bit get/set in either byte
 * order, dotted paths, value parsing and "path=value" assignments.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <fwctl/codec.h>
#include "internal.h"

const struct fwctl_layout *
fwctl_layout_by_name(const struct fwctl_family *family, const char *name)
{
	uint32_t i;

	for (i = 0; i < family->n_layouts; i++)
		if (!strcmp(family->layouts[i].name, name))
			return &family->layouts[i];
	return NULL;
}

size_t fwctl_layout_bytes(const struct fwctl_layout *layout)
{
	return (layout->bit_size + 7) / 8;
}

static uint64_t low_mask(uint32_t bits)
{
	return bits >= 64 ? ~0ULL : (1ULL << bits) - 1;
}

/*
 * Both byte orders keep bit n in byte n / 8.  BE_MSB0 counts bits from the
 * most significant end of each byte and stores a value most significant bit
 * first; LE_LSB0 counts from the least significant end and stores the
 * least significant bit first.  Each loop step moves the bits of one byte.
 */
uint64_t fwctl_get_bits(const void *buf, uint8_t byte_order,
			uint32_t bit_offset, uint32_t bit_width)
{
	const uint8_t *b = buf;
	uint32_t bit = bit_offset, end = bit_offset + bit_width;
	uint64_t value = 0;

	while (bit < end) {
		uint32_t in_byte = bit % 8;
		uint32_t take =
			end - bit < 8 - in_byte ? end - bit : 8 - in_byte;
		uint64_t part;

		if (byte_order == FWCTL_LAYOUT_LE_LSB0) {
			part = (b[bit / 8] >> in_byte) & low_mask(take);
			value |= part << (bit - bit_offset);
		} else {
			part = (b[bit / 8] >> (8 - in_byte - take)) &
			       low_mask(take);
			value = (value << take) | part;
		}
		bit += take;
	}
	return value;
}

void fwctl_set_bits(void *buf, uint8_t byte_order, uint32_t bit_offset,
		    uint32_t bit_width, uint64_t value)
{
	uint8_t *b = buf;
	uint32_t bit = bit_offset, end = bit_offset + bit_width;

	while (bit < end) {
		uint32_t in_byte = bit % 8;
		uint32_t take =
			end - bit < 8 - in_byte ? end - bit : 8 - in_byte;
		uint32_t shift;
		uint64_t part;

		if (byte_order == FWCTL_LAYOUT_LE_LSB0) {
			shift = in_byte;
			part = value >> (bit - bit_offset);
		} else {
			shift = 8 - in_byte - take;
			part = value >> (end - bit - take);
		}
		part &= low_mask(take);
		b[bit / 8] =
			(uint8_t)((b[bit / 8] & ~(low_mask(take) << shift)) |
				  (part << shift));
		bit += take;
	}
}

/*
 * Where value bits [8 * i, 8 * i + 8) of a field wider than 64 bits lie:
 * byte i counts from the least significant end of the value.
 */
static uint32_t wide_chunk_offset(uint8_t byte_order, uint32_t bit_offset,
				  uint32_t bit_width, uint32_t i,
				  uint32_t chunk_bits)
{
	if (byte_order == FWCTL_LAYOUT_LE_LSB0)
		return bit_offset + 8 * i;
	return bit_offset + bit_width - 8 * i - chunk_bits;
}

void fwctl_get_wide(const void *buf, uint8_t byte_order, uint32_t bit_offset,
		    uint32_t bit_width, uint8_t *value)
{
	uint32_t n = (bit_width + 7) / 8, i;

	for (i = 0; i < n; i++) {
		uint32_t chunk = bit_width - 8 * i < 8 ? bit_width - 8 * i : 8;

		value[n - 1 - i] = (uint8_t)fwctl_get_bits(
			buf,
			byte_order,
			wide_chunk_offset(
				byte_order, bit_offset, bit_width, i, chunk),
			chunk);
	}
}

static void set_wide(void *buf, uint8_t byte_order, uint32_t bit_offset,
		     uint32_t bit_width, const uint8_t *value)
{
	uint32_t n = (bit_width + 7) / 8, i;

	for (i = 0; i < n; i++) {
		uint32_t chunk = bit_width - 8 * i < 8 ? bit_width - 8 * i : 8;

		fwctl_set_bits(
			buf,
			byte_order,
			wide_chunk_offset(
				byte_order, bit_offset, bit_width, i, chunk),
			chunk,
			value[n - 1 - i]);
	}
}

static const struct fwctl_field *
field_by_name(const struct fwctl_layout *layout, const char *name, size_t len)
{
	uint32_t i;

	for (i = 0; i < layout->n_fields; i++) {
		const struct fwctl_field *f = &layout->fields[i];

		if (f->kind != FWCTL_FIELD_RESERVED && strlen(f->name) == len &&
		    !strncmp(f->name, name, len))
			return f;
	}
	return NULL;
}

/*
 * The layout a selected flexible payload @f takes when @name (up to '.',
 * '[' or the end) names one of its cases, or NULL.
 */
static const struct fwctl_layout *
payload_layout(const struct fwctl_family *family, const struct fwctl_field *f,
	       const char *name)
{
	const struct fwctl_selector *sel = f->extra ? f->extra->select : NULL;
	size_t len = strcspn(name, ".[");
	const struct fwctl_layout *l;
	uint32_t i;

	for (i = 0; sel && i < sel->n_cases; i++) {
		l = &family->layouts[sel->cases[i].target];
		if (strlen(l->name) == len && !strncmp(l->name, name, len))
			return l;
	}
	return NULL;
}

int fwctl_find_user_pointer(const struct fwctl_family *family,
			    const struct fwctl_layout *layout, int to_device,
			    struct fwctl_field_loc *ptr,
			    struct fwctl_field_loc *length)
{
	const struct fwctl_user_pointer *up;
	const struct fwctl_field *f;
	uint32_t i;

	for (i = 0; i < layout->n_fields; i++) {
		f = &layout->fields[i];
		up = f->extra ? f->extra->pointer : NULL;
		if (up && up->to_device == !!to_device) {
			ptr->bit_offset = f->bit_offset;
			ptr->bit_width = (uint8_t)f->bit_width;
			ptr->byte_order = fwctl_field_byte_order(layout, f);
			*length = up->length;
			return 0;
		}
		if (f->kind != FWCTL_FIELD_LAYOUT || f->is_array ||
		    fwctl_find_user_pointer(family,
					    &family->layouts[f->layout],
					    to_device,
					    ptr,
					    length))
			continue;
		ptr->bit_offset += f->bit_offset;
		length->bit_offset += f->bit_offset;
		return 0;
	}
	return -1;
}

/* Parse "[index]" at *p; advances *p past it. */
static int parse_index(const char **p, uint64_t *index)
{
	const char *s = *p + 1;
	char *end;

	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	*index = strtoull(s, &end, 10);
	if (errno || *end != ']')
		return -1;
	*p = end + 1;
	return 0;
}

int fwctl_resolve_path(const struct fwctl_family *family,
		       const struct fwctl_layout *layout, const char *path,
		       struct fwctl_field_ref *ref, struct fwctl_error *err)
{
	const struct fwctl_layout *cur = layout;
	int in_tail = layout->variable; /* cur ends where the buffer may end */
	const char *p = path;
	uint64_t offset = 0, extent = 0;

	for (;;) {
		size_t len = strcspn(p, ".[");
		const struct fwctl_field *f = field_by_name(cur, p, len);
		int has_index = p[len] == '[', too_large;
		const struct fwctl_layout *payload;
		uint64_t index = 0;
		const char *part_end;

		if (!f)
			return fwctl_fail(err,
					  FWCTL_ERR_INPUT,
					  "%s: layout %s has no field '%.*s'",
					  path,
					  cur->name,
					  (int)len,
					  p);
		part_end = p + len;
		payload = f->is_array && !f->count && !has_index &&
					  part_end[0] == '.'
				  ? payload_layout(family, f, part_end + 1)
				  : NULL;
		if (payload && in_tail) { /* "register_data.paos_reg.field" */
			offset += f->bit_offset;
			extent = offset + payload->bit_size;
			cur = payload;
			in_tail = payload->variable;
			p = part_end + 1 + strlen(payload->name);
			if (*p++ != '.')
				return fwctl_fail(err,
						  FWCTL_ERR_INPUT,
						  "%s: name a field of %s",
						  path,
						  payload->name);
			continue;
		}
		if (has_index && parse_index(&part_end, &index))
			return fwctl_fail(err,
					  FWCTL_ERR_INPUT,
					  "%s: field %s: malformed index, "
					  "expected [decimal]",
					  path,
					  f->name);
		if (f->is_array && !has_index)
			return fwctl_fail(err,
					  FWCTL_ERR_INPUT,
					  "%s: field %s is an array of %u "
					  "elements of %u bits; add [index]",
					  path,
					  f->name,
					  f->count,
					  f->bit_width);
		if (!f->is_array && has_index)
			return fwctl_fail(
				err,
				FWCTL_ERR_INPUT,
				"%s: field %s (%u bits) is not an array",
				path,
				f->name,
				f->bit_width);
		if (f->is_array && !f->count && !in_tail)
			return fwctl_fail(err,
					  FWCTL_ERR_INPUT,
					  "%s: field %s is a flexible array "
					  "inside %s, which has no room for "
					  "elements: only one at the end of %s "
					  "takes elements",
					  path,
					  f->name,
					  cur->name,
					  layout->name);
		if (f->count && index >= f->count)
			return fwctl_fail(err,
					  FWCTL_ERR_INPUT,
					  "%s: field %s has %u elements of %u "
					  "bits: index %llu out of range 0..%u",
					  path,
					  f->name,
					  f->count,
					  f->bit_width,
					  (unsigned long long)index,
					  f->count - 1);
		/* index <= UINT32_MAX keeps the product within 64 bits */
		too_large = index > UINT32_MAX;
		if (!too_large) {
			offset += f->bit_offset + index * f->bit_width;
			too_large = offset + f->bit_width > UINT32_MAX;
		}
		if (too_large)
			return fwctl_fail(
				err,
				FWCTL_ERR_INPUT,
				"%s: field %s: index %llu is too large",
				path,
				f->name,
				(unsigned long long)index);
		if (f->is_array && !f->count) /* the whole element, please */
			extent = offset + f->bit_width;
		if (*part_end == '\0') {
			ref->field = f;
			ref->extent_bits =
				(uint32_t)(extent > offset + f->bit_width
						   ? extent
						   : offset + f->bit_width);
			ref->bit_offset = (uint32_t)offset;
			ref->bit_width = f->bit_width;
			ref->byte_order = fwctl_field_byte_order(cur, f);
			return 0;
		}
		if (*part_end != '.' || f->kind != FWCTL_FIELD_LAYOUT)
			return fwctl_fail(
				err,
				FWCTL_ERR_INPUT,
				"%s: field %s (%u bits) has no member '%s'",
				path,
				f->name,
				f->bit_width,
				part_end + (*part_end == '.'));
		in_tail = in_tail && !f->is_array &&
			  f->bit_offset + f->bit_width == cur->bit_size;
		cur = &family->layouts[f->layout];
		in_tail = in_tail && cur->variable;
		p = part_end + 1;
	}
}

/* Value of hex digit @c, or -1. */
static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * Parse an unsigned number: decimal, or 0x hex.  Returns 0 when @text is a
 * well-formed number, setting *overflow when it does not fit 64 bits.
 */
static int parse_number(const char *text, uint64_t *value, int *overflow)
{
	int hex = text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
	const char *p = hex ? text + 2 : text;
	unsigned int base = hex ? 16 : 10;

	*value = 0;
	*overflow = 0;
	if (!*p)
		return -1;
	for (; *p; p++) {
		int d = hex ? hex_digit(*p)
			    : (isdigit((unsigned char)*p) ? *p - '0' : -1);

		if (d < 0)
			return -1;
		if (*value > (UINT64_MAX - (uint64_t)d) / base)
			*overflow = 1;
		*value = *value * base + (uint64_t)d;
	}
	return 0;
}

static int parse_enum_name(const struct fwctl_enum *e, const char *text,
			   uint64_t *value)
{
	size_t prefix_len = strlen(e->prefix);
	uint32_t i;

	if (!strncasecmp(text, e->prefix, prefix_len))
		text += prefix_len;
	for (i = 0; i < e->n_entries; i++) {
		if (!strcasecmp(text, e->entries[i].name)) {
			*value = e->entries[i].value;
			return 0;
		}
	}
	return -1;
}

static int fail_enum_value(const struct fwctl_enum *e, const char *path,
			   uint32_t width, const char *text,
			   struct fwctl_error *err)
{
	char names[384] = "";
	size_t used = 0;
	uint32_t i;

	for (i = 0; i < e->n_entries && used < sizeof(names); i++)
		used += snprintf(names + used,
				 sizeof(names) - used,
				 "%s%s",
				 i ? ", " : "",
				 e->entries[i].name);
	return fwctl_fail(err,
			  FWCTL_ERR_INPUT,
			  "%s: field is %u bits wide (enum %s): '%s' is not a "
			  "number in range 0..%llu or one of: %s",
			  path,
			  width,
			  e->name,
			  text,
			  (unsigned long long)low_mask(width),
			  names);
}

static int parse_uint_value(const struct fwctl_family *family,
			    const struct fwctl_field_ref *ref, const char *path,
			    const char *text, uint64_t *value,
			    struct fwctl_error *err)
{
	const struct fwctl_field *f = ref->field;
	uint64_t max = low_mask(ref->bit_width);
	int overflow;

	if (parse_number(text, value, &overflow)) {
		if (f->enumeration < 0)
			return fwctl_fail(
				err,
				FWCTL_ERR_INPUT,
				"%s: field is %u bits wide: '%s' is not a "
				"decimal or 0x hex number in range 0..%llu",
				path,
				ref->bit_width,
				text,
				(unsigned long long)max);
		if (parse_enum_name(
			    &family->enums[f->enumeration], text, value))
			return fail_enum_value(&family->enums[f->enumeration],
					       path,
					       ref->bit_width,
					       text,
					       err);
		overflow = 0;
	}
	if (overflow || *value > max)
		return fwctl_fail(err,
				  FWCTL_ERR_INPUT,
				  "%s: field is %u bits wide: value %s out of "
				  "range 0..%llu",
				  path,
				  ref->bit_width,
				  text,
				  (unsigned long long)max);
	return 0;
}

/*
 * Parse 0x hex for a field of @width > 64 bits into @bytes (big-endian,
 * (width + 7) / 8 bytes, right-aligned).
 */
static int parse_wide_value(const char *path, uint32_t width, const char *text,
			    uint8_t *bytes, struct fwctl_error *err)
{
	size_t n = (width + 7) / 8, digits, i;
	const char *p = text + 2;

	memset(bytes, 0, n);
	if (text[0] != '0' || (text[1] != 'x' && text[1] != 'X') || !*p ||
	    strspn(p, "0123456789abcdefABCDEF") != strlen(p))
		return fwctl_fail(err,
				  FWCTL_ERR_INPUT,
				  "%s: field is %u bits wide: '%s' is not 0x "
				  "followed by hex digits",
				  path,
				  width,
				  text);
	p += strspn(p, "0");
	digits = strlen(p);
	/* the most significant digit may only use the bits the field has */
	if (digits > (width + 3) / 4 ||
	    (digits == (width + 3) / 4 && width % 4 &&
	     hex_digit(p[0]) >> (width % 4)))
		return fwctl_fail(err,
				  FWCTL_ERR_INPUT,
				  "%s: field is %u bits wide: value %s has "
				  "more than %u bits",
				  path,
				  width,
				  text,
				  width);
	for (i = 0; i < digits; i++) {
		size_t from_end = digits - 1 - i;

		bytes[n - 1 - from_end / 2] |=
			(uint8_t)(hex_digit(p[i]) << (4 * (from_end % 2)));
	}
	return 0;
}

/* The path part of "path=value" (malloc'd, in *path); returns the value. */
static const char *split_assignment(const char *assignment, char **path,
				    struct fwctl_error *err)
{
	const char *eq = strchr(assignment, '=');

	if (!eq || eq == assignment) {
		fwctl_fail(err,
			   FWCTL_ERR_INPUT,
			   "'%s': expected path=value",
			   assignment);
		return NULL;
	}
	*path = strndup(assignment, (size_t)(eq - assignment));
	if (!*path) {
		fwctl_fail_errno(err, "malloc", ENOMEM, assignment);
		return NULL;
	}
	return eq + 1;
}

int fwctl_assign(const struct fwctl_family *family,
		 const struct fwctl_layout *layout, void *buf, size_t buf_len,
		 const char *assignment, struct fwctl_error *err)
{
	struct fwctl_field_ref ref;
	const char *value;
	char *path;
	int ret = -1;

	value = split_assignment(assignment, &path, err);
	if (!value)
		return -1;
	if (fwctl_resolve_path(family, layout, path, &ref, err))
		goto out;
	if ((uint64_t)ref.bit_offset + ref.bit_width > (uint64_t)buf_len * 8) {
		fwctl_fail(err,
			   FWCTL_ERR_INPUT,
			   "%s: field (%u bits at bit %u) lies outside the "
			   "%zu-byte buffer",
			   path,
			   ref.bit_width,
			   ref.bit_offset,
			   buf_len);
		goto out;
	}
	if (ref.field->kind == FWCTL_FIELD_LAYOUT) {
		fwctl_fail(err,
			   FWCTL_ERR_INPUT,
			   "%s: field is the %u-bit layout %s; name a field "
			   "inside it",
			   path,
			   ref.bit_width,
			   family->layouts[ref.field->layout].name);
		goto out;
	}
	if (ref.field->kind == FWCTL_FIELD_BYTES) {
		uint8_t *bytes = malloc((ref.bit_width + 7) / 8);

		if (!bytes) {
			fwctl_fail_errno(err, "malloc", ENOMEM, path);
			goto out;
		}
		ret = parse_wide_value(path, ref.bit_width, value, bytes, err);
		if (!ret)
			set_wide(buf,
				 ref.byte_order,
				 ref.bit_offset,
				 ref.bit_width,
				 bytes);
		free(bytes);
	} else {
		uint64_t number;

		ret = parse_uint_value(family, &ref, path, value, &number, err);
		if (!ret)
			fwctl_set_bits(buf,
				       ref.byte_order,
				       ref.bit_offset,
				       ref.bit_width,
				       number);
	}
out:
	free(path);
	return ret;
}

/* Make *buf at least @len bytes, zero-filling what is new. */
static int grow_buffer(uint8_t **buf, size_t *buf_len, size_t len,
		       const char *path, struct fwctl_error *err)
{
	uint8_t *bigger;

	if (len <= *buf_len)
		return 0;
	bigger = realloc(*buf, len);
	if (!bigger)
		return fwctl_fail_errno(err, "malloc", ENOMEM, path);
	memset(bigger + *buf_len, 0, len - *buf_len);
	*buf = bigger;
	*buf_len = len;
	return 0;
}

int fwctl_assign_grow(const struct fwctl_family *family,
		      const struct fwctl_layout *layout, uint8_t **buf,
		      size_t *buf_len, size_t max_len, const char *assignment,
		      struct fwctl_error *err)
{
	struct fwctl_field_ref ref;
	size_t end;
	char *path;
	int ret;

	if (!split_assignment(assignment, &path, err))
		return -1;
	ret = fwctl_resolve_path(family, layout, path, &ref, err);
	if (!ret) {
		end = ((size_t)ref.extent_bits + 7) / 8;
		if (end > max_len)
			ret = fwctl_fail(err,
					 FWCTL_ERR_INPUT,
					 "%s: element ends at byte %zu, beyond "
					 "the largest message (%zu bytes)",
					 path,
					 end,
					 max_len);
		else
			ret = grow_buffer(buf, buf_len, end, path, err);
	}
	free(path);
	return ret ? ret
		   : fwctl_assign(
			     family, layout, *buf, *buf_len, assignment, err);
}

int fwctl_parse_hex(const char *text, size_t len, uint8_t **out,
		    size_t *out_len, struct fwctl_error *err)
{
	size_t i, digits = 0;
	uint8_t *bytes = malloc(len / 2 + 1);

	if (!bytes)
		return fwctl_fail_errno(err, "malloc", ENOMEM, "hex input");
	for (i = 0; i < len; i++) {
		int d;

		if (isspace((unsigned char)text[i]))
			continue;
		d = hex_digit(text[i]);
		if (d < 0) {
			free(bytes);
			return fwctl_fail(err,
					  FWCTL_ERR_INPUT,
					  "hex input: character %zu (0x%02x) "
					  "is not a hex digit",
					  i,
					  (unsigned char)text[i]);
		}
		if (digits % 2)
			bytes[digits / 2] |= (uint8_t)d;
		else
			bytes[digits / 2] = (uint8_t)(d << 4);
		digits++;
	}
	if (digits % 2) {
		free(bytes);
		return fwctl_fail(err,
				  FWCTL_ERR_INPUT,
				  "hex input: odd number of hex digits (%zu)",
				  digits);
	}
	*out = bytes;
	*out_len = digits / 2;
	return 0;
}
