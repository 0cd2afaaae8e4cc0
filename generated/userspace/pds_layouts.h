/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/pds/adminq.yaml
 *            spec/pds/family.yaml
 * Generator: python3 -m generator generate (template layouts.h.j2)
 * To regenerate: make regen
 */
#ifndef _PDS_LAYOUTS_GEN_H
#define _PDS_LAYOUTS_GEN_H

/*
 * Typed accessors for every pds layout: little-endian, like a C struct of
 * __le16/__le32/__le64 members; bit 0 is the least significant bit of the
 * first byte (lsb0), a value's least significant byte comes first; layout
 * sizes are multiples of 8 bits.
 *
 * An integer field is loaded and stored through one container: the field's
 * declared container, else the smallest aligned one of 8, 16, 32 or 64
 * bits that holds it and ends inside the layout, else exactly the bytes it
 * covers. Containers are read and written byte by byte, so any alignment
 * works and no access reaches past the layout.
 *
 * For layout L and field F: pds_L_get_F() / pds_L_set_F() for integers
 * (arrays take an index), pds_L_F() for the address of a nested layout or
 * byte field (pds_L_F_const() in a read-only buffer), and PDS_L_BYTES for
 * the size. Usable from the kernel and from userspace.
 */
#include <linux/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* le8: 8-bit little-endian container at byte @at, any alignment */
static inline __u8 pds_gen_load_le8(const void *buf, unsigned int at)
{
	return ((const __u8 *)buf)[at];
}

static inline void pds_gen_store_le8(void *buf, unsigned int at, __u8 v)
{
	((__u8 *)buf)[at] = v;
}

static inline __u32 pds_gen_get_le8(const void *buf, unsigned int at,
				    unsigned int shift, __u32 mask)
{
	return (pds_gen_load_le8(buf, at) >> shift) & mask;
}

