// SPDX-License-Identifier: GPL-2.0
/*
 * LD_PRELOAD stand-in for an fwctl device, used by test_cli.py to drive
 * "fwctl mlx5 run" without a kernel.  It answers FWCTL_INFO and FWCTL_RPC
 * on any file descriptor and passes every other ioctl through.
 *
 *   FAKE_FWCTL_LOG    file that gets "scope=N in=HEX" for every RPC
 *   FAKE_FWCTL_REPLY  hex copied to the start of the response buffer
 *   FAKE_FWCTL_ERRNO  fail every RPC with this errno
 *   FAKE_FWCTL_OUT_LEN  response length to report (default: the buffer's)
 *   FAKE_FWCTL_TYPE   device type FWCTL_INFO reports (default 1, mlx5)
 *   FAKE_FWCTL_PTR_IN   "P:L": the request holds a user pointer (__u64 at
 *                       byte P) to L-field (__u32 at byte L) bytes, which
 *                       the log line ends with as " payload=HEX"
 *   FAKE_FWCTL_PTR_OUT  "P:L": the same for the buffer the device writes
 *   FAKE_FWCTL_PTR_REPLY  hex copied there (at most its length)
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>

#include <linux/types.h>
#include <fwctl/fwctl.h>

static unsigned long env_number(const char *name, unsigned long fallback)
{
	const char *v = getenv(name);

	return v ? strtoul(v, NULL, 0) : fallback;
}

static int fake_info(struct fwctl_info *info)
{
	const __u32 data[2] = {5, 4}; /* uid, uctx_caps */
	size_t n = info->device_data_len < sizeof(data) ? info->device_data_len
							: sizeof(data);

	memset((void *)(uintptr_t)info->out_device_data,
	       0,
	       info->device_data_len);
	memcpy((void *)(uintptr_t)info->out_device_data, data, n);
	info->out_device_type = (__u32)env_number("FAKE_FWCTL_TYPE", 1);
	info->device_data_len = sizeof(data);
	return 0;
}

/* The buffer a request's user pointer at "P:L" (env @name) points at. */
static unsigned char *pointed(const unsigned char *in, const char *name,
			      __u32 *len)
{
	const char *v = getenv(name);
	unsigned int p, l;
	__u64 ptr;

	if (!v || sscanf(v, "%u:%u", &p, &l) != 2)
		return NULL;
	memcpy(&ptr, in + p, sizeof(ptr));
	memcpy(len, in + l, sizeof(*len));
	return (unsigned char *)(uintptr_t)ptr;
}

static int fake_rpc(struct fwctl_rpc *rpc)
{
	const unsigned char *in = (const void *)(uintptr_t)rpc->in;
	unsigned char *out = (void *)(uintptr_t)rpc->out;
	const char *log = getenv("FAKE_FWCTL_LOG");
	const char *reply = getenv("FAKE_FWCTL_REPLY");
	const char *ptr_reply = getenv("FAKE_FWCTL_PTR_REPLY");
	unsigned int i, byte;
	__u32 len = 0, out_len = 0;
	unsigned char *dest, *payload;
	FILE *f;

	payload = pointed(in, "FAKE_FWCTL_PTR_IN", &len);
	if (log && (f = fopen(log, "a"))) {
		fprintf(f, "scope=%u in=", rpc->scope);
		for (i = 0; i < rpc->in_len; i++)
			fprintf(f, "%02x", in[i]);
		if (payload)
			fputs(" payload=", f);
		for (i = 0; payload && i < len; i++)
			fprintf(f, "%02x", payload[i]);
		fputc('\n', f);
		fclose(f);
	}
	dest = pointed(in, "FAKE_FWCTL_PTR_OUT", &out_len);
	for (i = 0; dest && ptr_reply && i < out_len &&
		    sscanf(ptr_reply + 2 * i, "%2x", &byte) == 1;
	     i++)
		dest[i] = (unsigned char)byte;
	if (getenv("FAKE_FWCTL_ERRNO")) {
		errno = (int)env_number("FAKE_FWCTL_ERRNO", 0);
		return -1;
	}
	for (i = 0; reply && i < rpc->out_len &&
		    sscanf(reply + 2 * i, "%2x", &byte) == 1;
	     i++)
		out[i] = (unsigned char)byte;
	rpc->out_len = (__u32)env_number("FAKE_FWCTL_OUT_LEN", rpc->out_len);
	return 0;
}

int ioctl(int fd, unsigned long request, ...)
{
	int (*real_ioctl)(int, unsigned long, void *);
	void *arg;
	va_list ap;

	va_start(ap, request);
	arg = va_arg(ap, void *);
	va_end(ap);
	if (request == FWCTL_INFO)
		return fake_info(arg);
	if (request == FWCTL_RPC)
		return fake_rpc(arg);
	real_ioctl =
		(int (*)(int, unsigned long, void *))dlsym(RTLD_NEXT, "ioctl");
	return real_ioctl(fd, request, arg);
}
