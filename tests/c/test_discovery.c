// SPDX-License-Identifier: GPL-2.0
/*
 * libfwctl discovery against a fake sysfs tree built in a temporary
 * directory: listing, every DEV form, "not found", "ambiguous", opening by
 * device number, and the errno an FWCTL ioctl gets from a non-fwctl node.
 */
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cmocka.h>

#include <fwctl/libfwctl.h>

struct fake_tree {
	char root[64];
	char class_dir[PATH_MAX];
	char dev_dir[PATH_MAX];
	struct fwctl_paths paths;
	struct fwctl_device_list list;
	unsigned int null_major, null_minor; /* /dev/null */
};

/* snprintf() that fails the test when the result does not fit */
#define format(buf, ...)                                                       \
	assert_true(snprintf(buf, sizeof(buf), __VA_ARGS__) < (int)sizeof(buf))

static void make_dirs(const char *root, const char *rel)
{
	char path[PATH_MAX];
	char *p;

	format(path, "%s/%s", root, rel);
	for (p = path + strlen(root) + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		assert_true(!mkdir(path, 0755) || errno == EEXIST);
		*p = '/';
	}
	assert_true(!mkdir(path, 0755) || errno == EEXIST);
}

static void write_file(const char *root, const char *rel, const char *text)
{
	char path[PATH_MAX];
	FILE *f;

	format(path, "%s/%s", root, rel);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void make_link(const char *root, const char *rel, const char *target)
{
	char path[PATH_MAX];

	format(path, "%s/%s", root, rel);
	assert_int_equal(symlink(target, path), 0);
}

/*
 * One fwctl device under @parent_dir (relative to root/sys/devices): the
 * fwctl class entry links to it, like the kernel's class symlinks.
 */
static void add_fwctl(const char *root, const char *parent_dir,
		      const char *name, const char *dev)
{
	char rel[PATH_MAX], target[PATH_MAX];

	format(rel, "sys/devices/%s/fwctl/%s", parent_dir, name);
	make_dirs(root, rel);
	format(rel, "sys/devices/%s/fwctl/%s/dev", parent_dir, name);
	write_file(root, rel, dev);
	format(rel, "sys/devices/%s/fwctl/%s/device", parent_dir, name);
	make_link(root, rel, "../..");
	format(rel, "sys/class/fwctl/%s", name);
	format(target, "../../devices/%s/fwctl/%s", parent_dir, name);
	make_link(root, rel, target);
}

static void add_child(const char *root, const char *dir, const char *kind,
		      const char *name)
{
	char rel[PATH_MAX];

	format(rel, "sys/devices/%s/%s/%s", dir, kind, name);
	make_dirs(root, rel);
}

static void add_driver(const char *root, const char *dir, const char *driver)
{
	char rel[PATH_MAX], target[PATH_MAX];
	int depth = 2; /* "sys/devices" */
	const char *p;

	for (p = dir; *p; p++)
		depth += *p == '/';
	format(rel, "sys/bus/pci/drivers/%s", driver);
	make_dirs(root, rel);
	target[0] = '\0';
	while (depth-- >= 0)
		strcat(target, "../");
	strcat(target, rel);
	format(rel, "sys/devices/%s/driver", dir);
	make_link(root, rel, target);
}

/*
 * fwctl0: 0000:08:00.0, mlx5_core, eth0 + ens8f0np0, mlx5_0
 * fwctl1: 0000:08:00.1, mlx5_core, eth1 + mlx5_2 (a netdev), mlx5_1;
 *         its dev is /dev/null's number so it can be opened
 * fwctl2: 0001:08:00.0 (same bus:dev.fn as fwctl0), mlx5_2 (RDMA)
 * fwctl3: parent an auxiliary device below 0000:09:00.0, which has eth9
 * fwctl10: no parent link
 */
static int setup(void **state)
{
	struct fake_tree *t = calloc(1, sizeof(*t));
	struct stat st;
	char null_dev[32], rel[64];

	assert_non_null(t);
	format(t->root, "/tmp/fwctl-discovery-XXXXXX");
	assert_non_null(mkdtemp(t->root));
	assert_int_equal(stat("/dev/null", &st), 0);
	t->null_major = major(st.st_rdev);
	t->null_minor = minor(st.st_rdev);
	format(null_dev, "%u:%u\n", t->null_major, t->null_minor);

	make_dirs(t->root, "sys/class/fwctl");
	add_fwctl(t->root, "pci0000:00/0000:08:00.0", "fwctl0", "240:0\n");
	add_driver(t->root, "pci0000:00/0000:08:00.0", "mlx5_core");
	add_child(t->root, "pci0000:00/0000:08:00.0", "net", "ens8f0np0");
	add_child(t->root, "pci0000:00/0000:08:00.0", "net", "eth0");
	add_child(t->root, "pci0000:00/0000:08:00.0", "infiniband", "mlx5_0");

	add_fwctl(t->root, "pci0000:00/0000:08:00.1", "fwctl1", null_dev);
	add_driver(t->root, "pci0000:00/0000:08:00.1", "mlx5_core");
	add_child(t->root, "pci0000:00/0000:08:00.1", "net", "eth1");
	add_child(t->root, "pci0000:00/0000:08:00.1", "net", "mlx5_2");
	add_child(t->root, "pci0000:00/0000:08:00.1", "infiniband", "mlx5_1");

	add_fwctl(t->root, "pci0001:00/0001:08:00.0", "fwctl2", "240:2\n");
	add_child(t->root, "pci0001:00/0001:08:00.0", "infiniband", "mlx5_2");

	add_fwctl(t->root,
		  "pci0000:00/0000:09:00.0/mlx5_core.fwctl.0",
		  "fwctl3",
		  "240:3\n");
	add_driver(t->root,
		   "pci0000:00/0000:09:00.0/mlx5_core.fwctl.0",
		   "mlx5_fwctl");
	add_child(t->root, "pci0000:00/0000:09:00.0", "net", "eth9");

	make_dirs(t->root, "sys/devices/virtual/fwctl/fwctl10");
	write_file(
		t->root, "sys/devices/virtual/fwctl/fwctl10/dev", "240:10\n");
	make_link(t->root,
		  "sys/class/fwctl/fwctl10",
		  "../../devices/virtual/fwctl/fwctl10");

	/* /dev/char/MAJ:MIN of fwctl1, as udev makes it */
	make_dirs(t->root, "dev/char");
	format(rel, "dev/char/%u:%u", t->null_major, t->null_minor);
	make_link(t->root, rel, "/dev/null");

	format(t->class_dir, "%s/sys/class/fwctl", t->root);
	format(t->dev_dir, "%s/dev", t->root);
	t->paths.sysfs_class = t->class_dir;
	t->paths.dev_dir = t->dev_dir;
	*state = t;
	return 0;
}

static int teardown(void **state)
{
	struct fake_tree *t = *state;
	char cmd[PATH_MAX + 16];

	fwctl_device_list_free(&t->list);
	format(cmd, "rm -rf '%s'", t->root);
	assert_int_equal(system(cmd), 0);
	free(t);
	return 0;
}

static void list_devices(struct fake_tree *t)
{
	struct fwctl_error err;

	assert_int_equal(fwctl_list_devices(&t->paths, &t->list, &err), 0);
}

static const struct fwctl_device_desc *resolve_ok(struct fake_tree *t,
						  const char *dev)
{
	const struct fwctl_device_desc *d;
	struct fwctl_error err;

	if (fwctl_resolve_device(&t->list, dev, &d, &err))
		fail_msg("%s: %s", dev, err.message);
	return d;
}

static void test_list(void **state)
{
	struct fake_tree *t = *state;
	const struct fwctl_device_desc *d;

	list_devices(t);
	assert_int_equal(t->list.n_devices, 5);
	assert_string_equal(t->list.devices[0].name, "fwctl0");
	assert_string_equal(t->list.devices[1].name, "fwctl1");
	assert_string_equal(t->list.devices[2].name, "fwctl2");
	assert_string_equal(t->list.devices[3].name, "fwctl3");
	assert_string_equal(t->list.devices[4].name, "fwctl10");

	d = &t->list.devices[0];
	assert_int_equal(d->major, 240);
	assert_int_equal(d->minor, 0);
	assert_string_equal(d->parent, "0000:08:00.0");
	assert_string_equal(d->pci_address, "0000:08:00.0");
	assert_string_equal(d->driver, "mlx5_core");
	assert_int_equal(d->n_netdevs, 2);
	assert_string_equal(d->netdevs[0], "ens8f0np0");
	assert_string_equal(d->netdevs[1], "eth0");
	assert_int_equal(d->n_rdma_devs, 1);
	assert_string_equal(d->rdma_devs[0], "mlx5_0");

	d = &t->list.devices[3];
	assert_string_equal(d->parent, "mlx5_core.fwctl.0");
	assert_string_equal(d->pci_address, "0000:09:00.0");
	assert_string_equal(d->driver, "mlx5_fwctl");
	assert_int_equal(d->n_netdevs, 1);
	assert_string_equal(d->netdevs[0], "eth9");

	d = &t->list.devices[4];
	assert_int_equal(d->minor, 10);
	assert_string_equal(d->parent, "");
	assert_string_equal(d->pci_address, "");
	assert_int_equal(d->n_netdevs + d->n_rdma_devs, 0);
}

/*
 * The list has all five devices of setup() and only @name is broken, with
 * @what in its message.
 */
static void expect_one_broken(struct fake_tree *t, const char *name,
			      const char *what)
{
	const struct fwctl_device_desc *d;
	size_t i;

	list_devices(t);
	assert_int_equal(t->list.n_devices, 5);
	for (i = 0; i < t->list.n_devices; i++) {
		d = &t->list.devices[i];
		if (strcmp(d->name, name)) {
			if (d->error.kind != FWCTL_ERR_NONE)
				fail_msg("%s: %s", d->name, d->error.message);
		} else if (d->error.kind != FWCTL_ERR_SYSTEM ||
			   !strstr(d->error.message, what)) {
			fail_msg("%s: kind %d \"%s\", expected \"%s\"",
				 name,
				 d->error.kind,
				 d->error.message,
				 what);
		}
	}
	fwctl_device_list_free(&t->list);
}

static void fill(char *buf, char c, size_t n)
{
	memset(buf, c, n);
	buf[n] = '\0';
}

/* Names longer than 64 bytes, up to what sysfs allows, are read in full. */
static void test_long_names(void **state)
{
	struct fake_tree *t = *state;
	char driver[201], entry[201], rel[PATH_MAX], target[PATH_MAX];
	const struct fwctl_device_desc *d;

	fill(driver, 'd', 200);
	add_driver(t->root, "pci0001:00/0001:08:00.0", driver);
	fill(entry, 'f', 200);
	memcpy(entry, "fwctl", 5);
	format(rel, "sys/devices/virtual/fwctl/%s", entry);
	make_dirs(t->root, rel);
	format(rel, "sys/devices/virtual/fwctl/%s/dev", entry);
	write_file(t->root, rel, "240:20\n");
	format(rel, "sys/class/fwctl/%s", entry);
	format(target, "../../devices/virtual/fwctl/%s", entry);
	make_link(t->root, rel, target);

	list_devices(t);
	assert_int_equal(t->list.n_devices, 6);
	d = &t->list.devices[2];
	assert_int_equal(d->error.kind, FWCTL_ERR_NONE);
	assert_string_equal(d->driver, driver);
	d = &t->list.devices[5];
	assert_int_equal(d->error.kind, FWCTL_ERR_NONE);
	assert_string_equal(d->name, entry);
	assert_int_equal(d->minor, 20);
}

/*
 * A driver link whose target name no sysfs file can have breaks that one
 * device, and the message names the driver link.
 */
static void test_driver_link_too_long(void **state)
{
	struct fake_tree *t = *state;
	char target[400];

	memcpy(target, "../../../../bus/pci/drivers/", 28);
	fill(target + 28, 'd', 300);
	make_link(
		t->root, "sys/devices/pci0001:00/0001:08:00.0/driver", target);
	expect_one_broken(t, "fwctl2", "0001:08:00.0/driver: readlink:");
}

/* A dev file not exactly "MAJOR:MINOR\n" breaks only its device. */
static void test_malformed_dev_file(void **state)
{
	static const char *const bad[] = {
		"abc",
		"",
		"12",
		"1:2:3",
		"1:",
		":2",
		"-1:2",
		" 1:2",
		"1: 2",
		"1:2x",
		"1:2\n\n",
		"1:-2",
		"0x1:2",
		"4294967296:0",
		"1:000000000000000000000000000002",
	};
	static const char dev[] = "sys/devices/pci0001:00/0001:08:00.0/fwctl/"
				  "fwctl2/dev";
	struct fake_tree *t = *state;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		write_file(t->root, dev, bad[i]);
		expect_one_broken(
			t, "fwctl2", "fwctl2/dev: not in MAJOR:MINOR form");
	}
	write_file(t->root, dev, "240:2");
	list_devices(t);
	assert_int_equal(t->list.devices[2].error.kind, FWCTL_ERR_NONE);
	assert_int_equal(t->list.devices[2].minor, 2);
}

