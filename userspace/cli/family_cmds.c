// SPDX-License-Identifier: GPL-2.0
/*
 * "fwctl FAMILY catalog|run|encode|decode": the commands that work on any
 * device family through its reflection data.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fwctl/codec.h>

#include "cli.h"

enum {
	OPT_SCOPE = 256,
	OPT_BINARY,
	OPT_COMMAND,
	OPT_PAYLOAD,
	OPT_REPLY
};

static const struct option family_long_options[] = {
	CLI_COMMON_LONG_OPTIONS,
	{"scope", required_argument, NULL, OPT_SCOPE},
	{"binary", no_argument, NULL, OPT_BINARY},
	{"command", required_argument, NULL, OPT_COMMAND},
	{"payload", required_argument, NULL, OPT_PAYLOAD},
	{"reply", required_argument, NULL, OPT_REPLY},
	{NULL, 0, NULL, 0},
};

/** struct sub_args - parsed command line of a family subcommand */
struct sub_args {
	const char *scope;   /* --scope NAME, or NULL */
	const char *command; /* --command NAME, or NULL */
	const char *payload; /* --payload LAYOUT, or NULL */
	const char *reply;   /* --reply LAYOUT, or NULL */
	int binary;	     /* --binary */
	char **pos;	     /* positional arguments */
	int n_pos;
};

/** struct subcommand - one "fwctl FAMILY NAME" command */
struct subcommand {
	const char *name;
	const char *usage;    /* after "fwctl FAMILY " */
	const char *help;     /* what it does */
	int min_pos, max_pos; /* positional arguments; max -1 = any */
	unsigned int allowed; /* which of OPT_SCOPE/OPT_BINARY it takes */
	int (*run)(const struct fwctl_family *family, struct sub_args *args,
		   struct cli_opts *opts);
};

#define ALLOW(opt) (1u << ((opt)-OPT_SCOPE))

/* names of the firmware scope maps at @idx (indexes into the family's) */
static struct json_object *map_names_json(const struct fwctl_family *family,
					  const uint8_t *idx, unsigned int n)
{
	struct json_object *arr = json_object_new_array();
	unsigned int i;

	for (i = 0; i < n; i++)
		json_object_array_add(
			arr,
			json_object_new_string(
				family->firmware_scopes[idx[i]].name));
	return arr;
}

static struct json_object *command_json(const struct fwctl_family *family,
					const struct fwctl_command *cmd)
{
	struct json_object *obj = json_object_new_object(), *rules;
	unsigned int i;

	json_object_object_add(obj, "name", json_object_new_string(cmd->name));
	json_object_object_add(
		obj, "opcode", json_object_new_uint64(cmd->opcode));
	json_object_object_add(
		obj, "min_scope", cli_scope_json(cmd->min_scope));
	if (cmd->n_firmware_scopes)
		json_object_object_add(obj,
				       "firmware_scopes",
				       map_names_json(family,
						      cmd->firmware_scopes,
						      cmd->n_firmware_scopes));
	if (!cmd->n_op_mod_rules)
		return obj;
	rules = json_object_new_array();
	for (i = 0; i < cmd->n_op_mod_rules; i++) {
		struct json_object *rule = json_object_new_object();

		json_object_object_add(
			rule,
			"op_mod",
			json_object_new_uint64(cmd->op_mod_rules[i].op_mod));
		json_object_object_add(
			rule,
			"min_scope",
			cli_scope_json(cmd->op_mod_rules[i].min_scope));
		json_object_array_add(rules, rule);
	}
	json_object_object_add(obj, "op_mod_rules", rules);
	return obj;
}

static int run_catalog(const struct fwctl_family *family, struct sub_args *args,
		       struct cli_opts *opts)
{
	struct json_object *arr;
	uint32_t i;
	unsigned int r;

	(void)args;
	if (opts->json) {
		arr = json_object_new_array();
		for (i = 0; i < family->n_commands; i++)
			json_object_array_add(
				arr,
				command_json(family, &family->commands[i]));
		cli_print_json(arr, opts);
		return EXIT_OK;
	}
	for (i = 0; i < family->n_commands; i++) {
		const struct fwctl_command *cmd = &family->commands[i];

		printf("%-40s 0x%04x %s",
		       cmd->name,
		       cmd->opcode,
		       fwctl_scope_name(cmd->min_scope));
		for (r = 0; r < cmd->n_op_mod_rules; r++)
			printf(", op_mod %u: %s",
			       cmd->op_mod_rules[r].op_mod,
			       fwctl_scope_name(
				       cmd->op_mod_rules[r].min_scope));
		for (r = 0; r < cmd->n_firmware_scopes; r++)
			printf(", then map %s",
			       family->firmware_scopes[cmd->firmware_scopes[r]]
				       .name);
		putchar('\n');
	}
	return EXIT_OK;
}

