// SPDX-License-Identifier: GPL-2.0
/*
 * Building, scoping and sending one RPC of a family: what "run" and the
 * catalogue commands share.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fwctl/codec.h>

#include "cli.h"

struct json_object *cli_scope_json(int scope)
{
	if (scope == FWCTL_SCOPE_DENIED)
		return NULL;
	return json_object_new_string(fwctl_scope_name(scope));
}

/* "configuration, debug_read_only, ..." in @buf. */
static const char *scope_names(char *buf, size_t len)
{
	const char *name;
	size_t used = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; (name = fwctl_scope_name(i)) && used < len; i++)
		used += (size_t)snprintf(
			buf + used, len - used, "%s%s", i ? ", " : "", name);
	return buf;
}

/*
 * Apply "path=value" arguments to *buf; an element of a variable layout's
 * flexible array grows it.  Returns the exit status.
 */
int cli_apply_assignments(const struct fwctl_family *family,
			  const struct fwctl_layout *layout, uint8_t **buf,
			  size_t *len, char **assignments, int n)
{
	struct fwctl_error err;
	int i;

	for (i = 0; i < n; i++)
		if (fwctl_assign_grow(family,
				      layout,
				      buf,
				      len,
				      fwctl_rpc_max_bytes(),
				      assignments[i],
				      &err))
			return cli_report(layout->name, &err);
	return EXIT_OK;
}

int cli_build_request(const struct fwctl_family *family,
		      const struct fwctl_command *cmd, char **assignments,
		      int n, struct fwctl_request *req)
{
	struct fwctl_error err;

	if (fwctl_request_build_command(family,
					cmd,
					(const char *const *)assignments,
					(size_t)n,
					req,
					&err))
		return cli_report(cmd->name, &err);
	return EXIT_OK;
}

const struct fwctl_command *cli_find_command(const struct fwctl_family *family,
					     const char *name)
{
	const struct fwctl_command *cmd = fwctl_find_command(family, name);

	if (!cmd)
		cli_error(EXIT_USAGE,
			  "%s: unknown command '%s' (see fwctl %s catalog)",
			  family->name,
			  name,
			  family->name);
	return cmd;
}

/*
 * Choose the scope: --scope as given, else the lowest one the catalogue
 * allows for (opcode, op_mod) as long as it does not taint the kernel.
 */
int cli_choose_scope(const struct fwctl_family *family,
		     struct fwctl_request *req, const char *requested)
{
	char names[256];
	const char *cmd = req->cmd->name;

	fwctl_request_rescope(family, req);
	if (requested) {
		req->scope = fwctl_scope_by_name(requested);
		if (req->scope < 0)
			return cli_error(EXIT_USAGE,
					 "--scope: unknown scope '%s' (%s)",
					 requested,
					 scope_names(names, sizeof(names)));
		return EXIT_OK;
	}
	if (req->scope == FWCTL_SCOPE_DENIED)
		return cli_error(EXIT_USAGE,
				 "%s%s with op_mod 0x%x is not allowed at any "
				 "scope; pass --scope to send it anyway",
				 family->command_prefix,
				 cmd,
				 req->op_mod);
	if (fwctl_scope_taints((uint32_t)req->scope))
		return cli_error(EXIT_USAGE,
				 "%s%s needs scope %s, which taints the "
				 "kernel; pass --scope %s to accept that",
				 family->command_prefix,
				 cmd,
				 fwctl_scope_name(req->scope),
				 fwctl_scope_name(req->scope));
	return EXIT_OK;
}

/* Open DEV and check that it belongs to @family; returns fd or -exit. */
int cli_open_device(const struct fwctl_family *family, const char *dev)
{
	struct fwctl_paths paths = cli_paths();
	const struct fwctl_device_desc *desc;
	struct fwctl_device_list list;
	struct fwctl_device_info info;
	struct fwctl_error err;
	int fd;

	if (fwctl_list_devices(&paths, &list, &err))
		return -cli_report(dev, &err);
	if (fwctl_resolve_device(&list, dev, &desc, &err)) {
		fd = -cli_report(dev, &err);
	} else if ((fd = fwctl_open_device(&paths, desc, &err)) < 0) {
		fd = -cli_report(desc->name, &err);
	} else if (fwctl_query_info(fd, family->device_type, &info, &err)) {
		close(fd);
		fd = -cli_report(desc->name, &err);
	} else {
		fwctl_device_info_free(&info);
	}
	fwctl_device_list_free(&list);
	return fd;
}

/* Report a failed FWCTL_RPC; the family's rejection errno is named as such. */
static int report_rpc_error(const struct fwctl_family *family,
			    const struct fwctl_request *req,
			    const struct fwctl_error *err)
{
	if (err->kind != FWCTL_ERR_SYSTEM || !family->reject_errno ||
	    err->errnum != family->reject_errno)
		return cli_report(req->cmd->name, err);
	return cli_error(EXIT_DEVICE,
			 "%s: %s (the %s driver rejected the request: "
			 "%s%s is not allowlisted at scope %s)",
			 req->cmd->name,
			 err->message,
			 family->name,
			 family->command_prefix,
			 req->cmd->name,
			 fwctl_scope_name(req->scope));
}

int cli_send(const struct fwctl_family *family, int fd,
	     const struct fwctl_request *req, void *out, uint32_t out_size,
	     uint32_t *out_len)
{
	struct fwctl_error err;

	if (fwctl_scope_taints((uint32_t)req->scope))
		cli_error(EXIT_OK,
			  "warning: scope %s taints the kernel (TAINT_FWCTL)",
			  fwctl_scope_name(req->scope));
	if (fwctl_rpc(fd,
		      (uint32_t)req->scope,
		      req->in,
		      (uint32_t)req->in_len,
		      out,
		      out_size,
		      out_len,
		      &err))
		return report_rpc_error(family, req, &err);
	return EXIT_OK;
}
