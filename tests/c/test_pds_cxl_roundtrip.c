// SPDX-License-Identifier: GPL-2.0
/*
 * Round trip of every pds and CXL layout against packed C structs written
 * here from upstream (include/uapi/fwctl/pds.h, include/linux/pds/
 * pds_adminq.h, include/uapi/cxl/features.h, include/uapi/fwctl/cxl.h),
 * independently of the spec.  A struct filled with random bytes decodes,
 * field by field, through libfwctl's reflection to the values its members
 * hold; encoding each member alone into a zeroed buffer writes exactly the
 * member's bytes.  Nested layouts are reached through the structs holding
 * them.  Members are little-endian: the test runs on a little-endian host.
 */
#include <endian.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <fwctl/codec.h>
#include <fwctl/libfwctl.h>
#include "cxl_reflect.h"
#include "pds_reflect.h"
#include "test_bits.h"

#define PACKED __attribute__((__packed__))

/* ---- pds ---- */
struct t_rpc_pds {
	struct {
		uint32_t op, ep, rsvd, len;
		uint64_t payload;
	} in;
	struct {
		uint32_t retval, rsvd[2], len;
		uint64_t payload;
	} out;
};
struct t_cmd {
	uint8_t opcode, rsvd[3];
	uint32_t ep, op;
} PACKED;
struct t_comp {
	uint8_t status, rsvd;
	uint16_t comp_index;
	uint8_t rsvd2[11], color;
} PACKED;
struct t_ident_cmd {
	uint8_t opcode, rsvd, version, rsvd2;
	uint32_t len;
	uint64_t ident_pa;
} PACKED;
struct t_ident {
	uint64_t features;
	uint8_t version, rsvd[3];
	uint32_t max_req_sz, max_resp_sz;
	uint8_t max_req_sg_elems, max_resp_sg_elems;
} PACKED;
struct t_query_cmd {
	uint8_t opcode, entity, version, rsvd;
	uint32_t query_data_buf_len;
	uint64_t query_data_buf_pa;
	union {
		uint32_t ep, op;
	} target;
} PACKED;
struct t_query_comp {
	uint8_t status, rsvd;
	uint16_t comp_index;
	uint8_t version, rsvd2[2], color;
} PACKED;
struct t_query_data_endpoint {
	uint32_t id;
} PACKED;
struct t_query_data_operation {
	uint32_t id;
	uint8_t scope, rsvd[3];
} PACKED;
struct t_query_data {
	uint8_t version, rsvd[3];
	uint32_t num_entries;
	uint8_t entries[3]; /* a flexible array: three elements here */
} PACKED;
struct t_rpc_cmd {
	uint8_t opcode, rsvd;
	uint16_t flags;
	uint32_t ep, op;
	uint8_t inline_req0[16];
	union {
		uint8_t inline_req1[16];
		struct {
			uint64_t req_pa;
			uint32_t req_sz;
			uint8_t req_sg_elems, req_rsvd[3];
		} PACKED ind;
	} req;
	union {
		uint8_t inline_req2[16];
		struct {
			uint64_t resp_pa;
			uint32_t resp_sz;
			uint8_t resp_sg_elems, resp_rsvd[3];
		} PACKED ind;
	} resp;
} PACKED;
struct t_sg_elem {
	uint64_t addr;
	uint32_t len;
	uint8_t rsvd[4];
} PACKED;
struct t_rpc_comp {
	uint8_t status, rsvd;
	uint16_t comp_index;
	uint32_t err, resp_sz;
	uint8_t rsvd2[3], color;
} PACKED;

/* ---- CXL ---- */
struct t_get_sup_feats_in {
	uint32_t count;
	uint16_t start_idx;
	uint8_t reserved[2];
} PACKED;
struct t_feat_entry {
	uint8_t uuid[16];
	uint16_t id, get_feat_size, set_feat_size;
	uint32_t flags;
	uint8_t get_feat_ver, set_feat_ver;
	uint16_t effects;
	uint8_t reserved[18];
} PACKED;
struct t_get_sup_feats_out {
	struct {
		uint16_t num_entries, supported_feats;
		uint8_t reserved[4];
	} hdr;
	struct t_feat_entry ents[2]; /* flexible: two entries here */
} PACKED;
struct t_get_feat_in {
	uint8_t uuid[16];
	uint16_t offset, count;
	uint8_t selection;
} PACKED;
struct t_set_feat_in {
	struct {
		uint8_t uuid[16];
		uint32_t flags;
		uint16_t offset;
		uint8_t version, rsvd[9];
	} hdr;
	uint8_t feat_data[2]; /* flexible: two bytes here */
} PACKED;
struct t_rpc_cxl {
	struct {
		uint32_t opcode, flags, op_size, reserved1;
	} hdr;
	union {
		struct t_get_sup_feats_in get_sup_feats_in;
		struct t_get_feat_in get_feat_in;
		struct t_set_feat_in set_feat_in;
	} op;
};
struct t_rpc_cxl_out {
	struct {
		uint32_t size, retval;
	} hdr;
	union {
		struct t_get_sup_feats_out get_sup_feats_out;
		uint8_t payload[4];
	} out;
};