/* what a map entry (or the default) decides, as text */
static void print_outcome(int scope, int errnum)
{
	if (scope == FWCTL_SCOPE_DENIED)
		printf("deny (%s)\n", strerrorname_np(errnum));
	else
		printf("%s\n", fwctl_scope_name(scope));
}

static struct json_object *outcome_json(int scope, int errnum)
{
	if (scope == FWCTL_SCOPE_DENIED)
		return json_object_new_string(strerrorname_np(errnum));
	return cli_scope_json(scope);
}

static struct json_object *map_json(const struct fwctl_firmware_scope *map)
{
	struct json_object *obj = json_object_new_object(), *arr, *e;
	const struct fwctl_scope_map_entry *entry;
	uint32_t i, b;
	char hex[2 * 64 + 1];

	json_object_object_add(obj, "name", json_object_new_string(map->name));
	json_object_object_add(obj, "bits", json_object_new_int(map->bits));
	arr = json_object_new_array();
	for (i = 0; i < map->n_entries; i++) {
		entry = &map->entries[i];
		e = json_object_new_object();
		json_object_object_add(
			e, "name", json_object_new_string(entry->name));
		if (map->is_bytes) {
			for (b = 0; b < map->bits / 8u && b < 64; b++)
				snprintf(hex + 2 * b,
					 3,
					 "%02x",
					 entry->bytes[b]);
			json_object_object_add(
				e, "value", json_object_new_string(hex));
		} else {
			json_object_object_add(
				e,
				entry->any ? "any" : "value",
				json_object_new_uint64(entry->any
							       ? entry->mask
							       : entry->match));
			if (!entry->any)
				json_object_object_add(
					e,
					"mask",
					json_object_new_uint64(entry->mask));
		}
		json_object_object_add(
			e,
			entry->scope == FWCTL_SCOPE_DENIED ? "deny" : "scope",
			outcome_json(entry->scope, entry->deny_errno));
		json_object_array_add(arr, e);
	}
	json_object_object_add(obj, "map", arr);
	json_object_object_add(
		obj,
		map->default_scope == FWCTL_SCOPE_DENIED ? "default_deny"
							 : "default",
		outcome_json(map->default_scope, map->default_errno));
	return obj;
}

static int run_scopes(const struct fwctl_family *family, struct sub_args *args,
		      struct cli_opts *opts)
{
	const struct fwctl_firmware_scope *map;
	struct json_object *obj, *arr;
	uint32_t i, e;

	(void)args;
	if (opts->json) {
		obj = json_object_new_object();
		arr = json_object_new_array();
		for (i = 0; i < family->n_firmware_scopes; i++)
			json_object_array_add(
				arr, map_json(&family->firmware_scopes[i]));
		json_object_object_add(obj, "maps", arr);
		json_object_object_add(obj,
				       "every_command",
				       map_names_json(family,
						      family->every_command,
						      family->n_every_command));
		cli_print_json(obj, opts);
		return EXIT_OK;
	}
	for (i = 0; i < family->n_firmware_scopes; i++) {
		map = &family->firmware_scopes[i];
		printf("%s (%u-bit%s):\n",
		       map->name,
		       map->bits,
		       map->is_bytes ? " byte string" : " value");
		for (e = 0; e < map->n_entries; e++) {
			printf("  %-24s ", map->entries[e].name);
			print_outcome(map->entries[e].scope,
				      map->entries[e].deny_errno);
		}
		printf("  %-24s ", "(any other)");
		print_outcome(map->default_scope, map->default_errno);
	}
	return EXIT_OK;
}

static int find_layout(const struct fwctl_family *family, const char *name,
		       const struct fwctl_layout **layout)
{
	*layout = fwctl_layout_by_name(family, name);
	if (!*layout)
		return cli_error(EXIT_USAGE,
				 "%s: unknown layout '%s'",
				 family->name,
				 name);
	return EXIT_OK;
}

