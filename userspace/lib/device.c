// SPDX-License-Identifier: LGPL-2.1-or-later
/* FWCTL_INFO, FWCTL_RPC, response status and the command catalogue. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>

#include <linux/types.h>
#include <fwctl/fwctl.h>

#include <fwctl/codec.h>
#include "internal.h"

/* Device data of every known driver fits; a larger one costs one retry. */
#define INFO_FIRST_TRY_BYTES 64

int fwctl_info(int fd, void *data, uint32_t len, uint32_t *device_type,
	       uint32_t *data_len, struct fwctl_error *err)
{
	struct fwctl_info cmd = {
		.size = sizeof(cmd),
		.device_data_len = len,
		.out_device_data = (uintptr_t)data,
	};

	if (ioctl(fd, FWCTL_INFO, &cmd))
		return fwctl_fail_ioctl(err, "FWCTL_INFO", errno, "fwctl");
	*device_type = cmd.out_device_type;
	*data_len = cmd.device_data_len;
	return 0;
}

int fwctl_query_info(int fd, uint32_t expected_type,
		     struct fwctl_device_info *info, struct fwctl_error *err)
{
	uint32_t size = INFO_FIRST_TRY_BYTES;

	memset(info, 0, sizeof(*info));
	for (;;) {
		free(info->data);
		info->data = calloc(1, size);
		if (!info->data)
			return fwctl_fail_errno(
				err, "calloc", ENOMEM, "FWCTL_INFO");
		if (fwctl_info(fd,
			       info->data,
			       size,
			       &info->device_type,
			       &info->data_len,
			       err)) {
			fwctl_device_info_free(info);
			return -1;
		}
		if (info->data_len <= size)
			break;
		size = info->data_len;
	}
	if (expected_type != FWCTL_DEVICE_TYPE_ERROR &&
	    info->device_type != expected_type) {
		fwctl_fail(err,
			   FWCTL_ERR_DEVICE_TYPE,
			   "device type is %u, expected %u",
			   info->device_type,
			   expected_type);
		fwctl_device_info_free(info);
		return -1;
	}
	return 0;
}

void fwctl_device_info_free(struct fwctl_device_info *info)
{
	free(info->data);
	info->data = NULL;
	info->data_len = 0;
}

const char *fwctl_device_type_name(uint32_t device_type)
{
	return device_type < fwctl_n_device_types
		       ? fwctl_device_type_names[device_type]
		       : NULL;
}

int fwctl_rpc(int fd, uint32_t scope, const void *in, uint32_t in_len,
	      void *out, uint32_t out_size, uint32_t *out_len,
	      struct fwctl_error *err)
{
	struct fwctl_rpc cmd = {
		.size = sizeof(cmd),
		.scope = scope,
		.in_len = in_len,
		.out_len = out_size,
		.in = (uintptr_t)in,
		.out = (uintptr_t)out,
	};

	if (ioctl(fd, FWCTL_RPC, &cmd))
		return fwctl_fail_ioctl(err, "FWCTL_RPC", errno, "fwctl");
	*out_len = cmd.out_len;
	if (cmd.out_len > out_size) {
		fwctl_fail(err,
			   FWCTL_ERR_TRUNCATED,
			   "reply truncated: the device returned %u bytes, the "
			   "buffer holds %u",
			   cmd.out_len,
			   out_size);
		err->reply_len = cmd.out_len;
		err->buffer_len = out_size;
		return -1;
	}
	return 0;
}

/* Read response header field @loc (0 when the family has none). */
static int read_response_field(const struct fwctl_family *family,
			       const struct fwctl_field_loc *loc,
			       const char *what, const void *out,
			       size_t out_len, uint64_t *value,
			       struct fwctl_error *err)
{
	*value = 0;
	if (!loc->bit_width)
		return 0;
	if (loc->bit_offset + loc->bit_width > out_len * 8)
		return fwctl_fail(
			err,
			FWCTL_ERR_INPUT,
			"response of %zu bytes is too short for its "
			"%s field (%u bits at bit %u of %s)",
			out_len,
			what,
			loc->bit_width,
			loc->bit_offset,
			family->layouts[family->response_layout].name);
	*value = fwctl_get_bits(
		out, loc->byte_order, loc->bit_offset, loc->bit_width);
	return 0;
}

const char *fwctl_enum_name(const struct fwctl_enum *e, uint64_t value)
{
	uint32_t i;

	for (i = 0; i < e->n_entries; i++)
		if (e->entries[i].value == value)
			return e->entries[i].name;
	return NULL;
}

