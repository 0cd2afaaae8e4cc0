// SPDX-License-Identifier: GPL-2.0
/*
 * Fault suite: every rule of the fwctl contract under bad input, missing
 * privileges and device loss, against /dev/fwctl/fwctl0 on the simulated
 * mlx5 firmware.  Sections run in a fixed order because tainting is once
 * per boot: everything that must not taint runs before the first tainting
 * RPC.  Usage: fwctl_fault [FUZZ_SEED] or fwctl_fault --bnxt [FUZZ_SEED]
 *
 * `fwctl_fault --echo` instead runs the response-copy and info rules that
 * the mlx5 driver cannot reach against the fwctl_echo test driver, which
 * must be loaded (and is found by its parent, not by its number).
 *
 * `fwctl_fault --bnxt` runs the checks that hold for every driver (the
 * ioctl surface, INFO lengths, hot-unplug under load, the catalogue
 * against the kernel, the random-RPC fuzzer) against the bnxt driver on
 * the simulated bnxt_en, which must be loaded: struct fault_target holds
 * what differs between the two devices, and the family's reflection
 * tables (found by device type) its catalogue and request header.
 */
#include "e2e.h"

#include <linux/capability.h>
#include <pthread.h>
#include <sys/klog.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

#include <fwctl/codec.h>

#include "bnxt_scope.h"
#include "mlx5_reflect.h"
#include "mlx5_scope.h"

#define MAX_RPC_LEN	(2U * 1024 * 1024)
#define TAINT_FWCTL_BIT 19
#define TAINT_MESSAGE	"requested write access to the device's debug features"
#define NOBODY		65534

static long page_size;

/**
 * struct fault_target - the device the generic checks run against
 * @pci_driver: sysfs directory of the PCI driver of its parent function
 * @module: the fwctl driver's module
 * @device_type: its FWCTL_INFO device type
 * @info_len: the length of its FWCTL_INFO device data
 * @probe_in_len: length of the probe request, a command every device
 *	answers at DEBUG_READ_ONLY
 * @probe_out_len: length of its response
 * @probe_request: writes the probe request
 * @probe_ok: whether a probe response reports success
 * @probe_name: the probe command's name
 * @length_errno: the errno of the driver's length rules (its generated
 *	<family>_scope.h); the allowlist's errnos are in the family's
 *	reflection tables, found by @device_type
 * @max_request_bytes: the longest request the driver takes (same header)
 * @addr: the parent function's PCI address, found on first use
 */
struct fault_target {
	const char *pci_driver;
	const char *module;
	__u32 device_type;
	__u32 info_len;
	__u32 probe_in_len, probe_out_len;
	void (*probe_request)(void *in);
	bool (*probe_ok)(const void *out);
	const char *probe_name;
	int length_errno;
	__u32 max_request_bytes;
	char addr[NAME_MAX + 1];
};

#define PROBE_MAX_BYTES 256

static void mlx5_probe_request(void *in)
{
	e2e_hdr(in, OP_NOP, 0);
}

static bool mlx5_probe_ok(const void *out)
{
	return mlx5_mbox_out_hdr_get_status(out) == STAT_OK;
}

/* HWRM VER_GET: a 24-byte request, req_type 0 (le16 at byte 0). */
static void bnxt_probe_request(void *in)
{
	memset(in, 0, 24);
}

/* HWRM output: le16 error_code at byte 0. */
static bool bnxt_probe_ok(const void *out)
{
	const __u8 *b = out;

	return !b[0] && !b[1];
}

static struct fault_target mlx5_target = {
	.pci_driver = MLX5_CORE_SYSFS,
	.module = "mlx5_fwctl",
	.device_type = FWCTL_DEVICE_TYPE_MLX5,
	.info_len = sizeof(struct fwctl_info_mlx5),
	.probe_in_len = MLX5_NOP_IN_BYTES,
	.probe_out_len = MLX5_NOP_OUT_BYTES,
	.probe_request = mlx5_probe_request,
	.probe_ok = mlx5_probe_ok,
	.probe_name = "NOP",
	.length_errno = MLX5_RPC_LENGTH_ERRNO,
	.max_request_bytes = MLX5_RPC_MAX_REQUEST_BYTES,
};

static struct fault_target bnxt_target = {
	.pci_driver = "/sys/bus/pci/drivers/bnxt_en",
	.module = "bnxt_fwctl",
	.device_type = 3, /* FWCTL_DEVICE_TYPE_BNXT */
	.info_len = 4,	  /* struct fwctl_info_bnxt */
	.probe_in_len = 24,
	.probe_out_len = 176,
	.probe_request = bnxt_probe_request,
	.probe_ok = bnxt_probe_ok,
	.probe_name = "VER_GET",
	.length_errno = BNXT_RPC_LENGTH_ERRNO,
	.max_request_bytes = BNXT_RPC_MAX_REQUEST_BYTES,
};

static struct fault_target *target = &mlx5_target;

/* The target's family: its catalogue and request header, by device type. */
static const struct fwctl_family *target_family(void)
{
	const struct fwctl_family *fam =
		fwctl_family_by_device_type(target->device_type);

	if (!fam) {
		printf("FAIL: libfwctl describes no family of device type %u\n",
		       target->device_type);
		exit(EXIT_FAILURE);
	}
	return fam;
}

/*
 * A bare request of the target's family: its header, zero but for the
 * opcode and, when the family has one, the op_mod.
 */
static void target_hdr(void *in, __u32 opcode, __u32 op_mod)
{
	const struct fwctl_family *fam = target_family();
	const struct fwctl_field_loc *op = &fam->opcode, *mod = &fam->op_mod;

	memset(in, 0, fam->layouts[fam->request_layout].bit_size / 8);
	fwctl_set_bits(
		in, op->byte_order, op->bit_offset, op->bit_width, opcode);
	if (mod->bit_width)
		fwctl_set_bits(in,
			       mod->byte_order,
			       mod->bit_offset,
			       mod->bit_width,
			       op_mod);
}

/* The target's PCI function, found while it is bound and remembered. */
static const char *target_function(void)
{
	if (!target->addr[0] &&
	    !e2e_bound_function(target->pci_driver, target->addr,
				sizeof(target->addr))) {
		printf("FAIL: no PCI function bound to %s\n",
		       target->pci_driver);
		exit(EXIT_FAILURE);
	}
	return target->addr;
}

/* The target's fwctl device, by its parent; -1 with errno when none. */
static int target_try_open(void)
{
	char path[PATH_MAX], resolved[PATH_MAX];

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s",
		 target_function());
	if (!realpath(path, resolved))
		return -1;
	return e2e_open_child_of(resolved);
}

static int target_open(void)
{
	int fd = target_try_open();

	if (fd < 0) {
		printf("FAIL: open the device of %s: %s\n", target_function(),
		       strerror(errno));
		exit(EXIT_FAILURE);
	}
	return fd;
}