static void test_missing_dev_file(void **state)
{
	struct fake_tree *t = *state;
	char path[PATH_MAX];

	format(path,
	       "%s/sys/devices/pci0000:00/0000:08:00.1/fwctl/fwctl1/dev",
	       t->root);
	assert_int_equal(unlink(path), 0);
	expect_one_broken(t, "fwctl1", "fwctl1/dev: open: No such file");
}

/*
 * DEV still finds a broken device through its parent, and opening it fails
 * with what is wrong with it.
 */
static void test_open_broken_device(void **state)
{
	struct fake_tree *t = *state;
	const struct fwctl_device_desc *d;
	struct fwctl_error err;

	write_file(t->root,
		   "sys/devices/pci0000:00/0000:08:00.1/fwctl/fwctl1/dev",
		   "abc");
	list_devices(t);
	d = resolve_ok(t, "08:00.1");
	assert_string_equal(d->name, "fwctl1");
	assert_int_equal(fwctl_open_device(&t->paths, d, &err), -1);
	assert_int_equal(err.kind, FWCTL_ERR_SYSTEM);
	assert_non_null(strstr(err.message, "not in MAJOR:MINOR form"));
}

static void test_missing_class_is_empty(void **state)
{
	struct fake_tree *t = *state;
	struct fwctl_paths paths = {.sysfs_class = "/nonexistent/fwctl"};
	struct fwctl_error err;

	assert_int_equal(fwctl_list_devices(&paths, &t->list, &err), 0);
	assert_int_equal(t->list.n_devices, 0);
}

