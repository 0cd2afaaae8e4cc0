// SPDX-License-Identifier: GPL-2.0
/*
 * Capabilities and registers of the simulated firmware, through raw
 * FWCTL_RPC: every capability type of the catalogue answers the device
 * profile (the simulator's own table, profile.c, built in here too) for
 * current and maximum values; every register with a layout stores what a
 * write carries, per instance; PAOS's operational status follows its admin
 * status; unknown types and ids fail with BAD_PARAM.  The catalogue and the
 * field positions come from the spec's reflection tables, not from the
 * simulator's accessors.  Usage: fwctl_caps_regs [SEED]
 */
#include "e2e.h"

#include <mlx5_reflect.h>
#include "profile.h"

#define CAP_PAGE_BYTES (MLX5_QUERY_HCA_CAP_OUT_BYTES - MLX5_MBOX_OUT_HDR_BYTES)
/* The largest register image the catalogue holds. */
#define REG_MAX_BYTES 256

/* set first thing in main() */
static const struct fwctl_family *fam;

/*
 * A check of one item among many: silent when it holds, a FAIL line when
 * not; the summary's PASS line gives the counts.
 */
static bool item_check(bool ok, const char *name, const char *fmt, ...)
{
	va_list ap;

	if (ok)
		return true;
	printf("FAIL: %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	e2e_failures++;
	return false;
}
static uint64_t rng_state;

static uint64_t rng(void)
{
	return e2e_random(&rng_state);
}

/* A field of the PRM's big-endian, MSB-0 bit numbering. */
static uint64_t get_bits(const __u8 *buf, uint32_t off, uint32_t width)
{
	uint64_t v = 0;
	uint32_t b;

	for (b = off; b < off + width; b++)
		v = v << 1 | (buf[b / 8] >> (7 - b % 8) & 1);
	return v;
}

static void set_bits(__u8 *buf, uint32_t off, uint32_t width, uint64_t v)
{
	uint32_t b;

	for (b = off + width; b-- > off; v >>= 1)
		buf[b / 8] = (buf[b / 8] & ~(0x80 >> b % 8)) |
			     (v & 1) << (7 - b % 8);
}

static const struct fwctl_layout *layout_named(const char *name)
{
	uint32_t i;

	for (i = 0; i < fam->n_layouts; i++)
		if (!strcmp(fam->layouts[i].name, name))
			return &fam->layouts[i];
	printf("FAIL: no layout %s in the reflection tables\n", name);
	exit(EXIT_FAILURE);
}

static const struct fwctl_field *field_named(const struct fwctl_layout *l,
					     const char *name)
{
	uint32_t i;

	for (i = 0; i < l->n_fields; i++)
		if (!strcmp(l->fields[i].name, name))
			return &l->fields[i];
	return NULL;
}

/* The selector of a selected field, e.g. QUERY_HCA_CAP's capability. */
static const struct fwctl_selector *selector(const char *layout,
					     const char *field)
{
	const struct fwctl_field *f = field_named(layout_named(layout), field);

	if (!f || !f->extra || !f->extra->select) {
		printf("FAIL: %s.%s is not a selected field\n", layout, field);
		exit(EXIT_FAILURE);
	}
	return f->extra->select;
}

static const struct fwctl_enum *enum_named(const char *name)
{
	uint32_t i;

	for (i = 0; i < fam->n_enums; i++)
		if (!strcmp(fam->enums[i].name, name))
			return &fam->enums[i];
	printf("FAIL: no enum %s in the reflection tables\n", name);
	exit(EXIT_FAILURE);
}

static bool selects(const struct fwctl_selector *sel, uint64_t value)
{
	uint32_t i;

	for (i = 0; i < sel->n_cases; i++)
		if (sel->cases[i].value == value)
			return true;
	return false;
}

static __u8 status_of(const void *out)
{
	return mlx5_mbox_out_hdr_get_status(out);
}

/* QUERY_HCA_CAP of @type; returns the errno, fills @out. */
static int query_cap(int fd, unsigned int type, bool cur, __u8 *out)
{
	__u8 in[MLX5_QUERY_HCA_CAP_IN_BYTES];
	__u32 out_len = MLX5_QUERY_HCA_CAP_OUT_BYTES;

	e2e_hdr(in, OP_QUERY_HCA_CAP, type << 1 | cur);
	return e2e_rpc(fd, FWCTL_RPC_CONFIGURATION, in, sizeof(in), out,
		       &out_len);
}

/* The page the profile describes for @type, built on the reflection. */
static bool expected_page(const struct fwctl_layout *page, unsigned int type,
			  bool cur, __u8 *buf, unsigned int *n_values)
{
	const struct mlx5_sim_cap_value *v;
	bool ok = true;

	memset(buf, 0, CAP_PAGE_BYTES);
	for (v = mlx5_sim_profile; v->set; v++) {
		const struct fwctl_field *f;
		uint32_t value = cur ? v->cur : v->max;

		if (v->type != type)
			continue;
		f = field_named(page, v->field);
		ok &= item_check(f && f->kind == FWCTL_FIELD_UINT &&
					f->count == 1 &&
					(f->bit_width >= 32 ||
					 value >> f->bit_width == 0),
				"profile value is a field of its page",
				"%s.%s = %u", page->name, v->field, value);
		if (f)
			set_bits(buf, f->bit_offset, f->bit_width, value);
		++*n_values;
	}
	return ok;
}

static bool bits_differ(const __u8 *a, const __u8 *b, uint32_t off,
			uint32_t width)
{
	uint32_t b0;

	for (b0 = off; b0 < off + width; b0 += 64) {
		uint32_t w = off + width - b0 < 64 ? off + width - b0 : 64;

		if (get_bits(a, b0, w) != get_bits(b, b0, w))
			return true;
	}
	return false;
}

/* One FAIL line per field of @page that differs from the profile. */
static void report_diff(const struct fwctl_layout *page, bool cur,
			const __u8 *got, const __u8 *want)
{
	unsigned int n = 0;
	uint32_t i;

	for (i = 0; i < page->n_fields; i++) {
		const struct fwctl_field *f = &page->fields[i];

		n += !item_check(!bits_differ(got, want, f->bit_offset,
					      f->bit_width *
						      (f->count ? f->count : 1)),
				 "capability field equals the profile",
				 "%s %s.%s", cur ? "cur" : "max", page->name,
				 f->name);
	}
	item_check(n, "capability page equals the profile",
		   "%s %s differs beyond its fields", cur ? "cur" : "max",
		   page->name);
}

/* Every catalogued capability type, current and maximum, is the profile. */
static void check_caps(int fd)
{
	const struct fwctl_selector *sel =
		selector("query_hca_cap_out", "capability");
	const struct fwctl_layout *u = layout_named("hca_cap_union");
	const struct fwctl_enum *types = enum_named("cap_type");
	static __u8 out[MLX5_QUERY_HCA_CAP_OUT_BYTES], want[CAP_PAGE_BYTES];
	unsigned int n_pages = 0, n_values = 0, n_bad = 0;
	int failures = e2e_failures;
	uint32_t i;
	int err;

	for (i = 0; i < sel->n_cases; i++) {
		unsigned int type = sel->cases[i].value;
		const struct fwctl_layout *page =
			&fam->layouts[u->fields[sel->cases[i].target].layout];
		unsigned int mode;

		for (mode = 0; mode < 2; mode++) {
			bool cur = mode == HCA_CAP_OPMOD_GET_CUR;
			const __u8 *got = out + MLX5_MBOX_OUT_HDR_BYTES;

			err = query_cap(fd, type, cur, out);
			if (!item_check(!err && status_of(out) == STAT_OK,
				       "QUERY_HCA_CAP of a catalogued type",
				       "type 0x%x (%s) %s: errno %s, status 0x%x",
				       type, page->name, cur ? "cur" : "max",
				       strerror(err), status_of(out)))
				continue;
			expected_page(page, type, cur, want, &n_values);
			if (memcmp(got, want, CAP_PAGE_BYTES))
				report_diff(page, cur, got, want);
			n_pages++;
		}
	}
	/* Every other type of the enum, and one past it, is unknown. */
	for (i = 0; i <= types->n_entries; i++) {
		unsigned int type = i < types->n_entries ?
					    types->entries[i].value : 0x7f;

		if (selects(sel, type))
			continue;
		err = query_cap(fd, type, true, out);
		item_check(!err && status_of(out) == STAT_BAD_PARAM &&
				  mlx5_mbox_out_hdr_get_syndrome(out),
			  "QUERY_HCA_CAP of a type not in the catalogue: "
			  "BAD_PARAM with a syndrome",
			  "type 0x%x: errno %s, status 0x%x", type,
			  strerror(err), status_of(out));
		n_bad++;
	}
	e2e_check(e2e_failures == failures,
		  "QUERY_HCA_CAP: every catalogued type's page, cur and max, "
		  "equals the profile; other types BAD_PARAM",
		  "%d failures above", e2e_failures - failures);
	printf("INFO: QUERY_HCA_CAP: %u catalogued types, %u pages, %u "
	       "profile values, %u unknown types\n",
	       sel->n_cases, n_pages, n_values / 2, n_bad);
}

/* ACCESS_REG of @id; @image in, the reply's image out; returns the status. */
static __u8 access_reg(int fd, unsigned int id, bool write, __u8 *image,
		       __u32 bytes)
{
	__u8 in[MLX5_ACCESS_REGISTER_IN_BYTES + REG_MAX_BYTES];
	__u8 out[MLX5_ACCESS_REGISTER_OUT_BYTES + REG_MAX_BYTES];
	__u32 out_len = MLX5_ACCESS_REGISTER_OUT_BYTES + bytes;
	int err;

	e2e_hdr(in, OP_ACCESS_REG, write ? 0 : 1);
	mlx5_access_register_in_set_register_id(in, id);
	memcpy(in + MLX5_ACCESS_REGISTER_IN_BYTES, image, bytes);
	/* The upstream rule: reads need DEBUG_READ_ONLY, writes CONFIGURATION. */
	err = e2e_rpc(fd,
		      write ? FWCTL_RPC_CONFIGURATION :
			      FWCTL_RPC_DEBUG_READ_ONLY,
		      in, MLX5_ACCESS_REGISTER_IN_BYTES + bytes, out, &out_len);
	if (err) {
		printf("INFO: ACCESS_REG 0x%x: %s\n", id, strerror(err));
		return 0xff;
	}
	memcpy(image, out + MLX5_ACCESS_REGISTER_OUT_BYTES, bytes);
	return status_of(out);
}

/* The index field that picks the instance: local_port, else the first. */
static const struct fwctl_field *instance_field(const struct fwctl_layout *l)
{
	const struct fwctl_field *f = field_named(l, "local_port");
	uint32_t i;

	if (f && f->extra && f->extra->is_index)
		return f;
	for (i = 0; i < l->n_fields; i++)
		if (l->fields[i].extra && l->fields[i].extra->is_index)
			return &l->fields[i];
	return NULL;
}

/* Random bits everywhere but in the index fields, which address @inst. */
static void random_image(const struct fwctl_layout *l,
			 const struct fwctl_field *inst, unsigned int value,
			 __u8 *image)
{
	uint32_t i;

	for (i = 0; i < l->bit_size / 8; i++)
		image[i] = rng();
	for (i = 0; i < l->n_fields; i++)
		if (l->fields[i].extra && l->fields[i].extra->is_index)
			set_bits(image, l->fields[i].bit_offset,
				 l->fields[i].bit_width, 0);
	if (inst)
		set_bits(image, inst->bit_offset, inst->bit_width, value);
}

/* Writes random images to two instances; both read back as written. */
static void check_register(int fd, unsigned int id,
			   const struct fwctl_layout *l)
{
	const struct fwctl_field *inst = instance_field(l);
	__u32 bytes = l->bit_size / 8;
	__u8 a[REG_MAX_BYTES], b[REG_MAX_BYTES], got[REG_MAX_BYTES];
	__u8 fresh[REG_MAX_BYTES] = {};
	bool ok;

	ok = item_check(bytes == mlx5_access_register_in_register_data_bytes(id) &&
			       bytes <= REG_MAX_BYTES,
		       "register size agrees with its layout", "0x%x (%s)",
		       id, l->name);
	if (!ok)
		return;
	random_image(l, inst, 1, a);
	random_image(l, inst, 2, b);
	memcpy(got, a, bytes);
	ok = access_reg(fd, id, true, got, bytes) == STAT_OK &&
	     !memcmp(got, a, bytes);
	if (inst) {
		memcpy(got, b, bytes);
		ok &= access_reg(fd, id, true, got, bytes) == STAT_OK &&
		      !memcmp(got, b, bytes);
		/* Read B with A's bits: the index alone picks the instance. */
		memcpy(got, a, bytes);
		set_bits(got, inst->bit_offset, inst->bit_width, 2);
		ok &= access_reg(fd, id, false, got, bytes) == STAT_OK &&
		      !memcmp(got, b, bytes);
		/* An instance never written: zeros, its index echoed. */
		set_bits(fresh, inst->bit_offset, inst->bit_width, 3);
		memcpy(got, a, bytes);
		set_bits(got, inst->bit_offset, inst->bit_width, 3);
		ok &= access_reg(fd, id, false, got, bytes) == STAT_OK &&
		      !memcmp(got, fresh, bytes);
	}
	memset(got, 0, bytes);
	if (inst)
		set_bits(got, inst->bit_offset, inst->bit_width, 1);
	ok &= access_reg(fd, id, false, got, bytes) == STAT_OK &&
	      !memcmp(got, a, bytes);
	item_check(ok, "register reads back what was written, per instance",
			 "0x%x (%s)", id, l->name);
}

/* PAOS of port @port: write admin_status with the enable bit, or read. */
static void paos(int fd, unsigned int port, bool write, bool ase,
		 unsigned int admin, __u8 *image)
{
	memset(image, 0, MLX5_PAOS_REG_BYTES);
	mlx5_paos_reg_set_local_port(image, port);
	mlx5_paos_reg_set_ase(image, ase);
	mlx5_paos_reg_set_admin_status(image, admin);
	if (access_reg(fd, REG_PAOS, write, image, MLX5_PAOS_REG_BYTES) !=
	    STAT_OK)
		memset(image, 0xff, MLX5_PAOS_REG_BYTES);
}

static unsigned int vport_state(int fd)
{
	__u8 in[MLX5_QUERY_VPORT_STATE_IN_BYTES] = {};
	__u8 out[MLX5_QUERY_VPORT_STATE_OUT_BYTES];
	__u32 out_len = sizeof(out);

	e2e_hdr(in, OP_QUERY_VPORT_STATE, 0);
	if (e2e_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), out,
		    &out_len) || status_of(out) != STAT_OK)
		return ~0U;
	return mlx5_query_vport_state_out_get_state(out);
}