/* The address of a page that is mapped PROT_NONE: every access faults. */
static void *fault_page(void)
{
	static void *page;

	if (!page)
		page = mmap(NULL,
			    page_size,
			    PROT_NONE,
			    MAP_PRIVATE | MAP_ANONYMOUS,
			    -1,
			    0);
	return page;
}

/* The target's probe command; 0, an errno, or -1 when it reports failure. */
static int nop_rpc(int fd, __u32 scope)
{
	__u8 in[PROBE_MAX_BYTES], out[PROBE_MAX_BYTES];
	__u32 out_len = target->probe_out_len;
	int err;

	target->probe_request(in);
	err = e2e_rpc(fd, scope, in, target->probe_in_len, out, &out_len);
	if (!err && !target->probe_ok(out))
		return -1;
	return err;
}

static double seconds_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ioctl with an arbitrary argument; returns 0 or errno. */
static int raw_ioctl(int fd, unsigned long cmd, void *arg)
{
	return ioctl(fd, cmd, arg) ? errno : 0;
}

static void check_errno(int got, int want, const char *name)
{
	e2e_check(got == want,
		  name,
		  "got %d (%s), want %d (%s)",
		  got,
		  strerror(got),
		  want,
		  strerror(want));
}

/* ---- 1. the ioctl surface ---------------------------------------------- */

/* An RPC struct for the probe command at @scope with valid buffers. */
static struct fwctl_rpc nop_struct(__u8 *in, __u8 *out, __u32 scope)
{
	target->probe_request(in);
	return (struct fwctl_rpc){
		.size = sizeof(struct fwctl_rpc),
		.scope = scope,
		.in_len = target->probe_in_len,
		.out_len = target->probe_out_len,
		.in = (uintptr_t)in,
		.out = (uintptr_t)out,
	};
}

static void test_ioctl_surface(int fd)
{
	__u8 in[PROBE_MAX_BYTES], out[PROBE_MAX_BYTES];
	__u8 data[8];
	struct {
		struct fwctl_info info;
		__u8 tail[8];
	} big_info;
	struct {
		struct fwctl_rpc rpc;
		__u8 tail[8];
	} big_rpc;
	struct fwctl_info info;
	struct fwctl_rpc rpc;

	check_errno(raw_ioctl(fd, _IO(FWCTL_TYPE, 2), &info),
		    ENOTTY,
		    "unknown ioctl nr -> ENOTTY");
	check_errno(raw_ioctl(fd, _IO(FWCTL_TYPE + 1, 0), &info),
		    ENOTTY,
		    "foreign ioctl type -> ENOTTY");
	e2e_info(fd, &info, data, sizeof(data));
	check_errno(
		raw_ioctl(fd, _IOWR(FWCTL_TYPE, 0, struct fwctl_info), &info),
		ENOTTY,
		"_IOWR-encoded INFO nr -> ENOTTY");
	rpc = nop_struct(in, out, FWCTL_RPC_DEBUG_READ_ONLY);
	check_errno(raw_ioctl(fd, _IOWR(FWCTL_TYPE, 1, struct fwctl_rpc), &rpc),
		    ENOTTY,
		    "_IOWR-encoded RPC nr -> ENOTTY");

	info = (struct fwctl_info){.size = sizeof(info) - 1};
	check_errno(raw_ioctl(fd, FWCTL_INFO, &info),
		    EINVAL,
		    "INFO size 23 -> EINVAL");
	info.size = 0;
	check_errno(raw_ioctl(fd, FWCTL_INFO, &info),
		    EINVAL,
		    "INFO size 0 -> EINVAL");
	rpc.size = sizeof(rpc) - 1;
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EINVAL,
		    "RPC size 31 -> EINVAL");
	/* EINVAL for the size comes before any field is looked at. */
	rpc.scope = 99;
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EINVAL,
		    "RPC size 31 with bad scope -> EINVAL first");

	memset(&big_info, 0, sizeof(big_info));
	big_info.info.size = sizeof(big_info);
	big_info.info.device_data_len = sizeof(data);
	big_info.info.out_device_data = (uintptr_t)data;
	check_errno(raw_ioctl(fd, FWCTL_INFO, &big_info),
		    0,
		    "INFO larger struct with zero tail accepted");
	big_info.tail[7] = 1;
	check_errno(raw_ioctl(fd, FWCTL_INFO, &big_info),
		    E2BIG,
		    "INFO non-zero tail -> E2BIG");
	memset(&big_rpc, 0, sizeof(big_rpc));
	big_rpc.rpc = nop_struct(in, out, FWCTL_RPC_DEBUG_READ_ONLY);
	big_rpc.rpc.size = sizeof(big_rpc);
	check_errno(raw_ioctl(fd, FWCTL_RPC, &big_rpc),
		    0,
		    "RPC larger struct with zero tail accepted");
	big_rpc.tail[0] = 0x80;
	check_errno(raw_ioctl(fd, FWCTL_RPC, &big_rpc),
		    E2BIG,
		    "RPC non-zero tail -> E2BIG");

	check_errno(raw_ioctl(fd, FWCTL_INFO, NULL),
		    EFAULT,
		    "INFO NULL struct -> EFAULT");
	check_errno(raw_ioctl(fd, FWCTL_RPC, fault_page()),
		    EFAULT,
		    "RPC unmapped struct -> EFAULT");
	info = (struct fwctl_info){.size = sizeof(info),
				   .device_data_len = 8,
				   .out_device_data = (uintptr_t)fault_page()};
	check_errno(raw_ioctl(fd, FWCTL_INFO, &info),
		    EFAULT,
		    "INFO unmapped device data -> EFAULT");
	rpc = nop_struct(in, out, FWCTL_RPC_DEBUG_READ_ONLY);
	rpc.in = (uintptr_t)fault_page();
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EFAULT,
		    "RPC unmapped in -> EFAULT");
	rpc = nop_struct(in, out, FWCTL_RPC_DEBUG_READ_ONLY);
	rpc.out = (uintptr_t)fault_page();
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EFAULT,
		    "RPC unmapped out -> EFAULT");

	info = (struct fwctl_info){.size = sizeof(info), .flags = 1};
	check_errno(raw_ioctl(fd, FWCTL_INFO, &info),
		    EOPNOTSUPP,
		    "INFO flags != 0 -> EOPNOTSUPP");
	rpc = nop_struct(in, out, 4);
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EOPNOTSUPP,
		    "RPC scope 4 -> EOPNOTSUPP");
	rpc.scope = 0xffffffff;
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EOPNOTSUPP,
		    "RPC scope 0xffffffff -> EOPNOTSUPP");

	rpc = nop_struct(in, out, FWCTL_RPC_DEBUG_READ_ONLY);
	rpc.in_len = MAX_RPC_LEN + 1;
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EMSGSIZE,
		    "RPC in_len 2 MiB + 1 -> EMSGSIZE");
	/* Lengths are checked before the scope. */
	rpc.scope = 4;
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EMSGSIZE,
		    "RPC in_len 2 MiB + 1 with scope 4 -> EMSGSIZE first");
	rpc = nop_struct(in, out, FWCTL_RPC_DEBUG_READ_ONLY);
	rpc.out_len = MAX_RPC_LEN + 1;
	check_errno(raw_ioctl(fd, FWCTL_RPC, &rpc),
		    EMSGSIZE,
		    "RPC out_len 2 MiB + 1 -> EMSGSIZE");
}