static inline void pds_gen_set_le8(void *buf, unsigned int at,
				   unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = pds_gen_load_le8(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	pds_gen_store_le8(buf, at, (__u8)word);
}

/* le16: 16-bit little-endian container at byte @at, any alignment */
static inline __u16 pds_gen_load_le16(const void *buf, unsigned int at)
{
	const __u8 *b = (const __u8 *)buf + at;

	return (__u16)b[0] | (__u16)b[1] << 8;
}

static inline void pds_gen_store_le16(void *buf, unsigned int at, __u16 v)
{
	__u8 *b = (__u8 *)buf + at;

	b[0] = (__u8)(v & 0xff);
	b[1] = (__u8)((v >> 8) & 0xff);
}

static inline __u32 pds_gen_get_le16(const void *buf, unsigned int at,
				     unsigned int shift, __u32 mask)
{
	return (pds_gen_load_le16(buf, at) >> shift) & mask;
}

static inline void pds_gen_set_le16(void *buf, unsigned int at,
				    unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = pds_gen_load_le16(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	pds_gen_store_le16(buf, at, (__u16)word);
}

/* le32: 32-bit little-endian container at byte @at, any alignment */
static inline __u32 pds_gen_load_le32(const void *buf, unsigned int at)
{
	const __u8 *b = (const __u8 *)buf + at;

	return (__u32)b[0] | (__u32)b[1] << 8 | (__u32)b[2] << 16 |
	       (__u32)b[3] << 24;
}

static inline void pds_gen_store_le32(void *buf, unsigned int at, __u32 v)
{
	__u8 *b = (__u8 *)buf + at;

	b[0] = (__u8)(v & 0xff);
	b[1] = (__u8)((v >> 8) & 0xff);
	b[2] = (__u8)((v >> 16) & 0xff);
	b[3] = (__u8)((v >> 24) & 0xff);
}

static inline __u32 pds_gen_get_le32(const void *buf, unsigned int at,
				     unsigned int shift, __u32 mask)
{
	return (pds_gen_load_le32(buf, at) >> shift) & mask;
}

static inline void pds_gen_set_le32(void *buf, unsigned int at,
				    unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = pds_gen_load_le32(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	pds_gen_store_le32(buf, at, word);
}

/* le64: 64-bit little-endian container at byte @at, any alignment */
static inline __u64 pds_gen_load_le64(const void *buf, unsigned int at)
{
	const __u8 *b = (const __u8 *)buf + at;

	return (__u64)b[0] | (__u64)b[1] << 8 | (__u64)b[2] << 16 |
	       (__u64)b[3] << 24 | (__u64)b[4] << 32 | (__u64)b[5] << 40 |
	       (__u64)b[6] << 48 | (__u64)b[7] << 56;
}

static inline void pds_gen_store_le64(void *buf, unsigned int at, __u64 v)
{
	__u8 *b = (__u8 *)buf + at;

	b[0] = (__u8)(v & 0xff);
	b[1] = (__u8)((v >> 8) & 0xff);
	b[2] = (__u8)((v >> 16) & 0xff);
	b[3] = (__u8)((v >> 24) & 0xff);
	b[4] = (__u8)((v >> 32) & 0xff);
	b[5] = (__u8)((v >> 40) & 0xff);
	b[6] = (__u8)((v >> 48) & 0xff);
	b[7] = (__u8)((v >> 56) & 0xff);
}

static inline __u64 pds_gen_get_le64(const void *buf, unsigned int at,
				     unsigned int shift, __u64 mask)
{
	return (pds_gen_load_le64(buf, at) >> shift) & mask;
}

static inline void pds_gen_set_le64(void *buf, unsigned int at,
				    unsigned int shift, __u64 mask, __u64 v)
{
	__u64 word = pds_gen_load_le64(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	pds_gen_store_le64(buf, at, word);
}

/* fwctl_cmd: Common head of a fwctl adminq command. (12 bytes) */
#define PDS_FWCTL_CMD_BYTES 12
static inline __u32 pds_fwctl_cmd_get_opcode(const void *buf)
{
	return pds_gen_load_le8(buf, 0);
}

static inline void pds_fwctl_cmd_set_opcode(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 0, (__u8)v);
}
static inline __u32 pds_fwctl_cmd_get_rsvd(const void *buf, unsigned int i)
{
	return pds_gen_load_le8(buf, 1 + i);
}

static inline void pds_fwctl_cmd_set_rsvd(void *buf, unsigned int i, __u32 v)
{
	pds_gen_store_le8(buf, 1 + i, (__u8)v);
}
static inline __u32 pds_fwctl_cmd_get_ep(const void *buf)
{
	return pds_gen_load_le32(buf, 4);
}

static inline void pds_fwctl_cmd_set_ep(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 4, v);
}
static inline __u32 pds_fwctl_cmd_get_op(const void *buf)
{
	return pds_gen_load_le32(buf, 8);
}

static inline void pds_fwctl_cmd_set_op(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 8, v);
}

/* fwctl_comp: Completion of a fwctl adminq command. (16 bytes) */
#define PDS_FWCTL_COMP_BYTES 16
static inline __u32 pds_fwctl_comp_get_status(const void *buf)
{
	return pds_gen_load_le8(buf, 0);
}

static inline void pds_fwctl_comp_set_status(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 0, (__u8)v);
}
static inline __u32 pds_fwctl_comp_get_rsvd(const void *buf)
{
	return pds_gen_load_le8(buf, 1);
}

static inline void pds_fwctl_comp_set_rsvd(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 1, (__u8)v);
}
static inline __u32 pds_fwctl_comp_get_comp_index(const void *buf)
{
	return pds_gen_load_le16(buf, 2);
}

static inline void pds_fwctl_comp_set_comp_index(void *buf, __u32 v)
{
	pds_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 pds_fwctl_comp_get_rsvd2(const void *buf, unsigned int i)
{
	return pds_gen_load_le8(buf, 4 + i);
}

static inline void pds_fwctl_comp_set_rsvd2(void *buf, unsigned int i, __u32 v)
{
	pds_gen_store_le8(buf, 4 + i, (__u8)v);
}
static inline __u32 pds_fwctl_comp_get_color(const void *buf)
{
	return pds_gen_load_le8(buf, 15);
}

static inline void pds_fwctl_comp_set_color(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 15, (__u8)v);
}

