// SPDX-License-Identifier: GPL-2.0
/*
 * Starting points for the fuzzers, from the reflection tables, so they
 * cover every layout the spec has (and follow it when it grows):
 *   seeds DECODE_CORPUS_DIR ASSIGN_DICT MAX_LEN
 * writes one fuzz_decode seed per mlx5 layout (its index, raw mode, zero
 * bytes of its size; a variable layout filled up to MAX_LEN, the largest
 * input of the run, so that work growing faster than the input shows up
 * against the time and RSS limits) and a libFuzzer dictionary for
 * fuzz_assign with every layout, field and enum entry name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fwctl/codec.h>
#include <mlx5_reflect.h>

#include "fuzz_input.h"

/* set first thing in main() */
static const struct fwctl_family *family;

static int write_seed(const char *dir, uint32_t index, size_t max_len)
{
	const struct fwctl_layout *layout = &family->layouts[index];
	size_t len = fwctl_layout_bytes(layout) + FUZZ_DECODE_HEADER;
	uint8_t head[FUZZ_DECODE_HEADER] = {
		(uint8_t)index, (uint8_t)(index >> 8), 0};
	char path[4096];
	FILE *f;
	size_t i;

	if (layout->variable && len < max_len)
		len = max_len;
	snprintf(path, sizeof(path), "%s/layout-%s", dir, layout->name);
	f = fopen(path, "wb");
	if (!f)
		return -1;
	fwrite(head, 1, sizeof(head), f);
	for (i = sizeof(head); i < len; i++)
		fputc(0, f);
	return fclose(f);
}

static void dict_word(FILE *f, const char *word)
{
	fprintf(f, "\"%s\"\n", word);
}

static int write_dict(const char *file)
{
	FILE *f = fopen(file, "w");
	uint32_t i, k;

	if (!f)
		return -1;
	for (i = 0; i < family->n_layouts; i++) {
		dict_word(f, family->layouts[i].name);
		for (k = 0; k < family->layouts[i].n_fields; k++)
			if (family->layouts[i].fields[k].kind !=
			    FWCTL_FIELD_RESERVED)
				dict_word(f, family->layouts[i].fields[k].name);
	}
	for (i = 0; i < family->n_enums; i++)
		for (k = 0; k < family->enums[i].n_entries; k++)
			dict_word(f, family->enums[i].entries[k].name);
	dict_word(f, "=0x");
	dict_word(f, "[0]");
	return fclose(f);
}

int main(int argc, char **argv)
{
	uint32_t i;

	family = fwctl_family_mlx5();
	if (argc != 4) {
		fprintf(stderr,
			"usage: %s DECODE_CORPUS_DIR ASSIGN_DICT MAX_LEN\n",
			argv[0]);
		return 2;
	}
	for (i = 0; i < family->n_layouts; i++)
		if (write_seed(argv[1], i, strtoul(argv[3], NULL, 10))) {
			perror(argv[1]);
			return 1;
		}
	if (write_dict(argv[2])) {
		perror(argv[2]);
		return 1;
	}
	return 0;
}