/* PAOS: the operational status (and port 1's vport) follows admin status. */
static void check_paos(int fd)
{
	static const unsigned int steps[] = { MLX5_PORT_DOWN, MLX5_PORT_UP };
	__u8 r[MLX5_PAOS_REG_BYTES];
	unsigned int i, st;

	for (i = 0; i < 2; i++) {
		st = steps[i];
		paos(fd, 1, true, true, st, r);
		paos(fd, 1, false, false, 0, r);
		e2e_check(mlx5_paos_reg_get_admin_status(r) == st &&
				  mlx5_paos_reg_get_oper_status(r) == st &&
				  vport_state(fd) == (st == MLX5_PORT_UP),
			  st == MLX5_PORT_UP ?
				  "PAOS admin_status UP: oper_status and vport follow" :
				  "PAOS admin_status DOWN: oper_status and vport follow",
			  "admin %u oper %u vport %u",
			  mlx5_paos_reg_get_admin_status(r),
			  mlx5_paos_reg_get_oper_status(r), vport_state(fd));
	}
	/* Without the enable bit, admin_status stays. */
	paos(fd, 1, true, false, MLX5_PORT_DOWN, r);
	e2e_check(mlx5_paos_reg_get_admin_status(r) == MLX5_PORT_UP &&
			  mlx5_paos_reg_get_oper_status(r) == MLX5_PORT_UP,
		  "PAOS write without ase keeps admin_status",
		  "admin %u oper %u", mlx5_paos_reg_get_admin_status(r),
		  mlx5_paos_reg_get_oper_status(r));
	/* Another port is another instance. */
	paos(fd, 2, true, true, MLX5_PORT_DOWN, r);
	paos(fd, 1, false, false, 0, r);
	e2e_check(mlx5_paos_reg_get_oper_status(r) == MLX5_PORT_UP &&
			  vport_state(fd) == 1,
		  "PAOS port 2 DOWN leaves port 1 UP",
		  "port 1 oper %u", mlx5_paos_reg_get_oper_status(r));
	paos(fd, 2, false, false, 0, r);
	e2e_check(mlx5_paos_reg_get_oper_status(r) == MLX5_PORT_DOWN,
		  "PAOS port 2 reads DOWN", "oper %u",
		  mlx5_paos_reg_get_oper_status(r));
	memset(r, 0, sizeof(r));
	mlx5_paos_reg_set_local_port(r, 1);
	mlx5_paos_reg_set_ase(r, 1);
	mlx5_paos_reg_set_admin_status(r, 0xf);
	e2e_check(access_reg(fd, REG_PAOS, true, r, sizeof(r)) ==
			  STAT_BAD_PARAM,
		  "PAOS admin_status neither UP nor DOWN: BAD_PARAM", "");
}