/* fwctl_ident_cmd: IDENT command. (16 bytes) */
#define PDS_FWCTL_IDENT_CMD_BYTES 16
static inline __u32 pds_fwctl_ident_cmd_get_opcode(const void *buf)
{
	return pds_gen_load_le8(buf, 0);
}

static inline void pds_fwctl_ident_cmd_set_opcode(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 0, (__u8)v);
}
static inline __u32 pds_fwctl_ident_cmd_get_rsvd(const void *buf)
{
	return pds_gen_load_le8(buf, 1);
}

static inline void pds_fwctl_ident_cmd_set_rsvd(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 1, (__u8)v);
}
static inline __u32 pds_fwctl_ident_cmd_get_version(const void *buf)
{
	return pds_gen_load_le8(buf, 2);
}

static inline void pds_fwctl_ident_cmd_set_version(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 2, (__u8)v);
}
static inline __u32 pds_fwctl_ident_cmd_get_rsvd2(const void *buf)
{
	return pds_gen_load_le8(buf, 3);
}

static inline void pds_fwctl_ident_cmd_set_rsvd2(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 3, (__u8)v);
}
static inline __u32 pds_fwctl_ident_cmd_get_len(const void *buf)
{
	return pds_gen_load_le32(buf, 4);
}

static inline void pds_fwctl_ident_cmd_set_len(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 4, v);
}
static inline __u64 pds_fwctl_ident_cmd_get_ident_pa(const void *buf)
{
	return pds_gen_load_le64(buf, 8);
}

static inline void pds_fwctl_ident_cmd_set_ident_pa(void *buf, __u64 v)
{
	pds_gen_store_le64(buf, 8, v);
}

/* fwctl_ident: What IDENT reports. (22 bytes) */
#define PDS_FWCTL_IDENT_BYTES 22
static inline __u64 pds_fwctl_ident_get_features(const void *buf)
{
	return pds_gen_load_le64(buf, 0);
}

static inline void pds_fwctl_ident_set_features(void *buf, __u64 v)
{
	pds_gen_store_le64(buf, 0, v);
}
static inline __u32 pds_fwctl_ident_get_version(const void *buf)
{
	return pds_gen_load_le8(buf, 8);
}

static inline void pds_fwctl_ident_set_version(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 8, (__u8)v);
}
static inline __u32 pds_fwctl_ident_get_rsvd(const void *buf, unsigned int i)
{
	return pds_gen_load_le8(buf, 9 + i);
}

static inline void pds_fwctl_ident_set_rsvd(void *buf, unsigned int i, __u32 v)
{
	pds_gen_store_le8(buf, 9 + i, (__u8)v);
}
static inline __u32 pds_fwctl_ident_get_max_req_sz(const void *buf)
{
	return pds_gen_load_le32(buf, 12);
}

static inline void pds_fwctl_ident_set_max_req_sz(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 12, v);
}
static inline __u32 pds_fwctl_ident_get_max_resp_sz(const void *buf)
{
	return pds_gen_load_le32(buf, 16);
}

static inline void pds_fwctl_ident_set_max_resp_sz(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 16, v);
}
static inline __u32 pds_fwctl_ident_get_max_req_sg_elems(const void *buf)
{
	return pds_gen_load_le8(buf, 20);
}

static inline void pds_fwctl_ident_set_max_req_sg_elems(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 20, (__u8)v);
}
static inline __u32 pds_fwctl_ident_get_max_resp_sg_elems(const void *buf)
{
	return pds_gen_load_le8(buf, 21);
}

static inline void pds_fwctl_ident_set_max_resp_sg_elems(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 21, (__u8)v);
}

