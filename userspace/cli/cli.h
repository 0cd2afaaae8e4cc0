/* SPDX-License-Identifier: GPL-2.0 */
/* Shared declarations of the fwctl command line tool. */
#ifndef _FWCTL_CLI_H
#define _FWCTL_CLI_H

#include <stdio.h>

#include <json-c/json.h>

#include <fwctl/codec.h>
#include <fwctl/libfwctl.h>

/* Exit statuses (DESIGN contract C4). */
enum cli_exit {
	EXIT_OK = 0,
	EXIT_DEVICE = 1, /* the device or its firmware reported a failure */
	EXIT_USAGE = 2,	 /* bad command line or input */
};

/** struct cli_opts - options every subcommand accepts */
struct cli_opts {
	int json;    /* -j: JSON on stdout */
	int pretty;  /* -p: indented JSON */
	int numeric; /* -n: numbers, not enum names */
};

/* Long options shared by every subcommand (-j, -p, -n, -h). */
/* clang-format off */
#define CLI_COMMON_LONG_OPTIONS				\
	{ "json", no_argument, NULL, 'j' },		\
	{ "pretty", no_argument, NULL, 'p' },		\
	{ "numeric", no_argument, NULL, 'n' },		\
	{ "help", no_argument, NULL, 'h' }
/* clang-format on */
#define CLI_COMMON_SHORT_OPTIONS "jpnh"

/*
 * Handle -j, -p, -n and -h for @opt; returns 1 when handled, 0 when @opt is not
 * a common option.  Sets *help for -h.
 */
int cli_common_option(int opt, struct cli_opts *opts, int *help);

/* Where to look for devices: $FWCTL_SYSFS_CLASS, $FWCTL_DEV_DIR or defaults. */
struct fwctl_paths cli_paths(void);

/* Print "fwctl: " and a message on stderr; returns @status. */
int cli_error(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Report the option getopt_long() just rejected (or one the subcommand does
 * not take) with @usage; returns EXIT_USAGE.
 */
int cli_bad_option(char **argv, const char *usage);

/* Exit status for a libfwctl error, after printing it on stderr. */
int cli_report(const char *context, const struct fwctl_error *err);

/* Print @obj as JSON (indented with -p) and release it. */
void cli_print_json(struct json_object *obj, const struct cli_opts *opts);

/* How @opts asks for decoded buffers (numbers or names), with @request. */
struct fwctl_decode_opts cli_decode_opts(const struct cli_opts *opts,
					 const void *request,
					 size_t request_len);

/* Print @obj as "path: value" lines, one per leaf. */
void cli_print_flat(struct json_object *obj, const char *prefix);

/* A scope's name as JSON, or null for FWCTL_SCOPE_DENIED. */
struct json_object *cli_scope_json(int scope);

/*
 * Apply "path=value" arguments to *buf; an element of a variable layout's
 * flexible array grows it.  Returns the exit status.
 */
int cli_apply_assignments(const struct fwctl_family *family,
			  const struct fwctl_layout *layout, uint8_t **buf,
			  size_t *len, char **assignments, int n);

/*
 * fwctl_request_build_command() that reports a failure; returns the exit
 * status.
 */
int cli_build_request(const struct fwctl_family *family,
		      const struct fwctl_command *cmd, char **assignments,
		      int n, struct fwctl_request *req);

/* The command @name of @family, or NULL after an error message. */
const struct fwctl_command *cli_find_command(const struct fwctl_family *family,
					     const char *name);

/*
 * Choose the scope of @req: --scope @requested as given, else the lowest
 * the catalogue allows for its op_mod, refusing one that taints.
 */
int cli_choose_scope(const struct fwctl_family *family,
		     struct fwctl_request *req, const char *requested);

/* Open DEV and check that it belongs to @family; returns fd or -exit. */
int cli_open_device(const struct fwctl_family *family, const char *dev);

/*
 * Send @req on @fd (warning first when its scope taints); the reply in @out.
 * A failure is reported, the family's rejection errno by name; returns the
 * exit status.
 */
int cli_send(const struct fwctl_family *family, int fd,
	     const struct fwctl_request *req, void *out, uint32_t out_size,
	     uint32_t *out_len);

/*
 * Response buffer for replies whose layout the spec leaves opaque or ends
 * in a flexible array (unless the layout alone is larger).
 */
#define CLI_OPEN_RESPONSE_BYTES 4096

/*
 * Run a catalogue command of @family: "LIST" (@list) or "NAME DEV ENTRY
 * ..."; argv[0] is the command.
 */
int cli_catalogue_main(const struct fwctl_family *family,
		       const struct fwctl_catalogue *cat, int list, int argc,
		       char **argv, struct cli_opts *opts);

/* Run "fwctl FAMILY ..." for @family; argv[0] is the family name. */
int cli_family_main(const struct fwctl_family *family, int argc, char **argv,
		    struct cli_opts *opts);

#endif /* _FWCTL_CLI_H */