static void print_hex(const uint8_t *buf, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		printf("%02x", buf[i]);
		if (i + 1 == len || i % 16 == 15)
			putchar('\n');
		else if (i % 4 == 3)
			putchar(' ');
	}
}

/* The first command (by opcode) whose request is @layout, or NULL. */
static const struct fwctl_command *
first_command_sending(const struct fwctl_family *family,
		      const struct fwctl_layout *layout)
{
	uint32_t i;

	for (i = 0; i < family->n_commands; i++)
		if (family->commands[i].in_layout ==
		    (int16_t)(layout - family->layouts))
			return &family->commands[i];
	return NULL;
}

static int run_encode(const struct fwctl_family *family, struct sub_args *args,
		      struct cli_opts *opts)
{
	struct fwctl_request req = {0};
	const struct fwctl_command *cmd;
	const struct fwctl_layout *layout;
	size_t len;
	uint8_t *buf;
	int ret;

	(void)opts;
	ret = find_layout(family, args->pos[0], &layout);
	if (ret)
		return ret;
	cmd = first_command_sending(family, layout);
	if (cmd) {
		ret = cli_build_request(
			family, cmd, args->pos + 1, args->n_pos - 1, &req);
		buf = req.in;
		len = req.in_len;
	} else {
		len = fwctl_layout_bytes(layout);
		buf = calloc(1, len);
		if (!buf)
			return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
		ret = cli_apply_assignments(family,
					    layout,
					    &buf,
					    &len,
					    args->pos + 1,
					    args->n_pos - 1);
	}
	if (!ret)
		print_hex(buf, len);
	free(buf);
	return ret;
}

static int read_stdin(char **data, size_t *len)
{
	size_t cap = 4096, n;
	char *buf = malloc(cap), *bigger;

	*len = 0;
	while (buf && (n = fread(buf + *len, 1, cap - *len, stdin)) > 0) {
		*len += n;
		if (*len < cap)
			continue;
		cap *= 2;
		bigger = realloc(buf, cap);
		if (!bigger)
			free(buf);
		buf = bigger;
	}
	if (!buf)
		return cli_error(EXIT_DEVICE, "stdin: %s", strerror(ENOMEM));
	if (ferror(stdin)) {
		free(buf);
		return cli_error(EXIT_USAGE, "stdin: read error");
	}
	*data = buf;
	return EXIT_OK;
}

/*
 * The request a decoded reply answers, when the command line describes
 * one (--command NAME and/or path=value of its request): NULL otherwise.
 * Without --command, the command is the first whose reply is @layout.
 */
static int decode_request(const struct fwctl_family *family,
			  const struct fwctl_layout *layout,
			  struct sub_args *args, uint8_t **req, size_t *req_len)
{
	const struct fwctl_command *cmd = NULL;
	struct fwctl_request r = {0};
	uint32_t i;
	int ret;

	if (args->n_pos == 1 && !args->command)
		return EXIT_OK;
	if (args->command) {
		cmd = cli_find_command(family, args->command);
		if (!cmd)
			return EXIT_USAGE;
	}
	for (i = 0; !cmd && i < family->n_commands; i++)
		if (family->commands[i].out_layout ==
		    (int16_t)(layout - family->layouts))
			cmd = &family->commands[i];
	if (!cmd)
		return cli_error(EXIT_USAGE,
				 "%s: no command replies with %s; name the "
				 "request's command with --command",
				 family->name,
				 layout->name);
	ret = cli_build_request(
		family, cmd, args->pos + 1, args->n_pos - 1, &r);
	*req = r.in;
	*req_len = r.in_len;
	return ret;
}

static int run_decode(const struct fwctl_family *family, struct sub_args *args,
		      struct cli_opts *opts)
{
	const struct fwctl_layout *layout;
	struct fwctl_decode_opts dopts;
	struct json_object *obj = NULL;
	uint8_t *bytes = NULL, *req = NULL;
	size_t text_len, len, req_len = 0;
	struct fwctl_error err;
	char *text = NULL;
	int ret;

