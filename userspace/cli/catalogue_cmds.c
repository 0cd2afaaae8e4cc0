// SPDX-License-Identifier: GPL-2.0
/*
 * "fwctl FAMILY LIST" and "fwctl FAMILY NAME DEV ENTRY ...": the catalogues
 * a family's spec declares (mlx5: caps/cap, regs/reg).  An entry is one case
 * of the selector of a reply field; reading it sets that selector in the
 * request, writing it sends a payload changed by --set.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <fwctl/codec.h>

#include "cli.h"

enum {
	OPT_MAX = 300,
	OPT_SET
};

static const struct option catalogue_long_options[] = {
	CLI_COMMON_LONG_OPTIONS,
	{"max", no_argument, NULL, OPT_MAX},
	{"set", required_argument, NULL, OPT_SET},
	{NULL, 0, NULL, 0},
};

/** struct access - one catalogue entry and how it is asked for */
struct access {
	const struct fwctl_family *family;
	const struct fwctl_catalogue *cat;
	const struct fwctl_command *cmd;
	const struct fwctl_selector *sel;
	const struct fwctl_field *reply_field;
	const struct fwctl_layout *layout; /* of the entry, or NULL */
	const char *member; /* the entry's name in decoded JSON, or NULL */
	const char *name;   /* the entry's enum name, or NULL */
	uint64_t value;
};

static const struct fwctl_layout *in_layout(const struct access *a)
{
	return &a->family->layouts[a->cmd->in_layout];
}

static const struct fwctl_layout *out_layout(const struct access *a)
{
	return &a->family->layouts[a->cmd->out_layout];
}

static const struct fwctl_select_case *find_case(const struct access *a)
{
	uint32_t i;

	for (i = 0; i < a->sel->n_cases; i++)
		if (a->sel->cases[i].value == a->value)
			return &a->sel->cases[i];
	return NULL;
}

/* The layout and JSON name of the case of @a->value, if any. */
static void resolve_case(struct access *a)
{
	const struct fwctl_select_case *c = find_case(a);
	const struct fwctl_layout *u;

	if (!c)
		return;
	if (a->reply_field->is_array) {
		a->layout = &a->family->layouts[c->target];
		a->member = a->layout->name;
	} else {
		u = &a->family->layouts[a->reply_field->layout];
		a->member = u->fields[c->target].name;
		a->layout = &a->family->layouts[u->fields[c->target].layout];
	}
}

static void init_access(struct access *a, const struct fwctl_family *family,
			const struct fwctl_catalogue *cat)
{
	memset(a, 0, sizeof(*a));
	a->family = family;
	a->cat = cat;
	a->cmd = &family->commands[cat->command];
	a->reply_field = &out_layout(a)->fields[cat->reply_field];
	a->sel = a->reply_field->extra->select;
}

/* Entry by enum name (any case, with or without prefix) or number. */
static int find_entry(struct access *a, const char *text)
{
	const struct fwctl_enum *e = &a->family->enums[a->cat->enumeration];
	size_t prefix = strlen(e->prefix);
	char *end;
	uint32_t i;

	if (!strncasecmp(text, e->prefix, prefix))
		text += prefix;
	for (i = 0; i < e->n_entries; i++) {
		if (!strcasecmp(text, e->entries[i].name)) {
			a->name = e->entries[i].name;
			a->value = e->entries[i].value;
			resolve_case(a);
			return EXIT_OK;
		}
	}
	errno = 0;
	a->value = strtoull(text, &end, 0);
	if (errno || !*text || *end)
		return cli_error(EXIT_USAGE,
				 "%s: unknown %s '%s' (see fwctl %s %s)",
				 a->family->name,
				 a->cat->name,
				 text,
				 a->family->name,
				 a->cat->list_name);
	resolve_case(a);
	return EXIT_OK;
}

static void set_values(const struct fwctl_field_value *v, uint8_t n,
		       uint8_t *buf)
{
	uint8_t i;

	for (i = 0; i < n; i++)
		fwctl_set_bits(buf,
			       v[i].loc.byte_order,
			       v[i].loc.bit_offset,
			       v[i].loc.bit_width,
			       v[i].value);
}