/* a member: codec path, offset and size in the test's struct; opaque bytes */
struct member {
	const char *path;
	size_t off, size;
	int opaque;
};

#define M(T, path, expr)                                                       \
	{                                                                      \
		path, offsetof(T, expr), sizeof(((T *)0)->expr), 0             \
	}
#define O(T, path, expr)                                                       \
	{                                                                      \
		path, offsetof(T, expr), sizeof(((T *)0)->expr), 1             \
	}
#define N(a) (sizeof(a) / sizeof((a)[0]))

struct layout_case {
	const struct fwctl_family *(*family)(void); /* its getter */
	const char *layout;
	size_t size; /* of the test's struct */
	const struct member *members;
	size_t n;
};

static const struct member rpc_pds[] = {
	M(struct t_rpc_pds, "in.op", in.op),
	M(struct t_rpc_pds, "in.ep", in.ep),
	M(struct t_rpc_pds, "in.rsvd", in.rsvd),
	M(struct t_rpc_pds, "in.len", in.len),
	M(struct t_rpc_pds, "in.payload", in.payload),
	M(struct t_rpc_pds, "out.retval", out.retval),
	M(struct t_rpc_pds, "out.rsvd[0]", out.rsvd[0]),
	M(struct t_rpc_pds, "out.rsvd[1]", out.rsvd[1]),
	M(struct t_rpc_pds, "out.len", out.len),
	M(struct t_rpc_pds, "out.payload", out.payload),
};
static const struct member cmd[] = {
	M(struct t_cmd, "opcode", opcode),
	M(struct t_cmd, "rsvd[0]", rsvd[0]),
	M(struct t_cmd, "rsvd[2]", rsvd[2]),
	M(struct t_cmd, "ep", ep),
	M(struct t_cmd, "op", op),
};
static const struct member comp[] = {
	M(struct t_comp, "status", status),
	M(struct t_comp, "rsvd", rsvd),
	M(struct t_comp, "comp_index", comp_index),
	M(struct t_comp, "rsvd2[0]", rsvd2[0]),
	M(struct t_comp, "rsvd2[10]", rsvd2[10]),
	M(struct t_comp, "color", color),
};
static const struct member ident_cmd[] = {
	M(struct t_ident_cmd, "opcode", opcode),
	M(struct t_ident_cmd, "rsvd", rsvd),
	M(struct t_ident_cmd, "version", version),
	M(struct t_ident_cmd, "rsvd2", rsvd2),
	M(struct t_ident_cmd, "len", len),
	M(struct t_ident_cmd, "ident_pa", ident_pa),
};
static const struct member ident[] = {
	M(struct t_ident, "features", features),
	M(struct t_ident, "version", version),
	M(struct t_ident, "rsvd[1]", rsvd[1]),
	M(struct t_ident, "max_req_sz", max_req_sz),
	M(struct t_ident, "max_resp_sz", max_resp_sz),
	M(struct t_ident, "max_req_sg_elems", max_req_sg_elems),
	M(struct t_ident, "max_resp_sg_elems", max_resp_sg_elems),
};
static const struct member query_cmd[] = {
	M(struct t_query_cmd, "opcode", opcode),
	M(struct t_query_cmd, "entity", entity),
	M(struct t_query_cmd, "version", version),
	M(struct t_query_cmd, "rsvd", rsvd),
	M(struct t_query_cmd, "query_data_buf_len", query_data_buf_len),
	M(struct t_query_cmd, "query_data_buf_pa", query_data_buf_pa),
	M(struct t_query_cmd, "target.ep", target.ep),
	M(struct t_query_cmd, "target.op", target.op),
};
static const struct member query_comp[] = {
	M(struct t_query_comp, "status", status),
	M(struct t_query_comp, "rsvd", rsvd),
	M(struct t_query_comp, "comp_index", comp_index),
	M(struct t_query_comp, "version", version),
	M(struct t_query_comp, "rsvd2[1]", rsvd2[1]),
	M(struct t_query_comp, "color", color),
};
static const struct member endpoint[] = {
	M(struct t_query_data_endpoint, "id", id),
};
static const struct member operation[] = {
	M(struct t_query_data_operation, "id", id),
	M(struct t_query_data_operation, "scope", scope),
	M(struct t_query_data_operation, "rsvd[2]", rsvd[2]),
};
static const struct member query_data[] = {
	M(struct t_query_data, "version", version),
	M(struct t_query_data, "rsvd[0]", rsvd[0]),
	M(struct t_query_data, "num_entries", num_entries),
	M(struct t_query_data, "entries[0]", entries[0]),
	M(struct t_query_data, "entries[2]", entries[2]),
};
static const struct member rpc_cmd[] = {
	M(struct t_rpc_cmd, "opcode", opcode),
	M(struct t_rpc_cmd, "rsvd", rsvd),
	M(struct t_rpc_cmd, "flags", flags),
	M(struct t_rpc_cmd, "ep", ep),
	M(struct t_rpc_cmd, "op", op),
	M(struct t_rpc_cmd, "inline_req0[0]", inline_req0[0]),
	M(struct t_rpc_cmd, "inline_req0[15]", inline_req0[15]),
	M(struct t_rpc_cmd, "req.inline_req1[3]", req.inline_req1[3]),
	M(struct t_rpc_cmd, "req.indirect.req_pa", req.ind.req_pa),
	M(struct t_rpc_cmd, "req.indirect.req_sz", req.ind.req_sz),
	M(struct t_rpc_cmd, "req.indirect.req_sg_elems", req.ind.req_sg_elems),
	M(struct t_rpc_cmd, "req.indirect.req_rsvd[2]", req.ind.req_rsvd[2]),
	M(struct t_rpc_cmd, "resp.inline_req2[15]", resp.inline_req2[15]),
	M(struct t_rpc_cmd, "resp.indirect.resp_pa", resp.ind.resp_pa),
	M(struct t_rpc_cmd, "resp.indirect.resp_sz", resp.ind.resp_sz),
	M(struct t_rpc_cmd, "resp.indirect.resp_sg_elems",
	  resp.ind.resp_sg_elems),
	M(struct t_rpc_cmd, "resp.indirect.resp_rsvd[0]",
	  resp.ind.resp_rsvd[0]),
};
static const struct member sg_elem[] = {
	M(struct t_sg_elem, "addr", addr),
	M(struct t_sg_elem, "len", len),
	M(struct t_sg_elem, "rsvd[3]", rsvd[3]),
};
static const struct member rpc_comp[] = {
	M(struct t_rpc_comp, "status", status),
	M(struct t_rpc_comp, "rsvd", rsvd),
	M(struct t_rpc_comp, "comp_index", comp_index),
	M(struct t_rpc_comp, "err", err),
	M(struct t_rpc_comp, "resp_sz", resp_sz),
	M(struct t_rpc_comp, "rsvd2[2]", rsvd2[2]),
	M(struct t_rpc_comp, "color", color),
};
static const struct member get_sup_feats_in[] = {
	M(struct t_get_sup_feats_in, "count", count),
	M(struct t_get_sup_feats_in, "start_idx", start_idx),
	M(struct t_get_sup_feats_in, "reserved[1]", reserved[1]),
};
#define FEAT_ENTRY(T, p, e)                                                    \
	O(T, p "uuid", e.uuid), M(T, p "id", e.id),                            \
		M(T, p "get_feat_size", e.get_feat_size),                      \
		M(T, p "set_feat_size", e.set_feat_size),                      \
		M(T, p "flags", e.flags),                                      \
		M(T, p "get_feat_ver", e.get_feat_ver),                        \
		M(T, p "set_feat_ver", e.set_feat_ver),                        \
		M(T, p "effects", e.effects),                                  \
		M(T, p "reserved[0]", e.reserved[0]),                          \
		M(T, p "reserved[17]", e.reserved[17])
