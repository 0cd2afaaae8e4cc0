/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/bnxt/commands.yaml
 *            spec/bnxt/family.yaml
 *            spec/bnxt/layouts.yaml
 * Generator: python3 -m generator generate (template layouts.h.j2)
 * To regenerate: make regen
 */
#ifndef _BNXT_LAYOUTS_GEN_H
#define _BNXT_LAYOUTS_GEN_H

/*
 * Typed accessors for every bnxt layout: little-endian, like a C struct of
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
 * For layout L and field F: bnxt_L_get_F() / bnxt_L_set_F() for integers
 * (arrays take an index), bnxt_L_F() for the address of a nested layout or
 * byte field (bnxt_L_F_const() in a read-only buffer), and BNXT_L_BYTES
 * for the size. Usable from the kernel and from userspace.
 */
#include <linux/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* le8: 8-bit little-endian container at byte @at, any alignment */
static inline __u8 bnxt_gen_load_le8(const void *buf, unsigned int at)
{
	return ((const __u8 *)buf)[at];
}

static inline void bnxt_gen_store_le8(void *buf, unsigned int at, __u8 v)
{
	((__u8 *)buf)[at] = v;
}

static inline __u32 bnxt_gen_get_le8(const void *buf, unsigned int at,
				     unsigned int shift, __u32 mask)
{
	return (bnxt_gen_load_le8(buf, at) >> shift) & mask;
}

static inline void bnxt_gen_set_le8(void *buf, unsigned int at,
				    unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = bnxt_gen_load_le8(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	bnxt_gen_store_le8(buf, at, (__u8)word);
}

/* le16: 16-bit little-endian container at byte @at, any alignment */
static inline __u16 bnxt_gen_load_le16(const void *buf, unsigned int at)
{
	const __u8 *b = (const __u8 *)buf + at;

	return (__u16)b[0] | (__u16)b[1] << 8;
}

static inline void bnxt_gen_store_le16(void *buf, unsigned int at, __u16 v)
{
	__u8 *b = (__u8 *)buf + at;

	b[0] = (__u8)(v & 0xff);
	b[1] = (__u8)((v >> 8) & 0xff);
}

static inline __u32 bnxt_gen_get_le16(const void *buf, unsigned int at,
				      unsigned int shift, __u32 mask)
{
	return (bnxt_gen_load_le16(buf, at) >> shift) & mask;
}

static inline void bnxt_gen_set_le16(void *buf, unsigned int at,
				     unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = bnxt_gen_load_le16(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	bnxt_gen_store_le16(buf, at, (__u16)word);
}

/* le32: 32-bit little-endian container at byte @at, any alignment */
static inline __u32 bnxt_gen_load_le32(const void *buf, unsigned int at)
{
	const __u8 *b = (const __u8 *)buf + at;

	return (__u32)b[0] | (__u32)b[1] << 8 | (__u32)b[2] << 16 |
	       (__u32)b[3] << 24;
}

static inline void bnxt_gen_store_le32(void *buf, unsigned int at, __u32 v)
{
	__u8 *b = (__u8 *)buf + at;

	b[0] = (__u8)(v & 0xff);
	b[1] = (__u8)((v >> 8) & 0xff);
	b[2] = (__u8)((v >> 16) & 0xff);
	b[3] = (__u8)((v >> 24) & 0xff);
}

static inline __u32 bnxt_gen_get_le32(const void *buf, unsigned int at,
				      unsigned int shift, __u32 mask)
{
	return (bnxt_gen_load_le32(buf, at) >> shift) & mask;
}

static inline void bnxt_gen_set_le32(void *buf, unsigned int at,
				     unsigned int shift, __u32 mask, __u32 v)
{
	__u32 word = bnxt_gen_load_le32(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	bnxt_gen_store_le32(buf, at, word);
}

/* le64: 64-bit little-endian container at byte @at, any alignment */
static inline __u64 bnxt_gen_load_le64(const void *buf, unsigned int at)
{
	const __u8 *b = (const __u8 *)buf + at;

	return (__u64)b[0] | (__u64)b[1] << 8 | (__u64)b[2] << 16 |
	       (__u64)b[3] << 24 | (__u64)b[4] << 32 | (__u64)b[5] << 40 |
	       (__u64)b[6] << 48 | (__u64)b[7] << 56;
}

static inline void bnxt_gen_store_le64(void *buf, unsigned int at, __u64 v)
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

static inline __u64 bnxt_gen_get_le64(const void *buf, unsigned int at,
				      unsigned int shift, __u64 mask)
{
	return (bnxt_gen_load_le64(buf, at) >> shift) & mask;
}

static inline void bnxt_gen_set_le64(void *buf, unsigned int at,
				     unsigned int shift, __u64 mask, __u64 v)
{
	__u64 word = bnxt_gen_load_le64(buf, at);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	bnxt_gen_store_le64(buf, at, word);
}

/* input: Header of every HWRM request. (16 bytes) */
#define BNXT_INPUT_BYTES 16
static inline __u32 bnxt_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_input_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_input_set_cmpl_ring(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_input_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_input_set_target_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64 bnxt_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_input_set_resp_addr(void *buf, __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}

/* output: Header of every HWRM response. (8 bytes) */
#define BNXT_OUTPUT_BYTES 8
static inline __u32 bnxt_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_output_set_error_code(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_output_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_output_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_output_set_resp_len(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}

/* hwrm_ver_get_input: Request of VER_GET; the caller states the HWRM interface version it speaks. (24 bytes) */
#define BNXT_HWRM_VER_GET_INPUT_BYTES 24
static inline __u32 bnxt_hwrm_ver_get_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_ver_get_input_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_ver_get_input_set_cmpl_ring(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_ver_get_input_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_ver_get_input_set_target_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64 bnxt_hwrm_ver_get_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_ver_get_input_set_resp_addr(void *buf, __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}
static inline __u32 bnxt_hwrm_ver_get_input_get_hwrm_intf_maj(const void *buf)
{
	return bnxt_gen_load_le8(buf, 16);
}

static inline void bnxt_hwrm_ver_get_input_set_hwrm_intf_maj(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 16, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_input_get_hwrm_intf_min(const void *buf)
{
	return bnxt_gen_load_le8(buf, 17);
}

static inline void bnxt_hwrm_ver_get_input_set_hwrm_intf_min(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 17, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_input_get_hwrm_intf_upd(const void *buf)
{
	return bnxt_gen_load_le8(buf, 18);
}

static inline void bnxt_hwrm_ver_get_input_set_hwrm_intf_upd(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 18, (__u8)v);
}

/* hwrm_ver_get_output: Response of VER_GET; versions of the firmware components and chip identity. (176 bytes) */
#define BNXT_HWRM_VER_GET_OUTPUT_BYTES 176
static inline __u32 bnxt_hwrm_ver_get_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_ver_get_output_set_error_code(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_ver_get_output_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_ver_get_output_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_ver_get_output_set_resp_len(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_intf_maj_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 8);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_intf_maj_8b(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 8, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_intf_min_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 9);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_intf_min_8b(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 9, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_intf_upd_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 10);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_intf_upd_8b(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 10, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_intf_rsvd_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 11);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_intf_rsvd_8b(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le8(buf, 11, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_hwrm_fw_maj_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 12);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_fw_maj_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 12, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_hwrm_fw_min_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 13);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_fw_min_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 13, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_hwrm_fw_bld_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 14);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_fw_bld_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 14, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_fw_rsvd_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 15);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_fw_rsvd_8b(void *buf,
								__u32 v)
{
	bnxt_gen_store_le8(buf, 15, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_mgmt_fw_maj_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 16);
}

static inline void bnxt_hwrm_ver_get_output_set_mgmt_fw_maj_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 16, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_mgmt_fw_min_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 17);
}

static inline void bnxt_hwrm_ver_get_output_set_mgmt_fw_min_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 17, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_mgmt_fw_bld_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 18);
}

static inline void bnxt_hwrm_ver_get_output_set_mgmt_fw_bld_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 18, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_mgmt_fw_rsvd_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 19);
}

static inline void bnxt_hwrm_ver_get_output_set_mgmt_fw_rsvd_8b(void *buf,
								__u32 v)
{
	bnxt_gen_store_le8(buf, 19, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_maj_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 20);
}

static inline void bnxt_hwrm_ver_get_output_set_netctrl_fw_maj_8b(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le8(buf, 20, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_min_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 21);
}

static inline void bnxt_hwrm_ver_get_output_set_netctrl_fw_min_8b(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le8(buf, 21, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_bld_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 22);
}

static inline void bnxt_hwrm_ver_get_output_set_netctrl_fw_bld_8b(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le8(buf, 22, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_rsvd_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 23);
}

static inline void bnxt_hwrm_ver_get_output_set_netctrl_fw_rsvd_8b(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le8(buf, 23, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_dev_caps_cfg(const void *buf)
{
	return bnxt_gen_load_le32(buf, 24);
}

static inline void bnxt_hwrm_ver_get_output_set_dev_caps_cfg(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 24, v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_roce_fw_maj_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 28);
}

static inline void bnxt_hwrm_ver_get_output_set_roce_fw_maj_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 28, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_roce_fw_min_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 29);
}

static inline void bnxt_hwrm_ver_get_output_set_roce_fw_min_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 29, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_roce_fw_bld_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 30);
}