/* Put the entry's value in the request field of the selector. */
static void set_selector(const struct access *a, uint8_t *in)
{
	const struct fwctl_field_loc *by = &a->sel->by;
	uint64_t low =
		fwctl_get_bits(
			in, by->byte_order, by->bit_offset, by->bit_width) &
		((1ULL << a->sel->shift) - 1);

	fwctl_set_bits(in,
		       by->byte_order,
		       by->bit_offset,
		       by->bit_width,
		       a->value << a->sel->shift | low);
}

/* "PAYLOAD.LAYOUT.FIELD=VALUE" for the request payload (malloc'd). */
static char *payload_assignment(const struct access *a, const char *arg)
{
	const char *payload =
		in_layout(a)->fields[a->cat->request_payload].name;
	size_t len =
		strlen(payload) + strlen(a->layout->name) + strlen(arg) + 3;
	char *text = malloc(len);

	if (text)
		snprintf(text, len, "%s.%s.%s", payload, a->layout->name, arg);
	return text;
}

static int is_index(const struct fwctl_field *f)
{
	return f->extra && f->extra->is_index;
}

/* Whether the field "NAME=VALUE" names is an index field of the entry. */
static int names_index(const struct access *a, const char *arg)
{
	char *name = strndup(arg, strcspn(arg, "="));
	struct fwctl_field_ref ref;
	struct fwctl_error err;
	int found;

	found = name &&
		!fwctl_resolve_path(a->family, a->layout, name, &ref, &err) &&
		is_index(ref.field);
	free(name);
	return found;
}

/*
 * Check index=VALUE arguments: each names an index field of the entry,
 * and every index field is given.
 */
static int check_indexes(const struct access *a, char **args, int n)
{
	uint32_t i, missing = 0;
	int k, given;

	for (k = 0; k < n; k++) {
		if (!strchr(args[k], '=') || !names_index(a, args[k]))
			return cli_error(EXIT_USAGE,
					 "%s %s: '%s' is not index=VALUE for "
					 "an index field of %s",
					 a->cat->name,
					 a->name ? a->name : "",
					 args[k],
					 a->layout->name);
	}
	for (i = 0; i < a->layout->n_fields; i++) {
		const struct fwctl_field *f = &a->layout->fields[i];
		size_t len = strlen(f->name);

		if (!is_index(f))
			continue;
		for (given = 0, k = 0; k < n && !given; k++)
			given = !strncmp(args[k], f->name, len) &&
				args[k][len] == '=';
		if (!given && !missing++)
			cli_error(EXIT_USAGE,
				  "%s %s: index %s (%u bits) missing",
				  a->cat->name,
				  a->name ? a->name : "",
				  f->name,
				  f->bit_width);
	}
	return missing ? EXIT_USAGE : EXIT_OK;
}

/* Apply "FIELD=VALUE" arguments of the entry to its request payload. */
static int apply_payload(const struct access *a, uint8_t **in, size_t *len,
			 char **args, int n)
{
	int k, ret = EXIT_OK;
	char *text;

	for (k = 0; k < n && !ret; k++) {
		text = payload_assignment(a, args[k]);
		if (!text)
			return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
		ret = cli_apply_assignments(
			a->family, in_layout(a), in, len, &text, 1);
		free(text);
	}
	return ret;
}

/* Make room for the whole payload of the entry in the request. */
static int size_payload(const struct access *a, struct fwctl_request *req)
{
	const struct fwctl_field *pf =
		&in_layout(a)->fields[a->cat->request_payload];
	size_t need = pf->bit_offset / 8 + fwctl_layout_bytes(a->layout);
	uint8_t *bigger;

	if (need <= req->in_len)
		return EXIT_OK;
	bigger = realloc(req->in, need);
	if (!bigger)
		return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
	memset(bigger + req->in_len, 0, need - req->in_len);
	req->in = bigger;
	req->in_len = need;
	return EXIT_OK;
}

/* The request of a read (@values: read or max) or a write. */
static int build(const struct access *a, const struct fwctl_field_value *v,
		 uint8_t n_values, char **indexes, int n_indexes,
		 struct fwctl_request *req)
{
	int ret;