struct t_one_entry {
	struct t_feat_entry e;
} PACKED;
static const struct member feat_entry[] = {
	FEAT_ENTRY(struct t_one_entry, "", e),
};
static const struct member get_sup_feats_out[] = {
	M(struct t_get_sup_feats_out, "hdr.num_entries", hdr.num_entries),
	M(struct t_get_sup_feats_out, "hdr.supported_feats",
	  hdr.supported_feats),
	M(struct t_get_sup_feats_out, "hdr.reserved[3]", hdr.reserved[3]),
	FEAT_ENTRY(struct t_get_sup_feats_out, "ents[0].", ents[0]),
	FEAT_ENTRY(struct t_get_sup_feats_out, "ents[1].", ents[1]),
};
static const struct member get_feat_in[] = {
	O(struct t_get_feat_in, "uuid", uuid),
	M(struct t_get_feat_in, "offset", offset),
	M(struct t_get_feat_in, "count", count),
	M(struct t_get_feat_in, "selection", selection),
};
static const struct member set_feat_in[] = {
	O(struct t_set_feat_in, "hdr.uuid", hdr.uuid),
	M(struct t_set_feat_in, "hdr.flags", hdr.flags),
	M(struct t_set_feat_in, "hdr.offset", hdr.offset),
	M(struct t_set_feat_in, "hdr.version", hdr.version),
	M(struct t_set_feat_in, "hdr.rsvd[8]", hdr.rsvd[8]),
	M(struct t_set_feat_in, "feat_data[0]", feat_data[0]),
	M(struct t_set_feat_in, "feat_data[1]", feat_data[1]),
};
static const struct member rpc_cxl[] = {
	M(struct t_rpc_cxl, "hdr.opcode", hdr.opcode),
	M(struct t_rpc_cxl, "hdr.flags", hdr.flags),
	M(struct t_rpc_cxl, "hdr.op_size", hdr.op_size),
	M(struct t_rpc_cxl, "hdr.reserved1", hdr.reserved1),
	M(struct t_rpc_cxl, "op.get_sup_feats_in.count",
	  op.get_sup_feats_in.count),
	M(struct t_rpc_cxl, "op.get_sup_feats_in.start_idx",
	  op.get_sup_feats_in.start_idx),
	O(struct t_rpc_cxl, "op.get_feat_in.uuid", op.get_feat_in.uuid),
	M(struct t_rpc_cxl, "op.get_feat_in.offset", op.get_feat_in.offset),
	M(struct t_rpc_cxl, "op.get_feat_in.count", op.get_feat_in.count),
	M(struct t_rpc_cxl, "op.get_feat_in.selection",
	  op.get_feat_in.selection),
	M(struct t_rpc_cxl, "op.set_feat_in.hdr.flags",
	  op.set_feat_in.hdr.flags),
	M(struct t_rpc_cxl, "op.set_feat_in.hdr.offset",
	  op.set_feat_in.hdr.offset),
	M(struct t_rpc_cxl, "op.set_feat_in.hdr.version",
	  op.set_feat_in.hdr.version),
};
static const struct member rpc_cxl_out[] = {
	M(struct t_rpc_cxl_out, "hdr.size", hdr.size),
	M(struct t_rpc_cxl_out, "hdr.retval", hdr.retval),
	M(struct t_rpc_cxl_out, "out.get_sup_feats_out.hdr.num_entries",
	  out.get_sup_feats_out.hdr.num_entries),
	M(struct t_rpc_cxl_out, "out.get_sup_feats_out.hdr.supported_feats",
	  out.get_sup_feats_out.hdr.supported_feats),
	M(struct t_rpc_cxl_out, "out.get_sup_feats_out.ents[0].effects",
	  out.get_sup_feats_out.ents[0].effects),
};