static void check_registers(int fd)
{
	const struct fwctl_selector *sel =
		selector("access_register_in", "register_data");
	const struct fwctl_enum *ids = enum_named("reg_id");
	__u8 in[MLX5_ACCESS_REGISTER_IN_BYTES + REG_MAX_BYTES] = {};
	__u8 out[MLX5_ACCESS_REGISTER_OUT_BYTES + REG_MAX_BYTES];
	unsigned int n_regs = 0, n_inst = 0, n_bad = 0;
	int failures = e2e_failures;
	__u32 out_len;
	uint32_t i;
	int err;

	for (i = 0; i < sel->n_cases; i++) {
		unsigned int id = sel->cases[i].value;
		const struct fwctl_layout *l =
			&fam->layouts[sel->cases[i].target];

		/* PAOS has behaviour: check_paos(). */
		if (id == REG_PAOS)
			continue;
		check_register(fd, id, l);
		n_regs++;
		n_inst += instance_field(l) ? 2 : 1;
	}
	check_paos(fd);

	/* Register ids without a layout, and one past them, are unknown. */
	for (i = 0; i <= ids->n_entries; i++) {
		unsigned int id = i < ids->n_entries ? ids->entries[i].value :
						       0xffff;

		if (selects(sel, id))
			continue;
		e2e_hdr(in, OP_ACCESS_REG, 1);
		mlx5_access_register_in_set_register_id(in, id);
		out_len = sizeof(out);
		err = e2e_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in),
			      out, &out_len);
		item_check(!err && status_of(out) == STAT_BAD_PARAM &&
				  mlx5_mbox_out_hdr_get_syndrome(out),
			  "ACCESS_REG of an unknown register: BAD_PARAM with "
			  "a syndrome",
			  "id 0x%x: errno %s, status 0x%x", id, strerror(err),
			  status_of(out));
		n_bad++;
	}
	e2e_check(e2e_failures == failures,
		  "ACCESS_REG: every register with a layout reads back random "
		  "writes per instance; other ids BAD_PARAM",
		  "%d failures above", e2e_failures - failures);
	printf("INFO: ACCESS_REG: %u registers with a layout (%u instances "
	       "written) and PAOS, %u unknown ids\n",
	       n_regs, n_inst, n_bad);
}

static unsigned long tainted(void)
{
	FILE *f = fopen("/proc/sys/kernel/tainted", "r");
	unsigned long t = ~0UL;

	if (f) {
		if (fscanf(f, "%lu", &t) != 1)
			t = ~0UL;
		fclose(f);
	}
	return t;
}

int main(int argc, char **argv)
{
	unsigned long taint = tainted();
	int fd = e2e_open();

	fam = fwctl_family_mlx5();
	rng_state = argc > 1 ? strtoull(argv[1], NULL, 0) : 0x5eed;
	if (!rng_state)
		rng_state = 1;
	check_caps(fd);
	check_registers(fd);
	close(fd);
	e2e_check(tainted() == taint,
		  "capability and register RPCs do not taint", "0x%lx -> 0x%lx",
		  taint, tainted());
	return e2e_exit_status();
}