	ret = cli_build_request(a->family, a->cmd, NULL, 0, req);
	if (ret)
		return ret;
	set_values(v, n_values, req->in);
	set_selector(a, req->in);
	if (a->cat->request_payload >= 0 && a->layout)
		ret = size_payload(a, req);
	if (!ret && a->cat->request_payload >= 0 && a->layout)
		ret = apply_payload(
			a, &req->in, &req->in_len, indexes, n_indexes);
	if (ret)
		return ret;
	return cli_choose_scope(a->family, req, NULL);
}

/* Send @req on @fd; the reply in *out (@out_len bytes). */
static int send_request(const struct access *a, int fd,
			struct fwctl_request *req, uint8_t **out,
			uint32_t *out_len)
{
	uint32_t size = (uint32_t)fwctl_layout_bytes(out_layout(a)) +
			(a->layout && a->reply_field->is_array
				 ? (uint32_t)fwctl_layout_bytes(a->layout)
				 : 0);
	struct fwctl_error err;
	int ret;

	if (!a->layout)
		size += CLI_OPEN_RESPONSE_BYTES;
	*out = calloc(1, size);
	if (!*out)
		return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
	ret = cli_send(a->family, fd, req, *out, size, out_len);
	if (ret)
		return ret;
	if (fwctl_check_fw_status(a->family, *out, *out_len, &err))
		return cli_report(a->cmd->name, &err);
	/* a known payload decodes whole (calloc zeroed what did not come) */
	if (a->layout)
		*out_len = size;
	return EXIT_OK;
}

/* The entry's object from a decoded reply (a new reference), or NULL. */
static struct json_object *entry_json(const struct access *a,
				      const struct fwctl_request *req,
				      const uint8_t *out, uint32_t out_len,
				      const struct cli_opts *opts)
{
	struct fwctl_decode_opts d =
		cli_decode_opts(opts, req->in, req->in_len);
	struct json_object *obj, *field, *entry = NULL;
	struct fwctl_error err;

	obj = fwctl_decode_json_opts(
		a->family, out_layout(a), out, out_len, &d, &err);
	if (!obj) {
		cli_report(a->cmd->name, &err);
		return NULL;
	}
	if (json_object_object_get_ex(obj, a->reply_field->name, &field)) {
		if (!a->member ||
		    !json_object_object_get_ex(field, a->member, &entry))
			entry = field; /* raw bytes of an undescribed entry */
		json_object_get(entry);
	}
	json_object_put(obj);
	return entry;
}

/** struct entry_args - the command line of "NAME DEV ENTRY ..." */
struct entry_args {
	const char *dev, *entry;
	char **indexes;
	int n_indexes;
	char **sets;
	int n_sets;
	int max;
};

/* Read the entry on @fd: *out and *out_len hold the reply. */
static int read_entry(const struct access *a, int fd,
		      const struct entry_args *e, struct fwctl_request *req,
		      uint8_t **out, uint32_t *out_len)
{
	const struct fwctl_catalogue *cat = a->cat;
	int ret;

	ret = build(a,
		    e->max ? cat->max : cat->read,
		    e->max ? cat->n_max : cat->n_read,
		    e->indexes,
		    e->n_indexes,
		    req);
	return ret ? ret : send_request(a, fd, req, out, out_len);
}

/* Check --set FIELD=VALUE on a scratch payload before anything is sent. */
static int check_sets(const struct access *a, const struct entry_args *e)
{
	size_t len = fwctl_layout_bytes(a->layout);
	uint8_t *scratch = calloc(1, len ? len : 1);
	struct fwctl_error err;
	int k, ret = EXIT_OK;

	if (!scratch)
		return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
	for (k = 0; k < e->n_sets && !ret; k++) {
		if (strchr(e->sets[k], '=') && names_index(a, e->sets[k]))
			ret = cli_error(EXIT_USAGE,
					"--set %s: an index field; give it "
					"as index=VALUE",
					e->sets[k]);
		else if (fwctl_assign(a->family,
				      a->layout,
				      scratch,
				      len,
				      e->sets[k],
				      &err))
			ret = cli_report(a->layout->name, &err);
	}
	free(scratch);
	return ret;
}

