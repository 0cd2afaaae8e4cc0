// SPDX-License-Identifier: GPL-2.0
/*
 * bnxt suite: the bnxt fwctl driver on the simulated bnxt_en (QEMU's
 * pci-testdev), through the real ioctls.  The device is found by its
 * parent, the PCI function bnxt_en drives.
 *
 * The expected policy is the upstream bnxt fwctl driver's, written down by
 * hand here (drivers/fwctl/bnxt/main.c with the HWRM_ numbers of
 * include/linux/bnxt/hsi.h), as are the simulator's profile values
 * (kernel/bnxt_sim/fw.c) and the HWRM header layout (struct input: le16
 * req_type, cmpl_ring, seq_id, target_id, le64 resp_addr; struct output:
 * le16 error_code, req_type, seq_id, resp_len).  Usage: fwctl_bnxt [SEED]
 */
#include "e2e.h"

#define BNXT_EN_SYSFS "/sys/bus/pci/drivers/bnxt_en"

enum {
	SCOPE_CONFIGURATION = 0,
	SCOPE_READ_ONLY = 1,
	SCOPE_WRITE = 2,
	SCOPE_WRITE_FULL = 3,
	DENIED = 4,
	DEVICE_TYPE_BNXT = 3,
	HWRM_VER_GET = 0x0,
	HWRM_FUNC_RESET = 0x11,
	HWRM_TEMP_MONITOR_QUERY = 0xe0,
	ERR_CMD_NOT_SUPPORTED = 0xffff,
	INPUT_BYTES = 16,
	OUTPUT_BYTES = 8,
	MAX_REQ_BYTES = 128,
	VER_GET_OUTPUT_BYTES = 176, /* sizeof(struct hwrm_ver_get_output) */
	N_SAMPLES = 1024,
};

/* Every allowed req_type with the lowest scope upstream accepts it at. */
static const struct {
	__u16 req_type;
	__u8 scope;
} allowed[] = {
	{0x0011, 0}, {0x0025, 0}, {0x00c0, 0}, {0x00c3, 0}, {0x00c8, 0},
	{0xff0f, 0}, {0xff15, 0}, {0xff16, 0}, {0xffec, 0}, {0xffee, 0},
	{0xfff0, 0}, {0xfff5, 0}, {0xfff7, 0}, {0xfff8, 0}, {0xfff9, 0},
	{0x0000, 1}, {0x000c, 1}, {0x0015, 1}, {0x0016, 1}, {0x0018, 1},
	{0x0027, 1}, {0x0028, 1}, {0x002a, 1}, {0x002c, 1}, {0x00b6, 1},
	{0x0037, 1}, {0x0039, 1}, {0x0047, 1}, {0x0087, 1}, {0x0088, 1},
	{0x008a, 1}, {0x008c, 1}, {0x008d, 1}, {0x008f, 1}, {0x00a0, 1},
	{0x00bc, 1}, {0x00be, 1}, {0x00c1, 1}, {0x00c2, 1}, {0x00c9, 1},
	{0x00da, 1}, {0x00dd, 1}, {0x00df, 1}, {0x00e0, 1}, {0x00e1, 1},
	{0x00e2, 1}, {0x0112, 1}, {0x0124, 1}, {0x0190, 1}, {0x0192, 1},
	{0x0194, 1}, {0x0198, 1}, {0x019c, 1}, {0x01a1, 1}, {0x01a4, 1},
	{0x01a8, 1}, {0x01ac, 1}, {0x01c3, 1}, {0x0200, 1}, {0x0232, 1},
	{0xff1c, 1}, {0xff20, 1}, {0xff21, 1}, {0xff25, 1}, {0xff26, 1},
	{0xff2e, 1}, {0xff2f, 1}, {0xfff6, 1}, {0xfffb, 1}, {0x002b, 2},
	{0x00b5, 2},
};

#define N_ALLOWED (sizeof(allowed) / sizeof(allowed[0]))

static unsigned int min_scope(__u16 req_type)
{
	unsigned int i;

	for (i = 0; i < N_ALLOWED; i++)
		if (allowed[i].req_type == req_type)
			return allowed[i].scope;
	return DENIED;
}

static __u16 le16(const __u8 *p)
{
	return (__u16)(p[0] | p[1] << 8);
}

static void put_le16(__u8 *p, __u16 v)
{
	p[0] = (__u8)v;
	p[1] = (__u8)(v >> 8);
}

/* An HWRM request of @len bytes: the header and a zero body. */
static void request(__u8 *in, size_t len, __u16 req_type, __u16 seq_id)
{
	memset(in, 0, len);
	put_le16(in, req_type);
	put_le16(in + 2, 0xffff); /* cmpl_ring: none */
	put_le16(in + 4, seq_id);
	put_le16(in + 6, 0xffff); /* target_id: the firmware */
}