/* The mlx5 driver's own length rules, at the core's limits. */
static void test_mlx5_lengths(int fd)
{
	__u8 in[64], out[64];
	__u32 out_len;

	{
		__u8 *huge = calloc(1, MAX_RPC_LEN);

		e2e_hdr(huge, OP_NOP, 0);
		out_len = sizeof(out);
		check_errno(e2e_rpc(fd,
				    FWCTL_RPC_DEBUG_READ_ONLY,
				    huge,
				    MAX_RPC_LEN,
				    out,
				    &out_len),
			    0,
			    "RPC in_len of exactly 2 MiB accepted");
		free(huge);
	}

	out_len = sizeof(out);
	e2e_hdr(in, OP_NOP, 0);
	check_errno(
		e2e_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, in, 15, out, &out_len),
		EMSGSIZE,
		"RPC in_len 15 -> EMSGSIZE (driver)");
	out_len = 15;
	check_errno(
		e2e_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, in, 16, out, &out_len),
		EMSGSIZE,
		"RPC out_len 15 -> EMSGSIZE (driver)");
	out_len = sizeof(out);
	check_errno(
		e2e_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, in, 0, out, &out_len),
		EMSGSIZE,
		"RPC in_len 0 -> EMSGSIZE (driver)");
}

/* ---- 2. FWCTL_INFO lengths ---------------------------------------------- */

#define GUARD 0xa5

static bool all_bytes(const __u8 *p, size_t n, __u8 v)
{
	while (n--)
		if (*p++ != v)
			return false;
	return true;
}

static void test_info_lengths(int fd)
{
	__u8 ref[16];
	__u32 ref_len = target->info_len;
	struct fwctl_info info;
	__u8 buf[32];
	char name[96];
	static const __u32 lens[] = {0, 4, 8, 16};
	unsigned int i;

	e2e_check(!e2e_info(fd, &info, ref, ref_len),
		  "INFO reference call",
		  "%s",
		  strerror(errno));
	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		__u32 len = lens[i];
		size_t copied = len < ref_len ? len : ref_len;
		int err;

		memset(buf, GUARD, sizeof(buf));
		err = e2e_info(fd, &info, buf, len);
		snprintf(name,
			 sizeof(name),
			 "INFO device_data_len %u: data, zero fill, length, "
			 "guard",
			 len);
		e2e_check(
			!err &&
				info.out_device_type ==
					target->device_type &&
				/* a zero-length probe does not learn the size */
				info.device_data_len ==
					(len ? ref_len : 0) &&
				!memcmp(buf, ref, copied) &&
				all_bytes(buf + copied, len - copied, 0) &&
				all_bytes(buf + len, sizeof(buf) - len, GUARD),
			name,
			"err %d, type %u, returned length %u",
			err,
			info.out_device_type,
			info.device_data_len);
	}
}

/* ---- 3. RPC response copy ------------------------------------------------ */

static void test_rpc_out(int fd)
{
	__u8 in[MLX5_QUERY_HCA_CAP_IN_BYTES];
	static __u8 out[MLX5_QUERY_HCA_CAP_OUT_BYTES + 64];
	__u32 out_len;
	int err;

	/*
	 * The mlx5 driver's response is always as long as the caller's
	 * buffer (it never changes out_len), so the core must report that
	 * length, copy exactly that many bytes and leave the rest alone.
	 */
	e2e_hdr(in, OP_NOP, 0);
	memset(out, GUARD, sizeof(out));
	out_len = MLX5_NOP_OUT_BYTES;
	err = e2e_rpc(fd,
		      FWCTL_RPC_DEBUG_READ_ONLY,
		      in,
		      MLX5_NOP_IN_BYTES,
		      out,
		      &out_len);
	e2e_check(!err && out_len == MLX5_NOP_OUT_BYTES &&
			  all_bytes(out, MLX5_NOP_OUT_BYTES, 0) &&
			  all_bytes(out + MLX5_NOP_OUT_BYTES,
				    sizeof(out) - MLX5_NOP_OUT_BYTES,
				    GUARD),
		  "RPC copies only the response length (guard intact)",
		  "err %d, out_len %u",
		  err,
		  out_len);

	/* A buffer shorter than the reply: FW says so, nothing overflows. */
	e2e_hdr(in, OP_QUERY_HCA_CAP, 1);
	memset(out, GUARD, sizeof(out));
	out_len = 32;
	err = e2e_rpc(
		fd, FWCTL_RPC_CONFIGURATION, in, sizeof(in), out, &out_len);
	e2e_check(!err && out_len == 32 &&
			  mlx5_mbox_out_hdr_get_status(out) ==
				  STAT_BAD_OUTPUT_LEN &&
			  all_bytes(out + 32, sizeof(out) - 32, GUARD),
		  "RPC short out buffer: BAD_OUTPUT_LEN, length kept, guard "
		  "intact",
		  "err %d, out_len %u, status 0x%x",
		  err,
		  out_len,
		  mlx5_mbox_out_hdr_get_status(out));

	/* In place (out <= in) and separate buffers give the same reply. */
	{
		__u8 big_in[MLX5_ACCESS_REGISTER_IN_BYTES +
			    MLX5_PAOS_REG_BYTES] = {};
		__u8 a[sizeof(big_in)], b[sizeof(big_in) + 16];
		__u32 la = sizeof(a), lb = sizeof(b);

		e2e_hdr(big_in, OP_ACCESS_REG, 1);
		mlx5_access_register_in_set_register_id(big_in, REG_PAOS);
		mlx5_paos_reg_set_local_port(
			big_in + MLX5_ACCESS_REGISTER_IN_BYTES, 1);
		e2e_rpc(fd,
			FWCTL_RPC_DEBUG_READ_ONLY,
			big_in,
			sizeof(big_in),
			a,
			&la);
		e2e_rpc(fd,
			FWCTL_RPC_DEBUG_READ_ONLY,
			big_in,
			sizeof(big_in),
			b,
			&lb);
		e2e_check(mlx5_mbox_out_hdr_get_status(a) == STAT_OK &&
				  !memcmp(a, b, sizeof(a)) &&
				  all_bytes(b + sizeof(a), 16, 0),
			  "RPC reply identical in place and in a larger buffer",
			  "status 0x%x/0x%x",
			  mlx5_mbox_out_hdr_get_status(a),
			  mlx5_mbox_out_hdr_get_status(b));
	}
}