#define CASE(fam, name, T, table)                                              \
	{                                                                      \
		fwctl_family_##fam, name, sizeof(T), table, N(table)           \
	}

static const struct layout_case cases[] = {
	CASE(pds, "fwctl_rpc_pds", struct t_rpc_pds, rpc_pds),
	CASE(pds, "fwctl_cmd", struct t_cmd, cmd),
	CASE(pds, "fwctl_comp", struct t_comp, comp),
	CASE(pds, "fwctl_ident_cmd", struct t_ident_cmd, ident_cmd),
	CASE(pds, "fwctl_ident", struct t_ident, ident),
	CASE(pds, "fwctl_query_cmd", struct t_query_cmd, query_cmd),
	CASE(pds, "fwctl_query_comp", struct t_query_comp, query_comp),
	CASE(pds, "fwctl_query_data_endpoint", struct t_query_data_endpoint,
	     endpoint),
	CASE(pds, "fwctl_query_data_operation", struct t_query_data_operation,
	     operation),
	CASE(pds, "fwctl_query_data", struct t_query_data, query_data),
	CASE(pds, "fwctl_rpc_cmd", struct t_rpc_cmd, rpc_cmd),
	CASE(pds, "sg_elem", struct t_sg_elem, sg_elem),
	CASE(pds, "fwctl_rpc_comp", struct t_rpc_comp, rpc_comp),
	CASE(cxl, "cxl_mbox_get_sup_feats_in", struct t_get_sup_feats_in,
	     get_sup_feats_in),
	CASE(cxl, "cxl_feat_entry", struct t_one_entry, feat_entry),
	CASE(cxl, "cxl_mbox_get_sup_feats_out", struct t_get_sup_feats_out,
	     get_sup_feats_out),
	CASE(cxl, "cxl_mbox_get_feat_in", struct t_get_feat_in, get_feat_in),
	CASE(cxl, "cxl_mbox_set_feat_in", struct t_set_feat_in, set_feat_in),
	CASE(cxl, "fwctl_rpc_cxl", struct t_rpc_cxl, rpc_cxl),
	CASE(cxl, "fwctl_rpc_cxl_out", struct t_rpc_cxl_out, rpc_cxl_out),
};