static void test_resolve_every_form(void **state)
{
	struct fake_tree *t = *state;

	list_devices(t);
	assert_string_equal(resolve_ok(t, "fwctl1")->name, "fwctl1");
	assert_string_equal(resolve_ok(t, "/dev/fwctl/fwctl2")->name, "fwctl2");
	assert_string_equal(resolve_ok(t, "0000:08:00.1")->name, "fwctl1");
	assert_string_equal(resolve_ok(t, "0001:08:00.0")->name, "fwctl2");
	assert_string_equal(resolve_ok(t, "08:00.1")->name, "fwctl1");
	assert_string_equal(resolve_ok(t, "09:00.0")->name, "fwctl3");
	assert_string_equal(resolve_ok(t, "eth0")->name, "fwctl0");
	assert_string_equal(resolve_ok(t, "ens8f0np0")->name, "fwctl0");
	assert_string_equal(resolve_ok(t, "eth9")->name, "fwctl3");
	assert_string_equal(resolve_ok(t, "mlx5_0")->name, "fwctl0");
	assert_string_equal(resolve_ok(t, "mlx5_1")->name, "fwctl1");
	assert_string_equal(resolve_ok(t, "fwctl10")->name, "fwctl10");
}

/* A node path names the device with its device number, whatever its name. */
static void test_resolve_node_by_number(void **state)
{
	struct fake_tree *t = *state;
	char node[PATH_MAX];

	make_dirs(t->root, "dev/fwctl");
	make_link(t->root, "dev/fwctl/fwctl0", "/dev/null");
	format(node, "%s/dev/fwctl/fwctl0", t->root);
	list_devices(t);
	assert_string_equal(resolve_ok(t, node)->name, "fwctl1");
}