int fwctl_read_fw_status(const struct fwctl_family *family, const void *out,
			 size_t out_len, struct fwctl_fw_status *st,
			 struct fwctl_error *err)
{
	if (read_response_field(family,
				&family->status,
				"status",
				out,
				out_len,
				&st->status,
				err) ||
	    read_response_field(family,
				&family->syndrome,
				"syndrome",
				out,
				out_len,
				&st->syndrome,
				err))
		return -1;
	st->name =
		family->status_enum < 0
			? NULL
			: fwctl_enum_name(&family->enums[family->status_enum],
					  st->status);
	return 0;
}

int fwctl_check_fw_status(const struct fwctl_family *family, const void *out,
			  size_t out_len, struct fwctl_error *err)
{
	struct fwctl_fw_status st;

	if (fwctl_read_fw_status(family, out, out_len, &st, err))
		return -1;
	if (!st.status)
		return 0;
	fwctl_fail(err,
		   FWCTL_ERR_FW_STATUS,
		   "firmware status %s (0x%llx), syndrome 0x%llx",
		   st.name ? st.name : "unknown",
		   (unsigned long long)st.status,
		   (unsigned long long)st.syndrome);
	err->fw_status = st.status;
	err->fw_status_name = st.name;
	err->fw_syndrome = st.syndrome;
	return -1;
}

int fwctl_scope_by_name(const char *name)
{
	uint32_t i;

	if (!strncasecmp(name, "FWCTL_RPC_", strlen("FWCTL_RPC_")))
		name += strlen("FWCTL_RPC_");
	for (i = 0; i < fwctl_n_scopes; i++)
		if (!strcasecmp(name, fwctl_scopes[i].name))
			return (int)i;
	return -1;
}

int fwctl_scope_taints(uint32_t scope)
{
	return scope < fwctl_n_scopes && fwctl_scopes[scope].taints;
}

const char *fwctl_scope_name(int scope)
{
	if (scope == FWCTL_SCOPE_DENIED)
		return "denied";
	if (scope < 0 || (uint32_t)scope >= fwctl_n_scopes)
		return NULL;
	return fwctl_scopes[scope].name;
}

uint32_t fwctl_rpc_max_bytes(void)
{
	return fwctl_max_rpc_bytes;
}

const struct fwctl_family *fwctl_family_at(uint32_t index)
{
	return index < fwctl_n_families ? fwctl_families[index] : NULL;
}

const struct fwctl_family *fwctl_family_by_name(const char *name)
{
	uint32_t i;

	for (i = 0; i < fwctl_n_families; i++)
		if (!strcmp(name, fwctl_families[i]->name))
			return fwctl_families[i];
	return NULL;
}

const struct fwctl_family *fwctl_family_by_device_type(uint32_t device_type)
{
	uint32_t i;

	for (i = 0; i < fwctl_n_families; i++)
		if (fwctl_families[i]->device_type == device_type)
			return fwctl_families[i];
	return NULL;
}

const struct fwctl_command *
fwctl_find_command(const struct fwctl_family *family, const char *name)
{
	size_t prefix_len = strlen(family->command_prefix);
	uint32_t i;

	if (!strncasecmp(name, family->command_prefix, prefix_len))
		name += prefix_len;
	for (i = 0; i < family->n_commands; i++)
		if (!strcasecmp(name, family->commands[i].name))
			return &family->commands[i];
	return NULL;
}

int fwctl_command_min_scope(const struct fwctl_command *cmd, uint32_t op_mod)
{
	unsigned int i;

	for (i = 0; i < cmd->n_op_mod_rules; i++)
		if (cmd->op_mod_rules[i].op_mod == op_mod)
			return cmd->op_mod_rules[i].min_scope;
	return cmd->min_scope;
}

int fwctl_firmware_scope_eval(const struct fwctl_firmware_scope *map,
			      uint64_t value, const uint8_t *bytes)
{
	const struct fwctl_scope_map_entry *e;
	uint32_t i;
	int match;

	for (i = 0; i < map->n_entries; i++) {
		e = &map->entries[i];
		if (map->is_bytes)
			match = !memcmp(bytes, e->bytes, map->bits / 8u);
		else if (e->any)
			match = (value & e->mask) != 0;
		else
			match = (value & e->mask) == e->match;
		if (match)
			return e->scope == FWCTL_SCOPE_DENIED ? -e->deny_errno
							      : e->scope;
	}
	return map->default_scope == FWCTL_SCOPE_DENIED ? -map->default_errno
							: map->default_scope;
}