static inline void bnxt_hwrm_ver_get_output_set_roce_fw_bld_8b(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 30, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_roce_fw_rsvd_8b(const void *buf)
{
	return bnxt_gen_load_le8(buf, 31);
}

static inline void bnxt_hwrm_ver_get_output_set_roce_fw_rsvd_8b(void *buf,
								__u32 v)
{
	bnxt_gen_store_le8(buf, 31, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_hwrm_fw_name(const void *buf,
							      unsigned int i)
{
	return bnxt_gen_load_le8(buf, 32 + i);
}

static inline void
bnxt_hwrm_ver_get_output_set_hwrm_fw_name(void *buf, unsigned int i, __u32 v)
{
	bnxt_gen_store_le8(buf, 32 + i, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_mgmt_fw_name(const void *buf,
							      unsigned int i)
{
	return bnxt_gen_load_le8(buf, 48 + i);
}

static inline void
bnxt_hwrm_ver_get_output_set_mgmt_fw_name(void *buf, unsigned int i, __u32 v)
{
	bnxt_gen_store_le8(buf, 48 + i, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_name(const void *buf, unsigned int i)
{
	return bnxt_gen_load_le8(buf, 64 + i);
}

static inline void
bnxt_hwrm_ver_get_output_set_netctrl_fw_name(void *buf, unsigned int i, __u32 v)
{
	bnxt_gen_store_le8(buf, 64 + i, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_active_pkg_name(const void *buf, unsigned int i)
{
	return bnxt_gen_load_le8(buf, 80 + i);
}

static inline void
bnxt_hwrm_ver_get_output_set_active_pkg_name(void *buf, unsigned int i, __u32 v)
{
	bnxt_gen_store_le8(buf, 80 + i, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_roce_fw_name(const void *buf,
							      unsigned int i)
{
	return bnxt_gen_load_le8(buf, 96 + i);
}

static inline void
bnxt_hwrm_ver_get_output_set_roce_fw_name(void *buf, unsigned int i, __u32 v)
{
	bnxt_gen_store_le8(buf, 96 + i, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_chip_num(const void *buf)
{
	return bnxt_gen_load_le16(buf, 112);
}

static inline void bnxt_hwrm_ver_get_output_set_chip_num(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 112, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_chip_rev(const void *buf)
{
	return bnxt_gen_load_le8(buf, 114);
}

static inline void bnxt_hwrm_ver_get_output_set_chip_rev(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 114, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_chip_metal(const void *buf)
{
	return bnxt_gen_load_le8(buf, 115);
}

static inline void bnxt_hwrm_ver_get_output_set_chip_metal(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 115, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_chip_bond_id(const void *buf)
{
	return bnxt_gen_load_le8(buf, 116);
}

static inline void bnxt_hwrm_ver_get_output_set_chip_bond_id(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 116, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_chip_platform_type(const void *buf)
{
	return bnxt_gen_load_le8(buf, 117);
}

static inline void bnxt_hwrm_ver_get_output_set_chip_platform_type(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le8(buf, 117, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_max_req_win_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 118);
}

static inline void bnxt_hwrm_ver_get_output_set_max_req_win_len(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 118, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_max_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 120);
}

static inline void bnxt_hwrm_ver_get_output_set_max_resp_len(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 120, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_def_req_timeout(const void *buf)
{
	return bnxt_gen_load_le16(buf, 122);
}

static inline void bnxt_hwrm_ver_get_output_set_def_req_timeout(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 122, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_flags(const void *buf)
{
	return bnxt_gen_load_le8(buf, 124);
}

static inline void bnxt_hwrm_ver_get_output_set_flags(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 124, (__u8)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_always_1(const void *buf)
{
	return bnxt_gen_load_le8(buf, 127);
}

static inline void bnxt_hwrm_ver_get_output_set_always_1(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 127, (__u8)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_intf_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 128);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_intf_major(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 128, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_intf_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 130);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_intf_minor(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 130, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_intf_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 132);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_intf_build(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 132, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_hwrm_intf_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 134);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_intf_patch(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 134, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_hwrm_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 136);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_fw_major(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 136, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_hwrm_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 138);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_fw_minor(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 138, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_hwrm_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 140);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_fw_build(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 140, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_hwrm_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 142);
}

static inline void bnxt_hwrm_ver_get_output_set_hwrm_fw_patch(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 142, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_mgmt_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 144);
}

static inline void bnxt_hwrm_ver_get_output_set_mgmt_fw_major(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 144, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_mgmt_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 146);
}

static inline void bnxt_hwrm_ver_get_output_set_mgmt_fw_minor(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 146, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_mgmt_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 148);
}

static inline void bnxt_hwrm_ver_get_output_set_mgmt_fw_build(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 148, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_mgmt_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 150);
}

static inline void bnxt_hwrm_ver_get_output_set_mgmt_fw_patch(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 150, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 152);
}

static inline void bnxt_hwrm_ver_get_output_set_netctrl_fw_major(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 152, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 154);
}

static inline void bnxt_hwrm_ver_get_output_set_netctrl_fw_minor(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 154, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 156);
}

static inline void bnxt_hwrm_ver_get_output_set_netctrl_fw_build(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 156, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_netctrl_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 158);
}

static inline void bnxt_hwrm_ver_get_output_set_netctrl_fw_patch(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 158, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_roce_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 160);
}

static inline void bnxt_hwrm_ver_get_output_set_roce_fw_major(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 160, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_roce_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 162);
}

static inline void bnxt_hwrm_ver_get_output_set_roce_fw_minor(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 162, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_roce_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 164);
}

static inline void bnxt_hwrm_ver_get_output_set_roce_fw_build(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 164, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_roce_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 166);
}

static inline void bnxt_hwrm_ver_get_output_set_roce_fw_patch(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 166, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_max_ext_req_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 168);
}

static inline void bnxt_hwrm_ver_get_output_set_max_ext_req_len(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 168, (__u16)v);
}
static inline __u32
bnxt_hwrm_ver_get_output_get_max_req_timeout(const void *buf)
{
	return bnxt_gen_load_le16(buf, 170);
}

static inline void bnxt_hwrm_ver_get_output_set_max_req_timeout(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 170, (__u16)v);
}
static inline __u32 bnxt_hwrm_ver_get_output_get_valid(const void *buf)
{
	return bnxt_gen_load_le8(buf, 175);
}

static inline void bnxt_hwrm_ver_get_output_set_valid(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 175, (__u8)v);
}

/* hwrm_func_qcaps_input: Request of FUNC_QCAPS. (24 bytes) */
#define BNXT_HWRM_FUNC_QCAPS_INPUT_BYTES 24
static inline __u32 bnxt_hwrm_func_qcaps_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_func_qcaps_input_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_func_qcaps_input_set_cmpl_ring(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_func_qcaps_input_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_func_qcaps_input_set_target_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64 bnxt_hwrm_func_qcaps_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_func_qcaps_input_set_resp_addr(void *buf, __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}
static inline __u32 bnxt_hwrm_func_qcaps_input_get_fid(const void *buf)
{
	return bnxt_gen_load_le16(buf, 16);
}

static inline void bnxt_hwrm_func_qcaps_input_set_fid(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 16, (__u16)v);
}

/* hwrm_func_qcaps_output: Response of FUNC_QCAPS; the resources and features a function may use. (144 bytes) */
#define BNXT_HWRM_FUNC_QCAPS_OUTPUT_BYTES 144
static inline __u32 bnxt_hwrm_func_qcaps_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_func_qcaps_output_set_error_code(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_func_qcaps_output_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_func_qcaps_output_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_func_qcaps_output_set_resp_len(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_fid(const void *buf)
{
	return bnxt_gen_load_le16(buf, 8);
}

static inline void bnxt_hwrm_func_qcaps_output_set_fid(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 8, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_port_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 10);
}

static inline void bnxt_hwrm_func_qcaps_output_set_port_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 10, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_flags(const void *buf)
{
	return bnxt_gen_load_le32(buf, 12);
}

static inline void bnxt_hwrm_func_qcaps_output_set_flags(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 12, v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_mac_address(const void *buf,
								unsigned int i)
{
	return bnxt_gen_load_le8(buf, 16 + i);
}

static inline void
bnxt_hwrm_func_qcaps_output_set_mac_address(void *buf, unsigned int i, __u32 v)
{
	bnxt_gen_store_le8(buf, 16 + i, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_rsscos_ctx(const void *buf)
{
	return bnxt_gen_load_le16(buf, 22);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_rsscos_ctx(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le16(buf, 22, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_cmpl_rings(const void *buf)
{
	return bnxt_gen_load_le16(buf, 24);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_cmpl_rings(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le16(buf, 24, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_tx_rings(const void *buf)
{
	return bnxt_gen_load_le16(buf, 26);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_tx_rings(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 26, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_rx_rings(const void *buf)
{
	return bnxt_gen_load_le16(buf, 28);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_rx_rings(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 28, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_max_l2_ctxs(const void *buf)
{
	return bnxt_gen_load_le16(buf, 30);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_l2_ctxs(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 30, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_max_vnics(const void *buf)
{
	return bnxt_gen_load_le16(buf, 32);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_vnics(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 32, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_first_vf_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 34);
}

static inline void bnxt_hwrm_func_qcaps_output_set_first_vf_id(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 34, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_max_vfs(const void *buf)
{
	return bnxt_gen_load_le16(buf, 36);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_vfs(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 36, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_stat_ctx(const void *buf)
{
	return bnxt_gen_load_le16(buf, 38);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_stat_ctx(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 38, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_encap_records(const void *buf)
{
	return bnxt_gen_load_le32(buf, 40);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_encap_records(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le32(buf, 40, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_decap_records(const void *buf)
{
	return bnxt_gen_load_le32(buf, 44);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_decap_records(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le32(buf, 44, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_tx_em_flows(const void *buf)
{
	return bnxt_gen_load_le32(buf, 48);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_tx_em_flows(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le32(buf, 48, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_tx_wm_flows(const void *buf)
{
	return bnxt_gen_load_le32(buf, 52);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_tx_wm_flows(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le32(buf, 52, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_rx_em_flows(const void *buf)
{
	return bnxt_gen_load_le32(buf, 56);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_rx_em_flows(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le32(buf, 56, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_rx_wm_flows(const void *buf)
{
	return bnxt_gen_load_le32(buf, 60);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_rx_wm_flows(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le32(buf, 60, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_mcast_filters(const void *buf)
{
	return bnxt_gen_load_le32(buf, 64);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_mcast_filters(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le32(buf, 64, v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_max_flow_id(const void *buf)
{
	return bnxt_gen_load_le32(buf, 68);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_flow_id(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le32(buf, 68, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_hw_ring_grps(const void *buf)
{
	return bnxt_gen_load_le32(buf, 72);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_hw_ring_grps(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le32(buf, 72, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_sp_tx_rings(const void *buf)
{
	return bnxt_gen_load_le16(buf, 76);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_sp_tx_rings(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le16(buf, 76, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_msix_vfs(const void *buf)
{
	return bnxt_gen_load_le16(buf, 78);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_msix_vfs(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 78, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_flags_ext(const void *buf)
{
	return bnxt_gen_load_le32(buf, 80);
}

static inline void bnxt_hwrm_func_qcaps_output_set_flags_ext(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 80, v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_max_schqs(const void *buf)
{
	return bnxt_gen_load_le8(buf, 84);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_schqs(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 84, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_mpc_chnls_cap(const void *buf)
{
	return bnxt_gen_load_le8(buf, 85);
}

static inline void bnxt_hwrm_func_qcaps_output_set_mpc_chnls_cap(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 85, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_key_ctxs_alloc(const void *buf)
{
	return bnxt_gen_load_le16(buf, 86);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_key_ctxs_alloc(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le16(buf, 86, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_flags_ext2(const void *buf)
{
	return bnxt_gen_load_le32(buf, 88);
}

static inline void bnxt_hwrm_func_qcaps_output_set_flags_ext2(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le32(buf, 88, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_tunnel_disable_flag(const void *buf)
{
	return bnxt_gen_load_le16(buf, 92);
}

static inline void
bnxt_hwrm_func_qcaps_output_set_tunnel_disable_flag(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 92, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_xid_partition_cap(const void *buf)
{
	return bnxt_gen_load_le16(buf, 94);
}

static inline void bnxt_hwrm_func_qcaps_output_set_xid_partition_cap(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le16(buf, 94, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_device_serial_number(const void *buf,
						     unsigned int i)
{
	return bnxt_gen_load_le8(buf, 96 + i);
}

static inline void
bnxt_hwrm_func_qcaps_output_set_device_serial_number(void *buf, unsigned int i,
						     __u32 v)
{
	bnxt_gen_store_le8(buf, 96 + i, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_ctxs_per_partition(const void *buf)
{
	return bnxt_gen_load_le16(buf, 104);
}

static inline void bnxt_hwrm_func_qcaps_output_set_ctxs_per_partition(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le16(buf, 104, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_tso_segs(const void *buf)
{
	return bnxt_gen_load_le16(buf, 106);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_tso_segs(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 106, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_roce_vf_max_av(const void *buf)
{
	return bnxt_gen_load_le32(buf, 108);
}

static inline void bnxt_hwrm_func_qcaps_output_set_roce_vf_max_av(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le32(buf, 108, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_roce_vf_max_cq(const void *buf)
{
	return bnxt_gen_load_le32(buf, 112);
}

static inline void bnxt_hwrm_func_qcaps_output_set_roce_vf_max_cq(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le32(buf, 112, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_roce_vf_max_mrw(const void *buf)
{
	return bnxt_gen_load_le32(buf, 116);
}

static inline void bnxt_hwrm_func_qcaps_output_set_roce_vf_max_mrw(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le32(buf, 116, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_roce_vf_max_qp(const void *buf)
{
	return bnxt_gen_load_le32(buf, 120);
}

static inline void bnxt_hwrm_func_qcaps_output_set_roce_vf_max_qp(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le32(buf, 120, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_roce_vf_max_srq(const void *buf)
{
	return bnxt_gen_load_le32(buf, 124);
}

static inline void bnxt_hwrm_func_qcaps_output_set_roce_vf_max_srq(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le32(buf, 124, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_roce_vf_max_gid(const void *buf)
{
	return bnxt_gen_load_le32(buf, 128);
}

static inline void bnxt_hwrm_func_qcaps_output_set_roce_vf_max_gid(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le32(buf, 128, v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_flags_ext3(const void *buf)
{
	return bnxt_gen_load_le32(buf, 132);
}

static inline void bnxt_hwrm_func_qcaps_output_set_flags_ext3(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le32(buf, 132, v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_roce_vfs(const void *buf)
{
	return bnxt_gen_load_le16(buf, 136);
}

static inline void bnxt_hwrm_func_qcaps_output_set_max_roce_vfs(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 136, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcaps_output_get_max_crypto_rx_flow_filters(const void *buf)
{
	return bnxt_gen_load_le16(buf, 138);
}

static inline void
bnxt_hwrm_func_qcaps_output_set_max_crypto_rx_flow_filters(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 138, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcaps_output_get_valid(const void *buf)
{
	return bnxt_gen_load_le8(buf, 143);
}

static inline void bnxt_hwrm_func_qcaps_output_set_valid(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 143, (__u8)v);
}

/* hwrm_func_qcfg_input: Request of FUNC_QCFG. (24 bytes) */
#define BNXT_HWRM_FUNC_QCFG_INPUT_BYTES 24
static inline __u32 bnxt_hwrm_func_qcfg_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_func_qcfg_input_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_func_qcfg_input_set_cmpl_ring(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_func_qcfg_input_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_func_qcfg_input_set_target_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64 bnxt_hwrm_func_qcfg_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_func_qcfg_input_set_resp_addr(void *buf, __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}
static inline __u32 bnxt_hwrm_func_qcfg_input_get_fid(const void *buf)
{
	return bnxt_gen_load_le16(buf, 16);
}

static inline void bnxt_hwrm_func_qcfg_input_set_fid(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 16, (__u16)v);
}

/* hwrm_func_qcfg_output: Response of FUNC_QCFG; the current configuration of a function. (176 bytes) */
#define BNXT_HWRM_FUNC_QCFG_OUTPUT_BYTES 176
static inline __u32 bnxt_hwrm_func_qcfg_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_func_qcfg_output_set_error_code(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_func_qcfg_output_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_func_qcfg_output_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_func_qcfg_output_set_resp_len(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_fid(const void *buf)
{
	return bnxt_gen_load_le16(buf, 8);
}

static inline void bnxt_hwrm_func_qcfg_output_set_fid(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 8, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_port_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 10);
}

static inline void bnxt_hwrm_func_qcfg_output_set_port_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 10, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_vlan(const void *buf)
{
	return bnxt_gen_load_le16(buf, 12);
}

static inline void bnxt_hwrm_func_qcfg_output_set_vlan(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 12, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_flags(const void *buf)
{
	return bnxt_gen_load_le16(buf, 14);
}

static inline void bnxt_hwrm_func_qcfg_output_set_flags(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 14, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_mac_address(const void *buf,
							       unsigned int i)
{
	return bnxt_gen_load_le8(buf, 16 + i);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_mac_address(void *buf, unsigned int i, __u32 v)
{
	bnxt_gen_store_le8(buf, 16 + i, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_pci_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 22);
}

static inline void bnxt_hwrm_func_qcfg_output_set_pci_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 22, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_alloc_rsscos_ctx(const void *buf)
{
	return bnxt_gen_load_le16(buf, 24);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_rsscos_ctx(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le16(buf, 24, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_alloc_cmpl_rings(const void *buf)
{
	return bnxt_gen_load_le16(buf, 26);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_cmpl_rings(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le16(buf, 26, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_alloc_tx_rings(const void *buf)
{
	return bnxt_gen_load_le16(buf, 28);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_tx_rings(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 28, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_alloc_rx_rings(const void *buf)
{
	return bnxt_gen_load_le16(buf, 30);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_rx_rings(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 30, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_alloc_l2_ctx(const void *buf)
{
	return bnxt_gen_load_le16(buf, 32);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_l2_ctx(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 32, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_alloc_vnics(const void *buf)
{
	return bnxt_gen_load_le16(buf, 34);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_vnics(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 34, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_admin_mtu(const void *buf)
{
	return bnxt_gen_load_le16(buf, 36);
}

static inline void bnxt_hwrm_func_qcfg_output_set_admin_mtu(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 36, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_mru(const void *buf)
{
	return bnxt_gen_load_le16(buf, 38);
}

static inline void bnxt_hwrm_func_qcfg_output_set_mru(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 38, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_stat_ctx_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 40);
}

static inline void bnxt_hwrm_func_qcfg_output_set_stat_ctx_id(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 40, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_port_partition_type(const void *buf)
{
	return bnxt_gen_load_le8(buf, 42);
}

static inline void bnxt_hwrm_func_qcfg_output_set_port_partition_type(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le8(buf, 42, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_port_pf_cnt(const void *buf)
{
	return bnxt_gen_load_le8(buf, 43);
}

static inline void bnxt_hwrm_func_qcfg_output_set_port_pf_cnt(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le8(buf, 43, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_dflt_vnic_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 44);
}

static inline void bnxt_hwrm_func_qcfg_output_set_dflt_vnic_id(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 44, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_max_mtu_configured(const void *buf)
{
	return bnxt_gen_load_le16(buf, 46);
}

static inline void bnxt_hwrm_func_qcfg_output_set_max_mtu_configured(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le16(buf, 46, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_min_bw_bw_value(const void *buf)
{
	return bnxt_gen_get_le32(buf, 48, 0, 0xfffffff);
}

static inline void bnxt_hwrm_func_qcfg_output_set_min_bw_bw_value(void *buf,
								  __u32 v)
{
	bnxt_gen_set_le32(buf, 48, 0, 0xfffffff, v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_min_bw_scale(const void *buf)
{
	return bnxt_gen_get_le32(buf, 48, 28, 0x1);
}

static inline void bnxt_hwrm_func_qcfg_output_set_min_bw_scale(void *buf,
							       __u32 v)
{
	bnxt_gen_set_le32(buf, 48, 28, 0x1, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_min_bw_bw_value_unit(const void *buf)
{
	return bnxt_gen_get_le32(buf, 48, 29, 0x7);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_min_bw_bw_value_unit(void *buf, __u32 v)
{
	bnxt_gen_set_le32(buf, 48, 29, 0x7, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_max_bw_bw_value(const void *buf)
{
	return bnxt_gen_get_le32(buf, 52, 0, 0xfffffff);
}

static inline void bnxt_hwrm_func_qcfg_output_set_max_bw_bw_value(void *buf,
								  __u32 v)
{
	bnxt_gen_set_le32(buf, 52, 0, 0xfffffff, v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_max_bw_scale(const void *buf)
{
	return bnxt_gen_get_le32(buf, 52, 28, 0x1);
}

static inline void bnxt_hwrm_func_qcfg_output_set_max_bw_scale(void *buf,
							       __u32 v)
{
	bnxt_gen_set_le32(buf, 52, 28, 0x1, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_max_bw_bw_value_unit(const void *buf)
{
	return bnxt_gen_get_le32(buf, 52, 29, 0x7);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_max_bw_bw_value_unit(void *buf, __u32 v)
{
	bnxt_gen_set_le32(buf, 52, 29, 0x7, v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_evb_mode(const void *buf)
{
	return bnxt_gen_load_le8(buf, 56);
}

static inline void bnxt_hwrm_func_qcfg_output_set_evb_mode(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 56, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_options_cache_linesize(const void *buf)
{
	return bnxt_gen_get_le8(buf, 57, 0, 0x3);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_options_cache_linesize(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 57, 0, 0x3, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_options_link_admin_state(const void *buf)
{
	return bnxt_gen_get_le8(buf, 57, 2, 0x3);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_options_link_admin_state(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 57, 2, 0x3, v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_alloc_vfs(const void *buf)
{
	return bnxt_gen_load_le16(buf, 58);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_vfs(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 58, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_alloc_mcast_filters(const void *buf)
{
	return bnxt_gen_load_le32(buf, 60);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_mcast_filters(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le32(buf, 60, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_alloc_hw_ring_grps(const void *buf)
{
	return bnxt_gen_load_le32(buf, 64);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_hw_ring_grps(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le32(buf, 64, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_alloc_sp_tx_rings(const void *buf)
{
	return bnxt_gen_load_le16(buf, 68);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_sp_tx_rings(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le16(buf, 68, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_alloc_stat_ctx(const void *buf)
{
	return bnxt_gen_load_le16(buf, 70);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_stat_ctx(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 70, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_alloc_msix(const void *buf)
{
	return bnxt_gen_load_le16(buf, 72);
}

static inline void bnxt_hwrm_func_qcfg_output_set_alloc_msix(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 72, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_registered_vfs(const void *buf)
{
	return bnxt_gen_load_le16(buf, 74);
}

static inline void bnxt_hwrm_func_qcfg_output_set_registered_vfs(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 74, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_l2_doorbell_bar_size_kb(const void *buf)
{
	return bnxt_gen_load_le16(buf, 76);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_l2_doorbell_bar_size_kb(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 76, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_active_endpoints(const void *buf)
{
	return bnxt_gen_load_le8(buf, 78);
}

static inline void bnxt_hwrm_func_qcfg_output_set_active_endpoints(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le8(buf, 78, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_always_1(const void *buf)
{
	return bnxt_gen_load_le8(buf, 79);
}

static inline void bnxt_hwrm_func_qcfg_output_set_always_1(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 79, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_reset_addr_poll(const void *buf)
{
	return bnxt_gen_load_le32(buf, 80);
}

static inline void bnxt_hwrm_func_qcfg_output_set_reset_addr_poll(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le32(buf, 80, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_legacy_l2_db_size_kb(const void *buf)
{
	return bnxt_gen_load_le16(buf, 84);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_legacy_l2_db_size_kb(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 84, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_svif_info_svif(const void *buf)
{
	return bnxt_gen_get_le16(buf, 86, 0, 0x7fff);
}

static inline void bnxt_hwrm_func_qcfg_output_set_svif_info_svif(void *buf,
								 __u32 v)
{
	bnxt_gen_set_le16(buf, 86, 0, 0x7fff, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_svif_info_svif_valid(const void *buf)
{
	return bnxt_gen_get_le16(buf, 86, 15, 0x1);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_svif_info_svif_valid(void *buf, __u32 v)
{
	bnxt_gen_set_le16(buf, 86, 15, 0x1, v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_mpc_chnls(const void *buf)
{
	return bnxt_gen_load_le8(buf, 88);
}

static inline void bnxt_hwrm_func_qcfg_output_set_mpc_chnls(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 88, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_db_page_size(const void *buf)
{
	return bnxt_gen_load_le8(buf, 89);
}

static inline void bnxt_hwrm_func_qcfg_output_set_db_page_size(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 89, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_roce_vnic_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 90);
}

static inline void bnxt_hwrm_func_qcfg_output_set_roce_vnic_id(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 90, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_partition_min_bw_bw_value(const void *buf)
{
	return bnxt_gen_get_le32(buf, 92, 0, 0xfffffff);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_partition_min_bw_bw_value(void *buf, __u32 v)
{
	bnxt_gen_set_le32(buf, 92, 0, 0xfffffff, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_partition_min_bw_scale(const void *buf)
{
	return bnxt_gen_get_le32(buf, 92, 28, 0x1);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_partition_min_bw_scale(void *buf, __u32 v)
{
	bnxt_gen_set_le32(buf, 92, 28, 0x1, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_partition_min_bw_bw_value_unit(const void *buf)
{
	return bnxt_gen_get_le32(buf, 92, 29, 0x7);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_partition_min_bw_bw_value_unit(void *buf,
							      __u32 v)
{
	bnxt_gen_set_le32(buf, 92, 29, 0x7, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_partition_max_bw_bw_value(const void *buf)
{
	return bnxt_gen_get_le32(buf, 96, 0, 0xfffffff);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_partition_max_bw_bw_value(void *buf, __u32 v)
{
	bnxt_gen_set_le32(buf, 96, 0, 0xfffffff, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_partition_max_bw_scale(const void *buf)
{
	return bnxt_gen_get_le32(buf, 96, 28, 0x1);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_partition_max_bw_scale(void *buf, __u32 v)
{
	bnxt_gen_set_le32(buf, 96, 28, 0x1, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_partition_max_bw_bw_value_unit(const void *buf)
{
	return bnxt_gen_get_le32(buf, 96, 29, 0x7);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_partition_max_bw_bw_value_unit(void *buf,
							      __u32 v)
{
	bnxt_gen_set_le32(buf, 96, 29, 0x7, v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_host_mtu(const void *buf)
{
	return bnxt_gen_load_le16(buf, 100);
}

static inline void bnxt_hwrm_func_qcfg_output_set_host_mtu(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 100, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_flags2(const void *buf)
{
	return bnxt_gen_load_le16(buf, 102);
}

static inline void bnxt_hwrm_func_qcfg_output_set_flags2(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 102, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_stag_vid(const void *buf)
{
	return bnxt_gen_load_le16(buf, 104);
}

static inline void bnxt_hwrm_func_qcfg_output_set_stag_vid(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 104, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_port_kdnet_mode(const void *buf)
{
	return bnxt_gen_load_le8(buf, 106);
}

static inline void bnxt_hwrm_func_qcfg_output_set_port_kdnet_mode(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le8(buf, 106, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_kdnet_pcie_function(const void *buf)
{
	return bnxt_gen_load_le8(buf, 107);
}

static inline void bnxt_hwrm_func_qcfg_output_set_kdnet_pcie_function(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le8(buf, 107, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_port_kdnet_fid(const void *buf)
{
	return bnxt_gen_load_le16(buf, 108);
}

static inline void bnxt_hwrm_func_qcfg_output_set_port_kdnet_fid(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 108, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_roce_bidi_opt_mode(const void *buf)
{
	return bnxt_gen_load_le8(buf, 111);
}

static inline void bnxt_hwrm_func_qcfg_output_set_roce_bidi_opt_mode(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le8(buf, 111, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_num_ktls_tx_key_ctxs(const void *buf)
{
	return bnxt_gen_load_le32(buf, 112);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_num_ktls_tx_key_ctxs(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 112, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_num_ktls_rx_key_ctxs(const void *buf)
{
	return bnxt_gen_load_le32(buf, 116);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_num_ktls_rx_key_ctxs(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 116, v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_lag_id(const void *buf)
{
	return bnxt_gen_load_le8(buf, 120);
}

static inline void bnxt_hwrm_func_qcfg_output_set_lag_id(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 120, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_parif(const void *buf)
{
	return bnxt_gen_load_le8(buf, 121);
}

static inline void bnxt_hwrm_func_qcfg_output_set_parif(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 121, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_fw_lag_id(const void *buf)
{
	return bnxt_gen_load_le8(buf, 122);
}

static inline void bnxt_hwrm_func_qcfg_output_set_fw_lag_id(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 122, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_num_quic_tx_key_ctxs(const void *buf)
{
	return bnxt_gen_load_le32(buf, 124);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_num_quic_tx_key_ctxs(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 124, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_num_quic_rx_key_ctxs(const void *buf)
{
	return bnxt_gen_load_le32(buf, 128);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_num_quic_rx_key_ctxs(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 128, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_roce_max_av_per_vf(const void *buf)
{
	return bnxt_gen_load_le32(buf, 132);
}

static inline void bnxt_hwrm_func_qcfg_output_set_roce_max_av_per_vf(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le32(buf, 132, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_roce_max_cq_per_vf(const void *buf)
{
	return bnxt_gen_load_le32(buf, 136);
}

static inline void bnxt_hwrm_func_qcfg_output_set_roce_max_cq_per_vf(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le32(buf, 136, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_roce_max_mrw_per_vf(const void *buf)
{
	return bnxt_gen_load_le32(buf, 140);
}

static inline void bnxt_hwrm_func_qcfg_output_set_roce_max_mrw_per_vf(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le32(buf, 140, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_roce_max_qp_per_vf(const void *buf)
{
	return bnxt_gen_load_le32(buf, 144);
}

static inline void bnxt_hwrm_func_qcfg_output_set_roce_max_qp_per_vf(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le32(buf, 144, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_roce_max_srq_per_vf(const void *buf)
{
	return bnxt_gen_load_le32(buf, 148);
}

static inline void bnxt_hwrm_func_qcfg_output_set_roce_max_srq_per_vf(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le32(buf, 148, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_roce_max_gid_per_vf(const void *buf)
{
	return bnxt_gen_load_le32(buf, 152);
}

static inline void bnxt_hwrm_func_qcfg_output_set_roce_max_gid_per_vf(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le32(buf, 152, v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_xid_partition_cfg(const void *buf)
{
	return bnxt_gen_load_le16(buf, 156);
}

static inline void bnxt_hwrm_func_qcfg_output_set_xid_partition_cfg(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le16(buf, 156, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_mirror_vnic_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 158);
}

static inline void bnxt_hwrm_func_qcfg_output_set_mirror_vnic_id(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 158, (__u16)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_max_link_width(const void *buf)
{
	return bnxt_gen_load_le8(buf, 160);
}

static inline void bnxt_hwrm_func_qcfg_output_set_max_link_width(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 160, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_max_link_speed(const void *buf)
{
	return bnxt_gen_load_le8(buf, 161);
}

static inline void bnxt_hwrm_func_qcfg_output_set_max_link_speed(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 161, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_negotiated_link_width(const void *buf)
{
	return bnxt_gen_load_le8(buf, 162);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_negotiated_link_width(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 162, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_negotiated_link_speed(const void *buf)
{
	return bnxt_gen_load_le8(buf, 163);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_negotiated_link_speed(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 163, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_pcie_compliance(const void *buf)
{
	return bnxt_gen_load_le8(buf, 166);
}

static inline void bnxt_hwrm_func_qcfg_output_set_pcie_compliance(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le8(buf, 166, (__u8)v);
}
static inline __u32
bnxt_hwrm_func_qcfg_output_get_l2_db_multi_page_size_kb(const void *buf)
{
	return bnxt_gen_load_le16(buf, 168);
}

static inline void
bnxt_hwrm_func_qcfg_output_set_l2_db_multi_page_size_kb(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 168, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qcfg_output_get_valid(const void *buf)
{
	return bnxt_gen_load_le8(buf, 175);
}

static inline void bnxt_hwrm_func_qcfg_output_set_valid(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 175, (__u8)v);
}

/* hwrm_func_qstats_input: Request of FUNC_QSTATS. (24 bytes) */
#define BNXT_HWRM_FUNC_QSTATS_INPUT_BYTES 24
static inline __u32 bnxt_hwrm_func_qstats_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_func_qstats_input_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qstats_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_func_qstats_input_set_cmpl_ring(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qstats_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_func_qstats_input_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qstats_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_func_qstats_input_set_target_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64 bnxt_hwrm_func_qstats_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_func_qstats_input_set_resp_addr(void *buf, __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}
static inline __u32 bnxt_hwrm_func_qstats_input_get_fid(const void *buf)
{
	return bnxt_gen_load_le16(buf, 16);
}

static inline void bnxt_hwrm_func_qstats_input_set_fid(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 16, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qstats_input_get_flags(const void *buf)
{
	return bnxt_gen_load_le8(buf, 18);
}

static inline void bnxt_hwrm_func_qstats_input_set_flags(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 18, (__u8)v);
}

/* hwrm_func_qstats_output: Response of FUNC_QSTATS; the packet and byte counters of a function. (176 bytes) */
#define BNXT_HWRM_FUNC_QSTATS_OUTPUT_BYTES 176
static inline __u32 bnxt_hwrm_func_qstats_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_func_qstats_output_set_error_code(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qstats_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_func_qstats_output_set_req_type(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qstats_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_func_qstats_output_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_func_qstats_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_func_qstats_output_set_resp_len(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_tx_ucast_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_func_qstats_output_set_tx_ucast_pkts(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_tx_mcast_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 16);
}

static inline void bnxt_hwrm_func_qstats_output_set_tx_mcast_pkts(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 16, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_tx_bcast_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 24);
}

static inline void bnxt_hwrm_func_qstats_output_set_tx_bcast_pkts(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 24, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_tx_discard_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 32);
}

static inline void bnxt_hwrm_func_qstats_output_set_tx_discard_pkts(void *buf,
								    __u64 v)
{
	bnxt_gen_store_le64(buf, 32, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_tx_drop_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 40);
}

static inline void bnxt_hwrm_func_qstats_output_set_tx_drop_pkts(void *buf,
								 __u64 v)
{
	bnxt_gen_store_le64(buf, 40, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_tx_ucast_bytes(const void *buf)
{
	return bnxt_gen_load_le64(buf, 48);
}

static inline void bnxt_hwrm_func_qstats_output_set_tx_ucast_bytes(void *buf,
								   __u64 v)
{
	bnxt_gen_store_le64(buf, 48, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_tx_mcast_bytes(const void *buf)
{
	return bnxt_gen_load_le64(buf, 56);
}

static inline void bnxt_hwrm_func_qstats_output_set_tx_mcast_bytes(void *buf,
								   __u64 v)
{
	bnxt_gen_store_le64(buf, 56, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_tx_bcast_bytes(const void *buf)
{
	return bnxt_gen_load_le64(buf, 64);
}

static inline void bnxt_hwrm_func_qstats_output_set_tx_bcast_bytes(void *buf,
								   __u64 v)
{
	bnxt_gen_store_le64(buf, 64, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_ucast_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 72);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_ucast_pkts(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 72, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_mcast_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 80);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_mcast_pkts(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 80, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_bcast_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 88);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_bcast_pkts(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 88, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_discard_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 96);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_discard_pkts(void *buf,
								    __u64 v)
{
	bnxt_gen_store_le64(buf, 96, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_drop_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 104);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_drop_pkts(void *buf,
								 __u64 v)
{
	bnxt_gen_store_le64(buf, 104, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_ucast_bytes(const void *buf)
{
	return bnxt_gen_load_le64(buf, 112);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_ucast_bytes(void *buf,
								   __u64 v)
{
	bnxt_gen_store_le64(buf, 112, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_mcast_bytes(const void *buf)
{
	return bnxt_gen_load_le64(buf, 120);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_mcast_bytes(void *buf,
								   __u64 v)
{
	bnxt_gen_store_le64(buf, 120, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_bcast_bytes(const void *buf)
{
	return bnxt_gen_load_le64(buf, 128);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_bcast_bytes(void *buf,
								   __u64 v)
{
	bnxt_gen_store_le64(buf, 128, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_agg_pkts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 136);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_agg_pkts(void *buf,
								__u64 v)
{
	bnxt_gen_store_le64(buf, 136, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_agg_bytes(const void *buf)
{
	return bnxt_gen_load_le64(buf, 144);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_agg_bytes(void *buf,
								 __u64 v)
{
	bnxt_gen_store_le64(buf, 144, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_agg_events(const void *buf)
{
	return bnxt_gen_load_le64(buf, 152);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_agg_events(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 152, v);
}
static inline __u64
bnxt_hwrm_func_qstats_output_get_rx_agg_aborts(const void *buf)
{
	return bnxt_gen_load_le64(buf, 160);
}

static inline void bnxt_hwrm_func_qstats_output_set_rx_agg_aborts(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 160, v);
}
static inline __u32 bnxt_hwrm_func_qstats_output_get_clear_seq(const void *buf)
{
	return bnxt_gen_load_le8(buf, 168);
}

static inline void bnxt_hwrm_func_qstats_output_set_clear_seq(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le8(buf, 168, (__u8)v);
}
static inline __u32 bnxt_hwrm_func_qstats_output_get_valid(const void *buf)
{
	return bnxt_gen_load_le8(buf, 175);
}

static inline void bnxt_hwrm_func_qstats_output_set_valid(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 175, (__u8)v);
}

/* hwrm_port_phy_qcfg_input: Request of PORT_PHY_QCFG. (24 bytes) */
#define BNXT_HWRM_PORT_PHY_QCFG_INPUT_BYTES 24
static inline __u32 bnxt_hwrm_port_phy_qcfg_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_port_phy_qcfg_input_set_req_type(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_port_phy_qcfg_input_set_cmpl_ring(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_port_phy_qcfg_input_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_port_phy_qcfg_input_set_target_id(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64 bnxt_hwrm_port_phy_qcfg_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_port_phy_qcfg_input_set_resp_addr(void *buf,
							       __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_input_get_port_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 16);
}

static inline void bnxt_hwrm_port_phy_qcfg_input_set_port_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 16, (__u16)v);
}

/* hwrm_port_phy_qcfg_output: Response of PORT_PHY_QCFG; link state and PHY configuration of a port. (104 bytes) */
#define BNXT_HWRM_PORT_PHY_QCFG_OUTPUT_BYTES 104
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_error_code(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_req_type(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_resp_len(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_link(const void *buf)
{
	return bnxt_gen_load_le8(buf, 8);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_link(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 8, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_signal_mode(const void *buf)
{
	return bnxt_gen_get_le8(buf, 9, 0, 0xf);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_signal_mode(void *buf,
								  __u32 v)
{
	bnxt_gen_set_le8(buf, 9, 0, 0xf, v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_active_fec(const void *buf)
{
	return bnxt_gen_get_le8(buf, 9, 4, 0xf);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_active_fec(void *buf,
								 __u32 v)
{
	bnxt_gen_set_le8(buf, 9, 4, 0xf, v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_link_speed(const void *buf)
{
	return bnxt_gen_load_le16(buf, 10);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_link_speed(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 10, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_duplex_cfg(const void *buf)
{
	return bnxt_gen_load_le8(buf, 12);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_duplex_cfg(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 12, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_pause(const void *buf)
{
	return bnxt_gen_load_le8(buf, 13);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_pause(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 13, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_support_speeds(const void *buf)
{
	return bnxt_gen_load_le16(buf, 14);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_support_speeds(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le16(buf, 14, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_force_link_speed(const void *buf)
{
	return bnxt_gen_load_le16(buf, 16);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_force_link_speed(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 16, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_auto_mode(const void *buf)
{
	return bnxt_gen_load_le8(buf, 18);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_auto_mode(void *buf,
								__u32 v)
{
	bnxt_gen_store_le8(buf, 18, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_auto_pause(const void *buf)
{
	return bnxt_gen_load_le8(buf, 19);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_auto_pause(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 19, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_auto_link_speed(const void *buf)
{
	return bnxt_gen_load_le16(buf, 20);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_auto_link_speed(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le16(buf, 20, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_auto_link_speed_mask(const void *buf)
{
	return bnxt_gen_load_le16(buf, 22);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_auto_link_speed_mask(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 22, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_wirespeed(const void *buf)
{
	return bnxt_gen_load_le8(buf, 24);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_wirespeed(void *buf,
								__u32 v)
{
	bnxt_gen_store_le8(buf, 24, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_lpbk(const void *buf)
{
	return bnxt_gen_load_le8(buf, 25);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_lpbk(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 25, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_force_pause(const void *buf)
{
	return bnxt_gen_load_le8(buf, 26);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_force_pause(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le8(buf, 26, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_module_status(const void *buf)
{
	return bnxt_gen_load_le8(buf, 27);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_module_status(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le8(buf, 27, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_preemphasis(const void *buf)
{
	return bnxt_gen_load_le32(buf, 28);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_preemphasis(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le32(buf, 28, v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_phy_maj(const void *buf)
{
	return bnxt_gen_load_le8(buf, 32);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_phy_maj(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le8(buf, 32, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_phy_min(const void *buf)
{
	return bnxt_gen_load_le8(buf, 33);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_phy_min(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le8(buf, 33, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_phy_bld(const void *buf)
{
	return bnxt_gen_load_le8(buf, 34);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_phy_bld(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le8(buf, 34, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_phy_type(const void *buf)
{
	return bnxt_gen_load_le8(buf, 35);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_phy_type(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 35, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_media_type(const void *buf)
{
	return bnxt_gen_load_le8(buf, 36);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_media_type(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 36, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_xcvr_pkg_type(const void *buf)
{
	return bnxt_gen_load_le8(buf, 37);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_xcvr_pkg_type(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le8(buf, 37, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_phy_addr(const void *buf)
{
	return bnxt_gen_get_le8(buf, 38, 0, 0x1f);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_phy_addr(void *buf,
							       __u32 v)
{
	bnxt_gen_set_le8(buf, 38, 0, 0x1f, v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_eee_config(const void *buf)
{
	return bnxt_gen_get_le8(buf, 38, 5, 0x7);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_eee_config(void *buf,
								 __u32 v)
{
	bnxt_gen_set_le8(buf, 38, 5, 0x7, v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_parallel_detect(const void *buf)
{
	return bnxt_gen_load_le8(buf, 39);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_parallel_detect(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le8(buf, 39, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_link_partner_adv_speeds(const void *buf)
{
	return bnxt_gen_load_le16(buf, 40);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_link_partner_adv_speeds(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 40, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_link_partner_adv_auto_mode(const void *buf)
{
	return bnxt_gen_load_le8(buf, 42);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_link_partner_adv_auto_mode(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le8(buf, 42, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_link_partner_adv_pause(const void *buf)
{
	return bnxt_gen_load_le8(buf, 43);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_link_partner_adv_pause(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 43, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_adv_eee_link_speed_mask(const void *buf)
{
	return bnxt_gen_load_le16(buf, 44);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_adv_eee_link_speed_mask(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 44, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_link_partner_adv_eee_link_speed_mask(
	const void *buf)
{
	return bnxt_gen_load_le16(buf, 46);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_link_partner_adv_eee_link_speed_mask(
	void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 46, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_tx_lpi_timer(const void *buf)
{
	return bnxt_gen_get_le32(buf, 48, 0, 0xffffff);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_tx_lpi_timer(void *buf,
								   __u32 v)
{
	bnxt_gen_set_le32(buf, 48, 0, 0xffffff, v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_xcvr_identifier_type(const void *buf)
{
	return bnxt_gen_get_le32(buf, 48, 24, 0xff);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_xcvr_identifier_type(void *buf, __u32 v)
{
	bnxt_gen_set_le32(buf, 48, 24, 0xff, v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_fec_cfg(const void *buf)
{
	return bnxt_gen_load_le16(buf, 52);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_fec_cfg(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 52, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_duplex_state(const void *buf)
{
	return bnxt_gen_load_le8(buf, 54);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_duplex_state(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le8(buf, 54, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_option_flags(const void *buf)
{
	return bnxt_gen_load_le8(buf, 55);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_option_flags(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le8(buf, 55, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_phy_vendor_name(const void *buf,
						   unsigned int i)
{
	return bnxt_gen_load_le8(buf, 56 + i);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_phy_vendor_name(void *buf, unsigned int i,
						   __u32 v)
{
	bnxt_gen_store_le8(buf, 56 + i, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_phy_vendor_partnumber(const void *buf,
							 unsigned int i)
{
	return bnxt_gen_load_le8(buf, 72 + i);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_phy_vendor_partnumber(
	void *buf, unsigned int i, __u32 v)
{
	bnxt_gen_store_le8(buf, 72 + i, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_support_pam4_speeds(const void *buf)
{
	return bnxt_gen_load_le16(buf, 88);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_support_pam4_speeds(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 88, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_force_pam4_link_speed(const void *buf)
{
	return bnxt_gen_load_le16(buf, 90);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_force_pam4_link_speed(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 90, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_auto_pam4_link_speed_mask(const void *buf)
{
	return bnxt_gen_load_le16(buf, 92);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_auto_pam4_link_speed_mask(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 92, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_link_partner_pam4_adv_speeds(const void *buf)
{
	return bnxt_gen_load_le8(buf, 94);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_link_partner_pam4_adv_speeds(void *buf,
								__u32 v)
{
	bnxt_gen_store_le8(buf, 94, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_link_down_reason(const void *buf)
{
	return bnxt_gen_load_le8(buf, 95);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_link_down_reason(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 95, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_support_speeds2(const void *buf)
{
	return bnxt_gen_load_le16(buf, 96);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_support_speeds2(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le16(buf, 96, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_force_link_speeds2(const void *buf)
{
	return bnxt_gen_load_le16(buf, 98);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_force_link_speeds2(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 98, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_auto_link_speeds2(const void *buf)
{
	return bnxt_gen_load_le16(buf, 100);
}

static inline void
bnxt_hwrm_port_phy_qcfg_output_set_auto_link_speeds2(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 100, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_phy_qcfg_output_get_active_lanes(const void *buf)
{
	return bnxt_gen_load_le8(buf, 102);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_active_lanes(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le8(buf, 102, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_phy_qcfg_output_get_valid(const void *buf)
{
	return bnxt_gen_load_le8(buf, 103);
}

static inline void bnxt_hwrm_port_phy_qcfg_output_set_valid(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 103, (__u8)v);
}

/* hwrm_port_mac_qcfg_input: Request of PORT_MAC_QCFG. (24 bytes) */
#define BNXT_HWRM_PORT_MAC_QCFG_INPUT_BYTES 24
static inline __u32 bnxt_hwrm_port_mac_qcfg_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_port_mac_qcfg_input_set_req_type(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_port_mac_qcfg_input_set_cmpl_ring(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_port_mac_qcfg_input_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_port_mac_qcfg_input_set_target_id(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64 bnxt_hwrm_port_mac_qcfg_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_port_mac_qcfg_input_set_resp_addr(void *buf,
							       __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_input_get_port_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 16);
}

static inline void bnxt_hwrm_port_mac_qcfg_input_set_port_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 16, (__u16)v);
}

/* hwrm_port_mac_qcfg_output: Response of PORT_MAC_QCFG; frame sizes, loopback, class-of-service mapping and PTP settings of a port's MAC. (32 bytes) */
#define BNXT_HWRM_PORT_MAC_QCFG_OUTPUT_BYTES 32
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_error_code(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_req_type(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_seq_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_resp_len(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_output_get_mru(const void *buf)
{
	return bnxt_gen_load_le16(buf, 8);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_mru(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 8, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_output_get_mtu(const void *buf)
{
	return bnxt_gen_load_le16(buf, 10);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_mtu(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 10, (__u16)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_output_get_ipg(const void *buf)
{
	return bnxt_gen_load_le8(buf, 12);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_ipg(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 12, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_output_get_lpbk(const void *buf)
{
	return bnxt_gen_load_le8(buf, 13);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_lpbk(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 13, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_vlan_pri2cos_map_pri(const void *buf)
{
	return bnxt_gen_load_le8(buf, 14);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_vlan_pri2cos_map_pri(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 14, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_flags_vlan_pri2cos_enable(const void *buf)
{
	return bnxt_gen_get_le8(buf, 15, 0, 0x1);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_flags_vlan_pri2cos_enable(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 15, 0, 0x1, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_flags_tunnel_pri2cos_enable(const void *buf)
{
	return bnxt_gen_get_le8(buf, 15, 1, 0x1);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_flags_tunnel_pri2cos_enable(void *buf,
							       __u32 v)
{
	bnxt_gen_set_le8(buf, 15, 1, 0x1, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_flags_ip_dscp2cos_enable(const void *buf)
{
	return bnxt_gen_get_le8(buf, 15, 2, 0x1);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_flags_ip_dscp2cos_enable(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 15, 2, 0x1, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_flags_oob_wol_enable(const void *buf)
{
	return bnxt_gen_get_le8(buf, 15, 3, 0x1);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_flags_oob_wol_enable(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 15, 3, 0x1, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_flags_ptp_rx_ts_capture_enable(
	const void *buf)
{
	return bnxt_gen_get_le8(buf, 15, 4, 0x1);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_flags_ptp_rx_ts_capture_enable(void *buf,
								  __u32 v)
{
	bnxt_gen_set_le8(buf, 15, 4, 0x1, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_flags_ptp_tx_ts_capture_enable(
	const void *buf)
{
	return bnxt_gen_get_le8(buf, 15, 5, 0x1);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_flags_ptp_tx_ts_capture_enable(void *buf,
								  __u32 v)
{
	bnxt_gen_set_le8(buf, 15, 5, 0x1, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_tunnel_pri2cos_map_pri(const void *buf)
{
	return bnxt_gen_load_le8(buf, 16);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_tunnel_pri2cos_map_pri(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 16, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_dscp2pri_map_pri(const void *buf)
{
	return bnxt_gen_load_le8(buf, 17);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_dscp2pri_map_pri(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 17, (__u8)v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_rx_ts_capture_ptp_msg_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 18);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_rx_ts_capture_ptp_msg_type(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 18, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_tx_ts_capture_ptp_msg_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 20);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_tx_ts_capture_ptp_msg_type(void *buf,
							      __u32 v)
{
	bnxt_gen_store_le16(buf, 20, (__u16)v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_cos_field_cfg_vlan_pri_sel(const void *buf)
{
	return bnxt_gen_get_le8(buf, 22, 1, 0x3);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_cos_field_cfg_vlan_pri_sel(void *buf,
							      __u32 v)
{
	bnxt_gen_set_le8(buf, 22, 1, 0x3, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_cos_field_cfg_t_vlan_pri_sel(const void *buf)
{
	return bnxt_gen_get_le8(buf, 22, 3, 0x3);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_cos_field_cfg_t_vlan_pri_sel(void *buf,
								__u32 v)
{
	bnxt_gen_set_le8(buf, 22, 3, 0x3, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_cos_field_cfg_default_cos(const void *buf)
{
	return bnxt_gen_get_le8(buf, 22, 5, 0x7);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_cos_field_cfg_default_cos(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 22, 5, 0x7, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_port_svif_info_port_svif(const void *buf)
{
	return bnxt_gen_get_le16(buf, 24, 0, 0x7fff);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_port_svif_info_port_svif(void *buf, __u32 v)
{
	bnxt_gen_set_le16(buf, 24, 0, 0x7fff, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_port_svif_info_port_svif_valid(
	const void *buf)
{
	return bnxt_gen_get_le16(buf, 24, 15, 0x1);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_port_svif_info_port_svif_valid(void *buf,
								  __u32 v)
{
	bnxt_gen_set_le16(buf, 24, 15, 0x1, v);
}
static inline __u32
bnxt_hwrm_port_mac_qcfg_output_get_ptp_load_control(const void *buf)
{
	return bnxt_gen_load_le8(buf, 26);
}

static inline void
bnxt_hwrm_port_mac_qcfg_output_set_ptp_load_control(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 26, (__u8)v);
}
static inline __u32 bnxt_hwrm_port_mac_qcfg_output_get_valid(const void *buf)
{
	return bnxt_gen_load_le8(buf, 31);
}

static inline void bnxt_hwrm_port_mac_qcfg_output_set_valid(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 31, (__u8)v);
}

/* hwrm_temp_monitor_query_input: Request of TEMP_MONITOR_QUERY. (16 bytes) */
#define BNXT_HWRM_TEMP_MONITOR_QUERY_INPUT_BYTES 16
static inline __u32
bnxt_hwrm_temp_monitor_query_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_temp_monitor_query_input_set_req_type(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_temp_monitor_query_input_set_cmpl_ring(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_temp_monitor_query_input_set_seq_id(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_temp_monitor_query_input_set_target_id(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64
bnxt_hwrm_temp_monitor_query_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_temp_monitor_query_input_set_resp_addr(void *buf,
								    __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}

/* hwrm_temp_monitor_query_output: Response of TEMP_MONITOR_QUERY; temperatures in degrees Celsius. (24 bytes) */
#define BNXT_HWRM_TEMP_MONITOR_QUERY_OUTPUT_BYTES 24
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_error_code(void *buf,
								      __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_req_type(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_seq_id(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_resp_len(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_temp(const void *buf)
{
	return bnxt_gen_load_le8(buf, 8);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_temp(void *buf,
								__u32 v)
{
	bnxt_gen_store_le8(buf, 8, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_phy_temp(const void *buf)
{
	return bnxt_gen_load_le8(buf, 9);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_phy_temp(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le8(buf, 9, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_om_temp(const void *buf)
{
	return bnxt_gen_load_le8(buf, 10);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_om_temp(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le8(buf, 10, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_flags_temp_not_available(
	const void *buf)
{
	return bnxt_gen_get_le8(buf, 11, 0, 0x1);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_flags_temp_not_available(void *buf,
								 __u32 v)
{
	bnxt_gen_set_le8(buf, 11, 0, 0x1, v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_flags_phy_temp_not_available(
	const void *buf)
{
	return bnxt_gen_get_le8(buf, 11, 1, 0x1);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_flags_phy_temp_not_available(void *buf,
								     __u32 v)
{
	bnxt_gen_set_le8(buf, 11, 1, 0x1, v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_flags_om_not_present(const void *buf)
{
	return bnxt_gen_get_le8(buf, 11, 2, 0x1);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_flags_om_not_present(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 11, 2, 0x1, v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_flags_om_temp_not_available(
	const void *buf)
{
	return bnxt_gen_get_le8(buf, 11, 3, 0x1);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_flags_om_temp_not_available(void *buf,
								    __u32 v)
{
	bnxt_gen_set_le8(buf, 11, 3, 0x1, v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_flags_ext_temp_fields_available(
	const void *buf)
{
	return bnxt_gen_get_le8(buf, 11, 4, 0x1);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_flags_ext_temp_fields_available(
	void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 11, 4, 0x1, v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_flags_threshold_values_available(
	const void *buf)
{
	return bnxt_gen_get_le8(buf, 11, 5, 0x1);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_flags_threshold_values_available(
	void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 11, 5, 0x1, v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_temp2(const void *buf)
{
	return bnxt_gen_load_le8(buf, 12);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_temp2(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 12, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_phy_temp2(const void *buf)
{
	return bnxt_gen_load_le8(buf, 13);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_phy_temp2(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le8(buf, 13, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_om_temp2(const void *buf)
{
	return bnxt_gen_load_le8(buf, 14);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_om_temp2(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le8(buf, 14, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_warn_threshold(const void *buf)
{
	return bnxt_gen_load_le8(buf, 15);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_warn_threshold(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 15, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_critical_threshold(const void *buf)
{
	return bnxt_gen_load_le8(buf, 16);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_critical_threshold(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 16, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_fatal_threshold(const void *buf)
{
	return bnxt_gen_load_le8(buf, 17);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_fatal_threshold(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 17, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_shutdown_threshold(const void *buf)
{
	return bnxt_gen_load_le8(buf, 18);
}

static inline void
bnxt_hwrm_temp_monitor_query_output_set_shutdown_threshold(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 18, (__u8)v);
}
static inline __u32
bnxt_hwrm_temp_monitor_query_output_get_valid(const void *buf)
{
	return bnxt_gen_load_le8(buf, 23);
}

static inline void bnxt_hwrm_temp_monitor_query_output_set_valid(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le8(buf, 23, (__u8)v);
}

/* hwrm_nvm_get_dev_info_input: Request of NVM_GET_DEV_INFO. (24 bytes) */
#define BNXT_HWRM_NVM_GET_DEV_INFO_INPUT_BYTES 24
static inline __u32
bnxt_hwrm_nvm_get_dev_info_input_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_nvm_get_dev_info_input_set_req_type(void *buf,
								 __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_input_get_cmpl_ring(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_nvm_get_dev_info_input_set_cmpl_ring(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32 bnxt_hwrm_nvm_get_dev_info_input_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_nvm_get_dev_info_input_set_seq_id(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_input_get_target_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_nvm_get_dev_info_input_set_target_id(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u64
bnxt_hwrm_nvm_get_dev_info_input_get_resp_addr(const void *buf)
{
	return bnxt_gen_load_le64(buf, 8);
}

static inline void bnxt_hwrm_nvm_get_dev_info_input_set_resp_addr(void *buf,
								  __u64 v)
{
	bnxt_gen_store_le64(buf, 8, v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_input_get_flags_security_soc_nvm(const void *buf)
{
	return bnxt_gen_get_le8(buf, 16, 0, 0x1);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_input_set_flags_security_soc_nvm(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 16, 0, 0x1, v);
}

/* hwrm_nvm_get_dev_info_output: Response of NVM_GET_DEV_INFO; the non-volatile memory and the firmware versions it holds. (96 bytes) */
#define BNXT_HWRM_NVM_GET_DEV_INFO_OUTPUT_BYTES 96
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_error_code(const void *buf)
{
	return bnxt_gen_load_le16(buf, 0);
}

static inline void bnxt_hwrm_nvm_get_dev_info_output_set_error_code(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le16(buf, 0, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_req_type(const void *buf)
{
	return bnxt_gen_load_le16(buf, 2);
}

static inline void bnxt_hwrm_nvm_get_dev_info_output_set_req_type(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le16(buf, 2, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_seq_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 4);
}

static inline void bnxt_hwrm_nvm_get_dev_info_output_set_seq_id(void *buf,
								__u32 v)
{
	bnxt_gen_store_le16(buf, 4, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_resp_len(const void *buf)
{
	return bnxt_gen_load_le16(buf, 6);
}

static inline void bnxt_hwrm_nvm_get_dev_info_output_set_resp_len(void *buf,
								  __u32 v)
{
	bnxt_gen_store_le16(buf, 6, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_manufacturer_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 8);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_manufacturer_id(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 8, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_device_id(const void *buf)
{
	return bnxt_gen_load_le16(buf, 10);
}

static inline void bnxt_hwrm_nvm_get_dev_info_output_set_device_id(void *buf,
								   __u32 v)
{
	bnxt_gen_store_le16(buf, 10, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_sector_size(const void *buf)
{
	return bnxt_gen_load_le32(buf, 12);
}

static inline void bnxt_hwrm_nvm_get_dev_info_output_set_sector_size(void *buf,
								     __u32 v)
{
	bnxt_gen_store_le32(buf, 12, v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_nvram_size(const void *buf)
{
	return bnxt_gen_load_le32(buf, 16);
}

static inline void bnxt_hwrm_nvm_get_dev_info_output_set_nvram_size(void *buf,
								    __u32 v)
{
	bnxt_gen_store_le32(buf, 16, v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_reserved_size(const void *buf)
{
	return bnxt_gen_load_le32(buf, 20);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_reserved_size(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 20, v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_available_size(const void *buf)
{
	return bnxt_gen_load_le32(buf, 24);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_available_size(void *buf, __u32 v)
{
	bnxt_gen_store_le32(buf, 24, v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_nvm_cfg_ver_maj(const void *buf)
{
	return bnxt_gen_load_le8(buf, 28);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_nvm_cfg_ver_maj(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 28, (__u8)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_nvm_cfg_ver_min(const void *buf)
{
	return bnxt_gen_load_le8(buf, 29);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_nvm_cfg_ver_min(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 29, (__u8)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_nvm_cfg_ver_upd(const void *buf)
{
	return bnxt_gen_load_le8(buf, 30);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_nvm_cfg_ver_upd(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 30, (__u8)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_flags_fw_ver_valid(const void *buf)
{
	return bnxt_gen_get_le8(buf, 31, 0, 0x1);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_flags_fw_ver_valid(void *buf, __u32 v)
{
	bnxt_gen_set_le8(buf, 31, 0, 0x1, v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_pkg_name(const void *buf, unsigned int i)
{
	return bnxt_gen_load_le8(buf, 32 + i);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_pkg_name(void *buf, unsigned int i,
					       __u32 v)
{
	bnxt_gen_store_le8(buf, 32 + i, (__u8)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_hwrm_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 48);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_hwrm_fw_major(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 48, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_hwrm_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 50);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_hwrm_fw_minor(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 50, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_hwrm_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 52);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_hwrm_fw_build(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 52, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_hwrm_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 54);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_hwrm_fw_patch(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 54, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_mgmt_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 56);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_mgmt_fw_major(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 56, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_mgmt_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 58);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_mgmt_fw_minor(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 58, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_mgmt_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 60);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_mgmt_fw_build(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 60, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_mgmt_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 62);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_mgmt_fw_patch(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 62, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_roce_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 64);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_roce_fw_major(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 64, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_roce_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 66);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_roce_fw_minor(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 66, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_roce_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 68);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_roce_fw_build(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 68, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_roce_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 70);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_roce_fw_patch(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 70, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_netctrl_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 72);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_netctrl_fw_major(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 72, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_netctrl_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 74);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_netctrl_fw_minor(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 74, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_netctrl_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 76);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_netctrl_fw_build(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 76, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_netctrl_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 78);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_netctrl_fw_patch(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 78, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_srt2_fw_major(const void *buf)
{
	return bnxt_gen_load_le16(buf, 80);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_srt2_fw_major(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 80, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_srt2_fw_minor(const void *buf)
{
	return bnxt_gen_load_le16(buf, 82);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_srt2_fw_minor(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 82, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_srt2_fw_build(const void *buf)
{
	return bnxt_gen_load_le16(buf, 84);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_srt2_fw_build(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 84, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_srt2_fw_patch(const void *buf)
{
	return bnxt_gen_load_le16(buf, 86);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_srt2_fw_patch(void *buf, __u32 v)
{
	bnxt_gen_store_le16(buf, 86, (__u16)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_security_soc_fw_major(const void *buf)
{
	return bnxt_gen_load_le8(buf, 88);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_security_soc_fw_major(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 88, (__u8)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_security_soc_fw_minor(const void *buf)
{
	return bnxt_gen_load_le8(buf, 89);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_security_soc_fw_minor(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 89, (__u8)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_security_soc_fw_build(const void *buf)
{
	return bnxt_gen_load_le8(buf, 90);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_security_soc_fw_build(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 90, (__u8)v);
}
static inline __u32
bnxt_hwrm_nvm_get_dev_info_output_get_security_soc_fw_patch(const void *buf)
{
	return bnxt_gen_load_le8(buf, 91);
}

static inline void
bnxt_hwrm_nvm_get_dev_info_output_set_security_soc_fw_patch(void *buf, __u32 v)
{
	bnxt_gen_store_le8(buf, 91, (__u8)v);
}
static inline __u32 bnxt_hwrm_nvm_get_dev_info_output_get_valid(const void *buf)
{
	return bnxt_gen_load_le8(buf, 95);
}

static inline void bnxt_hwrm_nvm_get_dev_info_output_set_valid(void *buf,
							       __u32 v)
{
	bnxt_gen_store_le8(buf, 95, (__u8)v);
}

#ifdef __cplusplus
}
#endif

#endif /* _BNXT_LAYOUTS_GEN_H */
