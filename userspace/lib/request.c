// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A command's request built by name: its layout, the opcode, "path=value"
 * assignments, and the minimal scope the catalogue allows for it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <fwctl/codec.h>
#include "internal.h"

void fwctl_request_rescope(const struct fwctl_family *family,
			   struct fwctl_request *req)
{
	/* a family without op_mod has a 0-bit field, which reads as 0 */
	req->op_mod = (uint32_t)fwctl_get_bits(req->in,
					       family->op_mod.byte_order,
					       family->op_mod.bit_offset,
					       family->op_mod.bit_width);
	req->scope = fwctl_command_min_scope(req->cmd, req->op_mod);
}

const struct fwctl_layout *
fwctl_request_layout(const struct fwctl_family *family,
		     const struct fwctl_command *cmd)
{
	return &family->layouts[cmd->in_layout >= 0 ? cmd->in_layout
						    : family->request_layout];
}

int fwctl_request_set(const struct fwctl_family *family,
		      struct fwctl_request *req, const char *assignment,
		      struct fwctl_error *err)
{
	if (fwctl_assign_grow(family,
			      fwctl_request_layout(family, req->cmd),
			      &req->in,
			      &req->in_len,
			      fwctl_max_rpc_bytes,
			      assignment,
			      err))
		return -1;
	fwctl_request_rescope(family, req);
	return 0;
}

int fwctl_request_build_command(const struct fwctl_family *family,
				const struct fwctl_command *cmd,
				const char *const *assignments, size_t n,
				struct fwctl_request *req,
				struct fwctl_error *err)
{
	size_t i;

	memset(req, 0, sizeof(*req));
	req->cmd = cmd;
	req->in_len = fwctl_layout_bytes(fwctl_request_layout(family, cmd));
	req->in = calloc(1, req->in_len);
	if (!req->in)
		return fwctl_fail_errno(err, "calloc", ENOMEM, cmd->name);
	fwctl_set_bits(req->in,
		       family->opcode.byte_order,
		       family->opcode.bit_offset,
		       family->opcode.bit_width,
		       cmd->opcode);
	fwctl_request_rescope(family, req);
	for (i = 0; i < n; i++) {
		if (fwctl_request_set(family, req, assignments[i], err)) {
			fwctl_request_free(req);
			return -1;
		}
	}
	return 0;
}

int fwctl_request_build(const struct fwctl_family *family, const char *command,
			const char *const *assignments, size_t n,
			struct fwctl_request *req, struct fwctl_error *err)
{
	const struct fwctl_command *cmd = fwctl_find_command(family, command);

	if (!cmd) {
		memset(req, 0, sizeof(*req));
		return fwctl_fail(err,
				  FWCTL_ERR_INPUT,
				  "%s: unknown command '%s'",
				  family->name,
				  command);
	}
	return fwctl_request_build_command(
		family, cmd, assignments, n, req, err);
}

void fwctl_request_free(struct fwctl_request *req)
{
	free(req->in);
	req->in = NULL;
	req->in_len = 0;
}
