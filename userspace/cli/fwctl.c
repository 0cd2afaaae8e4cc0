// SPDX-License-Identifier: GPL-2.0
/*
 * fwctl: list fwctl devices, show their device data, and run firmware
 * commands of a device family described by the spec.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fwctl/codec.h>
#include <fwctl/reflect.h>

#include "cli.h"

static const struct option common_long_options[] = {
	CLI_COMMON_LONG_OPTIONS,
	{NULL, 0, NULL, 0},
};

static void usage(FILE *f)
{
	const struct fwctl_family *fam;
	uint32_t i;

	fputs("Usage: fwctl [-j] [-p] COMMAND [ARGS]\n"
	      "\n"
	      "Commands:\n"
	      "  list                     list fwctl devices\n"
	      "  info DEV                 show the device type and device "
	      "data\n",
	      f);
	for (i = 0; (fam = fwctl_family_at(i)); i++)
		fprintf(f,
			"  %-24s catalog, run, encode, decode (see fwctl %s "
			"--help)\n",
			fam->name,
			fam->name);
	fputs("\n"
	      "DEV is fwctlN, /dev/fwctl/fwctlN, a PCI address (0000:08:00.0 "
	      "or\n"
	      "08:00.0), a network interface or an RDMA device name.\n"
	      "\n"
	      "Options:\n"
	      "  -j, --json     print JSON\n"
	      "  -p, --pretty   indent JSON\n"
	      "  -h, --help     show help (also after each command)\n"
	      "\n"
	      "Environment: FWCTL_SYSFS_CLASS (default /sys/class/fwctl) and\n"
	      "FWCTL_DEV_DIR (default /dev) say where devices are looked up.\n"
	      "Exit status: 0 success, 1 device or firmware failure, 2 usage "
	      "or\n"
	      "input error.\n",
	      f);
}

/*
 * Parse the common options of a subcommand that takes exactly @n_args
 * positional arguments; prints @help_text for -h.  Returns -1 to go on, or
 * the exit status.
 */
static int parse_simple(int argc, char **argv, int n_args,
			const char *help_text, struct cli_opts *opts)
{
	int opt, help = 0;

	optind = 0;
	while ((opt = getopt_long(argc,
				  argv,
				  CLI_COMMON_SHORT_OPTIONS,
				  common_long_options,
				  NULL)) != -1) {
		if (!cli_common_option(opt, opts, &help))
			return cli_bad_option(argv, help_text);
	}
	if (help) {
		printf("Usage: %s\n", help_text);
		return EXIT_OK;
	}
	if (argc - optind != n_args)
		return cli_error(EXIT_USAGE, "usage: %s", help_text);
	return -1;
}

static struct json_object *names_json(char *const *names, size_t n)
{
	struct json_object *arr = json_object_new_array();
	size_t i;

	for (i = 0; i < n; i++)
		json_object_array_add(arr, json_object_new_string(names[i]));
	return arr;
}

static struct json_object *string_or_null(const char *s)
{
	return *s ? json_object_new_string(s) : NULL;
}

/*
 * The device type FWCTL_INFO reports for @d, or FWCTL_DEVICE_TYPE_ERROR (0)
 * when the device cannot be opened or queried (no permission, going away):
 * sysfs does not hold the type.
 */
static uint32_t device_type_of(const struct fwctl_paths *paths,
			       const struct fwctl_device_desc *d)
{
	struct fwctl_device_info info;
	struct fwctl_error err;
	uint32_t type = 0;
	int fd = fwctl_open_device(paths, d, &err);

	if (fd < 0)
		return 0;
	if (!fwctl_query_info(fd, 0, &info, &err)) {
		type = info.device_type;
		fwctl_device_info_free(&info);
	}
	close(fd);
	return type;
}

/* @type's name as JSON: its name, its number when unnamed, null when 0. */
static struct json_object *type_json(uint32_t type)
{
	const char *name = fwctl_device_type_name(type);

	if (!type)
		return NULL;
	return name ? json_object_new_string(name)
		    : json_object_new_int64((int64_t)type);
}

static struct json_object *device_json(const struct fwctl_device_desc *d,
				       uint32_t type)
{
	struct json_object *obj = json_object_new_object();
	char dev[32];

	snprintf(dev, sizeof(dev), "%u:%u", d->major, d->minor);
	json_object_object_add(obj, "name", json_object_new_string(d->name));
	json_object_object_add(obj, "type", type_json(type));
	json_object_object_add(obj, "dev", json_object_new_string(dev));
	json_object_object_add(obj, "parent", string_or_null(d->parent));
	json_object_object_add(
		obj, "pci_address", string_or_null(d->pci_address));
	json_object_object_add(obj, "driver", string_or_null(d->driver));
	json_object_object_add(
		obj, "netdevs", names_json(d->netdevs, d->n_netdevs));
	json_object_object_add(
		obj, "rdma_devs", names_json(d->rdma_devs, d->n_rdma_devs));
	return obj;
}

static void print_names(const char *label, char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		printf(" %s %s", label, names[i]);
}

static void print_device_line(const struct fwctl_device_desc *d, uint32_t type)
{
	const char *name = fwctl_device_type_name(type);

	printf("%s:", d->name);
	if (name && type)
		printf(" type %s", name);
	else if (type)
		printf(" type %u", type);
	printf(" dev %u:%u", d->major, d->minor);
	if (d->pci_address[0])
		printf(" pci %s", d->pci_address);
	else if (d->parent[0])
		printf(" parent %s", d->parent);
	if (d->driver[0])
		printf(" driver %s", d->driver);
	print_names("netdev", d->netdevs, d->n_netdevs);
	print_names("rdma", d->rdma_devs, d->n_rdma_devs);
	putchar('\n');
}