/* ---- 3b. the same rules with replies of any length (fwctl_echo) --------- */

#define ECHO_SYSFS     "/sys/devices/platform/fwctl_echo"
#define ECHO_MAX_REPLY MAX_RPC_LEN

/*
 * The echo protocol, written down independently of the driver: the request
 * starts with the reply length (a native __u32); byte i of the reply is
 * 0x40 + i % 61; the driver replies in the request buffer when it fits.
 */
static __u8 echo_byte(size_t i)
{
	return 0x40 + i % 61;
}

static bool is_echo_reply(const __u8 *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != echo_byte(i))
			return false;
	return true;
}

/* One RPC: the request length, the reply it asks for, the user's buffer. */
struct echo_case {
	__u32 in_len;
	__u32 reply_len;
	__u32 user_len;
};

/*
 * Replies longer and shorter than the user's buffer, each built in a new
 * buffer (reply > request) and in the request buffer (reply <= request);
 * then the edges: equal lengths, empty reply, empty buffer, replies over
 * several pages and the largest reply the core allows.
 */
static const struct echo_case echo_cases[] = {
	{4, 100, 40},
	{128, 100, 40},
	{100, 100, 99},
	{4, 24, 64},
	{64, 24, 64},
	{4, 48, 48},
	{4, 0, 32},
	{4, 16, 0},
	{4, 10000, 5000},
	{4, 5000, 10000},
	{4, ECHO_MAX_REPLY, 4096},
};

#define ECHO_GUARD_BYTES 64

static void test_echo_case(int fd, const struct echo_case *c)
{
	static __u8 out[ECHO_MAX_REPLY + ECHO_GUARD_BYTES];
	size_t copied = c->user_len < c->reply_len ? c->user_len : c->reply_len;
	size_t guarded = c->user_len + ECHO_GUARD_BYTES;
	__u8 *in = calloc(1, c->in_len);
	__u32 out_len = c->user_len, reply_len;
	bool reply_ok, guard_ok, request_ok;
	char name[160];
	int err;

	memcpy(in, &c->reply_len, sizeof(c->reply_len));
	memset(out, GUARD, guarded);
	err = e2e_rpc(
		fd, FWCTL_RPC_DEBUG_READ_ONLY, in, c->in_len, out, &out_len);
	memcpy(&reply_len, in, sizeof(reply_len));
	snprintf(name,
		 sizeof(name),
		 "echo RPC in %u, reply %u, buffer %u (%s): %zu bytes copied, "
		 "out_len %u, guard intact",
		 c->in_len,
		 c->reply_len,
		 c->user_len,
		 c->reply_len <= c->in_len ? "in place" : "new buffer",
		 copied,
		 c->reply_len);
	reply_ok = is_echo_reply(out, copied);
	guard_ok = all_bytes(out + copied, guarded - copied, GUARD);
	/* The user's request is never written, in place or not. */
	request_ok = reply_len == c->reply_len &&
		     all_bytes(in + sizeof(reply_len),
			       c->in_len - sizeof(reply_len),
			       0);
	e2e_check(!err && out_len == c->reply_len && reply_ok && guard_ok &&
			  request_ok,
		  name,
		  "err %d, out_len %u, reply bytes %s, guard %s, request %s",
		  err,
		  out_len,
		  reply_ok ? "ok" : "wrong",
		  guard_ok ? "intact" : "overwritten",
		  request_ok ? "intact" : "overwritten");
	free(in);
}

static void test_echo(int fd)
{
	__u8 data[32], out[64];
	__u32 too_long = ECHO_MAX_REPLY + 1;
	struct fwctl_info info;
	struct fwctl_rpc rpc;
	unsigned int i;
	int err;

	/* No info op: the whole buffer is zeroed and the length is 0. */
	memset(data, GUARD, sizeof(data));
	err = e2e_info(fd, &info, data, 16);
	e2e_check(!err && info.out_device_type == FWCTL_DEVICE_TYPE_ERROR &&
			  info.device_data_len == 0 && all_bytes(data, 16, 0) &&
			  all_bytes(data + 16, sizeof(data) - 16, GUARD),
		  "echo INFO without an info op: 16 bytes zeroed, length 0, "
		  "type ERROR, guard intact",
		  "err %d, type %u, length %u",
		  err,
		  info.out_device_type,
		  info.device_data_len);

	for (i = 0; i < sizeof(echo_cases) / sizeof(echo_cases[0]); i++)
		test_echo_case(fd, &echo_cases[i]);

	/* A driver error: returned as is, nothing written back. */
	memset(out, GUARD, sizeof(out));
	rpc = (struct fwctl_rpc){
		.size = sizeof(rpc),
		.scope = FWCTL_RPC_DEBUG_READ_ONLY,
		.in_len = sizeof(too_long),
		.out_len = sizeof(out),
		.in = (uintptr_t)&too_long,
		.out = (uintptr_t)out,
	};
	err = raw_ioctl(fd, FWCTL_RPC, &rpc);
	e2e_check(err == EMSGSIZE && rpc.out_len == sizeof(out) &&
			  all_bytes(out, sizeof(out), GUARD),
		  "echo RPC driver error: EMSGSIZE, out_len and buffer "
		  "untouched",
		  "err %d, out_len %u",
		  err,
		  rpc.out_len);
}

/* ---- 4. scopes, privileges, taint --------------------------------------- */

static bool fwctl_tainted(void)
{
	unsigned long mask = 0;
	FILE *f = fopen("/proc/sys/kernel/tainted", "r");

	if (f) {
		if (fscanf(f, "%lu", &mask) != 1)
			mask = 0;
		fclose(f);
	}
	return mask & (1UL << TAINT_FWCTL_BIT);
}

/* How many taint warnings the kernel log holds; one must name this task. */
static int taint_warnings(bool *names_us)
{
	static char log[1 << 20];
	char who[128];
	int len = klogctl(3 /* SYSLOG_ACTION_READ_ALL */, log, sizeof(log) - 1);
	int count = 0;
	char *p;

	if (len < 0)
		return -1;
	log[len] = 0;
	snprintf(who, sizeof(who), "fwctl_fault(%d): " TAINT_MESSAGE, getpid());
	*names_us = strstr(log, who);
	for (p = strstr(log, TAINT_MESSAGE); p;
	     p = strstr(p + 1, TAINT_MESSAGE))
		count++;
	return count;
}

static void drop_rawio(void)
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct data[2];

	if (prctl(PR_CAPBSET_DROP, CAP_SYS_RAWIO, 0, 0, 0) ||
	    syscall(SYS_capget, &hdr, data)) {
		perror("drop CAP_SYS_RAWIO");
		exit(2);
	}
	data[0].effective &= ~(1U << CAP_SYS_RAWIO);
	data[0].permitted &= ~(1U << CAP_SYS_RAWIO);
	data[0].inheritable &= ~(1U << CAP_SYS_RAWIO);
	if (syscall(SYS_capset, &hdr, data)) {
		perror("capset");
		exit(2);
	}
}