/* Write the payload of @reply changed by --set; then the caller re-reads. */
static int write_entry(const struct access *a, int fd,
		       const struct entry_args *e, const uint8_t *reply)
{
	const struct fwctl_layout *in = in_layout(a);
	const struct fwctl_field *pf = &in->fields[a->cat->request_payload];
	size_t bytes = fwctl_layout_bytes(a->layout);
	struct fwctl_request req = {0};
	struct fwctl_error err;
	uint8_t *out = NULL;
	uint32_t out_len;
	int k, ret;

	ret = build(a,
		    a->cat->write,
		    a->cat->n_write,
		    e->indexes,
		    e->n_indexes,
		    &req);
	if (!ret) {
		memcpy(req.in + pf->bit_offset / 8,
		       reply + a->reply_field->bit_offset / 8,
		       bytes);
		for (k = 0; k < e->n_sets && !ret; k++)
			if (fwctl_assign(a->family,
					 a->layout,
					 req.in + pf->bit_offset / 8,
					 bytes,
					 e->sets[k],
					 &err))
				ret = cli_report(a->layout->name, &err);
	}
	if (!ret)
		ret = send_request(a, fd, &req, &out, &out_len);
	free(out);
	free(req.in);
	return ret;
}

static int print_entry(const struct access *a, const struct fwctl_request *req,
		       const uint8_t *out, uint32_t out_len,
		       struct cli_opts *opts)
{
	struct json_object *entry = entry_json(a, req, out, out_len, opts);

	if (!entry)
		return EXIT_DEVICE;
	if (opts->json) {
		cli_print_json(entry, opts);
	} else {
		cli_print_flat(entry, "");
		json_object_put(entry);
	}
	return EXIT_OK;
}

static int run_entry(const struct access *a, const struct entry_args *e,
		     struct cli_opts *opts)
{
	struct fwctl_request req = {0};
	uint8_t *out = NULL;
	uint32_t out_len = 0;
	int fd, ret;

	if (a->cat->request_payload >= 0 && a->layout)
		ret = check_indexes(a, e->indexes, e->n_indexes);
	else
		ret = e->n_indexes ? cli_error(EXIT_USAGE,
					       "%s takes no index arguments",
					       a->cat->name)
				   : EXIT_OK;
	if (!ret && e->n_sets && (!a->cat->write || !a->layout))
		ret = cli_error(EXIT_USAGE,
				"%s %s cannot be written by field",
				a->cat->name,
				e->entry);
	if (!ret && e->n_sets)
		ret = check_sets(a, e);
	if (!ret && e->max && !a->cat->max)
		ret = cli_error(EXIT_USAGE, "%s takes no --max", a->cat->name);
	if (ret)
		return ret;
	fd = cli_open_device(a->family, e->dev);
	if (fd < 0)
		return -fd;
	ret = read_entry(a, fd, e, &req, &out, &out_len);
	if (!ret && e->n_sets) {
		ret = write_entry(a, fd, e, out);
		free(out);
		free(req.in);
		out = NULL;
		req.in = NULL;
		if (!ret)
			ret = read_entry(a, fd, e, &req, &out, &out_len);
	}
	if (!ret)
		ret = print_entry(a, &req, out, out_len, opts);
	close(fd);
	free(out);
	free(req.in);
	return ret;
}

static struct json_object *index_names(const struct fwctl_layout *l)
{
	struct json_object *arr = json_object_new_array();
	uint32_t i;

	for (i = 0; l && i < l->n_fields; i++)
		if (is_index(&l->fields[i]))
			json_object_array_add(
				arr, json_object_new_string(l->fields[i].name));
	return arr;
}

static int list_entries(const struct fwctl_family *family,
			const struct fwctl_catalogue *cat,
			struct cli_opts *opts)
{
	const struct fwctl_enum *e = &family->enums[cat->enumeration];
	struct json_object *arr = json_object_new_array(), *row, *idx;
	struct access a;
	uint32_t i;

