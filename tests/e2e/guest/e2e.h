/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers shared by the guest test programs: one PASS/FAIL line per check,
 * thin wrappers around the two fwctl ioctls, and mlx5 request builders on
 * the generated accessors.
 */
#ifndef E2E_H
#define E2E_H

#ifndef _GNU_SOURCE /* run.sh passes it for libfwctl's sources */
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <linux/types.h>
#include <fwctl/fwctl.h>
#include <fwctl/mlx5.h>
#include <mlx5_layouts.h>

/* PRM numbers the tests use, written down independently of the kernel. */
enum {
	OP_QUERY_HCA_CAP = 0x100,
	OP_QUERY_ADAPTER = 0x101,
	OP_QUERY_PAGES = 0x107,
	OP_QUERY_ISSI = 0x10a,
	OP_QUERY_VPORT_STATE = 0x750,
	OP_ACCESS_REG = 0x805,
	OP_NOP = 0x80d,
	OP_CREATE_UCTX = 0xa04,
	OP_QUERY_UCTX = 0xa05,
	OP_DESTROY_UCTX = 0xa06,
	STAT_OK = 0x0,
	STAT_BAD_OP = 0x2,
	STAT_BAD_PARAM = 0x3,
	STAT_BAD_INPUT_LEN = 0x50,
	STAT_BAD_OUTPUT_LEN = 0x51,
	REG_PMTU = 0x5003,
	REG_PAOS = 0x5006,
	UCTX_CAP_TOOLS_RESOURCES = 0x4,
};

#define FWCTL_NODE "/dev/fwctl/fwctl0"
/* The simulated firmware is a module named mlx5_core, as on hardware. */
#define MLX5_CORE_SYSFS "/sys/bus/pci/drivers/mlx5_core"

static int e2e_failures;

/* Print "PASS: name" or "FAIL: name: why"; return ok. */
static inline bool e2e_check(bool ok, const char *name, const char *fmt, ...)
{
	va_list ap;

	printf("%s: %s", ok ? "PASS" : "FAIL", name);
	if (!ok) {
		e2e_failures++;
		printf(": ");
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
	}
	printf("\n");
	fflush(stdout);
	return ok;
}

static inline int e2e_exit_status(void)
{
	return e2e_failures ? EXIT_FAILURE : EXIT_SUCCESS;
}

static inline int e2e_open(void)
{
	int fd = open(FWCTL_NODE, O_RDWR | O_CLOEXEC);

	if (fd < 0) {
		printf("FAIL: open %s: %s\n", FWCTL_NODE, strerror(errno));
		exit(EXIT_FAILURE);
	}
	return fd;
}

/*
 * Open the fwctl device whose parent is the sysfs device @parent (a
 * resolved path such as "/sys/devices/platform/fwctl_echo"), whatever its
 * number; returns the fd, or -1 with errno set (ENODEV: no such device).
 */
static inline int e2e_open_child_of(const char *parent)
{
	char link[PATH_MAX], resolved[PATH_MAX], node[PATH_MAX];
	DIR *dir = opendir("/sys/class/fwctl");
	struct dirent *de;
	int err = ENODEV, fd = -1;

	if (!dir)
		return -1;
	while (err == ENODEV && (de = readdir(dir))) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(link, sizeof(link), "/sys/class/fwctl/%s/device",
			 de->d_name);
		if (!realpath(link, resolved) || strcmp(resolved, parent))
			continue;
		snprintf(node, sizeof(node), "/dev/fwctl/%s", de->d_name);
		fd = open(node, O_RDWR | O_CLOEXEC);
		err = fd < 0 ? errno : 0;
	}
	closedir(dir);
	errno = err;
	return fd;
}

/* FWCTL_INFO into @data of @len bytes; returns 0 or an errno. */
static inline int e2e_info(int fd, struct fwctl_info *info, void *data,
			   __u32 len)
{
	*info = (struct fwctl_info){
		.size = sizeof(*info),
		.device_data_len = len,
		.out_device_data = (uintptr_t)data,
	};
	return ioctl(fd, FWCTL_INFO, info) ? errno : 0;
}

/* FWCTL_RPC; *out_len in: buffer size, out: the driver's length. */
static inline int e2e_rpc(int fd, __u32 scope, const void *in, __u32 in_len,
			  void *out, __u32 *out_len)
{
	struct fwctl_rpc rpc = {
		.size = sizeof(rpc),
		.scope = scope,
		.in_len = in_len,
		.out_len = *out_len,
		.in = (uintptr_t)in,
		.out = (uintptr_t)out,
	};

	if (ioctl(fd, FWCTL_RPC, &rpc))
		return errno;
	*out_len = rpc.out_len;
	return 0;
}

/* A bare command: the 16-byte header with an opcode and op_mod. */
static inline void e2e_hdr(void *in, __u16 opcode, __u16 op_mod)
{
	memset(in, 0, MLX5_MBOX_IN_HDR_BYTES);
	mlx5_mbox_in_hdr_set_opcode(in, opcode);
	mlx5_mbox_in_hdr_set_op_mod(in, op_mod);
}

/*
 * Writes the PCI address of a function bound to the PCI driver whose sysfs
 * directory is @driver_dir into @addr; false if there is none.
 */
static inline bool e2e_bound_function(const char *driver_dir, char *addr,
				      size_t len)
{
	DIR *dir = opendir(driver_dir);
	struct dirent *de;

	addr[0] = '\0';
	while (dir && (de = readdir(dir)))
		if (!strncmp(de->d_name, "0000:", 5)) {
			snprintf(addr, len, "%s", de->d_name);
			break;
		}
	if (dir)
		closedir(dir);
	return addr[0];
}

/*
 * The PCI address of the function the simulated mlx5_core drives, found
 * while it is bound and remembered (it stays the same across unbinding);
 * exits if there is none.
 */
static inline const char *e2e_sim_function(void)
{
	static char addr[NAME_MAX + 1];

	if (!addr[0] && !e2e_bound_function(MLX5_CORE_SYSFS, addr, sizeof(addr))) {
		printf("FAIL: no PCI function bound to mlx5_core\n");
		exit(EXIT_FAILURE);
	}
	return addr;
}

/* Whether @uid is in the simulator's live uid list (a "1-3,7" range list). */
static inline bool e2e_sim_uid_live(unsigned int uid)
{
	char buf[4096], path[PATH_MAX], *p = buf;
	FILE *f;
	bool found = false;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/uids",
		 e2e_sim_function());
	f = fopen(path, "r");

	if (!f || !fgets(buf, sizeof(buf), f)) {
		if (f)
			fclose(f);
		return false;
	}
	fclose(f);
	while (*p && *p != '\n') {
		char *end;
		unsigned long lo = strtoul(p, &end, 10), hi = lo;

		if (end == p)
			break;
		p = end;
		if (*p == '-')
			hi = strtoul(p + 1, &p, 10);
		if (uid >= lo && uid <= hi)
			found = true;
		if (*p == ',')
			p++;
	}
	return found;
}

/* Write @text to the sysfs file @path; whether all of it was taken. */
static inline bool e2e_write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY);
	bool ok = fd >= 0 &&
		  write(fd, text, strlen(text)) == (ssize_t)strlen(text);

	if (fd >= 0)
		close(fd);
	return ok;
}

/* The next value of a xorshift64 sequence (@state must not be 0). */
static inline uint64_t e2e_random(uint64_t *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return *state;
}

#endif /* E2E_H */