enum unprivileged {
	NO_RAWIO,
	NOBODY_USER
};

/* In a child with less privilege: WRITE_FULL is EPERM, 0 and 1 work. */
static void unprivileged_checks(enum unprivileged how, bool debug_write)
{
	const char *who =
		how == NO_RAWIO ? "without CAP_SYS_RAWIO" : "as uid 65534";
	char name[128];
	pid_t pid;
	int status;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		int fd;

		e2e_failures = 0;
		if (how == NO_RAWIO) {
			drop_rawio();
		} else if (setgid(NOBODY) || setuid(NOBODY)) {
			perror("setuid");
			exit(2);
		}
		fd = e2e_open();
		if (debug_write) {
			snprintf(name,
				 sizeof(name),
				 "DEBUG_WRITE works %s",
				 who);
			check_errno(
				nop_rpc(fd, FWCTL_RPC_DEBUG_WRITE), 0, name);
			exit(e2e_exit_status());
		}
		snprintf(name, sizeof(name), "WRITE_FULL %s -> EPERM", who);
		check_errno(
			nop_rpc(fd, FWCTL_RPC_DEBUG_WRITE_FULL), EPERM, name);
		snprintf(name, sizeof(name), "CONFIGURATION works %s", who);
		{
			__u8 in[MLX5_QUERY_HCA_CAP_IN_BYTES];
			static __u8 out[MLX5_QUERY_HCA_CAP_OUT_BYTES];
			__u32 out_len = sizeof(out);

			e2e_hdr(in, OP_QUERY_HCA_CAP, 1);
			check_errno(e2e_rpc(fd,
					    FWCTL_RPC_CONFIGURATION,
					    in,
					    sizeof(in),
					    out,
					    &out_len),
				    0,
				    name);
		}
		snprintf(name, sizeof(name), "DEBUG_READ_ONLY works %s", who);
		check_errno(nop_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY), 0, name);
		exit(e2e_exit_status());
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
	    WEXITSTATUS(status))
		e2e_check(false,
			  "unprivileged child",
			  "%s: status 0x%x",
			  who,
			  status);
}

static void test_scopes_and_taint(int fd)
{
	__u8 in[MLX5_CREATE_UCTX_IN_BYTES] = {}, out[64];
	__u32 out_len = sizeof(out);
	bool right_task;
	int warnings;

	if (!e2e_check(!fwctl_tainted(),
		       "not tainted before any write scope",
		       "taint bit %d already set",
		       TAINT_FWCTL_BIT))
		return;

	unprivileged_checks(NO_RAWIO, false);
	chmod(FWCTL_NODE, 0666);
	unprivileged_checks(NOBODY_USER, false);
	chmod(FWCTL_NODE, 0600);
	e2e_check(!fwctl_tainted(),
		  "refused WRITE_FULL did not taint",
		  "taint bit set");

	/* The core taints before the driver validates the request. */
	e2e_hdr(in, OP_CREATE_UCTX, 0);
	check_errno(e2e_rpc(fd,
			    FWCTL_RPC_DEBUG_WRITE,
			    in,
			    sizeof(in),
			    out,
			    &out_len),
		    EBADMSG,
		    "DEBUG_WRITE of a denied opcode -> EBADMSG");
	e2e_check(fwctl_tainted(),
		  "... and still taints (bit 19, 524288)",
		  "taint bit not set");
	warnings = taint_warnings(&right_task);
	e2e_check(warnings == 1 && right_task,
		  "one taint warning naming comm(pid)",
		  "%d warnings%s",
		  warnings,
		  right_task ? "" : ", wrong task");

	check_errno(nop_rpc(fd, FWCTL_RPC_DEBUG_WRITE),
		    0,
		    "second DEBUG_WRITE succeeds");
	check_errno(nop_rpc(fd, FWCTL_RPC_DEBUG_WRITE_FULL),
		    0,
		    "WRITE_FULL as root succeeds");
	unprivileged_checks(NO_RAWIO, true);
	warnings = taint_warnings(&right_task);
	e2e_check(warnings == 1,
		  "taint warning printed once only",
		  "%d warnings",
		  warnings);
}

/* The taint is per boot, not per load of the core module. */
static void test_taint_survives_reload(void)
{
	bool names_us;
	int fd, warnings;

	e2e_check(system("rmmod mlx5_fwctl mlx5_core fwctl && "
			 "insmod /modules/fwctl.ko && "
			 "insmod /modules/mlx5_core.ko && "
			 "insmod /modules/mlx5_fwctl.ko") == 0,
		  "reload every module",
		  "a module command failed");
	fd = e2e_open();
	check_errno(nop_rpc(fd, FWCTL_RPC_DEBUG_WRITE),
		    0,
		    "DEBUG_WRITE after reloading the core");
	close(fd);
	warnings = taint_warnings(&names_us);
	e2e_check(warnings == 1,
		  "no second taint warning after a core reload",
		  "%d warnings",
		  warnings);
}

/* ---- 5. the catalogue through the real ioctl ------------------------------ */

static int spec_min_scope(const struct fwctl_command *cmd, __u16 op_mod)
{
	unsigned int i;

	for (i = 0; i < cmd->n_op_mod_rules; i++)
		if (cmd->op_mod_rules[i].op_mod == op_mod)
			return cmd->op_mod_rules[i].min_scope;
	return cmd->min_scope;
}

static const struct fwctl_command *spec_command(__u32 opcode)
{
	const struct fwctl_family *fam = target_family();
	unsigned int i;

	for (i = 0; i < fam->n_commands; i++)
		if (fam->commands[i].opcode == opcode)
			return &fam->commands[i];
	return NULL;
}

static bool spec_allows(__u32 opcode, __u16 op_mod, __u32 scope)
{
	const struct fwctl_command *cmd = spec_command(opcode);
	int min = cmd ? spec_min_scope(cmd, op_mod) : FWCTL_SCOPE_DENIED;

	return min != FWCTL_SCOPE_DENIED && scope >= (__u32)min;
}

/* Returns true when the kernel allowed it (reached firmware). */
static bool kernel_allows(int fd, __u32 opcode, __u16 op_mod, __u32 scope)
{
	__u8 in[64] = {}, out[64];
	__u32 out_len = sizeof(out);
	int err;

	target_hdr(in, opcode, op_mod);
	err = e2e_rpc(fd, scope, in, sizeof(in), out, &out_len);
	if (err && err != target_family()->reject_errno)
		printf("INFO: opcode 0x%x op_mod 0x%x scope %u: %s\n",
		       opcode,
		       op_mod,
		       scope,
		       strerror(err));
	return !err;
}

