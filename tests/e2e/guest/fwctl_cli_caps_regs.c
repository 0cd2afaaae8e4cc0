// SPDX-License-Identifier: GPL-2.0
/*
 * The operator's view of capabilities and registers, through the fwctl CLI
 * in the guest: `fwctl -n mlx5 cap DEV TYPE [--max]` prints exactly the
 * fields of the capability's layout with the simulator's profile values, and
 * `fwctl -n mlx5 reg DEV NAME index=... --set F=V ...` writes random
 * in-range values that a later read shows, per local_port.  The catalogue
 * and layouts come from the spec's reflection tables, the expected values
 * from the simulator's profile (kernel/mlx5_sim/profile.c).
 *
 * Usage: fwctl_cli_caps_regs DEV SEED
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fwctl/reflect.h>
#include <mlx5_reflect.h>

#include "e2e.h"
#include "profile.h"

#define MAX_LINES 2048
#define MAX_SETS  6

/* set first thing in main() */
static const struct fwctl_family *fam;
static const char *dev;
static uint64_t rng;
static unsigned int failures;

/** struct output - "key: value" lines of one CLI run */
struct output {
	char key[MAX_LINES][512];
	unsigned long long value[MAX_LINES];
	unsigned int n;
};

static uint64_t next_random(void)
{
	return e2e_random(&rng);
}

static void fail(const char *what, const char *detail)
{
	failures++;
	if (failures <= 20)
		printf("FAIL: %s: %s\n", what, detail);
}

/* Run the CLI; 0 when it exits 0, its lines in @out. */
static int run(const char *args, struct output *out)
{
	char cmd[4096], line[512], *colon;
	FILE *p;

	snprintf(cmd, sizeof(cmd), "fwctl -n mlx5 %s 2>&1", args);
	p = popen(cmd, "r");
	if (!p)
		return -1;
	out->n = 0;
	while (fgets(line, sizeof(line), p) && out->n < MAX_LINES) {
		colon = strstr(line, ": ");
		if (!colon)
			continue;
		*colon = '\0';
		snprintf(out->key[out->n], sizeof(out->key[0]), "%s", line);
		out->value[out->n++] = strtoull(colon + 2, NULL, 0);
	}
	return pclose(p) ? -1 : 0;
}

static int find_line(const struct output *out, const char *key,
		     unsigned long long *value)
{
	unsigned int i;

	for (i = 0; i < out->n; i++)
		if (!strcmp(out->key[i], key)) {
			*value = out->value[i];
			return 0;
		}
	return -1;
}

/*
 * Every line's key starts with a top-level field of @l, and every field
 * shows up.
 */
static int keys_are_fields(const struct output *out,
			   const struct fwctl_layout *l)
{
	unsigned int i, k, seen;

	for (i = 0; i < out->n; i++) {
		size_t len = strcspn(out->key[i], ".[");

		for (k = 0; k < l->n_fields; k++)
			if (l->fields[k].kind != FWCTL_FIELD_RESERVED &&
			    strlen(l->fields[k].name) == len &&
			    !strncmp(l->fields[k].name, out->key[i], len))
				break;
		if (k == l->n_fields)
			return -1;
	}
	for (k = 0; k < l->n_fields; k++) {
		size_t len = strlen(l->fields[k].name);

		/* a flexible array the instance does not fill prints nothing */
		if (l->fields[k].kind == FWCTL_FIELD_RESERVED ||
		    (l->fields[k].is_array && !l->fields[k].count))
			continue;
		for (seen = 0, i = 0; i < out->n && !seen; i++)
			seen = !strncmp(out->key[i], l->fields[k].name, len) &&
			       strchr(".[", out->key[i][len]);
		if (!seen)
			return -1;
	}
	return 0;
}

static const struct fwctl_catalogue *catalogue(const char *name)
{
	uint32_t i;

	for (i = 0; i < fam->n_catalogues; i++)
		if (!strcmp(fam->catalogues[i].name, name))
			return &fam->catalogues[i];
	return NULL;
}

static const struct fwctl_selector *
selector_of(const struct fwctl_catalogue *cat, const struct fwctl_field **f)
{
	const struct fwctl_command *cmd = &fam->commands[cat->command];

	*f = &fam->layouts[cmd->out_layout].fields[cat->reply_field];
	return (*f)->extra->select;
}

static unsigned int check_caps(void)
{
	const struct fwctl_catalogue *cat = catalogue("cap");
	const struct fwctl_field *f;
	const struct fwctl_selector *sel = selector_of(cat, &f);
	const struct fwctl_layout *u = &fam->layouts[f->layout];
	static struct output out;
	unsigned long long got;
	unsigned int c, mode, checked = 0;
	const struct mlx5_sim_cap_value *v;
	char args[256], what[400];

	for (c = 0; c < sel->n_cases; c++) {
		const struct fwctl_field *member =
			&u->fields[sel->cases[c].target];

		for (mode = 0; mode < 2; mode++) {
			snprintf(args,
				 sizeof(args),
				 "cap %s %llu%s",
				 dev,
				 (unsigned long long)sel->cases[c].value,
				 mode ? "" : " --max");
			if (run(args, &out) ||
			    keys_are_fields(&out,
					    &fam->layouts[member->layout])) {
				fail(args, "exit status or keys");
				continue;
			}
			for (v = mlx5_sim_profile; v->set; v++) {
				if (v->type != sel->cases[c].value)
					continue;
				snprintf(what,
					 sizeof(what),
					 "%s: %s",
					 args,
					 v->field);
				if (find_line(&out, v->field, &got) ||
				    got != (mode ? v->cur : v->max))
					fail(what,
					     "value differs from the profile");
				checked++;
			}
		}
	}
	printf("INFO: fwctl mlx5 cap: %u types x cur/max, %u profile values\n",
	       sel->n_cases,
	       checked);
	return checked;
}

