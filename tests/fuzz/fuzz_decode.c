// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target for the decoder (input format: fuzz_input.h).  Each
 * buffer is decoded as given (length errors included) and padded to the
 * layout size.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <fwctl/codec.h>
#include <mlx5_reflect.h>

#include "fuzz_input.h"

static void decode(const struct fwctl_layout *layout, const uint8_t *buf,
		   size_t len)
{
	struct fwctl_error err;
	struct json_object *obj;

	obj = fwctl_decode_json(fwctl_family_mlx5(), layout, buf, len, &err);
	if (obj) {
		json_object_to_json_string_ext(obj, JSON_C_TO_STRING_PLAIN);
		json_object_put(obj);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct fwctl_layout *layout;
	struct fwctl_error err;
	uint8_t *bytes, *padded;
	size_t len, layout_len;
	int hex;

	if (size < FUZZ_DECODE_HEADER)
		return 0;
	layout = &fwctl_family_mlx5()->layouts[(data[0] | data[1] << 8) %
					       fwctl_family_mlx5()->n_layouts];
	hex = data[2] & 1;
	data += FUZZ_DECODE_HEADER;
	size -= FUZZ_DECODE_HEADER;
	if (hex) {
		if (fwctl_parse_hex(
			    (const char *)data, size, &bytes, &len, &err))
			return 0;
	} else {
		len = size;
		bytes = malloc(len ? len : 1);
		if (!bytes)
			return 0;
		memcpy(bytes, data, len);
	}
	decode(layout, bytes, len);
	layout_len = fwctl_layout_bytes(layout);
	padded = calloc(1, layout_len);
	if (padded) {
		memcpy(padded, bytes, len < layout_len ? len : layout_len);
		decode(layout, padded, layout_len);
		free(padded);
	}
	free(bytes);
	return 0;
}
