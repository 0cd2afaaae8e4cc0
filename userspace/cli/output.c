// SPDX-License-Identifier: GPL-2.0
/* Option handling, diagnostics and output formats of the fwctl tool. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_common_option(int opt, struct cli_opts *opts, int *help)
{
	switch (opt) {
	case 'j':
		opts->json = 1;
		return 1;
	case 'p':
		opts->pretty = 1;
		return 1;
	case 'n':
		opts->numeric = 1;
		return 1;
	case 'h':
		*help = 1;
		return 1;
	default:
		return 0;
	}
}

struct fwctl_decode_opts cli_decode_opts(const struct cli_opts *opts,
					 const void *request,
					 size_t request_len)
{
	struct fwctl_decode_opts d = {
		.numeric = opts->numeric,
		.request = request,
		.request_len = request_len,
	};

	return d;
}

struct fwctl_paths cli_paths(void)
{
	struct fwctl_paths paths = {
		.sysfs_class = getenv("FWCTL_SYSFS_CLASS"),
		.dev_dir = getenv("FWCTL_DEV_DIR"),
	};

	return paths;
}

int cli_error(int status, const char *fmt, ...)
{
	va_list ap;

	fputs("fwctl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return status;
}

int cli_bad_option(char **argv, const char *usage)
{
	if (optopt && optopt < 256)
		return cli_error(EXIT_USAGE,
				 "bad option '-%c'; usage: %s",
				 optopt,
				 usage);
	return cli_error(EXIT_USAGE,
			 "bad option '%s'; usage: %s",
			 argv[optind - 1],
			 usage);
}

int cli_report(const char *context, const struct fwctl_error *err)
{
	switch (err->kind) {
	case FWCTL_ERR_INPUT:
	case FWCTL_ERR_NOT_FOUND:
	case FWCTL_ERR_AMBIGUOUS:
		return cli_error(EXIT_USAGE, "%s: %s", context, err->message);
	default:
		return cli_error(EXIT_DEVICE, "%s: %s", context, err->message);
	}
}

void cli_print_json(struct json_object *obj, const struct cli_opts *opts)
{
	int flags = opts->pretty
			    ? JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
			    : JSON_C_TO_STRING_PLAIN;

	puts(json_object_to_json_string_ext(
		obj, flags | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(obj);
}

/* Print @obj under "@prefix@sep@name" (no @sep at the top level). */
static void print_flat_child(struct json_object *obj, const char *prefix,
			     const char *sep, const char *name)
{
	size_t len = strlen(prefix) + strlen(sep) + strlen(name) + 1;
	char *path = malloc(len);

	if (!path) {
		cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
		return;
	}
	snprintf(path, len, "%s%s%s", prefix, *prefix ? sep : "", name);
	cli_print_flat(obj, path);
	free(path);
}

void cli_print_flat(struct json_object *obj, const char *prefix)
{
	char index[24]; /* "[" UINT64_MAX "]" */
	size_t i;

	switch (json_object_get_type(obj)) {
	case json_type_object: {
		json_object_object_foreach(obj, key, value)
			print_flat_child(value, prefix, ".", key);
		break;
	}
	case json_type_array:
		for (i = 0; i < json_object_array_length(obj); i++) {
			snprintf(index, sizeof(index), "[%zu]", i);
			print_flat_child(json_object_array_get_idx(obj, i),
					 prefix,
					 "",
					 index);
		}
		break;
	case json_type_string:
		printf("%s: %s\n", prefix, json_object_get_string(obj));
		break;
	default:
		printf("%s: %s\n", prefix, json_object_to_json_string(obj));
		break;
	}
}