/* fwctl_query_target: The endpoint or operation a query is about. (4 bytes, union) */
#define PDS_FWCTL_QUERY_TARGET_BYTES 4
static inline __u32 pds_fwctl_query_target_get_ep(const void *buf)
{
	return pds_gen_load_le32(buf, 0);
}

static inline void pds_fwctl_query_target_set_ep(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 0, v);
}
static inline __u32 pds_fwctl_query_target_get_op(const void *buf)
{
	return pds_gen_load_le32(buf, 0);
}

static inline void pds_fwctl_query_target_set_op(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 0, v);
}

/* fwctl_query_cmd: QUERY command. (20 bytes) */
#define PDS_FWCTL_QUERY_CMD_BYTES 20
static inline __u32 pds_fwctl_query_cmd_get_opcode(const void *buf)
{
	return pds_gen_load_le8(buf, 0);
}

static inline void pds_fwctl_query_cmd_set_opcode(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 0, (__u8)v);
}
static inline __u32 pds_fwctl_query_cmd_get_entity(const void *buf)
{
	return pds_gen_load_le8(buf, 1);
}

static inline void pds_fwctl_query_cmd_set_entity(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 1, (__u8)v);
}
static inline __u32 pds_fwctl_query_cmd_get_version(const void *buf)
{
	return pds_gen_load_le8(buf, 2);
}

static inline void pds_fwctl_query_cmd_set_version(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 2, (__u8)v);
}
static inline __u32 pds_fwctl_query_cmd_get_rsvd(const void *buf)
{
	return pds_gen_load_le8(buf, 3);
}

static inline void pds_fwctl_query_cmd_set_rsvd(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 3, (__u8)v);
}
static inline __u32 pds_fwctl_query_cmd_get_query_data_buf_len(const void *buf)
{
	return pds_gen_load_le32(buf, 4);
}

static inline void pds_fwctl_query_cmd_set_query_data_buf_len(void *buf,
							      __u32 v)
{
	pds_gen_store_le32(buf, 4, v);
}
static inline __u64 pds_fwctl_query_cmd_get_query_data_buf_pa(const void *buf)
{
	return pds_gen_load_le64(buf, 8);
}

static inline void pds_fwctl_query_cmd_set_query_data_buf_pa(void *buf, __u64 v)
{
	pds_gen_store_le64(buf, 8, v);
}
static inline void *pds_fwctl_query_cmd_target(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *pds_fwctl_query_cmd_target_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* fwctl_query_comp: Completion of a QUERY command. (8 bytes) */
#define PDS_FWCTL_QUERY_COMP_BYTES 8
static inline __u32 pds_fwctl_query_comp_get_status(const void *buf)
{
	return pds_gen_load_le8(buf, 0);
}

static inline void pds_fwctl_query_comp_set_status(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 0, (__u8)v);
}
static inline __u32 pds_fwctl_query_comp_get_rsvd(const void *buf)
{
	return pds_gen_load_le8(buf, 1);
}

static inline void pds_fwctl_query_comp_set_rsvd(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 1, (__u8)v);
}
static inline __u32 pds_fwctl_query_comp_get_comp_index(const void *buf)
{
	return pds_gen_load_le16(buf, 2);
}

static inline void pds_fwctl_query_comp_set_comp_index(void *buf, __u32 v)
{
	pds_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 pds_fwctl_query_comp_get_version(const void *buf)
{
	return pds_gen_load_le8(buf, 4);
}

static inline void pds_fwctl_query_comp_set_version(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 4, (__u8)v);
}
static inline __u32 pds_fwctl_query_comp_get_rsvd2(const void *buf,
						   unsigned int i)
{
	return pds_gen_load_le8(buf, 5 + i);
}

static inline void pds_fwctl_query_comp_set_rsvd2(void *buf, unsigned int i,
						  __u32 v)
{
	pds_gen_store_le8(buf, 5 + i, (__u8)v);
}
static inline __u32 pds_fwctl_query_comp_get_color(const void *buf)
{
	return pds_gen_load_le8(buf, 7);
}