static void expect_resolve_error(struct fake_tree *t, const char *dev,
				 enum fwctl_error_kind kind)
{
	const struct fwctl_device_desc *d = (void *)1;
	struct fwctl_error err;

	assert_int_equal(fwctl_resolve_device(&t->list, dev, &d, &err), -1);
	assert_null(d);
	if (err.kind != kind)
		fail_msg("%s: kind %d, expected %d (%s)",
			 dev,
			 err.kind,
			 kind,
			 err.message);
	assert_non_null(strstr(err.message, dev));
}

static void test_not_found(void **state)
{
	struct fake_tree *t = *state;

	list_devices(t);
	expect_resolve_error(t, "fwctl9", FWCTL_ERR_NOT_FOUND);
	expect_resolve_error(t, "0000:99:00.0", FWCTL_ERR_NOT_FOUND);
	expect_resolve_error(t, "99:00.0", FWCTL_ERR_NOT_FOUND);
	expect_resolve_error(t, "eth7", FWCTL_ERR_NOT_FOUND);
	expect_resolve_error(t, "/dev/fwctl/fwctl9", FWCTL_ERR_NOT_FOUND);
	expect_resolve_error(t, "", FWCTL_ERR_NOT_FOUND);
}

static void test_ambiguous(void **state)
{
	struct fake_tree *t = *state;
	const struct fwctl_device_desc *d;
	struct fwctl_error err;

	list_devices(t);
	/* 0000:08:00.0 and 0001:08:00.0 */
	expect_resolve_error(t, "08:00.0", FWCTL_ERR_AMBIGUOUS);
	/* netdev of fwctl1 and RDMA device of fwctl2 */
	expect_resolve_error(t, "mlx5_2", FWCTL_ERR_AMBIGUOUS);
	fwctl_resolve_device(&t->list, "mlx5_2", &d, &err);
	assert_non_null(strstr(err.message, "fwctl1, fwctl2"));
}

