/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/cxl/commands.yaml
 *            spec/cxl/family.yaml
 * Generator: python3 -m generator generate (template layouts.h.j2)
 * To regenerate: make regen
 */
#ifndef _CXL_LAYOUTS_GEN_H
#define _CXL_LAYOUTS_GEN_H

/*
 * Typed accessors for every cxl layout: little-endian, like a C struct of
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
 * For layout L and field F: cxl_L_get_F() / cxl_L_set_F() for integers
 * (arrays take an index), cxl_L_F() for the address of a nested layout or
 * byte field (cxl_L_F_const() in a read-only buffer), and CXL_L_BYTES for
 * the size. Usable from the kernel and from userspace.
 */
#include <linux/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* le8: 8-bit little-endian container at byte @at, any alignment */
static inline __u8 cxl_gen_load_le8(const void *buf, unsigned int at)
{
	return ((const __u8 *)buf)[at];
}

static inline void cxl_gen_store_le8(void *buf, unsigned int at, __u8 v)
{
	((__u8 *)buf)[at] = v;
}

static inline __u32 cxl_gen_get_le8(const void *buf, unsigned int at,
				    unsigned int shift, __u32 mask)
{
	return (cxl_gen_load_le8(buf, at) >> shift) & mask;
}

static inline void cxl_gen_set_le8(void *buf, unsigned int at,
				   unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = cxl_gen_load_le8(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	cxl_gen_store_le8(buf, at, (__u8)word);
}

/* le16: 16-bit little-endian container at byte @at, any alignment */
static inline __u16 cxl_gen_load_le16(const void *buf, unsigned int at)
{
	const __u8 *b = (const __u8 *)buf + at;

	return (__u16)b[0] | (__u16)b[1] << 8;
}

static inline void cxl_gen_store_le16(void *buf, unsigned int at, __u16 v)
{
	__u8 *b = (__u8 *)buf + at;

	b[0] = (__u8)(v & 0xff);
	b[1] = (__u8)((v >> 8) & 0xff);
}

static inline __u32 cxl_gen_get_le16(const void *buf, unsigned int at,
				     unsigned int shift, __u32 mask)
{
	return (cxl_gen_load_le16(buf, at) >> shift) & mask;
}

static inline void cxl_gen_set_le16(void *buf, unsigned int at,
				    unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = cxl_gen_load_le16(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	cxl_gen_store_le16(buf, at, (__u16)word);
}

/* le32: 32-bit little-endian container at byte @at, any alignment */
static inline __u32 cxl_gen_load_le32(const void *buf, unsigned int at)
{
	const __u8 *b = (const __u8 *)buf + at;

	return (__u32)b[0] | (__u32)b[1] << 8 | (__u32)b[2] << 16 |
	       (__u32)b[3] << 24;
}

static inline void cxl_gen_store_le32(void *buf, unsigned int at, __u32 v)
{
	__u8 *b = (__u8 *)buf + at;

	b[0] = (__u8)(v & 0xff);
	b[1] = (__u8)((v >> 8) & 0xff);
	b[2] = (__u8)((v >> 16) & 0xff);
	b[3] = (__u8)((v >> 24) & 0xff);
}

static inline __u32 cxl_gen_get_le32(const void *buf, unsigned int at,
				     unsigned int shift, __u32 mask)
{
	return (cxl_gen_load_le32(buf, at) >> shift) & mask;
}

static inline void cxl_gen_set_le32(void *buf, unsigned int at,
				    unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = cxl_gen_load_le32(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	cxl_gen_store_le32(buf, at, word);
}

/* cxl_mbox_get_sup_feats_in: Get Supported Features input (opcode 0x500). (8 bytes) */
#define CXL_CXL_MBOX_GET_SUP_FEATS_IN_BYTES 8
static inline __u32 cxl_cxl_mbox_get_sup_feats_in_get_count(const void *buf)
{
	return cxl_gen_load_le32(buf, 0);
}

static inline void cxl_cxl_mbox_get_sup_feats_in_set_count(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 0, v);
}
static inline __u32 cxl_cxl_mbox_get_sup_feats_in_get_start_idx(const void *buf)
{
	return cxl_gen_load_le16(buf, 4);
}

static inline void cxl_cxl_mbox_get_sup_feats_in_set_start_idx(void *buf,
							       __u32 v)
{
	cxl_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 cxl_cxl_mbox_get_sup_feats_in_get_reserved(const void *buf,
							       unsigned int i)
{
	return cxl_gen_load_le8(buf, 6 + i);
}

static inline void
cxl_cxl_mbox_get_sup_feats_in_set_reserved(void *buf, unsigned int i, __u32 v)
{
	cxl_gen_store_le8(buf, 6 + i, (__u8)v);
}

/* cxl_feat_entry: One Supported Feature entry. (48 bytes) */
#define CXL_CXL_FEAT_ENTRY_BYTES 48
static inline void *cxl_cxl_feat_entry_uuid(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *cxl_cxl_feat_entry_uuid_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline __u32 cxl_cxl_feat_entry_get_id(const void *buf)
{
	return cxl_gen_load_le16(buf, 16);
}

static inline void cxl_cxl_feat_entry_set_id(void *buf, __u32 v)
{
	cxl_gen_store_le16(buf, 16, (__u16)v);
}
static inline __u32 cxl_cxl_feat_entry_get_get_feat_size(const void *buf)
{
	return cxl_gen_load_le16(buf, 18);
}

static inline void cxl_cxl_feat_entry_set_get_feat_size(void *buf, __u32 v)
{
	cxl_gen_store_le16(buf, 18, (__u16)v);
}
static inline __u32 cxl_cxl_feat_entry_get_set_feat_size(const void *buf)
{
	return cxl_gen_load_le16(buf, 20);
}

static inline void cxl_cxl_feat_entry_set_set_feat_size(void *buf, __u32 v)
{
	cxl_gen_store_le16(buf, 20, (__u16)v);
}
static inline __u32 cxl_cxl_feat_entry_get_flags(const void *buf)
{
	return cxl_gen_load_le32(buf, 22);
}

static inline void cxl_cxl_feat_entry_set_flags(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 22, v);
}
static inline __u32 cxl_cxl_feat_entry_get_get_feat_ver(const void *buf)
{
	return cxl_gen_load_le8(buf, 26);
}

static inline void cxl_cxl_feat_entry_set_get_feat_ver(void *buf, __u32 v)
{
	cxl_gen_store_le8(buf, 26, (__u8)v);
}
static inline __u32 cxl_cxl_feat_entry_get_set_feat_ver(const void *buf)
{
	return cxl_gen_load_le8(buf, 27);
}

static inline void cxl_cxl_feat_entry_set_set_feat_ver(void *buf, __u32 v)
{
	cxl_gen_store_le8(buf, 27, (__u8)v);
}
static inline __u32 cxl_cxl_feat_entry_get_effects(const void *buf)
{
	return cxl_gen_load_le16(buf, 28);
}

static inline void cxl_cxl_feat_entry_set_effects(void *buf, __u32 v)
{
	cxl_gen_store_le16(buf, 28, (__u16)v);
}
static inline __u32 cxl_cxl_feat_entry_get_reserved(const void *buf,
						    unsigned int i)
{
	return cxl_gen_load_le8(buf, 30 + i);
}

static inline void cxl_cxl_feat_entry_set_reserved(void *buf, unsigned int i,
						   __u32 v)
{
	cxl_gen_store_le8(buf, 30 + i, (__u8)v);
}

/* cxl_mbox_get_sup_feats_out_hdr: Header of the Get Supported Features output. (8 bytes) */
#define CXL_CXL_MBOX_GET_SUP_FEATS_OUT_HDR_BYTES 8
static inline __u32
cxl_cxl_mbox_get_sup_feats_out_hdr_get_num_entries(const void *buf)
{
	return cxl_gen_load_le16(buf, 0);
}

static inline void cxl_cxl_mbox_get_sup_feats_out_hdr_set_num_entries(void *buf,
								      __u32 v)
{
	cxl_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32
cxl_cxl_mbox_get_sup_feats_out_hdr_get_supported_feats(const void *buf)
{
	return cxl_gen_load_le16(buf, 2);
}

static inline void
cxl_cxl_mbox_get_sup_feats_out_hdr_set_supported_feats(void *buf, __u32 v)
{
	cxl_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32
cxl_cxl_mbox_get_sup_feats_out_hdr_get_reserved(const void *buf, unsigned int i)
{
	return cxl_gen_load_le8(buf, 4 + i);
}

static inline void
cxl_cxl_mbox_get_sup_feats_out_hdr_set_reserved(void *buf, unsigned int i,
						__u32 v)
{
	cxl_gen_store_le8(buf, 4 + i, (__u8)v);
}

/* cxl_mbox_get_sup_feats_out: Get Supported Features output. (8 bytes) */
#define CXL_CXL_MBOX_GET_SUP_FEATS_OUT_BYTES 8
static inline void *cxl_cxl_mbox_get_sup_feats_out_hdr(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
cxl_cxl_mbox_get_sup_feats_out_hdr_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *cxl_cxl_mbox_get_sup_feats_out_ents(void *buf,
							unsigned int i)
{
	return (char *)buf + 8 + i * 48;
}

static inline const void *
cxl_cxl_mbox_get_sup_feats_out_ents_const(const void *buf, unsigned int i)
{
	return (const char *)buf + 8 + i * 48;
}

/* cxl_mbox_get_feat_in: Get Feature input (opcode 0x501). (21 bytes) */
#define CXL_CXL_MBOX_GET_FEAT_IN_BYTES 21
static inline void *cxl_cxl_mbox_get_feat_in_uuid(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *cxl_cxl_mbox_get_feat_in_uuid_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline __u32 cxl_cxl_mbox_get_feat_in_get_offset(const void *buf)
{
	return cxl_gen_load_le16(buf, 16);
}

static inline void cxl_cxl_mbox_get_feat_in_set_offset(void *buf, __u32 v)
{
	cxl_gen_store_le16(buf, 16, (__u16)v);
}
static inline __u32 cxl_cxl_mbox_get_feat_in_get_count(const void *buf)
{
	return cxl_gen_load_le16(buf, 18);
}

static inline void cxl_cxl_mbox_get_feat_in_set_count(void *buf, __u32 v)
{
	cxl_gen_store_le16(buf, 18, (__u16)v);
}
static inline __u32 cxl_cxl_mbox_get_feat_in_get_selection(const void *buf)
{
	return cxl_gen_load_le8(buf, 20);
}

static inline void cxl_cxl_mbox_get_feat_in_set_selection(void *buf, __u32 v)
{
	cxl_gen_store_le8(buf, 20, (__u8)v);
}

/* cxl_mbox_set_feat_hdr: Header of the Set Feature input. (32 bytes) */
#define CXL_CXL_MBOX_SET_FEAT_HDR_BYTES 32
static inline void *cxl_cxl_mbox_set_feat_hdr_uuid(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *cxl_cxl_mbox_set_feat_hdr_uuid_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline __u32 cxl_cxl_mbox_set_feat_hdr_get_flags(const void *buf)
{
	return cxl_gen_load_le32(buf, 16);
}

static inline void cxl_cxl_mbox_set_feat_hdr_set_flags(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 16, v);
}
static inline __u32 cxl_cxl_mbox_set_feat_hdr_get_offset(const void *buf)
{
	return cxl_gen_load_le16(buf, 20);
}

static inline void cxl_cxl_mbox_set_feat_hdr_set_offset(void *buf, __u32 v)
{
	cxl_gen_store_le16(buf, 20, (__u16)v);
}
static inline __u32 cxl_cxl_mbox_set_feat_hdr_get_version(const void *buf)
{
	return cxl_gen_load_le8(buf, 22);
}

static inline void cxl_cxl_mbox_set_feat_hdr_set_version(void *buf, __u32 v)
{
	cxl_gen_store_le8(buf, 22, (__u8)v);
}
static inline __u32 cxl_cxl_mbox_set_feat_hdr_get_rsvd(const void *buf,
						       unsigned int i)
{
	return cxl_gen_load_le8(buf, 23 + i);
}

static inline void cxl_cxl_mbox_set_feat_hdr_set_rsvd(void *buf, unsigned int i,
						      __u32 v)
{
	cxl_gen_store_le8(buf, 23 + i, (__u8)v);
}

/* cxl_mbox_set_feat_in: Set Feature input (opcode 0x502). (32 bytes) */
#define CXL_CXL_MBOX_SET_FEAT_IN_BYTES 32
static inline void *cxl_cxl_mbox_set_feat_in_hdr(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *cxl_cxl_mbox_set_feat_in_hdr_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline __u32 cxl_cxl_mbox_set_feat_in_get_feat_data(const void *buf,
							   unsigned int i)
{
	return cxl_gen_load_le8(buf, 32 + i);
}

static inline void
cxl_cxl_mbox_set_feat_in_set_feat_data(void *buf, unsigned int i, __u32 v)
{
	cxl_gen_store_le8(buf, 32 + i, (__u8)v);
}

/* fwctl_rpc_cxl_hdr: Header of a CXL FWCTL_RPC request. (16 bytes) */
#define CXL_FWCTL_RPC_CXL_HDR_BYTES 16
static inline __u32 cxl_fwctl_rpc_cxl_hdr_get_opcode(const void *buf)
{
	return cxl_gen_load_le32(buf, 0);
}

static inline void cxl_fwctl_rpc_cxl_hdr_set_opcode(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 0, v);
}
static inline __u32 cxl_fwctl_rpc_cxl_hdr_get_flags(const void *buf)
{
	return cxl_gen_load_le32(buf, 4);
}

static inline void cxl_fwctl_rpc_cxl_hdr_set_flags(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 4, v);
}
static inline __u32 cxl_fwctl_rpc_cxl_hdr_get_op_size(const void *buf)
{
	return cxl_gen_load_le32(buf, 8);
}

static inline void cxl_fwctl_rpc_cxl_hdr_set_op_size(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 8, v);
}
static inline __u32 cxl_fwctl_rpc_cxl_hdr_get_reserved1(const void *buf)
{
	return cxl_gen_load_le32(buf, 12);
}

static inline void cxl_fwctl_rpc_cxl_hdr_set_reserved1(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 12, v);
}

/* fwctl_rpc_cxl_in: The command's input, by opcode. (32 bytes, union) */
#define CXL_FWCTL_RPC_CXL_IN_BYTES 32
static inline void *cxl_fwctl_rpc_cxl_in_get_sup_feats_in(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
cxl_fwctl_rpc_cxl_in_get_sup_feats_in_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *cxl_fwctl_rpc_cxl_in_get_feat_in(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
cxl_fwctl_rpc_cxl_in_get_feat_in_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *cxl_fwctl_rpc_cxl_in_set_feat_in(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
cxl_fwctl_rpc_cxl_in_set_feat_in_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* fwctl_rpc_cxl: FWCTL_RPC input of a CXL device. (48 bytes) */
#define CXL_FWCTL_RPC_CXL_BYTES 48
static inline void *cxl_fwctl_rpc_cxl_hdr(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *cxl_fwctl_rpc_cxl_hdr_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *cxl_fwctl_rpc_cxl_op(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *cxl_fwctl_rpc_cxl_op_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* fwctl_rpc_cxl_out_hdr: Header of a CXL FWCTL_RPC reply. (8 bytes) */
#define CXL_FWCTL_RPC_CXL_OUT_HDR_BYTES 8
static inline __u32 cxl_fwctl_rpc_cxl_out_hdr_get_size(const void *buf)
{
	return cxl_gen_load_le32(buf, 0);
}

static inline void cxl_fwctl_rpc_cxl_out_hdr_set_size(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 0, v);
}
static inline __u32 cxl_fwctl_rpc_cxl_out_hdr_get_retval(const void *buf)
{
	return cxl_gen_load_le32(buf, 4);
}

static inline void cxl_fwctl_rpc_cxl_out_hdr_set_retval(void *buf, __u32 v)
{
	cxl_gen_store_le32(buf, 4, v);
}

/* fwctl_rpc_cxl_out_payload: The command's output. (8 bytes, union) */
#define CXL_FWCTL_RPC_CXL_OUT_PAYLOAD_BYTES 8
static inline void *cxl_fwctl_rpc_cxl_out_payload_get_sup_feats_out(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
cxl_fwctl_rpc_cxl_out_payload_get_sup_feats_out_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline __u32 cxl_fwctl_rpc_cxl_out_payload_get_payload(const void *buf,
							      unsigned int i)
{
	return cxl_gen_load_le8(buf, 0 + i);
}

static inline void
cxl_fwctl_rpc_cxl_out_payload_set_payload(void *buf, unsigned int i, __u32 v)
{
	cxl_gen_store_le8(buf, 0 + i, (__u8)v);
}

/* fwctl_rpc_cxl_out: FWCTL_RPC output of a CXL device. (16 bytes) */
#define CXL_FWCTL_RPC_CXL_OUT_BYTES 16
static inline void *cxl_fwctl_rpc_cxl_out_hdr(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *cxl_fwctl_rpc_cxl_out_hdr_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *cxl_fwctl_rpc_cxl_out_out(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *cxl_fwctl_rpc_cxl_out_out_const(const void *buf)
{
	return (const char *)buf + 8;
}

#ifdef __cplusplus
}
#endif

#endif /* _CXL_LAYOUTS_GEN_H */