	ret = find_layout(family, args->pos[0], &layout);
	if (ret)
		return ret;
	ret = read_stdin(&text, &text_len);
	if (ret)
		return ret;
	if (args->binary) {
		bytes = (uint8_t *)text;
		len = text_len;
		text = NULL;
	} else if (fwctl_parse_hex(text, text_len, &bytes, &len, &err)) {
		free(text);
		return cli_report(layout->name, &err);
	}
	free(text);
	ret = decode_request(family, layout, args, &req, &req_len);
	if (!ret) {
		dopts = cli_decode_opts(opts, req, req_len);
		obj = fwctl_decode_json_opts(
			family, layout, bytes, len, &dopts, &err);
	}
	free(bytes);
	free(req);
	if (ret)
		return ret;
	if (!obj)
		return cli_report(layout->name, &err);
	if (opts->json) {
		cli_print_json(obj, opts);
	} else {
		cli_print_flat(obj, "");
		json_object_put(obj);
	}
	return EXIT_OK;
}

/*
 * A family whose firmware lists the commands (no static list) takes the
 * command as its number; the firmware decides its scope, so --scope is
 * needed.  NULL for any other family or name.
 */
static const struct fwctl_command *
listed_command(const struct fwctl_family *family, const char *name)
{
	static struct fwctl_command cmd;
	char *end;

	if (family->n_commands || !family->n_every_command)
		return NULL;
	cmd.opcode = (uint32_t)strtoul(name, &end, 0);
	if (end == name || *end)
		return NULL;
	cmd.name = name;
	cmd.min_scope = FWCTL_SCOPE_DENIED;
	cmd.in_layout = -1;
	cmd.out_layout = family->response_layout;
	return &cmd;
}

/*
 * The path=value part of @arg when it is "LAYOUT.path=value" for the
 * --payload LAYOUT of @args (the payload's, not the request's), else NULL.
 */
static char *payload_assignment(const struct sub_args *args, char *arg)
{
	size_t prefix = args->payload ? strlen(args->payload) : 0;

	if (!prefix || strncmp(arg, args->payload, prefix) ||
	    arg[prefix] != '.')
		return NULL;
	return arg + prefix + 1;
}

/* Encode the request of @args (COMMAND and path=value arguments). */
static int build_request(const struct fwctl_family *family,
			 struct sub_args *args, struct fwctl_request *req)
{
	const struct fwctl_command *cmd;
	char **own = calloc((size_t)args->n_pos, sizeof(*own));
	int i, n = 0, ret;

	if (!own)
		return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
	for (i = 2; i < args->n_pos; i++)
		if (!payload_assignment(args, args->pos[i]))
			own[n++] = args->pos[i];
	cmd = listed_command(family, args->pos[1]);
	if (!cmd)
		cmd = cli_find_command(family, args->pos[1]);
	ret = cmd ? cli_build_request(family, cmd, own, n, req) : EXIT_USAGE;
	free(own);
	if (ret)
		return ret;
	return cli_choose_scope(family, req, args->scope);
}

/*
 * Buffers in the caller's memory that a request points at (user-pointer
 * fields): the payload sent (--payload LAYOUT and its LAYOUT.path=value
 * arguments) and the buffer the reply payload lands in (--reply LAYOUT).
 */
struct pointed {
	uint8_t *in, *out;
	size_t in_len, out_len;
	const struct fwctl_layout *reply;
};

/* Point the field of @req that carries data @to_device at @buf. */
static int point_at(const struct fwctl_family *family,
		    const struct fwctl_request *req, int to_device,
		    const void *buf, size_t len)
{
	const struct fwctl_command *cmd = req->cmd;
	const struct fwctl_layout *layout = fwctl_request_layout(family, cmd);
	struct fwctl_field_loc ptr, length;

	if (fwctl_find_user_pointer(family, layout, to_device, &ptr, &length))
		return cli_error(EXIT_USAGE,
				 "%s: %s has no user pointer %s the device",
				 cmd->name,
				 layout->name,
				 to_device ? "to" : "from");
	fwctl_set_bits(req->in,
		       ptr.byte_order,
		       ptr.bit_offset,
		       ptr.bit_width,
		       (uint64_t)(uintptr_t)buf);
	fwctl_set_bits(req->in,
		       length.byte_order,
		       length.bit_offset,
		       length.bit_width,
		       len);
	return EXIT_OK;
}

/* Build the buffers @req points at, from --payload/--reply and @args. */
static int build_pointed(const struct fwctl_family *family,
			 struct sub_args *args, const struct fwctl_request *req,
			 struct pointed *p)
{
	const struct fwctl_layout *layout;
	int i, ret = EXIT_OK;
	char *assignment;

