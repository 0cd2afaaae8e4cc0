// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target for the "path=value" parser: the input is
 * "LAYOUT path=value"; an unknown LAYOUT falls back to the first layout.
 * The assignment is applied to a buffer of the layout's size, and its path
 * is resolved on its own.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <fwctl/codec.h>
#include <mlx5_reflect.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct fwctl_layout *layout = NULL;
	struct fwctl_field_ref ref;
	struct fwctl_error err;
	char *text, *assignment, *eq;
	uint8_t *buf;
	size_t len;

	text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	assignment = strchr(text, ' ');
	if (assignment) {
		*assignment++ = '\0';
		layout = fwctl_layout_by_name(fwctl_family_mlx5(), text);
	} else {
		assignment = text;
	}
	if (!layout)
		layout = &fwctl_family_mlx5()->layouts[0];
	len = fwctl_layout_bytes(layout);
	buf = calloc(1, len);
	if (buf) {
		fwctl_assign(fwctl_family_mlx5(),
			     layout,
			     buf,
			     len,
			     assignment,
			     &err);
		free(buf);
	}
	eq = strchr(assignment, '=');
	if (eq)
		*eq = '\0';
	fwctl_resolve_path(fwctl_family_mlx5(), layout, assignment, &ref, &err);
	free(text);
	return 0;
}