static inline void pds_fwctl_query_comp_set_color(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 7, (__u8)v);
}

/* fwctl_query_data_endpoint: One endpoint (entity ROOT). (4 bytes) */
#define PDS_FWCTL_QUERY_DATA_ENDPOINT_BYTES 4
static inline __u32 pds_fwctl_query_data_endpoint_get_id(const void *buf)
{
	return pds_gen_load_le32(buf, 0);
}

static inline void pds_fwctl_query_data_endpoint_set_id(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 0, v);
}

/* fwctl_query_data_operation: One operation of an endpoint (entity ENDPOINT). (8 bytes) */
#define PDS_FWCTL_QUERY_DATA_OPERATION_BYTES 8
static inline __u32 pds_fwctl_query_data_operation_get_id(const void *buf)
{
	return pds_gen_load_le32(buf, 0);
}

static inline void pds_fwctl_query_data_operation_set_id(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 0, v);
}
static inline __u32 pds_fwctl_query_data_operation_get_scope(const void *buf)
{
	return pds_gen_load_le8(buf, 4);
}

static inline void pds_fwctl_query_data_operation_set_scope(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 4, (__u8)v);
}
static inline __u32 pds_fwctl_query_data_operation_get_rsvd(const void *buf,
							    unsigned int i)
{
	return pds_gen_load_le8(buf, 5 + i);
}

static inline void
pds_fwctl_query_data_operation_set_rsvd(void *buf, unsigned int i, __u32 v)
{
	pds_gen_store_le8(buf, 5 + i, (__u8)v);
}

/* fwctl_query_data: Data a QUERY returns. (8 bytes) */
#define PDS_FWCTL_QUERY_DATA_BYTES 8
static inline __u32 pds_fwctl_query_data_get_version(const void *buf)
{
	return pds_gen_load_le8(buf, 0);
}

static inline void pds_fwctl_query_data_set_version(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 0, (__u8)v);
}
static inline __u32 pds_fwctl_query_data_get_rsvd(const void *buf,
						  unsigned int i)
{
	return pds_gen_load_le8(buf, 1 + i);
}

static inline void pds_fwctl_query_data_set_rsvd(void *buf, unsigned int i,
						 __u32 v)
{
	pds_gen_store_le8(buf, 1 + i, (__u8)v);
}
static inline __u32 pds_fwctl_query_data_get_num_entries(const void *buf)
{
	return pds_gen_load_le32(buf, 4);
}

static inline void pds_fwctl_query_data_set_num_entries(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 4, v);
}
static inline __u32 pds_fwctl_query_data_get_entries(const void *buf,
						     unsigned int i)
{
	return pds_gen_load_le8(buf, 8 + i);
}

static inline void pds_fwctl_query_data_set_entries(void *buf, unsigned int i,
						    __u32 v)
{
	pds_gen_store_le8(buf, 8 + i, (__u8)v);
}

/* fwctl_rpc_req: Inline request bytes or an indirect request buffer. (16 bytes, union) */
#define PDS_FWCTL_RPC_REQ_BYTES 16
static inline __u32 pds_fwctl_rpc_req_get_inline_req1(const void *buf,
						      unsigned int i)
{
	return pds_gen_load_le8(buf, 0 + i);
}

static inline void pds_fwctl_rpc_req_set_inline_req1(void *buf, unsigned int i,
						     __u32 v)
{
	pds_gen_store_le8(buf, 0 + i, (__u8)v);
}
static inline void *pds_fwctl_rpc_req_indirect(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *pds_fwctl_rpc_req_indirect_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* fwctl_rpc_req_indirect: An indirect request buffer. (16 bytes) */
#define PDS_FWCTL_RPC_REQ_INDIRECT_BYTES 16
static inline __u64 pds_fwctl_rpc_req_indirect_get_req_pa(const void *buf)
{
	return pds_gen_load_le64(buf, 0);
}

static inline void pds_fwctl_rpc_req_indirect_set_req_pa(void *buf, __u64 v)
{
	pds_gen_store_le64(buf, 0, v);
}
static inline __u32 pds_fwctl_rpc_req_indirect_get_req_sz(const void *buf)
{
	return pds_gen_load_le32(buf, 8);
}

static inline void pds_fwctl_rpc_req_indirect_set_req_sz(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 8, v);
}
static inline __u32 pds_fwctl_rpc_req_indirect_get_req_sg_elems(const void *buf)
{
	return pds_gen_load_le8(buf, 12);
}