	if (args->payload) {
		ret = find_layout(family, args->payload, &layout);
		if (ret)
			return ret;
		p->in_len = fwctl_layout_bytes(layout);
		p->in = calloc(1, p->in_len);
		if (!p->in)
			return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
		for (i = 2; i < args->n_pos; i++) {
			assignment = payload_assignment(args, args->pos[i]);
			if (!assignment)
				continue;
			ret = cli_apply_assignments(family,
						    layout,
						    &p->in,
						    &p->in_len,
						    &assignment,
						    1);
			if (ret)
				return ret;
		}
		ret = point_at(family, req, 1, p->in, p->in_len);
		if (ret)
			return ret;
	}
	if (args->reply) {
		ret = find_layout(family, args->reply, &p->reply);
		if (ret)
			return ret;
		p->out_len = fwctl_layout_bytes(p->reply);
		p->out = calloc(1, p->out_len);
		if (!p->out)
			return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
		ret = point_at(family, req, 0, p->out, p->out_len);
	}
	return ret;
}

static int print_reply(const struct fwctl_family *family,
		       const struct fwctl_request *req, const uint8_t *out,
		       uint32_t out_len, const struct pointed *pointed,
		       struct cli_opts *opts)
{
	const struct fwctl_command *cmd = req->cmd;
	struct json_object *obj, *decoded, *payload = NULL;
	struct fwctl_decode_opts dopts;
	struct fwctl_fw_status st;
	struct fwctl_error err;
	char *hex;
	size_t i;

	if (fwctl_read_fw_status(family, out, out_len, &st, &err))
		return cli_report(cmd->name, &err);
	if (cmd->out_layout >= 0) {
		dopts = cli_decode_opts(opts, req->in, req->in_len);
		decoded = fwctl_decode_json_opts(
			family,
			&family->layouts[cmd->out_layout],
			out,
			out_len,
			&dopts,
			&err);
		if (!decoded)
			return cli_report(cmd->name, &err);
	} else {
		hex = malloc(2 * (size_t)out_len + 1);
		if (!hex)
			return cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
		hex[0] = '\0';
		for (i = 0; i < out_len; i++)
			sprintf(hex + 2 * i, "%02x", out[i]);
		decoded = json_object_new_string(hex);
		free(hex);
	}
	if (pointed->reply) {
		dopts = cli_decode_opts(opts, NULL, 0);
		payload = fwctl_decode_json_opts(family,
						 pointed->reply,
						 pointed->out,
						 pointed->out_len,
						 &dopts,
						 &err);
		if (!payload) {
			json_object_put(decoded);
			return cli_report(pointed->reply->name, &err);
		}
	}
	if (opts->json) {
		obj = json_object_new_object();
		json_object_object_add(
			obj, "command", json_object_new_string(cmd->name));
		json_object_object_add(
			obj, "scope", cli_scope_json(req->scope));
		json_object_object_add(
			obj,
			"status",
			st.name ? json_object_new_string(st.name)
				: json_object_new_uint64(st.status));
		json_object_object_add(
			obj, "syndrome", json_object_new_uint64(st.syndrome));
		json_object_object_add(obj, "out", decoded);
		if (payload)
			json_object_object_add(obj, "reply", payload);
		cli_print_json(obj, opts);
	} else {
		printf("status: %s (0x%llx)\nsyndrome: 0x%llx\n",
		       st.name ? st.name : "unknown",
		       (unsigned long long)st.status,
		       (unsigned long long)st.syndrome);
		cli_print_flat(decoded, "out");
		json_object_put(decoded);
		if (payload) {
			cli_print_flat(payload, "reply");
			json_object_put(payload);
		}
	}
	if (st.status)
		return cli_error(
			EXIT_DEVICE,
			"%s: firmware status %s (0x%llx), syndrome 0x%llx",
			cmd->name,
			st.name ? st.name : "unknown",
			(unsigned long long)st.status,
			(unsigned long long)st.syndrome);
	return EXIT_OK;
}

/* Bytes to offer for the reply of a command whose output is @out (or opaque). */
static uint32_t reply_buffer_bytes(const struct fwctl_layout *out)
{
	uint32_t size = out ? (uint32_t)fwctl_layout_bytes(out) : 0;

	if (out && !out->variable)
		return size;
	return size > CLI_OPEN_RESPONSE_BYTES ? size : CLI_OPEN_RESPONSE_BYTES;
}

