/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Helpers shared by the libfwctl sources; not installed. */
#ifndef _FWCTL_INTERNAL_H
#define _FWCTL_INTERNAL_H

#include <fwctl/libfwctl.h>
#include <fwctl/reflect.h>

#include "tables.h"

/* Fill @err with @kind and a formatted message; returns -1 for tail calls. */
int fwctl_fail(struct fwctl_error *err, enum fwctl_error_kind kind,
	       const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* FWCTL_ERR_SYSTEM: system call @op on @subject failed with @errnum. */
int fwctl_fail_errno(struct fwctl_error *err, const char *op, int errnum,
		     const char *subject);

/* FWCTL_ERR_SYSTEM for an fwctl ioctl; the message adds the fwctl meaning. */
int fwctl_fail_ioctl(struct fwctl_error *err, const char *op, int errnum,
		     const char *subject);

/*
 * Read a field of @bit_width bits (any width) into @value: big-endian,
 * (bit_width + 7) / 8 bytes, right-aligned.
 */
void fwctl_get_wide(const void *buf, uint8_t byte_order, uint32_t bit_offset,
		    uint32_t bit_width, uint8_t *value);

/* The byte order of field @f of @layout. */
static inline uint8_t fwctl_field_byte_order(const struct fwctl_layout *layout,
					     const struct fwctl_field *f)
{
	return f->extra ? f->extra->byte_order : layout->byte_order;
}

/* The name of @value in @e, or NULL. */
const char *fwctl_enum_name(const struct fwctl_enum *e, uint64_t value);

#endif /* _FWCTL_INTERNAL_H */