static inline void pds_fwctl_rpc_req_indirect_set_req_sg_elems(void *buf,
							       __u32 v)
{
	pds_gen_store_le8(buf, 12, (__u8)v);
}
static inline __u32 pds_fwctl_rpc_req_indirect_get_req_rsvd(const void *buf,
							    unsigned int i)
{
	return pds_gen_load_le8(buf, 13 + i);
}

static inline void
pds_fwctl_rpc_req_indirect_set_req_rsvd(void *buf, unsigned int i, __u32 v)
{
	pds_gen_store_le8(buf, 13 + i, (__u8)v);
}

/* fwctl_rpc_resp: Inline response bytes or an indirect response buffer. (16 bytes, union) */
#define PDS_FWCTL_RPC_RESP_BYTES 16
static inline __u32 pds_fwctl_rpc_resp_get_inline_req2(const void *buf,
						       unsigned int i)
{
	return pds_gen_load_le8(buf, 0 + i);
}

static inline void pds_fwctl_rpc_resp_set_inline_req2(void *buf, unsigned int i,
						      __u32 v)
{
	pds_gen_store_le8(buf, 0 + i, (__u8)v);
}
static inline void *pds_fwctl_rpc_resp_indirect(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *pds_fwctl_rpc_resp_indirect_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* fwctl_rpc_resp_indirect: An indirect response buffer. (16 bytes) */
#define PDS_FWCTL_RPC_RESP_INDIRECT_BYTES 16
static inline __u64 pds_fwctl_rpc_resp_indirect_get_resp_pa(const void *buf)
{
	return pds_gen_load_le64(buf, 0);
}

static inline void pds_fwctl_rpc_resp_indirect_set_resp_pa(void *buf, __u64 v)
{
	pds_gen_store_le64(buf, 0, v);
}
static inline __u32 pds_fwctl_rpc_resp_indirect_get_resp_sz(const void *buf)
{
	return pds_gen_load_le32(buf, 8);
}

static inline void pds_fwctl_rpc_resp_indirect_set_resp_sz(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 8, v);
}
static inline __u32
pds_fwctl_rpc_resp_indirect_get_resp_sg_elems(const void *buf)
{
	return pds_gen_load_le8(buf, 12);
}

static inline void pds_fwctl_rpc_resp_indirect_set_resp_sg_elems(void *buf,
								 __u32 v)
{
	pds_gen_store_le8(buf, 12, (__u8)v);
}
static inline __u32 pds_fwctl_rpc_resp_indirect_get_resp_rsvd(const void *buf,
							      unsigned int i)
{
	return pds_gen_load_le8(buf, 13 + i);
}

static inline void
pds_fwctl_rpc_resp_indirect_set_resp_rsvd(void *buf, unsigned int i, __u32 v)
{
	pds_gen_store_le8(buf, 13 + i, (__u8)v);
}

/* fwctl_rpc_cmd: RPC command. (60 bytes) */
#define PDS_FWCTL_RPC_CMD_BYTES 60
static inline __u32 pds_fwctl_rpc_cmd_get_opcode(const void *buf)
{
	return pds_gen_load_le8(buf, 0);
}

static inline void pds_fwctl_rpc_cmd_set_opcode(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 0, (__u8)v);
}
static inline __u32 pds_fwctl_rpc_cmd_get_rsvd(const void *buf)
{
	return pds_gen_load_le8(buf, 1);
}

static inline void pds_fwctl_rpc_cmd_set_rsvd(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 1, (__u8)v);
}
static inline __u32 pds_fwctl_rpc_cmd_get_flags(const void *buf)
{
	return pds_gen_load_le16(buf, 2);
}