static int rpc(int fd, __u32 scope, __u16 req_type, __u32 in_len, __u8 *out,
	       __u32 *out_len)
{
	__u8 in[256];

	request(in, sizeof(in), req_type, 0x77);
	return e2e_rpc(fd, scope, in, in_len, out, out_len);
}

static int open_bnxt(char *addr, size_t len)
{
	char path[PATH_MAX], resolved[PATH_MAX];

	if (!e2e_bound_function(BNXT_EN_SYSFS, addr, len))
		return -1;
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s", addr);
	if (!realpath(path, resolved))
		return -1;
	return e2e_open_child_of(resolved);
}

static void test_info(int fd)
{
	struct fwctl_info info = {0};
	__u8 data[16];
	int err;

	memset(data, 0xa5, sizeof(data));
	err = e2e_info(fd, &info, data, sizeof(data));
	e2e_check(!err && info.out_device_type == DEVICE_TYPE_BNXT &&
			  info.device_data_len == 4 && data[0] == 0x7 &&
			  !data[1] && !data[2] && !data[3] && !data[4],
		  "bnxt INFO: type 3, 4 bytes, uctx_caps 0x7 (inline, query, "
		  "send)",
		  "type %u, length %u, first byte 0x%x",
		  info.out_device_type,
		  info.device_data_len,
		  data[0]);
}

static void test_ver_get(int fd)
{
	__u8 in[24], out[VER_GET_OUTPUT_BYTES + 32];
	__u32 out_len = sizeof(out);
	int err;

	request(in, sizeof(in), HWRM_VER_GET, 0x1234);
	memset(out, 0xa5, sizeof(out));
	err = e2e_rpc(fd, SCOPE_READ_ONLY, in, sizeof(in), out, &out_len);
	/* hwrm_fw_maj_8b is byte 12, hwrm_fw_name byte 32, valid the last */
	e2e_check(
		!err && out_len == sizeof(out) && le16(out) == 0 &&
			le16(out + 2) == HWRM_VER_GET &&
			le16(out + 4) == 0x1234 &&
			le16(out + 6) == VER_GET_OUTPUT_BYTES &&
			out[12] == 230 && !memcmp(out + 32, "sim-bnxt", 9) &&
			out[VER_GET_OUTPUT_BYTES - 1] == 1 &&
			out[VER_GET_OUTPUT_BYTES] == 0,
		"VER_GET: error_code 0, req_type/seq_id echoed, resp_len 176, "
		"firmware 230 sim-bnxt, valid, zero padding, out_len kept",
		"err %d, out_len %u, error_code 0x%x, req_type 0x%x, seq_id "
		"0x%x, resp_len %u, fw major %u",
		err,
		out_len,
		le16(out),
		le16(out + 2),
		le16(out + 4),
		le16(out + 6),
		out[12]);

	out_len = 16;
	err = e2e_rpc(fd, SCOPE_READ_ONLY, in, sizeof(in), out, &out_len);
	e2e_check(!err && out_len == 16 &&
			  le16(out + 6) == VER_GET_OUTPUT_BYTES,
		  "VER_GET into 16 bytes: the reply cut, out_len 16",
		  "err %d, out_len %u",
		  err,
		  out_len);

	out_len = sizeof(out);
	err = rpc(fd,
		  SCOPE_CONFIGURATION,
		  HWRM_FUNC_RESET,
		  INPUT_BYTES,
		  out,
		  &out_len);
	e2e_check(!err && le16(out) == ERR_CMD_NOT_SUPPORTED &&
			  le16(out + 2) == HWRM_FUNC_RESET,
		  "FUNC_RESET (allowed, not simulated): success with "
		  "CMD_NOT_SUPPORTED in error_code",
		  "err %d, error_code 0x%x",
		  err,
		  le16(out));
}

static void check_len(int fd, __u32 in_len, __u32 out_len, int want)
{
	__u8 out[256];
	char name[96];
	int err = rpc(fd,
		      SCOPE_READ_ONLY,
		      HWRM_TEMP_MONITOR_QUERY,
		      in_len,
		      out,
		      &out_len);

	snprintf(name,
		 sizeof(name),
		 "in_len %u, out_len %u -> %s",
		 in_len,
		 out_len,
		 want ? strerror(want) : "success");
	e2e_check(err == want, name, "got %d (%s)", err, strerror(err));
}