	for (i = 0; i < e->n_entries; i++) {
		init_access(&a, family, cat);
		a.value = e->entries[i].value;
		resolve_case(&a);
		row = json_object_new_object();
		json_object_object_add(
			row,
			"name",
			json_object_new_string(e->entries[i].name));
		json_object_object_add(
			row, "value", json_object_new_uint64(a.value));
		json_object_object_add(
			row,
			"layout",
			a.layout ? json_object_new_string(a.layout->name)
				 : NULL);
		json_object_object_add(
			row,
			"bytes",
			a.layout ? json_object_new_uint64(
					   fwctl_layout_bytes(a.layout))
				 : NULL);
		if (cat->request_payload >= 0)
			json_object_object_add(
				row, "index", index_names(a.layout));
		json_object_array_add(arr, row);
	}
	if (opts->json) {
		cli_print_json(arr, opts);
		return EXIT_OK;
	}
	for (i = 0; i < json_object_array_length(arr); i++) {
		row = json_object_array_get_idx(arr, i);
		printf("%-24s 0x%04llx %s",
		       json_object_get_string(
			       json_object_object_get(row, "name")),
		       (unsigned long long)json_object_get_uint64(
			       json_object_object_get(row, "value")),
		       json_object_object_get(row, "layout")
			       ? json_object_get_string(
					 json_object_object_get(row, "layout"))
			       : "(hex)");
		if (json_object_object_get_ex(row, "index", &idx) &&
		    json_object_array_length(idx))
			printf("  index: %s",
			       json_object_to_json_string_ext(
				       idx, JSON_C_TO_STRING_PLAIN));
		putchar('\n');
	}
	json_object_put(arr);
	return EXIT_OK;
}

static int parse_entry_args(const struct fwctl_catalogue *cat, int argc,
			    char **argv, struct cli_opts *opts,
			    struct entry_args *e, char **sets)
{
	int opt, help = 0;

	optind = 0;
	while ((opt = getopt_long(argc,
				  argv,
				  CLI_COMMON_SHORT_OPTIONS,
				  catalogue_long_options,
				  NULL)) != -1) {
		if (cli_common_option(opt, opts, &help))
			continue;
		if (opt == OPT_MAX)
			e->max = 1;
		else if (opt == OPT_SET)
			sets[e->n_sets++] = optarg;
		else
			return cli_bad_option(argv, cat->name);
	}
	if (help) {
		printf("Usage: fwctl FAMILY %s DEV NAME [index=VALUE ...] "
		       "[--set FIELD=VALUE ...] [--max] [-j] [-p] [-n]\n",
		       cat->name);
		return EXIT_OK;
	}
	if (argc - optind < 2)
		return cli_error(EXIT_USAGE,
				 "usage: fwctl FAMILY %s DEV NAME "
				 "[index=VALUE ...] [--set FIELD=VALUE ...]",
				 cat->name);
	e->dev = argv[optind];
	e->entry = argv[optind + 1];
	e->indexes = argv + optind + 2;
	e->n_indexes = argc - optind - 2;
	e->sets = sets;
	return -1;
}

int cli_catalogue_main(const struct fwctl_family *family,
		       const struct fwctl_catalogue *cat, int list, int argc,
		       char **argv, struct cli_opts *opts)
{
	struct entry_args e = {0};
	struct access a;
	char **sets;
	int ret, opt, help = 0;

	if (list) {
		optind = 0;
		while ((opt = getopt_long(argc,
					  argv,
					  CLI_COMMON_SHORT_OPTIONS,
					  catalogue_long_options,
					  NULL)) != -1)
			if (!cli_common_option(opt, opts, &help))
				return cli_bad_option(argv, cat->list_name);
		if (optind < argc)
			return cli_error(EXIT_USAGE,
					 "%s takes no arguments",
					 cat->list_name);
		return help ? EXIT_OK : list_entries(family, cat, opts);
	}
	sets = calloc((size_t)argc, sizeof(*sets));
	if (!sets)
		return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
	ret = parse_entry_args(cat, argc, argv, opts, &e, sets);
	if (ret < 0) {
		init_access(&a, family, cat);
		ret = find_entry(&a, e.entry);
		if (!ret)
			ret = run_entry(&a, &e, opts);
	}
	free(sets);
	return ret;
}
