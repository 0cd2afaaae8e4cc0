// SPDX-License-Identifier: LGPL-2.1-or-later
/* The error type of libfwctl: kinds, messages and errno meanings. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <fwctl/reflect.h>

#include "internal.h"

const char *fwctl_errno_meaning(int errnum)
{
	uint32_t i;

	for (i = 0; i < fwctl_n_errnos; i++)
		if (fwctl_errnos[i].errnum == errnum)
			return fwctl_errnos[i].meaning;
	return NULL;
}

int fwctl_fail(struct fwctl_error *err, enum fwctl_error_kind kind,
	       const char *fmt, ...)
{
	va_list ap;

	memset(err, 0, sizeof(*err));
	err->kind = kind;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return -1;
}

static int fail_system(struct fwctl_error *err, const char *op, int errnum,
		       const char *subject, const char *meaning)
{
	if (meaning)
		fwctl_fail(err,
			   FWCTL_ERR_SYSTEM,
			   "%s: %s: %s (%s)",
			   subject,
			   op,
			   strerror(errnum),
			   meaning);
	else
		fwctl_fail(err,
			   FWCTL_ERR_SYSTEM,
			   "%s: %s: %s",
			   subject,
			   op,
			   strerror(errnum));
	err->op = op;
	err->errnum = errnum;
	return -1;
}

int fwctl_fail_errno(struct fwctl_error *err, const char *op, int errnum,
		     const char *subject)
{
	return fail_system(err, op, errnum, subject, NULL);
}

int fwctl_fail_ioctl(struct fwctl_error *err, const char *op, int errnum,
		     const char *subject)
{
	return fail_system(
		err, op, errnum, subject, fwctl_errno_meaning(errnum));
}