static int is_index(const struct fwctl_field *f)
{
	return f->extra && f->extra->is_index;
}

/* "idx=V ..." for every index field; local_port is @port. */
static void index_args(const struct fwctl_layout *l, unsigned int port,
		       char *buf, size_t len)
{
	size_t used = 0;
	uint32_t k;

	buf[0] = '\0';
	for (k = 0; k < l->n_fields; k++)
		if (is_index(&l->fields[k]))
			used += (size_t)snprintf(
				buf + used,
				len - used,
				" %s=%u",
				l->fields[k].name,
				strcmp(l->fields[k].name, "local_port") ? 0
									: port);
}

static int has_field(const struct fwctl_layout *l, const char *name)
{
	uint32_t k;

	for (k = 0; k < l->n_fields; k++)
		if (!strcmp(l->fields[k].name, name))
			return 1;
	return 0;
}

/** struct write - fields set on one register instance */
struct write {
	const struct fwctl_field *f[MAX_SETS];
	unsigned long long v[MAX_SETS];
	unsigned int n;
};

static void write_random(const char *name, const struct fwctl_layout *l,
			 unsigned int port, struct write *w)
{
	char args[2048], idx[256];
	size_t used;
	uint32_t k;

	index_args(l, port, idx, sizeof(idx));
	used = (size_t)snprintf(
		args, sizeof(args), "reg %s %s%s", dev, name, idx);
	w->n = 0;
	for (k = 0; k < l->n_fields && w->n < MAX_SETS; k++) {
		const struct fwctl_field *f = &l->fields[k];

		if (f->kind != FWCTL_FIELD_UINT || f->is_array || is_index(f) ||
		    f->bit_width > 32)
			continue;
		w->f[w->n] = f;
		w->v[w->n] = next_random() & ((1ULL << f->bit_width) - 1);
		used += (size_t)snprintf(args + used,
					 sizeof(args) - used,
					 " --set %s=%llu",
					 f->name,
					 w->v[w->n]);
		w->n++;
	}
	static struct output out;

	if (run(args, &out))
		fail(args, "exit status");
}

static void check_read(const char *name, const struct fwctl_layout *l,
		       unsigned int port, const struct write *w)
{
	static struct output out;
	unsigned long long got;
	char args[512], idx[256], what[900];
	unsigned int i;

	index_args(l, port, idx, sizeof(idx));
	snprintf(args, sizeof(args), "reg %s %s%s", dev, name, idx);
	if (run(args, &out) || keys_are_fields(&out, l)) {
		fail(args, "exit status or keys");
		return;
	}
	for (i = 0; i < w->n; i++) {
		snprintf(what, sizeof(what), "%s: %s", args, w->f[i]->name);
		if (find_line(&out, w->f[i]->name, &got) || got != w->v[i])
			fail(what, "read back differs from the write");
	}
}

static unsigned int check_regs(void)
{
	const struct fwctl_catalogue *cat = catalogue("reg");
	const struct fwctl_field *f;
	const struct fwctl_selector *sel = selector_of(cat, &f);
	const struct fwctl_enum *e = &fam->enums[cat->enumeration];
	unsigned int c, regs = 0, port, ports;
	struct write w[2];
	const char *name;
	uint32_t k;

	for (c = 0; c < sel->n_cases; c++) {
		const struct fwctl_layout *l =
			&fam->layouts[sel->cases[c].target];

		for (name = NULL, k = 0; k < e->n_entries && !name; k++)
			if (e->entries[k].value == sel->cases[c].value)
				name = e->entries[k].name;
		if (!name || !strcmp(name, "PAOS")) /* PAOS: its own test */
			continue;
		ports = has_field(l, "local_port") ? 2 : 1;
		for (port = 1; port <= ports; port++)
			write_random(name, l, port, &w[port - 1]);
		for (port = 1; port <= ports; port++)
			check_read(name, l, port, &w[port - 1]);
		regs++;
	}
	printf("INFO: fwctl mlx5 reg --set: %u registers read back\n", regs);
	return regs;
}

static void check_paos(void)
{
	static const char *const states[] = {"DOWN", "UP"};
	static struct output out;
	unsigned long long admin, oper;
	char args[256];
	unsigned int i;

	for (i = 0; i < 2; i++) {
		snprintf(
			args,
			sizeof(args),
			"reg %s PAOS local_port=1 swid=0 --set admin_status=%s "
			"--set ase=1",
			dev,
			states[i]);
		if (run(args, &out) ||
		    find_line(&out, "admin_status", &admin) ||
		    find_line(&out, "oper_status", &oper) ||
		    admin != (i ? 1u : 2u) || oper != admin)
			fail(args, "oper_status does not follow admin_status");
	}
}

int main(int argc, char **argv)
{
	unsigned int before = failures;

	fam = fwctl_family_mlx5();
	if (argc != 3)
		return 2;
	dev = argv[1];
	rng = strtoull(argv[2], NULL, 0) | 1;
	if (check_caps() && failures == before)
		printf("PASS: fwctl mlx5 cap: every type, cur and max, shows "
		       "its "
		       "layout's fields with the profile's values\n");
	before = failures;
	if (check_regs() && failures == before)
		printf("PASS: fwctl mlx5 reg --set: random writes read back "
		       "per "
		       "local_port for every register with a layout\n");
	before = failures;
	check_paos();
	if (failures == before)
		printf("PASS: fwctl mlx5 reg PAOS: oper_status follows "
		       "admin_status DOWN then UP\n");
	return failures ? 1 : 0;
}