static void test_catalogue(int fd)
{
	const struct fwctl_family *fam = target_family();
	unsigned int i, j, scope, checked = 0, mismatches = 0;
	double started = seconds_now();
	unsigned int opcode;

	for (i = 0; i < fam->n_commands; i++) {
		const struct fwctl_command *cmd = &fam->commands[i];
		__u16 op_mods[8] = {0, 1, 0xffff};
		/* a family without an op_mod has one request per scope */
		unsigned int n = fam->op_mod.bit_width ? 3 : 1;

		for (j = 0; j < cmd->n_op_mod_rules && n < 8; j++)
			op_mods[n++] = cmd->op_mod_rules[j].op_mod;
		for (j = 0; j < n; j++)
			for (scope = 0; scope <= 3; scope++) {
				bool want = spec_allows(
					cmd->opcode, op_mods[j], scope);

				checked++;
				if (kernel_allows(fd,
						  cmd->opcode,
						  op_mods[j],
						  scope) != want) {
					mismatches++;
					printf("INFO: %s op_mod 0x%x scope %u: "
					       "kernel %s\n",
					       cmd->name,
					       op_mods[j],
					       scope,
					       want ? "denies" : "allows");
				}
			}
	}
	e2e_check(!mismatches,
		  "every catalogue command x op_mod x scope matches the spec",
		  "%u of %u differ",
		  mismatches,
		  checked);
	printf("INFO: catalogue: %u commands, %u requests\n",
	       fam->n_commands,
	       checked);

	/* Every other opcode is denied even at the highest scope. */
	mismatches = 0;
	for (opcode = 0; opcode <= 0xffff; opcode++)
		if (kernel_allows(fd, opcode, 0, FWCTL_RPC_DEBUG_WRITE_FULL) !=
		    spec_allows(opcode, 0, FWCTL_RPC_DEBUG_WRITE_FULL))
			mismatches++;
	e2e_check(!mismatches,
		  "all 65536 opcodes at WRITE_FULL match the spec",
		  "%u differ",
		  mismatches);
	printf("INFO: catalogue %s: %.1f s\n",
	       fam->name,
	       seconds_now() - started);
}

/* ---- 6. per-FD user contexts --------------------------------------------- */

static __u32 fd_uid(int fd)
{
	struct fwctl_info_mlx5 data = {};
	struct fwctl_info info;

	e2e_info(fd, &info, &data, sizeof(data));
	return data.uid;
}

static void test_uids(void)
{
	int a = e2e_open(), b = e2e_open();
	__u32 uid_a = fd_uid(a), uid_b = fd_uid(b);
	__u8 in[MLX5_NOP_IN_BYTES], out[MLX5_NOP_OUT_BYTES];
	__u32 out_len = sizeof(out);
	int err;

	e2e_check(uid_a && uid_b && uid_a != uid_b && e2e_sim_uid_live(uid_a) &&
			  e2e_sim_uid_live(uid_b),
		  "two FDs get different live uids",
		  "%u and %u",
		  uid_a,
		  uid_b);
	close(b);
	e2e_check(!e2e_sim_uid_live(uid_b),
		  "closing an FD destroys its uid",
		  "uid %u still live",
		  uid_b);

	/* Firmware rejects a dead uid, so success proves the rewrite. */
	e2e_hdr(in, OP_NOP, 0);
	mlx5_mbox_in_hdr_set_uid(in, uid_b);
	err = e2e_rpc(
		a, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), out, &out_len);
	e2e_check(!err && mlx5_mbox_out_hdr_get_status(out) == STAT_OK,
		  "a foreign uid in the header is replaced by the FD's own",
		  "err %d, status 0x%x",
		  err,
		  mlx5_mbox_out_hdr_get_status(out));
	close(a);
}

/* ---- 6b. firmware refusing user contexts --------------------------------- */

/* More opens than the firmware has uids: the loop ends at its refusal. */
#define MAX_OPENS 4096

static void test_uid_exhaustion(void)
{
	static int fds[MAX_OPENS];
	struct rlimit lim = {MAX_OPENS + 64, MAX_OPENS + 64};
	unsigned int n = 0;
	int err = 0, fd;

	/* Enough descriptors that the firmware runs out, not the fd table. */
	setrlimit(RLIMIT_NOFILE, &lim);
	while (n < MAX_OPENS) {
		fd = open(FWCTL_NODE, O_RDWR | O_CLOEXEC);
		if (fd < 0) {
			err = errno;
			break;
		}
		fds[n++] = fd;
	}
	printf("INFO: firmware refused a uid after %u opens\n", n);
	/*
	 * CREATE_UCTX fails with status NO_RESOURCES (0xf).  Upstream runs it
	 * with mlx5_cmd_exec(), whose cmd_status_to_err() in
	 * drivers/net/ethernet/mellanox/mlx5/core/cmd.c makes that EAGAIN.
	 */
	check_errno(err, EAGAIN, "open with every uid taken -> EAGAIN");
	if (n) {
		close(fds[--n]);
		fd = open(FWCTL_NODE, O_RDWR | O_CLOEXEC);
		e2e_check(fd >= 0,
			  "closing one FD frees a uid for the next open",
			  "%s",
			  strerror(errno));
		if (fd >= 0)
			fds[n++] = fd;
	}
	while (n)
		close(fds[--n]);
}

/* The simulator's fault switch: CREATE_UCTX succeeds with uid 0. */
#define SIM_ZERO_UID "/sys/module/mlx5_core/parameters/zero_uid"

/* The driver's own check (upstream has none): uid 0 is the kernel's. */
static void test_zero_uid(void)
{
	int fd, err;

	if (!e2e_check(e2e_write_file(SIM_ZERO_UID, "1"),
		       "simulator set to answer CREATE_UCTX with uid 0",
		       "write failed"))
		return;
	fd = open(FWCTL_NODE, O_RDWR | O_CLOEXEC);
	err = fd < 0 ? errno : 0;
	if (fd >= 0)
		close(fd);
	check_errno(err, EPROTO, "open when firmware gives uid 0 -> EPROTO");
	e2e_write_file(SIM_ZERO_UID, "0");
	fd = open(FWCTL_NODE, O_RDWR | O_CLOEXEC);
	e2e_check(fd >= 0 && fd_uid(fd) != 0,
		  "open works again once firmware hands out real uids",
		  "%s",
		  fd < 0 ? strerror(errno) : "uid 0");
	if (fd >= 0)
		close(fd);
}

/* ---- 7. hot-unplug under load: unbinding the PCI function ------------------ */

#define LOAD_THREADS 4
#define PLUG_CYCLES  20

struct load_thread {
	pthread_t tid;
	int fd;
	volatile unsigned long ok;
	unsigned long calls, other;
};

/* RPCs in a loop until the device is gone (ENODEV). */
static void *load_loop(void *arg)
{
	struct load_thread *t = arg;

	for (;;) {
		int err = nop_rpc(t->fd, FWCTL_RPC_DEBUG_READ_ONLY);

		t->calls++;
		if (err == ENODEV)
			break;
		if (err)
			t->other++;
		else
			t->ok++;
	}
	return NULL;
}

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	nanosleep(&ts, NULL);
}