static inline void pds_fwctl_rpc_cmd_set_flags(void *buf, __u32 v)
{
	pds_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 pds_fwctl_rpc_cmd_get_ep(const void *buf)
{
	return pds_gen_load_le32(buf, 4);
}

static inline void pds_fwctl_rpc_cmd_set_ep(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 4, v);
}
static inline __u32 pds_fwctl_rpc_cmd_get_op(const void *buf)
{
	return pds_gen_load_le32(buf, 8);
}

static inline void pds_fwctl_rpc_cmd_set_op(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 8, v);
}
static inline __u32 pds_fwctl_rpc_cmd_get_inline_req0(const void *buf,
						      unsigned int i)
{
	return pds_gen_load_le8(buf, 12 + i);
}

static inline void pds_fwctl_rpc_cmd_set_inline_req0(void *buf, unsigned int i,
						     __u32 v)
{
	pds_gen_store_le8(buf, 12 + i, (__u8)v);
}
static inline void *pds_fwctl_rpc_cmd_req(void *buf)
{
	return (char *)buf + 28;
}

static inline const void *pds_fwctl_rpc_cmd_req_const(const void *buf)
{
	return (const char *)buf + 28;
}
static inline void *pds_fwctl_rpc_cmd_resp(void *buf)
{
	return (char *)buf + 44;
}

static inline const void *pds_fwctl_rpc_cmd_resp_const(const void *buf)
{
	return (const char *)buf + 44;
}

/* sg_elem: A scatter-gather element. (16 bytes) */
#define PDS_SG_ELEM_BYTES 16
static inline __u64 pds_sg_elem_get_addr(const void *buf)
{
	return pds_gen_load_le64(buf, 0);
}

static inline void pds_sg_elem_set_addr(void *buf, __u64 v)
{
	pds_gen_store_le64(buf, 0, v);
}
static inline __u32 pds_sg_elem_get_len(const void *buf)
{
	return pds_gen_load_le32(buf, 8);
}

static inline void pds_sg_elem_set_len(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 8, v);
}
static inline __u32 pds_sg_elem_get_rsvd(const void *buf, unsigned int i)
{
	return pds_gen_load_le8(buf, 12 + i);
}

static inline void pds_sg_elem_set_rsvd(void *buf, unsigned int i, __u32 v)
{
	pds_gen_store_le8(buf, 12 + i, (__u8)v);
}

/* fwctl_rpc_comp: Completion of an RPC. (16 bytes) */
#define PDS_FWCTL_RPC_COMP_BYTES 16
static inline __u32 pds_fwctl_rpc_comp_get_status(const void *buf)
{
	return pds_gen_load_le8(buf, 0);
}

static inline void pds_fwctl_rpc_comp_set_status(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 0, (__u8)v);
}
static inline __u32 pds_fwctl_rpc_comp_get_rsvd(const void *buf)
{
	return pds_gen_load_le8(buf, 1);
}

static inline void pds_fwctl_rpc_comp_set_rsvd(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 1, (__u8)v);
}
static inline __u32 pds_fwctl_rpc_comp_get_comp_index(const void *buf)
{
	return pds_gen_load_le16(buf, 2);
}

static inline void pds_fwctl_rpc_comp_set_comp_index(void *buf, __u32 v)
{
	pds_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 pds_fwctl_rpc_comp_get_err(const void *buf)
{
	return pds_gen_load_le32(buf, 4);
}

static inline void pds_fwctl_rpc_comp_set_err(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 4, v);
}
static inline __u32 pds_fwctl_rpc_comp_get_resp_sz(const void *buf)
{
	return pds_gen_load_le32(buf, 8);
}

static inline void pds_fwctl_rpc_comp_set_resp_sz(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 8, v);
}
static inline __u32 pds_fwctl_rpc_comp_get_rsvd2(const void *buf,
						 unsigned int i)
{
	return pds_gen_load_le8(buf, 12 + i);
}