static void test_open_by_char_link(void **state)
{
	struct fake_tree *t = *state;
	struct fwctl_error err;
	int fd;

	list_devices(t);
	fd = fwctl_open_device(&t->paths, resolve_ok(t, "fwctl1"), &err);
	if (fd < 0)
		fail_msg("%s", err.message);
	close(fd);
}

static void test_open_by_scanning_dev_fwctl(void **state)
{
	struct fake_tree *t = *state;
	struct fwctl_error err;
	char rel[PATH_MAX];
	int fd;

	format(rel, "%s/dev/char/%u:%u", t->root, t->null_major, t->null_minor);
	assert_int_equal(unlink(rel), 0);
	make_dirs(t->root, "dev/fwctl");
	make_link(t->root, "dev/fwctl/zero", "/dev/zero");
	make_link(t->root, "dev/fwctl/some-name", "/dev/null");
	list_devices(t);
	fd = fwctl_open_device(&t->paths, resolve_ok(t, "fwctl1"), &err);
	if (fd < 0)
		fail_msg("%s", err.message);
	close(fd);
}

static void test_open_without_node(void **state)
{
	struct fake_tree *t = *state;
	struct fwctl_error err;

	list_devices(t);
	assert_int_equal(
		fwctl_open_device(&t->paths, resolve_ok(t, "fwctl0"), &err),
		-1);
	assert_int_equal(err.kind, FWCTL_ERR_SYSTEM);
	assert_int_equal(err.errnum, ENOENT);
	assert_non_null(strstr(err.message, "240:0"));
}

/* A node that is not fwctl answers the FWCTL ioctls with ENOTTY. */
static void test_ioctl_errno_meaning(void **state)
{
	struct fake_tree *t = *state;
	uint32_t type, len, out_len;
	struct fwctl_error err;
	uint8_t buf[16];
	int fd;

	list_devices(t);
	fd = fwctl_open_device(&t->paths, resolve_ok(t, "fwctl1"), &err);
	assert_true(fd >= 0);
	assert_int_equal(fwctl_info(fd, buf, sizeof(buf), &type, &len, &err),
			 -1);
	assert_int_equal(err.kind, FWCTL_ERR_SYSTEM);
	assert_int_equal(err.errnum, ENOTTY);
	assert_string_equal(err.op, "FWCTL_INFO");
	assert_non_null(strstr(err.message, "no fwctl support"));

	assert_int_equal(fwctl_rpc(fd,
				   0,
				   buf,
				   sizeof(buf),
				   buf,
				   sizeof(buf),
				   &out_len,
				   &err),
			 -1);
	assert_int_equal(err.errnum, ENOTTY);
	assert_string_equal(err.op, "FWCTL_RPC");
	close(fd);
}

static void test_errno_meanings(void **state)
{
	(void)state;
	/* the core's contract (spec/fwctl.yaml), FWCTL_RPC's meaning first */
	assert_non_null(strstr(fwctl_errno_meaning(EPERM), "CAP_SYS_RAWIO"));
	assert_non_null(strstr(fwctl_errno_meaning(ENODEV), "unregistered"));
	assert_non_null(strstr(fwctl_errno_meaning(EMSGSIZE), "2 MiB"));
	assert_non_null(strstr(fwctl_errno_meaning(EOPNOTSUPP), "scope"));
	assert_non_null(strstr(fwctl_errno_meaning(ENOTTY), "fwctl"));
	assert_null(fwctl_errno_meaning(ENOENT));
	/* a driver's rejection errno is the family's, not the core's */
	assert_null(fwctl_errno_meaning(EBADMSG));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_list, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_missing_class_is_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_long_names, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_driver_link_too_long, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_malformed_dev_file, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_missing_dev_file, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_open_broken_device, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_resolve_every_form, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_resolve_node_by_number, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_not_found, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_ambiguous, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_open_by_char_link, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_open_by_scanning_dev_fwctl, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_open_without_node, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_ioctl_errno_meaning, setup, teardown),
		cmocka_unit_test(test_errno_meanings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