static bool all_threads_running(struct load_thread *threads)
{
	unsigned int i, waited;

	for (waited = 0; waited < 5000; waited++) {
		for (i = 0; i < LOAD_THREADS && threads[i].ok; i++)
			;
		if (i == LOAD_THREADS)
			return true;
		sleep_ms(1);
	}
	return false;
}

/*
 * One cycle: unbind the PCI function from mlx5_core through sysfs while
 * every thread has RPCs going; each thread runs until it sees ENODEV.  Then
 * bind it again.  Returns a failure description or NULL.
 */
static const char *unbind_cycle(struct load_thread *threads,
				unsigned long *calls)
{
	char path[PATH_MAX];
	struct fwctl_info info;
	__u8 data[8];
	unsigned int i;
	int fd, err;

	for (i = 0; i < LOAD_THREADS; i++) {
		memset(&threads[i], 0, sizeof(threads[i]));
		threads[i].fd = target_open();
		pthread_create(&threads[i].tid, NULL, load_loop, &threads[i]);
	}
	if (!all_threads_running(threads))
		return "the load threads did not start";
	snprintf(path, sizeof(path), "%s/unbind", target->pci_driver);
	if (!e2e_write_file(path, target_function()))
		return "unbind write failed";
	for (i = 0; i < LOAD_THREADS; i++) {
		pthread_join(threads[i].tid, NULL);
		*calls += threads[i].calls;
		if (threads[i].other)
			return "an in-flight call failed with neither 0 nor "
			       "ENODEV";
		if (nop_rpc(threads[i].fd, FWCTL_RPC_DEBUG_READ_ONLY) !=
			    ENODEV ||
		    e2e_info(threads[i].fd, &info, data, sizeof(data)) !=
			    ENODEV)
			return "an old FD did not give ENODEV after unbind";
		if (close(threads[i].fd))
			return "close of an orphaned FD failed";
	}
	if (target_try_open() >= 0 || errno != ENODEV)
		return "the device survived the unbind";
	snprintf(path, sizeof(path), "%s/bind", target->pci_driver);
	if (!e2e_write_file(path, target_function()))
		return "bind write failed";
	fd = target_try_open();
	if (fd < 0)
		return "no device node after bind";
	err = nop_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY);
	close(fd);
	return err ? "the bound again device does not answer NOP" : NULL;
}

static void test_hot_unplug(void)
{
	struct load_thread threads[LOAD_THREADS];
	char path[PATH_MAX];
	unsigned long calls = 0;
	const char *why = NULL;
	unsigned int cycle;
	int fd;

	for (cycle = 0; cycle < PLUG_CYCLES && !why; cycle++)
		why = unbind_cycle(threads, &calls);
	e2e_check(!why,
		  "unbind/bind of the PCI function under load with 4 threads",
		  "cycle %u: %s",
		  cycle,
		  why);
	printf("INFO: unbind/bind: %u cycles, %lu RPCs\n", cycle, calls);

	/* Removing the PCI device is a hot-unplug too; a rescan finds it. */
	fd = target_open();
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/remove",
		 target_function());
	e2e_check(e2e_write_file(path, "1"),
		  "PCI function removed with an FD open",
		  "%s",
		  strerror(errno));
	check_errno(nop_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY),
		    ENODEV,
		    "RPC after PCI removal -> ENODEV");
	close(fd);
	e2e_check(e2e_write_file("/sys/bus/pci/rescan", "1") &&
			  (fd = target_try_open()) >= 0 &&
			  nop_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY) == 0,
		  "PCI rescan gives a working device",
		  "%s",
		  strerror(errno));
	if (fd >= 0)
		close(fd);

	/* The driver module may go while a file is still open. */
	fd = target_open();
	snprintf(path, sizeof(path), "rmmod %s", target->module);
	e2e_check(system(path) == 0,
		  "driver module unloads with an FD open",
		  "rmmod failed");
	check_errno(nop_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY),
		    ENODEV,
		    "RPC after driver unload -> ENODEV");
	e2e_check(close(fd) == 0,
		  "close after driver unload",
		  "%s",
		  strerror(errno));
	snprintf(path, sizeof(path), "insmod /modules/%s.ko", target->module);
	e2e_check(system(path) == 0 &&
			  (fd = target_try_open()) >= 0 &&
			  nop_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY) == 0,
		  "driver reload gives a working device",
		  "%s",
		  strerror(errno));
	if (fd >= 0)
		close(fd);
}

/* ---- 8. fuzzing ------------------------------------------------------------ */

#define FUZZ_CALLS   100000
#define FUZZ_SECONDS 60
#define ARENA_BYTES  (64 * 1024)

static __u64 rng_state;