static inline void pds_fwctl_rpc_comp_set_rsvd2(void *buf, unsigned int i,
						__u32 v)
{
	pds_gen_store_le8(buf, 12 + i, (__u8)v);
}
static inline __u32 pds_fwctl_rpc_comp_get_color(const void *buf)
{
	return pds_gen_load_le8(buf, 15);
}

static inline void pds_fwctl_rpc_comp_set_color(void *buf, __u32 v)
{
	pds_gen_store_le8(buf, 15, (__u8)v);
}

/* fwctl_rpc_pds_in: The request. (24 bytes) */
#define PDS_FWCTL_RPC_PDS_IN_BYTES 24
static inline __u32 pds_fwctl_rpc_pds_in_get_op(const void *buf)
{
	return pds_gen_load_le32(buf, 0);
}

static inline void pds_fwctl_rpc_pds_in_set_op(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 0, v);
}
static inline __u32 pds_fwctl_rpc_pds_in_get_ep(const void *buf)
{
	return pds_gen_load_le32(buf, 4);
}

static inline void pds_fwctl_rpc_pds_in_set_ep(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 4, v);
}
static inline __u32 pds_fwctl_rpc_pds_in_get_rsvd(const void *buf)
{
	return pds_gen_load_le32(buf, 8);
}

static inline void pds_fwctl_rpc_pds_in_set_rsvd(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 8, v);
}
static inline __u32 pds_fwctl_rpc_pds_in_get_len(const void *buf)
{
	return pds_gen_load_le32(buf, 12);
}

static inline void pds_fwctl_rpc_pds_in_set_len(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 12, v);
}
static inline __u64 pds_fwctl_rpc_pds_in_get_payload(const void *buf)
{
	return pds_gen_load_le64(buf, 16);
}

static inline void pds_fwctl_rpc_pds_in_set_payload(void *buf, __u64 v)
{
	pds_gen_store_le64(buf, 16, v);
}

/* fwctl_rpc_pds_out: The response. (24 bytes) */
#define PDS_FWCTL_RPC_PDS_OUT_BYTES 24
static inline __u32 pds_fwctl_rpc_pds_out_get_retval(const void *buf)
{
	return pds_gen_load_le32(buf, 0);
}

static inline void pds_fwctl_rpc_pds_out_set_retval(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 0, v);
}
static inline __u32 pds_fwctl_rpc_pds_out_get_rsvd(const void *buf,
						   unsigned int i)
{
	return pds_gen_load_le32(buf, 4 + i * 4);
}

static inline void pds_fwctl_rpc_pds_out_set_rsvd(void *buf, unsigned int i,
						  __u32 v)
{
	pds_gen_store_le32(buf, 4 + i * 4, v);
}
static inline __u32 pds_fwctl_rpc_pds_out_get_len(const void *buf)
{
	return pds_gen_load_le32(buf, 12);
}

static inline void pds_fwctl_rpc_pds_out_set_len(void *buf, __u32 v)
{
	pds_gen_store_le32(buf, 12, v);
}
static inline __u64 pds_fwctl_rpc_pds_out_get_payload(const void *buf)
{
	return pds_gen_load_le64(buf, 16);
}

static inline void pds_fwctl_rpc_pds_out_set_payload(void *buf, __u64 v)
{
	pds_gen_store_le64(buf, 16, v);
}

/* fwctl_rpc_pds: FWCTL_RPC buffer of a pds device, in and out. (48 bytes) */
#define PDS_FWCTL_RPC_PDS_BYTES 48
static inline void *pds_fwctl_rpc_pds_in(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *pds_fwctl_rpc_pds_in_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *pds_fwctl_rpc_pds_out(void *buf)
{
	return (char *)buf + 24;
}

static inline const void *pds_fwctl_rpc_pds_out_const(const void *buf)
{
	return (const char *)buf + 24;
}

#ifdef __cplusplus
}
#endif

#endif /* _PDS_LAYOUTS_GEN_H */