/*
 * Bytes of the reply (@out_len <= @out_size) to decode: a fixed layout
 * whole (calloc zeroed what the reply lacks), a variable one as far as the
 * reply goes but at least its fixed part, opaque data as received.
 */
static uint32_t reply_decode_bytes(const struct fwctl_layout *out,
				   uint32_t out_size, uint32_t out_len)
{
	uint32_t fixed = out ? (uint32_t)fwctl_layout_bytes(out) : 0;

	if (out && !out->variable)
		return out_size;
	return out_len > fixed ? out_len : fixed;
}

static int run_rpc(const struct fwctl_family *family, struct sub_args *args,
		   struct cli_opts *opts)
{
	const struct fwctl_layout *out_layout;
	struct fwctl_request req = {0};
	struct pointed pointed = {0};
	uint32_t out_size, out_len;
	uint8_t *out = NULL;
	int fd, ret;

	ret = build_request(family, args, &req);
	if (!ret)
		ret = build_pointed(family, args, &req, &pointed);
	if (ret)
		goto out;
	out_layout = req.cmd->out_layout >= 0
			     ? &family->layouts[req.cmd->out_layout]
			     : NULL;
	out_size = reply_buffer_bytes(out_layout);
	out = calloc(1, out_size);
	if (!out) {
		ret = cli_error(EXIT_DEVICE, "%s", strerror(ENOMEM));
		goto out;
	}
	fd = cli_open_device(family, args->pos[0]);
	if (fd < 0) {
		ret = -fd;
		goto out;
	}
	ret = cli_send(family, fd, &req, out, out_size, &out_len);
	if (!ret)
		ret = print_reply(
			family,
			&req,
			out,
			reply_decode_bytes(out_layout, out_size, out_len),
			&pointed,
			opts);
	close(fd);
out:
	free(req.in);
	free(out);
	free(pointed.in);
	free(pointed.out);
	return ret;
}

static const struct subcommand subcommands[] = {
	{"catalog",
	 "catalog [-j] [-p]",
	 "list every command with its opcode and minimal scope",
	 0,
	 0,
	 0,
	 run_catalog},
	{"scopes",
	 "scopes [-j] [-p]",
	 "list the maps that decide scopes at run time from values the\n"
	 "      firmware reports",
	 0,
	 0,
	 0,
	 run_scopes},
	{"run",
	 "run DEV COMMAND [path=value ...] [--scope NAME] [--payload LAYOUT "
	 "[LAYOUT.path=value ...]] [--reply LAYOUT] [-j] [-p]",
	 "send a command and decode the reply; --payload and --reply point\n"
	 "      the request's user pointers at buffers of these layouts (a\n"
	 "      family whose firmware lists the commands takes COMMAND as a\n"
	 "      number, with --scope)",
	 2,
	 -1,
	 ALLOW(OPT_SCOPE) | ALLOW(OPT_PAYLOAD) | ALLOW(OPT_REPLY),
	 run_rpc},
	{"encode",
	 "encode LAYOUT [path=value ...]",
	 "print a buffer of LAYOUT as hex (with the opcode of the first\n"
	 "      command whose request is LAYOUT)",
	 1,
	 -1,
	 0,
	 run_encode},
	{"decode",
	 "decode LAYOUT [path=value ...] [--command NAME] [-j] [-p] [-n] "
	 "[--binary]",
	 "decode hex (or raw bytes with --binary) from stdin; path=value\n"
	 "      describe the request the buffer answers (of --command, or of\n"
	 "      the command replying with LAYOUT), which selects payloads",
	 1,
	 -1,
	 ALLOW(OPT_BINARY) | ALLOW(OPT_COMMAND),
	 run_decode},
};

#define N_SUBCOMMANDS (sizeof(subcommands) / sizeof(subcommands[0]))