static __u64 rnd(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

static __u32 rnd_below(__u32 n)
{
	return rnd() % n;
}

/* A pointer for the kernel: mostly into the arena, sometimes hostile. */
static __u64 fuzz_ptr(__u8 *arena)
{
	switch (rnd_below(10)) {
	case 0:
		return 0;
	case 1:
		return (uintptr_t)fault_page() + rnd_below(page_size);
	case 2:
		return 0xffff888000000000ULL + rnd_below(1 << 20);
	case 3: /* ends in the guard page after the arena */
		return (uintptr_t)arena + ARENA_BYTES - rnd_below(64);
	default:
		return (uintptr_t)arena + rnd_below(ARENA_BYTES / 2);
	}
}

/*
 * A length: mostly below a bound that keeps about half of them within the
 * driver's request limit (the arena's quarter when that limit is larger).
 */
static __u32 fuzz_len(void)
{
	__u32 typical = 2 * target->max_request_bytes;

	if (typical > ARENA_BYTES / 4)
		typical = ARENA_BYTES / 4;
	switch (rnd_below(10)) {
	case 0:
		return rnd();
	case 1:
		return MAX_RPC_LEN + rnd_below(3) - 1;
	case 2:
		return rnd_below(16);
	default:
		return rnd_below(typical);
	}
}

/* One random ioctl; *rpc_call: whether it was FWCTL_RPC on a mapped struct. */
static int fuzz_once(int fd, __u8 *arena, bool *rpc_call)
{
	const struct fwctl_family *fam = target_family();
	static const int cmds[] = {FWCTL_INFO, FWCTL_RPC};
	__u8 *req = arena + ARENA_BYTES / 2;
	unsigned long cmd;
	void *arg;
	__u32 *words = (__u32 *)req;
	__u32 opcode, op_mod;
	unsigned int i;

	if (rnd_below(20) == 0)
		cmd = _IOC(
			rnd_below(4), FWCTL_TYPE, rnd_below(8), rnd_below(64));
	else
		cmd = cmds[rnd_below(2)];

	/* The command struct: random words, then plausible fields. */
	for (i = 0; i < 16; i++)
		words[i] = rnd_below(4) ? 0 : rnd();
	words[0] = rnd_below(8) ? 24 + 8 * rnd_below(3) : rnd_below(128);
	if (cmd == FWCTL_RPC) {
		struct fwctl_rpc *rpc = (struct fwctl_rpc *)req;
		__u8 *in;

		rpc->scope = rnd_below(8) ? rnd_below(4) : rnd();
		rpc->in_len = fuzz_len();
		rpc->out_len = fuzz_len();
		rpc->in = fuzz_ptr(arena);
		rpc->out = fuzz_ptr(arena);
		in = arena + rnd_below(ARENA_BYTES / 2 - 64);
		for (i = 0; i < 64; i++)
			in[i] = rnd_below(3) ? 0 : rnd();
		/* a catalogue command mostly, any opcode and op_mod sometimes */
		op_mod = rnd_below(4) ? rnd_below(2) : rnd();
		opcode = rnd_below(4)
				 ? fam->commands[rnd_below(fam->n_commands)]
					   .opcode
				 : rnd();
		target_hdr(in, opcode, op_mod);
		if (rnd_below(2))
			rpc->in = (uintptr_t)in;
	} else if (cmd == FWCTL_INFO) {
		struct fwctl_info *info = (struct fwctl_info *)req;

		info->flags = rnd_below(8) ? 0 : rnd();
		info->device_data_len = fuzz_len();
		info->out_device_data = fuzz_ptr(arena);
	}
	switch (rnd_below(40)) {
	case 0:
		arg = NULL;
		break;
	case 1:
		arg = fault_page();
		break;
	default:
		arg = req;
	}
	*rpc_call = cmd == FWCTL_RPC && arg == req;
	return raw_ioctl(fd, cmd, arg);
}

/*
 * Random ioctls at the target: each succeeds or fails with an errno of the
 * core's contract or of the driver's rules (its allowlist's errnos from the
 * family's reflection tables, its length errno); some reach the firmware,
 * some are refused by the allowlist, and the device still answers after.
 */
static void test_fuzz(int fd, __u64 seed)
{
	const struct fwctl_family *fam = target_family();
	const int expected[] = {0,
				ENOTTY,
				EINVAL,
				E2BIG,
				EFAULT,
				EOPNOTSUPP,
				EMSGSIZE,
				ENOMEM,
				fam->reject_errno,
				fam->scope_errno,
				target->length_errno};
	unsigned long calls = 0, unexpected = 0, by_errno[256] = {};
	unsigned long rpc_ok = 0, rejected = 0;
	double started = seconds_now();
	time_t deadline = time(NULL) + FUZZ_SECONDS;
	char name[128];
	__u8 *arena;
	unsigned int i;

	arena = mmap(NULL,
		     ARENA_BYTES + page_size,
		     PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS,
		     -1,
		     0);
	mprotect(arena + ARENA_BYTES, page_size, PROT_NONE);
	rng_state = seed ? seed : 1;

	while (calls < FUZZ_CALLS && time(NULL) < deadline) {
		bool rpc_call, ok = false;
		int err = fuzz_once(fd, arena, &rpc_call);

		calls++;
		by_errno[err & 0xff]++;
		if (rpc_call && !err)
			rpc_ok++;
		if (rpc_call && err == fam->reject_errno)
			rejected++;
		for (i = 0; i < sizeof(expected) / sizeof(expected[0]); i++)
			ok |= err == expected[i];
		if (!ok && unexpected++ < 5)
			printf("INFO: fuzz call %lu: unexpected errno %d "
			       "(%s)\n",
			       calls,
			       err,
			       strerror(err));
	}
	printf("INFO: fuzz %s seed %llu: %lu calls in %.1f s, %lu RPCs reached "
	       "the firmware, %lu refused by the allowlist",
	       fam->name,
	       (unsigned long long)seed,
	       calls,
	       seconds_now() - started,
	       rpc_ok,
	       rejected);
	for (i = 0; i < 256; i++)
		if (by_errno[i])
			printf(", %s %lu", i ? strerror(i) : "ok", by_errno[i]);
	printf("\n");
	snprintf(name,
		 sizeof(name),
		 "fuzz %s: at least %d calls within %d s",
		 fam->name,
		 FUZZ_CALLS,
		 FUZZ_SECONDS);
	e2e_check(calls >= FUZZ_CALLS, name, "%lu calls", calls);
	snprintf(
		name, sizeof(name), "fuzz %s: only contract errnos", fam->name);
	e2e_check(!unexpected, name, "%lu unexpected", unexpected);
	snprintf(name,
		 sizeof(name),
		 "fuzz %s: some RPCs reach the firmware, the allowlist refuses "
		 "some (%s)",
		 fam->name,
		 strerror(fam->reject_errno));
	e2e_check(rpc_ok && rejected,
		  name,
		  "%lu reached it, %lu refused",
		  rpc_ok,
		  rejected);
	snprintf(name,
		 sizeof(name),
		 "device still answers %s after fuzzing",
		 target->probe_name);
	check_errno(nop_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY), 0, name);
	munmap(arena, ARENA_BYTES + page_size);
}

static int run_echo(void)
{
	int fd = e2e_open_child_of(ECHO_SYSFS);

	if (!e2e_check(fd >= 0,
		       "fwctl_echo's device found by its parent " ECHO_SYSFS,
		       "%s",
		       strerror(errno)))
		return e2e_exit_status();
	test_echo(fd);
	close(fd);
	return e2e_exit_status();
}

/* The checks every driver must pass, on the bnxt device. */
static int run_bnxt(__u64 seed)
{
	int fd;

	target = &bnxt_target;
	fd = target_open();
	test_ioctl_surface(fd);
	test_info_lengths(fd);
	close(fd);
	test_hot_unplug();
	fd = target_open();
	test_catalogue(fd);
	test_fuzz(fd, seed);
	close(fd);
	return e2e_exit_status();
}

int main(int argc, char **argv)
{
	__u64 seed;
	int fd;

	if (argc > 1 && !strcmp(argv[1], "--echo"))
		return run_echo();
	page_size = sysconf(_SC_PAGESIZE);
	if (argc > 1 && !strcmp(argv[1], "--bnxt"))
		return run_bnxt(argc > 2 ? strtoull(argv[2], NULL, 0) : 0x5eed);
	seed = argc > 1 ? strtoull(argv[1], NULL, 0) : 0x5eed;
	fd = e2e_open();
	test_ioctl_surface(fd);
	test_mlx5_lengths(fd);
	test_info_lengths(fd);
	test_rpc_out(fd);
	test_scopes_and_taint(fd);
	test_catalogue(fd);
	test_uids();
	test_uid_exhaustion();
	test_zero_uid();
	close(fd);
	test_taint_survives_reload();
	test_hot_unplug();
	fd = e2e_open();
	test_fuzz(fd, seed);
	close(fd);
	return e2e_exit_status();
}