/*
 * Healthy devices go to stdout, with the device type FWCTL_INFO reports
 * when the device can be opened; each entry that could not be read is
 * reported on stderr and the others are still listed.
 */
static int cmd_list(int argc, char **argv, struct cli_opts *opts)
{
	struct fwctl_paths paths = cli_paths();
	const struct fwctl_device_desc *d;
	struct fwctl_device_list list;
	struct fwctl_error err;
	struct json_object *arr;
	uint32_t type;
	size_t i;
	int ret = parse_simple(argc, argv, 0, "fwctl list [-j] [-p]", opts);

	if (ret >= 0)
		return ret;
	if (fwctl_list_devices(&paths, &list, &err))
		return cli_report("list", &err);
	arr = opts->json ? json_object_new_array() : NULL;
	for (i = 0; i < list.n_devices; i++) {
		d = &list.devices[i];
		if (d->error.kind != FWCTL_ERR_NONE) {
			cli_report(d->name, &d->error);
			continue;
		}
		type = device_type_of(&paths, d);
		if (arr)
			json_object_array_add(arr, device_json(d, type));
		else
			print_device_line(d, type);
	}
	if (arr)
		cli_print_json(arr, opts);
	fwctl_device_list_free(&list);
	return EXIT_OK;
}

static char *hex_string(const void *data, size_t len)
{
	const unsigned char *b = data;
	char *s = malloc(2 * len + 1);
	size_t i;

	if (!s)
		return NULL;
	s[0] = '\0';
	for (i = 0; i < len; i++)
		sprintf(s + 2 * i, "%02x", b[i]);
	return s;
}

/* The device data decoded with its family's info layout, or NULL. */
static struct json_object *
decode_device_data(const struct fwctl_device_info *info)
{
	const struct fwctl_family *fam =
		fwctl_family_by_device_type(info->device_type);
	struct fwctl_error err;

	if (!fam || fam->info_layout < 0)
		return NULL;
	return fwctl_decode_json(fam,
				 &fam->layouts[fam->info_layout],
				 info->data,
				 info->data_len,
				 &err);
}

static void print_info(const struct fwctl_device_desc *d,
		       const struct fwctl_device_info *info,
		       const struct cli_opts *opts)
{
	const char *type_name = fwctl_device_type_name(info->device_type);
	char *data = hex_string(info->data, info->data_len);
	struct json_object *fields = decode_device_data(info);
	struct json_object *obj;

	if (opts->json) {
		obj = device_json(d, info->device_type);
		json_object_object_add(
			obj,
			"device_type",
			json_object_new_uint64(info->device_type));
		json_object_object_add(
			obj,
			"device_type_name",
			type_name ? json_object_new_string(type_name) : NULL);
		json_object_object_add(obj,
				       "device_data",
				       data ? json_object_new_string(data)
					    : NULL);
		if (fields)
			json_object_object_add(
				obj, "device_info", json_object_get(fields));
		cli_print_json(obj, opts);
	} else {
		print_device_line(d, info->device_type);
		printf("device type: %s (%u)\n",
		       type_name ? type_name : "unknown",
		       info->device_type);
		printf("device data: %s\n", data ? data : "");
		if (fields) {
			json_object_object_foreach(fields, key, val) printf(
				"  %s: %s\n", key, json_object_get_string(val));
		}
	}
	json_object_put(fields);
	free(data);
}

static int cmd_info(int argc, char **argv, struct cli_opts *opts)
{
	struct fwctl_paths paths = cli_paths();
	const struct fwctl_device_desc *desc;
	struct fwctl_device_list list;
	struct fwctl_device_info info;
	struct fwctl_error err;
	int fd, ret = parse_simple(
			argc, argv, 1, "fwctl info DEV [-j] [-p]", opts);

	if (ret >= 0)
		return ret;
	if (fwctl_list_devices(&paths, &list, &err))
		return cli_report("info", &err);
	if (fwctl_resolve_device(&list, argv[optind], &desc, &err)) {
		ret = cli_report("info", &err);
	} else if ((fd = fwctl_open_device(&paths, desc, &err)) < 0) {
		ret = cli_report(desc->name, &err);
	} else {
		if (fwctl_query_info(fd, 0, &info, &err)) {
			ret = cli_report(desc->name, &err);
		} else {
			print_info(desc, &info, opts);
			fwctl_device_info_free(&info);
			ret = EXIT_OK;
		}
		close(fd);
	}
	fwctl_device_list_free(&list);
	return ret;
}

int main(int argc, char **argv)
{
	const struct fwctl_family *fam;
	struct cli_opts opts = {0};
	const char *command;
	int opt, help = 0;

	opterr = 0; /* cli_bad_option() reports with the usage */
	while ((opt = getopt_long(argc,
				  argv,
				  "+" CLI_COMMON_SHORT_OPTIONS,
				  common_long_options,
				  NULL)) != -1) {
		if (!cli_common_option(opt, &opts, &help))
			return cli_bad_option(argv, "fwctl [-j] [-p] COMMAND");
	}
	if (help) {
		usage(stdout);
		return EXIT_OK;
	}
	if (optind >= argc)
		return cli_error(EXIT_USAGE,
				 "missing command (see fwctl --help)");
	command = argv[optind];
	argc -= optind;
	argv += optind;
	if (!strcmp(command, "list"))
		return cmd_list(argc, argv, &opts);
	if (!strcmp(command, "info"))
		return cmd_info(argc, argv, &opts);
	fam = fwctl_family_by_name(command);
	if (fam)
		return cli_family_main(fam, argc, argv, &opts);
	return cli_error(
		EXIT_USAGE, "unknown command '%s' (see fwctl --help)", command);
}