static void test_lengths(int fd)
{
	__u8 out[16];
	__u32 out_len = sizeof(out);

	check_len(fd, INPUT_BYTES - 1, 64, EINVAL);
	check_len(fd, INPUT_BYTES, 64, 0);
	check_len(fd, MAX_REQ_BYTES, 64, 0);
	check_len(fd, MAX_REQ_BYTES + 1, 64, EINVAL);
	check_len(fd, INPUT_BYTES, OUTPUT_BYTES - 1, EINVAL);
	check_len(fd, INPUT_BYTES, OUTPUT_BYTES, 0);
	check_len(fd, INPUT_BYTES, 15, 0);
	check_len(fd, INPUT_BYTES, 16, 0);
	/* The length rules come before the scope rules. */
	e2e_check(rpc(fd,
		      SCOPE_CONFIGURATION,
		      0x1234,
		      INPUT_BYTES - 1,
		      out,
		      &out_len) == EINVAL,
		  "denied req_type with in_len 15 -> EINVAL first",
		  "%s",
		  "not EINVAL");
}

static void check_req_type(int fd, __u16 req_type, unsigned long *bad)
{
	unsigned int scope, min = min_scope(req_type);

	for (scope = SCOPE_CONFIGURATION; scope <= SCOPE_WRITE_FULL; scope++) {
		__u8 out[256];
		__u32 out_len = sizeof(out);
		int err = rpc(fd, scope, req_type, INPUT_BYTES, out, &out_len);
		int want = scope >= min ? 0 : EPERM;

		if (err != want || (!err && le16(out + 2) != req_type)) {
			if (*bad < 5)
				printf("INFO: req_type 0x%04x scope %u: %d, "
				       "want %d\n",
				       req_type,
				       scope,
				       err,
				       want);
			++*bad;
		}
	}
}

/* Every allowed req_type, its neighbours, both ends, and a random sample. */
static void test_scopes(int fd, uint64_t seed)
{
	unsigned long bad = 0, checked = 0;
	unsigned int i;

	for (i = 0; i < N_ALLOWED; i++) {
		check_req_type(fd, allowed[i].req_type, &bad);
		check_req_type(fd, (__u16)(allowed[i].req_type - 1), &bad);
		check_req_type(fd, (__u16)(allowed[i].req_type + 1), &bad);
		checked += 3;
	}
	check_req_type(fd, 0x0001, &bad);
	check_req_type(fd, 0xfffe, &bad);
	check_req_type(fd, 0xffff, &bad);
	checked += 3;
	for (i = 0; i < N_SAMPLES; i++, checked++)
		check_req_type(fd, (__u16)e2e_random(&seed), &bad);
	e2e_check(
		!bad,
		"scope rules at scopes 0-3: allowed from their minimum, every "
		"other req_type EPERM",
		"%lu of %lu req_types x 4 scopes wrong",
		bad,
		checked);
	printf("INFO: %lu req_types checked at 4 scopes\n", checked);
}

/* A function stopped for a reset takes no message. */
static void test_stopped(int fd, const char *addr)
{
	char knob[PATH_MAX];
	__u8 out[256];
	__u32 out_len = sizeof(out);
	int stopped, resumed;

	snprintf(knob,
		 sizeof(knob),
		 "/sys/bus/pci/devices/%s/ulp_stopped",
		 addr);
	if (!e2e_check(e2e_write_file(knob, "1"),
		       "ulp_stopped set",
		       "%s",
		       strerror(errno)))
		return;
	stopped = rpc(
		fd, SCOPE_READ_ONLY, HWRM_VER_GET, INPUT_BYTES, out, &out_len);
	e2e_write_file(knob, "0");
	out_len = sizeof(out);
	resumed = rpc(
		fd, SCOPE_READ_ONLY, HWRM_VER_GET, INPUT_BYTES, out, &out_len);
	e2e_check(stopped == EPERM && !resumed,
		  "VER_GET while stopped -> EPERM, after resuming -> success",
		  "stopped %d, resumed %d",
		  stopped,
		  resumed);
}

int main(int argc, char **argv)
{
	uint64_t seed = argc > 1 ? strtoull(argv[1], NULL, 0) : 0x5eed;
	char addr[NAME_MAX + 1];
	int fd = open_bnxt(addr, sizeof(addr));

	if (!e2e_check(fd >= 0,
		       "the bnxt fwctl device found by its parent",
		       "function '%s': %s",
		       addr,
		       strerror(errno)))
		return e2e_exit_status();
	test_info(fd);
	test_ver_get(fd);
	test_lengths(fd);
	test_stopped(fd, addr);
	test_scopes(fd, seed ? seed : 1);
	close(fd);
	return e2e_exit_status();
}
