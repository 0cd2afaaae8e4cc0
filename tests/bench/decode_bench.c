// SPDX-License-Identifier: GPL-2.0
/*
 * Decodes per second of a full QUERY_HCA_CAP reply (query_hca_cap_out with
 * the cmd_hca_cap member of its union) to JSON text, through libfwctl's
 * reflection-driven decoder.  Reference, measured in the same run: building
 * the same number of JSON integer members directly with json-c and printing
 * them, which is the floor any JSON decoder pays.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include <fwctl/codec.h>
#include "mlx5_defs.h"
#include "mlx5_reflect.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static size_t count_json_numbers(struct json_object *obj)
{
	size_t n = 0;

	if (json_object_is_type(obj, json_type_object)) {
		json_object_object_foreach(obj, key, val) {
			(void)key;
			n += count_json_numbers(val);
		}
	} else if (json_object_is_type(obj, json_type_array)) {
		for (size_t i = 0; i < json_object_array_length(obj); i++)
			n += count_json_numbers(json_object_array_get_idx(obj, i));
	} else {
		n = 1;
	}
	return n;
}

int main(void)
{
	const struct fwctl_family *fam = fwctl_family_mlx5();
	const struct fwctl_layout *layout = fwctl_layout_by_name(fam, "query_hca_cap_out");
	struct fwctl_error err = { 0 };
	size_t len, printed = 0, values;
	uint8_t *buf;
	int rounds = 200;

	if (!layout)
		return 1;
	len = fwctl_layout_bytes(layout);
	buf = malloc(len);
	srand(1);
	for (size_t i = 0; i < len; i++)
		buf[i] = (uint8_t)rand();

	struct json_object *probe = fwctl_decode_json(fam, layout, buf, len, &err);

	if (!probe)
		return 1;
	values = count_json_numbers(probe);
	json_object_put(probe);

	double start = now();

	for (int i = 0; i < rounds; i++) {
		struct json_object *obj = fwctl_decode_json(fam, layout, buf, len, &err);

		printed += strlen(json_object_to_json_string(obj));
		json_object_put(obj);
	}
	double t_decode = (now() - start) / rounds;

	start = now();
	for (int i = 0; i < rounds; i++) {
		struct json_object *obj = json_object_new_object();
		char key[32];

		for (size_t v = 0; v < values; v++) {
			snprintf(key, sizeof(key), "field_%zu", v);
			json_object_object_add(obj, key, json_object_new_int64(buf[v % len]));
		}
		printed += strlen(json_object_to_json_string(obj));
		json_object_put(obj);
	}
	double t_ref = (now() - start) / rounds;

	printf("QUERY_HCA_CAP reply (%zu bytes, %zu JSON values) to JSON: %.0f decodes/s; "
	       "flat json-c reference %.0f/s; ratio %.2f (%zu chars printed)\n",
	       len, values, 1 / t_decode, 1 / t_ref, t_decode / t_ref, printed);

	/* The same reply decoded with its request (ROCE, current): one page. */
	const struct fwctl_layout *in = fwctl_layout_by_name(fam, "query_hca_cap_in");
	uint8_t *req = calloc(1, fwctl_layout_bytes(in));
	struct fwctl_decode_opts opts = { .numeric = 1, .request = req,
					  .request_len = fwctl_layout_bytes(in) };
	struct fwctl_field_ref op_mod;

	if (!req || fwctl_resolve_path(fam, in, "op_mod", &op_mod, &err))
		return 1;
	fwctl_set_bits(req, op_mod.byte_order, op_mod.bit_offset, op_mod.bit_width,
		       MLX5_CAP_ROCE << 1 | HCA_CAP_OPMOD_GET_CUR);
	start = now();
	for (int i = 0; i < rounds; i++) {
		struct json_object *obj = fwctl_decode_json_opts(fam, layout, buf, len, &opts, &err);

		printed += strlen(json_object_to_json_string(obj));
		json_object_put(obj);
	}
	double t_one = (now() - start) / rounds;

	printf("the same reply with its request (ROCE page only): %.0f decodes/s; "
	       "whole union %.0f/s; ratio %.1fx\n", 1 / t_one, 1 / t_decode, t_decode / t_one);
	free(req);
	free(buf);
	return 0;
}