static uint64_t le_value(const uint8_t *p, size_t size)
{
	uint64_t v = 0;

	while (size--)
		v = v << 8 | p[size];
	return v;
}

static void check_case(const struct layout_case *c, uint64_t *seed)
{
	const struct fwctl_layout *layout =
		fwctl_layout_by_name(c->family(), c->layout);
	uint8_t *image = malloc(c->size), *buf = malloc(c->size);
	struct fwctl_field_ref ref;
	struct fwctl_error err;
	char assign[200];
	size_t i, b;

	assert_non_null(layout);
	assert_non_null(image);
	assert_non_null(buf);
	/* the fixed part of the layout is the struct's, flexible elements aside */
	assert_true(fwctl_layout_bytes(layout) <= c->size);
	for (b = 0; b < c->size; b++)
		image[b] = (uint8_t)test_xorshift64(seed);
	for (i = 0; i < c->n; i++) {
		const struct member *m = &c->members[i];
		const uint8_t *src = image + m->off;

		if (fwctl_resolve_path(
			    c->family(), layout, m->path, &ref, &err))
			fail_msg("%s.%s: %s", c->layout, m->path, err.message);
		assert_int_equal(ref.bit_offset % 8, 0);
		assert_int_equal(ref.bit_offset / 8, m->off);
		assert_int_equal(ref.bit_width, 8 * m->size);
		memset(buf, 0, c->size);
		if (m->opaque) {
			/* opaque bytes: in memory order, at the member's offset */
			memcpy(buf + m->off, src, m->size);
		} else {
			/* decode: the member's value */
			assert_int_equal(fwctl_get_bits(image,
							ref.byte_order,
							ref.bit_offset,
							ref.bit_width),
					 le_value(src, m->size));
			/* encode alone: exactly the member's bytes */
			snprintf(assign,
				 sizeof(assign),
				 "%s=0x%llx",
				 m->path,
				 (unsigned long long)le_value(src, m->size));
			if (fwctl_assign(c->family(),
					 layout,
					 buf,
					 c->size,
					 assign,
					 &err))
				fail_msg("%s: %s", assign, err.message);
		}
		for (b = 0; b < c->size; b++)
			if (buf[b] != (b >= m->off && b < m->off + m->size
					       ? image[b]
					       : 0))
				fail_msg("%s.%s: byte %zu is %#x",
					 c->layout,
					 m->path,
					 b,
					 buf[b]);
	}
	free(image);
	free(buf);
}

static void test_every_layout(void **state)
{
	uint64_t seed = 0x2545f4914f6cdd1dULL;
	size_t i, round;

	(void)state;
	assert_int_equal(htole16(0x1234), 0x1234); /* a little-endian host */
	for (round = 0; round < 64; round++)
		for (i = 0; i < N(cases); i++)
			check_case(&cases[i], &seed);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_layout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