static void family_usage(FILE *f, const struct fwctl_family *family)
{
	size_t i;

	fprintf(f, "Usage: fwctl %s COMMAND\n\nCommands:\n", family->name);
	for (i = 0; i < N_SUBCOMMANDS; i++)
		fprintf(f,
			"  fwctl %s %s\n      %s\n",
			family->name,
			subcommands[i].usage,
			subcommands[i].help);
	for (i = 0; i < family->n_catalogues; i++)
		fprintf(f,
			"  fwctl %s %s [-j] [-p]\n      list every %s\n"
			"  fwctl %s %s DEV NAME [index=VALUE ...] [--set "
			"FIELD=VALUE ...]%s [-j] [-p] [-n]\n"
			"      read one %s (by name or number)%s\n",
			family->name,
			family->catalogues[i].list_name,
			family->catalogues[i].name,
			family->name,
			family->catalogues[i].name,
			family->catalogues[i].max ? " [--max]" : "",
			family->catalogues[i].name,
			family->catalogues[i].write ? "; --set writes fields"
						    : "");
	fputs("\nLAYOUT and field names are those of the spec; paths are "
	      "dotted\n"
	      "field names with [i] for array elements. Values are decimal,\n"
	      "0x hex or enum names.\n",
	      f);
}

static const char *long_option_name(int val)
{
	const struct option *o = family_long_options;

	while (o->name && o->val != val)
		o++;
	return o->name;
}

static int parse_sub_args(const struct fwctl_family *family,
			  const struct subcommand *sub, int argc, char **argv,
			  struct cli_opts *opts, struct sub_args *args)
{
	int opt, help = 0;

	optind = 0;
	while ((opt = getopt_long(argc,
				  argv,
				  CLI_COMMON_SHORT_OPTIONS,
				  family_long_options,
				  NULL)) != -1) {
		if (cli_common_option(opt, opts, &help))
			continue;
		if (opt < OPT_SCOPE)
			return cli_bad_option(argv, sub->usage);
		if (!(sub->allowed & ALLOW(opt)))
			return cli_error(EXIT_USAGE,
					 "%s takes no --%s; usage: fwctl %s %s",
					 sub->name,
					 long_option_name(opt),
					 family->name,
					 sub->usage);
		if (opt == OPT_SCOPE)
			args->scope = optarg;
		else if (opt == OPT_COMMAND)
			args->command = optarg;
		else if (opt == OPT_PAYLOAD)
			args->payload = optarg;
		else if (opt == OPT_REPLY)
			args->reply = optarg;
		else
			args->binary = 1;
	}
	if (help) {
		printf("Usage: fwctl %s %s\n%s\n",
		       family->name,
		       sub->usage,
		       sub->help);
		return EXIT_OK;
	}
	args->pos = argv + optind;
	args->n_pos = argc - optind;
	if (args->n_pos < sub->min_pos ||
	    (sub->max_pos >= 0 && args->n_pos > sub->max_pos))
		return cli_error(EXIT_USAGE,
				 "usage: fwctl %s %s",
				 family->name,
				 sub->usage);
	return -1;
}

int cli_family_main(const struct fwctl_family *family, int argc, char **argv,
		    struct cli_opts *opts)
{
	struct sub_args args = {0};
	int opt, help = 0, ret;
	size_t i;

	optind = 0;
	while ((opt = getopt_long(argc,
				  argv,
				  "+" CLI_COMMON_SHORT_OPTIONS,
				  family_long_options,
				  NULL)) != -1) {
		if (!cli_common_option(opt, opts, &help))
			return cli_bad_option(argv, "fwctl FAMILY COMMAND");
	}
	if (help) {
		family_usage(stdout, family);
		return EXIT_OK;
	}
	if (optind >= argc)
		return cli_error(EXIT_USAGE,
				 "%s: missing command (see fwctl %s --help)",
				 family->name,
				 family->name);
	for (i = 0; i < N_SUBCOMMANDS; i++) {
		if (strcmp(argv[optind], subcommands[i].name))
			continue;
		ret = parse_sub_args(family,
				     &subcommands[i],
				     argc - optind,
				     argv + optind,
				     opts,
				     &args);
		return ret >= 0 ? ret : subcommands[i].run(family, &args, opts);
	}
	for (i = 0; i < family->n_catalogues; i++) {
		const struct fwctl_catalogue *cat = &family->catalogues[i];
		int list = !strcmp(argv[optind], cat->list_name);

		if (list || !strcmp(argv[optind], cat->name))
			return cli_catalogue_main(family,
						  cat,
						  list,
						  argc - optind,
						  argv + optind,
						  opts);
	}
	return cli_error(EXIT_USAGE,
			 "%s: unknown command '%s' (see fwctl %s --help)",
			 family->name,
			 argv[optind],
			 family->name);
}
