/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/mlx5/commands.yaml
 *            spec/mlx5/family.yaml
 *            spec/mlx5/layouts.yaml
 *            spec/mlx5/messages.yaml
 * Generator: python3 -m generator generate (template layouts.h.j2)
 * To regenerate: make regen
 */
#ifndef _MLX5_LAYOUTS_GEN_H
#define _MLX5_LAYOUTS_GEN_H

/*
 * Typed accessors for every mlx5 layout: big-endian 32-bit words,
 * bit 0 is the most significant bit of the first word.  For layout L and
 * field F: mlx5_L_get_F() / mlx5_L_set_F() for integers (arrays take an
 * index), mlx5_L_F() for the address of a nested layout or byte field
 * (mlx5_L_F_const() in a read-only buffer), and
 * MLX5_L_BYTES for the size.  Usable from the kernel and from userspace.
 */
#include <linux/types.h>
#ifdef __KERNEL__
#include <asm/byteorder.h>
#else
#include <string.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

static inline __u32 mlx5_gen_load32(const void *buf, unsigned int dw)
{
#ifdef __KERNEL__
	return be32_to_cpu(((const __be32 *)buf)[dw]);
#else
	__u32 v;

	memcpy(&v, (const char *)buf + 4 * dw, sizeof(v));
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	v = __builtin_bswap32(v);
#endif
	return v;
#endif
}

static inline void mlx5_gen_store32(void *buf, unsigned int dw, __u32 v)
{
#ifdef __KERNEL__
	((__be32 *)buf)[dw] = cpu_to_be32(v);
#else
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	v = __builtin_bswap32(v);
#endif
	memcpy((char *)buf + 4 * dw, &v, sizeof(v));
#endif
}

static inline __u32 mlx5_gen_get(const void *buf, unsigned int dw,
				 unsigned int shift, __u32 mask)
{
	return (mlx5_gen_load32(buf, dw) >> shift) & mask;
}

static inline void mlx5_gen_set(void *buf, unsigned int dw, unsigned int shift,
				__u32 mask, __u32 v)
{
	__u32 word = mlx5_gen_load32(buf, dw);

	word &= ~(mask << shift);
	word |= (v & mask) << shift;
	mlx5_gen_store32(buf, dw, word);
}

static inline __u64 mlx5_gen_get64(const void *buf, unsigned int dw)
{
	return ((__u64)mlx5_gen_load32(buf, dw) << 32) |
	       mlx5_gen_load32(buf, dw + 1);
}

static inline void mlx5_gen_set64(void *buf, unsigned int dw, __u64 v)
{
	mlx5_gen_store32(buf, dw, (__u32)(v >> 32));
	mlx5_gen_store32(buf, dw + 1, (__u32)v);
}

/* mbox_in_hdr: Header of every command input. (16 bytes) */
#define MLX5_MBOX_IN_HDR_BYTES 16
static inline __u32 mlx5_mbox_in_hdr_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_mbox_in_hdr_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_mbox_in_hdr_get_uid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_mbox_in_hdr_set_uid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_mbox_in_hdr_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_mbox_in_hdr_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* mbox_out_hdr: Header of every command output. (16 bytes) */
#define MLX5_MBOX_OUT_HDR_BYTES 16
static inline __u32 mlx5_mbox_out_hdr_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_mbox_out_hdr_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_mbox_out_hdr_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mbox_out_hdr_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}

/* query_hca_cap_in (16 bytes) */
#define MLX5_QUERY_HCA_CAP_IN_BYTES 16
static inline __u32 mlx5_query_hca_cap_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_hca_cap_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_hca_cap_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_hca_cap_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_hca_cap_in_get_other_function(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_hca_cap_in_set_other_function(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_query_hca_cap_in_get_function_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_hca_cap_in_set_function_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* query_hca_cap_out (4112 bytes) */
#define MLX5_QUERY_HCA_CAP_OUT_BYTES 4112
static inline __u32 mlx5_query_hca_cap_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_hca_cap_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_hca_cap_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_hca_cap_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_hca_cap_out_capability(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_hca_cap_out_capability_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* hca_cap_union (4096 bytes, union) */
#define MLX5_HCA_CAP_UNION_BYTES 4096
static inline void *mlx5_hca_cap_union_cmd_hca_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_cmd_hca_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_cmd_hca_cap_2(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_hca_cap_union_cmd_hca_cap_2_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_odp_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_odp_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_atomic_caps(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_atomic_caps_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_roce_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_roce_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_hca_cap_union_per_protocol_networking_offload_caps(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_hca_cap_union_per_protocol_networking_offload_caps_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_flow_table_nic_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_hca_cap_union_flow_table_nic_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_flow_table_eswitch_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_hca_cap_union_flow_table_eswitch_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_e_switch_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_e_switch_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_port_selection_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_hca_cap_union_port_selection_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_vector_calc_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_hca_cap_union_vector_calc_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_qos_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_qos_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_debug_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_debug_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_fpga_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_fpga_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_tls_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_tls_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_device_mem_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_hca_cap_union_device_mem_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_virtio_emulation_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_hca_cap_union_virtio_emulation_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_shampo_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_shampo_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_hca_cap_union_macsec_cap(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_hca_cap_union_macsec_cap_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* cmd_hca_cap (256 bytes) */
#define MLX5_CMD_HCA_CAP_BYTES 256
static inline __u32
mlx5_cmd_hca_cap_get_shared_object_to_user_object_allowed(const void *buf)
{
	return mlx5_gen_get(buf, 0, 15, 0x1);
}

static inline void
mlx5_cmd_hca_cap_set_shared_object_to_user_object_allowed(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 15, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vhca_resource_manager(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vhca_resource_manager(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_hca_cap_2(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_hca_cap_2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_create_lag_when_not_master_up(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_create_lag_when_not_master_up(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_dtor(const void *buf)
{
	return mlx5_gen_get(buf, 1, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_dtor(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 29, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_event_on_vhca_state_teardown_request(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0x1);
}

static inline void
mlx5_cmd_hca_cap_set_event_on_vhca_state_teardown_request(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_event_on_vhca_state_in_use(const void *buf)
{
	return mlx5_gen_get(buf, 1, 27, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_event_on_vhca_state_in_use(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 1, 27, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_event_on_vhca_state_active(const void *buf)
{
	return mlx5_gen_get(buf, 1, 26, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_event_on_vhca_state_active(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 1, 26, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_event_on_vhca_state_allocated(const void *buf)
{
	return mlx5_gen_get(buf, 1, 25, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_event_on_vhca_state_allocated(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 1, 25, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_event_on_vhca_state_invalid(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_event_on_vhca_state_invalid(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vhca_id(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_vhca_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_srq_sz(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_log_max_srq_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_qp_sz(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_log_max_qp_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_event_cap(const void *buf)
{
	return mlx5_gen_get(buf, 4, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_event_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 15, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_isolate_vl_tc_new(const void *buf)
{
	return mlx5_gen_get(buf, 4, 12, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_isolate_vl_tc_new(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 12, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_prio_tag_required(const void *buf)
{
	return mlx5_gen_get(buf, 4, 7, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_prio_tag_required(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 7, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_qp(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_qp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ece_support(const void *buf)
{
	return mlx5_gen_get(buf, 5, 28, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ece_support(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 28, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_reg_c_preserve(const void *buf)
{
	return mlx5_gen_get(buf, 5, 22, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_reg_c_preserve(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 22, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_srq(const void *buf)
{
	return mlx5_gen_get(buf, 5, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_srq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_uplink_follow(const void *buf)
{
	return mlx5_gen_get(buf, 5, 14, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_uplink_follow(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 14, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ts_cqe_to_dest_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 5, 13, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ts_cqe_to_dest_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 13, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_shampo(const void *buf)
{
	return mlx5_gen_get(buf, 5, 5, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_shampo(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 5, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_max_sgl_for_optimized_performance(const void *buf)
{
	return mlx5_gen_get(buf, 6, 24, 0xff);
}

static inline void
mlx5_cmd_hca_cap_set_max_sgl_for_optimized_performance(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 24, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_cq_sz(const void *buf)
{
	return mlx5_gen_get(buf, 6, 16, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_log_max_cq_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 16, 0xff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_relaxed_ordering_write_umr(const void *buf)
{
	return mlx5_gen_get(buf, 6, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_relaxed_ordering_write_umr(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 6, 15, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_relaxed_ordering_read_umr(const void *buf)
{
	return mlx5_gen_get(buf, 6, 14, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_relaxed_ordering_read_umr(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 6, 14, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_virtio_net_device_emualtion_manager(const void *buf)
{
	return mlx5_gen_get(buf, 6, 6, 0x1);
}

static inline void
mlx5_cmd_hca_cap_set_virtio_net_device_emualtion_manager(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 6, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_virtio_blk_device_emualtion_manager(const void *buf)
{
	return mlx5_gen_get(buf, 6, 5, 0x1);
}

static inline void
mlx5_cmd_hca_cap_set_virtio_blk_device_emualtion_manager(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 5, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_cq(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_cq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_eq_sz(const void *buf)
{
	return mlx5_gen_get(buf, 7, 24, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_log_max_eq_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 24, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_relaxed_ordering_write(const void *buf)
{
	return mlx5_gen_get(buf, 7, 23, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_relaxed_ordering_write(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 7, 23, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_relaxed_ordering_read(const void *buf)
{
	return mlx5_gen_get(buf, 7, 22, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_relaxed_ordering_read(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 7, 22, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_mkey(const void *buf)
{
	return mlx5_gen_get(buf, 7, 16, 0x3f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_mkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 16, 0x3f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_dump_fill_mkey(const void *buf)
{
	return mlx5_gen_get(buf, 7, 7, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_dump_fill_mkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 7, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_fast_teardown(const void *buf)
{
	return mlx5_gen_get(buf, 7, 4, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_fast_teardown(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 4, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_eq(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_log_max_eq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xf, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_indirection(const void *buf)
{
	return mlx5_gen_get(buf, 8, 24, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_max_indirection(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 24, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_fixed_buffer_size(const void *buf)
{
	return mlx5_gen_get(buf, 8, 23, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_fixed_buffer_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 23, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_mrw_sz(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0x7f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_mrw_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0x7f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_force_teardown(const void *buf)
{
	return mlx5_gen_get(buf, 8, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_force_teardown(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 15, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_bsf_list_size(const void *buf)
{
	return mlx5_gen_get(buf, 8, 8, 0x3f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_bsf_list_size(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 8, 8, 0x3f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_umr_extended_translation_offset(const void *buf)
{
	return mlx5_gen_get(buf, 8, 7, 0x1);
}

static inline void
mlx5_cmd_hca_cap_set_umr_extended_translation_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 7, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_null_mkey(const void *buf)
{
	return mlx5_gen_get(buf, 8, 6, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_null_mkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 6, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_klm_list_size(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0x3f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_klm_list_size(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0x3f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_ra_req_dc(const void *buf)
{
	return mlx5_gen_get(buf, 9, 16, 0x3f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_ra_req_dc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 16, 0x3f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_eth_wqe_too_small(const void *buf)
{
	return mlx5_gen_get(buf, 9, 13, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_eth_wqe_too_small(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 13, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vnic_env_cq_overrun(const void *buf)
{
	return mlx5_gen_get(buf, 9, 6, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vnic_env_cq_overrun(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 6, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_ra_res_dc(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0x3f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_ra_res_dc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0x3f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_release_all_pages(const void *buf)
{
	return mlx5_gen_get(buf, 10, 26, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_release_all_pages(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 26, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_must_not_use(const void *buf)
{
	return mlx5_gen_get(buf, 10, 25, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_must_not_use(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 25, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_roce_accl(const void *buf)
{
	return mlx5_gen_get(buf, 10, 22, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_roce_accl(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 22, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_ra_req_qp(const void *buf)
{
	return mlx5_gen_get(buf, 10, 16, 0x3f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_ra_req_qp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 16, 0x3f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_ra_res_qp(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0x3f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_ra_res_qp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0x3f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_end_pad(const void *buf)
{
	return mlx5_gen_get(buf, 11, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_end_pad(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cc_query_allowed(const void *buf)
{
	return mlx5_gen_get(buf, 11, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cc_query_allowed(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cc_modify_allowed(const void *buf)
{
	return mlx5_gen_get(buf, 11, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cc_modify_allowed(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_start_pad(const void *buf)
{
	return mlx5_gen_get(buf, 11, 28, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_start_pad(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 28, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cache_line_128byte(const void *buf)
{
	return mlx5_gen_get(buf, 11, 27, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cache_line_128byte(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 27, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_rts2rts_qp_counters_set_id(const void *buf)
{
	return mlx5_gen_get(buf, 11, 22, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_rts2rts_qp_counters_set_id(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 11, 22, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vnic_env_int_rq_oob(const void *buf)
{
	return mlx5_gen_get(buf, 11, 19, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vnic_env_int_rq_oob(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 19, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sbcam_reg(const void *buf)
{
	return mlx5_gen_get(buf, 11, 18, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_sbcam_reg(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 18, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_qcam_reg(const void *buf)
{
	return mlx5_gen_get(buf, 11, 16, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_qcam_reg(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 16, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_gid_table_size(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_gid_table_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_out_of_seq_cnt(const void *buf)
{
	return mlx5_gen_get(buf, 12, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_out_of_seq_cnt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vport_counters(const void *buf)
{
	return mlx5_gen_get(buf, 12, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vport_counters(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 30, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_retransmission_q_counters(const void *buf)
{
	return mlx5_gen_get(buf, 12, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_retransmission_q_counters(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 12, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_debug(const void *buf)
{
	return mlx5_gen_get(buf, 12, 28, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_debug(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 28, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_modify_rq_counter_set_id(const void *buf)
{
	return mlx5_gen_get(buf, 12, 27, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_modify_rq_counter_set_id(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 12, 27, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_rq_delay_drop(const void *buf)
{
	return mlx5_gen_get(buf, 12, 26, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_rq_delay_drop(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 26, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_qp_cnt(const void *buf)
{
	return mlx5_gen_get(buf, 12, 16, 0x3ff);
}

static inline void mlx5_cmd_hca_cap_set_max_qp_cnt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 16, 0x3ff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_pkey_table_size(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_pkey_table_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vport_group_manager(const void *buf)
{
	return mlx5_gen_get(buf, 13, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vport_group_manager(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vhca_group_manager(const void *buf)
{
	return mlx5_gen_get(buf, 13, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vhca_group_manager(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ib_virt(const void *buf)
{
	return mlx5_gen_get(buf, 13, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ib_virt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_eth_virt(const void *buf)
{
	return mlx5_gen_get(buf, 13, 28, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_eth_virt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 28, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_vnic_env_queue_counters(const void *buf)
{
	return mlx5_gen_get(buf, 13, 27, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vnic_env_queue_counters(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 13, 27, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ets(const void *buf)
{
	return mlx5_gen_get(buf, 13, 26, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ets(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 26, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_nic_flow_table(const void *buf)
{
	return mlx5_gen_get(buf, 13, 25, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_nic_flow_table(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 25, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_eswitch_manager(const void *buf)
{
	return mlx5_gen_get(buf, 13, 24, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_eswitch_manager(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 24, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_device_memory(const void *buf)
{
	return mlx5_gen_get(buf, 13, 23, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_device_memory(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 23, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_mcam_reg(const void *buf)
{
	return mlx5_gen_get(buf, 13, 22, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_mcam_reg(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 22, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_pcam_reg(const void *buf)
{
	return mlx5_gen_get(buf, 13, 21, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_pcam_reg(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 21, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_local_ca_ack_delay(const void *buf)
{
	return mlx5_gen_get(buf, 13, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_local_ca_ack_delay(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_port_module_event(const void *buf)
{
	return mlx5_gen_get(buf, 13, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_port_module_event(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 15, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_enhanced_error_q_counters(const void *buf)
{
	return mlx5_gen_get(buf, 13, 14, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_enhanced_error_q_counters(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 13, 14, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ports_check(const void *buf)
{
	return mlx5_gen_get(buf, 13, 13, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ports_check(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 13, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_disable_link_up(const void *buf)
{
	return mlx5_gen_get(buf, 13, 11, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_disable_link_up(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 11, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_beacon_led(const void *buf)
{
	return mlx5_gen_get(buf, 13, 10, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_beacon_led(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 10, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_port_type(const void *buf)
{
	return mlx5_gen_get(buf, 13, 8, 0x3);
}

static inline void mlx5_cmd_hca_cap_set_port_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 8, 0x3, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_num_ports(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_num_ports(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_pps(const void *buf)
{
	return mlx5_gen_get(buf, 14, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_pps(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_pps_modify(const void *buf)
{
	return mlx5_gen_get(buf, 14, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_pps_modify(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_msg(const void *buf)
{
	return mlx5_gen_get(buf, 14, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_msg(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_tc(const void *buf)
{
	return mlx5_gen_get(buf, 14, 16, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_max_tc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 16, 0xf, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_temp_warn_event(const void *buf)
{
	return mlx5_gen_get(buf, 14, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_temp_warn_event(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 15, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_dcbx(const void *buf)
{
	return mlx5_gen_get(buf, 14, 14, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_dcbx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 14, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_general_notification_event(const void *buf)
{
	return mlx5_gen_get(buf, 14, 13, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_general_notification_event(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 14, 13, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_fpga(const void *buf)
{
	return mlx5_gen_get(buf, 14, 10, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_fpga(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 10, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_rol_s(const void *buf)
{
	return mlx5_gen_get(buf, 14, 9, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_rol_s(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 9, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_rol_g(const void *buf)
{
	return mlx5_gen_get(buf, 14, 8, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_rol_g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 8, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_wol_s(const void *buf)
{
	return mlx5_gen_get(buf, 14, 6, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_wol_s(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 6, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_wol_g(const void *buf)
{
	return mlx5_gen_get(buf, 14, 5, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_wol_g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 5, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_wol_a(const void *buf)
{
	return mlx5_gen_get(buf, 14, 4, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_wol_a(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 4, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_wol_b(const void *buf)
{
	return mlx5_gen_get(buf, 14, 3, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_wol_b(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 3, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_wol_m(const void *buf)
{
	return mlx5_gen_get(buf, 14, 2, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_wol_m(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 2, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_wol_u(const void *buf)
{
	return mlx5_gen_get(buf, 14, 1, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_wol_u(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 1, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_wol_p(const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_wol_p(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_stat_rate_support(const void *buf)
{
	return mlx5_gen_get(buf, 15, 16, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_stat_rate_support(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 16, 0xffff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_pci_sync_for_fw_update_event(const void *buf)
{
	return mlx5_gen_get(buf, 15, 14, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_pci_sync_for_fw_update_event(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 15, 14, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_init2_lag_tx_port_affinity(const void *buf)
{
	return mlx5_gen_get(buf, 15, 7, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_init2_lag_tx_port_affinity(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 15, 7, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cqe_version(const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_cqe_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xf, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_compact_address_vector(const void *buf)
{
	return mlx5_gen_get(buf, 16, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_compact_address_vector(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 16, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_striding_rq(const void *buf)
{
	return mlx5_gen_get(buf, 16, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_striding_rq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 30, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_ipoib_enhanced_offloads(const void *buf)
{
	return mlx5_gen_get(buf, 16, 28, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ipoib_enhanced_offloads(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 16, 28, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ipoib_basic_offloads(const void *buf)
{
	return mlx5_gen_get(buf, 16, 27, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ipoib_basic_offloads(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 27, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_repeated_block_disabled(const void *buf)
{
	return mlx5_gen_get(buf, 16, 25, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_repeated_block_disabled(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 16, 25, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_umr_modify_entity_size_disabled(const void *buf)
{
	return mlx5_gen_get(buf, 16, 24, 0x1);
}

static inline void
mlx5_cmd_hca_cap_set_umr_modify_entity_size_disabled(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 24, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_umr_modify_atomic_disabled(const void *buf)
{
	return mlx5_gen_get(buf, 16, 23, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_umr_modify_atomic_disabled(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 16, 23, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_umr_indirect_mkey_disabled(const void *buf)
{
	return mlx5_gen_get(buf, 16, 22, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_umr_indirect_mkey_disabled(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 16, 22, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_umr_fence(const void *buf)
{
	return mlx5_gen_get(buf, 16, 20, 0x3);
}

static inline void mlx5_cmd_hca_cap_set_umr_fence(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 20, 0x3, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_dc_req_scat_data_cqe(const void *buf)
{
	return mlx5_gen_get(buf, 16, 19, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_dc_req_scat_data_cqe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 19, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_drain_sigerr(const void *buf)
{
	return mlx5_gen_get(buf, 16, 16, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_drain_sigerr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 16, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cmdif_checksum(const void *buf)
{
	return mlx5_gen_get(buf, 16, 14, 0x3);
}

static inline void mlx5_cmd_hca_cap_set_cmdif_checksum(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 14, 0x3, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sigerr_cqe(const void *buf)
{
	return mlx5_gen_get(buf, 16, 13, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_sigerr_cqe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 13, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_wq_signature(const void *buf)
{
	return mlx5_gen_get(buf, 16, 11, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_wq_signature(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 11, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sctr_data_cqe(const void *buf)
{
	return mlx5_gen_get(buf, 16, 10, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_sctr_data_cqe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 10, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sho(const void *buf)
{
	return mlx5_gen_get(buf, 16, 8, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_sho(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 8, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_tph(const void *buf)
{
	return mlx5_gen_get(buf, 16, 7, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_tph(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 7, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_rf(const void *buf)
{
	return mlx5_gen_get(buf, 16, 6, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_rf(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 6, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_dct(const void *buf)
{
	return mlx5_gen_get(buf, 16, 5, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_dct(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 5, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_qos(const void *buf)
{
	return mlx5_gen_get(buf, 16, 4, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_qos(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 4, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_eth_net_offloads(const void *buf)
{
	return mlx5_gen_get(buf, 16, 3, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_eth_net_offloads(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 3, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_roce(const void *buf)
{
	return mlx5_gen_get(buf, 16, 2, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_roce(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 2, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_atomic(const void *buf)
{
	return mlx5_gen_get(buf, 16, 1, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_atomic(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 1, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cq_oi(const void *buf)
{
	return mlx5_gen_get(buf, 17, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cq_oi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cq_resize(const void *buf)
{
	return mlx5_gen_get(buf, 17, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cq_resize(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cq_moderation(const void *buf)
{
	return mlx5_gen_get(buf, 17, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cq_moderation(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cq_eq_remap(const void *buf)
{
	return mlx5_gen_get(buf, 17, 25, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cq_eq_remap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 25, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_pg(const void *buf)
{
	return mlx5_gen_get(buf, 17, 24, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_pg(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 24, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_block_lb_mc(const void *buf)
{
	return mlx5_gen_get(buf, 17, 23, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_block_lb_mc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 23, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_scqe_break_moderation(const void *buf)
{
	return mlx5_gen_get(buf, 17, 21, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_scqe_break_moderation(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 17, 21, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_cq_period_start_from_cqe(const void *buf)
{
	return mlx5_gen_get(buf, 17, 20, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cq_period_start_from_cqe(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 17, 20, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cd(const void *buf)
{
	return mlx5_gen_get(buf, 17, 19, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 19, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_apm(const void *buf)
{
	return mlx5_gen_get(buf, 17, 17, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_apm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 17, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vector_calc(const void *buf)
{
	return mlx5_gen_get(buf, 17, 16, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vector_calc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 16, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_umr_ptr_rlky(const void *buf)
{
	return mlx5_gen_get(buf, 17, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_umr_ptr_rlky(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 15, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_imaicl(const void *buf)
{
	return mlx5_gen_get(buf, 17, 14, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_imaicl(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 14, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_qp_packet_based(const void *buf)
{
	return mlx5_gen_get(buf, 17, 13, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_qp_packet_based(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 13, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_qkv(const void *buf)
{
	return mlx5_gen_get(buf, 17, 9, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_qkv(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 9, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_pkv(const void *buf)
{
	return mlx5_gen_get(buf, 17, 8, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_pkv(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 8, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_set_deth_sqpn(const void *buf)
{
	return mlx5_gen_get(buf, 17, 7, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_set_deth_sqpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 7, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_xrc(const void *buf)
{
	return mlx5_gen_get(buf, 17, 3, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_xrc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 3, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ud(const void *buf)
{
	return mlx5_gen_get(buf, 17, 2, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ud(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 2, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_uc(const void *buf)
{
	return mlx5_gen_get(buf, 17, 1, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_uc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 1, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_rc(const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_rc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_uar_4k(const void *buf)
{
	return mlx5_gen_get(buf, 18, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_uar_4k(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 31, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_fl_rc_qp_when_roce_disabled(const void *buf)
{
	return mlx5_gen_get(buf, 18, 23, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_fl_rc_qp_when_roce_disabled(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 18, 23, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_regexp_params(const void *buf)
{
	return mlx5_gen_get(buf, 18, 22, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_regexp_params(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 22, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_uar_sz(const void *buf)
{
	return mlx5_gen_get(buf, 18, 16, 0x3f);
}

static inline void mlx5_cmd_hca_cap_set_uar_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 16, 0x3f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_port_selection_cap(const void *buf)
{
	return mlx5_gen_get(buf, 18, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_port_selection_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 15, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_umem_uid_0(const void *buf)
{
	return mlx5_gen_get(buf, 18, 13, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_umem_uid_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 13, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_pg_sz(const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_log_pg_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_bf(const void *buf)
{
	return mlx5_gen_get(buf, 19, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_bf(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_driver_version(const void *buf)
{
	return mlx5_gen_get(buf, 19, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_driver_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_pad_tx_eth_packet(const void *buf)
{
	return mlx5_gen_get(buf, 19, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_pad_tx_eth_packet(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_mkey_by_name(const void *buf)
{
	return mlx5_gen_get(buf, 19, 25, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_mkey_by_name(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 25, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_bf_reg_size(const void *buf)
{
	return mlx5_gen_get(buf, 19, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_bf_reg_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_lag_dct(const void *buf)
{
	return mlx5_gen_get(buf, 19, 8, 0x3);
}

static inline void mlx5_cmd_hca_cap_set_lag_dct(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 8, 0x3, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_lag_tx_port_affinity(const void *buf)
{
	return mlx5_gen_get(buf, 19, 7, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_lag_tx_port_affinity(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 7, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_lag_native_fdb_selection(const void *buf)
{
	return mlx5_gen_get(buf, 19, 6, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_lag_native_fdb_selection(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 19, 6, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_lag_master(const void *buf)
{
	return mlx5_gen_get(buf, 19, 4, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_lag_master(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 4, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_num_lag_ports(const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_num_lag_ports(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xf, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_wqe_sz_sq(const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_wqe_sz_sq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_wqe_sz_rq(const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_wqe_sz_rq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_flow_counter_31_16(const void *buf)
{
	return mlx5_gen_get(buf, 22, 16, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_flow_counter_31_16(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 22, 16, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_wqe_sz_sq_dc(const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_wqe_sz_sq_dc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_qp_mcg(const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0x1ffffff);
}

static inline void mlx5_cmd_hca_cap_set_max_qp_mcg(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0x1ffffff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flow_counter_bulk_alloc(const void *buf)
{
	return mlx5_gen_get(buf, 24, 8, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_flow_counter_bulk_alloc(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 24, 8, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_mcg(const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_log_max_mcg(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_transport_domain(const void *buf)
{
	return mlx5_gen_get(buf, 25, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_transport_domain(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 25, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_pd(const void *buf)
{
	return mlx5_gen_get(buf, 25, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_pd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 25, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_xrcd(const void *buf)
{
	return mlx5_gen_get(buf, 25, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_xrcd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 25, 0, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_nic_receive_steering_discard(const void *buf)
{
	return mlx5_gen_get(buf, 26, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_nic_receive_steering_discard(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 26, 31, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_receive_discard_vport_down(const void *buf)
{
	return mlx5_gen_get(buf, 26, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_receive_discard_vport_down(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 26, 30, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_transmit_discard_vport_down(const void *buf)
{
	return mlx5_gen_get(buf, 26, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_transmit_discard_vport_down(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 26, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_eq_overrun_count(const void *buf)
{
	return mlx5_gen_get(buf, 26, 28, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_eq_overrun_count(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 26, 28, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_invalid_command_count(const void *buf)
{
	return mlx5_gen_get(buf, 26, 26, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_invalid_command_count(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 26, 26, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_quota_exceeded_count(const void *buf)
{
	return mlx5_gen_get(buf, 26, 25, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_quota_exceeded_count(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 26, 25, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_flow_counter_bulk(const void *buf)
{
	return mlx5_gen_get(buf, 26, 16, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_log_max_flow_counter_bulk(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 26, 16, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_flow_counter_15_0(const void *buf)
{
	return mlx5_gen_get(buf, 26, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_flow_counter_15_0(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 26, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_rq(const void *buf)
{
	return mlx5_gen_get(buf, 27, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_rq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 27, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_sq(const void *buf)
{
	return mlx5_gen_get(buf, 27, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_sq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 27, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_tir(const void *buf)
{
	return mlx5_gen_get(buf, 27, 8, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_tir(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 27, 8, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_tis(const void *buf)
{
	return mlx5_gen_get(buf, 27, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_tis(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 27, 0, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_basic_cyclic_rcv_wqe(const void *buf)
{
	return mlx5_gen_get(buf, 28, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_basic_cyclic_rcv_wqe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_rmp(const void *buf)
{
	return mlx5_gen_get(buf, 28, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_rmp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_rqt(const void *buf)
{
	return mlx5_gen_get(buf, 28, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_rqt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_rqt_size(const void *buf)
{
	return mlx5_gen_get(buf, 28, 8, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_rqt_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 8, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_tis_per_sq(const void *buf)
{
	return mlx5_gen_get(buf, 28, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_tis_per_sq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 0, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ext_stride_num_range(const void *buf)
{
	return mlx5_gen_get(buf, 29, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ext_stride_num_range(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_roce_rw_supported(const void *buf)
{
	return mlx5_gen_get(buf, 29, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_roce_rw_supported(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 30, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_current_uc_list_wr_supported(const void *buf)
{
	return mlx5_gen_get(buf, 29, 29, 0x1);
}

static inline void
mlx5_cmd_hca_cap_set_log_max_current_uc_list_wr_supported(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_stride_sz_rq(const void *buf)
{
	return mlx5_gen_get(buf, 29, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_stride_sz_rq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_min_stride_sz_rq(const void *buf)
{
	return mlx5_gen_get(buf, 29, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_min_stride_sz_rq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_stride_sz_sq(const void *buf)
{
	return mlx5_gen_get(buf, 29, 8, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_stride_sz_sq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 8, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_min_stride_sz_sq(const void *buf)
{
	return mlx5_gen_get(buf, 29, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_min_stride_sz_sq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 0, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_hairpin(const void *buf)
{
	return mlx5_gen_get(buf, 30, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_hairpin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_hairpin_queues(const void *buf)
{
	return mlx5_gen_get(buf, 30, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_hairpin_queues(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 30, 24, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_hairpin_wq_data_sz(const void *buf)
{
	return mlx5_gen_get(buf, 30, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_hairpin_wq_data_sz(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 30, 16, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_hairpin_num_packets(const void *buf)
{
	return mlx5_gen_get(buf, 30, 8, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_hairpin_num_packets(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 30, 8, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_wq_sz(const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_wq_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_nic_vport_change_event(const void *buf)
{
	return mlx5_gen_get(buf, 31, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_nic_vport_change_event(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 31, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_disable_local_lb_uc(const void *buf)
{
	return mlx5_gen_get(buf, 31, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_disable_local_lb_uc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_disable_local_lb_mc(const void *buf)
{
	return mlx5_gen_get(buf, 31, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_disable_local_lb_mc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 29, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_min_hairpin_wq_data_sz(const void *buf)
{
	return mlx5_gen_get(buf, 31, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_min_hairpin_wq_data_sz(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 31, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_vhca_state(const void *buf)
{
	return mlx5_gen_get(buf, 31, 21, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_vhca_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 21, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_vlan_list(const void *buf)
{
	return mlx5_gen_get(buf, 31, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_vlan_list(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 16, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_current_mc_list(const void *buf)
{
	return mlx5_gen_get(buf, 31, 8, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_current_mc_list(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 31, 8, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_current_uc_list(const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_current_uc_list(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0x1f, v);
}
static inline __u64 mlx5_cmd_hca_cap_get_general_obj_types(const void *buf)
{
	return mlx5_gen_get64(buf, 32);
}

static inline void mlx5_cmd_hca_cap_set_general_obj_types(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 32, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sq_ts_format(const void *buf)
{
	return mlx5_gen_get(buf, 34, 30, 0x3);
}

static inline void mlx5_cmd_hca_cap_set_sq_ts_format(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 34, 30, 0x3, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_rq_ts_format(const void *buf)
{
	return mlx5_gen_get(buf, 34, 28, 0x3);
}

static inline void mlx5_cmd_hca_cap_set_rq_ts_format(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 34, 28, 0x3, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_steering_format_version(const void *buf)
{
	return mlx5_gen_get(buf, 34, 24, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_steering_format_version(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 34, 24, 0xf, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_create_qp_start_hint(const void *buf)
{
	return mlx5_gen_get(buf, 34, 0, 0xffffff);
}

static inline void mlx5_cmd_hca_cap_set_create_qp_start_hint(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 34, 0, 0xffffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ats(const void *buf)
{
	return mlx5_gen_get(buf, 35, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ats(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_uctx(const void *buf)
{
	return mlx5_gen_get(buf, 35, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_uctx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_ipsec_offload(const void *buf)
{
	return mlx5_gen_get(buf, 35, 21, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_ipsec_offload(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 21, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_umem(const void *buf)
{
	return mlx5_gen_get(buf, 35, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_umem(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_num_eqs(const void *buf)
{
	return mlx5_gen_get(buf, 35, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_num_eqs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_tls_tx(const void *buf)
{
	return mlx5_gen_get(buf, 36, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_tls_tx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_tls_rx(const void *buf)
{
	return mlx5_gen_get(buf, 36, 29, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_tls_rx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 29, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_l2_table(const void *buf)
{
	return mlx5_gen_get(buf, 36, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_l2_table(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_uar_page_sz(const void *buf)
{
	return mlx5_gen_get(buf, 36, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_log_uar_page_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_device_frequency_mhz(const void *buf)
{
	return mlx5_gen_get(buf, 38, 0, 0xffffffff);
}

static inline void mlx5_cmd_hca_cap_set_device_frequency_mhz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 38, 0, 0xffffffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_device_frequency_khz(const void *buf)
{
	return mlx5_gen_get(buf, 39, 0, 0xffffffff);
}

static inline void mlx5_cmd_hca_cap_set_device_frequency_khz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 39, 0, 0xffffffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_num_of_uars_per_page(const void *buf)
{
	return mlx5_gen_get(buf, 41, 0, 0xffffffff);
}

static inline void mlx5_cmd_hca_cap_set_num_of_uars_per_page(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 41, 0, 0xffffffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_flex_parser_protocols(const void *buf)
{
	return mlx5_gen_get(buf, 42, 0, 0xffffffff);
}

static inline void mlx5_cmd_hca_cap_set_flex_parser_protocols(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 42, 0, 0xffffffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_geneve_tlv_options(const void *buf)
{
	return mlx5_gen_get(buf, 43, 24, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_max_geneve_tlv_options(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 43, 24, 0xff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_max_geneve_tlv_option_data_len(const void *buf)
{
	return mlx5_gen_get(buf, 43, 16, 0x1f);
}

static inline void
mlx5_cmd_hca_cap_set_max_geneve_tlv_option_data_len(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 43, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_adv_virtualization(const void *buf)
{
	return mlx5_gen_get(buf, 43, 6, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_adv_virtualization(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 43, 6, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_dci_stream_channels(const void *buf)
{
	return mlx5_gen_get(buf, 44, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_dci_stream_channels(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 44, 16, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_max_dci_errored_streams(const void *buf)
{
	return mlx5_gen_get(buf, 44, 8, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_dci_errored_streams(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 44, 8, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_enhanced_cqe_compression(const void *buf)
{
	return mlx5_gen_get(buf, 45, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_enhanced_cqe_compression(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 45, 15, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_dek(const void *buf)
{
	return mlx5_gen_get(buf, 45, 8, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_dek(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 45, 8, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_mini_cqe_resp_stride_index(const void *buf)
{
	return mlx5_gen_get(buf, 45, 3, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_mini_cqe_resp_stride_index(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 45, 3, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cqe_128_always(const void *buf)
{
	return mlx5_gen_get(buf, 45, 2, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cqe_128_always(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 45, 2, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cqe_compression_128(const void *buf)
{
	return mlx5_gen_get(buf, 45, 1, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cqe_compression_128(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 45, 1, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_cqe_compression(const void *buf)
{
	return mlx5_gen_get(buf, 45, 0, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_cqe_compression(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 45, 0, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_cqe_compression_timeout(const void *buf)
{
	return mlx5_gen_get(buf, 46, 16, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_cqe_compression_timeout(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 46, 16, 0xffff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_cqe_compression_max_num(const void *buf)
{
	return mlx5_gen_get(buf, 46, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_cqe_compression_max_num(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 46, 0, 0xffff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_gtpu_dw_0(const void *buf)
{
	return mlx5_gen_get(buf, 47, 20, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_flex_parser_id_gtpu_dw_0(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 47, 20, 0xf, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_tag_matching(const void *buf)
{
	return mlx5_gen_get(buf, 47, 15, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_tag_matching(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 47, 15, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_rndv_offload_rc(const void *buf)
{
	return mlx5_gen_get(buf, 47, 14, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_rndv_offload_rc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 47, 14, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_rndv_offload_dc(const void *buf)
{
	return mlx5_gen_get(buf, 47, 13, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_rndv_offload_dc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 47, 13, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_log_tag_matching_list_sz(const void *buf)
{
	return mlx5_gen_get(buf, 47, 8, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_tag_matching_list_sz(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 47, 8, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_xrq(const void *buf)
{
	return mlx5_gen_get(buf, 47, 0, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_xrq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 47, 0, 0x1f, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_affiliate_nic_vport_criteria(const void *buf)
{
	return mlx5_gen_get(buf, 48, 24, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_affiliate_nic_vport_criteria(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 48, 24, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_native_port_num(const void *buf)
{
	return mlx5_gen_get(buf, 48, 16, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_native_port_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 48, 16, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_num_vhca_ports(const void *buf)
{
	return mlx5_gen_get(buf, 48, 8, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_num_vhca_ports(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 48, 8, 0xff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_gtpu_teid(const void *buf)
{
	return mlx5_gen_get(buf, 48, 4, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_flex_parser_id_gtpu_teid(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 48, 4, 0xf, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sw_owner_id(const void *buf)
{
	return mlx5_gen_get(buf, 48, 1, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_sw_owner_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 48, 1, 0x1, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_max_num_of_monitor_counters(const void *buf)
{
	return mlx5_gen_get(buf, 49, 16, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_num_of_monitor_counters(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 49, 16, 0xffff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_num_ppcnt_monitor_counters(const void *buf)
{
	return mlx5_gen_get(buf, 49, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_num_ppcnt_monitor_counters(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 49, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_num_sf(const void *buf)
{
	return mlx5_gen_get(buf, 50, 16, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_num_sf(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 50, 16, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_num_q_monitor_counters(const void *buf)
{
	return mlx5_gen_get(buf, 50, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_num_q_monitor_counters(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 50, 0, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sf(const void *buf)
{
	return mlx5_gen_get(buf, 52, 31, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_sf(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 52, 31, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sf_set_partition(const void *buf)
{
	return mlx5_gen_get(buf, 52, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_sf_set_partition(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 52, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_max_sf(const void *buf)
{
	return mlx5_gen_get(buf, 52, 24, 0x1f);
}

static inline void mlx5_cmd_hca_cap_set_log_max_sf(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 52, 24, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_apu(const void *buf)
{
	return mlx5_gen_get(buf, 52, 23, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_apu(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 52, 23, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_migration(const void *buf)
{
	return mlx5_gen_get(buf, 52, 18, 0x1);
}

static inline void mlx5_cmd_hca_cap_set_migration(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 52, 18, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_log_min_sf_size(const void *buf)
{
	return mlx5_gen_get(buf, 52, 8, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_log_min_sf_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 52, 8, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_num_sf_partitions(const void *buf)
{
	return mlx5_gen_get(buf, 52, 0, 0xff);
}

static inline void mlx5_cmd_hca_cap_set_max_num_sf_partitions(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 52, 0, 0xff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_uctx_cap(const void *buf)
{
	return mlx5_gen_get(buf, 53, 0, 0xffffffff);
}

static inline void mlx5_cmd_hca_cap_set_uctx_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 53, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_geneve_tlv_option_0(const void *buf)
{
	return mlx5_gen_get(buf, 54, 24, 0xf);
}

static inline void
mlx5_cmd_hca_cap_set_flex_parser_id_geneve_tlv_option_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 54, 24, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_icmp_dw1(const void *buf)
{
	return mlx5_gen_get(buf, 54, 20, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_flex_parser_id_icmp_dw1(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 54, 20, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_icmp_dw0(const void *buf)
{
	return mlx5_gen_get(buf, 54, 16, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_flex_parser_id_icmp_dw0(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 54, 16, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_icmpv6_dw1(const void *buf)
{
	return mlx5_gen_get(buf, 54, 12, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_flex_parser_id_icmpv6_dw1(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 54, 12, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_icmpv6_dw0(const void *buf)
{
	return mlx5_gen_get(buf, 54, 8, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_flex_parser_id_icmpv6_dw0(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 54, 8, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_outer_first_mpls_over_gre(const void *buf)
{
	return mlx5_gen_get(buf, 54, 4, 0xf);
}

static inline void
mlx5_cmd_hca_cap_set_flex_parser_id_outer_first_mpls_over_gre(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 54, 4, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_outer_first_mpls_over_udp_label(
	const void *buf)
{
	return mlx5_gen_get(buf, 54, 0, 0xf);
}

static inline void
mlx5_cmd_hca_cap_set_flex_parser_id_outer_first_mpls_over_udp_label(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 54, 0, 0xf, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_max_num_match_definer(const void *buf)
{
	return mlx5_gen_get(buf, 55, 16, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_max_num_match_definer(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 55, 16, 0xffff, v);
}
static inline __u32 mlx5_cmd_hca_cap_get_sf_base_id(const void *buf)
{
	return mlx5_gen_get(buf, 55, 0, 0xffff);
}

static inline void mlx5_cmd_hca_cap_set_sf_base_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 55, 0, 0xffff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_gtpu_dw_2(const void *buf)
{
	return mlx5_gen_get(buf, 56, 28, 0xf);
}

static inline void mlx5_cmd_hca_cap_set_flex_parser_id_gtpu_dw_2(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 56, 28, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_flex_parser_id_gtpu_first_ext_dw_0(const void *buf)
{
	return mlx5_gen_get(buf, 56, 24, 0xf);
}

static inline void
mlx5_cmd_hca_cap_set_flex_parser_id_gtpu_first_ext_dw_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 56, 24, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_num_total_dynamic_vf_msix(const void *buf)
{
	return mlx5_gen_get(buf, 56, 0, 0xffffff);
}

static inline void mlx5_cmd_hca_cap_set_num_total_dynamic_vf_msix(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 56, 0, 0xffffff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_dynamic_msix_table_size(const void *buf)
{
	return mlx5_gen_get(buf, 57, 0, 0xfff);
}

static inline void mlx5_cmd_hca_cap_set_dynamic_msix_table_size(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 57, 0, 0xfff, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_min_dynamic_vf_msix_table_size(const void *buf)
{
	return mlx5_gen_get(buf, 58, 16, 0xf);
}

static inline void
mlx5_cmd_hca_cap_set_min_dynamic_vf_msix_table_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 58, 16, 0xf, v);
}
static inline __u32
mlx5_cmd_hca_cap_get_max_dynamic_vf_msix_table_size(const void *buf)
{
	return mlx5_gen_get(buf, 58, 0, 0xfff);
}

static inline void
mlx5_cmd_hca_cap_set_max_dynamic_vf_msix_table_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 58, 0, 0xfff, v);
}
static inline __u64 mlx5_cmd_hca_cap_get_vhca_tunnel_commands(const void *buf)
{
	return mlx5_gen_get64(buf, 60);
}

static inline void mlx5_cmd_hca_cap_set_vhca_tunnel_commands(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 60, v);
}
static inline __u64
mlx5_cmd_hca_cap_get_match_definer_format_supported(const void *buf)
{
	return mlx5_gen_get64(buf, 62);
}

static inline void
mlx5_cmd_hca_cap_set_match_definer_format_supported(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 62, v);
}

/* cmd_hca_cap_2 (256 bytes) */
#define MLX5_CMD_HCA_CAP_2_BYTES 256
static inline __u32
mlx5_cmd_hca_cap_2_get_max_reformat_insert_size(const void *buf)
{
	return mlx5_gen_get(buf, 5, 24, 0xff);
}

static inline void mlx5_cmd_hca_cap_2_set_max_reformat_insert_size(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 5, 24, 0xff, v);
}
static inline __u32
mlx5_cmd_hca_cap_2_get_max_reformat_insert_offset(const void *buf)
{
	return mlx5_gen_get(buf, 5, 16, 0xff);
}

static inline void mlx5_cmd_hca_cap_2_set_max_reformat_insert_offset(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 5, 16, 0xff, v);
}
static inline __u32
mlx5_cmd_hca_cap_2_get_max_reformat_remove_size(const void *buf)
{
	return mlx5_gen_get(buf, 5, 8, 0xff);
}

static inline void mlx5_cmd_hca_cap_2_set_max_reformat_remove_size(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 5, 8, 0xff, v);
}
static inline __u32
mlx5_cmd_hca_cap_2_get_max_reformat_remove_offset(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xff);
}

static inline void mlx5_cmd_hca_cap_2_set_max_reformat_remove_offset(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xff, v);
}
static inline __u32
mlx5_cmd_hca_cap_2_get_log_min_mkey_entity_size(const void *buf)
{
	return mlx5_gen_get(buf, 13, 16, 0x1f);
}

static inline void mlx5_cmd_hca_cap_2_set_log_min_mkey_entity_size(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 13, 16, 0x1f, v);
}
static inline __u32 mlx5_cmd_hca_cap_2_get_sw_vhca_id_valid(const void *buf)
{
	return mlx5_gen_get(buf, 17, 30, 0x1);
}

static inline void mlx5_cmd_hca_cap_2_set_sw_vhca_id_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 30, 0x1, v);
}
static inline __u32 mlx5_cmd_hca_cap_2_get_sw_vhca_id(const void *buf)
{
	return mlx5_gen_get(buf, 17, 16, 0x3fff);
}

static inline void mlx5_cmd_hca_cap_2_set_sw_vhca_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 16, 0x3fff, v);
}
static inline __u32
mlx5_cmd_hca_cap_2_get_ts_cqe_metadata_size2wqe_counter(const void *buf)
{
	return mlx5_gen_get(buf, 18, 16, 0x1f);
}

static inline void
mlx5_cmd_hca_cap_2_set_ts_cqe_metadata_size2wqe_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 16, 0x1f, v);
}

/* odp_cap (256 bytes) */
#define MLX5_ODP_CAP_BYTES 256
static inline __u32 mlx5_odp_cap_get_sig(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_odp_cap_set_sig(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline void *mlx5_odp_cap_rc_odp_caps(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_odp_cap_rc_odp_caps_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline void *mlx5_odp_cap_uc_odp_caps(void *buf)
{
	return (char *)buf + 20;
}

static inline const void *mlx5_odp_cap_uc_odp_caps_const(const void *buf)
{
	return (const char *)buf + 20;
}
static inline void *mlx5_odp_cap_ud_odp_caps(void *buf)
{
	return (char *)buf + 24;
}

static inline const void *mlx5_odp_cap_ud_odp_caps_const(const void *buf)
{
	return (const char *)buf + 24;
}
static inline void *mlx5_odp_cap_xrc_odp_caps(void *buf)
{
	return (char *)buf + 28;
}

static inline const void *mlx5_odp_cap_xrc_odp_caps_const(const void *buf)
{
	return (const char *)buf + 28;
}
static inline void *mlx5_odp_cap_dc_odp_caps(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *mlx5_odp_cap_dc_odp_caps_const(const void *buf)
{
	return (const char *)buf + 32;
}

/* odp_per_transport_service_cap (4 bytes) */
#define MLX5_ODP_PER_TRANSPORT_SERVICE_CAP_BYTES 4
static inline __u32 mlx5_odp_per_transport_service_cap_get_send(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_odp_per_transport_service_cap_set_send(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_odp_per_transport_service_cap_get_receive(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_odp_per_transport_service_cap_set_receive(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32
mlx5_odp_per_transport_service_cap_get_write(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_odp_per_transport_service_cap_set_write(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32 mlx5_odp_per_transport_service_cap_get_read(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_odp_per_transport_service_cap_set_read(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_odp_per_transport_service_cap_get_atomic(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_odp_per_transport_service_cap_set_atomic(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_odp_per_transport_service_cap_get_srq_receive(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x1);
}

static inline void mlx5_odp_per_transport_service_cap_set_srq_receive(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x1, v);
}

/* atomic_caps (256 bytes) */
#define MLX5_ATOMIC_CAPS_BYTES 256
static inline __u32
mlx5_atomic_caps_get_atomic_req_8B_endianness_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 30, 0x3);
}

static inline void mlx5_atomic_caps_set_atomic_req_8B_endianness_mode(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 2, 30, 0x3, v);
}
static inline __u32
mlx5_atomic_caps_get_supported_atomic_req_8B_endianness_mode_1(const void *buf)
{
	return mlx5_gen_get(buf, 2, 25, 0x1);
}

static inline void
mlx5_atomic_caps_set_supported_atomic_req_8B_endianness_mode_1(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 25, 0x1, v);
}
static inline __u32 mlx5_atomic_caps_get_atomic_operations(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_atomic_caps_set_atomic_operations(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u32 mlx5_atomic_caps_get_atomic_size_qp(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffff);
}

static inline void mlx5_atomic_caps_set_atomic_size_qp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffff, v);
}
static inline __u32 mlx5_atomic_caps_get_atomic_size_dc(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffff);
}

static inline void mlx5_atomic_caps_set_atomic_size_dc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffff, v);
}

/* roce_cap (256 bytes) */
#define MLX5_ROCE_CAP_BYTES 256
static inline __u32 mlx5_roce_cap_get_roce_apm(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_roce_cap_set_roce_apm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_roce_cap_get_sw_r_roce_src_udp_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_roce_cap_set_sw_r_roce_src_udp_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_roce_cap_get_fl_rc_qp_when_roce_disabled(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x1);
}

static inline void mlx5_roce_cap_set_fl_rc_qp_when_roce_disabled(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x1, v);
}
static inline __u32
mlx5_roce_cap_get_fl_rc_qp_when_roce_enabled(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void mlx5_roce_cap_set_fl_rc_qp_when_roce_enabled(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}
static inline __u32 mlx5_roce_cap_get_qp_ts_format(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3);
}

static inline void mlx5_roce_cap_set_qp_ts_format(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3, v);
}
static inline __u32 mlx5_roce_cap_get_l3_type(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xf);
}

static inline void mlx5_roce_cap_set_l3_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xf, v);
}
static inline __u32 mlx5_roce_cap_get_roce_version(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xff);
}

static inline void mlx5_roce_cap_set_roce_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xff, v);
}
static inline __u32 mlx5_roce_cap_get_r_roce_dest_udp_port(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffff);
}

static inline void mlx5_roce_cap_set_r_roce_dest_udp_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffff, v);
}
static inline __u32 mlx5_roce_cap_get_r_roce_max_src_udp_port(const void *buf)
{
	return mlx5_gen_get(buf, 6, 16, 0xffff);
}

static inline void mlx5_roce_cap_set_r_roce_max_src_udp_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 16, 0xffff, v);
}
static inline __u32 mlx5_roce_cap_get_r_roce_min_src_udp_port(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffff);
}

static inline void mlx5_roce_cap_set_r_roce_min_src_udp_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffff, v);
}
static inline __u32 mlx5_roce_cap_get_roce_address_table_size(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffff);
}

static inline void mlx5_roce_cap_set_roce_address_table_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffff, v);
}

/* per_protocol_networking_offload_caps (256 bytes) */
#define MLX5_PER_PROTOCOL_NETWORKING_OFFLOAD_CAPS_BYTES 256
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_csum_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_csum_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_vlan_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_vlan_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_lro_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_lro_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_lro_psh_flag(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_lro_psh_flag(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_lro_time_stamp(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_lro_time_stamp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_wqe_vlan_insert(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_wqe_vlan_insert(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_self_lb_en_modifiable(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 23, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_self_lb_en_modifiable(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 0, 23, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_max_lso_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0x1f);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_max_lso_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0x1f, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_multi_pkt_send_wqe(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 14, 0x3);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_multi_pkt_send_wqe(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 14, 0x3, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_wqe_inline_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 12, 0x3);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_wqe_inline_mode(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 12, 0x3, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_rss_ind_tbl_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xf);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_rss_ind_tbl_cap(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xf, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_reg_umr_sq(const void *buf)
{
	return mlx5_gen_get(buf, 0, 7, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_reg_umr_sq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 7, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_scatter_fcs(const void *buf)
{
	return mlx5_gen_get(buf, 0, 6, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_scatter_fcs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 6, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_enhanced_multi_pkt_send_wqe(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 5, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_enhanced_multi_pkt_send_wqe(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 5, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_lso_const_out_ip_id(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_lso_const_out_ip_id(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_lro_gre(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_lro_gre(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_lro_vxlan(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_lro_vxlan(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_gre(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 1, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_gre(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 1, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_vxlan(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_vxlan(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_swp(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_per_protocol_networking_offload_caps_set_swp(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_swp_csum(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_swp_csum(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_swp_lso(const void *buf)
{
	return mlx5_gen_get(buf, 1, 29, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_swp_lso(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 29, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_cqe_checksum_full(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_cqe_checksum_full(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_geneve_tx(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 27, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_geneve_tx(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 27, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_mpls_over_udp(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 26, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_mpls_over_udp(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 26, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_mpls_over_gre(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 25, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_mpls_over_gre(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 25, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_vxlan_gpe(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_vxlan_gpe(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_ipv4_over_vxlan(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 23, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_ipv4_over_vxlan(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 23, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_ip_over_ip(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 22, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_ip_over_ip(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 22, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_insert_trailer(const void *buf)
{
	return mlx5_gen_get(buf, 1, 21, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_insert_trailer(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 21, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_ip_over_ip_rx(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 19, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_ip_over_ip_rx(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 19, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_ip_over_ip_tx(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 18, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_ip_over_ip_tx(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 18, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_max_vxlan_udp_ports(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0xff);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_max_vxlan_udp_ports(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0xff, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_max_geneve_opt_len(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 1, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_max_geneve_opt_len(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 1, 1, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_tunnel_stateless_geneve_rx(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x1);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_tunnel_stateless_geneve_rx(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x1, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_lro_min_mss_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_lro_min_mss_size(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32
mlx5_per_protocol_networking_offload_caps_get_lro_timer_supported_periods(
	const void *buf, unsigned int i)
{
	unsigned int bit = 384 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void
mlx5_per_protocol_networking_offload_caps_set_lro_timer_supported_periods(
	void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 384 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}

/* flow_table_nic_cap (4096 bytes) */
#define MLX5_FLOW_TABLE_NIC_CAP_BYTES 4096
static inline __u32
mlx5_flow_table_nic_cap_get_nic_rx_multi_path_tirs(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_flow_table_nic_cap_set_nic_rx_multi_path_tirs(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_flow_table_nic_cap_get_nic_rx_multi_path_tirs_fts(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void
mlx5_flow_table_nic_cap_set_nic_rx_multi_path_tirs_fts(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32
mlx5_flow_table_nic_cap_get_allow_sniffer_and_nic_rx_shared_tir(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void
mlx5_flow_table_nic_cap_set_allow_sniffer_and_nic_rx_shared_tir(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_flow_table_nic_cap_get_sw_owner_reformat_supported(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1);
}

static inline void
mlx5_flow_table_nic_cap_set_sw_owner_reformat_supported(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1, v);
}
static inline __u32
mlx5_flow_table_nic_cap_get_encap_general_header(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_flow_table_nic_cap_set_encap_general_header(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32
mlx5_flow_table_nic_cap_get_log_max_packet_reformat_context(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0x1f);
}

static inline void
mlx5_flow_table_nic_cap_set_log_max_packet_reformat_context(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0x1f, v);
}
static inline __u32
mlx5_flow_table_nic_cap_get_max_encap_header_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x3ff);
}

static inline void mlx5_flow_table_nic_cap_set_max_encap_header_size(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x3ff, v);
}
static inline void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_receive(void *buf)
{
	return (char *)buf + 64;
}

static inline const void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_receive_const(const void *buf)
{
	return (const char *)buf + 64;
}
static inline void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_receive_rdma(void *buf)
{
	return (char *)buf + 128;
}

static inline const void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_receive_rdma_const(
	const void *buf)
{
	return (const char *)buf + 128;
}
static inline void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_receive_sniffer(void *buf)
{
	return (char *)buf + 192;
}

static inline const void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_receive_sniffer_const(
	const void *buf)
{
	return (const char *)buf + 192;
}
static inline void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_transmit(void *buf)
{
	return (char *)buf + 256;
}

static inline const void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_transmit_const(
	const void *buf)
{
	return (const char *)buf + 256;
}
static inline void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_transmit_rdma(void *buf)
{
	return (char *)buf + 320;
}

static inline const void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_transmit_rdma_const(
	const void *buf)
{
	return (const char *)buf + 320;
}
static inline void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_transmit_sniffer(void *buf)
{
	return (char *)buf + 384;
}

static inline const void *
mlx5_flow_table_nic_cap_flow_table_properties_nic_transmit_sniffer_const(
	const void *buf)
{
	return (const char *)buf + 384;
}
static inline void *
mlx5_flow_table_nic_cap_ft_field_support_2_nic_receive_rdma(void *buf)
{
	return (char *)buf + 672;
}

static inline const void *
mlx5_flow_table_nic_cap_ft_field_support_2_nic_receive_rdma_const(
	const void *buf)
{
	return (const char *)buf + 672;
}
static inline void *
mlx5_flow_table_nic_cap_ft_field_support_2_nic_transmit_rdma(void *buf)
{
	return (char *)buf + 768;
}

static inline const void *
mlx5_flow_table_nic_cap_ft_field_support_2_nic_transmit_rdma_const(
	const void *buf)
{
	return (const char *)buf + 768;
}
static inline __u64
mlx5_flow_table_nic_cap_get_sw_steering_nic_rx_action_drop_icm_address(
	const void *buf)
{
	return mlx5_gen_get64(buf, 256);
}

static inline void
mlx5_flow_table_nic_cap_set_sw_steering_nic_rx_action_drop_icm_address(
	void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 256, v);
}
static inline __u64
mlx5_flow_table_nic_cap_get_sw_steering_nic_tx_action_drop_icm_address(
	const void *buf)
{
	return mlx5_gen_get64(buf, 258);
}

static inline void
mlx5_flow_table_nic_cap_set_sw_steering_nic_tx_action_drop_icm_address(
	void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 258, v);
}
static inline __u64
mlx5_flow_table_nic_cap_get_sw_steering_nic_tx_action_allow_icm_address(
	const void *buf)
{
	return mlx5_gen_get64(buf, 260);
}

static inline void
mlx5_flow_table_nic_cap_set_sw_steering_nic_tx_action_allow_icm_address(
	void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 260, v);
}

/* flow_table_prop_layout (64 bytes) */
#define MLX5_FLOW_TABLE_PROP_LAYOUT_BYTES 64
static inline __u32 mlx5_flow_table_prop_layout_get_ft_support(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_ft_support(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_flow_counter(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_flow_counter(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_flow_modify_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_flow_modify_en(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_modify_root(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_modify_root(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_identified_miss_table_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_identified_miss_table_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_flow_table_modify(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_flow_table_modify(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_reformat(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_reformat(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_decap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 23, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_decap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 23, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_pop_vlan(const void *buf)
{
	return mlx5_gen_get(buf, 0, 21, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_pop_vlan(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 21, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_push_vlan(const void *buf)
{
	return mlx5_gen_get(buf, 0, 20, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_push_vlan(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 20, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_pop_vlan_2(const void *buf)
{
	return mlx5_gen_get(buf, 0, 18, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_pop_vlan_2(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 18, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_push_vlan_2(const void *buf)
{
	return mlx5_gen_get(buf, 0, 17, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_push_vlan_2(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 17, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_and_vlan_action(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_reformat_and_vlan_action(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_sw_owner(const void *buf)
{
	return mlx5_gen_get(buf, 0, 14, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_sw_owner(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 14, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_l3_tunnel_to_l2(const void *buf)
{
	return mlx5_gen_get(buf, 0, 13, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_reformat_l3_tunnel_to_l2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 13, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_l2_to_l3_tunnel(const void *buf)
{
	return mlx5_gen_get(buf, 0, 12, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_reformat_l2_to_l3_tunnel(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 12, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_and_modify_action(const void *buf)
{
	return mlx5_gen_get(buf, 0, 11, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_reformat_and_modify_action(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 11, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_ignore_flow_level(const void *buf)
{
	return mlx5_gen_get(buf, 0, 10, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_ignore_flow_level(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 10, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_table_miss_action_domain(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_table_miss_action_domain(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_termination_table(const void *buf)
{
	return mlx5_gen_get(buf, 0, 7, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_termination_table(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 7, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_and_fwd_to_table(const void *buf)
{
	return mlx5_gen_get(buf, 0, 6, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_reformat_and_fwd_to_table(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 6, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_ipsec_encrypt(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_ipsec_encrypt(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_ipsec_decrypt(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_ipsec_decrypt(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_sw_owner_v2(const void *buf)
{
	return mlx5_gen_get(buf, 0, 1, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_sw_owner_v2(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 1, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_termination_table_raw_traffic(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_termination_table_raw_traffic(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_log_max_ft_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0x3f);
}

static inline void mlx5_flow_table_prop_layout_set_log_max_ft_size(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0x3f, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_log_max_modify_header_context(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xff);
}

static inline void
mlx5_flow_table_prop_layout_set_log_max_modify_header_context(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xff, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_max_modify_header_actions(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0xff);
}

static inline void
mlx5_flow_table_prop_layout_set_max_modify_header_actions(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0xff, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_max_ft_level(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_flow_table_prop_layout_set_max_ft_level(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}
static inline __u32 mlx5_flow_table_prop_layout_get_execute_aso(const void *buf)
{
	return mlx5_gen_get(buf, 2, 25, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_execute_aso(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 25, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_insert(const void *buf)
{
	return mlx5_gen_get(buf, 3, 29, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_reformat_insert(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 3, 29, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_remove(const void *buf)
{
	return mlx5_gen_get(buf, 3, 28, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_reformat_remove(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 3, 28, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_macsec_encrypt(const void *buf)
{
	return mlx5_gen_get(buf, 3, 27, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_macsec_encrypt(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 27, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_macsec_decrypt(const void *buf)
{
	return mlx5_gen_get(buf, 3, 26, 0x1);
}

static inline void mlx5_flow_table_prop_layout_set_macsec_decrypt(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 26, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_add_macsec(const void *buf)
{
	return mlx5_gen_get(buf, 3, 23, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_reformat_add_macsec(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 23, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_reformat_remove_macsec(const void *buf)
{
	return mlx5_gen_get(buf, 3, 22, 0x1);
}

static inline void
mlx5_flow_table_prop_layout_set_reformat_remove_macsec(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 22, 0x1, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_log_max_ft_num(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xff);
}

static inline void mlx5_flow_table_prop_layout_set_log_max_ft_num(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xff, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_log_max_flow_counter(const void *buf)
{
	return mlx5_gen_get(buf, 4, 8, 0xff);
}

static inline void
mlx5_flow_table_prop_layout_set_log_max_flow_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 8, 0xff, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_log_max_destination(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xff);
}

static inline void
mlx5_flow_table_prop_layout_set_log_max_destination(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xff, v);
}
static inline __u32
mlx5_flow_table_prop_layout_get_log_max_flow(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xff);
}

static inline void mlx5_flow_table_prop_layout_set_log_max_flow(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xff, v);
}
static inline void *mlx5_flow_table_prop_layout_ft_field_support(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *
mlx5_flow_table_prop_layout_ft_field_support_const(const void *buf)
{
	return (const char *)buf + 32;
}
static inline void *
mlx5_flow_table_prop_layout_ft_field_bitmask_support(void *buf)
{
	return (char *)buf + 48;
}

static inline const void *
mlx5_flow_table_prop_layout_ft_field_bitmask_support_const(const void *buf)
{
	return (const char *)buf + 48;
}

/* flow_table_fields_supported (16 bytes) */
#define MLX5_FLOW_TABLE_FIELDS_SUPPORTED_BYTES 16
static inline __u32
mlx5_flow_table_fields_supported_get_outer_dmac(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_dmac(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_smac(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_smac(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_ether_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_ether_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_ip_version(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_ip_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_first_prio(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_first_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_first_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_first_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_first_vid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_first_vid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_ipv4_ttl(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_ipv4_ttl(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_second_prio(const void *buf)
{
	return mlx5_gen_get(buf, 0, 23, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_second_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 23, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_second_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 0, 22, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_second_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 22, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_second_vid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 21, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_second_vid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 21, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_sip(const void *buf)
{
	return mlx5_gen_get(buf, 0, 19, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_sip(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 19, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_dip(const void *buf)
{
	return mlx5_gen_get(buf, 0, 18, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_dip(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 18, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_frag(const void *buf)
{
	return mlx5_gen_get(buf, 0, 17, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_frag(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 17, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_ip_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_ip_protocol(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_ip_ecn(const void *buf)
{
	return mlx5_gen_get(buf, 0, 15, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_ip_ecn(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 15, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_ip_dscp(const void *buf)
{
	return mlx5_gen_get(buf, 0, 14, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_ip_dscp(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 0, 14, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_udp_sport(const void *buf)
{
	return mlx5_gen_get(buf, 0, 13, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_udp_sport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 13, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_udp_dport(const void *buf)
{
	return mlx5_gen_get(buf, 0, 12, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_udp_dport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 12, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_tcp_sport(const void *buf)
{
	return mlx5_gen_get(buf, 0, 11, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_tcp_sport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 11, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_tcp_dport(const void *buf)
{
	return mlx5_gen_get(buf, 0, 10, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_tcp_dport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 10, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_tcp_flags(const void *buf)
{
	return mlx5_gen_get(buf, 0, 9, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_tcp_flags(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 9, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_gre_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_gre_protocol(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_gre_key(const void *buf)
{
	return mlx5_gen_get(buf, 0, 7, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_gre_key(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 0, 7, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_vxlan_vni(const void *buf)
{
	return mlx5_gen_get(buf, 0, 6, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_vxlan_vni(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 6, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_geneve_vni(const void *buf)
{
	return mlx5_gen_get(buf, 0, 5, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_geneve_vni(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 5, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_geneve_oam(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_geneve_oam(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_geneve_protocol_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_geneve_protocol_type(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_geneve_opt_len(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_geneve_opt_len(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_source_vhca_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 1, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_source_vhca_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 1, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_source_eswitch_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_source_eswitch_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_dmac(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_inner_dmac(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_smac(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_inner_smac(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_ether_type(const void *buf)
{
	return mlx5_gen_get(buf, 1, 29, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_ether_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 29, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_ip_version(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_ip_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_first_prio(const void *buf)
{
	return mlx5_gen_get(buf, 1, 27, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_first_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 27, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_first_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 1, 26, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_first_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 26, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_first_vid(const void *buf)
{
	return mlx5_gen_get(buf, 1, 25, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_first_vid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 25, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_second_prio(const void *buf)
{
	return mlx5_gen_get(buf, 1, 23, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_second_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 23, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_second_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 1, 22, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_second_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 22, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_second_vid(const void *buf)
{
	return mlx5_gen_get(buf, 1, 21, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_second_vid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 21, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_sip(const void *buf)
{
	return mlx5_gen_get(buf, 1, 19, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_inner_sip(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 19, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_dip(const void *buf)
{
	return mlx5_gen_get(buf, 1, 18, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_inner_dip(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 18, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_frag(const void *buf)
{
	return mlx5_gen_get(buf, 1, 17, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_inner_frag(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 1, 17, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_ip_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_ip_protocol(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_ip_ecn(const void *buf)
{
	return mlx5_gen_get(buf, 1, 15, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_inner_ip_ecn(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 1, 15, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_ip_dscp(const void *buf)
{
	return mlx5_gen_get(buf, 1, 14, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_inner_ip_dscp(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 1, 14, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_udp_sport(const void *buf)
{
	return mlx5_gen_get(buf, 1, 13, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_udp_sport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 13, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_udp_dport(const void *buf)
{
	return mlx5_gen_get(buf, 1, 12, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_udp_dport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 12, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_tcp_sport(const void *buf)
{
	return mlx5_gen_get(buf, 1, 11, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_tcp_sport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 11, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_tcp_dport(const void *buf)
{
	return mlx5_gen_get(buf, 1, 10, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_tcp_dport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 10, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_tcp_flags(const void *buf)
{
	return mlx5_gen_get(buf, 1, 9, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_tcp_flags(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 9, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_geneve_tlv_option_0_data(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_geneve_tlv_option_0_data(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_geneve_tlv_option_0_exist(const void *buf)
{
	return mlx5_gen_get(buf, 2, 30, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_geneve_tlv_option_0_exist(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 30, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_first_mpls_over_udp(const void *buf)
{
	return mlx5_gen_get(buf, 2, 23, 0xf);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_first_mpls_over_udp(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 23, 0xf, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_first_mpls_over_gre(const void *buf)
{
	return mlx5_gen_get(buf, 2, 19, 0xf);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_first_mpls_over_gre(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 19, 0xf, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_inner_first_mpls(const void *buf)
{
	return mlx5_gen_get(buf, 2, 15, 0xf);
}

static inline void
mlx5_flow_table_fields_supported_set_inner_first_mpls(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 15, 0xf, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_first_mpls(const void *buf)
{
	return mlx5_gen_get(buf, 2, 11, 0xf);
}

static inline void
mlx5_flow_table_fields_supported_set_outer_first_mpls(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 11, 0xf, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_outer_esp_spi(const void *buf)
{
	return mlx5_gen_get(buf, 2, 8, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_outer_esp_spi(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 2, 8, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_bth_dst_qp(const void *buf)
{
	return mlx5_gen_get(buf, 2, 5, 0x1);
}

static inline void mlx5_flow_table_fields_supported_set_bth_dst_qp(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 2, 5, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_metadata_reg_c_7(const void *buf)
{
	return mlx5_gen_get(buf, 3, 7, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_metadata_reg_c_7(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 7, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_metadata_reg_c_6(const void *buf)
{
	return mlx5_gen_get(buf, 3, 6, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_metadata_reg_c_6(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 6, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_metadata_reg_c_5(const void *buf)
{
	return mlx5_gen_get(buf, 3, 5, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_metadata_reg_c_5(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 5, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_metadata_reg_c_4(const void *buf)
{
	return mlx5_gen_get(buf, 3, 4, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_metadata_reg_c_4(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 4, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_metadata_reg_c_3(const void *buf)
{
	return mlx5_gen_get(buf, 3, 3, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_metadata_reg_c_3(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 3, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_metadata_reg_c_2(const void *buf)
{
	return mlx5_gen_get(buf, 3, 2, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_metadata_reg_c_2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 2, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_metadata_reg_c_1(const void *buf)
{
	return mlx5_gen_get(buf, 3, 1, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_metadata_reg_c_1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 1, 0x1, v);
}
static inline __u32
mlx5_flow_table_fields_supported_get_metadata_reg_c_0(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0x1);
}

static inline void
mlx5_flow_table_fields_supported_set_metadata_reg_c_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0x1, v);
}

/* flow_table_fields_supported_2 (16 bytes) */
#define MLX5_FLOW_TABLE_FIELDS_SUPPORTED_2_BYTES 16
static inline __u32
mlx5_flow_table_fields_supported_2_get_bth_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 17, 0x1);
}

static inline void mlx5_flow_table_fields_supported_2_set_bth_opcode(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 17, 0x1, v);
}

/* flow_table_eswitch_cap (4096 bytes) */
#define MLX5_FLOW_TABLE_ESWITCH_CAP_BYTES 4096
static inline __u32
mlx5_flow_table_eswitch_cap_get_fdb_to_vport_reg_c_id(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void
mlx5_flow_table_eswitch_cap_set_fdb_to_vport_reg_c_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_flow_table_eswitch_cap_get_fdb_modify_header_fwd_to_table(const void *buf)
{
	return mlx5_gen_get(buf, 0, 10, 0x1);
}

static inline void
mlx5_flow_table_eswitch_cap_set_fdb_modify_header_fwd_to_table(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 10, 0x1, v);
}
static inline __u32
mlx5_flow_table_eswitch_cap_get_fdb_ipv4_ttl_modify(const void *buf)
{
	return mlx5_gen_get(buf, 0, 9, 0x1);
}

static inline void
mlx5_flow_table_eswitch_cap_set_fdb_ipv4_ttl_modify(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 9, 0x1, v);
}
static inline __u32 mlx5_flow_table_eswitch_cap_get_flow_source(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x1);
}

static inline void mlx5_flow_table_eswitch_cap_set_flow_source(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x1, v);
}
static inline __u32
mlx5_flow_table_eswitch_cap_get_multi_fdb_encap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 5, 0x1);
}

static inline void mlx5_flow_table_eswitch_cap_set_multi_fdb_encap(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 5, 0x1, v);
}
static inline __u32
mlx5_flow_table_eswitch_cap_get_egress_acl_forward_to_vport(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x1);
}

static inline void
mlx5_flow_table_eswitch_cap_set_egress_acl_forward_to_vport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x1, v);
}
static inline __u32
mlx5_flow_table_eswitch_cap_get_fdb_multi_path_to_table(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void
mlx5_flow_table_eswitch_cap_set_fdb_multi_path_to_table(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline void *
mlx5_flow_table_eswitch_cap_flow_table_properties_nic_esw_fdb(void *buf)
{
	return (char *)buf + 64;
}

static inline const void *
mlx5_flow_table_eswitch_cap_flow_table_properties_nic_esw_fdb_const(
	const void *buf)
{
	return (const char *)buf + 64;
}
static inline void *
mlx5_flow_table_eswitch_cap_flow_table_properties_esw_acl_ingress(void *buf)
{
	return (char *)buf + 128;
}

static inline const void *
mlx5_flow_table_eswitch_cap_flow_table_properties_esw_acl_ingress_const(
	const void *buf)
{
	return (const char *)buf + 128;
}
static inline void *
mlx5_flow_table_eswitch_cap_flow_table_properties_esw_acl_egress(void *buf)
{
	return (char *)buf + 192;
}

static inline const void *
mlx5_flow_table_eswitch_cap_flow_table_properties_esw_acl_egress_const(
	const void *buf)
{
	return (const char *)buf + 192;
}
static inline __u64
mlx5_flow_table_eswitch_cap_get_sw_steering_fdb_action_drop_icm_address_rx(
	const void *buf)
{
	return mlx5_gen_get64(buf, 192);
}

static inline void
mlx5_flow_table_eswitch_cap_set_sw_steering_fdb_action_drop_icm_address_rx(
	void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 192, v);
}
static inline __u64
mlx5_flow_table_eswitch_cap_get_sw_steering_fdb_action_drop_icm_address_tx(
	const void *buf)
{
	return mlx5_gen_get64(buf, 194);
}

static inline void
mlx5_flow_table_eswitch_cap_set_sw_steering_fdb_action_drop_icm_address_tx(
	void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 194, v);
}
static inline __u64
mlx5_flow_table_eswitch_cap_get_sw_steering_uplink_icm_address_rx(
	const void *buf)
{
	return mlx5_gen_get64(buf, 196);
}

static inline void
mlx5_flow_table_eswitch_cap_set_sw_steering_uplink_icm_address_rx(void *buf,
								  __u64 v)
{
	mlx5_gen_set64(buf, 196, v);
}
static inline __u64
mlx5_flow_table_eswitch_cap_get_sw_steering_uplink_icm_address_tx(
	const void *buf)
{
	return mlx5_gen_get64(buf, 198);
}

static inline void
mlx5_flow_table_eswitch_cap_set_sw_steering_uplink_icm_address_tx(void *buf,
								  __u64 v)
{
	mlx5_gen_set64(buf, 198, v);
}

/* e_switch_cap (256 bytes) */
#define MLX5_E_SWITCH_CAP_BYTES 256
static inline __u32 mlx5_e_switch_cap_get_vport_svlan_strip(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_e_switch_cap_set_vport_svlan_strip(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_e_switch_cap_get_vport_cvlan_strip(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_e_switch_cap_set_vport_cvlan_strip(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_e_switch_cap_get_vport_svlan_insert(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_e_switch_cap_set_vport_svlan_insert(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_vport_cvlan_insert_if_not_exist(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void
mlx5_e_switch_cap_set_vport_cvlan_insert_if_not_exist(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_vport_cvlan_insert_overwrite(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_e_switch_cap_set_vport_cvlan_insert_overwrite(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_vport_cvlan_insert_always(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void mlx5_e_switch_cap_set_vport_cvlan_insert_always(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_esw_shared_ingress_acl(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1);
}

static inline void mlx5_e_switch_cap_set_esw_shared_ingress_acl(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_esw_uplink_ingress_acl(const void *buf)
{
	return mlx5_gen_get(buf, 0, 23, 0x1);
}

static inline void mlx5_e_switch_cap_set_esw_uplink_ingress_acl(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 23, 0x1, v);
}
static inline __u32 mlx5_e_switch_cap_get_root_ft_on_other_esw(const void *buf)
{
	return mlx5_gen_get(buf, 0, 22, 0x1);
}

static inline void mlx5_e_switch_cap_set_root_ft_on_other_esw(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 22, 0x1, v);
}
static inline __u32 mlx5_e_switch_cap_get_esw_functions_changed(const void *buf)
{
	return mlx5_gen_get(buf, 0, 6, 0x1);
}

static inline void mlx5_e_switch_cap_set_esw_functions_changed(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 6, 0x1, v);
}
static inline __u32 mlx5_e_switch_cap_get_ecpf_vport_exists(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x1);
}

static inline void mlx5_e_switch_cap_set_ecpf_vport_exists(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_counter_eswitch_affinity(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void mlx5_e_switch_cap_set_counter_eswitch_affinity(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline __u32 mlx5_e_switch_cap_get_merged_eswitch(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void mlx5_e_switch_cap_set_merged_eswitch(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_nic_vport_node_guid_modify(const void *buf)
{
	return mlx5_gen_get(buf, 0, 1, 0x1);
}

static inline void mlx5_e_switch_cap_set_nic_vport_node_guid_modify(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 0, 1, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_nic_vport_port_guid_modify(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void mlx5_e_switch_cap_set_nic_vport_port_guid_modify(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}
static inline __u32 mlx5_e_switch_cap_get_vxlan_encap_decap(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_e_switch_cap_set_vxlan_encap_decap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_e_switch_cap_get_nvgre_encap_decap(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_e_switch_cap_set_nvgre_encap_decap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32
mlx5_e_switch_cap_get_log_max_fdb_encap_uplink(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0x1f);
}

static inline void mlx5_e_switch_cap_set_log_max_fdb_encap_uplink(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0x1f, v);
}
static inline __u32
mlx5_e_switch_cap_get_log_max_packet_reformat_context(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0x1f);
}

static inline void
mlx5_e_switch_cap_set_log_max_packet_reformat_context(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0x1f, v);
}
static inline __u32 mlx5_e_switch_cap_get_max_encap_header_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x3ff);
}

static inline void mlx5_e_switch_cap_set_max_encap_header_size(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x3ff, v);
}
static inline __u32 mlx5_e_switch_cap_get_log_max_esw_sf(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0x1f);
}

static inline void mlx5_e_switch_cap_set_log_max_esw_sf(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0x1f, v);
}
static inline __u32 mlx5_e_switch_cap_get_esw_sf_base_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_e_switch_cap_set_esw_sf_base_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* port_selection_cap (4096 bytes) */
#define MLX5_PORT_SELECTION_CAP_BYTES 4096
static inline __u32
mlx5_port_selection_cap_get_port_select_flow_table(const void *buf)
{
	return mlx5_gen_get(buf, 0, 15, 0x1);
}

static inline void mlx5_port_selection_cap_set_port_select_flow_table(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 0, 15, 0x1, v);
}
static inline __u32
mlx5_port_selection_cap_get_port_select_flow_table_bypass(const void *buf)
{
	return mlx5_gen_get(buf, 0, 13, 0x1);
}

static inline void
mlx5_port_selection_cap_set_port_select_flow_table_bypass(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 13, 0x1, v);
}
static inline void *
mlx5_port_selection_cap_flow_table_properties_port_selection(void *buf)
{
	return (char *)buf + 64;
}

static inline const void *
mlx5_port_selection_cap_flow_table_properties_port_selection_const(
	const void *buf)
{
	return (const char *)buf + 64;
}

/* vector_calc_cap (252 bytes) */
#define MLX5_VECTOR_CALC_CAP_BYTES 252
static inline __u32 mlx5_vector_calc_cap_get_calc_matrix(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_vector_calc_cap_set_calc_matrix(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_vector_calc_cap_get_max_vec_count(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xff);
}

static inline void mlx5_vector_calc_cap_set_max_vec_count(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xff, v);
}
static inline __u32 mlx5_vector_calc_cap_get_max_chunk_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x7);
}

static inline void mlx5_vector_calc_cap_set_max_chunk_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x7, v);
}
static inline void *mlx5_vector_calc_cap_calc0(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *mlx5_vector_calc_cap_calc0_const(const void *buf)
{
	return (const char *)buf + 8;
}
static inline void *mlx5_vector_calc_cap_calc1(void *buf)
{
	return (char *)buf + 12;
}

static inline const void *mlx5_vector_calc_cap_calc1_const(const void *buf)
{
	return (const char *)buf + 12;
}
static inline void *mlx5_vector_calc_cap_calc2(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_vector_calc_cap_calc2_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline void *mlx5_vector_calc_cap_calc3(void *buf)
{
	return (char *)buf + 20;
}

static inline const void *mlx5_vector_calc_cap_calc3_const(const void *buf)
{
	return (const char *)buf + 20;
}

/* calc_op (4 bytes) */
#define MLX5_CALC_OP_BYTES 4
static inline __u32 mlx5_calc_op_get_op_swap_endianness(const void *buf)
{
	return mlx5_gen_get(buf, 0, 6, 0x1);
}

static inline void mlx5_calc_op_set_op_swap_endianness(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 6, 0x1, v);
}
static inline __u32 mlx5_calc_op_get_op_min(const void *buf)
{
	return mlx5_gen_get(buf, 0, 5, 0x1);
}

static inline void mlx5_calc_op_set_op_min(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 5, 0x1, v);
}
static inline __u32 mlx5_calc_op_get_op_xor(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x1);
}

static inline void mlx5_calc_op_set_op_xor(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x1, v);
}
static inline __u32 mlx5_calc_op_get_op_or(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void mlx5_calc_op_set_op_or(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline __u32 mlx5_calc_op_get_op_and(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void mlx5_calc_op_set_op_and(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32 mlx5_calc_op_get_op_max(const void *buf)
{
	return mlx5_gen_get(buf, 0, 1, 0x1);
}

static inline void mlx5_calc_op_set_op_max(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 1, 0x1, v);
}
static inline __u32 mlx5_calc_op_get_op_add(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void mlx5_calc_op_set_op_add(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}

/* qos_cap (256 bytes) */
#define MLX5_QOS_CAP_BYTES 256
static inline __u32 mlx5_qos_cap_get_packet_pacing(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_qos_cap_set_packet_pacing(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_esw_scheduling(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_qos_cap_set_esw_scheduling(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_esw_bw_share(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_qos_cap_set_esw_bw_share(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_esw_rate_limit(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_qos_cap_set_esw_rate_limit(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_packet_pacing_burst_bound(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x1);
}

static inline void mlx5_qos_cap_set_packet_pacing_burst_bound(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_packet_pacing_typical_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void mlx5_qos_cap_set_packet_pacing_typical_size(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_nic_sq_scheduling(const void *buf)
{
	return mlx5_gen_get(buf, 0, 23, 0x1);
}

static inline void mlx5_qos_cap_set_nic_sq_scheduling(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 23, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_nic_bw_share(const void *buf)
{
	return mlx5_gen_get(buf, 0, 22, 0x1);
}

static inline void mlx5_qos_cap_set_nic_bw_share(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 22, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_nic_rate_limit(const void *buf)
{
	return mlx5_gen_get(buf, 0, 21, 0x1);
}

static inline void mlx5_qos_cap_set_nic_rate_limit(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 21, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_packet_pacing_uid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 20, 0x1);
}

static inline void mlx5_qos_cap_set_packet_pacing_uid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 20, 0x1, v);
}
static inline __u32 mlx5_qos_cap_get_log_esw_max_sched_depth(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xf);
}

static inline void mlx5_qos_cap_set_log_esw_max_sched_depth(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xf, v);
}
static inline __u32
mlx5_qos_cap_get_log_max_qos_nic_queue_group(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0x1f);
}

static inline void mlx5_qos_cap_set_log_max_qos_nic_queue_group(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0x1f, v);
}
static inline __u32 mlx5_qos_cap_get_packet_pacing_max_rate(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_qos_cap_set_packet_pacing_max_rate(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_qos_cap_get_packet_pacing_min_rate(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_qos_cap_set_packet_pacing_min_rate(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_qos_cap_get_packet_pacing_rate_table_size(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_qos_cap_set_packet_pacing_rate_table_size(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u32 mlx5_qos_cap_get_esw_element_type(const void *buf)
{
	return mlx5_gen_get(buf, 5, 16, 0xffff);
}

static inline void mlx5_qos_cap_set_esw_element_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 16, 0xffff, v);
}
static inline __u32 mlx5_qos_cap_get_esw_tsar_type(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffff);
}

static inline void mlx5_qos_cap_set_esw_tsar_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffff, v);
}
static inline __u32 mlx5_qos_cap_get_max_qos_para_vport(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffff);
}

static inline void mlx5_qos_cap_set_max_qos_para_vport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffff, v);
}
static inline __u32 mlx5_qos_cap_get_max_tsar_bw_share(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_qos_cap_set_max_tsar_bw_share(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32 mlx5_qos_cap_get_nic_element_type(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0xffff);
}

static inline void mlx5_qos_cap_set_nic_element_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0xffff, v);
}
static inline __u32 mlx5_qos_cap_get_nic_tsar_type(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffff);
}

static inline void mlx5_qos_cap_set_nic_tsar_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffff, v);
}
static inline __u32 mlx5_qos_cap_get_log_meter_aso_granularity(const void *buf)
{
	return mlx5_gen_get(buf, 9, 24, 0x1f);
}

static inline void mlx5_qos_cap_set_log_meter_aso_granularity(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 9, 24, 0x1f, v);
}
static inline __u32 mlx5_qos_cap_get_log_meter_aso_max_alloc(const void *buf)
{
	return mlx5_gen_get(buf, 9, 16, 0x1f);
}

static inline void mlx5_qos_cap_set_log_meter_aso_max_alloc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 16, 0x1f, v);
}
static inline __u32 mlx5_qos_cap_get_log_max_num_meter_aso(const void *buf)
{
	return mlx5_gen_get(buf, 9, 8, 0x1f);
}

static inline void mlx5_qos_cap_set_log_max_num_meter_aso(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 8, 0x1f, v);
}

/* debug_cap (256 bytes) */
#define MLX5_DEBUG_CAP_BYTES 256
static inline __u32 mlx5_debug_cap_get_core_dump_general(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_debug_cap_set_core_dump_general(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_debug_cap_get_core_dump_qp(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_debug_cap_set_core_dump_qp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_debug_cap_get_resource_dump(const void *buf)
{
	return mlx5_gen_get(buf, 0, 22, 0x1);
}

static inline void mlx5_debug_cap_set_resource_dump(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 22, 0x1, v);
}
static inline __u32 mlx5_debug_cap_get_stall_detect(const void *buf)
{
	return mlx5_gen_get(buf, 1, 29, 0x1);
}

static inline void mlx5_debug_cap_set_stall_detect(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 29, 0x1, v);
}

/* fpga_cap (256 bytes) */
#define MLX5_FPGA_CAP_BYTES 256
static inline __u32 mlx5_fpga_cap_get_fpga_id(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_fpga_cap_set_fpga_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_fpga_cap_get_fpga_device(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffff);
}

static inline void mlx5_fpga_cap_set_fpga_device(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffff, v);
}
static inline __u32 mlx5_fpga_cap_get_register_file_ver(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_fpga_cap_set_register_file_ver(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fpga_cap_get_fpga_ctrl_modify(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_fpga_cap_set_fpga_ctrl_modify(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_fpga_cap_get_access_reg_query_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 24, 0x3);
}

static inline void mlx5_fpga_cap_set_access_reg_query_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 24, 0x3, v);
}
static inline __u32 mlx5_fpga_cap_get_access_reg_modify_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0x3);
}

static inline void mlx5_fpga_cap_set_access_reg_modify_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0x3, v);
}
static inline __u32 mlx5_fpga_cap_get_image_version(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_fpga_cap_set_image_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fpga_cap_get_image_date(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_fpga_cap_set_image_date(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fpga_cap_get_image_time(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_fpga_cap_set_image_time(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fpga_cap_get_shell_version(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_fpga_cap_set_shell_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline void *mlx5_fpga_cap_shell_caps(void *buf)
{
	return (char *)buf + 48;
}

static inline const void *mlx5_fpga_cap_shell_caps_const(const void *buf)
{
	return (const char *)buf + 48;
}
static inline __u32 mlx5_fpga_cap_get_ieee_vendor_id(const void *buf)
{
	return mlx5_gen_get(buf, 28, 0, 0xffffff);
}

static inline void mlx5_fpga_cap_set_ieee_vendor_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 0, 0xffffff, v);
}
static inline __u32 mlx5_fpga_cap_get_sandbox_product_version(const void *buf)
{
	return mlx5_gen_get(buf, 29, 16, 0xffff);
}

static inline void mlx5_fpga_cap_set_sandbox_product_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 16, 0xffff, v);
}
static inline __u32 mlx5_fpga_cap_get_sandbox_product_id(const void *buf)
{
	return mlx5_gen_get(buf, 29, 0, 0xffff);
}

static inline void mlx5_fpga_cap_set_sandbox_product_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 0, 0xffff, v);
}
static inline __u32 mlx5_fpga_cap_get_sandbox_basic_caps(const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0xffffffff);
}

static inline void mlx5_fpga_cap_set_sandbox_basic_caps(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fpga_cap_get_sandbox_extended_caps_len(const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0xffff);
}

static inline void mlx5_fpga_cap_set_sandbox_extended_caps_len(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0xffff, v);
}
static inline __u64
mlx5_fpga_cap_get_sandbox_extended_caps_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 32);
}

static inline void mlx5_fpga_cap_set_sandbox_extended_caps_addr(void *buf,
								__u64 v)
{
	mlx5_gen_set64(buf, 32, v);
}
static inline __u64 mlx5_fpga_cap_get_fpga_ddr_start_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 34);
}

static inline void mlx5_fpga_cap_set_fpga_ddr_start_addr(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 34, v);
}
static inline __u64 mlx5_fpga_cap_get_fpga_cr_space_start_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 36);
}

static inline void mlx5_fpga_cap_set_fpga_cr_space_start_addr(void *buf,
							      __u64 v)
{
	mlx5_gen_set64(buf, 36, v);
}
static inline __u32 mlx5_fpga_cap_get_fpga_ddr_size(const void *buf)
{
	return mlx5_gen_get(buf, 38, 0, 0xffffffff);
}

static inline void mlx5_fpga_cap_set_fpga_ddr_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 38, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fpga_cap_get_fpga_cr_space_size(const void *buf)
{
	return mlx5_gen_get(buf, 39, 0, 0xffffffff);
}

static inline void mlx5_fpga_cap_set_fpga_cr_space_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 39, 0, 0xffffffff, v);
}

/* fpga_shell_caps (64 bytes) */
#define MLX5_FPGA_SHELL_CAPS_BYTES 64
static inline __u32 mlx5_fpga_shell_caps_get_max_num_qps(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_fpga_shell_caps_set_max_num_qps(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_total_rcv_credits(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_fpga_shell_caps_set_total_rcv_credits(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_qp_type(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0x3);
}

static inline void mlx5_fpga_shell_caps_set_qp_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0x3, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_rae(const void *buf)
{
	return mlx5_gen_get(buf, 1, 10, 0x1);
}

static inline void mlx5_fpga_shell_caps_set_rae(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 10, 0x1, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_rwe(const void *buf)
{
	return mlx5_gen_get(buf, 1, 9, 0x1);
}

static inline void mlx5_fpga_shell_caps_set_rwe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 9, 0x1, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_rre(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0x1);
}

static inline void mlx5_fpga_shell_caps_set_rre(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0x1, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_dc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 3, 0x1);
}

static inline void mlx5_fpga_shell_caps_set_dc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 3, 0x1, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_ud(const void *buf)
{
	return mlx5_gen_get(buf, 1, 2, 0x1);
}

static inline void mlx5_fpga_shell_caps_set_ud(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 2, 0x1, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_uc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 1, 0x1);
}

static inline void mlx5_fpga_shell_caps_set_uc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 1, 0x1, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_rc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x1);
}

static inline void mlx5_fpga_shell_caps_set_rc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x1, v);
}
static inline __u32 mlx5_fpga_shell_caps_get_log_ddr_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0x3f);
}

static inline void mlx5_fpga_shell_caps_set_log_ddr_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0x3f, v);
}
static inline __u32
mlx5_fpga_shell_caps_get_max_fpga_qp_msg_size(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_fpga_shell_caps_set_max_fpga_qp_msg_size(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* tls_cap (256 bytes) */
#define MLX5_TLS_CAP_BYTES 256
static inline __u32 mlx5_tls_cap_get_tls_1_2_aes_gcm_128(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_tls_cap_set_tls_1_2_aes_gcm_128(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_tls_cap_get_tls_1_3_aes_gcm_128(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_tls_cap_set_tls_1_3_aes_gcm_128(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_tls_cap_get_tls_1_2_aes_gcm_256(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_tls_cap_set_tls_1_2_aes_gcm_256(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32 mlx5_tls_cap_get_tls_1_3_aes_gcm_256(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_tls_cap_set_tls_1_3_aes_gcm_256(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}

/* device_mem_cap (256 bytes) */
#define MLX5_DEVICE_MEM_CAP_BYTES 256
static inline __u32 mlx5_device_mem_cap_get_memic(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_device_mem_cap_set_memic(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_device_mem_cap_get_log_min_memic_alloc_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0x1f);
}

static inline void mlx5_device_mem_cap_set_log_min_memic_alloc_size(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0x1f, v);
}
static inline __u32
mlx5_device_mem_cap_get_log_max_memic_addr_alignment(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void
mlx5_device_mem_cap_set_log_max_memic_addr_alignment(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}
static inline __u64
mlx5_device_mem_cap_get_memic_bar_start_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 2);
}

static inline void mlx5_device_mem_cap_set_memic_bar_start_addr(void *buf,
								__u64 v)
{
	mlx5_gen_set64(buf, 2, v);
}
static inline __u32 mlx5_device_mem_cap_get_memic_bar_size(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_device_mem_cap_set_memic_bar_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32 mlx5_device_mem_cap_get_max_memic_size(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_device_mem_cap_set_max_memic_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u64
mlx5_device_mem_cap_get_steering_sw_icm_start_address(const void *buf)
{
	return mlx5_gen_get64(buf, 6);
}

static inline void
mlx5_device_mem_cap_set_steering_sw_icm_start_address(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 6, v);
}
static inline __u32
mlx5_device_mem_cap_get_log_header_modify_sw_icm_size(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0xff);
}

static inline void
mlx5_device_mem_cap_set_log_header_modify_sw_icm_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0xff, v);
}
static inline __u32
mlx5_device_mem_cap_get_log_sw_icm_alloc_granularity(const void *buf)
{
	return mlx5_gen_get(buf, 8, 8, 0x3f);
}

static inline void
mlx5_device_mem_cap_set_log_sw_icm_alloc_granularity(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 8, 0x3f, v);
}
static inline __u32
mlx5_device_mem_cap_get_log_steering_sw_icm_size(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xff);
}

static inline void mlx5_device_mem_cap_set_log_steering_sw_icm_size(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xff, v);
}
static inline __u32
mlx5_device_mem_cap_get_log_header_modify_pattern_sw_icm_size(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xff);
}

static inline void
mlx5_device_mem_cap_set_log_header_modify_pattern_sw_icm_size(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xff, v);
}
static inline __u64
mlx5_device_mem_cap_get_header_modify_sw_icm_start_address(const void *buf)
{
	return mlx5_gen_get64(buf, 10);
}

static inline void
mlx5_device_mem_cap_set_header_modify_sw_icm_start_address(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 10, v);
}
static inline __u64
mlx5_device_mem_cap_get_header_modify_pattern_sw_icm_start_address(
	const void *buf)
{
	return mlx5_gen_get64(buf, 14);
}

static inline void
mlx5_device_mem_cap_set_header_modify_pattern_sw_icm_start_address(void *buf,
								   __u64 v)
{
	mlx5_gen_set64(buf, 14, v);
}
static inline __u32 mlx5_device_mem_cap_get_memic_operations(const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void mlx5_device_mem_cap_set_memic_operations(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}

/* virtio_emulation_cap (256 bytes) */
#define MLX5_VIRTIO_EMULATION_CAP_BYTES 256
static inline __u32
mlx5_virtio_emulation_cap_get_desc_tunnel_offload_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void
mlx5_virtio_emulation_cap_set_desc_tunnel_offload_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_eth_frame_offload_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void
mlx5_virtio_emulation_cap_set_eth_frame_offload_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_virtio_version_1_0(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_virtio_emulation_cap_set_virtio_version_1_0(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_device_features_bits_mask(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0x1fff);
}

static inline void
mlx5_virtio_emulation_cap_set_device_features_bits_mask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0x1fff, v);
}
static inline __u32 mlx5_virtio_emulation_cap_get_event_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xff);
}

static inline void mlx5_virtio_emulation_cap_set_event_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_virtio_queue_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_virtio_emulation_cap_set_virtio_queue_type(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_max_tunnel_desc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void mlx5_virtio_emulation_cap_set_max_tunnel_desc(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_log_doorbell_stride(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0x1f);
}

static inline void mlx5_virtio_emulation_cap_set_log_doorbell_stride(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0x1f, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_log_doorbell_bar_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x1f);
}

static inline void
mlx5_virtio_emulation_cap_set_log_doorbell_bar_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x1f, v);
}
static inline __u64
mlx5_virtio_emulation_cap_get_doorbell_bar_offset(const void *buf)
{
	return mlx5_gen_get64(buf, 2);
}

static inline void mlx5_virtio_emulation_cap_set_doorbell_bar_offset(void *buf,
								     __u64 v)
{
	mlx5_gen_set64(buf, 2, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_max_emulated_devices(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0xff);
}

static inline void mlx5_virtio_emulation_cap_set_max_emulated_devices(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0xff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_max_num_virtio_queues(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void
mlx5_virtio_emulation_cap_set_max_num_virtio_queues(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_umem_1_buffer_param_a(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_virtio_emulation_cap_set_umem_1_buffer_param_a(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_umem_1_buffer_param_b(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_virtio_emulation_cap_set_umem_1_buffer_param_b(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_umem_2_buffer_param_a(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_virtio_emulation_cap_set_umem_2_buffer_param_a(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_umem_2_buffer_param_b(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_virtio_emulation_cap_set_umem_2_buffer_param_b(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_umem_3_buffer_param_a(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_virtio_emulation_cap_set_umem_3_buffer_param_a(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_virtio_emulation_cap_get_umem_3_buffer_param_b(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_virtio_emulation_cap_set_umem_3_buffer_param_b(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}

/* shampo_cap (256 bytes) */
#define MLX5_SHAMPO_CAP_BYTES 256
static inline __u32
mlx5_shampo_cap_get_shampo_log_max_reservation_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1f);
}

static inline void
mlx5_shampo_cap_set_shampo_log_max_reservation_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1f, v);
}
static inline __u32
mlx5_shampo_cap_get_shampo_log_min_reservation_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0x1f);
}

static inline void
mlx5_shampo_cap_set_shampo_log_min_reservation_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0x1f, v);
}
static inline __u32 mlx5_shampo_cap_get_shampo_min_mss_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_shampo_cap_set_shampo_min_mss_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32
mlx5_shampo_cap_get_shampo_max_log_headers_entry_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0x1f);
}

static inline void
mlx5_shampo_cap_set_shampo_max_log_headers_entry_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0x1f, v);
}

/* macsec_cap (256 bytes) */
#define MLX5_MACSEC_CAP_BYTES 256
static inline __u32 mlx5_macsec_cap_get_macsec_epn(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_macsec_cap_set_macsec_epn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_macsec_cap_get_macsec_crypto_esp_aes_gcm_256_encrypt(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void
mlx5_macsec_cap_set_macsec_crypto_esp_aes_gcm_256_encrypt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_macsec_cap_get_macsec_crypto_esp_aes_gcm_128_encrypt(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void
mlx5_macsec_cap_set_macsec_crypto_esp_aes_gcm_128_encrypt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_macsec_cap_get_macsec_crypto_esp_aes_gcm_256_decrypt(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x1);
}

static inline void
mlx5_macsec_cap_set_macsec_crypto_esp_aes_gcm_256_decrypt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x1, v);
}
static inline __u32
mlx5_macsec_cap_get_macsec_crypto_esp_aes_gcm_128_decrypt(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void
mlx5_macsec_cap_set_macsec_crypto_esp_aes_gcm_128_decrypt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}
static inline __u32 mlx5_macsec_cap_get_log_max_macsec_offload(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0x1f);
}

static inline void mlx5_macsec_cap_set_log_max_macsec_offload(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0x1f, v);
}
static inline __u32
mlx5_macsec_cap_get_min_log_macsec_full_replay_window(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0xff);
}

static inline void
mlx5_macsec_cap_set_min_log_macsec_full_replay_window(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0xff, v);
}
static inline __u32
mlx5_macsec_cap_get_max_log_macsec_full_replay_window(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xff);
}

static inline void
mlx5_macsec_cap_set_max_log_macsec_full_replay_window(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xff, v);
}

/* query_adapter_in (16 bytes) */
#define MLX5_QUERY_ADAPTER_IN_BYTES 16
static inline __u32 mlx5_query_adapter_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_adapter_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_adapter_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_adapter_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* query_adapter_out (272 bytes) */
#define MLX5_QUERY_ADAPTER_OUT_BYTES 272
static inline __u32 mlx5_query_adapter_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_adapter_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_adapter_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_adapter_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_adapter_out_query_adapter_struct(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_adapter_out_query_adapter_struct_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* query_adapter_param_block (256 bytes) */
#define MLX5_QUERY_ADAPTER_PARAM_BLOCK_BYTES 256
static inline __u32
mlx5_query_adapter_param_block_get_ieee_vendor_id(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffff);
}

static inline void mlx5_query_adapter_param_block_set_ieee_vendor_id(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffff, v);
}
static inline __u32
mlx5_query_adapter_param_block_get_vsd_vendor_id(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffff);
}

static inline void mlx5_query_adapter_param_block_set_vsd_vendor_id(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffff, v);
}
static inline __u32 mlx5_query_adapter_param_block_get_vsd(const void *buf,
							   unsigned int i)
{
	unsigned int bit = 256 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void
mlx5_query_adapter_param_block_set_vsd(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 256 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}
static inline __u32
mlx5_query_adapter_param_block_get_vsd_contd_psid(const void *buf,
						  unsigned int i)
{
	unsigned int bit = 1920 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void
mlx5_query_adapter_param_block_set_vsd_contd_psid(void *buf, unsigned int i,
						  __u32 v)
{
	unsigned int bit = 1920 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}

/* query_pages_in (16 bytes) */
#define MLX5_QUERY_PAGES_IN_BYTES 16
static inline __u32 mlx5_query_pages_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_pages_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_pages_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_pages_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_pages_in_get_embedded_cpu_function(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_pages_in_set_embedded_cpu_function(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_query_pages_in_get_function_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_pages_in_set_function_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* query_pages_out (16 bytes) */
#define MLX5_QUERY_PAGES_OUT_BYTES 16
static inline __u32 mlx5_query_pages_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_pages_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_pages_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_pages_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_pages_out_get_embedded_cpu_function(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_pages_out_set_embedded_cpu_function(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_query_pages_out_get_function_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_pages_out_set_function_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_query_pages_out_get_num_pages(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_query_pages_out_set_num_pages(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* set_hca_cap_in (4112 bytes) */
#define MLX5_SET_HCA_CAP_IN_BYTES 4112
static inline __u32 mlx5_set_hca_cap_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_set_hca_cap_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_set_hca_cap_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_set_hca_cap_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_set_hca_cap_in_get_other_function(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_set_hca_cap_in_set_other_function(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_set_hca_cap_in_get_function_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_set_hca_cap_in_set_function_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline void *mlx5_set_hca_cap_in_capability(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_set_hca_cap_in_capability_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* set_hca_cap_out (16 bytes) */
#define MLX5_SET_HCA_CAP_OUT_BYTES 16
static inline __u32 mlx5_set_hca_cap_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_set_hca_cap_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_set_hca_cap_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_set_hca_cap_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}

/* query_issi_in (16 bytes) */
#define MLX5_QUERY_ISSI_IN_BYTES 16
static inline __u32 mlx5_query_issi_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_issi_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_issi_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_issi_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* query_issi_out (112 bytes) */
#define MLX5_QUERY_ISSI_OUT_BYTES 112
static inline __u32 mlx5_query_issi_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_issi_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_issi_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_issi_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_issi_out_get_current_issi(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_issi_out_set_current_issi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_query_issi_out_get_supported_issi_dw0(const void *buf)
{
	return mlx5_gen_get(buf, 27, 0, 0xffffffff);
}

static inline void mlx5_query_issi_out_set_supported_issi_dw0(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 27, 0, 0xffffffff, v);
}

/* query_other_hca_cap_in (16 bytes) */
#define MLX5_QUERY_OTHER_HCA_CAP_IN_BYTES 16
static inline __u32 mlx5_query_other_hca_cap_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_other_hca_cap_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_other_hca_cap_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_other_hca_cap_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_other_hca_cap_in_get_function_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_other_hca_cap_in_set_function_id(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* query_other_hca_cap_out (96 bytes) */
#define MLX5_QUERY_OTHER_HCA_CAP_OUT_BYTES 96
static inline __u32 mlx5_query_other_hca_cap_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_other_hca_cap_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_other_hca_cap_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_other_hca_cap_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_other_hca_cap_out_other_capability(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_other_hca_cap_out_other_capability_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* other_hca_cap (80 bytes) */
#define MLX5_OTHER_HCA_CAP_BYTES 80
static inline __u32 mlx5_other_hca_cap_get_roce(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_other_hca_cap_set_roce(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}

/* query_sf_partitions_in (16 bytes) */
#define MLX5_QUERY_SF_PARTITIONS_IN_BYTES 16
static inline __u32 mlx5_query_sf_partitions_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_sf_partitions_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_sf_partitions_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_sf_partitions_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* query_sf_partitions_out (16 bytes) */
#define MLX5_QUERY_SF_PARTITIONS_OUT_BYTES 16
static inline __u32 mlx5_query_sf_partitions_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_sf_partitions_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_sf_partitions_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_sf_partitions_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_sf_partitions_out_get_num_sf_partitions(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xff);
}

static inline void mlx5_query_sf_partitions_out_set_num_sf_partitions(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xff, v);
}
static inline void *mlx5_query_sf_partitions_out_sf_partition(void *buf,
							      unsigned int i)
{
	return (char *)buf + 16 + i * 4;
}

static inline const void *
mlx5_query_sf_partitions_out_sf_partition_const(const void *buf, unsigned int i)
{
	return (const char *)buf + 16 + i * 4;
}

/* sf_partition (4 bytes) */
#define MLX5_SF_PARTITION_BYTES 4
static inline __u32 mlx5_sf_partition_get_log_num_sf(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xff);
}

static inline void mlx5_sf_partition_set_log_num_sf(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xff, v);
}
static inline __u32 mlx5_sf_partition_get_log_sf_bar_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_sf_partition_set_log_sf_bar_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}

/* query_vhca_migration_state_in (16 bytes) */
#define MLX5_QUERY_VHCA_MIGRATION_STATE_IN_BYTES 16
static inline __u32
mlx5_query_vhca_migration_state_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_vhca_migration_state_in_set_opcode(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_vhca_migration_state_in_get_uid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_query_vhca_migration_state_in_set_uid(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32
mlx5_query_vhca_migration_state_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_vhca_migration_state_in_set_op_mod(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_vhca_migration_state_in_get_vhca_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_vhca_migration_state_in_set_vhca_id(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* query_vhca_migration_state_out (64 bytes) */
#define MLX5_QUERY_VHCA_MIGRATION_STATE_OUT_BYTES 64
static inline __u32
mlx5_query_vhca_migration_state_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_vhca_migration_state_out_set_status(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_query_vhca_migration_state_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_vhca_migration_state_out_set_syndrome(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_vhca_migration_state_out_get_required_umem_size(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_query_vhca_migration_state_out_set_required_umem_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}

/* query_mkey_in (16 bytes) */
#define MLX5_QUERY_MKEY_IN_BYTES 16
static inline __u32 mlx5_query_mkey_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_mkey_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_mkey_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_mkey_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_mkey_in_get_mkey_index(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_mkey_in_set_mkey_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_query_mkey_in_get_pg_access(const void *buf)
{
	return mlx5_gen_get(buf, 3, 31, 0x1);
}

static inline void mlx5_query_mkey_in_set_pg_access(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 31, 0x1, v);
}

/* query_mkey_out (304 bytes) */
#define MLX5_QUERY_MKEY_OUT_BYTES 304
static inline __u32 mlx5_query_mkey_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_mkey_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_mkey_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_mkey_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_mkey_out_memory_key_mkey_entry(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_mkey_out_memory_key_mkey_entry_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline __u32
mlx5_query_mkey_out_get_bsf0_klm0_pas_mtt0_1(const void *buf, unsigned int i)
{
	unsigned int bit = 2176 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void
mlx5_query_mkey_out_set_bsf0_klm0_pas_mtt0_1(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 2176 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}
static inline __u32
mlx5_query_mkey_out_get_bsf1_klm1_pas_mtt2_3(const void *buf, unsigned int i)
{
	unsigned int bit = 2304 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void
mlx5_query_mkey_out_set_bsf1_klm1_pas_mtt2_3(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 2304 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}

/* mkc (64 bytes) */
#define MLX5_MKC_BYTES 64
static inline __u32 mlx5_mkc_get_free(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_mkc_set_free(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_mkc_get_access_mode_4_2(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x7);
}

static inline void mlx5_mkc_set_access_mode_4_2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x7, v);
}
static inline __u32 mlx5_mkc_get_relaxed_ordering_write(const void *buf)
{
	return mlx5_gen_get(buf, 0, 18, 0x1);
}

static inline void mlx5_mkc_set_relaxed_ordering_write(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 18, 0x1, v);
}
static inline __u32
mlx5_mkc_get_small_fence_on_rdma_read_response(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0x1);
}

static inline void mlx5_mkc_set_small_fence_on_rdma_read_response(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0x1, v);
}
static inline __u32 mlx5_mkc_get_umr_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 15, 0x1);
}

static inline void mlx5_mkc_set_umr_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 15, 0x1, v);
}
static inline __u32 mlx5_mkc_get_a(const void *buf)
{
	return mlx5_gen_get(buf, 0, 14, 0x1);
}

static inline void mlx5_mkc_set_a(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 14, 0x1, v);
}
static inline __u32 mlx5_mkc_get_rw(const void *buf)
{
	return mlx5_gen_get(buf, 0, 13, 0x1);
}

static inline void mlx5_mkc_set_rw(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 13, 0x1, v);
}
static inline __u32 mlx5_mkc_get_rr(const void *buf)
{
	return mlx5_gen_get(buf, 0, 12, 0x1);
}

static inline void mlx5_mkc_set_rr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 12, 0x1, v);
}
static inline __u32 mlx5_mkc_get_lw(const void *buf)
{
	return mlx5_gen_get(buf, 0, 11, 0x1);
}

static inline void mlx5_mkc_set_lw(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 11, 0x1, v);
}
static inline __u32 mlx5_mkc_get_lr(const void *buf)
{
	return mlx5_gen_get(buf, 0, 10, 0x1);
}

static inline void mlx5_mkc_set_lr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 10, 0x1, v);
}
static inline __u32 mlx5_mkc_get_access_mode_1_0(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x3);
}

static inline void mlx5_mkc_set_access_mode_1_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x3, v);
}
static inline __u32 mlx5_mkc_get_ma_translation_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x3);
}

static inline void mlx5_mkc_set_ma_translation_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x3, v);
}
static inline __u32 mlx5_mkc_get_qpn(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0xffffff);
}

static inline void mlx5_mkc_set_qpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0xffffff, v);
}
static inline __u32 mlx5_mkc_get_mkey_7_0(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_mkc_set_mkey_7_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}
static inline __u32 mlx5_mkc_get_length64(const void *buf)
{
	return mlx5_gen_get(buf, 3, 31, 0x1);
}

static inline void mlx5_mkc_set_length64(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 31, 0x1, v);
}
static inline __u32 mlx5_mkc_get_bsf_en(const void *buf)
{
	return mlx5_gen_get(buf, 3, 30, 0x1);
}

static inline void mlx5_mkc_set_bsf_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 30, 0x1, v);
}
static inline __u32 mlx5_mkc_get_sync_umr(const void *buf)
{
	return mlx5_gen_get(buf, 3, 29, 0x1);
}

static inline void mlx5_mkc_set_sync_umr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 29, 0x1, v);
}
static inline __u32 mlx5_mkc_get_expected_sigerr_count(const void *buf)
{
	return mlx5_gen_get(buf, 3, 26, 0x1);
}

static inline void mlx5_mkc_set_expected_sigerr_count(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 26, 0x1, v);
}
static inline __u32 mlx5_mkc_get_en_rinval(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0x1);
}

static inline void mlx5_mkc_set_en_rinval(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0x1, v);
}
static inline __u32 mlx5_mkc_get_pd(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_mkc_set_pd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}
static inline __u64 mlx5_mkc_get_start_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 4);
}

static inline void mlx5_mkc_set_start_addr(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 4, v);
}
static inline __u64 mlx5_mkc_get_len(const void *buf)
{
	return mlx5_gen_get64(buf, 6);
}

static inline void mlx5_mkc_set_len(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 6, v);
}
static inline __u32 mlx5_mkc_get_bsf_octword_size(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void mlx5_mkc_set_bsf_octword_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mkc_get_translations_octword_size(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void mlx5_mkc_set_translations_octword_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mkc_get_relaxed_ordering_read(const void *buf)
{
	return mlx5_gen_get(buf, 14, 6, 0x1);
}

static inline void mlx5_mkc_set_relaxed_ordering_read(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 6, 0x1, v);
}
static inline __u32 mlx5_mkc_get_log_page_size(const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0x1f);
}

static inline void mlx5_mkc_set_log_page_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0x1f, v);
}

/* query_special_contexts_in (16 bytes) */
#define MLX5_QUERY_SPECIAL_CONTEXTS_IN_BYTES 16
static inline __u32 mlx5_query_special_contexts_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_special_contexts_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_special_contexts_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_special_contexts_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* query_special_contexts_out (32 bytes) */
#define MLX5_QUERY_SPECIAL_CONTEXTS_OUT_BYTES 32
static inline __u32 mlx5_query_special_contexts_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_special_contexts_out_set_status(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_query_special_contexts_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_special_contexts_out_set_syndrome(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_special_contexts_out_get_dump_fill_mkey(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_query_special_contexts_out_set_dump_fill_mkey(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_special_contexts_out_get_resd_lkey(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_query_special_contexts_out_set_resd_lkey(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_special_contexts_out_get_null_mkey(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_query_special_contexts_out_set_null_mkey(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}

/* query_eq_in (16 bytes) */
#define MLX5_QUERY_EQ_IN_BYTES 16
static inline __u32 mlx5_query_eq_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_eq_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_eq_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_eq_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_eq_in_get_eq_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xff);
}

static inline void mlx5_query_eq_in_set_eq_number(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xff, v);
}

/* query_eq_out (272 bytes) */
#define MLX5_QUERY_EQ_OUT_BYTES 272
static inline __u32 mlx5_query_eq_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_eq_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_eq_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_eq_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_eq_out_eq_context_entry(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_eq_out_eq_context_entry_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline __u64 mlx5_query_eq_out_get_event_bitmask(const void *buf)
{
	return mlx5_gen_get64(buf, 22);
}

static inline void mlx5_query_eq_out_set_event_bitmask(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 22, v);
}
static inline __u64 mlx5_query_eq_out_get_pas(const void *buf, unsigned int i)
{
	return mlx5_gen_get64(buf, 68 + i * 2);
}

static inline void mlx5_query_eq_out_set_pas(void *buf, unsigned int i, __u64 v)
{
	mlx5_gen_set64(buf, 68 + i * 2, v);
}

/* eqc (64 bytes) */
#define MLX5_EQC_BYTES 64
static inline __u32 mlx5_eqc_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_eqc_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_eqc_get_ec(const void *buf)
{
	return mlx5_gen_get(buf, 0, 18, 0x1);
}

static inline void mlx5_eqc_set_ec(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 18, 0x1, v);
}
static inline __u32 mlx5_eqc_get_oi(const void *buf)
{
	return mlx5_gen_get(buf, 0, 17, 0x1);
}

static inline void mlx5_eqc_set_oi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 17, 0x1, v);
}
static inline __u32 mlx5_eqc_get_st(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xf);
}

static inline void mlx5_eqc_set_st(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xf, v);
}
static inline __u32 mlx5_eqc_get_page_offset(const void *buf)
{
	return mlx5_gen_get(buf, 2, 6, 0x3f);
}

static inline void mlx5_eqc_set_page_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 6, 0x3f, v);
}
static inline __u32 mlx5_eqc_get_log_eq_size(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0x1f);
}

static inline void mlx5_eqc_set_log_eq_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0x1f, v);
}
static inline __u32 mlx5_eqc_get_uar_page(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_eqc_set_uar_page(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}
static inline __u32 mlx5_eqc_get_intr(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xfff);
}

static inline void mlx5_eqc_set_intr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xfff, v);
}
static inline __u32 mlx5_eqc_get_log_page_size(const void *buf)
{
	return mlx5_gen_get(buf, 6, 24, 0x1f);
}

static inline void mlx5_eqc_set_log_page_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 24, 0x1f, v);
}
static inline __u32 mlx5_eqc_get_consumer_counter(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffff);
}

static inline void mlx5_eqc_set_consumer_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffff, v);
}
static inline __u32 mlx5_eqc_get_producer_counter(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffff);
}

static inline void mlx5_eqc_set_producer_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffff, v);
}

/* query_cq_in (16 bytes) */
#define MLX5_QUERY_CQ_IN_BYTES 16
static inline __u32 mlx5_query_cq_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_cq_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_cq_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_cq_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_cq_in_get_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_cq_in_set_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_cq_out (272 bytes) */
#define MLX5_QUERY_CQ_OUT_BYTES 272
static inline __u32 mlx5_query_cq_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_cq_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_cq_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_cq_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_cq_out_cq_context(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_query_cq_out_cq_context_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline __u64 mlx5_query_cq_out_get_pas(const void *buf, unsigned int i)
{
	return mlx5_gen_get64(buf, 68 + i * 2);
}

static inline void mlx5_query_cq_out_set_pas(void *buf, unsigned int i, __u64 v)
{
	mlx5_gen_set64(buf, 68 + i * 2, v);
}

/* cqc (64 bytes) */
#define MLX5_CQC_BYTES 64
static inline __u32 mlx5_cqc_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_cqc_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_cqc_get_dbr_umem_valid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void mlx5_cqc_set_dbr_umem_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}
static inline __u32 mlx5_cqc_get_apu_cq(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1);
}

static inline void mlx5_cqc_set_apu_cq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1, v);
}
static inline __u32 mlx5_cqc_get_cqe_sz(const void *buf)
{
	return mlx5_gen_get(buf, 0, 21, 0x7);
}

static inline void mlx5_cqc_set_cqe_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 21, 0x7, v);
}
static inline __u32 mlx5_cqc_get_cc(const void *buf)
{
	return mlx5_gen_get(buf, 0, 20, 0x1);
}

static inline void mlx5_cqc_set_cc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 20, 0x1, v);
}
static inline __u32 mlx5_cqc_get_scqe_break_moderation_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 18, 0x1);
}

static inline void mlx5_cqc_set_scqe_break_moderation_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 18, 0x1, v);
}
static inline __u32 mlx5_cqc_get_oi(const void *buf)
{
	return mlx5_gen_get(buf, 0, 17, 0x1);
}

static inline void mlx5_cqc_set_oi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 17, 0x1, v);
}
static inline __u32 mlx5_cqc_get_cq_period_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 15, 0x3);
}

static inline void mlx5_cqc_set_cq_period_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 15, 0x3, v);
}
static inline __u32 mlx5_cqc_get_cqe_comp_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 14, 0x1);
}

static inline void mlx5_cqc_set_cqe_comp_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 14, 0x1, v);
}
static inline __u32 mlx5_cqc_get_mini_cqe_res_format(const void *buf)
{
	return mlx5_gen_get(buf, 0, 12, 0x3);
}

static inline void mlx5_cqc_set_mini_cqe_res_format(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 12, 0x3, v);
}
static inline __u32 mlx5_cqc_get_st(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xf);
}

static inline void mlx5_cqc_set_st(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xf, v);
}
static inline __u32 mlx5_cqc_get_cqe_compression_layout(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3);
}

static inline void mlx5_cqc_set_cqe_compression_layout(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3, v);
}
static inline __u32 mlx5_cqc_get_page_offset(const void *buf)
{
	return mlx5_gen_get(buf, 2, 6, 0x3f);
}

static inline void mlx5_cqc_set_page_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 6, 0x3f, v);
}
static inline __u32 mlx5_cqc_get_log_cq_size(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0x1f);
}

static inline void mlx5_cqc_set_log_cq_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0x1f, v);
}
static inline __u32 mlx5_cqc_get_uar_page(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_cqc_set_uar_page(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}
static inline __u32 mlx5_cqc_get_cq_period(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xfff);
}

static inline void mlx5_cqc_set_cq_period(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xfff, v);
}
static inline __u32 mlx5_cqc_get_cq_max_count(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_cqc_set_cq_max_count(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u32 mlx5_cqc_get_c_eqn_or_apu_element(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_cqc_set_c_eqn_or_apu_element(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32 mlx5_cqc_get_log_page_size(const void *buf)
{
	return mlx5_gen_get(buf, 6, 24, 0x1f);
}

static inline void mlx5_cqc_set_log_page_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 24, 0x1f, v);
}
static inline __u32 mlx5_cqc_get_last_notified_index(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffff);
}

static inline void mlx5_cqc_set_last_notified_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffff, v);
}
static inline __u32 mlx5_cqc_get_last_solicit_index(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffff);
}

static inline void mlx5_cqc_set_last_solicit_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffff, v);
}
static inline __u32 mlx5_cqc_get_consumer_counter(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffff);
}

static inline void mlx5_cqc_set_consumer_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffff, v);
}
static inline __u32 mlx5_cqc_get_producer_counter(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffff);
}

static inline void mlx5_cqc_set_producer_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffff, v);
}
static inline __u64 mlx5_cqc_get_dbr_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 14);
}

static inline void mlx5_cqc_set_dbr_addr(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 14, v);
}

/* query_qp_in (16 bytes) */
#define MLX5_QUERY_QP_IN_BYTES 16
static inline __u32 mlx5_query_qp_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_qp_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_qp_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_qp_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_qp_in_get_qpn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_qp_in_set_qpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_qp_out (272 bytes) */
#define MLX5_QUERY_QP_OUT_BYTES 272
static inline __u32 mlx5_query_qp_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_qp_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_qp_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_qp_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_qp_out_get_opt_param_mask(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_query_qp_out_set_opt_param_mask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_qp_out_get_ece(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_query_qp_out_set_ece(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline void *mlx5_query_qp_out_qpc(void *buf)
{
	return (char *)buf + 24;
}

static inline const void *mlx5_query_qp_out_qpc_const(const void *buf)
{
	return (const char *)buf + 24;
}
static inline __u64 mlx5_query_qp_out_get_pas(const void *buf, unsigned int i)
{
	return mlx5_gen_get64(buf, 68 + i * 2);
}

static inline void mlx5_query_qp_out_set_pas(void *buf, unsigned int i, __u64 v)
{
	mlx5_gen_set64(buf, 68 + i * 2, v);
}

/* qpc (232 bytes) */
#define MLX5_QPC_BYTES 232
static inline __u32 mlx5_qpc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_qpc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_qpc_get_lag_tx_port_affinity(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_qpc_set_lag_tx_port_affinity(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_qpc_get_st(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_qpc_set_st(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_qpc_get_isolate_vl_tc(const void *buf)
{
	return mlx5_gen_get(buf, 0, 13, 0x1);
}

static inline void mlx5_qpc_set_isolate_vl_tc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 13, 0x1, v);
}
static inline __u32 mlx5_qpc_get_pm_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 11, 0x3);
}

static inline void mlx5_qpc_set_pm_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 11, 0x3, v);
}
static inline __u32 mlx5_qpc_get_req_e2e_credit_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x3);
}

static inline void mlx5_qpc_set_req_e2e_credit_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x3, v);
}
static inline __u32 mlx5_qpc_get_offload_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0xf);
}

static inline void mlx5_qpc_set_offload_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0xf, v);
}
static inline __u32 mlx5_qpc_get_end_padding_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x3);
}

static inline void mlx5_qpc_set_end_padding_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x3, v);
}
static inline __u32 mlx5_qpc_get_wq_signature(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_qpc_set_wq_signature(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_qpc_get_block_lb_mc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_qpc_set_block_lb_mc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32 mlx5_qpc_get_atomic_like_write_en(const void *buf)
{
	return mlx5_gen_get(buf, 1, 29, 0x1);
}

static inline void mlx5_qpc_set_atomic_like_write_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 29, 0x1, v);
}
static inline __u32 mlx5_qpc_get_latency_sensitive(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0x1);
}

static inline void mlx5_qpc_set_latency_sensitive(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0x1, v);
}
static inline __u32 mlx5_qpc_get_drain_sigerr(const void *buf)
{
	return mlx5_gen_get(buf, 1, 26, 0x1);
}

static inline void mlx5_qpc_set_drain_sigerr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 26, 0x1, v);
}
static inline __u32 mlx5_qpc_get_pd(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_qpc_set_pd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_mtu(const void *buf)
{
	return mlx5_gen_get(buf, 2, 29, 0x7);
}

static inline void mlx5_qpc_set_mtu(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 29, 0x7, v);
}
static inline __u32 mlx5_qpc_get_log_msg_max(const void *buf)
{
	return mlx5_gen_get(buf, 2, 24, 0x1f);
}

static inline void mlx5_qpc_set_log_msg_max(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 24, 0x1f, v);
}
static inline __u32 mlx5_qpc_get_log_rq_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 19, 0xf);
}

static inline void mlx5_qpc_set_log_rq_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 19, 0xf, v);
}
static inline __u32 mlx5_qpc_get_log_rq_stride(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0x7);
}

static inline void mlx5_qpc_set_log_rq_stride(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0x7, v);
}
static inline __u32 mlx5_qpc_get_no_sq(const void *buf)
{
	return mlx5_gen_get(buf, 2, 15, 0x1);
}

static inline void mlx5_qpc_set_no_sq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 15, 0x1, v);
}
static inline __u32 mlx5_qpc_get_log_sq_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 11, 0xf);
}

static inline void mlx5_qpc_set_log_sq_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 11, 0xf, v);
}
static inline __u32 mlx5_qpc_get_ts_format(const void *buf)
{
	return mlx5_gen_get(buf, 2, 6, 0x3);
}

static inline void mlx5_qpc_set_ts_format(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 6, 0x3, v);
}
static inline __u32 mlx5_qpc_get_rlky(const void *buf)
{
	return mlx5_gen_get(buf, 2, 4, 0x1);
}

static inline void mlx5_qpc_set_rlky(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 4, 0x1, v);
}
static inline __u32 mlx5_qpc_get_ulp_stateless_offload_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_qpc_set_ulp_stateless_offload_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}
static inline __u32 mlx5_qpc_get_counter_set_id(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xff);
}

static inline void mlx5_qpc_set_counter_set_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xff, v);
}
static inline __u32 mlx5_qpc_get_uar_page(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_qpc_set_uar_page(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_user_index(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void mlx5_qpc_set_user_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_log_page_size(const void *buf)
{
	return mlx5_gen_get(buf, 5, 24, 0x1f);
}

static inline void mlx5_qpc_set_log_page_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 24, 0x1f, v);
}
static inline __u32 mlx5_qpc_get_remote_qpn(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_qpc_set_remote_qpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}
static inline void *mlx5_qpc_primary_address_path(void *buf)
{
	return (char *)buf + 24;
}

static inline const void *mlx5_qpc_primary_address_path_const(const void *buf)
{
	return (const char *)buf + 24;
}
static inline void *mlx5_qpc_secondary_address_path(void *buf)
{
	return (char *)buf + 68;
}

static inline const void *mlx5_qpc_secondary_address_path_const(const void *buf)
{
	return (const char *)buf + 68;
}
static inline __u32 mlx5_qpc_get_log_ack_req_freq(const void *buf)
{
	return mlx5_gen_get(buf, 28, 28, 0xf);
}

static inline void mlx5_qpc_set_log_ack_req_freq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 28, 0xf, v);
}
static inline __u32 mlx5_qpc_get_log_sra_max(const void *buf)
{
	return mlx5_gen_get(buf, 28, 21, 0x7);
}

static inline void mlx5_qpc_set_log_sra_max(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 21, 0x7, v);
}
static inline __u32 mlx5_qpc_get_retry_count(const void *buf)
{
	return mlx5_gen_get(buf, 28, 16, 0x7);
}

static inline void mlx5_qpc_set_retry_count(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 16, 0x7, v);
}
static inline __u32 mlx5_qpc_get_rnr_retry(const void *buf)
{
	return mlx5_gen_get(buf, 28, 13, 0x7);
}

static inline void mlx5_qpc_set_rnr_retry(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 13, 0x7, v);
}
static inline __u32 mlx5_qpc_get_fre(const void *buf)
{
	return mlx5_gen_get(buf, 28, 11, 0x1);
}

static inline void mlx5_qpc_set_fre(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 11, 0x1, v);
}
static inline __u32 mlx5_qpc_get_cur_rnr_retry(const void *buf)
{
	return mlx5_gen_get(buf, 28, 8, 0x7);
}

static inline void mlx5_qpc_set_cur_rnr_retry(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 8, 0x7, v);
}
static inline __u32 mlx5_qpc_get_cur_retry_count(const void *buf)
{
	return mlx5_gen_get(buf, 28, 5, 0x7);
}

static inline void mlx5_qpc_set_cur_retry_count(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 5, 0x7, v);
}
static inline __u32 mlx5_qpc_get_next_send_psn(const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0xffffff);
}

static inline void mlx5_qpc_set_next_send_psn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_log_num_dci_stream_channels(const void *buf)
{
	return mlx5_gen_get(buf, 31, 24, 0x1f);
}

static inline void mlx5_qpc_set_log_num_dci_stream_channels(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 24, 0x1f, v);
}
static inline __u32 mlx5_qpc_get_cqn_snd(const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0xffffff);
}

static inline void mlx5_qpc_set_cqn_snd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_log_num_dci_errored_streams(const void *buf)
{
	return mlx5_gen_get(buf, 32, 24, 0x1f);
}

static inline void mlx5_qpc_set_log_num_dci_errored_streams(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 32, 24, 0x1f, v);
}
static inline __u32 mlx5_qpc_get_deth_sqpn(const void *buf)
{
	return mlx5_gen_get(buf, 32, 0, 0xffffff);
}

static inline void mlx5_qpc_set_deth_sqpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 32, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_last_acked_psn(const void *buf)
{
	return mlx5_gen_get(buf, 34, 0, 0xffffff);
}

static inline void mlx5_qpc_set_last_acked_psn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 34, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_ssn(const void *buf)
{
	return mlx5_gen_get(buf, 35, 0, 0xffffff);
}

static inline void mlx5_qpc_set_ssn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_log_rra_max(const void *buf)
{
	return mlx5_gen_get(buf, 36, 21, 0x7);
}

static inline void mlx5_qpc_set_log_rra_max(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 21, 0x7, v);
}
static inline __u32 mlx5_qpc_get_atomic_mode(const void *buf)
{
	return mlx5_gen_get(buf, 36, 16, 0xf);
}

static inline void mlx5_qpc_set_atomic_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 16, 0xf, v);
}
static inline __u32 mlx5_qpc_get_rre(const void *buf)
{
	return mlx5_gen_get(buf, 36, 15, 0x1);
}

static inline void mlx5_qpc_set_rre(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 15, 0x1, v);
}
static inline __u32 mlx5_qpc_get_rwe(const void *buf)
{
	return mlx5_gen_get(buf, 36, 14, 0x1);
}

static inline void mlx5_qpc_set_rwe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 14, 0x1, v);
}
static inline __u32 mlx5_qpc_get_rae(const void *buf)
{
	return mlx5_gen_get(buf, 36, 13, 0x1);
}

static inline void mlx5_qpc_set_rae(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 13, 0x1, v);
}
static inline __u32 mlx5_qpc_get_page_offset(const void *buf)
{
	return mlx5_gen_get(buf, 36, 6, 0x3f);
}

static inline void mlx5_qpc_set_page_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 6, 0x3f, v);
}
static inline __u32 mlx5_qpc_get_cd_slave_receive(const void *buf)
{
	return mlx5_gen_get(buf, 36, 2, 0x1);
}

static inline void mlx5_qpc_set_cd_slave_receive(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 2, 0x1, v);
}
static inline __u32 mlx5_qpc_get_cd_slave_send(const void *buf)
{
	return mlx5_gen_get(buf, 36, 1, 0x1);
}

static inline void mlx5_qpc_set_cd_slave_send(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 1, 0x1, v);
}
static inline __u32 mlx5_qpc_get_cd_master(const void *buf)
{
	return mlx5_gen_get(buf, 36, 0, 0x1);
}

static inline void mlx5_qpc_set_cd_master(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 0, 0x1, v);
}
static inline __u32 mlx5_qpc_get_min_rnr_nak(const void *buf)
{
	return mlx5_gen_get(buf, 37, 24, 0x1f);
}

static inline void mlx5_qpc_set_min_rnr_nak(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 37, 24, 0x1f, v);
}
static inline __u32 mlx5_qpc_get_next_rcv_psn(const void *buf)
{
	return mlx5_gen_get(buf, 37, 0, 0xffffff);
}

static inline void mlx5_qpc_set_next_rcv_psn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 37, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_xrcd(const void *buf)
{
	return mlx5_gen_get(buf, 38, 0, 0xffffff);
}

static inline void mlx5_qpc_set_xrcd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 38, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_cqn_rcv(const void *buf)
{
	return mlx5_gen_get(buf, 39, 0, 0xffffff);
}

static inline void mlx5_qpc_set_cqn_rcv(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 39, 0, 0xffffff, v);
}
static inline __u64 mlx5_qpc_get_dbr_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 40);
}

static inline void mlx5_qpc_set_dbr_addr(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 40, v);
}
static inline __u32 mlx5_qpc_get_q_key(const void *buf)
{
	return mlx5_gen_get(buf, 42, 0, 0xffffffff);
}

static inline void mlx5_qpc_set_q_key(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 42, 0, 0xffffffff, v);
}
static inline __u32 mlx5_qpc_get_rq_type(const void *buf)
{
	return mlx5_gen_get(buf, 43, 24, 0x7);
}

static inline void mlx5_qpc_set_rq_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 43, 24, 0x7, v);
}
static inline __u32 mlx5_qpc_get_srqn_rmpn_xrqn(const void *buf)
{
	return mlx5_gen_get(buf, 43, 0, 0xffffff);
}

static inline void mlx5_qpc_set_srqn_rmpn_xrqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 43, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_rmsn(const void *buf)
{
	return mlx5_gen_get(buf, 44, 0, 0xffffff);
}

static inline void mlx5_qpc_set_rmsn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 44, 0, 0xffffff, v);
}
static inline __u32 mlx5_qpc_get_hw_sq_wqebb_counter(const void *buf)
{
	return mlx5_gen_get(buf, 45, 16, 0xffff);
}

static inline void mlx5_qpc_set_hw_sq_wqebb_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 45, 16, 0xffff, v);
}
static inline __u32 mlx5_qpc_get_sw_sq_wqebb_counter(const void *buf)
{
	return mlx5_gen_get(buf, 45, 0, 0xffff);
}

static inline void mlx5_qpc_set_sw_sq_wqebb_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 45, 0, 0xffff, v);
}
static inline __u32 mlx5_qpc_get_hw_rq_counter(const void *buf)
{
	return mlx5_gen_get(buf, 46, 0, 0xffffffff);
}

static inline void mlx5_qpc_set_hw_rq_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 46, 0, 0xffffffff, v);
}
static inline __u32 mlx5_qpc_get_sw_rq_counter(const void *buf)
{
	return mlx5_gen_get(buf, 47, 0, 0xffffffff);
}

static inline void mlx5_qpc_set_sw_rq_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 47, 0, 0xffffffff, v);
}
static inline __u32 mlx5_qpc_get_cgs(const void *buf)
{
	return mlx5_gen_get(buf, 49, 16, 0x1);
}

static inline void mlx5_qpc_set_cgs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 49, 16, 0x1, v);
}
static inline __u32 mlx5_qpc_get_cs_req(const void *buf)
{
	return mlx5_gen_get(buf, 49, 8, 0xff);
}

static inline void mlx5_qpc_set_cs_req(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 49, 8, 0xff, v);
}
static inline __u32 mlx5_qpc_get_cs_res(const void *buf)
{
	return mlx5_gen_get(buf, 49, 0, 0xff);
}

static inline void mlx5_qpc_set_cs_res(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 49, 0, 0xff, v);
}
static inline __u64 mlx5_qpc_get_dc_access_key(const void *buf)
{
	return mlx5_gen_get64(buf, 50);
}

static inline void mlx5_qpc_set_dc_access_key(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 50, v);
}
static inline __u32 mlx5_qpc_get_dbr_umem_valid(const void *buf)
{
	return mlx5_gen_get(buf, 52, 28, 0x1);
}

static inline void mlx5_qpc_set_dbr_umem_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 52, 28, 0x1, v);
}

/* ads (44 bytes) */
#define MLX5_ADS_BYTES 44
static inline __u32 mlx5_ads_get_fl(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_ads_set_fl(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_ads_get_free_ar(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_ads_set_free_ar(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_ads_get_pkey_index(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_ads_set_pkey_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_ads_get_grh(const void *buf)
{
	return mlx5_gen_get(buf, 1, 23, 0x1);
}

static inline void mlx5_ads_set_grh(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 23, 0x1, v);
}
static inline __u32 mlx5_ads_get_mlid(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0x7f);
}

static inline void mlx5_ads_set_mlid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0x7f, v);
}
static inline __u32 mlx5_ads_get_rlid(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_ads_set_rlid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_ads_get_ack_timeout(const void *buf)
{
	return mlx5_gen_get(buf, 2, 27, 0x1f);
}

static inline void mlx5_ads_set_ack_timeout(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 27, 0x1f, v);
}
static inline __u32 mlx5_ads_get_src_addr_index(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xff);
}

static inline void mlx5_ads_set_src_addr_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xff, v);
}
static inline __u32 mlx5_ads_get_stat_rate(const void *buf)
{
	return mlx5_gen_get(buf, 2, 8, 0xf);
}

static inline void mlx5_ads_set_stat_rate(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 8, 0xf, v);
}
static inline __u32 mlx5_ads_get_hop_limit(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xff);
}

static inline void mlx5_ads_set_hop_limit(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xff, v);
}
static inline __u32 mlx5_ads_get_tclass(const void *buf)
{
	return mlx5_gen_get(buf, 3, 20, 0xff);
}

static inline void mlx5_ads_set_tclass(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 20, 0xff, v);
}
static inline __u32 mlx5_ads_get_flow_label(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xfffff);
}

static inline void mlx5_ads_set_flow_label(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xfffff, v);
}
static inline __u32 mlx5_ads_get_rgid_rip(const void *buf, unsigned int i)
{
	unsigned int bit = 128 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void mlx5_ads_set_rgid_rip(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 128 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}
static inline __u32 mlx5_ads_get_f_dscp(const void *buf)
{
	return mlx5_gen_get(buf, 8, 27, 0x1);
}

static inline void mlx5_ads_set_f_dscp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 27, 0x1, v);
}
static inline __u32 mlx5_ads_get_f_ecn(const void *buf)
{
	return mlx5_gen_get(buf, 8, 26, 0x1);
}

static inline void mlx5_ads_set_f_ecn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 26, 0x1, v);
}
static inline __u32 mlx5_ads_get_f_eth_prio(const void *buf)
{
	return mlx5_gen_get(buf, 8, 24, 0x1);
}

static inline void mlx5_ads_set_f_eth_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 24, 0x1, v);
}
static inline __u32 mlx5_ads_get_ecn(const void *buf)
{
	return mlx5_gen_get(buf, 8, 22, 0x3);
}

static inline void mlx5_ads_set_ecn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 22, 0x3, v);
}
static inline __u32 mlx5_ads_get_dscp(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0x3f);
}

static inline void mlx5_ads_set_dscp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0x3f, v);
}
static inline __u32 mlx5_ads_get_udp_sport(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffff);
}

static inline void mlx5_ads_set_udp_sport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffff, v);
}
static inline __u32 mlx5_ads_get_dei_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 9, 31, 0x1);
}

static inline void mlx5_ads_set_dei_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 31, 0x1, v);
}
static inline __u32 mlx5_ads_get_eth_prio(const void *buf)
{
	return mlx5_gen_get(buf, 9, 28, 0x7);
}

static inline void mlx5_ads_set_eth_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 28, 0x7, v);
}
static inline __u32 mlx5_ads_get_sl(const void *buf)
{
	return mlx5_gen_get(buf, 9, 24, 0xf);
}

static inline void mlx5_ads_set_sl(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 24, 0xf, v);
}
static inline __u32 mlx5_ads_get_vhca_port_num(const void *buf)
{
	return mlx5_gen_get(buf, 9, 16, 0xff);
}

static inline void mlx5_ads_set_vhca_port_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 16, 0xff, v);
}
static inline __u32 mlx5_ads_get_rmac_47_32(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffff);
}

static inline void mlx5_ads_set_rmac_47_32(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffff, v);
}
static inline __u32 mlx5_ads_get_rmac_31_0(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void mlx5_ads_set_rmac_31_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}

/* query_srq_in (16 bytes) */
#define MLX5_QUERY_SRQ_IN_BYTES 16
static inline __u32 mlx5_query_srq_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_srq_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_srq_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_srq_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_srq_in_get_srqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_srq_in_set_srqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_srq_out (272 bytes) */
#define MLX5_QUERY_SRQ_OUT_BYTES 272
static inline __u32 mlx5_query_srq_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_srq_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_srq_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_srq_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_srq_out_srq_context_entry(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_srq_out_srq_context_entry_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline __u64 mlx5_query_srq_out_get_pas(const void *buf, unsigned int i)
{
	return mlx5_gen_get64(buf, 68 + i * 2);
}

static inline void mlx5_query_srq_out_set_pas(void *buf, unsigned int i,
					      __u64 v)
{
	mlx5_gen_set64(buf, 68 + i * 2, v);
}

/* srqc (64 bytes) */
#define MLX5_SRQC_BYTES 64
static inline __u32 mlx5_srqc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_srqc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_srqc_get_log_srq_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_srqc_set_log_srq_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_srqc_get_wq_signature(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_srqc_set_wq_signature(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_srqc_get_cont_srq(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_srqc_set_cont_srq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32 mlx5_srqc_get_rlky(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0x1);
}

static inline void mlx5_srqc_set_rlky(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0x1, v);
}
static inline __u32 mlx5_srqc_get_log_rq_stride(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0x7);
}

static inline void mlx5_srqc_set_log_rq_stride(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0x7, v);
}
static inline __u32 mlx5_srqc_get_xrcd(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_srqc_set_xrcd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32 mlx5_srqc_get_page_offset(const void *buf)
{
	return mlx5_gen_get(buf, 2, 26, 0x3f);
}

static inline void mlx5_srqc_set_page_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 26, 0x3f, v);
}
static inline __u32 mlx5_srqc_get_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_srqc_set_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_srqc_get_log_page_size(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0x3f);
}

static inline void mlx5_srqc_set_log_page_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0x3f, v);
}
static inline __u32 mlx5_srqc_get_pd(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffff);
}

static inline void mlx5_srqc_set_pd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffff, v);
}
static inline __u32 mlx5_srqc_get_lwm(const void *buf)
{
	return mlx5_gen_get(buf, 7, 16, 0xffff);
}

static inline void mlx5_srqc_set_lwm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 16, 0xffff, v);
}
static inline __u32 mlx5_srqc_get_wqe_cnt(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffff);
}

static inline void mlx5_srqc_set_wqe_cnt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffff, v);
}
static inline __u64 mlx5_srqc_get_dbr_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 10);
}

static inline void mlx5_srqc_set_dbr_addr(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 10, v);
}

/* query_xrc_srq_in (16 bytes) */
#define MLX5_QUERY_XRC_SRQ_IN_BYTES 16
static inline __u32 mlx5_query_xrc_srq_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_xrc_srq_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_xrc_srq_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_xrc_srq_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_xrc_srq_in_get_xrc_srqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_xrc_srq_in_set_xrc_srqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_xrc_srq_out (272 bytes) */
#define MLX5_QUERY_XRC_SRQ_OUT_BYTES 272
static inline __u32 mlx5_query_xrc_srq_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_xrc_srq_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_xrc_srq_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_xrc_srq_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_xrc_srq_out_xrc_srq_context_entry(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_xrc_srq_out_xrc_srq_context_entry_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline __u64 mlx5_query_xrc_srq_out_get_pas(const void *buf,
						   unsigned int i)
{
	return mlx5_gen_get64(buf, 68 + i * 2);
}

static inline void mlx5_query_xrc_srq_out_set_pas(void *buf, unsigned int i,
						  __u64 v)
{
	mlx5_gen_set64(buf, 68 + i * 2, v);
}

/* xrc_srqc (64 bytes) */
#define MLX5_XRC_SRQC_BYTES 64
static inline __u32 mlx5_xrc_srqc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_xrc_srqc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_xrc_srqc_get_log_xrc_srq_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_xrc_srqc_set_log_xrc_srq_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_xrc_srqc_get_wq_signature(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_xrc_srqc_set_wq_signature(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_xrc_srqc_get_cont_srq(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_xrc_srqc_set_cont_srq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32 mlx5_xrc_srqc_get_rlky(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0x1);
}

static inline void mlx5_xrc_srqc_set_rlky(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0x1, v);
}
static inline __u32 mlx5_xrc_srqc_get_basic_cyclic_rcv_wqe(const void *buf)
{
	return mlx5_gen_get(buf, 1, 27, 0x1);
}

static inline void mlx5_xrc_srqc_set_basic_cyclic_rcv_wqe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 27, 0x1, v);
}
static inline __u32 mlx5_xrc_srqc_get_log_rq_stride(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0x7);
}

static inline void mlx5_xrc_srqc_set_log_rq_stride(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0x7, v);
}
static inline __u32 mlx5_xrc_srqc_get_xrcd(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_xrc_srqc_set_xrcd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32 mlx5_xrc_srqc_get_page_offset(const void *buf)
{
	return mlx5_gen_get(buf, 2, 26, 0x3f);
}

static inline void mlx5_xrc_srqc_set_page_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 26, 0x3f, v);
}
static inline __u32 mlx5_xrc_srqc_get_dbr_umem_valid(const void *buf)
{
	return mlx5_gen_get(buf, 2, 24, 0x1);
}

static inline void mlx5_xrc_srqc_set_dbr_umem_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 24, 0x1, v);
}
static inline __u32 mlx5_xrc_srqc_get_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_xrc_srqc_set_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_xrc_srqc_get_user_index_equal_xrc_srqn(const void *buf)
{
	return mlx5_gen_get(buf, 4, 31, 0x1);
}

static inline void mlx5_xrc_srqc_set_user_index_equal_xrc_srqn(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 4, 31, 0x1, v);
}
static inline __u32 mlx5_xrc_srqc_get_log_page_size(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0x3f);
}

static inline void mlx5_xrc_srqc_set_log_page_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0x3f, v);
}
static inline __u32 mlx5_xrc_srqc_get_user_index(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void mlx5_xrc_srqc_set_user_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32 mlx5_xrc_srqc_get_pd(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffff);
}

static inline void mlx5_xrc_srqc_set_pd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffff, v);
}
static inline __u32 mlx5_xrc_srqc_get_lwm(const void *buf)
{
	return mlx5_gen_get(buf, 7, 16, 0xffff);
}

static inline void mlx5_xrc_srqc_set_lwm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 16, 0xffff, v);
}
static inline __u32 mlx5_xrc_srqc_get_wqe_cnt(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffff);
}

static inline void mlx5_xrc_srqc_set_wqe_cnt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffff, v);
}
static inline __u32 mlx5_xrc_srqc_get_db_record_addr_h(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void mlx5_xrc_srqc_set_db_record_addr_h(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32 mlx5_xrc_srqc_get_db_record_addr_l(const void *buf)
{
	return mlx5_gen_get(buf, 11, 2, 0x3fffffff);
}

static inline void mlx5_xrc_srqc_set_db_record_addr_l(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 2, 0x3fffffff, v);
}

/* query_dct_in (16 bytes) */
#define MLX5_QUERY_DCT_IN_BYTES 16
static inline __u32 mlx5_query_dct_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_dct_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_dct_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_dct_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_dct_in_get_dctn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_dct_in_set_dctn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_dct_out (128 bytes) */
#define MLX5_QUERY_DCT_OUT_BYTES 128
static inline __u32 mlx5_query_dct_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_dct_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_dct_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_dct_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_dct_out_dct_context_entry(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_dct_out_dct_context_entry_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* dctc (64 bytes) */
#define MLX5_DCTC_BYTES 64
static inline __u32 mlx5_dctc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_dctc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_dctc_get_user_index(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_dctc_set_user_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32 mlx5_dctc_get_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_dctc_set_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_dctc_get_counter_set_id(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xff);
}

static inline void mlx5_dctc_set_counter_set_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xff, v);
}
static inline __u32 mlx5_dctc_get_atomic_mode(const void *buf)
{
	return mlx5_gen_get(buf, 3, 20, 0xf);
}

static inline void mlx5_dctc_set_atomic_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 20, 0xf, v);
}
static inline __u32 mlx5_dctc_get_rre(const void *buf)
{
	return mlx5_gen_get(buf, 3, 19, 0x1);
}

static inline void mlx5_dctc_set_rre(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 19, 0x1, v);
}
static inline __u32 mlx5_dctc_get_rwe(const void *buf)
{
	return mlx5_gen_get(buf, 3, 18, 0x1);
}

static inline void mlx5_dctc_set_rwe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 18, 0x1, v);
}
static inline __u32 mlx5_dctc_get_rae(const void *buf)
{
	return mlx5_gen_get(buf, 3, 17, 0x1);
}

static inline void mlx5_dctc_set_rae(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 17, 0x1, v);
}
static inline __u32 mlx5_dctc_get_atomic_like_write_en(const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0x1);
}

static inline void mlx5_dctc_set_atomic_like_write_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0x1, v);
}
static inline __u32 mlx5_dctc_get_latency_sensitive(const void *buf)
{
	return mlx5_gen_get(buf, 3, 15, 0x1);
}

static inline void mlx5_dctc_set_latency_sensitive(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 15, 0x1, v);
}
static inline __u32 mlx5_dctc_get_rlky(const void *buf)
{
	return mlx5_gen_get(buf, 3, 14, 0x1);
}

static inline void mlx5_dctc_set_rlky(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 14, 0x1, v);
}
static inline __u32 mlx5_dctc_get_free_ar(const void *buf)
{
	return mlx5_gen_get(buf, 3, 13, 0x1);
}

static inline void mlx5_dctc_set_free_ar(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 13, 0x1, v);
}
static inline __u32 mlx5_dctc_get_cs_res(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xff);
}

static inline void mlx5_dctc_set_cs_res(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xff, v);
}
static inline __u32 mlx5_dctc_get_min_rnr_nak(const void *buf)
{
	return mlx5_gen_get(buf, 4, 8, 0x1f);
}

static inline void mlx5_dctc_set_min_rnr_nak(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 8, 0x1f, v);
}
static inline __u32 mlx5_dctc_get_srqn_xrqn(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_dctc_set_srqn_xrqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}
static inline __u32 mlx5_dctc_get_pd(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffff);
}

static inline void mlx5_dctc_set_pd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffff, v);
}
static inline __u32 mlx5_dctc_get_tclass(const void *buf)
{
	return mlx5_gen_get(buf, 7, 24, 0xff);
}

static inline void mlx5_dctc_set_tclass(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 24, 0xff, v);
}
static inline __u32 mlx5_dctc_get_flow_label(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xfffff);
}

static inline void mlx5_dctc_set_flow_label(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xfffff, v);
}
static inline __u64 mlx5_dctc_get_dc_access_key(const void *buf)
{
	return mlx5_gen_get64(buf, 8);
}

static inline void mlx5_dctc_set_dc_access_key(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 8, v);
}
static inline __u32 mlx5_dctc_get_mtu(const void *buf)
{
	return mlx5_gen_get(buf, 10, 24, 0x7);
}

static inline void mlx5_dctc_set_mtu(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 24, 0x7, v);
}
static inline __u32 mlx5_dctc_get_port(const void *buf)
{
	return mlx5_gen_get(buf, 10, 16, 0xff);
}

static inline void mlx5_dctc_set_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 16, 0xff, v);
}
static inline __u32 mlx5_dctc_get_pkey_index(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffff);
}

static inline void mlx5_dctc_set_pkey_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffff, v);
}
static inline __u32 mlx5_dctc_get_my_addr_index(const void *buf)
{
	return mlx5_gen_get(buf, 11, 16, 0xff);
}

static inline void mlx5_dctc_set_my_addr_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 16, 0xff, v);
}
static inline __u32 mlx5_dctc_get_hop_limit(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xff);
}

static inline void mlx5_dctc_set_hop_limit(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xff, v);
}
static inline __u32 mlx5_dctc_get_dc_access_key_violation_count(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void mlx5_dctc_set_dc_access_key_violation_count(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32 mlx5_dctc_get_dei_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 13, 11, 0x1);
}

static inline void mlx5_dctc_set_dei_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 11, 0x1, v);
}
static inline __u32 mlx5_dctc_get_eth_prio(const void *buf)
{
	return mlx5_gen_get(buf, 13, 8, 0x7);
}

static inline void mlx5_dctc_set_eth_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 8, 0x7, v);
}
static inline __u32 mlx5_dctc_get_ecn(const void *buf)
{
	return mlx5_gen_get(buf, 13, 6, 0x3);
}

static inline void mlx5_dctc_set_ecn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 6, 0x3, v);
}
static inline __u32 mlx5_dctc_get_dscp(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0x3f);
}

static inline void mlx5_dctc_set_dscp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0x3f, v);
}
static inline __u32 mlx5_dctc_get_ece(const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void mlx5_dctc_set_ece(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}

/* query_xrq_in (16 bytes) */
#define MLX5_QUERY_XRQ_IN_BYTES 16
static inline __u32 mlx5_query_xrq_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_xrq_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_xrq_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_xrq_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_xrq_in_get_xrqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_xrq_in_set_xrqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_xrq_out (336 bytes) */
#define MLX5_QUERY_XRQ_OUT_BYTES 336
static inline __u32 mlx5_query_xrq_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_xrq_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_xrq_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_xrq_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_xrq_out_xrq_context(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_query_xrq_out_xrq_context_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* xrqc (320 bytes) */
#define MLX5_XRQC_BYTES 320
static inline __u32 mlx5_xrqc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_xrqc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_xrqc_get_rlkey(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_xrqc_set_rlkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32 mlx5_xrqc_get_topology(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xf);
}

static inline void mlx5_xrqc_set_topology(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xf, v);
}
static inline __u32 mlx5_xrqc_get_offload(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_xrqc_set_offload(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}
static inline __u32 mlx5_xrqc_get_user_index(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_xrqc_set_user_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32 mlx5_xrqc_get_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_xrqc_set_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline void *mlx5_xrqc_tag_matching_topology_context(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *
mlx5_xrqc_tag_matching_topology_context_const(const void *buf)
{
	return (const char *)buf + 32;
}
static inline void *mlx5_xrqc_wq(void *buf)
{
	return (char *)buf + 128;
}

static inline const void *mlx5_xrqc_wq_const(const void *buf)
{
	return (const char *)buf + 128;
}

/* tag_matching_topology_context (16 bytes) */
#define MLX5_TAG_MATCHING_TOPOLOGY_CONTEXT_BYTES 16
static inline __u32
mlx5_tag_matching_topology_context_get_log_matching_list_sz(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void
mlx5_tag_matching_topology_context_set_log_matching_list_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32
mlx5_tag_matching_topology_context_get_append_next_index(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void
mlx5_tag_matching_topology_context_set_append_next_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32
mlx5_tag_matching_topology_context_get_sw_phase_cnt(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void
mlx5_tag_matching_topology_context_set_sw_phase_cnt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32
mlx5_tag_matching_topology_context_get_hw_phase_cnt(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void
mlx5_tag_matching_topology_context_set_hw_phase_cnt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* wq (192 bytes) */
#define MLX5_WQ_BYTES 192
static inline __u32 mlx5_wq_get_wq_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_wq_set_wq_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_wq_get_wq_signature(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_wq_set_wq_signature(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32 mlx5_wq_get_end_padding_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x3);
}

static inline void mlx5_wq_set_end_padding_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x3, v);
}
static inline __u32 mlx5_wq_get_cd_slave(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1);
}

static inline void mlx5_wq_set_cd_slave(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1, v);
}
static inline __u32 mlx5_wq_get_hds_skip_first_sge(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_wq_set_hds_skip_first_sge(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_wq_get_log2_hds_buf_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0x7);
}

static inline void mlx5_wq_set_log2_hds_buf_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0x7, v);
}
static inline __u32 mlx5_wq_get_page_offset(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0x1f);
}

static inline void mlx5_wq_set_page_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0x1f, v);
}
static inline __u32 mlx5_wq_get_lwm(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_wq_set_lwm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_wq_get_pd(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_wq_set_pd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_wq_get_uar_page(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_wq_set_uar_page(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}
static inline __u64 mlx5_wq_get_dbr_addr(const void *buf)
{
	return mlx5_gen_get64(buf, 4);
}

static inline void mlx5_wq_set_dbr_addr(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 4, v);
}
static inline __u32 mlx5_wq_get_hw_counter(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_wq_set_hw_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32 mlx5_wq_get_sw_counter(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_wq_set_sw_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32 mlx5_wq_get_log_wq_stride(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0xf);
}

static inline void mlx5_wq_set_log_wq_stride(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0xf, v);
}
static inline __u32 mlx5_wq_get_log_wq_pg_sz(const void *buf)
{
	return mlx5_gen_get(buf, 8, 8, 0x1f);
}

static inline void mlx5_wq_set_log_wq_pg_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 8, 0x1f, v);
}
static inline __u32 mlx5_wq_get_log_wq_sz(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0x1f);
}

static inline void mlx5_wq_set_log_wq_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0x1f, v);
}
static inline __u32 mlx5_wq_get_dbr_umem_valid(const void *buf)
{
	return mlx5_gen_get(buf, 9, 31, 0x1);
}

static inline void mlx5_wq_set_dbr_umem_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 31, 0x1, v);
}
static inline __u32 mlx5_wq_get_wq_umem_valid(const void *buf)
{
	return mlx5_gen_get(buf, 9, 30, 0x1);
}

static inline void mlx5_wq_set_wq_umem_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 30, 0x1, v);
}
static inline __u32 mlx5_wq_get_log_hairpin_num_packets(const void *buf)
{
	return mlx5_gen_get(buf, 9, 24, 0x1f);
}

static inline void mlx5_wq_set_log_hairpin_num_packets(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 24, 0x1f, v);
}
static inline __u32 mlx5_wq_get_log_hairpin_data_sz(const void *buf)
{
	return mlx5_gen_get(buf, 9, 16, 0x1f);
}

static inline void mlx5_wq_set_log_hairpin_data_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 16, 0x1f, v);
}
static inline __u32 mlx5_wq_get_log_wqe_num_of_strides(const void *buf)
{
	return mlx5_gen_get(buf, 9, 8, 0xf);
}

static inline void mlx5_wq_set_log_wqe_num_of_strides(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 8, 0xf, v);
}
static inline __u32 mlx5_wq_get_two_byte_shift_en(const void *buf)
{
	return mlx5_gen_get(buf, 9, 7, 0x1);
}

static inline void mlx5_wq_set_two_byte_shift_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 7, 0x1, v);
}
static inline __u32 mlx5_wq_get_log_wqe_stride_size(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0x7);
}

static inline void mlx5_wq_set_log_wqe_stride_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0x7, v);
}
static inline __u32 mlx5_wq_get_headers_mkey(const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void mlx5_wq_set_headers_mkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32 mlx5_wq_get_shampo_enable(const void *buf)
{
	return mlx5_gen_get(buf, 15, 31, 0x1);
}

static inline void mlx5_wq_set_shampo_enable(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 31, 0x1, v);
}
static inline __u32 mlx5_wq_get_log_reservation_size(const void *buf)
{
	return mlx5_gen_get(buf, 15, 24, 0x7);
}

static inline void mlx5_wq_set_log_reservation_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 24, 0x7, v);
}
static inline __u32
mlx5_wq_get_log_max_num_of_packets_per_reservation(const void *buf)
{
	return mlx5_gen_get(buf, 15, 16, 0x7);
}

static inline void mlx5_wq_set_log_max_num_of_packets_per_reservation(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 15, 16, 0x7, v);
}
static inline __u32 mlx5_wq_get_log_headers_entry_size(const void *buf)
{
	return mlx5_gen_get(buf, 15, 8, 0x3);
}

static inline void mlx5_wq_set_log_headers_entry_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 8, 0x3, v);
}
static inline __u32 mlx5_wq_get_log_headers_buffer_entry_num(const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xf);
}

static inline void mlx5_wq_set_log_headers_buffer_entry_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xf, v);
}
static inline void *mlx5_wq_pas(void *buf, unsigned int i)
{
	return (char *)buf + 192 + i * 8;
}

static inline const void *mlx5_wq_pas_const(const void *buf, unsigned int i)
{
	return (const char *)buf + 192 + i * 8;
}

/* cmd_pas (8 bytes) */
#define MLX5_CMD_PAS_BYTES 8
static inline __u32 mlx5_cmd_pas_get_pa_h(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_cmd_pas_set_pa_h(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32 mlx5_cmd_pas_get_pa_l(const void *buf)
{
	return mlx5_gen_get(buf, 1, 12, 0xfffff);
}

static inline void mlx5_cmd_pas_set_pa_l(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 12, 0xfffff, v);
}

/* query_esw_functions_in (16 bytes) */
#define MLX5_QUERY_ESW_FUNCTIONS_IN_BYTES 16
static inline __u32 mlx5_query_esw_functions_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_esw_functions_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_esw_functions_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_esw_functions_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* query_esw_functions_out (128 bytes) */
#define MLX5_QUERY_ESW_FUNCTIONS_OUT_BYTES 128
static inline __u32 mlx5_query_esw_functions_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_esw_functions_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_esw_functions_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_esw_functions_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_esw_functions_out_host_params_context(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_esw_functions_out_host_params_context_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline __u64
mlx5_query_esw_functions_out_get_host_sf_enable(const void *buf, unsigned int i)
{
	return mlx5_gen_get64(buf, 32 + i * 2);
}

static inline void
mlx5_query_esw_functions_out_set_host_sf_enable(void *buf, unsigned int i,
						__u64 v)
{
	mlx5_gen_set64(buf, 32 + i * 2, v);
}

/* host_params_context (64 bytes) */
#define MLX5_HOST_PARAMS_CONTEXT_BYTES 64
static inline __u32 mlx5_host_params_context_get_host_number(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_host_params_context_set_host_number(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_host_params_context_get_host_pf_not_exist(const void *buf)
{
	return mlx5_gen_get(buf, 0, 18, 0x1);
}

static inline void mlx5_host_params_context_set_host_pf_not_exist(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 18, 0x1, v);
}
static inline __u32
mlx5_host_params_context_get_host_pf_disabled(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0x1);
}

static inline void mlx5_host_params_context_set_host_pf_disabled(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0x1, v);
}
static inline __u32
mlx5_host_params_context_get_host_num_of_vfs(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_host_params_context_set_host_num_of_vfs(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_host_params_context_get_host_total_vfs(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void mlx5_host_params_context_set_host_total_vfs(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32 mlx5_host_params_context_get_host_pci_bus(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_host_params_context_set_host_pci_bus(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_host_params_context_get_host_pci_device(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_host_params_context_set_host_pci_device(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32
mlx5_host_params_context_get_host_pci_function(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffff);
}

static inline void mlx5_host_params_context_set_host_pci_function(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffff, v);
}

/* query_vport_state_in (16 bytes) */
#define MLX5_QUERY_VPORT_STATE_IN_BYTES 16
static inline __u32 mlx5_query_vport_state_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_vport_state_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_vport_state_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_vport_state_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_vport_state_in_get_other_vport(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_vport_state_in_set_other_vport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_query_vport_state_in_get_vport_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_vport_state_in_set_vport_number(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* query_vport_state_out (16 bytes) */
#define MLX5_QUERY_VPORT_STATE_OUT_BYTES 16
static inline __u32 mlx5_query_vport_state_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_vport_state_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_vport_state_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_vport_state_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_vport_state_out_get_admin_state(const void *buf)
{
	return mlx5_gen_get(buf, 3, 4, 0xf);
}

static inline void mlx5_query_vport_state_out_set_admin_state(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 3, 4, 0xf, v);
}
static inline __u32 mlx5_query_vport_state_out_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xf);
}

static inline void mlx5_query_vport_state_out_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xf, v);
}

/* query_esw_vport_context_in (16 bytes) */
#define MLX5_QUERY_ESW_VPORT_CONTEXT_IN_BYTES 16
static inline __u32 mlx5_query_esw_vport_context_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_esw_vport_context_in_set_opcode(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_esw_vport_context_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_esw_vport_context_in_set_op_mod(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_esw_vport_context_in_get_other_vport(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_esw_vport_context_in_set_other_vport(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32
mlx5_query_esw_vport_context_in_get_vport_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_esw_vport_context_in_set_vport_number(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* query_esw_vport_context_out (272 bytes) */
#define MLX5_QUERY_ESW_VPORT_CONTEXT_OUT_BYTES 272
static inline __u32 mlx5_query_esw_vport_context_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_esw_vport_context_out_set_status(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_query_esw_vport_context_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_esw_vport_context_out_set_syndrome(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *
mlx5_query_esw_vport_context_out_esw_vport_context(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_esw_vport_context_out_esw_vport_context_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* esw_vport_context (256 bytes) */
#define MLX5_ESW_VPORT_CONTEXT_BYTES 256
static inline __u32
mlx5_esw_vport_context_get_fdb_to_vport_reg_c(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_esw_vport_context_set_fdb_to_vport_reg_c(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_esw_vport_context_get_vport_svlan_strip(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_esw_vport_context_set_vport_svlan_strip(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_esw_vport_context_get_vport_cvlan_strip(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_esw_vport_context_set_vport_cvlan_strip(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_esw_vport_context_get_vport_svlan_insert(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x1);
}

static inline void mlx5_esw_vport_context_set_vport_svlan_insert(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x1, v);
}
static inline __u32
mlx5_esw_vport_context_get_vport_cvlan_insert(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x3);
}

static inline void mlx5_esw_vport_context_set_vport_cvlan_insert(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x3, v);
}
static inline __u32
mlx5_esw_vport_context_get_fdb_to_vport_reg_c_id(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_esw_vport_context_set_fdb_to_vport_reg_c_id(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_esw_vport_context_get_svlan_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_esw_vport_context_set_svlan_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_esw_vport_context_get_svlan_pcp(const void *buf)
{
	return mlx5_gen_get(buf, 2, 28, 0x7);
}

static inline void mlx5_esw_vport_context_set_svlan_pcp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 28, 0x7, v);
}
static inline __u32 mlx5_esw_vport_context_get_svlan_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xfff);
}

static inline void mlx5_esw_vport_context_set_svlan_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xfff, v);
}
static inline __u32 mlx5_esw_vport_context_get_cvlan_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 2, 15, 0x1);
}

static inline void mlx5_esw_vport_context_set_cvlan_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 15, 0x1, v);
}
static inline __u32 mlx5_esw_vport_context_get_cvlan_pcp(const void *buf)
{
	return mlx5_gen_get(buf, 2, 12, 0x7);
}

static inline void mlx5_esw_vport_context_set_cvlan_pcp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 12, 0x7, v);
}
static inline __u32 mlx5_esw_vport_context_get_cvlan_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xfff);
}

static inline void mlx5_esw_vport_context_set_cvlan_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xfff, v);
}
static inline __u64
mlx5_esw_vport_context_get_sw_steering_vport_icm_address_rx(const void *buf)
{
	return mlx5_gen_get64(buf, 60);
}

static inline void
mlx5_esw_vport_context_set_sw_steering_vport_icm_address_rx(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 60, v);
}
static inline __u64
mlx5_esw_vport_context_get_sw_steering_vport_icm_address_tx(const void *buf)
{
	return mlx5_gen_get64(buf, 62);
}

static inline void
mlx5_esw_vport_context_set_sw_steering_vport_icm_address_tx(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 62, v);
}

/* query_nic_vport_context_in (16 bytes) */
#define MLX5_QUERY_NIC_VPORT_CONTEXT_IN_BYTES 16
static inline __u32 mlx5_query_nic_vport_context_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_nic_vport_context_in_set_opcode(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_nic_vport_context_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_nic_vport_context_in_set_op_mod(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_nic_vport_context_in_get_other_vport(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_nic_vport_context_in_set_other_vport(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32
mlx5_query_nic_vport_context_in_get_vport_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_nic_vport_context_in_set_vport_number(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32
mlx5_query_nic_vport_context_in_get_allowed_list_type(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0x7);
}

static inline void
mlx5_query_nic_vport_context_in_set_allowed_list_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0x7, v);
}

/* query_nic_vport_context_out (272 bytes) */
#define MLX5_QUERY_NIC_VPORT_CONTEXT_OUT_BYTES 272
static inline __u32 mlx5_query_nic_vport_context_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_nic_vport_context_out_set_status(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_query_nic_vport_context_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_nic_vport_context_out_set_syndrome(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *
mlx5_query_nic_vport_context_out_nic_vport_context(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_nic_vport_context_out_nic_vport_context_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* nic_vport_context (256 bytes) */
#define MLX5_NIC_VPORT_CONTEXT_BYTES 256
static inline __u32
mlx5_nic_vport_context_get_min_wqe_inline_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x7);
}

static inline void mlx5_nic_vport_context_set_min_wqe_inline_mode(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x7, v);
}
static inline __u32
mlx5_nic_vport_context_get_disable_mc_local_lb(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void mlx5_nic_vport_context_set_disable_mc_local_lb(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32
mlx5_nic_vport_context_get_disable_uc_local_lb(const void *buf)
{
	return mlx5_gen_get(buf, 0, 1, 0x1);
}

static inline void mlx5_nic_vport_context_set_disable_uc_local_lb(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 1, 0x1, v);
}
static inline __u32 mlx5_nic_vport_context_get_roce_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void mlx5_nic_vport_context_set_roce_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}
static inline __u32 mlx5_nic_vport_context_get_arm_change_event(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_nic_vport_context_set_arm_change_event(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_nic_vport_context_get_event_on_mtu(const void *buf)
{
	return mlx5_gen_get(buf, 1, 4, 0x1);
}

static inline void mlx5_nic_vport_context_set_event_on_mtu(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 4, 0x1, v);
}
static inline __u32
mlx5_nic_vport_context_get_event_on_promisc_change(const void *buf)
{
	return mlx5_gen_get(buf, 1, 3, 0x1);
}

static inline void mlx5_nic_vport_context_set_event_on_promisc_change(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 1, 3, 0x1, v);
}
static inline __u32
mlx5_nic_vport_context_get_event_on_vlan_change(const void *buf)
{
	return mlx5_gen_get(buf, 1, 2, 0x1);
}

static inline void mlx5_nic_vport_context_set_event_on_vlan_change(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 1, 2, 0x1, v);
}
static inline __u32
mlx5_nic_vport_context_get_event_on_mc_address_change(const void *buf)
{
	return mlx5_gen_get(buf, 1, 1, 0x1);
}

static inline void
mlx5_nic_vport_context_set_event_on_mc_address_change(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 1, 0x1, v);
}
static inline __u32
mlx5_nic_vport_context_get_event_on_uc_address_change(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x1);
}

static inline void
mlx5_nic_vport_context_set_event_on_uc_address_change(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x1, v);
}
static inline __u32 mlx5_nic_vport_context_get_vhca_id_type(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_nic_vport_context_set_vhca_id_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32
mlx5_nic_vport_context_get_affiliation_criteria(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xf);
}

static inline void mlx5_nic_vport_context_set_affiliation_criteria(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xf, v);
}
static inline __u32
mlx5_nic_vport_context_get_affiliated_vhca_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_nic_vport_context_set_affiliated_vhca_id(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_nic_vport_context_get_mtu(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffff);
}

static inline void mlx5_nic_vport_context_set_mtu(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffff, v);
}
static inline __u64
mlx5_nic_vport_context_get_system_image_guid(const void *buf)
{
	return mlx5_gen_get64(buf, 10);
}

static inline void mlx5_nic_vport_context_set_system_image_guid(void *buf,
								__u64 v)
{
	mlx5_gen_set64(buf, 10, v);
}
static inline __u64 mlx5_nic_vport_context_get_port_guid(const void *buf)
{
	return mlx5_gen_get64(buf, 12);
}

static inline void mlx5_nic_vport_context_set_port_guid(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 12, v);
}
static inline __u64 mlx5_nic_vport_context_get_node_guid(const void *buf)
{
	return mlx5_gen_get64(buf, 14);
}

static inline void mlx5_nic_vport_context_set_node_guid(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 14, v);
}
static inline __u32
mlx5_nic_vport_context_get_qkey_violation_counter(const void *buf)
{
	return mlx5_gen_get(buf, 26, 16, 0xffff);
}

static inline void mlx5_nic_vport_context_set_qkey_violation_counter(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 26, 16, 0xffff, v);
}
static inline __u32 mlx5_nic_vport_context_get_promisc_uc(const void *buf)
{
	return mlx5_gen_get(buf, 60, 31, 0x1);
}

static inline void mlx5_nic_vport_context_set_promisc_uc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 60, 31, 0x1, v);
}
static inline __u32 mlx5_nic_vport_context_get_promisc_mc(const void *buf)
{
	return mlx5_gen_get(buf, 60, 30, 0x1);
}

static inline void mlx5_nic_vport_context_set_promisc_mc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 60, 30, 0x1, v);
}
static inline __u32 mlx5_nic_vport_context_get_promisc_all(const void *buf)
{
	return mlx5_gen_get(buf, 60, 29, 0x1);
}

static inline void mlx5_nic_vport_context_set_promisc_all(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 60, 29, 0x1, v);
}
static inline __u32
mlx5_nic_vport_context_get_allowed_list_type(const void *buf)
{
	return mlx5_gen_get(buf, 60, 24, 0x7);
}

static inline void mlx5_nic_vport_context_set_allowed_list_type(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 60, 24, 0x7, v);
}
static inline __u32
mlx5_nic_vport_context_get_allowed_list_size(const void *buf)
{
	return mlx5_gen_get(buf, 60, 0, 0xfff);
}

static inline void mlx5_nic_vport_context_set_allowed_list_size(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 60, 0, 0xfff, v);
}
static inline void *mlx5_nic_vport_context_permanent_address(void *buf)
{
	return (char *)buf + 244;
}

static inline const void *
mlx5_nic_vport_context_permanent_address_const(const void *buf)
{
	return (const char *)buf + 244;
}
static inline __u64
mlx5_nic_vport_context_get_current_uc_mac_address(const void *buf,
						  unsigned int i)
{
	return mlx5_gen_get64(buf, 64 + i * 2);
}

static inline void
mlx5_nic_vport_context_set_current_uc_mac_address(void *buf, unsigned int i,
						  __u64 v)
{
	mlx5_gen_set64(buf, 64 + i * 2, v);
}

/* mac_address_layout (8 bytes) */
#define MLX5_MAC_ADDRESS_LAYOUT_BYTES 8
static inline __u32 mlx5_mac_address_layout_get_mac_addr_47_32(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_mac_address_layout_set_mac_addr_47_32(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_mac_address_layout_get_mac_addr_31_0(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mac_address_layout_set_mac_addr_31_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}

/* query_roce_address_in (16 bytes) */
#define MLX5_QUERY_ROCE_ADDRESS_IN_BYTES 16
static inline __u32 mlx5_query_roce_address_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_roce_address_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_roce_address_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_roce_address_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_roce_address_in_get_roce_address_index(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xffff);
}

static inline void mlx5_query_roce_address_in_set_roce_address_index(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xffff, v);
}
static inline __u32
mlx5_query_roce_address_in_get_vhca_port_num(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_query_roce_address_in_set_vhca_port_num(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}

/* query_roce_address_out (48 bytes) */
#define MLX5_QUERY_ROCE_ADDRESS_OUT_BYTES 48
static inline __u32 mlx5_query_roce_address_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_roce_address_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_roce_address_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_roce_address_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_roce_address_out_roce_address(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_roce_address_out_roce_address_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* roce_addr_layout (32 bytes) */
#define MLX5_ROCE_ADDR_LAYOUT_BYTES 32
static inline __u32 mlx5_roce_addr_layout_get_source_l3_address(const void *buf,
								unsigned int i)
{
	unsigned int bit = 0 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void
mlx5_roce_addr_layout_set_source_l3_address(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 0 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}
static inline __u32 mlx5_roce_addr_layout_get_vlan_valid(const void *buf)
{
	return mlx5_gen_get(buf, 4, 28, 0x1);
}

static inline void mlx5_roce_addr_layout_set_vlan_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 28, 0x1, v);
}
static inline __u32 mlx5_roce_addr_layout_get_vlan_id(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xfff);
}

static inline void mlx5_roce_addr_layout_set_vlan_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xfff, v);
}
static inline __u32 mlx5_roce_addr_layout_get_source_mac_47_32(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_roce_addr_layout_set_source_mac_47_32(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u32 mlx5_roce_addr_layout_get_source_mac_31_0(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_roce_addr_layout_set_source_mac_31_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32 mlx5_roce_addr_layout_get_roce_l3_type(const void *buf)
{
	return mlx5_gen_get(buf, 6, 8, 0xf);
}

static inline void mlx5_roce_addr_layout_set_roce_l3_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 8, 0xf, v);
}
static inline __u32 mlx5_roce_addr_layout_get_roce_version(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xff);
}

static inline void mlx5_roce_addr_layout_set_roce_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xff, v);
}

/* query_hca_vport_context_in (16 bytes) */
#define MLX5_QUERY_HCA_VPORT_CONTEXT_IN_BYTES 16
static inline __u32 mlx5_query_hca_vport_context_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_hca_vport_context_in_set_opcode(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_hca_vport_context_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_hca_vport_context_in_set_op_mod(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_hca_vport_context_in_get_other_vport(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_hca_vport_context_in_set_other_vport(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32
mlx5_query_hca_vport_context_in_get_port_num(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xf);
}

static inline void mlx5_query_hca_vport_context_in_set_port_num(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xf, v);
}
static inline __u32
mlx5_query_hca_vport_context_in_get_vport_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_hca_vport_context_in_set_vport_number(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* query_hca_vport_context_out (528 bytes) */
#define MLX5_QUERY_HCA_VPORT_CONTEXT_OUT_BYTES 528
static inline __u32 mlx5_query_hca_vport_context_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_hca_vport_context_out_set_status(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_query_hca_vport_context_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_hca_vport_context_out_set_syndrome(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *
mlx5_query_hca_vport_context_out_hca_vport_context(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_hca_vport_context_out_hca_vport_context_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* hca_vport_context (512 bytes) */
#define MLX5_HCA_VPORT_CONTEXT_BYTES 512
static inline __u32 mlx5_hca_vport_context_get_field_select(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_hca_vport_context_set_field_select(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32 mlx5_hca_vport_context_get_sm_virt_aware(const void *buf)
{
	return mlx5_gen_get(buf, 8, 31, 0x1);
}

static inline void mlx5_hca_vport_context_set_sm_virt_aware(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 31, 0x1, v);
}
static inline __u32 mlx5_hca_vport_context_get_has_smi(const void *buf)
{
	return mlx5_gen_get(buf, 8, 30, 0x1);
}

static inline void mlx5_hca_vport_context_set_has_smi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 30, 0x1, v);
}
static inline __u32 mlx5_hca_vport_context_get_has_raw(const void *buf)
{
	return mlx5_gen_get(buf, 8, 29, 0x1);
}

static inline void mlx5_hca_vport_context_set_has_raw(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 29, 0x1, v);
}
static inline __u32 mlx5_hca_vport_context_get_grh_required(const void *buf)
{
	return mlx5_gen_get(buf, 8, 28, 0x1);
}

static inline void mlx5_hca_vport_context_set_grh_required(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 28, 0x1, v);
}
static inline __u32
mlx5_hca_vport_context_get_port_physical_state(const void *buf)
{
	return mlx5_gen_get(buf, 8, 12, 0xf);
}

static inline void mlx5_hca_vport_context_set_port_physical_state(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 8, 12, 0xf, v);
}
static inline __u32
mlx5_hca_vport_context_get_vport_state_policy(const void *buf)
{
	return mlx5_gen_get(buf, 8, 8, 0xf);
}

static inline void mlx5_hca_vport_context_set_vport_state_policy(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 8, 8, 0xf, v);
}
static inline __u32 mlx5_hca_vport_context_get_port_state(const void *buf)
{
	return mlx5_gen_get(buf, 8, 4, 0xf);
}

static inline void mlx5_hca_vport_context_set_port_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 4, 0xf, v);
}
static inline __u32 mlx5_hca_vport_context_get_vport_state(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xf);
}

static inline void mlx5_hca_vport_context_set_vport_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xf, v);
}
static inline __u64
mlx5_hca_vport_context_get_system_image_guid(const void *buf)
{
	return mlx5_gen_get64(buf, 10);
}

static inline void mlx5_hca_vport_context_set_system_image_guid(void *buf,
								__u64 v)
{
	mlx5_gen_set64(buf, 10, v);
}
static inline __u64 mlx5_hca_vport_context_get_port_guid(const void *buf)
{
	return mlx5_gen_get64(buf, 12);
}

static inline void mlx5_hca_vport_context_set_port_guid(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 12, v);
}
static inline __u64 mlx5_hca_vport_context_get_node_guid(const void *buf)
{
	return mlx5_gen_get64(buf, 14);
}

static inline void mlx5_hca_vport_context_set_node_guid(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 14, v);
}
static inline __u32 mlx5_hca_vport_context_get_cap_mask1(const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void mlx5_hca_vport_context_set_cap_mask1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32
mlx5_hca_vport_context_get_cap_mask1_field_select(const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0xffffffff);
}

static inline void mlx5_hca_vport_context_set_cap_mask1_field_select(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0xffffffff, v);
}
static inline __u32 mlx5_hca_vport_context_get_cap_mask2(const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void mlx5_hca_vport_context_set_cap_mask2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32
mlx5_hca_vport_context_get_cap_mask2_field_select(const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void mlx5_hca_vport_context_set_cap_mask2_field_select(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32 mlx5_hca_vport_context_get_lid(const void *buf)
{
	return mlx5_gen_get(buf, 24, 16, 0xffff);
}

static inline void mlx5_hca_vport_context_set_lid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 24, 16, 0xffff, v);
}
static inline __u32 mlx5_hca_vport_context_get_init_type_reply(const void *buf)
{
	return mlx5_gen_get(buf, 24, 8, 0xf);
}

static inline void mlx5_hca_vport_context_set_init_type_reply(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 24, 8, 0xf, v);
}
static inline __u32 mlx5_hca_vport_context_get_lmc(const void *buf)
{
	return mlx5_gen_get(buf, 24, 5, 0x7);
}

static inline void mlx5_hca_vport_context_set_lmc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 24, 5, 0x7, v);
}
static inline __u32 mlx5_hca_vport_context_get_subnet_timeout(const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0x1f);
}

static inline void mlx5_hca_vport_context_set_subnet_timeout(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0x1f, v);
}
static inline __u32 mlx5_hca_vport_context_get_sm_lid(const void *buf)
{
	return mlx5_gen_get(buf, 25, 16, 0xffff);
}

static inline void mlx5_hca_vport_context_set_sm_lid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 25, 16, 0xffff, v);
}
static inline __u32 mlx5_hca_vport_context_get_sm_sl(const void *buf)
{
	return mlx5_gen_get(buf, 25, 12, 0xf);
}

static inline void mlx5_hca_vport_context_set_sm_sl(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 25, 12, 0xf, v);
}
static inline __u32
mlx5_hca_vport_context_get_qkey_violation_counter(const void *buf)
{
	return mlx5_gen_get(buf, 26, 16, 0xffff);
}

static inline void mlx5_hca_vport_context_set_qkey_violation_counter(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 26, 16, 0xffff, v);
}
static inline __u32
mlx5_hca_vport_context_get_pkey_violation_counter(const void *buf)
{
	return mlx5_gen_get(buf, 26, 0, 0xffff);
}

static inline void mlx5_hca_vport_context_set_pkey_violation_counter(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 26, 0, 0xffff, v);
}

/* query_hca_vport_gid_in (16 bytes) */
#define MLX5_QUERY_HCA_VPORT_GID_IN_BYTES 16
static inline __u32 mlx5_query_hca_vport_gid_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_hca_vport_gid_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_hca_vport_gid_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_hca_vport_gid_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_hca_vport_gid_in_get_other_vport(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_hca_vport_gid_in_set_other_vport(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_query_hca_vport_gid_in_get_port_num(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xf);
}

static inline void mlx5_query_hca_vport_gid_in_set_port_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xf, v);
}
static inline __u32
mlx5_query_hca_vport_gid_in_get_vport_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_hca_vport_gid_in_set_vport_number(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_query_hca_vport_gid_in_get_gid_index(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffff);
}

static inline void mlx5_query_hca_vport_gid_in_set_gid_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffff, v);
}

/* query_hca_vport_gid_out (16 bytes) */
#define MLX5_QUERY_HCA_VPORT_GID_OUT_BYTES 16
static inline __u32 mlx5_query_hca_vport_gid_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_hca_vport_gid_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_hca_vport_gid_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_hca_vport_gid_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_hca_vport_gid_out_get_gids_num(const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0xffff);
}

static inline void mlx5_query_hca_vport_gid_out_set_gids_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0xffff, v);
}
static inline void *mlx5_query_hca_vport_gid_out_gid(void *buf, unsigned int i)
{
	return (char *)buf + 16 + i * 16;
}

static inline const void *
mlx5_query_hca_vport_gid_out_gid_const(const void *buf, unsigned int i)
{
	return (const char *)buf + 16 + i * 16;
}

/* array128_auto (16 bytes) */
#define MLX5_ARRAY128_AUTO_BYTES 16
static inline __u32 mlx5_array128_auto_get_array128_auto(const void *buf,
							 unsigned int i)
{
	unsigned int bit = 0 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void mlx5_array128_auto_set_array128_auto(void *buf,
							unsigned int i, __u32 v)
{
	unsigned int bit = 0 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}

/* query_hca_vport_pkey_in (16 bytes) */
#define MLX5_QUERY_HCA_VPORT_PKEY_IN_BYTES 16
static inline __u32 mlx5_query_hca_vport_pkey_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_hca_vport_pkey_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_hca_vport_pkey_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_hca_vport_pkey_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_hca_vport_pkey_in_get_other_vport(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_hca_vport_pkey_in_set_other_vport(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_query_hca_vport_pkey_in_get_port_num(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xf);
}

static inline void mlx5_query_hca_vport_pkey_in_set_port_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xf, v);
}
static inline __u32
mlx5_query_hca_vport_pkey_in_get_vport_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_hca_vport_pkey_in_set_vport_number(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_query_hca_vport_pkey_in_get_pkey_index(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffff);
}

static inline void mlx5_query_hca_vport_pkey_in_set_pkey_index(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffff, v);
}

/* query_hca_vport_pkey_out (16 bytes) */
#define MLX5_QUERY_HCA_VPORT_PKEY_OUT_BYTES 16
static inline __u32 mlx5_query_hca_vport_pkey_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_hca_vport_pkey_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_hca_vport_pkey_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_hca_vport_pkey_out_set_syndrome(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_hca_vport_pkey_out_pkey(void *buf,
						       unsigned int i)
{
	return (char *)buf + 16 + i * 4;
}

static inline const void *
mlx5_query_hca_vport_pkey_out_pkey_const(const void *buf, unsigned int i)
{
	return (const char *)buf + 16 + i * 4;
}

/* pkey (4 bytes) */
#define MLX5_PKEY_BYTES 4
static inline __u32 mlx5_pkey_get_pkey(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_pkey_set_pkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}

/* query_vnic_env_in (16 bytes) */
#define MLX5_QUERY_VNIC_ENV_IN_BYTES 16
static inline __u32 mlx5_query_vnic_env_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_vnic_env_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_vnic_env_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_vnic_env_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_vnic_env_in_get_other_vport(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_vnic_env_in_set_other_vport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_query_vnic_env_in_get_vport_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_vnic_env_in_set_vport_number(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* query_vnic_env_out (528 bytes) */
#define MLX5_QUERY_VNIC_ENV_OUT_BYTES 528
static inline __u32 mlx5_query_vnic_env_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_vnic_env_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_vnic_env_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_vnic_env_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_vnic_env_out_vport_env(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_vnic_env_out_vport_env_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* vnic_diagnostic_statistics (512 bytes) */
#define MLX5_VNIC_DIAGNOSTIC_STATISTICS_BYTES 512
static inline __u32
mlx5_vnic_diagnostic_statistics_get_counter_error_queues(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_counter_error_queues(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_total_error_queues(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_total_error_queues(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_send_queue_priority_update_flow(
	const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_send_queue_priority_update_flow(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u64
mlx5_vnic_diagnostic_statistics_get_nic_receive_steering_discard(
	const void *buf)
{
	return mlx5_gen_get64(buf, 4);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_nic_receive_steering_discard(void *buf,
								 __u64 v)
{
	mlx5_gen_set64(buf, 4, v);
}
static inline __u64
mlx5_vnic_diagnostic_statistics_get_receive_discard_vport_down(const void *buf)
{
	return mlx5_gen_get64(buf, 6);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_receive_discard_vport_down(void *buf,
							       __u64 v)
{
	mlx5_gen_set64(buf, 6, v);
}
static inline __u64
mlx5_vnic_diagnostic_statistics_get_transmit_discard_vport_down(const void *buf)
{
	return mlx5_gen_get64(buf, 8);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_transmit_discard_vport_down(void *buf,
								__u64 v)
{
	mlx5_gen_set64(buf, 8, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_async_eq_overrun(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_async_eq_overrun(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_comp_eq_overrun(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_comp_eq_overrun(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_invalid_command(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_invalid_command(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_quota_exceeded_command(const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_quota_exceeded_command(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_internal_rq_out_of_buffer(const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_internal_rq_out_of_buffer(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_cq_overrun(const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void mlx5_vnic_diagnostic_statistics_set_cq_overrun(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32
mlx5_vnic_diagnostic_statistics_get_eth_wqe_too_small(const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0xffffffff);
}

static inline void
mlx5_vnic_diagnostic_statistics_set_eth_wqe_too_small(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0xffffffff, v);
}

/* query_vport_counter_in (32 bytes) */
#define MLX5_QUERY_VPORT_COUNTER_IN_BYTES 32
static inline __u32 mlx5_query_vport_counter_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_vport_counter_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_vport_counter_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_vport_counter_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_vport_counter_in_get_other_vport(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_vport_counter_in_set_other_vport(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_query_vport_counter_in_get_port_num(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xf);
}

static inline void mlx5_query_vport_counter_in_set_port_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xf, v);
}
static inline __u32
mlx5_query_vport_counter_in_get_vport_number(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_query_vport_counter_in_set_vport_number(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_query_vport_counter_in_get_clear(const void *buf)
{
	return mlx5_gen_get(buf, 6, 31, 0x1);
}

static inline void mlx5_query_vport_counter_in_set_clear(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 31, 0x1, v);
}

/* query_vport_counter_out (528 bytes) */
#define MLX5_QUERY_VPORT_COUNTER_OUT_BYTES 528
static inline __u32 mlx5_query_vport_counter_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_vport_counter_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_vport_counter_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_vport_counter_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_vport_counter_out_received_errors(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_vport_counter_out_received_errors_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline void *mlx5_query_vport_counter_out_transmit_errors(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *
mlx5_query_vport_counter_out_transmit_errors_const(const void *buf)
{
	return (const char *)buf + 32;
}
static inline void *mlx5_query_vport_counter_out_received_ib_unicast(void *buf)
{
	return (char *)buf + 48;
}

static inline const void *
mlx5_query_vport_counter_out_received_ib_unicast_const(const void *buf)
{
	return (const char *)buf + 48;
}
static inline void *
mlx5_query_vport_counter_out_transmitted_ib_unicast(void *buf)
{
	return (char *)buf + 64;
}

static inline const void *
mlx5_query_vport_counter_out_transmitted_ib_unicast_const(const void *buf)
{
	return (const char *)buf + 64;
}
static inline void *
mlx5_query_vport_counter_out_received_ib_multicast(void *buf)
{
	return (char *)buf + 80;
}

static inline const void *
mlx5_query_vport_counter_out_received_ib_multicast_const(const void *buf)
{
	return (const char *)buf + 80;
}
static inline void *
mlx5_query_vport_counter_out_transmitted_ib_multicast(void *buf)
{
	return (char *)buf + 96;
}

static inline const void *
mlx5_query_vport_counter_out_transmitted_ib_multicast_const(const void *buf)
{
	return (const char *)buf + 96;
}
static inline void *
mlx5_query_vport_counter_out_received_eth_broadcast(void *buf)
{
	return (char *)buf + 112;
}

static inline const void *
mlx5_query_vport_counter_out_received_eth_broadcast_const(const void *buf)
{
	return (const char *)buf + 112;
}
static inline void *
mlx5_query_vport_counter_out_transmitted_eth_broadcast(void *buf)
{
	return (char *)buf + 128;
}

static inline const void *
mlx5_query_vport_counter_out_transmitted_eth_broadcast_const(const void *buf)
{
	return (const char *)buf + 128;
}
static inline void *mlx5_query_vport_counter_out_received_eth_unicast(void *buf)
{
	return (char *)buf + 144;
}

static inline const void *
mlx5_query_vport_counter_out_received_eth_unicast_const(const void *buf)
{
	return (const char *)buf + 144;
}
static inline void *
mlx5_query_vport_counter_out_transmitted_eth_unicast(void *buf)
{
	return (char *)buf + 160;
}

static inline const void *
mlx5_query_vport_counter_out_transmitted_eth_unicast_const(const void *buf)
{
	return (const char *)buf + 160;
}
static inline void *
mlx5_query_vport_counter_out_received_eth_multicast(void *buf)
{
	return (char *)buf + 176;
}

static inline const void *
mlx5_query_vport_counter_out_received_eth_multicast_const(const void *buf)
{
	return (const char *)buf + 176;
}
static inline void *
mlx5_query_vport_counter_out_transmitted_eth_multicast(void *buf)
{
	return (char *)buf + 192;
}

static inline const void *
mlx5_query_vport_counter_out_transmitted_eth_multicast_const(const void *buf)
{
	return (const char *)buf + 192;
}

/* traffic_counter (16 bytes) */
#define MLX5_TRAFFIC_COUNTER_BYTES 16
static inline __u64 mlx5_traffic_counter_get_packets(const void *buf)
{
	return mlx5_gen_get64(buf, 0);
}

static inline void mlx5_traffic_counter_set_packets(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 0, v);
}
static inline __u64 mlx5_traffic_counter_get_octets(const void *buf)
{
	return mlx5_gen_get64(buf, 2);
}

static inline void mlx5_traffic_counter_set_octets(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 2, v);
}

/* query_q_counter_in (32 bytes) */
#define MLX5_QUERY_Q_COUNTER_IN_BYTES 32
static inline __u32 mlx5_query_q_counter_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_q_counter_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_q_counter_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_q_counter_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_q_counter_in_get_clear(const void *buf)
{
	return mlx5_gen_get(buf, 6, 31, 0x1);
}

static inline void mlx5_query_q_counter_in_set_clear(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 31, 0x1, v);
}
static inline __u32 mlx5_query_q_counter_in_get_counter_set_id(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xff);
}

static inline void mlx5_query_q_counter_in_set_counter_set_id(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xff, v);
}

/* query_q_counter_out (256 bytes) */
#define MLX5_QUERY_Q_COUNTER_OUT_BYTES 256
static inline __u32 mlx5_query_q_counter_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_q_counter_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_q_counter_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_rx_write_requests(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_rx_write_requests(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_rx_read_requests(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_rx_read_requests(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_rx_atomic_requests(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_rx_atomic_requests(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_q_counter_out_get_rx_dct_connect(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_rx_dct_connect(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_q_counter_out_get_out_of_buffer(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_out_of_buffer(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_out_of_sequence(const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_out_of_sequence(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_duplicate_request(const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_duplicate_request(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_rnr_nak_retry_err(const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_rnr_nak_retry_err(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_q_counter_out_get_packet_seq_err(const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_packet_seq_err(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_implied_nak_seq_err(const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_implied_nak_seq_err(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_local_ack_timeout_err(const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_local_ack_timeout_err(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_resp_local_length_error(const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_resp_local_length_error(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_req_local_length_error(const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_req_local_length_error(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_resp_local_qp_error(const void *buf)
{
	return mlx5_gen_get(buf, 32, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_resp_local_qp_error(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 32, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_local_operation_error(const void *buf)
{
	return mlx5_gen_get(buf, 33, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_local_operation_error(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 33, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_resp_local_protection(const void *buf)
{
	return mlx5_gen_get(buf, 34, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_resp_local_protection(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 34, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_req_local_protection(const void *buf)
{
	return mlx5_gen_get(buf, 35, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_req_local_protection(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 35, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_q_counter_out_get_resp_cqe_error(const void *buf)
{
	return mlx5_gen_get(buf, 36, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_resp_cqe_error(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 36, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_q_counter_out_get_req_cqe_error(const void *buf)
{
	return mlx5_gen_get(buf, 37, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_req_cqe_error(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 37, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_q_counter_out_get_req_mw_binding(const void *buf)
{
	return mlx5_gen_get(buf, 38, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_req_mw_binding(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 38, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_req_bad_response(const void *buf)
{
	return mlx5_gen_get(buf, 39, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_req_bad_response(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 39, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_req_remote_invalid_request(const void *buf)
{
	return mlx5_gen_get(buf, 40, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_req_remote_invalid_request(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 40, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_resp_remote_invalid_request(const void *buf)
{
	return mlx5_gen_get(buf, 41, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_resp_remote_invalid_request(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 41, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_req_remote_access_errors(const void *buf)
{
	return mlx5_gen_get(buf, 42, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_req_remote_access_errors(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 42, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_resp_remote_access_errors(const void *buf)
{
	return mlx5_gen_get(buf, 43, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_resp_remote_access_errors(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 43, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_req_remote_operation_errors(const void *buf)
{
	return mlx5_gen_get(buf, 44, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_req_remote_operation_errors(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 44, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_req_transport_retries_exceeded(const void *buf)
{
	return mlx5_gen_get(buf, 45, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_req_transport_retries_exceeded(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 45, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_q_counter_out_get_cq_overflow(const void *buf)
{
	return mlx5_gen_get(buf, 46, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_cq_overflow(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 46, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_resp_cqe_flush_error(const void *buf)
{
	return mlx5_gen_get(buf, 47, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_resp_cqe_flush_error(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 47, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_req_cqe_flush_error(const void *buf)
{
	return mlx5_gen_get(buf, 48, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_req_cqe_flush_error(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 48, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_roce_adp_retrans(const void *buf)
{
	return mlx5_gen_get(buf, 50, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_roce_adp_retrans(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 50, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_roce_adp_retrans_to(const void *buf)
{
	return mlx5_gen_get(buf, 51, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_roce_adp_retrans_to(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 51, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_roce_slow_restart(const void *buf)
{
	return mlx5_gen_get(buf, 52, 0, 0xffffffff);
}

static inline void mlx5_query_q_counter_out_set_roce_slow_restart(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 52, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_roce_slow_restart_cnps(const void *buf)
{
	return mlx5_gen_get(buf, 53, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_roce_slow_restart_cnps(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 53, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_q_counter_out_get_roce_slow_restart_trans(const void *buf)
{
	return mlx5_gen_get(buf, 54, 0, 0xffffffff);
}

static inline void
mlx5_query_q_counter_out_set_roce_slow_restart_trans(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 54, 0, 0xffffffff, v);
}

/* query_scheduling_element_in (64 bytes) */
#define MLX5_QUERY_SCHEDULING_ELEMENT_IN_BYTES 64
static inline __u32 mlx5_query_scheduling_element_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_scheduling_element_in_set_opcode(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_scheduling_element_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_scheduling_element_in_set_op_mod(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_scheduling_element_in_get_scheduling_hierarchy(const void *buf)
{
	return mlx5_gen_get(buf, 2, 24, 0xff);
}

static inline void
mlx5_query_scheduling_element_in_set_scheduling_hierarchy(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 24, 0xff, v);
}
static inline __u32
mlx5_query_scheduling_element_in_get_scheduling_element_id(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_query_scheduling_element_in_set_scheduling_element_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* query_scheduling_element_out (128 bytes) */
#define MLX5_QUERY_SCHEDULING_ELEMENT_OUT_BYTES 128
static inline __u32
mlx5_query_scheduling_element_out_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_scheduling_element_out_set_opcode(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32
mlx5_query_scheduling_element_out_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_scheduling_element_out_set_op_mod(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline void *
mlx5_query_scheduling_element_out_scheduling_context(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *
mlx5_query_scheduling_element_out_scheduling_context_const(const void *buf)
{
	return (const char *)buf + 32;
}

/* scheduling_context (64 bytes) */
#define MLX5_SCHEDULING_CONTEXT_BYTES 64
static inline __u32 mlx5_scheduling_context_get_element_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_scheduling_context_set_element_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_scheduling_context_get_element_attributes(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_scheduling_context_set_element_attributes(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_scheduling_context_get_parent_element_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_scheduling_context_set_parent_element_id(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_scheduling_context_get_bw_share(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_scheduling_context_set_bw_share(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32 mlx5_scheduling_context_get_max_average_bw(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_scheduling_context_set_max_average_bw(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}

/* access_register_in (16 bytes) */
#define MLX5_ACCESS_REGISTER_IN_BYTES 16
static inline __u32 mlx5_access_register_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_access_register_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_access_register_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_access_register_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_access_register_in_get_register_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_access_register_in_set_register_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_access_register_in_get_argument(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_access_register_in_set_argument(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32 mlx5_access_register_in_get_register_data(const void *buf,
							      unsigned int i)
{
	unsigned int bit = 128 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void
mlx5_access_register_in_set_register_data(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 128 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}

/* access_register_out (16 bytes) */
#define MLX5_ACCESS_REGISTER_OUT_BYTES 16
static inline __u32 mlx5_access_register_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_access_register_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_access_register_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_access_register_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_access_register_out_get_register_data(const void *buf,
							       unsigned int i)
{
	unsigned int bit = 128 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void
mlx5_access_register_out_set_register_data(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 128 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}

/* query_mad_demux_in (16 bytes) */
#define MLX5_QUERY_MAD_DEMUX_IN_BYTES 16
static inline __u32 mlx5_query_mad_demux_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_mad_demux_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_mad_demux_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_mad_demux_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* query_mad_demux_out (20 bytes) */
#define MLX5_QUERY_MAD_DEMUX_OUT_BYTES 20
static inline __u32 mlx5_query_mad_demux_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_mad_demux_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_mad_demux_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_mad_demux_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_mad_demux_out_get_mad_dumux_parameters_block(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_query_mad_demux_out_set_mad_dumux_parameters_block(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}

/* nop_in (16 bytes) */
#define MLX5_NOP_IN_BYTES 16
static inline __u32 mlx5_nop_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_nop_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_nop_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_nop_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* nop_out (16 bytes) */
#define MLX5_NOP_OUT_BYTES 16
static inline __u32 mlx5_nop_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_nop_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_nop_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_nop_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}

/* query_cong_status_in (16 bytes) */
#define MLX5_QUERY_CONG_STATUS_IN_BYTES 16
static inline __u32 mlx5_query_cong_status_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_cong_status_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_cong_status_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_cong_status_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_cong_status_in_get_priority(const void *buf)
{
	return mlx5_gen_get(buf, 2, 4, 0xf);
}

static inline void mlx5_query_cong_status_in_set_priority(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 4, 0xf, v);
}
static inline __u32 mlx5_query_cong_status_in_get_cong_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_query_cong_status_in_set_cong_protocol(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}

/* query_cong_status_out (16 bytes) */
#define MLX5_QUERY_CONG_STATUS_OUT_BYTES 16
static inline __u32 mlx5_query_cong_status_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_cong_status_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_cong_status_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_cong_status_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_cong_status_out_get_enable(const void *buf)
{
	return mlx5_gen_get(buf, 3, 31, 0x1);
}

static inline void mlx5_query_cong_status_out_set_enable(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 31, 0x1, v);
}
static inline __u32 mlx5_query_cong_status_out_get_tag_enable(const void *buf)
{
	return mlx5_gen_get(buf, 3, 30, 0x1);
}

static inline void mlx5_query_cong_status_out_set_tag_enable(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 30, 0x1, v);
}

/* modify_cong_status_in (16 bytes) */
#define MLX5_MODIFY_CONG_STATUS_IN_BYTES 16
static inline __u32 mlx5_modify_cong_status_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_modify_cong_status_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_modify_cong_status_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_modify_cong_status_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_modify_cong_status_in_get_priority(const void *buf)
{
	return mlx5_gen_get(buf, 2, 4, 0xf);
}

static inline void mlx5_modify_cong_status_in_set_priority(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 4, 0xf, v);
}
static inline __u32
mlx5_modify_cong_status_in_get_cong_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_modify_cong_status_in_set_cong_protocol(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}
static inline __u32 mlx5_modify_cong_status_in_get_enable(const void *buf)
{
	return mlx5_gen_get(buf, 3, 31, 0x1);
}

static inline void mlx5_modify_cong_status_in_set_enable(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 31, 0x1, v);
}
static inline __u32 mlx5_modify_cong_status_in_get_tag_enable(const void *buf)
{
	return mlx5_gen_get(buf, 3, 30, 0x1);
}

static inline void mlx5_modify_cong_status_in_set_tag_enable(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 30, 0x1, v);
}

/* modify_cong_status_out (16 bytes) */
#define MLX5_MODIFY_CONG_STATUS_OUT_BYTES 16
static inline __u32 mlx5_modify_cong_status_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_modify_cong_status_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_modify_cong_status_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_modify_cong_status_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}

/* query_cong_params_in (16 bytes) */
#define MLX5_QUERY_CONG_PARAMS_IN_BYTES 16
static inline __u32 mlx5_query_cong_params_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_cong_params_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_cong_params_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_cong_params_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_cong_params_in_get_cong_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_query_cong_params_in_set_cong_protocol(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}

/* query_cong_params_out (272 bytes) */
#define MLX5_QUERY_CONG_PARAMS_OUT_BYTES 272
static inline __u32 mlx5_query_cong_params_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_cong_params_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_cong_params_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_cong_params_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_cong_params_out_congestion_parameters(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *
mlx5_query_cong_params_out_congestion_parameters_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* cong_control_roce_ecn_auto (256 bytes, union) */
#define MLX5_CONG_CONTROL_ROCE_ECN_AUTO_BYTES 256
static inline void *
mlx5_cong_control_roce_ecn_auto_cong_control_802_1qau_rp(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_cong_control_roce_ecn_auto_cong_control_802_1qau_rp_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_cong_control_roce_ecn_auto_cong_control_r_roce_ecn_rp(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_cong_control_roce_ecn_auto_cong_control_r_roce_ecn_rp_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_cong_control_roce_ecn_auto_cong_control_r_roce_ecn_np(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_cong_control_roce_ecn_auto_cong_control_r_roce_ecn_np_const(
	const void *buf)
{
	return (const char *)buf + 0;
}

/* cong_control_802_1qau_rp (256 bytes) */
#define MLX5_CONG_CONTROL_802_1QAU_RP_BYTES 256
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rppp_max_rps(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rppp_max_rps(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rpg_time_reset(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_time_reset(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rpg_byte_reset(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_byte_reset(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rpg_threshold(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_threshold(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rpg_max_rate(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_max_rate(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rpg_ai_rate(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_ai_rate(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rpg_hai_rate(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_hai_rate(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32 mlx5_cong_control_802_1qau_rp_get_rpg_gd(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_gd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rpg_min_dec_fac(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_min_dec_fac(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_802_1qau_rp_get_rpg_min_rate(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void mlx5_cong_control_802_1qau_rp_set_rpg_min_rate(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}

/* cong_control_r_roce_ecn_rp (256 bytes) */
#define MLX5_CONG_CONTROL_R_ROCE_ECN_RP_BYTES 256
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_clamp_tgt_rate(const void *buf)
{
	return mlx5_gen_get(buf, 3, 27, 0x1);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_clamp_tgt_rate(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 3, 27, 0x1, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_clamp_tgt_rate_after_time_inc(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 23, 0x1);
}

static inline void
mlx5_cong_control_r_roce_ecn_rp_set_clamp_tgt_rate_after_time_inc(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 23, 0x1, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rpg_time_reset(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_rpg_time_reset(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rpg_byte_reset(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_rpg_byte_reset(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rpg_threshold(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_rpg_threshold(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rpg_max_rate(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_rpg_max_rate(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rpg_ai_rate(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_rpg_ai_rate(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rpg_hai_rate(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_rpg_hai_rate(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32 mlx5_cong_control_r_roce_ecn_rp_get_rpg_gd(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_rpg_gd(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rpg_min_dec_fac(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_cong_control_r_roce_ecn_rp_set_rpg_min_dec_fac(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rpg_min_rate(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_rpg_min_rate(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rate_to_set_on_first_cnp(const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffffffff);
}

static inline void
mlx5_cong_control_r_roce_ecn_rp_set_rate_to_set_on_first_cnp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_dce_tcp_g(const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_dce_tcp_g(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_dce_tcp_rtt(const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0xffffffff);
}

static inline void mlx5_cong_control_r_roce_ecn_rp_set_dce_tcp_rtt(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_rate_reduce_monitor_period(const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void
mlx5_cong_control_r_roce_ecn_rp_set_rate_reduce_monitor_period(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_rp_get_initial_alpha_value(const void *buf)
{
	return mlx5_gen_get(buf, 26, 0, 0xffffffff);
}

static inline void
mlx5_cong_control_r_roce_ecn_rp_set_initial_alpha_value(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 26, 0, 0xffffffff, v);
}

/* cong_control_r_roce_ecn_np (256 bytes) */
#define MLX5_CONG_CONTROL_R_ROCE_ECN_NP_BYTES 256
static inline __u32
mlx5_cong_control_r_roce_ecn_np_get_min_time_between_cnps(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void
mlx5_cong_control_r_roce_ecn_np_set_min_time_between_cnps(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_np_get_cnp_dscp(const void *buf)
{
	return mlx5_gen_get(buf, 6, 8, 0x3f);
}

static inline void mlx5_cong_control_r_roce_ecn_np_set_cnp_dscp(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 6, 8, 0x3f, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_np_get_cnp_prio_mode(const void *buf)
{
	return mlx5_gen_get(buf, 6, 3, 0x1);
}

static inline void mlx5_cong_control_r_roce_ecn_np_set_cnp_prio_mode(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 6, 3, 0x1, v);
}
static inline __u32
mlx5_cong_control_r_roce_ecn_np_get_cnp_802p_prio(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0x7);
}

static inline void mlx5_cong_control_r_roce_ecn_np_set_cnp_802p_prio(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0x7, v);
}

/* query_cong_statistics_in (16 bytes) */
#define MLX5_QUERY_CONG_STATISTICS_IN_BYTES 16
static inline __u32 mlx5_query_cong_statistics_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_cong_statistics_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_cong_statistics_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_cong_statistics_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_cong_statistics_in_get_clear(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_query_cong_statistics_in_set_clear(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}

/* query_cong_statistics_out (272 bytes) */
#define MLX5_QUERY_CONG_STATISTICS_OUT_BYTES 272
static inline __u32 mlx5_query_cong_statistics_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_cong_statistics_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_cong_statistics_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_cong_statistics_out_set_syndrome(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_rp_cur_flows(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_query_cong_statistics_out_set_rp_cur_flows(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_sum_flows(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_query_cong_statistics_out_set_sum_flows(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_rp_cnp_ignored_high(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_query_cong_statistics_out_set_rp_cnp_ignored_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_rp_cnp_ignored_low(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_query_cong_statistics_out_set_rp_cnp_ignored_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_rp_cnp_handled_high(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_query_cong_statistics_out_set_rp_cnp_handled_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_rp_cnp_handled_low(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_query_cong_statistics_out_set_rp_cnp_handled_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_time_stamp_high(const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void mlx5_query_cong_statistics_out_set_time_stamp_high(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_time_stamp_low(const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void mlx5_query_cong_statistics_out_set_time_stamp_low(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_accumulators_period(const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffffffff);
}

static inline void
mlx5_query_cong_statistics_out_set_accumulators_period(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_np_ecn_marked_roce_packets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffffffff);
}

static inline void
mlx5_query_cong_statistics_out_set_np_ecn_marked_roce_packets_high(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_np_ecn_marked_roce_packets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void
mlx5_query_cong_statistics_out_set_np_ecn_marked_roce_packets_low(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_np_cnp_sent_high(const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0xffffffff);
}

static inline void
mlx5_query_cong_statistics_out_set_np_cnp_sent_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_cong_statistics_out_get_np_cnp_sent_low(const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void mlx5_query_cong_statistics_out_set_np_cnp_sent_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}

/* query_l2_table_entry_in (64 bytes) */
#define MLX5_QUERY_L2_TABLE_ENTRY_IN_BYTES 64
static inline __u32 mlx5_query_l2_table_entry_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_l2_table_entry_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_l2_table_entry_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_l2_table_entry_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_l2_table_entry_in_get_table_index(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_query_l2_table_entry_in_set_table_index(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}

/* query_l2_table_entry_out (64 bytes) */
#define MLX5_QUERY_L2_TABLE_ENTRY_OUT_BYTES 64
static inline __u32 mlx5_query_l2_table_entry_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_l2_table_entry_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_l2_table_entry_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_l2_table_entry_out_set_syndrome(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_l2_table_entry_out_get_vlan_valid(const void *buf)
{
	return mlx5_gen_get(buf, 7, 12, 0x1);
}

static inline void mlx5_query_l2_table_entry_out_set_vlan_valid(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 7, 12, 0x1, v);
}
static inline __u32 mlx5_query_l2_table_entry_out_get_vlan(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xfff);
}

static inline void mlx5_query_l2_table_entry_out_set_vlan(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xfff, v);
}
static inline void *mlx5_query_l2_table_entry_out_mac_address(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *
mlx5_query_l2_table_entry_out_mac_address_const(const void *buf)
{
	return (const char *)buf + 32;
}

/* query_wol_rol_in (16 bytes) */
#define MLX5_QUERY_WOL_ROL_IN_BYTES 16
static inline __u32 mlx5_query_wol_rol_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_wol_rol_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_wol_rol_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_wol_rol_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* query_wol_rol_out (16 bytes) */
#define MLX5_QUERY_WOL_ROL_OUT_BYTES 16
static inline __u32 mlx5_query_wol_rol_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_wol_rol_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_wol_rol_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_wol_rol_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_query_wol_rol_out_get_rol_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 8, 0xff);
}

static inline void mlx5_query_wol_rol_out_set_rol_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 8, 0xff, v);
}
static inline __u32 mlx5_query_wol_rol_out_get_wol_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xff);
}

static inline void mlx5_query_wol_rol_out_set_wol_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xff, v);
}

/* query_lag_in (16 bytes) */
#define MLX5_QUERY_LAG_IN_BYTES 16
static inline __u32 mlx5_query_lag_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_lag_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_lag_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_lag_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* query_lag_out (16 bytes) */
#define MLX5_QUERY_LAG_OUT_BYTES 16
static inline __u32 mlx5_query_lag_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_lag_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_lag_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_lag_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_lag_out_ctx(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *mlx5_query_lag_out_ctx_const(const void *buf)
{
	return (const char *)buf + 8;
}

/* lagc (8 bytes) */
#define MLX5_LAGC_BYTES 8
static inline __u32 mlx5_lagc_get_fdb_selection_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_lagc_set_fdb_selection_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_lagc_get_port_select_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x7);
}

static inline void mlx5_lagc_set_port_select_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x7, v);
}
static inline __u32 mlx5_lagc_get_lag_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x7);
}

static inline void mlx5_lagc_set_lag_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x7, v);
}
static inline __u32 mlx5_lagc_get_active_port(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xf);
}

static inline void mlx5_lagc_set_active_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xf, v);
}
static inline __u32 mlx5_lagc_get_tx_remap_affinity_2(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0xf);
}

static inline void mlx5_lagc_set_tx_remap_affinity_2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0xf, v);
}
static inline __u32 mlx5_lagc_get_tx_remap_affinity_1(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xf);
}

static inline void mlx5_lagc_set_tx_remap_affinity_1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xf, v);
}

/* query_tir_in (16 bytes) */
#define MLX5_QUERY_TIR_IN_BYTES 16
static inline __u32 mlx5_query_tir_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_tir_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_tir_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_tir_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_tir_in_get_tirn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_tir_in_set_tirn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_tir_out (272 bytes) */
#define MLX5_QUERY_TIR_OUT_BYTES 272
static inline __u32 mlx5_query_tir_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_tir_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_tir_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_tir_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_tir_out_tir_context(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *mlx5_query_tir_out_tir_context_const(const void *buf)
{
	return (const char *)buf + 32;
}

/* tirc (240 bytes) */
#define MLX5_TIRC_BYTES 240
static inline __u32 mlx5_tirc_get_disp_type(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0xf);
}

static inline void mlx5_tirc_set_disp_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0xf, v);
}
static inline __u32 mlx5_tirc_get_tls_en(const void *buf)
{
	return mlx5_gen_get(buf, 1, 27, 0x1);
}

static inline void mlx5_tirc_set_tls_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 27, 0x1, v);
}
static inline __u32 mlx5_tirc_get_lro_timeout_period_usecs(const void *buf)
{
	return mlx5_gen_get(buf, 4, 12, 0xffff);
}

static inline void mlx5_tirc_set_lro_timeout_period_usecs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 12, 0xffff, v);
}
static inline __u32 mlx5_tirc_get_packet_merge_mask(const void *buf)
{
	return mlx5_gen_get(buf, 4, 8, 0xf);
}

static inline void mlx5_tirc_set_packet_merge_mask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 8, 0xf, v);
}
static inline __u32 mlx5_tirc_get_lro_max_ip_payload_size(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xff);
}

static inline void mlx5_tirc_set_lro_max_ip_payload_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xff, v);
}
static inline __u32 mlx5_tirc_get_inline_rqn(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffff);
}

static inline void mlx5_tirc_set_inline_rqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffff, v);
}
static inline __u32 mlx5_tirc_get_rx_hash_symmetric(const void *buf)
{
	return mlx5_gen_get(buf, 8, 31, 0x1);
}

static inline void mlx5_tirc_set_rx_hash_symmetric(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 31, 0x1, v);
}
static inline __u32 mlx5_tirc_get_tunneled_offload_en(const void *buf)
{
	return mlx5_gen_get(buf, 8, 29, 0x1);
}

static inline void mlx5_tirc_set_tunneled_offload_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 29, 0x1, v);
}
static inline __u32 mlx5_tirc_get_indirect_table(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffff);
}

static inline void mlx5_tirc_set_indirect_table(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffff, v);
}
static inline __u32 mlx5_tirc_get_rx_hash_fn(const void *buf)
{
	return mlx5_gen_get(buf, 9, 28, 0xf);
}

static inline void mlx5_tirc_set_rx_hash_fn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 28, 0xf, v);
}
static inline __u32 mlx5_tirc_get_self_lb_block(const void *buf)
{
	return mlx5_gen_get(buf, 9, 24, 0x3);
}

static inline void mlx5_tirc_set_self_lb_block(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 24, 0x3, v);
}
static inline __u32 mlx5_tirc_get_transport_domain(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffff);
}

static inline void mlx5_tirc_set_transport_domain(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffff, v);
}
static inline __u32 mlx5_tirc_get_rx_hash_toeplitz_key(const void *buf,
						       unsigned int i)
{
	unsigned int bit = 320 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void mlx5_tirc_set_rx_hash_toeplitz_key(void *buf, unsigned int i,
						      __u32 v)
{
	unsigned int bit = 320 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}
static inline void *mlx5_tirc_rx_hash_field_selector_outer(void *buf)
{
	return (char *)buf + 80;
}

static inline const void *
mlx5_tirc_rx_hash_field_selector_outer_const(const void *buf)
{
	return (const char *)buf + 80;
}
static inline void *mlx5_tirc_rx_hash_field_selector_inner(void *buf)
{
	return (char *)buf + 84;
}

static inline const void *
mlx5_tirc_rx_hash_field_selector_inner_const(const void *buf)
{
	return (const char *)buf + 84;
}

/* rx_hash_field_select (4 bytes) */
#define MLX5_RX_HASH_FIELD_SELECT_BYTES 4
static inline __u32 mlx5_rx_hash_field_select_get_l3_prot_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_rx_hash_field_select_set_l3_prot_type(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_rx_hash_field_select_get_l4_prot_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_rx_hash_field_select_set_l4_prot_type(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32
mlx5_rx_hash_field_select_get_selected_fields(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3fffffff);
}

static inline void mlx5_rx_hash_field_select_set_selected_fields(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3fffffff, v);
}

/* query_sq_in (16 bytes) */
#define MLX5_QUERY_SQ_IN_BYTES 16
static inline __u32 mlx5_query_sq_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_sq_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_sq_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_sq_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_sq_in_get_sqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_sq_in_set_sqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_sq_out (272 bytes) */
#define MLX5_QUERY_SQ_OUT_BYTES 272
static inline __u32 mlx5_query_sq_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_sq_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_sq_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_sq_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_sq_out_sq_context(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *mlx5_query_sq_out_sq_context_const(const void *buf)
{
	return (const char *)buf + 32;
}

/* sqc (240 bytes) */
#define MLX5_SQC_BYTES 240
static inline __u32 mlx5_sqc_get_rlky(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_sqc_set_rlky(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_sqc_get_cd_master(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_sqc_set_cd_master(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_sqc_get_fre(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_sqc_set_fre(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32 mlx5_sqc_get_flush_in_error_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_sqc_set_flush_in_error_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32 mlx5_sqc_get_allow_multi_pkt_send_wqe(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_sqc_set_allow_multi_pkt_send_wqe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32 mlx5_sqc_get_min_wqe_inline_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x7);
}

static inline void mlx5_sqc_set_min_wqe_inline_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x7, v);
}
static inline __u32 mlx5_sqc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 20, 0xf);
}

static inline void mlx5_sqc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 20, 0xf, v);
}
static inline __u32 mlx5_sqc_get_reg_umr(const void *buf)
{
	return mlx5_gen_get(buf, 0, 19, 0x1);
}

static inline void mlx5_sqc_set_reg_umr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 19, 0x1, v);
}
static inline __u32 mlx5_sqc_get_allow_swp(const void *buf)
{
	return mlx5_gen_get(buf, 0, 18, 0x1);
}

static inline void mlx5_sqc_set_allow_swp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 18, 0x1, v);
}
static inline __u32 mlx5_sqc_get_hairpin(const void *buf)
{
	return mlx5_gen_get(buf, 0, 17, 0x1);
}

static inline void mlx5_sqc_set_hairpin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 17, 0x1, v);
}
static inline __u32 mlx5_sqc_get_ts_format(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x3);
}

static inline void mlx5_sqc_set_ts_format(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x3, v);
}
static inline __u32 mlx5_sqc_get_user_index(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_sqc_set_user_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32 mlx5_sqc_get_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_sqc_set_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_sqc_get_hairpin_peer_rq(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_sqc_set_hairpin_peer_rq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}
static inline __u32 mlx5_sqc_get_hairpin_peer_vhca(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_sqc_set_hairpin_peer_vhca(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u32 mlx5_sqc_get_ts_cqe_to_dest_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffff);
}

static inline void mlx5_sqc_set_ts_cqe_to_dest_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffff, v);
}
static inline __u32 mlx5_sqc_get_packet_pacing_rate_limit_index(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffff);
}

static inline void mlx5_sqc_set_packet_pacing_rate_limit_index(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffff, v);
}
static inline __u32 mlx5_sqc_get_tis_lst_sz(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0xffff);
}

static inline void mlx5_sqc_set_tis_lst_sz(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0xffff, v);
}
static inline __u32 mlx5_sqc_get_qos_queue_group_id(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffff);
}

static inline void mlx5_sqc_set_qos_queue_group_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffff, v);
}
static inline __u32 mlx5_sqc_get_tis_num_0(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffff);
}

static inline void mlx5_sqc_set_tis_num_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffff, v);
}
static inline void *mlx5_sqc_wq(void *buf)
{
	return (char *)buf + 48;
}

static inline const void *mlx5_sqc_wq_const(const void *buf)
{
	return (const char *)buf + 48;
}

/* query_rq_in (16 bytes) */
#define MLX5_QUERY_RQ_IN_BYTES 16
static inline __u32 mlx5_query_rq_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_rq_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_rq_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_rq_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_rq_in_get_rqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_rq_in_set_rqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_rq_out (272 bytes) */
#define MLX5_QUERY_RQ_OUT_BYTES 272
static inline __u32 mlx5_query_rq_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_rq_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_rq_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_rq_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_rq_out_rq_context(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *mlx5_query_rq_out_rq_context_const(const void *buf)
{
	return (const char *)buf + 32;
}

/* rqc (240 bytes) */
#define MLX5_RQC_BYTES 240
static inline __u32 mlx5_rqc_get_rlky(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_rqc_set_rlky(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_rqc_get_delay_drop_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_rqc_set_delay_drop_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_rqc_get_scatter_fcs(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_rqc_set_scatter_fcs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32 mlx5_rqc_get_vsd(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_rqc_set_vsd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32 mlx5_rqc_get_mem_rq_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_rqc_set_mem_rq_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_rqc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 20, 0xf);
}

static inline void mlx5_rqc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 20, 0xf, v);
}
static inline __u32 mlx5_rqc_get_flush_in_error_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 18, 0x1);
}

static inline void mlx5_rqc_set_flush_in_error_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 18, 0x1, v);
}
static inline __u32 mlx5_rqc_get_hairpin(const void *buf)
{
	return mlx5_gen_get(buf, 0, 17, 0x1);
}

static inline void mlx5_rqc_set_hairpin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 17, 0x1, v);
}
static inline __u32 mlx5_rqc_get_ts_format(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x3);
}

static inline void mlx5_rqc_set_ts_format(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x3, v);
}
static inline __u32 mlx5_rqc_get_user_index(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_rqc_set_user_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32 mlx5_rqc_get_cqn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_rqc_set_cqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_rqc_get_counter_set_id(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xff);
}

static inline void mlx5_rqc_set_counter_set_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xff, v);
}
static inline __u32 mlx5_rqc_get_rmpn(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void mlx5_rqc_set_rmpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32 mlx5_rqc_get_hairpin_peer_sq(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_rqc_set_hairpin_peer_sq(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}
static inline __u32 mlx5_rqc_get_hairpin_peer_vhca(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffff);
}

static inline void mlx5_rqc_set_hairpin_peer_vhca(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffff, v);
}
static inline __u32
mlx5_rqc_get_shampo_no_match_alignment_granularity(const void *buf)
{
	return mlx5_gen_get(buf, 9, 24, 0x3);
}

static inline void mlx5_rqc_set_shampo_no_match_alignment_granularity(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 9, 24, 0x3, v);
}
static inline __u32 mlx5_rqc_get_shampo_match_criteria_type(const void *buf)
{
	return mlx5_gen_get(buf, 9, 16, 0x3);
}

static inline void mlx5_rqc_set_shampo_match_criteria_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 16, 0x3, v);
}
static inline __u32 mlx5_rqc_get_reservation_timeout(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffff);
}

static inline void mlx5_rqc_set_reservation_timeout(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffff, v);
}
static inline void *mlx5_rqc_wq(void *buf)
{
	return (char *)buf + 48;
}

static inline const void *mlx5_rqc_wq_const(const void *buf)
{
	return (const char *)buf + 48;
}

/* query_rmp_in (16 bytes) */
#define MLX5_QUERY_RMP_IN_BYTES 16
static inline __u32 mlx5_query_rmp_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_rmp_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_rmp_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_rmp_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_rmp_in_get_rmpn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_rmp_in_set_rmpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_rmp_out (272 bytes) */
#define MLX5_QUERY_RMP_OUT_BYTES 272
static inline __u32 mlx5_query_rmp_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_rmp_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_rmp_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_rmp_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_rmp_out_rmp_context(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *mlx5_query_rmp_out_rmp_context_const(const void *buf)
{
	return (const char *)buf + 32;
}

/* rmpc (240 bytes) */
#define MLX5_RMPC_BYTES 240
static inline __u32 mlx5_rmpc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 20, 0xf);
}

static inline void mlx5_rmpc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 20, 0xf, v);
}
static inline __u32 mlx5_rmpc_get_basic_cyclic_rcv_wqe(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_rmpc_set_basic_cyclic_rcv_wqe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline void *mlx5_rmpc_wq(void *buf)
{
	return (char *)buf + 48;
}

static inline const void *mlx5_rmpc_wq_const(const void *buf)
{
	return (const char *)buf + 48;
}

/* query_tis_in (16 bytes) */
#define MLX5_QUERY_TIS_IN_BYTES 16
static inline __u32 mlx5_query_tis_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_tis_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_tis_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_tis_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_tis_in_get_tisn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_tis_in_set_tisn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_tis_out (176 bytes) */
#define MLX5_QUERY_TIS_OUT_BYTES 176
static inline __u32 mlx5_query_tis_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_tis_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_tis_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_tis_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_tis_out_tis_context(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_query_tis_out_tis_context_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* tisc (160 bytes) */
#define MLX5_TISC_BYTES 160
static inline __u32 mlx5_tisc_get_strict_lag_tx_port_affinity(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_tisc_set_strict_lag_tx_port_affinity(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_tisc_get_tls_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_tisc_set_tls_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_tisc_get_lag_tx_port_affinity(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_tisc_set_lag_tx_port_affinity(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_tisc_get_prio(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xf);
}

static inline void mlx5_tisc_set_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xf, v);
}
static inline __u32 mlx5_tisc_get_transport_domain(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffff);
}

static inline void mlx5_tisc_set_transport_domain(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffff, v);
}
static inline __u32 mlx5_tisc_get_underlay_qpn(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffff);
}

static inline void mlx5_tisc_set_underlay_qpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffff, v);
}
static inline __u32 mlx5_tisc_get_pd(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffff);
}

static inline void mlx5_tisc_set_pd(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffff, v);
}

/* query_rqt_in (16 bytes) */
#define MLX5_QUERY_RQT_IN_BYTES 16
static inline __u32 mlx5_query_rqt_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_rqt_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_rqt_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_rqt_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_rqt_in_get_rqtn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_query_rqt_in_set_rqtn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* query_rqt_out (272 bytes) */
#define MLX5_QUERY_RQT_OUT_BYTES 272
static inline __u32 mlx5_query_rqt_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_rqt_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_rqt_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_rqt_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_rqt_out_rqt_context(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *mlx5_query_rqt_out_rqt_context_const(const void *buf)
{
	return (const char *)buf + 32;
}

/* rqtc (240 bytes) */
#define MLX5_RQTC_BYTES 240
static inline __u32 mlx5_rqtc_get_list_q_type(const void *buf)
{
	return mlx5_gen_get(buf, 5, 24, 0x7);
}

static inline void mlx5_rqtc_set_list_q_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 24, 0x7, v);
}
static inline __u32 mlx5_rqtc_get_rqt_max_size(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffff);
}

static inline void mlx5_rqtc_set_rqt_max_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffff, v);
}
static inline __u32 mlx5_rqtc_get_rq_vhca_id_format(const void *buf)
{
	return mlx5_gen_get(buf, 6, 31, 0x1);
}

static inline void mlx5_rqtc_set_rq_vhca_id_format(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 31, 0x1, v);
}
static inline __u32 mlx5_rqtc_get_rqt_actual_size(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffff);
}

static inline void mlx5_rqtc_set_rqt_actual_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffff, v);
}
static inline void *mlx5_rqtc_rq_num(void *buf, unsigned int i)
{
	return (char *)buf + 240 + i * 4;
}

static inline const void *mlx5_rqtc_rq_num_const(const void *buf,
						 unsigned int i)
{
	return (const char *)buf + 240 + i * 4;
}

/* rq_num (4 bytes) */
#define MLX5_RQ_NUM_BYTES 4
static inline __u32 mlx5_rq_num_get_rq_num(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffff);
}

static inline void mlx5_rq_num_set_rq_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffff, v);
}

/* query_flow_table_in (64 bytes) */
#define MLX5_QUERY_FLOW_TABLE_IN_BYTES 64
static inline __u32 mlx5_query_flow_table_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_flow_table_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_flow_table_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_flow_table_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_flow_table_in_get_table_type(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0xff);
}

static inline void mlx5_query_flow_table_in_set_table_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0xff, v);
}
static inline __u32 mlx5_query_flow_table_in_get_table_id(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_query_flow_table_in_set_table_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}

/* query_flow_table_out (64 bytes) */
#define MLX5_QUERY_FLOW_TABLE_OUT_BYTES 64
static inline __u32 mlx5_query_flow_table_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_flow_table_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_flow_table_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_flow_table_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_flow_table_out_flow_table_context(void *buf)
{
	return (char *)buf + 24;
}

static inline const void *
mlx5_query_flow_table_out_flow_table_context_const(const void *buf)
{
	return (const char *)buf + 24;
}

/* flow_table_context (40 bytes) */
#define MLX5_FLOW_TABLE_CONTEXT_BYTES 40
static inline __u32 mlx5_flow_table_context_get_reformat_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_flow_table_context_set_reformat_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_flow_table_context_get_decap_en(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_flow_table_context_set_decap_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_flow_table_context_get_sw_owner(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_flow_table_context_set_sw_owner(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_flow_table_context_get_termination_table(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_flow_table_context_set_termination_table(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_flow_table_context_get_table_miss_action(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_flow_table_context_set_table_miss_action(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_flow_table_context_get_level(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_flow_table_context_set_level(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_flow_table_context_get_log_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_flow_table_context_set_log_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_flow_table_context_get_table_miss_id(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_flow_table_context_set_table_miss_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32
mlx5_flow_table_context_get_lag_master_next_table_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void
mlx5_flow_table_context_set_lag_master_next_table_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u64
mlx5_flow_table_context_get_sw_owner_icm_root_1(const void *buf)
{
	return mlx5_gen_get64(buf, 6);
}

static inline void mlx5_flow_table_context_set_sw_owner_icm_root_1(void *buf,
								   __u64 v)
{
	mlx5_gen_set64(buf, 6, v);
}
static inline __u64
mlx5_flow_table_context_get_sw_owner_icm_root_0(const void *buf)
{
	return mlx5_gen_get64(buf, 8);
}

static inline void mlx5_flow_table_context_set_sw_owner_icm_root_0(void *buf,
								   __u64 v)
{
	mlx5_gen_set64(buf, 8, v);
}

/* query_flow_group_in (64 bytes) */
#define MLX5_QUERY_FLOW_GROUP_IN_BYTES 64
static inline __u32 mlx5_query_flow_group_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_flow_group_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_flow_group_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_flow_group_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_flow_group_in_get_table_type(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0xff);
}

static inline void mlx5_query_flow_group_in_set_table_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0xff, v);
}
static inline __u32 mlx5_query_flow_group_in_get_table_id(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_query_flow_group_in_set_table_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}
static inline __u32 mlx5_query_flow_group_in_get_group_id(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_query_flow_group_in_set_group_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}

/* query_flow_group_out (1024 bytes) */
#define MLX5_QUERY_FLOW_GROUP_OUT_BYTES 1024
static inline __u32 mlx5_query_flow_group_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_flow_group_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_flow_group_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_flow_group_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_flow_group_out_get_start_flow_index(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_query_flow_group_out_set_start_flow_index(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_flow_group_out_get_end_flow_index(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void mlx5_query_flow_group_out_set_end_flow_index(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_query_flow_group_out_get_match_criteria_enable(const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xff);
}

static inline void
mlx5_query_flow_group_out_set_match_criteria_enable(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xff, v);
}
static inline void *mlx5_query_flow_group_out_match_criteria(void *buf)
{
	return (char *)buf + 64;
}

static inline const void *
mlx5_query_flow_group_out_match_criteria_const(const void *buf)
{
	return (const char *)buf + 64;
}

/* fte_match_param (512 bytes) */
#define MLX5_FTE_MATCH_PARAM_BYTES 512
static inline void *mlx5_fte_match_param_outer_headers(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_fte_match_param_outer_headers_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_fte_match_param_misc_parameters(void *buf)
{
	return (char *)buf + 64;
}

static inline const void *
mlx5_fte_match_param_misc_parameters_const(const void *buf)
{
	return (const char *)buf + 64;
}
static inline void *mlx5_fte_match_param_inner_headers(void *buf)
{
	return (char *)buf + 128;
}

static inline const void *
mlx5_fte_match_param_inner_headers_const(const void *buf)
{
	return (const char *)buf + 128;
}
static inline void *mlx5_fte_match_param_misc_parameters_2(void *buf)
{
	return (char *)buf + 192;
}

static inline const void *
mlx5_fte_match_param_misc_parameters_2_const(const void *buf)
{
	return (const char *)buf + 192;
}
static inline void *mlx5_fte_match_param_misc_parameters_3(void *buf)
{
	return (char *)buf + 256;
}

static inline const void *
mlx5_fte_match_param_misc_parameters_3_const(const void *buf)
{
	return (const char *)buf + 256;
}
static inline void *mlx5_fte_match_param_misc_parameters_4(void *buf)
{
	return (char *)buf + 320;
}

static inline const void *
mlx5_fte_match_param_misc_parameters_4_const(const void *buf)
{
	return (const char *)buf + 320;
}
static inline void *mlx5_fte_match_param_misc_parameters_5(void *buf)
{
	return (char *)buf + 384;
}

static inline const void *
mlx5_fte_match_param_misc_parameters_5_const(const void *buf)
{
	return (const char *)buf + 384;
}

/* fte_match_set_lyr_2_4 (64 bytes) */
#define MLX5_FTE_MATCH_SET_LYR_2_4_BYTES 64
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_smac_47_16(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_smac_47_16(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_smac_15_0(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_smac_15_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_ethertype(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_ethertype(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_dmac_47_16(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_dmac_47_16(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_dmac_15_0(const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0xffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_dmac_15_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0xffff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_first_prio(const void *buf)
{
	return mlx5_gen_get(buf, 3, 13, 0x7);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_first_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 13, 0x7, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_first_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 3, 12, 0x1);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_first_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 12, 0x1, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_first_vid(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xfff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_first_vid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xfff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_ip_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0xff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_ip_protocol(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0xff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_ip_dscp(const void *buf)
{
	return mlx5_gen_get(buf, 4, 18, 0x3f);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_ip_dscp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 18, 0x3f, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_ip_ecn(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0x3);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_ip_ecn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0x3, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_cvlan_tag(const void *buf)
{
	return mlx5_gen_get(buf, 4, 15, 0x1);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_cvlan_tag(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 15, 0x1, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_svlan_tag(const void *buf)
{
	return mlx5_gen_get(buf, 4, 14, 0x1);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_svlan_tag(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 14, 0x1, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_frag(const void *buf)
{
	return mlx5_gen_get(buf, 4, 13, 0x1);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_frag(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 13, 0x1, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_ip_version(const void *buf)
{
	return mlx5_gen_get(buf, 4, 9, 0xf);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_ip_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 9, 0xf, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_tcp_flags(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0x1ff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_tcp_flags(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0x1ff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_tcp_sport(const void *buf)
{
	return mlx5_gen_get(buf, 5, 16, 0xffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_tcp_sport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 16, 0xffff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_tcp_dport(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_tcp_dport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_ipv4_ihl(const void *buf)
{
	return mlx5_gen_get(buf, 6, 12, 0xf);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_ipv4_ihl(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 12, 0xf, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_ttl_hoplimit(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_ttl_hoplimit(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_udp_sport(const void *buf)
{
	return mlx5_gen_get(buf, 7, 16, 0xffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_udp_sport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 16, 0xffff, v);
}
static inline __u32 mlx5_fte_match_set_lyr_2_4_get_udp_dport(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffff);
}

static inline void mlx5_fte_match_set_lyr_2_4_set_udp_dport(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffff, v);
}
static inline void *mlx5_fte_match_set_lyr_2_4_src_ipv4_src_ipv6(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *
mlx5_fte_match_set_lyr_2_4_src_ipv4_src_ipv6_const(const void *buf)
{
	return (const char *)buf + 32;
}
static inline void *mlx5_fte_match_set_lyr_2_4_dst_ipv4_dst_ipv6(void *buf)
{
	return (char *)buf + 48;
}

static inline const void *
mlx5_fte_match_set_lyr_2_4_dst_ipv4_dst_ipv6_const(const void *buf)
{
	return (const char *)buf + 48;
}

/* ipv6_layout_ipv4_layout_auto (16 bytes, union) */
#define MLX5_IPV6_LAYOUT_IPV4_LAYOUT_AUTO_BYTES 16
static inline void *mlx5_ipv6_layout_ipv4_layout_auto_ipv6_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_ipv6_layout_ipv4_layout_auto_ipv6_layout_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_ipv6_layout_ipv4_layout_auto_ipv4_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_ipv6_layout_ipv4_layout_auto_ipv4_layout_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* ipv6_layout (16 bytes) */
#define MLX5_IPV6_LAYOUT_BYTES 16
static inline __u32 mlx5_ipv6_layout_get_ipv6(const void *buf, unsigned int i)
{
	unsigned int bit = 0 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void mlx5_ipv6_layout_set_ipv6(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 0 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}

/* ipv4_layout (16 bytes) */
#define MLX5_IPV4_LAYOUT_BYTES 16
static inline __u32 mlx5_ipv4_layout_get_ipv4(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_ipv4_layout_set_ipv4(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* fte_match_set_misc (64 bytes) */
#define MLX5_FTE_MATCH_SET_MISC_BYTES 64
static inline __u32 mlx5_fte_match_set_misc_get_gre_c_present(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_gre_c_present(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_gre_k_present(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_gre_k_present(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_gre_s_present(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_gre_s_present(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_source_vhca_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_fte_match_set_misc_set_source_vhca_port(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_source_sqn(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffff);
}

static inline void mlx5_fte_match_set_misc_set_source_sqn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_source_eswitch_owner_vhca_id(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void
mlx5_fte_match_set_misc_set_source_eswitch_owner_vhca_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_source_port(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_fte_match_set_misc_set_source_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_outer_second_prio(const void *buf)
{
	return mlx5_gen_get(buf, 2, 29, 0x7);
}

static inline void mlx5_fte_match_set_misc_set_outer_second_prio(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 2, 29, 0x7, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_outer_second_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 2, 28, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_outer_second_cfi(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 28, 0x1, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_outer_second_vid(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xfff);
}

static inline void mlx5_fte_match_set_misc_set_outer_second_vid(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xfff, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_inner_second_prio(const void *buf)
{
	return mlx5_gen_get(buf, 2, 13, 0x7);
}

static inline void mlx5_fte_match_set_misc_set_inner_second_prio(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 2, 13, 0x7, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_inner_second_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 2, 12, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_inner_second_cfi(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 12, 0x1, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_inner_second_vid(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xfff);
}

static inline void mlx5_fte_match_set_misc_set_inner_second_vid(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xfff, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_outer_second_cvlan_tag(const void *buf)
{
	return mlx5_gen_get(buf, 3, 31, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_outer_second_cvlan_tag(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 3, 31, 0x1, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_inner_second_cvlan_tag(const void *buf)
{
	return mlx5_gen_get(buf, 3, 30, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_inner_second_cvlan_tag(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 3, 30, 0x1, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_outer_second_svlan_tag(const void *buf)
{
	return mlx5_gen_get(buf, 3, 29, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_outer_second_svlan_tag(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 3, 29, 0x1, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_inner_second_svlan_tag(const void *buf)
{
	return mlx5_gen_get(buf, 3, 28, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_inner_second_svlan_tag(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 3, 28, 0x1, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_gre_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffff);
}

static inline void mlx5_fte_match_set_misc_set_gre_protocol(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffff, v);
}
static inline void *mlx5_fte_match_set_misc_gre_key(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_fte_match_set_misc_gre_key_const(const void *buf)
{
	return (const char *)buf + 16;
}
static inline __u32 mlx5_fte_match_set_misc_get_vxlan_vni(const void *buf)
{
	return mlx5_gen_get(buf, 5, 8, 0xffffff);
}

static inline void mlx5_fte_match_set_misc_set_vxlan_vni(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 8, 0xffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_bth_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xff);
}

static inline void mlx5_fte_match_set_misc_set_bth_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xff, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_geneve_vni(const void *buf)
{
	return mlx5_gen_get(buf, 6, 8, 0xffffff);
}

static inline void mlx5_fte_match_set_misc_set_geneve_vni(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 8, 0xffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_geneve_tlv_option_0_exist(const void *buf)
{
	return mlx5_gen_get(buf, 6, 1, 0x1);
}

static inline void
mlx5_fte_match_set_misc_set_geneve_tlv_option_0_exist(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 1, 0x1, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_geneve_oam(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0x1);
}

static inline void mlx5_fte_match_set_misc_set_geneve_oam(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0x1, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_outer_ipv6_flow_label(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xfffff);
}

static inline void mlx5_fte_match_set_misc_set_outer_ipv6_flow_label(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xfffff, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_inner_ipv6_flow_label(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xfffff);
}

static inline void mlx5_fte_match_set_misc_set_inner_ipv6_flow_label(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xfffff, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_geneve_opt_len(const void *buf)
{
	return mlx5_gen_get(buf, 9, 16, 0x3f);
}

static inline void mlx5_fte_match_set_misc_set_geneve_opt_len(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 9, 16, 0x3f, v);
}
static inline __u32
mlx5_fte_match_set_misc_get_geneve_protocol_type(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffff);
}

static inline void mlx5_fte_match_set_misc_set_geneve_protocol_type(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffff, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_bth_dst_qp(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffff);
}

static inline void mlx5_fte_match_set_misc_set_bth_dst_qp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc_get_outer_esp_spi(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc_set_outer_esp_spi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}

/* gre_key (4 bytes, union) */
#define MLX5_GRE_KEY_BYTES 4
static inline void *mlx5_gre_key_nvgre(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_gre_key_nvgre_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline __u32 mlx5_gre_key_get_key(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_gre_key_set_key(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}

/* nvgre_key (4 bytes) */
#define MLX5_NVGRE_KEY_BYTES 4
static inline __u32 mlx5_nvgre_key_get_hi(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xffffff);
}

static inline void mlx5_nvgre_key_set_hi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xffffff, v);
}
static inline __u32 mlx5_nvgre_key_get_lo(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_nvgre_key_set_lo(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}

/* fte_match_set_misc2 (64 bytes) */
#define MLX5_FTE_MATCH_SET_MISC2_BYTES 64
static inline void *mlx5_fte_match_set_misc2_outer_first_mpls(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_fte_match_set_misc2_outer_first_mpls_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_fte_match_set_misc2_inner_first_mpls(void *buf)
{
	return (char *)buf + 4;
}

static inline const void *
mlx5_fte_match_set_misc2_inner_first_mpls_const(const void *buf)
{
	return (const char *)buf + 4;
}
static inline void *
mlx5_fte_match_set_misc2_outer_first_mpls_over_gre(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *
mlx5_fte_match_set_misc2_outer_first_mpls_over_gre_const(const void *buf)
{
	return (const char *)buf + 8;
}
static inline void *
mlx5_fte_match_set_misc2_outer_first_mpls_over_udp(void *buf)
{
	return (char *)buf + 12;
}

static inline const void *
mlx5_fte_match_set_misc2_outer_first_mpls_over_udp_const(const void *buf)
{
	return (const char *)buf + 12;
}
static inline __u32
mlx5_fte_match_set_misc2_get_metadata_reg_c_7(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_c_7(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc2_get_metadata_reg_c_6(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_c_6(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc2_get_metadata_reg_c_5(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_c_5(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc2_get_metadata_reg_c_4(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_c_4(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc2_get_metadata_reg_c_3(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_c_3(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc2_get_metadata_reg_c_2(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_c_2(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc2_get_metadata_reg_c_1(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_c_1(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc2_get_metadata_reg_c_0(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_c_0(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc2_get_metadata_reg_a(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc2_set_metadata_reg_a(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc2_get_macsec_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 13, 16, 0xff);
}

static inline void mlx5_fte_match_set_misc2_set_macsec_syndrome(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 13, 16, 0xff, v);
}

/* fte_match_mpls (4 bytes) */
#define MLX5_FTE_MATCH_MPLS_BYTES 4
static inline __u32 mlx5_fte_match_mpls_get_mpls_label(const void *buf)
{
	return mlx5_gen_get(buf, 0, 12, 0xfffff);
}

static inline void mlx5_fte_match_mpls_set_mpls_label(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 12, 0xfffff, v);
}
static inline __u32 mlx5_fte_match_mpls_get_mpls_exp(const void *buf)
{
	return mlx5_gen_get(buf, 0, 9, 0x7);
}

static inline void mlx5_fte_match_mpls_set_mpls_exp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 9, 0x7, v);
}
static inline __u32 mlx5_fte_match_mpls_get_mpls_s_bos(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x1);
}

static inline void mlx5_fte_match_mpls_set_mpls_s_bos(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x1, v);
}
static inline __u32 mlx5_fte_match_mpls_get_mpls_ttl(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_fte_match_mpls_set_mpls_ttl(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}

/* fte_match_set_misc3 (64 bytes) */
#define MLX5_FTE_MATCH_SET_MISC3_BYTES 64
static inline __u32
mlx5_fte_match_set_misc3_get_inner_tcp_seq_num(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_inner_tcp_seq_num(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_outer_tcp_seq_num(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_outer_tcp_seq_num(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_inner_tcp_ack_num(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_inner_tcp_ack_num(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_outer_tcp_ack_num(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_outer_tcp_ack_num(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_outer_vxlan_gpe_vni(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void mlx5_fte_match_set_misc3_set_outer_vxlan_gpe_vni(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_outer_vxlan_gpe_next_protocol(const void *buf)
{
	return mlx5_gen_get(buf, 5, 24, 0xff);
}

static inline void
mlx5_fte_match_set_misc3_set_outer_vxlan_gpe_next_protocol(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 24, 0xff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_outer_vxlan_gpe_flags(const void *buf)
{
	return mlx5_gen_get(buf, 5, 16, 0xff);
}

static inline void mlx5_fte_match_set_misc3_set_outer_vxlan_gpe_flags(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 5, 16, 0xff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_icmp_header_data(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_icmp_header_data(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_icmpv6_header_data(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_icmpv6_header_data(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_icmp_type(const void *buf)
{
	return mlx5_gen_get(buf, 8, 24, 0xff);
}

static inline void mlx5_fte_match_set_misc3_set_icmp_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 24, 0xff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_icmp_code(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0xff);
}

static inline void mlx5_fte_match_set_misc3_set_icmp_code(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0xff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_icmpv6_type(const void *buf)
{
	return mlx5_gen_get(buf, 8, 8, 0xff);
}

static inline void mlx5_fte_match_set_misc3_set_icmpv6_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 8, 0xff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_icmpv6_code(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xff);
}

static inline void mlx5_fte_match_set_misc3_set_icmpv6_code(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_geneve_tlv_option_0_data(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc3_set_geneve_tlv_option_0_data(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_gtpu_teid(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_gtpu_teid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_gtpu_msg_type(const void *buf)
{
	return mlx5_gen_get(buf, 11, 24, 0xff);
}

static inline void mlx5_fte_match_set_misc3_set_gtpu_msg_type(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 11, 24, 0xff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_gtpu_msg_flags(const void *buf)
{
	return mlx5_gen_get(buf, 11, 16, 0xff);
}

static inline void mlx5_fte_match_set_misc3_set_gtpu_msg_flags(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 11, 16, 0xff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_gtpu_dw_2(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_gtpu_dw_2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc3_get_gtpu_first_ext_dw_0(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_gtpu_first_ext_dw_0(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc3_get_gtpu_dw_0(const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc3_set_gtpu_dw_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}

/* fte_match_set_misc4 (64 bytes) */
#define MLX5_FTE_MATCH_SET_MISC4_BYTES 64
static inline __u32
mlx5_fte_match_set_misc4_get_prog_sample_field_value_0(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc4_set_prog_sample_field_value_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc4_get_prog_sample_field_id_0(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc4_set_prog_sample_field_id_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc4_get_prog_sample_field_value_1(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc4_set_prog_sample_field_value_1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc4_get_prog_sample_field_id_1(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc4_set_prog_sample_field_id_1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc4_get_prog_sample_field_value_2(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc4_set_prog_sample_field_value_2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc4_get_prog_sample_field_id_2(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc4_set_prog_sample_field_id_2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc4_get_prog_sample_field_value_3(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc4_set_prog_sample_field_value_3(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc4_get_prog_sample_field_id_3(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_fte_match_set_misc4_set_prog_sample_field_id_3(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}

/* fte_match_set_misc5 (64 bytes) */
#define MLX5_FTE_MATCH_SET_MISC5_BYTES 64
static inline __u32 mlx5_fte_match_set_misc5_get_macsec_tag_0(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc5_set_macsec_tag_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc5_get_macsec_tag_1(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc5_set_macsec_tag_1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc5_get_macsec_tag_2(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc5_set_macsec_tag_2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fte_match_set_misc5_get_macsec_tag_3(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc5_set_macsec_tag_3(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc5_get_tunnel_header_0(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc5_set_tunnel_header_0(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc5_get_tunnel_header_1(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc5_set_tunnel_header_1(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc5_get_tunnel_header_2(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc5_set_tunnel_header_2(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_fte_match_set_misc5_get_tunnel_header_3(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_fte_match_set_misc5_set_tunnel_header_3(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}

/* query_fte_in (64 bytes) */
#define MLX5_QUERY_FTE_IN_BYTES 64
static inline __u32 mlx5_query_fte_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_fte_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_fte_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_fte_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_fte_in_get_table_type(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0xff);
}

static inline void mlx5_query_fte_in_set_table_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0xff, v);
}
static inline __u32 mlx5_query_fte_in_get_table_id(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_query_fte_in_set_table_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}
static inline __u32 mlx5_query_fte_in_get_flow_index(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void mlx5_query_fte_in_set_flow_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}

/* query_fte_out (832 bytes) */
#define MLX5_QUERY_FTE_OUT_BYTES 832
static inline __u32 mlx5_query_fte_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_fte_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_fte_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_fte_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_fte_out_flow_context(void *buf)
{
	return (char *)buf + 64;
}

static inline const void *mlx5_query_fte_out_flow_context_const(const void *buf)
{
	return (const char *)buf + 64;
}

/* flow_context (768 bytes) */
#define MLX5_FLOW_CONTEXT_BYTES 768
static inline void *mlx5_flow_context_push_vlan(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_flow_context_push_vlan_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline __u32 mlx5_flow_context_get_group_id(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_flow_context_set_group_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_flow_context_get_flow_tag(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_flow_context_set_flow_tag(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_flow_context_get_action(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffff);
}

static inline void mlx5_flow_context_set_action(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffff, v);
}
static inline __u32 mlx5_flow_context_get_extended_destination(const void *buf)
{
	return mlx5_gen_get(buf, 4, 31, 0x1);
}

static inline void mlx5_flow_context_set_extended_destination(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 4, 31, 0x1, v);
}
static inline __u32 mlx5_flow_context_get_flow_source(const void *buf)
{
	return mlx5_gen_get(buf, 4, 28, 0x3);
}

static inline void mlx5_flow_context_set_flow_source(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 28, 0x3, v);
}
static inline __u32 mlx5_flow_context_get_encrypt_decrypt_type(const void *buf)
{
	return mlx5_gen_get(buf, 4, 24, 0xf);
}

static inline void mlx5_flow_context_set_encrypt_decrypt_type(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 4, 24, 0xf, v);
}
static inline __u32 mlx5_flow_context_get_destination_list_size(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void mlx5_flow_context_set_destination_list_size(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32
mlx5_flow_context_get_flow_counter_list_size(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_flow_context_set_flow_counter_list_size(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}
static inline __u32 mlx5_flow_context_get_packet_reformat_id(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_flow_context_set_packet_reformat_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32 mlx5_flow_context_get_modify_header_id(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_flow_context_set_modify_header_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline void *mlx5_flow_context_push_vlan_2(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *mlx5_flow_context_push_vlan_2_const(const void *buf)
{
	return (const char *)buf + 32;
}
static inline __u32
mlx5_flow_context_get_encrypt_decrypt_obj_id(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void mlx5_flow_context_set_encrypt_decrypt_obj_id(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline void *mlx5_flow_context_match_value(void *buf)
{
	return (char *)buf + 64;
}

static inline const void *mlx5_flow_context_match_value_const(const void *buf)
{
	return (const char *)buf + 64;
}
static inline void *mlx5_flow_context_execute_aso(void *buf, unsigned int i)
{
	return (char *)buf + 576 + i * 8;
}

static inline const void *mlx5_flow_context_execute_aso_const(const void *buf,
							      unsigned int i)
{
	return (const char *)buf + 576 + i * 8;
}
static inline void *mlx5_flow_context_destination(void *buf, unsigned int i)
{
	return (char *)buf + 768 + i * 16;
}

static inline const void *mlx5_flow_context_destination_const(const void *buf,
							      unsigned int i)
{
	return (const char *)buf + 768 + i * 16;
}

/* vlan (4 bytes) */
#define MLX5_VLAN_BYTES 4
static inline __u32 mlx5_vlan_get_ethtype(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_vlan_set_ethtype(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_vlan_get_prio(const void *buf)
{
	return mlx5_gen_get(buf, 0, 13, 0x7);
}

static inline void mlx5_vlan_set_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 13, 0x7, v);
}
static inline __u32 mlx5_vlan_get_cfi(const void *buf)
{
	return mlx5_gen_get(buf, 0, 12, 0x1);
}

static inline void mlx5_vlan_set_cfi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 12, 0x1, v);
}
static inline __u32 mlx5_vlan_get_vid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xfff);
}

static inline void mlx5_vlan_set_vid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xfff, v);
}

/* execute_aso (8 bytes) */
#define MLX5_EXECUTE_ASO_BYTES 8
static inline __u32 mlx5_execute_aso_get_valid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_execute_aso_set_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_execute_aso_get_aso_object_id(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffff);
}

static inline void mlx5_execute_aso_set_aso_object_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffff, v);
}
static inline void *mlx5_execute_aso_exe_aso_ctrl(void *buf)
{
	return (char *)buf + 4;
}

static inline const void *mlx5_execute_aso_exe_aso_ctrl_const(const void *buf)
{
	return (const char *)buf + 4;
}

/* exe_aso_ctrl (4 bytes, union) */
#define MLX5_EXE_ASO_CTRL_BYTES 4
static inline void *mlx5_exe_aso_ctrl_exe_aso_ctrl_flow_meter(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_exe_aso_ctrl_exe_aso_ctrl_flow_meter_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* exe_aso_ctrl_flow_meter (4 bytes) */
#define MLX5_EXE_ASO_CTRL_FLOW_METER_BYTES 4
static inline __u32
mlx5_exe_aso_ctrl_flow_meter_get_return_reg_id(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_exe_aso_ctrl_flow_meter_set_return_reg_id(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_exe_aso_ctrl_flow_meter_get_aso_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xf);
}

static inline void mlx5_exe_aso_ctrl_flow_meter_set_aso_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xf, v);
}
static inline __u32 mlx5_exe_aso_ctrl_flow_meter_get_action(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void mlx5_exe_aso_ctrl_flow_meter_set_action(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline __u32 mlx5_exe_aso_ctrl_flow_meter_get_init_color(const void *buf)
{
	return mlx5_gen_get(buf, 0, 1, 0x3);
}

static inline void mlx5_exe_aso_ctrl_flow_meter_set_init_color(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 1, 0x3, v);
}
static inline __u32 mlx5_exe_aso_ctrl_flow_meter_get_meter_id(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void mlx5_exe_aso_ctrl_flow_meter_set_meter_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}

/* dest_format_struct_flow_counter_list_auto (16 bytes, union) */
#define MLX5_DEST_FORMAT_STRUCT_FLOW_COUNTER_LIST_AUTO_BYTES 16
static inline void *
mlx5_dest_format_struct_flow_counter_list_auto_extended_dest_format(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_dest_format_struct_flow_counter_list_auto_extended_dest_format_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_dest_format_struct_flow_counter_list_auto_flow_counter_list(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_dest_format_struct_flow_counter_list_auto_flow_counter_list_const(
	const void *buf)
{
	return (const char *)buf + 0;
}

/* extended_dest_format (16 bytes) */
#define MLX5_EXTENDED_DEST_FORMAT_BYTES 16
static inline void *mlx5_extended_dest_format_destination_entry(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_extended_dest_format_destination_entry_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline __u32
mlx5_extended_dest_format_get_packet_reformat_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_extended_dest_format_set_packet_reformat_id(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}

/* dest_format_struct (8 bytes) */
#define MLX5_DEST_FORMAT_STRUCT_BYTES 8
static inline __u32
mlx5_dest_format_struct_get_destination_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_dest_format_struct_set_destination_type(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_dest_format_struct_get_destination_id(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffff);
}

static inline void mlx5_dest_format_struct_set_destination_id(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffff, v);
}
static inline __u32
mlx5_dest_format_struct_get_destination_eswitch_owner_vhca_id_valid(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void
mlx5_dest_format_struct_set_destination_eswitch_owner_vhca_id_valid(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_dest_format_struct_get_packet_reformat(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_dest_format_struct_set_packet_reformat(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32
mlx5_dest_format_struct_get_destination_eswitch_owner_vhca_id(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void
mlx5_dest_format_struct_set_destination_eswitch_owner_vhca_id(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* flow_counter_list (8 bytes) */
#define MLX5_FLOW_COUNTER_LIST_BYTES 8
static inline __u32 mlx5_flow_counter_list_get_flow_counter_id(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_flow_counter_list_set_flow_counter_id(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}

/* query_flow_counter_in (32 bytes) */
#define MLX5_QUERY_FLOW_COUNTER_IN_BYTES 32
static inline __u32 mlx5_query_flow_counter_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_flow_counter_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_flow_counter_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_flow_counter_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_query_flow_counter_in_get_clear(const void *buf)
{
	return mlx5_gen_get(buf, 6, 31, 0x1);
}

static inline void mlx5_query_flow_counter_in_set_clear(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 31, 0x1, v);
}
static inline __u32
mlx5_query_flow_counter_in_get_num_of_counters(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffff);
}

static inline void mlx5_query_flow_counter_in_set_num_of_counters(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffff, v);
}
static inline __u32
mlx5_query_flow_counter_in_get_flow_counter_id(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void mlx5_query_flow_counter_in_set_flow_counter_id(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}

/* query_flow_counter_out (16 bytes) */
#define MLX5_QUERY_FLOW_COUNTER_OUT_BYTES 16
static inline __u32 mlx5_query_flow_counter_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_flow_counter_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_query_flow_counter_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_query_flow_counter_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_query_flow_counter_out_flow_statistics(void *buf,
								unsigned int i)
{
	return (char *)buf + 16 + i * 16;
}

static inline const void *
mlx5_query_flow_counter_out_flow_statistics_const(const void *buf,
						  unsigned int i)
{
	return (const char *)buf + 16 + i * 16;
}

/* query_packet_reformat_context_in (32 bytes) */
#define MLX5_QUERY_PACKET_REFORMAT_CONTEXT_IN_BYTES 32
static inline __u32
mlx5_query_packet_reformat_context_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_packet_reformat_context_in_set_opcode(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32
mlx5_query_packet_reformat_context_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_packet_reformat_context_in_set_op_mod(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_packet_reformat_context_in_get_packet_reformat_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_query_packet_reformat_context_in_set_packet_reformat_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}

/* query_packet_reformat_context_out (28 bytes) */
#define MLX5_QUERY_PACKET_REFORMAT_CONTEXT_OUT_BYTES 28
static inline __u32
mlx5_query_packet_reformat_context_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_query_packet_reformat_context_out_set_status(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_query_packet_reformat_context_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_query_packet_reformat_context_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *
mlx5_query_packet_reformat_context_out_packet_reformat_context(void *buf,
							       unsigned int i)
{
	return (char *)buf + 28 + i * 8;
}

static inline const void *
mlx5_query_packet_reformat_context_out_packet_reformat_context_const(
	const void *buf, unsigned int i)
{
	return (const char *)buf + 28 + i * 8;
}

/* packet_reformat_context_in (8 bytes) */
#define MLX5_PACKET_REFORMAT_CONTEXT_IN_BYTES 8
static inline __u32
mlx5_packet_reformat_context_in_get_reformat_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_packet_reformat_context_in_set_reformat_type(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_packet_reformat_context_in_get_reformat_param_0(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xf);
}

static inline void
mlx5_packet_reformat_context_in_set_reformat_param_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xf, v);
}
static inline __u32
mlx5_packet_reformat_context_in_get_reformat_data_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3ff);
}

static inline void
mlx5_packet_reformat_context_in_set_reformat_data_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3ff, v);
}
static inline __u32
mlx5_packet_reformat_context_in_get_reformat_param_1(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0xff);
}

static inline void
mlx5_packet_reformat_context_in_set_reformat_param_1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0xff, v);
}
static inline __u32
mlx5_packet_reformat_context_in_get_reformat_data(const void *buf,
						  unsigned int i)
{
	unsigned int bit = 48 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void
mlx5_packet_reformat_context_in_set_reformat_data(void *buf, unsigned int i,
						  __u32 v)
{
	unsigned int bit = 48 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}
static inline __u32
mlx5_packet_reformat_context_in_get_more_reformat_data(const void *buf,
						       unsigned int i)
{
	unsigned int bit = 64 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void
mlx5_packet_reformat_context_in_set_more_reformat_data(void *buf,
						       unsigned int i, __u32 v)
{
	unsigned int bit = 64 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}

/* query_modify_header_context_in (32 bytes) */
#define MLX5_QUERY_MODIFY_HEADER_CONTEXT_IN_BYTES 32
static inline __u32
mlx5_query_modify_header_context_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_query_modify_header_context_in_set_opcode(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_query_modify_header_context_in_get_uid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_query_modify_header_context_in_set_uid(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32
mlx5_query_modify_header_context_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_query_modify_header_context_in_set_op_mod(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_query_modify_header_context_in_get_modify_header_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_query_modify_header_context_in_set_modify_header_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}

/* fpga_query_qp_in (16 bytes) */
#define MLX5_FPGA_QUERY_QP_IN_BYTES 16
static inline __u32 mlx5_fpga_query_qp_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_fpga_query_qp_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_fpga_query_qp_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_fpga_query_qp_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_fpga_query_qp_in_get_fpga_qpn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_fpga_query_qp_in_set_fpga_qpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* fpga_query_qp_out (112 bytes) */
#define MLX5_FPGA_QUERY_QP_OUT_BYTES 112
static inline __u32 mlx5_fpga_query_qp_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_fpga_query_qp_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_fpga_query_qp_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_fpga_query_qp_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline void *mlx5_fpga_query_qp_out_fpga_qpc(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_fpga_query_qp_out_fpga_qpc_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* fpga_qpc (96 bytes) */
#define MLX5_FPGA_QPC_BYTES 96
static inline __u32 mlx5_fpga_qpc_get_state(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_fpga_qpc_set_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_fpga_qpc_get_qp_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void mlx5_fpga_qpc_set_qp_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}
static inline __u32 mlx5_fpga_qpc_get_st(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0xf);
}

static inline void mlx5_fpga_qpc_set_st(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0xf, v);
}
static inline __u32 mlx5_fpga_qpc_get_traffic_class(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_fpga_qpc_set_traffic_class(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}
static inline __u32 mlx5_fpga_qpc_get_ether_type(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xffff);
}

static inline void mlx5_fpga_qpc_set_ether_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_prio(const void *buf)
{
	return mlx5_gen_get(buf, 2, 13, 0x7);
}

static inline void mlx5_fpga_qpc_set_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 13, 0x7, v);
}
static inline __u32 mlx5_fpga_qpc_get_dei(const void *buf)
{
	return mlx5_gen_get(buf, 2, 12, 0x1);
}

static inline void mlx5_fpga_qpc_set_dei(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 12, 0x1, v);
}
static inline __u32 mlx5_fpga_qpc_get_vid(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xfff);
}

static inline void mlx5_fpga_qpc_set_vid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xfff, v);
}
static inline __u32 mlx5_fpga_qpc_get_next_rcv_psn(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void mlx5_fpga_qpc_set_next_rcv_psn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_next_send_psn(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_fpga_qpc_set_next_send_psn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_pkey(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffff);
}

static inline void mlx5_fpga_qpc_set_pkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_remote_qpn(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffff);
}

static inline void mlx5_fpga_qpc_set_remote_qpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_rnr_retry(const void *buf)
{
	return mlx5_gen_get(buf, 8, 8, 0x7);
}

static inline void mlx5_fpga_qpc_set_rnr_retry(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 8, 0x7, v);
}
static inline __u32 mlx5_fpga_qpc_get_retry_count(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0x7);
}

static inline void mlx5_fpga_qpc_set_retry_count(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0x7, v);
}
static inline __u32 mlx5_fpga_qpc_get_remote_mac_47_32(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffff);
}

static inline void mlx5_fpga_qpc_set_remote_mac_47_32(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_remote_mac_31_0(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void mlx5_fpga_qpc_set_remote_mac_31_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_remote_ip(const void *buf, unsigned int i)
{
	unsigned int bit = 384 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void mlx5_fpga_qpc_set_remote_ip(void *buf, unsigned int i,
					       __u32 v)
{
	unsigned int bit = 384 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}
static inline __u32 mlx5_fpga_qpc_get_fpga_mac_47_32(const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffff);
}

static inline void mlx5_fpga_qpc_set_fpga_mac_47_32(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_fpga_mac_31_0(const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void mlx5_fpga_qpc_set_fpga_mac_31_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32 mlx5_fpga_qpc_get_fpga_ip(const void *buf, unsigned int i)
{
	unsigned int bit = 640 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void mlx5_fpga_qpc_set_fpga_ip(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 640 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}

/* fpga_query_qp_counters_in (16 bytes) */
#define MLX5_FPGA_QUERY_QP_COUNTERS_IN_BYTES 16
static inline __u32 mlx5_fpga_query_qp_counters_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_fpga_query_qp_counters_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_fpga_query_qp_counters_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_fpga_query_qp_counters_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_fpga_query_qp_counters_in_get_clear(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_fpga_query_qp_counters_in_set_clear(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_fpga_query_qp_counters_in_get_fpga_qpn(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_fpga_query_qp_counters_in_set_fpga_qpn(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}

/* fpga_query_qp_counters_out (112 bytes) */
#define MLX5_FPGA_QUERY_QP_COUNTERS_OUT_BYTES 112
static inline __u32 mlx5_fpga_query_qp_counters_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_fpga_query_qp_counters_out_set_status(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32
mlx5_fpga_query_qp_counters_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_fpga_query_qp_counters_out_set_syndrome(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u64
mlx5_fpga_query_qp_counters_out_get_rx_ack_packets(const void *buf)
{
	return mlx5_gen_get64(buf, 4);
}

static inline void mlx5_fpga_query_qp_counters_out_set_rx_ack_packets(void *buf,
								      __u64 v)
{
	mlx5_gen_set64(buf, 4, v);
}
static inline __u64
mlx5_fpga_query_qp_counters_out_get_rx_send_packets(const void *buf)
{
	return mlx5_gen_get64(buf, 6);
}

static inline void
mlx5_fpga_query_qp_counters_out_set_rx_send_packets(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 6, v);
}
static inline __u64
mlx5_fpga_query_qp_counters_out_get_tx_ack_packets(const void *buf)
{
	return mlx5_gen_get64(buf, 8);
}

static inline void mlx5_fpga_query_qp_counters_out_set_tx_ack_packets(void *buf,
								      __u64 v)
{
	mlx5_gen_set64(buf, 8, v);
}
static inline __u64
mlx5_fpga_query_qp_counters_out_get_tx_send_packets(const void *buf)
{
	return mlx5_gen_get64(buf, 10);
}

static inline void
mlx5_fpga_query_qp_counters_out_set_tx_send_packets(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 10, v);
}
static inline __u64
mlx5_fpga_query_qp_counters_out_get_rx_total_drop(const void *buf)
{
	return mlx5_gen_get64(buf, 12);
}

static inline void mlx5_fpga_query_qp_counters_out_set_rx_total_drop(void *buf,
								     __u64 v)
{
	mlx5_gen_set64(buf, 12, v);
}

/* general_obj_in_cmd_hdr (16 bytes) */
#define MLX5_GENERAL_OBJ_IN_CMD_HDR_BYTES 16
static inline __u32 mlx5_general_obj_in_cmd_hdr_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_general_obj_in_cmd_hdr_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_general_obj_in_cmd_hdr_get_uid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_general_obj_in_cmd_hdr_set_uid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32
mlx5_general_obj_in_cmd_hdr_get_vhca_tunnel_id(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void mlx5_general_obj_in_cmd_hdr_set_vhca_tunnel_id(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32 mlx5_general_obj_in_cmd_hdr_get_obj_type(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_general_obj_in_cmd_hdr_set_obj_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_general_obj_in_cmd_hdr_get_obj_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_general_obj_in_cmd_hdr_set_obj_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_general_obj_in_cmd_hdr_get_log_obj_range(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0x1f);
}

static inline void mlx5_general_obj_in_cmd_hdr_set_log_obj_range(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0x1f, v);
}

/* general_obj_out_cmd_hdr (16 bytes) */
#define MLX5_GENERAL_OBJ_OUT_CMD_HDR_BYTES 16
static inline __u32 mlx5_general_obj_out_cmd_hdr_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_general_obj_out_cmd_hdr_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_general_obj_out_cmd_hdr_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_general_obj_out_cmd_hdr_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_general_obj_out_cmd_hdr_get_obj_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_general_obj_out_cmd_hdr_set_obj_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}

/* create_uctx_in (64 bytes) */
#define MLX5_CREATE_UCTX_IN_BYTES 64
static inline __u32 mlx5_create_uctx_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_create_uctx_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_create_uctx_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_create_uctx_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline void *mlx5_create_uctx_in_uctx(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_create_uctx_in_uctx_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* uctx (48 bytes) */
#define MLX5_UCTX_BYTES 48
static inline __u32 mlx5_uctx_get_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_uctx_set_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}

/* create_uctx_out (16 bytes) */
#define MLX5_CREATE_UCTX_OUT_BYTES 16
static inline __u32 mlx5_create_uctx_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_create_uctx_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_create_uctx_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_create_uctx_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_create_uctx_out_get_uid(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_create_uctx_out_set_uid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* destroy_uctx_in (16 bytes) */
#define MLX5_DESTROY_UCTX_IN_BYTES 16
static inline __u32 mlx5_destroy_uctx_in_get_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void mlx5_destroy_uctx_in_set_opcode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32 mlx5_destroy_uctx_in_get_op_mod(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_destroy_uctx_in_set_op_mod(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_destroy_uctx_in_get_uid(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_destroy_uctx_in_set_uid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* destroy_uctx_out (16 bytes) */
#define MLX5_DESTROY_UCTX_OUT_BYTES 16
static inline __u32 mlx5_destroy_uctx_out_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_destroy_uctx_out_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_destroy_uctx_out_get_syndrome(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_destroy_uctx_out_set_syndrome(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}

/* sbpr_reg (24 bytes) */
#define MLX5_SBPR_REG_BYTES 24
static inline __u32 mlx5_sbpr_reg_get_desc(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_sbpr_reg_set_desc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_sbpr_reg_get_snap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_sbpr_reg_set_snap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_sbpr_reg_get_dir(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x3);
}

static inline void mlx5_sbpr_reg_set_dir(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x3, v);
}
static inline __u32 mlx5_sbpr_reg_get_pool(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_sbpr_reg_set_pool(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}
static inline __u32 mlx5_sbpr_reg_get_infi_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_sbpr_reg_set_infi_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_sbpr_reg_get_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_sbpr_reg_set_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}
static inline __u32 mlx5_sbpr_reg_get_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_sbpr_reg_set_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}
static inline __u32 mlx5_sbpr_reg_get_buff_occupancy(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_sbpr_reg_set_buff_occupancy(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}
static inline __u32 mlx5_sbpr_reg_get_clr(const void *buf)
{
	return mlx5_gen_get(buf, 4, 31, 0x1);
}

static inline void mlx5_sbpr_reg_set_clr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 31, 0x1, v);
}
static inline __u32 mlx5_sbpr_reg_get_max_buff_occupancy(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void mlx5_sbpr_reg_set_max_buff_occupancy(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32 mlx5_sbpr_reg_get_ext_buff_occupancy(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_sbpr_reg_set_ext_buff_occupancy(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}

/* sbcm_reg (40 bytes) */
#define MLX5_SBCM_REG_BYTES 40
static inline __u32 mlx5_sbcm_reg_get_desc(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_sbcm_reg_set_desc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_sbcm_reg_get_snap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_sbcm_reg_set_snap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_sbcm_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_sbcm_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_sbcm_reg_get_pnat(const void *buf)
{
	return mlx5_gen_get(buf, 0, 14, 0x3);
}

static inline void mlx5_sbcm_reg_set_pnat(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 14, 0x3, v);
}
static inline __u32 mlx5_sbcm_reg_get_pg_buff(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x3f);
}

static inline void mlx5_sbcm_reg_set_pg_buff(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x3f, v);
}
static inline __u32 mlx5_sbcm_reg_get_dir(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3);
}

static inline void mlx5_sbcm_reg_set_dir(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3, v);
}
static inline __u32 mlx5_sbcm_reg_get_exc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x1);
}

static inline void mlx5_sbcm_reg_set_exc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x1, v);
}
static inline __u32 mlx5_sbcm_reg_get_buff_occupancy(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffff);
}

static inline void mlx5_sbcm_reg_set_buff_occupancy(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffff, v);
}
static inline __u32 mlx5_sbcm_reg_get_clr(const void *buf)
{
	return mlx5_gen_get(buf, 5, 31, 0x1);
}

static inline void mlx5_sbcm_reg_set_clr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 31, 0x1, v);
}
static inline __u32 mlx5_sbcm_reg_get_max_buff_occupancy(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffff);
}

static inline void mlx5_sbcm_reg_set_max_buff_occupancy(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffff, v);
}
static inline __u32 mlx5_sbcm_reg_get_min_buff(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffff);
}

static inline void mlx5_sbcm_reg_set_min_buff(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffff, v);
}
static inline __u32 mlx5_sbcm_reg_get_infi_max(const void *buf)
{
	return mlx5_gen_get(buf, 7, 31, 0x1);
}

static inline void mlx5_sbcm_reg_set_infi_max(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 31, 0x1, v);
}
static inline __u32 mlx5_sbcm_reg_get_max_buff(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffff);
}

static inline void mlx5_sbcm_reg_set_max_buff(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffff, v);
}
static inline __u32 mlx5_sbcm_reg_get_pool(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xf);
}

static inline void mlx5_sbcm_reg_set_pool(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xf, v);
}

/* qpts_reg (8 bytes) */
#define MLX5_QPTS_REG_BYTES 8
static inline __u32 mlx5_qpts_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_qpts_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_qpts_reg_get_trust_state(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x7);
}

static inline void mlx5_qpts_reg_set_trust_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x7, v);
}

/* qtct_reg (8 bytes) */
#define MLX5_QTCT_REG_BYTES 8
static inline __u32 mlx5_qtct_reg_get_port_number(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_qtct_reg_set_port_number(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_qtct_reg_get_prio(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x7);
}

static inline void mlx5_qtct_reg_set_prio(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x7, v);
}
static inline __u32 mlx5_qtct_reg_get_tclass(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x7);
}

static inline void mlx5_qtct_reg_set_tclass(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x7, v);
}

/* dcbx_param (64 bytes) */
#define MLX5_DCBX_PARAM_BYTES 64
static inline __u32 mlx5_dcbx_param_get_dcbx_cee_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_dcbx_param_set_dcbx_cee_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_dcbx_param_get_dcbx_ieee_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_dcbx_param_set_dcbx_ieee_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_dcbx_param_get_dcbx_standby_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_dcbx_param_set_dcbx_standby_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32 mlx5_dcbx_param_get_port_number(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_dcbx_param_set_port_number(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32
mlx5_dcbx_param_get_max_application_table_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3f);
}

static inline void mlx5_dcbx_param_set_max_application_table_size(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3f, v);
}
static inline __u32 mlx5_dcbx_param_get_version_oper(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0x7);
}

static inline void mlx5_dcbx_param_set_version_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0x7, v);
}
static inline __u32 mlx5_dcbx_param_get_version_admin(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x7);
}

static inline void mlx5_dcbx_param_set_version_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x7, v);
}
static inline __u32 mlx5_dcbx_param_get_willing_admin(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_dcbx_param_set_willing_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_dcbx_param_get_pfc_cap_oper(const void *buf)
{
	return mlx5_gen_get(buf, 2, 24, 0xf);
}

static inline void mlx5_dcbx_param_set_pfc_cap_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 24, 0xf, v);
}
static inline __u32 mlx5_dcbx_param_get_pfc_cap_admin(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xf);
}

static inline void mlx5_dcbx_param_set_pfc_cap_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xf, v);
}
static inline __u32 mlx5_dcbx_param_get_num_of_tc_oper(const void *buf)
{
	return mlx5_gen_get(buf, 2, 8, 0xf);
}

static inline void mlx5_dcbx_param_set_num_of_tc_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 8, 0xf, v);
}
static inline __u32 mlx5_dcbx_param_get_num_of_tc_admin(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_dcbx_param_set_num_of_tc_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}
static inline __u32 mlx5_dcbx_param_get_remote_willing(const void *buf)
{
	return mlx5_gen_get(buf, 3, 31, 0x1);
}

static inline void mlx5_dcbx_param_set_remote_willing(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 31, 0x1, v);
}
static inline __u32 mlx5_dcbx_param_get_remote_pfc_cap(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xf);
}

static inline void mlx5_dcbx_param_set_remote_pfc_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xf, v);
}
static inline __u32 mlx5_dcbx_param_get_remote_num_of_tc(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xf);
}

static inline void mlx5_dcbx_param_set_remote_num_of_tc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xf, v);
}
static inline __u32 mlx5_dcbx_param_get_error(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xff);
}

static inline void mlx5_dcbx_param_set_error(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xff, v);
}

/* fpga_ctrl (16 bytes) */
#define MLX5_FPGA_CTRL_BYTES 16
static inline __u32 mlx5_fpga_ctrl_get_operation(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_fpga_ctrl_set_operation(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_fpga_ctrl_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_fpga_ctrl_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_fpga_ctrl_get_flash_select_admin(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xff);
}

static inline void mlx5_fpga_ctrl_set_flash_select_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xff, v);
}
static inline __u32 mlx5_fpga_ctrl_get_flash_select_oper(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_fpga_ctrl_set_flash_select_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}

/* fpga_access_reg (16 bytes) */
#define MLX5_FPGA_ACCESS_REG_BYTES 16
static inline __u32 mlx5_fpga_access_reg_get_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_fpga_access_reg_set_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u64 mlx5_fpga_access_reg_get_address(const void *buf)
{
	return mlx5_gen_get64(buf, 2);
}

static inline void mlx5_fpga_access_reg_set_address(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 2, v);
}
static inline __u32 mlx5_fpga_access_reg_get_data(const void *buf,
						  unsigned int i)
{
	unsigned int bit = 128 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void mlx5_fpga_access_reg_set_data(void *buf, unsigned int i,
						 __u32 v)
{
	unsigned int bit = 128 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}

/* core_dump_reg (64 bytes) */
#define MLX5_CORE_DUMP_REG_BYTES 64
static inline __u32 mlx5_core_dump_reg_get_core_dump_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_core_dump_reg_set_core_dump_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_core_dump_reg_get_vhca_id(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_core_dump_reg_set_vhca_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_core_dump_reg_get_qpn(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_core_dump_reg_set_qpn(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}

/* pcap_reg (20 bytes) */
#define MLX5_PCAP_REG_BYTES 20
static inline __u32 mlx5_pcap_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pcap_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pcap_reg_get_port_capability_mask(const void *buf,
							   unsigned int i)
{
	unsigned int bit = 32 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void
mlx5_pcap_reg_set_port_capability_mask(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 32 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}

/* pmtu_reg (16 bytes) */
#define MLX5_PMTU_REG_BYTES 16
static inline __u32 mlx5_pmtu_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pmtu_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pmtu_reg_get_max_mtu(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void mlx5_pmtu_reg_set_max_mtu(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32 mlx5_pmtu_reg_get_admin_mtu(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xffff);
}

static inline void mlx5_pmtu_reg_set_admin_mtu(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xffff, v);
}
static inline __u32 mlx5_pmtu_reg_get_oper_mtu(const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0xffff);
}

static inline void mlx5_pmtu_reg_set_oper_mtu(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0xffff, v);
}

/* ptys_reg (64 bytes) */
#define MLX5_PTYS_REG_BYTES 64
static inline __u32 mlx5_ptys_reg_get_an_disable_admin(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_ptys_reg_set_an_disable_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_ptys_reg_get_an_disable_cap(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_ptys_reg_set_an_disable_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32 mlx5_ptys_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_ptys_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_ptys_reg_get_proto_mask(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x7);
}

static inline void mlx5_ptys_reg_set_proto_mask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x7, v);
}
static inline __u32 mlx5_ptys_reg_get_an_status(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0xf);
}

static inline void mlx5_ptys_reg_set_an_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0xf, v);
}
static inline __u32 mlx5_ptys_reg_get_data_rate_oper(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_ptys_reg_set_data_rate_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ext_eth_proto_capability(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_ptys_reg_set_ext_eth_proto_capability(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_ptys_reg_get_eth_proto_capability(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_ptys_reg_set_eth_proto_capability(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ib_link_width_capability(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xffff);
}

static inline void mlx5_ptys_reg_set_ib_link_width_capability(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ib_proto_capability(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_ptys_reg_set_ib_proto_capability(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ext_eth_proto_admin(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_ptys_reg_set_ext_eth_proto_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32 mlx5_ptys_reg_get_eth_proto_admin(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_ptys_reg_set_eth_proto_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ib_link_width_admin(const void *buf)
{
	return mlx5_gen_get(buf, 7, 16, 0xffff);
}

static inline void mlx5_ptys_reg_set_ib_link_width_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 16, 0xffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ib_proto_admin(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffff);
}

static inline void mlx5_ptys_reg_set_ib_proto_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ext_eth_proto_oper(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void mlx5_ptys_reg_set_ext_eth_proto_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32 mlx5_ptys_reg_get_eth_proto_oper(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void mlx5_ptys_reg_set_eth_proto_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ib_link_width_oper(const void *buf)
{
	return mlx5_gen_get(buf, 10, 16, 0xffff);
}

static inline void mlx5_ptys_reg_set_ib_link_width_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 16, 0xffff, v);
}
static inline __u32 mlx5_ptys_reg_get_ib_proto_oper(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffff);
}

static inline void mlx5_ptys_reg_set_ib_proto_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffff, v);
}
static inline __u32 mlx5_ptys_reg_get_connector_type(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xf);
}

static inline void mlx5_ptys_reg_set_connector_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xf, v);
}
static inline __u32 mlx5_ptys_reg_get_eth_proto_lp_advertise(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void mlx5_ptys_reg_set_eth_proto_lp_advertise(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}

/* paos_reg (16 bytes) */
#define MLX5_PAOS_REG_BYTES 16
static inline __u32 mlx5_paos_reg_get_swid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_paos_reg_set_swid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_paos_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_paos_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_paos_reg_get_admin_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xf);
}

static inline void mlx5_paos_reg_set_admin_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xf, v);
}
static inline __u32 mlx5_paos_reg_get_oper_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_paos_reg_set_oper_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}
static inline __u32 mlx5_paos_reg_get_ase(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_paos_reg_set_ase(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_paos_reg_get_ee(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_paos_reg_set_ee(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32 mlx5_paos_reg_get_e(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x3);
}

static inline void mlx5_paos_reg_set_e(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x3, v);
}

/* pfcc_reg (32 bytes) */
#define MLX5_PFCC_REG_BYTES 32
static inline __u32 mlx5_pfcc_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pfcc_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pfcc_reg_get_ppan_mask_n(const void *buf)
{
	return mlx5_gen_get(buf, 0, 4, 0x1);
}

static inline void mlx5_pfcc_reg_set_ppan_mask_n(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 4, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_minor_stall_mask(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void mlx5_pfcc_reg_set_minor_stall_mask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_critical_stall_mask(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void mlx5_pfcc_reg_set_critical_stall_mask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_ppan(const void *buf)
{
	return mlx5_gen_get(buf, 1, 28, 0xf);
}

static inline void mlx5_pfcc_reg_set_ppan(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 28, 0xf, v);
}
static inline __u32 mlx5_pfcc_reg_get_prio_mask_tx(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xff);
}

static inline void mlx5_pfcc_reg_set_prio_mask_tx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xff, v);
}
static inline __u32 mlx5_pfcc_reg_get_prio_mask_rx(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_pfcc_reg_set_prio_mask_rx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}
static inline __u32 mlx5_pfcc_reg_get_pptx(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_pfcc_reg_set_pptx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_aptx(const void *buf)
{
	return mlx5_gen_get(buf, 2, 30, 0x1);
}

static inline void mlx5_pfcc_reg_set_aptx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 30, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_pptx_mask_n(const void *buf)
{
	return mlx5_gen_get(buf, 2, 29, 0x1);
}

static inline void mlx5_pfcc_reg_set_pptx_mask_n(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 29, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_pfctx(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xff);
}

static inline void mlx5_pfcc_reg_set_pfctx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xff, v);
}
static inline __u32 mlx5_pfcc_reg_get_pprx(const void *buf)
{
	return mlx5_gen_get(buf, 3, 31, 0x1);
}

static inline void mlx5_pfcc_reg_set_pprx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 31, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_aprx(const void *buf)
{
	return mlx5_gen_get(buf, 3, 30, 0x1);
}

static inline void mlx5_pfcc_reg_set_aprx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 30, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_pprx_mask_n(const void *buf)
{
	return mlx5_gen_get(buf, 3, 29, 0x1);
}

static inline void mlx5_pfcc_reg_set_pprx_mask_n(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 29, 0x1, v);
}
static inline __u32 mlx5_pfcc_reg_get_pfcrx(const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0xff);
}

static inline void mlx5_pfcc_reg_set_pfcrx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0xff, v);
}
static inline __u32
mlx5_pfcc_reg_get_device_stall_minor_watermark(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xffff);
}

static inline void mlx5_pfcc_reg_set_device_stall_minor_watermark(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xffff, v);
}
static inline __u32
mlx5_pfcc_reg_get_device_stall_critical_watermark(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_pfcc_reg_set_device_stall_critical_watermark(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}

/* ppcnt_reg (256 bytes) */
#define MLX5_PPCNT_REG_BYTES 256
static inline __u32 mlx5_ppcnt_reg_get_swid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_ppcnt_reg_set_swid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_ppcnt_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_ppcnt_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_ppcnt_reg_get_pnat(const void *buf)
{
	return mlx5_gen_get(buf, 0, 14, 0x3);
}

static inline void mlx5_ppcnt_reg_set_pnat(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 14, 0x3, v);
}
static inline __u32 mlx5_ppcnt_reg_get_grp(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3f);
}

static inline void mlx5_ppcnt_reg_set_grp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3f, v);
}
static inline __u32 mlx5_ppcnt_reg_get_clr(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_ppcnt_reg_set_clr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_ppcnt_reg_get_prio_tc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x7);
}

static inline void mlx5_ppcnt_reg_set_prio_tc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x7, v);
}
static inline void *mlx5_ppcnt_reg_counter_set(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *mlx5_ppcnt_reg_counter_set_const(const void *buf)
{
	return (const char *)buf + 8;
}

/* eth_cntrs_grp_data_layout_auto (248 bytes, union) */
#define MLX5_ETH_CNTRS_GRP_DATA_LAYOUT_AUTO_BYTES 248
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_802_3_cntrs_grp_data_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_802_3_cntrs_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_2863_cntrs_grp_data_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_2863_cntrs_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_2819_cntrs_grp_data_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_2819_cntrs_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_3635_cntrs_grp_data_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_3635_cntrs_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_extended_cntrs_grp_data_layout(
	void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_extended_cntrs_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_per_prio_grp_data_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_per_prio_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_per_tc_prio_grp_data_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_per_tc_prio_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_per_tc_congest_prio_grp_data_layout(
	void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_eth_per_tc_congest_prio_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_ib_port_cntrs_grp_data_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_ib_port_cntrs_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_phys_layer_cntrs(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_phys_layer_cntrs_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_eth_cntrs_grp_data_layout_auto_phys_layer_statistical_cntrs(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_eth_cntrs_grp_data_layout_auto_phys_layer_statistical_cntrs_const(
	const void *buf)
{
	return (const char *)buf + 0;
}

/* eth_802_3_cntrs_grp_data_layout (248 bytes) */
#define MLX5_ETH_802_3_CNTRS_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_frames_transmitted_ok_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_frames_transmitted_ok_high(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_frames_transmitted_ok_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_frames_transmitted_ok_low(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_frames_received_ok_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_frames_received_ok_high(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_frames_received_ok_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_frames_received_ok_low(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_frame_check_sequence_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_frame_check_sequence_errors_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_frame_check_sequence_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_frame_check_sequence_errors_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_alignment_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_alignment_errors_high(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_alignment_errors_low(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_alignment_errors_low(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_octets_transmitted_ok_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_octets_transmitted_ok_high(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_octets_transmitted_ok_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_octets_transmitted_ok_low(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_octets_received_ok_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_octets_received_ok_high(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_octets_received_ok_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_octets_received_ok_low(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_multicast_frames_xmitted_ok_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_multicast_frames_xmitted_ok_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_multicast_frames_xmitted_ok_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_multicast_frames_xmitted_ok_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_broadcast_frames_xmitted_ok_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_broadcast_frames_xmitted_ok_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_broadcast_frames_xmitted_ok_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_broadcast_frames_xmitted_ok_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_multicast_frames_received_ok_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_multicast_frames_received_ok_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_multicast_frames_received_ok_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_multicast_frames_received_ok_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_broadcast_frames_received_ok_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_broadcast_frames_received_ok_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_broadcast_frames_received_ok_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_broadcast_frames_received_ok_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_in_range_length_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_in_range_length_errors_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_in_range_length_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_in_range_length_errors_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_out_of_range_length_field_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_out_of_range_length_field_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_out_of_range_length_field_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_out_of_range_length_field_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_frame_too_long_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_frame_too_long_errors_high(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_frame_too_long_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 25, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_frame_too_long_errors_low(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 25, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_symbol_error_during_carrier_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 26, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_symbol_error_during_carrier_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 26, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_symbol_error_during_carrier_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 27, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_symbol_error_during_carrier_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 27, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_mac_control_frames_transmitted_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 28, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_mac_control_frames_transmitted_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_mac_control_frames_transmitted_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 29, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_mac_control_frames_transmitted_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_mac_control_frames_received_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_mac_control_frames_received_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_mac_control_frames_received_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_mac_control_frames_received_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_unsupported_opcodes_received_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 32, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_unsupported_opcodes_received_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 32, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_unsupported_opcodes_received_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 33, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_unsupported_opcodes_received_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 33, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_pause_mac_ctrl_frames_received_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 34, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_pause_mac_ctrl_frames_received_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 34, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_pause_mac_ctrl_frames_received_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 35, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_pause_mac_ctrl_frames_received_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_pause_mac_ctrl_frames_transmitted_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 36, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_pause_mac_ctrl_frames_transmitted_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_802_3_cntrs_grp_data_layout_get_a_pause_mac_ctrl_frames_transmitted_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 37, 0, 0xffffffff);
}

static inline void
mlx5_eth_802_3_cntrs_grp_data_layout_set_a_pause_mac_ctrl_frames_transmitted_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 37, 0, 0xffffffff, v);
}

/* eth_2863_cntrs_grp_data_layout (248 bytes) */
#define MLX5_ETH_2863_CNTRS_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_octets_high(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_octets_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_octets_low(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_octets_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_ucast_pkts_high(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_ucast_pkts_high(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_ucast_pkts_low(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_ucast_pkts_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_discards_high(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_discards_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_discards_low(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_discards_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_errors_high(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_errors_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_errors_low(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_errors_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_unknown_protos_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_unknown_protos_high(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_unknown_protos_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_unknown_protos_low(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_octets_high(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_octets_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_octets_low(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_octets_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_ucast_pkts_high(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_ucast_pkts_high(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_ucast_pkts_low(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_ucast_pkts_low(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_discards_high(const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_discards_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_discards_low(const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_discards_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_errors_high(const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_errors_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_errors_low(const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_errors_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_multicast_pkts_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_multicast_pkts_high(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_multicast_pkts_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_multicast_pkts_low(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_broadcast_pkts_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_broadcast_pkts_high(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_in_broadcast_pkts_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_in_broadcast_pkts_low(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_multicast_pkts_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_multicast_pkts_high(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_multicast_pkts_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_multicast_pkts_low(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_broadcast_pkts_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_broadcast_pkts_high(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2863_cntrs_grp_data_layout_get_if_out_broadcast_pkts_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 25, 0, 0xffffffff);
}

static inline void
mlx5_eth_2863_cntrs_grp_data_layout_set_if_out_broadcast_pkts_low(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 25, 0, 0xffffffff, v);
}

/* eth_2819_cntrs_grp_data_layout (248 bytes) */
#define MLX5_ETH_2819_CNTRS_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_drop_events_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_drop_events_high(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_drop_events_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_drop_events_low(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_octets_high(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_octets_high(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_octets_low(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_octets_low(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts_high(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts_high(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts_low(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_broadcast_pkts_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_broadcast_pkts_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_broadcast_pkts_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_broadcast_pkts_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_multicast_pkts_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_multicast_pkts_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_multicast_pkts_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_multicast_pkts_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_crc_align_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_crc_align_errors_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_crc_align_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_crc_align_errors_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_undersize_pkts_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_undersize_pkts_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_undersize_pkts_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_undersize_pkts_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_oversize_pkts_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_oversize_pkts_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_oversize_pkts_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_oversize_pkts_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_fragments_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_fragments_high(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_fragments_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_fragments_low(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_jabbers_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_jabbers_high(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_jabbers_low(const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_jabbers_low(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_collisions_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_collisions_high(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_collisions_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_collisions_low(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts64octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts64octets_high(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts64octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts64octets_low(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts65to127octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts65to127octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts65to127octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 25, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts65to127octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 25, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts128to255octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 26, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts128to255octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 26, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts128to255octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 27, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts128to255octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 27, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts256to511octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 28, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts256to511octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 28, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts256to511octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 29, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts256to511octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 29, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts512to1023octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts512to1023octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts512to1023octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts512to1023octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts1024to1518octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 32, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts1024to1518octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 32, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts1024to1518octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 33, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts1024to1518octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 33, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts1519to2047octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 34, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts1519to2047octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 34, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts1519to2047octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 35, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts1519to2047octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts2048to4095octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 36, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts2048to4095octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts2048to4095octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 37, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts2048to4095octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 37, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts4096to8191octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 38, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts4096to8191octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 38, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts4096to8191octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 39, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts4096to8191octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 39, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts8192to10239octets_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 40, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts8192to10239octets_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 40, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_2819_cntrs_grp_data_layout_get_ether_stats_pkts8192to10239octets_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 41, 0, 0xffffffff);
}

static inline void
mlx5_eth_2819_cntrs_grp_data_layout_set_ether_stats_pkts8192to10239octets_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 41, 0, 0xffffffff, v);
}

/* eth_3635_cntrs_grp_data_layout (248 bytes) */
#define MLX5_ETH_3635_CNTRS_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_alignment_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_alignment_errors_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_alignment_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_alignment_errors_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_fcs_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_fcs_errors_high(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_fcs_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_fcs_errors_low(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_single_collision_frames_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_single_collision_frames_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_single_collision_frames_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_single_collision_frames_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_multiple_collision_frames_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_multiple_collision_frames_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_multiple_collision_frames_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_multiple_collision_frames_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_sqe_test_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_sqe_test_errors_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_sqe_test_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_sqe_test_errors_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_deferred_transmissions_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_deferred_transmissions_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_deferred_transmissions_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_deferred_transmissions_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_late_collisions_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_late_collisions_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_late_collisions_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_late_collisions_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_excessive_collisions_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_excessive_collisions_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_excessive_collisions_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_excessive_collisions_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_internal_mac_transmit_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_internal_mac_transmit_errors_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_internal_mac_transmit_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_internal_mac_transmit_errors_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_carrier_sense_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_carrier_sense_errors_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_carrier_sense_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_carrier_sense_errors_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_frame_too_longs_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_frame_too_longs_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_frame_too_longs_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_frame_too_longs_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_internal_mac_receive_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_internal_mac_receive_errors_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_internal_mac_receive_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_internal_mac_receive_errors_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_symbol_errors_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_symbol_errors_high(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3stats_symbol_errors_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 25, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3stats_symbol_errors_low(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 25, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3control_in_unknown_opcodes_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 26, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3control_in_unknown_opcodes_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 26, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3control_in_unknown_opcodes_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 27, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3control_in_unknown_opcodes_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 27, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3in_pause_frames_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 28, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3in_pause_frames_high(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 28, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3in_pause_frames_low(const void *buf)
{
	return mlx5_gen_get(buf, 29, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3in_pause_frames_low(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 29, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3out_pause_frames_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3out_pause_frames_high(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_3635_cntrs_grp_data_layout_get_dot3out_pause_frames_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0xffffffff);
}

static inline void
mlx5_eth_3635_cntrs_grp_data_layout_set_dot3out_pause_frames_low(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0xffffffff, v);
}

/* eth_extended_cntrs_grp_data_layout (248 bytes) */
#define MLX5_ETH_EXTENDED_CNTRS_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_eth_extended_cntrs_grp_data_layout_get_port_transmit_wait_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_eth_extended_cntrs_grp_data_layout_set_port_transmit_wait_high(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_extended_cntrs_grp_data_layout_get_port_transmit_wait_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_eth_extended_cntrs_grp_data_layout_set_port_transmit_wait_low(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_extended_cntrs_grp_data_layout_get_rx_buffer_almost_full_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_eth_extended_cntrs_grp_data_layout_set_rx_buffer_almost_full_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_extended_cntrs_grp_data_layout_get_rx_buffer_almost_full_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_eth_extended_cntrs_grp_data_layout_set_rx_buffer_almost_full_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_extended_cntrs_grp_data_layout_get_rx_buffer_full_high(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_eth_extended_cntrs_grp_data_layout_set_rx_buffer_full_high(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_extended_cntrs_grp_data_layout_get_rx_buffer_full_low(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_eth_extended_cntrs_grp_data_layout_set_rx_buffer_full_low(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_extended_cntrs_grp_data_layout_get_rx_icrc_encapsulated_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_eth_extended_cntrs_grp_data_layout_set_rx_icrc_encapsulated_high(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_extended_cntrs_grp_data_layout_get_rx_icrc_encapsulated_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_eth_extended_cntrs_grp_data_layout_set_rx_icrc_encapsulated_low(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}

/* eth_per_prio_grp_data_layout (248 bytes) */
#define MLX5_ETH_PER_PRIO_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_octets_high(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_octets_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_octets_low(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_octets_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_frames_high(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_frames_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_frames_low(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_frames_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_tx_octets_high(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_tx_octets_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_tx_octets_low(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_tx_octets_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_tx_frames_high(const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_tx_frames_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_tx_frames_low(const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_tx_frames_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_pause_high(const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_pause_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_pause_low(const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffffffff);
}

static inline void mlx5_eth_per_prio_grp_data_layout_set_rx_pause_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_pause_duration_high(const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_pause_duration_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_pause_duration_low(const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_pause_duration_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_tx_pause_high(const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_tx_pause_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_tx_pause_low(const void *buf)
{
	return mlx5_gen_get(buf, 25, 0, 0xffffffff);
}

static inline void mlx5_eth_per_prio_grp_data_layout_set_tx_pause_low(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 25, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_tx_pause_duration_high(const void *buf)
{
	return mlx5_gen_get(buf, 26, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_tx_pause_duration_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 26, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_tx_pause_duration_low(const void *buf)
{
	return mlx5_gen_get(buf, 27, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_tx_pause_duration_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 27, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_pause_transition_high(const void *buf)
{
	return mlx5_gen_get(buf, 28, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_pause_transition_high(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 28, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_pause_transition_low(const void *buf)
{
	return mlx5_gen_get(buf, 29, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_pause_transition_low(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 29, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_discards_high(const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_discards_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_rx_discards_low(const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_rx_discards_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_device_stall_minor_watermark_cnt_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 32, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_device_stall_minor_watermark_cnt_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 32, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_device_stall_minor_watermark_cnt_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 33, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_device_stall_minor_watermark_cnt_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 33, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_device_stall_critical_watermark_cnt_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 34, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_device_stall_critical_watermark_cnt_high(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 34, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_prio_grp_data_layout_get_device_stall_critical_watermark_cnt_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 35, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_prio_grp_data_layout_set_device_stall_critical_watermark_cnt_low(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 0, 0xffffffff, v);
}

/* eth_per_tc_prio_grp_data_layout (248 bytes) */
#define MLX5_ETH_PER_TC_PRIO_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_eth_per_tc_prio_grp_data_layout_get_transmit_queue_high(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_tc_prio_grp_data_layout_set_transmit_queue_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_tc_prio_grp_data_layout_get_transmit_queue_low(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_tc_prio_grp_data_layout_set_transmit_queue_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_tc_prio_grp_data_layout_get_no_buffer_discard_uc_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_tc_prio_grp_data_layout_set_no_buffer_discard_uc_high(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_tc_prio_grp_data_layout_get_no_buffer_discard_uc_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_tc_prio_grp_data_layout_set_no_buffer_discard_uc_low(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* eth_per_tc_congest_prio_grp_data_layout (248 bytes) */
#define MLX5_ETH_PER_TC_CONGEST_PRIO_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_eth_per_tc_congest_prio_grp_data_layout_get_wred_discard_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_tc_congest_prio_grp_data_layout_set_wred_discard_high(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_tc_congest_prio_grp_data_layout_get_wred_discard_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_tc_congest_prio_grp_data_layout_set_wred_discard_low(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_tc_congest_prio_grp_data_layout_get_ecn_marked_tc_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_tc_congest_prio_grp_data_layout_set_ecn_marked_tc_high(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_eth_per_tc_congest_prio_grp_data_layout_get_ecn_marked_tc_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_eth_per_tc_congest_prio_grp_data_layout_set_ecn_marked_tc_low(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* ib_port_cntrs_grp_data_layout (40 bytes) */
#define MLX5_IB_PORT_CNTRS_GRP_DATA_LAYOUT_BYTES 40
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_symbol_error_counter(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xffff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_symbol_error_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xffff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_link_error_recovery_counter(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_link_error_recovery_counter(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_link_downed_counter(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_link_downed_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_port_rcv_errors(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_port_rcv_errors(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_port_rcv_remote_physical_errors(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_port_rcv_remote_physical_errors(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_port_rcv_switch_relay_errors(
	const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xffff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_port_rcv_switch_relay_errors(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xffff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_port_xmit_discards(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_port_xmit_discards(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_port_xmit_constraint_errors(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_port_xmit_constraint_errors(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_port_rcv_constraint_errors(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0xff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_port_rcv_constraint_errors(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0xff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_link_overrun_errors(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_link_overrun_errors(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_vl_15_dropped(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_vl_15_dropped(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u32
mlx5_ib_port_cntrs_grp_data_layout_get_port_xmit_wait(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_ib_port_cntrs_grp_data_layout_set_port_xmit_wait(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}

/* phys_layer_cntrs (248 bytes) */
#define MLX5_PHYS_LAYER_CNTRS_BYTES 248
static inline __u32
mlx5_phys_layer_cntrs_get_time_since_last_clear_high(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_time_since_last_clear_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_time_since_last_clear_low(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_time_since_last_clear_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_symbol_errors_high(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_phys_layer_cntrs_set_symbol_errors_high(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_phys_layer_cntrs_get_symbol_errors_low(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_phys_layer_cntrs_set_symbol_errors_low(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_sync_headers_errors_high(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_phys_layer_cntrs_set_sync_headers_errors_high(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_sync_headers_errors_low(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void mlx5_phys_layer_cntrs_set_sync_headers_errors_low(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_edpl_bip_errors_lane0_high(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_edpl_bip_errors_lane0_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_edpl_bip_errors_lane0_low(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_edpl_bip_errors_lane0_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_edpl_bip_errors_lane1_high(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_edpl_bip_errors_lane1_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_edpl_bip_errors_lane1_low(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_edpl_bip_errors_lane1_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_edpl_bip_errors_lane2_high(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_edpl_bip_errors_lane2_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_edpl_bip_errors_lane2_low(const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_edpl_bip_errors_lane2_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_edpl_bip_errors_lane3_high(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_edpl_bip_errors_lane3_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_edpl_bip_errors_lane3_low(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_edpl_bip_errors_lane3_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_corrected_blocks_lane0_high(const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_corrected_blocks_lane0_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_corrected_blocks_lane0_low(const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_corrected_blocks_lane0_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_corrected_blocks_lane1_high(const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_corrected_blocks_lane1_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_corrected_blocks_lane1_low(const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_corrected_blocks_lane1_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_corrected_blocks_lane2_high(const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_corrected_blocks_lane2_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_corrected_blocks_lane2_low(const void *buf)
{
	return mlx5_gen_get(buf, 19, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_corrected_blocks_lane2_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 19, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_corrected_blocks_lane3_high(const void *buf)
{
	return mlx5_gen_get(buf, 20, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_corrected_blocks_lane3_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 20, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_corrected_blocks_lane3_low(const void *buf)
{
	return mlx5_gen_get(buf, 21, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_corrected_blocks_lane3_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 21, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_uncorrectable_blocks_lane0_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 22, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_uncorrectable_blocks_lane0_high(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 22, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_uncorrectable_blocks_lane0_low(const void *buf)
{
	return mlx5_gen_get(buf, 23, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_uncorrectable_blocks_lane0_low(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 23, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_uncorrectable_blocks_lane1_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 24, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_uncorrectable_blocks_lane1_high(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 24, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_uncorrectable_blocks_lane1_low(const void *buf)
{
	return mlx5_gen_get(buf, 25, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_uncorrectable_blocks_lane1_low(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 25, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_uncorrectable_blocks_lane2_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 26, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_uncorrectable_blocks_lane2_high(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 26, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_uncorrectable_blocks_lane2_low(const void *buf)
{
	return mlx5_gen_get(buf, 27, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_uncorrectable_blocks_lane2_low(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 27, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_uncorrectable_blocks_lane3_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 28, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_uncorrectable_blocks_lane3_high(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 28, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_fc_fec_uncorrectable_blocks_lane3_low(const void *buf)
{
	return mlx5_gen_get(buf, 29, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_fc_fec_uncorrectable_blocks_lane3_low(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 29, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_blocks_high(const void *buf)
{
	return mlx5_gen_get(buf, 30, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_blocks_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 30, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_blocks_low(const void *buf)
{
	return mlx5_gen_get(buf, 31, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_blocks_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 31, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_uncorrectable_blocks_high(const void *buf)
{
	return mlx5_gen_get(buf, 32, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_uncorrectable_blocks_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 32, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_uncorrectable_blocks_low(const void *buf)
{
	return mlx5_gen_get(buf, 33, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_uncorrectable_blocks_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 33, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_no_errors_blocks_high(const void *buf)
{
	return mlx5_gen_get(buf, 34, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_no_errors_blocks_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 34, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_no_errors_blocks_low(const void *buf)
{
	return mlx5_gen_get(buf, 35, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_no_errors_blocks_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 35, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_single_error_blocks_high(const void *buf)
{
	return mlx5_gen_get(buf, 36, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_single_error_blocks_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 36, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_single_error_blocks_low(const void *buf)
{
	return mlx5_gen_get(buf, 37, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_single_error_blocks_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 37, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_total_high(const void *buf)
{
	return mlx5_gen_get(buf, 38, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_total_high(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 38, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_total_low(const void *buf)
{
	return mlx5_gen_get(buf, 39, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_total_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 39, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_lane0_high(const void *buf)
{
	return mlx5_gen_get(buf, 40, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_lane0_high(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 40, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_lane0_low(const void *buf)
{
	return mlx5_gen_get(buf, 41, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_lane0_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 41, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_lane1_high(const void *buf)
{
	return mlx5_gen_get(buf, 42, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_lane1_high(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 42, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_lane1_low(const void *buf)
{
	return mlx5_gen_get(buf, 43, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_lane1_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 43, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_lane2_high(const void *buf)
{
	return mlx5_gen_get(buf, 44, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_lane2_high(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 44, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_lane2_low(const void *buf)
{
	return mlx5_gen_get(buf, 45, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_lane2_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 45, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_lane3_high(const void *buf)
{
	return mlx5_gen_get(buf, 46, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_lane3_high(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 46, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_rs_fec_corrected_symbols_lane3_low(const void *buf)
{
	return mlx5_gen_get(buf, 47, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_rs_fec_corrected_symbols_lane3_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 47, 0, 0xffffffff, v);
}
static inline __u32 mlx5_phys_layer_cntrs_get_link_down_events(const void *buf)
{
	return mlx5_gen_get(buf, 48, 0, 0xffffffff);
}

static inline void mlx5_phys_layer_cntrs_set_link_down_events(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 48, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_cntrs_get_successful_recovery_events(const void *buf)
{
	return mlx5_gen_get(buf, 49, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_cntrs_set_successful_recovery_events(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 49, 0, 0xffffffff, v);
}

/* phys_layer_statistical_cntrs (248 bytes) */
#define MLX5_PHYS_LAYER_STATISTICAL_CNTRS_BYTES 248
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_time_since_last_clear_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_time_since_last_clear_high(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_time_since_last_clear_low(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_time_since_last_clear_low(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_received_bits_high(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_received_bits_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_received_bits_low(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_received_bits_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_symbol_errors_high(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_symbol_errors_high(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_symbol_errors_low(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_symbol_errors_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_high(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_high(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_low(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_low(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_lane0_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_lane0_high(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_lane0_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_lane0_low(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_lane1_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_lane1_high(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_lane1_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_lane1_low(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_lane2_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_lane2_high(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_lane2_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_lane2_low(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_lane3_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_lane3_high(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_phys_layer_statistical_cntrs_get_phy_corrected_bits_lane3_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_phys_layer_statistical_cntrs_set_phy_corrected_bits_lane3_low(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}

/* pptb_reg (12 bytes) */
#define MLX5_PPTB_REG_BYTES 12
static inline __u32 mlx5_pptb_reg_get_mm(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x3);
}

static inline void mlx5_pptb_reg_set_mm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x3, v);
}
static inline __u32 mlx5_pptb_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pptb_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pptb_reg_get_cm(const void *buf)
{
	return mlx5_gen_get(buf, 0, 9, 0x1);
}

static inline void mlx5_pptb_reg_set_cm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 9, 0x1, v);
}
static inline __u32 mlx5_pptb_reg_get_um(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0x1);
}

static inline void mlx5_pptb_reg_set_um(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0x1, v);
}
static inline __u32 mlx5_pptb_reg_get_pm(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_pptb_reg_set_pm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_pptb_reg_get_prio_x_buff(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_pptb_reg_set_prio_x_buff(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_pptb_reg_get_pm_msb(const void *buf)
{
	return mlx5_gen_get(buf, 2, 24, 0xff);
}

static inline void mlx5_pptb_reg_set_pm_msb(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 24, 0xff, v);
}
static inline __u32 mlx5_pptb_reg_get_ctrl_buff(const void *buf)
{
	return mlx5_gen_get(buf, 2, 4, 0xf);
}

static inline void mlx5_pptb_reg_set_ctrl_buff(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 4, 0xf, v);
}
static inline __u32 mlx5_pptb_reg_get_untagged_buff(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_pptb_reg_set_untagged_buff(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}

/* pbmc_reg (108 bytes) */
#define MLX5_PBMC_REG_BYTES 108
static inline __u32 mlx5_pbmc_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pbmc_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pbmc_reg_get_xoff_timer_value(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void mlx5_pbmc_reg_set_xoff_timer_value(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32 mlx5_pbmc_reg_get_xoff_refresh(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_pbmc_reg_set_xoff_refresh(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_pbmc_reg_get_fullness_threshold(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0x7f);
}

static inline void mlx5_pbmc_reg_set_fullness_threshold(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0x7f, v);
}
static inline __u32 mlx5_pbmc_reg_get_port_buffer_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_pbmc_reg_set_port_buffer_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline void *mlx5_pbmc_reg_buffer(void *buf, unsigned int i)
{
	return (char *)buf + 12 + i * 8;
}

static inline const void *mlx5_pbmc_reg_buffer_const(const void *buf,
						     unsigned int i)
{
	return (const char *)buf + 12 + i * 8;
}

/* bufferx_reg (8 bytes) */
#define MLX5_BUFFERX_REG_BYTES 8
static inline __u32 mlx5_bufferx_reg_get_lossy(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void mlx5_bufferx_reg_set_lossy(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}
static inline __u32 mlx5_bufferx_reg_get_epsb(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x1);
}

static inline void mlx5_bufferx_reg_set_epsb(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x1, v);
}
static inline __u32 mlx5_bufferx_reg_get_size(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_bufferx_reg_set_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_bufferx_reg_get_xoff_threshold(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xffff);
}

static inline void mlx5_bufferx_reg_set_xoff_threshold(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xffff, v);
}
static inline __u32 mlx5_bufferx_reg_get_xon_threshold(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_bufferx_reg_set_xon_threshold(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}

/* pmaos_reg (16 bytes) */
#define MLX5_PMAOS_REG_BYTES 16
static inline __u32 mlx5_pmaos_reg_get_module(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pmaos_reg_set_module(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pmaos_reg_get_admin_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xf);
}

static inline void mlx5_pmaos_reg_set_admin_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xf, v);
}
static inline __u32 mlx5_pmaos_reg_get_oper_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_pmaos_reg_set_oper_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}
static inline __u32 mlx5_pmaos_reg_get_ase(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_pmaos_reg_set_ase(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_pmaos_reg_get_ee(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_pmaos_reg_set_ee(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32 mlx5_pmaos_reg_get_e(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x3);
}

static inline void mlx5_pmaos_reg_set_e(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x3, v);
}

/* pude_reg (16 bytes) */
#define MLX5_PUDE_REG_BYTES 16
static inline __u32 mlx5_pude_reg_get_swid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0xff);
}

static inline void mlx5_pude_reg_set_swid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0xff, v);
}
static inline __u32 mlx5_pude_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pude_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pude_reg_get_admin_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xf);
}

static inline void mlx5_pude_reg_set_admin_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xf, v);
}
static inline __u32 mlx5_pude_reg_get_oper_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_pude_reg_set_oper_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}

/* pmpe_reg (16 bytes) */
#define MLX5_PMPE_REG_BYTES 16
static inline __u32 mlx5_pmpe_reg_get_module(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pmpe_reg_set_module(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pmpe_reg_get_module_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_pmpe_reg_set_module_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}

/* pelc_reg (56 bytes) */
#define MLX5_PELC_REG_BYTES 56
static inline __u32 mlx5_pelc_reg_get_op(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0xf);
}

static inline void mlx5_pelc_reg_set_op(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0xf, v);
}
static inline __u32 mlx5_pelc_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pelc_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pelc_reg_get_op_admin(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0xff);
}

static inline void mlx5_pelc_reg_set_op_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0xff, v);
}
static inline __u32 mlx5_pelc_reg_get_op_capability(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xff);
}

static inline void mlx5_pelc_reg_set_op_capability(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xff, v);
}
static inline __u32 mlx5_pelc_reg_get_op_request(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0xff);
}

static inline void mlx5_pelc_reg_set_op_request(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0xff, v);
}
static inline __u32 mlx5_pelc_reg_get_op_active(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_pelc_reg_set_op_active(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}
static inline __u64 mlx5_pelc_reg_get_admin(const void *buf)
{
	return mlx5_gen_get64(buf, 2);
}

static inline void mlx5_pelc_reg_set_admin(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 2, v);
}
static inline __u64 mlx5_pelc_reg_get_capability(const void *buf)
{
	return mlx5_gen_get64(buf, 4);
}

static inline void mlx5_pelc_reg_set_capability(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 4, v);
}
static inline __u64 mlx5_pelc_reg_get_request(const void *buf)
{
	return mlx5_gen_get64(buf, 6);
}

static inline void mlx5_pelc_reg_set_request(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 6, v);
}
static inline __u64 mlx5_pelc_reg_get_active(const void *buf)
{
	return mlx5_gen_get64(buf, 8);
}

static inline void mlx5_pelc_reg_set_active(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 8, v);
}

/* pvlc_reg (16 bytes) */
#define MLX5_PVLC_REG_BYTES 16
static inline __u32 mlx5_pvlc_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pvlc_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pvlc_reg_get_vl_hw_cap(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xf);
}

static inline void mlx5_pvlc_reg_set_vl_hw_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xf, v);
}
static inline __u32 mlx5_pvlc_reg_get_vl_admin(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_pvlc_reg_set_vl_admin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}
static inline __u32 mlx5_pvlc_reg_get_vl_operational(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xf);
}

static inline void mlx5_pvlc_reg_set_vl_operational(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xf, v);
}

/* pcmr_reg (12 bytes) */
#define MLX5_PCMR_REG_BYTES 12
static inline __u32 mlx5_pcmr_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pcmr_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pcmr_reg_get_entropy_force_cap(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_pcmr_reg_set_entropy_force_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_entropy_calc_cap(const void *buf)
{
	return mlx5_gen_get(buf, 1, 30, 0x1);
}

static inline void mlx5_pcmr_reg_set_entropy_calc_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 30, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_entropy_gre_calc_cap(const void *buf)
{
	return mlx5_gen_get(buf, 1, 29, 0x1);
}

static inline void mlx5_pcmr_reg_set_entropy_gre_calc_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 29, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_rx_ts_over_crc_cap(const void *buf)
{
	return mlx5_gen_get(buf, 1, 13, 0x1);
}

static inline void mlx5_pcmr_reg_set_rx_ts_over_crc_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 13, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_fcs_cap(const void *buf)
{
	return mlx5_gen_get(buf, 1, 1, 0x1);
}

static inline void mlx5_pcmr_reg_set_fcs_cap(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 1, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_entropy_force(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_pcmr_reg_set_entropy_force(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_entropy_calc(const void *buf)
{
	return mlx5_gen_get(buf, 2, 30, 0x1);
}

static inline void mlx5_pcmr_reg_set_entropy_calc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 30, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_entropy_gre_calc(const void *buf)
{
	return mlx5_gen_get(buf, 2, 29, 0x1);
}

static inline void mlx5_pcmr_reg_set_entropy_gre_calc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 29, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_rx_ts_over_crc(const void *buf)
{
	return mlx5_gen_get(buf, 2, 13, 0x1);
}

static inline void mlx5_pcmr_reg_set_rx_ts_over_crc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 13, 0x1, v);
}
static inline __u32 mlx5_pcmr_reg_get_fcs_chk(const void *buf)
{
	return mlx5_gen_get(buf, 2, 1, 0x1);
}

static inline void mlx5_pcmr_reg_set_fcs_chk(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 1, 0x1, v);
}

/* pddr_reg (256 bytes) */
#define MLX5_PDDR_REG_BYTES 256
static inline __u32 mlx5_pddr_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pddr_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pddr_reg_get_pnat(const void *buf)
{
	return mlx5_gen_get(buf, 0, 14, 0x3);
}

static inline void mlx5_pddr_reg_set_pnat(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 14, 0x3, v);
}
static inline __u32 mlx5_pddr_reg_get_page_select(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_pddr_reg_set_page_select(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}
static inline void *mlx5_pddr_reg_page_data(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *mlx5_pddr_reg_page_data_const(const void *buf)
{
	return (const char *)buf + 8;
}

/* pddr_reg_page_data_auto (248 bytes, union) */
#define MLX5_PDDR_REG_PAGE_DATA_AUTO_BYTES 248
static inline void *
mlx5_pddr_reg_page_data_auto_pddr_troubleshooting_page(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_pddr_reg_page_data_auto_pddr_troubleshooting_page_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* pddr_troubleshooting_page (248 bytes) */
#define MLX5_PDDR_TROUBLESHOOTING_PAGE_BYTES 248
static inline __u32
mlx5_pddr_troubleshooting_page_get_group_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_pddr_troubleshooting_page_set_group_opcode(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline void *mlx5_pddr_troubleshooting_page_status_opcode(void *buf)
{
	return (char *)buf + 4;
}

static inline const void *
mlx5_pddr_troubleshooting_page_status_opcode_const(const void *buf)
{
	return (const char *)buf + 4;
}
static inline __u32
mlx5_pddr_troubleshooting_page_get_status_message(const void *buf,
						  unsigned int i)
{
	unsigned int bit = 96 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void
mlx5_pddr_troubleshooting_page_set_status_message(void *buf, unsigned int i,
						  __u32 v)
{
	unsigned int bit = 96 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}

/* pddr_troubleshooting_page_status_opcode_auto (4 bytes, union) */
#define MLX5_PDDR_TROUBLESHOOTING_PAGE_STATUS_OPCODE_AUTO_BYTES 4
static inline void *
mlx5_pddr_troubleshooting_page_status_opcode_auto_pddr_monitor_opcode(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_pddr_troubleshooting_page_status_opcode_auto_pddr_monitor_opcode_const(
	const void *buf)
{
	return (const char *)buf + 0;
}

/* pddr_monitor_opcode (4 bytes) */
#define MLX5_PDDR_MONITOR_OPCODE_BYTES 4
static inline __u32 mlx5_pddr_monitor_opcode_get_monitor_opcode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_pddr_monitor_opcode_set_monitor_opcode(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}

/* pmlp_reg (64 bytes) */
#define MLX5_PMLP_REG_BYTES 64
static inline __u32 mlx5_pmlp_reg_get_rxtx(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_pmlp_reg_set_rxtx(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_pmlp_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pmlp_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pmlp_reg_get_width(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_pmlp_reg_set_width(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_pmlp_reg_get_lane0_module_mapping(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_pmlp_reg_set_lane0_module_mapping(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_pmlp_reg_get_lane1_module_mapping(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_pmlp_reg_set_lane1_module_mapping(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_pmlp_reg_get_lane2_module_mapping(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_pmlp_reg_set_lane2_module_mapping(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32 mlx5_pmlp_reg_get_lane3_module_mapping(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_pmlp_reg_set_lane3_module_mapping(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}

/* pplm_reg (80 bytes) */
#define MLX5_PPLM_REG_BYTES 80
static inline __u32 mlx5_pplm_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pplm_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pplm_reg_get_port_profile_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 24, 0xff);
}

static inline void mlx5_pplm_reg_set_port_profile_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 24, 0xff, v);
}
static inline __u32 mlx5_pplm_reg_get_static_port_profile(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xff);
}

static inline void mlx5_pplm_reg_set_static_port_profile(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xff, v);
}
static inline __u32 mlx5_pplm_reg_get_active_port_profile(const void *buf)
{
	return mlx5_gen_get(buf, 2, 8, 0xff);
}

static inline void mlx5_pplm_reg_set_active_port_profile(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 8, 0xff, v);
}
static inline __u32 mlx5_pplm_reg_get_retransmission_active(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xff);
}

static inline void mlx5_pplm_reg_set_retransmission_active(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xff, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_mode_active(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffff);
}

static inline void mlx5_pplm_reg_set_fec_mode_active(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffff, v);
}
static inline __u32
mlx5_pplm_reg_get_rs_fec_correction_bypass_cap(const void *buf)
{
	return mlx5_gen_get(buf, 4, 28, 0xf);
}

static inline void mlx5_pplm_reg_set_rs_fec_correction_bypass_cap(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 4, 28, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_56g(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_56g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_100g(const void *buf)
{
	return mlx5_gen_get(buf, 4, 12, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_100g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 12, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_50g(const void *buf)
{
	return mlx5_gen_get(buf, 4, 8, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_50g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 8, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_25g(const void *buf)
{
	return mlx5_gen_get(buf, 4, 4, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_25g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 4, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_10g_40g(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_10g_40g(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xf, v);
}
static inline __u32
mlx5_pplm_reg_get_rs_fec_correction_bypass_admin(const void *buf)
{
	return mlx5_gen_get(buf, 5, 28, 0xf);
}

static inline void mlx5_pplm_reg_set_rs_fec_correction_bypass_admin(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 5, 28, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_admin_56g(const void *buf)
{
	return mlx5_gen_get(buf, 5, 16, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_56g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 16, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_admin_100g(const void *buf)
{
	return mlx5_gen_get(buf, 5, 12, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_100g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 12, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_admin_50g(const void *buf)
{
	return mlx5_gen_get(buf, 5, 8, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_50g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 8, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_admin_25g(const void *buf)
{
	return mlx5_gen_get(buf, 5, 4, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_25g(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 4, 0xf, v);
}
static inline __u32
mlx5_pplm_reg_get_fec_override_admin_10g_40g(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xf);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_10g_40g(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xf, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_400g_8x(const void *buf)
{
	return mlx5_gen_get(buf, 6, 16, 0xffff);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_400g_8x(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 6, 16, 0xffff, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_200g_4x(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffff);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_200g_4x(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffff, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_100g_2x(const void *buf)
{
	return mlx5_gen_get(buf, 7, 16, 0xffff);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_100g_2x(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 7, 16, 0xffff, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_cap_50g_1x(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffff);
}

static inline void mlx5_pplm_reg_set_fec_override_cap_50g_1x(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffff, v);
}
static inline __u32
mlx5_pplm_reg_get_fec_override_admin_400g_8x(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0xffff);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_400g_8x(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0xffff, v);
}
static inline __u32
mlx5_pplm_reg_get_fec_override_admin_200g_4x(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffff);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_200g_4x(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffff, v);
}
static inline __u32
mlx5_pplm_reg_get_fec_override_admin_100g_2x(const void *buf)
{
	return mlx5_gen_get(buf, 9, 16, 0xffff);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_100g_2x(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 9, 16, 0xffff, v);
}
static inline __u32 mlx5_pplm_reg_get_fec_override_admin_50g_1x(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffff);
}

static inline void mlx5_pplm_reg_set_fec_override_admin_50g_1x(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffff, v);
}

/* pcam_reg (80 bytes) */
#define MLX5_PCAM_REG_BYTES 80
static inline __u32 mlx5_pcam_reg_get_feature_group(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_pcam_reg_set_feature_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_pcam_reg_get_access_reg_group(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_pcam_reg_set_access_reg_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline void *mlx5_pcam_reg_port_access_reg_cap_mask(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *
mlx5_pcam_reg_port_access_reg_cap_mask_const(const void *buf)
{
	return (const char *)buf + 8;
}
static inline void *mlx5_pcam_reg_feature_cap_mask(void *buf)
{
	return (char *)buf + 40;
}

static inline const void *mlx5_pcam_reg_feature_cap_mask_const(const void *buf)
{
	return (const char *)buf + 40;
}

/* pcam_reg_port_access_reg_cap_mask (16 bytes, union) */
#define MLX5_PCAM_REG_PORT_ACCESS_REG_CAP_MASK_BYTES 16
static inline void *
mlx5_pcam_reg_port_access_reg_cap_mask_regs_5000_to_507f(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_pcam_reg_port_access_reg_cap_mask_regs_5000_to_507f_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* pcam_regs_5000_to_507f (16 bytes) */
#define MLX5_PCAM_REGS_5000_TO_507F_BYTES 16
static inline __u32
mlx5_pcam_regs_5000_to_507f_get_port_access_reg_cap_mask_127_to_96(
	const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_pcam_regs_5000_to_507f_set_port_access_reg_cap_mask_127_to_96(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcam_regs_5000_to_507f_get_port_access_reg_cap_mask_95_to_64(
	const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_pcam_regs_5000_to_507f_set_port_access_reg_cap_mask_95_to_64(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcam_regs_5000_to_507f_get_port_access_reg_cap_mask_63_to_36(
	const void *buf)
{
	return mlx5_gen_get(buf, 2, 4, 0xfffffff);
}

static inline void
mlx5_pcam_regs_5000_to_507f_set_port_access_reg_cap_mask_63_to_36(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 2, 4, 0xfffffff, v);
}
static inline __u32 mlx5_pcam_regs_5000_to_507f_get_pplm(const void *buf)
{
	return mlx5_gen_get(buf, 2, 3, 0x1);
}

static inline void mlx5_pcam_regs_5000_to_507f_set_pplm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 3, 0x1, v);
}
static inline __u32
mlx5_pcam_regs_5000_to_507f_get_port_access_reg_cap_mask_34_to_32(
	const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0x7);
}

static inline void
mlx5_pcam_regs_5000_to_507f_set_port_access_reg_cap_mask_34_to_32(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0x7, v);
}
static inline __u32
mlx5_pcam_regs_5000_to_507f_get_port_access_reg_cap_mask_31_to_13(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 13, 0x7ffff);
}

static inline void
mlx5_pcam_regs_5000_to_507f_set_port_access_reg_cap_mask_31_to_13(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 13, 0x7ffff, v);
}
static inline __u32 mlx5_pcam_regs_5000_to_507f_get_pbmc(const void *buf)
{
	return mlx5_gen_get(buf, 3, 12, 0x1);
}

static inline void mlx5_pcam_regs_5000_to_507f_set_pbmc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 12, 0x1, v);
}
static inline __u32 mlx5_pcam_regs_5000_to_507f_get_pptb(const void *buf)
{
	return mlx5_gen_get(buf, 3, 11, 0x1);
}

static inline void mlx5_pcam_regs_5000_to_507f_set_pptb(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 11, 0x1, v);
}
static inline __u32
mlx5_pcam_regs_5000_to_507f_get_port_access_reg_cap_mask_10_to_09(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 9, 0x3);
}

static inline void
mlx5_pcam_regs_5000_to_507f_set_port_access_reg_cap_mask_10_to_09(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 9, 0x3, v);
}
static inline __u32 mlx5_pcam_regs_5000_to_507f_get_ppcnt(const void *buf)
{
	return mlx5_gen_get(buf, 3, 8, 0x1);
}

static inline void mlx5_pcam_regs_5000_to_507f_set_ppcnt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 8, 0x1, v);
}
static inline __u32
mlx5_pcam_regs_5000_to_507f_get_port_access_reg_cap_mask_07_to_00(
	const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xff);
}

static inline void
mlx5_pcam_regs_5000_to_507f_set_port_access_reg_cap_mask_07_to_00(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xff, v);
}

/* pcam_reg_feature_cap_mask (16 bytes, union) */
#define MLX5_PCAM_REG_FEATURE_CAP_MASK_BYTES 16
static inline void *mlx5_pcam_reg_feature_cap_mask_enhanced_features(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_pcam_reg_feature_cap_mask_enhanced_features_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* pcam_enhanced_features (16 bytes) */
#define MLX5_PCAM_ENHANCED_FEATURES_BYTES 16
static inline __u32
mlx5_pcam_enhanced_features_get_fec_50G_per_lane_in_pplm(const void *buf)
{
	return mlx5_gen_get(buf, 3, 23, 0x1);
}

static inline void
mlx5_pcam_enhanced_features_set_fec_50G_per_lane_in_pplm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 23, 0x1, v);
}
static inline __u32
mlx5_pcam_enhanced_features_get_rx_icrc_encapsulated_counter(const void *buf)
{
	return mlx5_gen_get(buf, 3, 18, 0x1);
}

static inline void
mlx5_pcam_enhanced_features_set_rx_icrc_encapsulated_counter(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 18, 0x1, v);
}
static inline __u32
mlx5_pcam_enhanced_features_get_ptys_extended_ethernet(const void *buf)
{
	return mlx5_gen_get(buf, 3, 13, 0x1);
}

static inline void
mlx5_pcam_enhanced_features_set_ptys_extended_ethernet(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 13, 0x1, v);
}
static inline __u32 mlx5_pcam_enhanced_features_get_pfcc_mask(const void *buf)
{
	return mlx5_gen_get(buf, 3, 9, 0x1);
}

static inline void mlx5_pcam_enhanced_features_set_pfcc_mask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 9, 0x1, v);
}
static inline __u32
mlx5_pcam_enhanced_features_get_per_lane_error_counters(const void *buf)
{
	return mlx5_gen_get(buf, 3, 5, 0x1);
}

static inline void
mlx5_pcam_enhanced_features_set_per_lane_error_counters(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 5, 0x1, v);
}
static inline __u32
mlx5_pcam_enhanced_features_get_rx_buffer_fullness_counters(const void *buf)
{
	return mlx5_gen_get(buf, 3, 4, 0x1);
}

static inline void
mlx5_pcam_enhanced_features_set_rx_buffer_fullness_counters(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 4, 0x1, v);
}
static inline __u32
mlx5_pcam_enhanced_features_get_ptys_connector_type(const void *buf)
{
	return mlx5_gen_get(buf, 3, 3, 0x1);
}

static inline void
mlx5_pcam_enhanced_features_set_ptys_connector_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 3, 0x1, v);
}
static inline __u32
mlx5_pcam_enhanced_features_get_ppcnt_discard_group(const void *buf)
{
	return mlx5_gen_get(buf, 3, 1, 0x1);
}

static inline void
mlx5_pcam_enhanced_features_set_ppcnt_discard_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 1, 0x1, v);
}
static inline __u32
mlx5_pcam_enhanced_features_get_ppcnt_statistical_group(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0x1);
}

static inline void
mlx5_pcam_enhanced_features_set_ppcnt_statistical_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0x1, v);
}

/* mcia_reg (144 bytes) */
#define MLX5_MCIA_REG_BYTES 144
static inline __u32 mlx5_mcia_reg_get_l(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_mcia_reg_set_l(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_mcia_reg_get_module(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_mcia_reg_set_module(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_mcia_reg_get_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_mcia_reg_set_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_mcia_reg_get_i2c_device_address(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0xff);
}

static inline void mlx5_mcia_reg_set_i2c_device_address(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0xff, v);
}
static inline __u32 mlx5_mcia_reg_get_page_number(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xff);
}

static inline void mlx5_mcia_reg_set_page_number(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xff, v);
}
static inline __u32 mlx5_mcia_reg_get_device_address(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_mcia_reg_set_device_address(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_mcia_reg_get_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_mcia_reg_set_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline void *mlx5_mcia_reg_dwords(void *buf)
{
	return (char *)buf + 16;
}

static inline const void *mlx5_mcia_reg_dwords_const(const void *buf)
{
	return (const char *)buf + 16;
}

/* mfrl_reg (8 bytes) */
#define MLX5_MFRL_REG_BYTES 8
static inline __u32
mlx5_mfrl_reg_get_pci_sync_for_fw_update_start(const void *buf)
{
	return mlx5_gen_get(buf, 1, 29, 0x1);
}

static inline void mlx5_mfrl_reg_set_pci_sync_for_fw_update_start(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 1, 29, 0x1, v);
}
static inline __u32
mlx5_mfrl_reg_get_pci_sync_for_fw_update_resp(const void *buf)
{
	return mlx5_gen_get(buf, 1, 27, 0x3);
}

static inline void mlx5_mfrl_reg_set_pci_sync_for_fw_update_resp(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 1, 27, 0x3, v);
}
static inline __u32 mlx5_mfrl_reg_get_rst_type_sel(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0x7);
}

static inline void mlx5_mfrl_reg_set_rst_type_sel(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0x7, v);
}
static inline __u32 mlx5_mfrl_reg_get_reset_state(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xf);
}

static inline void mlx5_mfrl_reg_set_reset_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xf, v);
}
static inline __u32 mlx5_mfrl_reg_get_reset_type(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0xff);
}

static inline void mlx5_mfrl_reg_set_reset_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0xff, v);
}
static inline __u32 mlx5_mfrl_reg_get_reset_level(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_mfrl_reg_set_reset_level(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}

/* mlcr_reg (12 bytes) */
#define MLX5_MLCR_REG_BYTES 12
static inline __u32 mlx5_mlcr_reg_get_local_port(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_mlcr_reg_set_local_port(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_mlcr_reg_get_beacon_duration(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_mlcr_reg_set_beacon_duration(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_mlcr_reg_get_beacon_remain(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_mlcr_reg_set_beacon_remain(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}

/* mrtc_reg (16 bytes) */
#define MLX5_MRTC_REG_BYTES 16
static inline __u32 mlx5_mrtc_reg_get_time_synced(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_mrtc_reg_set_time_synced(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_mrtc_reg_get_time_h(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_mrtc_reg_set_time_h(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mrtc_reg_get_time_l(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_mrtc_reg_set_time_l(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* mtrc_cap (128 bytes) */
#define MLX5_MTRC_CAP_BYTES 128
static inline __u32 mlx5_mtrc_cap_get_trace_owner(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_mtrc_cap_set_trace_owner(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_mtrc_cap_get_trace_to_memory(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_mtrc_cap_set_trace_to_memory(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_mtrc_cap_get_trc_ver(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x3);
}

static inline void mlx5_mtrc_cap_set_trc_ver(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x3, v);
}
static inline __u32 mlx5_mtrc_cap_get_num_string_db(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_mtrc_cap_set_num_string_db(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}
static inline __u32 mlx5_mtrc_cap_get_first_string_trace(const void *buf)
{
	return mlx5_gen_get(buf, 1, 24, 0xff);
}

static inline void mlx5_mtrc_cap_set_first_string_trace(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 24, 0xff, v);
}
static inline __u32 mlx5_mtrc_cap_get_num_string_trace(const void *buf)
{
	return mlx5_gen_get(buf, 1, 16, 0xff);
}

static inline void mlx5_mtrc_cap_set_num_string_trace(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 16, 0xff, v);
}
static inline __u32 mlx5_mtrc_cap_get_log_max_trace_buffer_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xff);
}

static inline void mlx5_mtrc_cap_set_log_max_trace_buffer_size(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xff, v);
}
static inline void *mlx5_mtrc_cap_string_db_param(void *buf, unsigned int i)
{
	return (char *)buf + 16 + i * 8;
}

static inline const void *mlx5_mtrc_cap_string_db_param_const(const void *buf,
							      unsigned int i)
{
	return (const char *)buf + 16 + i * 8;
}

/* mtrc_string_db_param (8 bytes) */
#define MLX5_MTRC_STRING_DB_PARAM_BYTES 8
static inline __u32
mlx5_mtrc_string_db_param_get_string_db_base_address(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_mtrc_string_db_param_set_string_db_base_address(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_mtrc_string_db_param_get_string_db_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffff);
}

static inline void mlx5_mtrc_string_db_param_set_string_db_size(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffff, v);
}

/* mtrc_conf (128 bytes) */
#define MLX5_MTRC_CONF_BYTES 128
static inline __u32 mlx5_mtrc_conf_get_trace_mode(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_mtrc_conf_set_trace_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}
static inline __u32 mlx5_mtrc_conf_get_log_trace_buffer_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xff);
}

static inline void mlx5_mtrc_conf_set_log_trace_buffer_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xff, v);
}
static inline __u32 mlx5_mtrc_conf_get_trace_mkey(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_mtrc_conf_set_trace_mkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}

/* mtrc_ctrl (64 bytes) */
#define MLX5_MTRC_CTRL_BYTES 64
static inline __u32 mlx5_mtrc_ctrl_get_trace_status(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x3);
}

static inline void mlx5_mtrc_ctrl_set_trace_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x3, v);
}
static inline __u32 mlx5_mtrc_ctrl_get_arm_event(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_mtrc_ctrl_set_arm_event(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32 mlx5_mtrc_ctrl_get_modify_field_select(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_mtrc_ctrl_set_modify_field_select(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_mtrc_ctrl_get_current_timestamp52_32(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0x1fffff);
}

static inline void mlx5_mtrc_ctrl_set_current_timestamp52_32(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0x1fffff, v);
}
static inline __u32 mlx5_mtrc_ctrl_get_current_timestamp31_0(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_mtrc_ctrl_set_current_timestamp31_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* mpein_reg (48 bytes) */
#define MLX5_MPEIN_REG_BYTES 48
static inline __u32 mlx5_mpein_reg_get_depth(const void *buf)
{
	return mlx5_gen_get(buf, 0, 24, 0x3f);
}

static inline void mlx5_mpein_reg_set_depth(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 24, 0x3f, v);
}
static inline __u32 mlx5_mpein_reg_get_pcie_index(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_mpein_reg_set_pcie_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_mpein_reg_get_node(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xff);
}

static inline void mlx5_mpein_reg_set_node(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xff, v);
}
static inline __u32 mlx5_mpein_reg_get_capability_mask(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mpein_reg_set_capability_mask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mpein_reg_get_link_width_enabled(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xff);
}

static inline void mlx5_mpein_reg_set_link_width_enabled(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xff, v);
}
static inline __u32 mlx5_mpein_reg_get_link_speed_enabled(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_mpein_reg_set_link_speed_enabled(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_mpein_reg_get_lane0_physical_position(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xff);
}

static inline void mlx5_mpein_reg_set_lane0_physical_position(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xff, v);
}
static inline __u32 mlx5_mpein_reg_get_link_width_active(const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0xff);
}

static inline void mlx5_mpein_reg_set_link_width_active(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0xff, v);
}
static inline __u32 mlx5_mpein_reg_get_link_speed_active(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffff);
}

static inline void mlx5_mpein_reg_set_link_speed_active(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffff, v);
}
static inline __u32 mlx5_mpein_reg_get_num_of_pfs(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xffff);
}

static inline void mlx5_mpein_reg_set_num_of_pfs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xffff, v);
}
static inline __u32 mlx5_mpein_reg_get_num_of_vfs(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_mpein_reg_set_num_of_vfs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u32 mlx5_mpein_reg_get_bdf0(const void *buf)
{
	return mlx5_gen_get(buf, 5, 16, 0xffff);
}

static inline void mlx5_mpein_reg_set_bdf0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 16, 0xffff, v);
}
static inline __u32 mlx5_mpein_reg_get_max_read_request_size(const void *buf)
{
	return mlx5_gen_get(buf, 6, 28, 0xf);
}

static inline void mlx5_mpein_reg_set_max_read_request_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 28, 0xf, v);
}
static inline __u32 mlx5_mpein_reg_get_max_payload_size(const void *buf)
{
	return mlx5_gen_get(buf, 6, 24, 0xf);
}

static inline void mlx5_mpein_reg_set_max_payload_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 24, 0xf, v);
}
static inline __u32 mlx5_mpein_reg_get_pwr_status(const void *buf)
{
	return mlx5_gen_get(buf, 6, 16, 0x7);
}

static inline void mlx5_mpein_reg_set_pwr_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 16, 0x7, v);
}
static inline __u32 mlx5_mpein_reg_get_port_type(const void *buf)
{
	return mlx5_gen_get(buf, 6, 12, 0xf);
}

static inline void mlx5_mpein_reg_set_port_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 12, 0xf, v);
}
static inline __u32 mlx5_mpein_reg_get_lane_reversal(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0x1);
}

static inline void mlx5_mpein_reg_set_lane_reversal(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0x1, v);
}
static inline __u32 mlx5_mpein_reg_get_pci_power(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xfff);
}

static inline void mlx5_mpein_reg_set_pci_power(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xfff, v);
}
static inline __u32 mlx5_mpein_reg_get_device_status(const void *buf)
{
	return mlx5_gen_get(buf, 9, 16, 0xffff);
}

static inline void mlx5_mpein_reg_set_device_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 16, 0xffff, v);
}
static inline __u32 mlx5_mpein_reg_get_port_state(const void *buf)
{
	return mlx5_gen_get(buf, 9, 8, 0xff);
}

static inline void mlx5_mpein_reg_set_port_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 8, 0xff, v);
}
static inline __u32 mlx5_mpein_reg_get_receiver_detect_result(const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffff);
}

static inline void mlx5_mpein_reg_set_receiver_detect_result(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffff, v);
}

/* mpcnt_reg (256 bytes) */
#define MLX5_MPCNT_REG_BYTES 256
static inline __u32 mlx5_mpcnt_reg_get_pcie_index(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_mpcnt_reg_set_pcie_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_mpcnt_reg_get_grp(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3f);
}

static inline void mlx5_mpcnt_reg_set_grp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3f, v);
}
static inline __u32 mlx5_mpcnt_reg_get_clr(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_mpcnt_reg_set_clr(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline void *mlx5_mpcnt_reg_counter_set(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *mlx5_mpcnt_reg_counter_set_const(const void *buf)
{
	return (const char *)buf + 8;
}

/* pcie_cntrs_grp_data_layout_auto (248 bytes, union) */
#define MLX5_PCIE_CNTRS_GRP_DATA_LAYOUT_AUTO_BYTES 248
static inline void *
mlx5_pcie_cntrs_grp_data_layout_auto_pcie_perf_cntrs_grp_data_layout(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_pcie_cntrs_grp_data_layout_auto_pcie_perf_cntrs_grp_data_layout_const(
	const void *buf)
{
	return (const char *)buf + 0;
}

/* pcie_perf_cntrs_grp_data_layout (248 bytes) */
#define MLX5_PCIE_PERF_CNTRS_GRP_DATA_LAYOUT_BYTES 248
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_life_time_counter_high(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_life_time_counter_high(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_life_time_counter_low(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_life_time_counter_low(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_rx_errors(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_pcie_perf_cntrs_grp_data_layout_set_rx_errors(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_tx_errors(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_pcie_perf_cntrs_grp_data_layout_set_tx_errors(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_l0_to_recovery_eieos(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_l0_to_recovery_eieos(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_l0_to_recovery_ts(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_l0_to_recovery_ts(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_l0_to_recovery_framing(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_l0_to_recovery_framing(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_l0_to_recovery_retrain(const void *buf)
{
	return mlx5_gen_get(buf, 7, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_l0_to_recovery_retrain(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 7, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_crc_error_dllp(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_crc_error_dllp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_crc_error_tlp(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_crc_error_tlp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_tx_overflow_buffer_pkt_high(
	const void *buf)
{
	return mlx5_gen_get(buf, 10, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_tx_overflow_buffer_pkt_high(void *buf,
								     __u32 v)
{
	mlx5_gen_set(buf, 10, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_tx_overflow_buffer_pkt_low(
	const void *buf)
{
	return mlx5_gen_get(buf, 11, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_tx_overflow_buffer_pkt_low(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 11, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_outbound_stalled_reads(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_outbound_stalled_reads(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_outbound_stalled_writes(
	const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_outbound_stalled_writes(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_outbound_stalled_reads_events(
	const void *buf)
{
	return mlx5_gen_get(buf, 14, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_outbound_stalled_reads_events(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 14, 0, 0xffffffff, v);
}
static inline __u32
mlx5_pcie_perf_cntrs_grp_data_layout_get_outbound_stalled_writes_events(
	const void *buf)
{
	return mlx5_gen_get(buf, 15, 0, 0xffffffff);
}

static inline void
mlx5_pcie_perf_cntrs_grp_data_layout_set_outbound_stalled_writes_events(
	void *buf, __u32 v)
{
	mlx5_gen_set(buf, 15, 0, 0xffffffff, v);
}

/* mtpps_reg (60 bytes) */
#define MLX5_MTPPS_REG_BYTES 60
static inline __u32 mlx5_mtpps_reg_get_cap_number_of_pps_pins(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_number_of_pps_pins(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xf, v);
}
static inline __u32
mlx5_mtpps_reg_get_cap_max_num_of_pps_in_pins(const void *buf)
{
	return mlx5_gen_get(buf, 0, 8, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_max_num_of_pps_in_pins(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 8, 0xf, v);
}
static inline __u32
mlx5_mtpps_reg_get_cap_max_num_of_pps_out_pins(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_max_num_of_pps_out_pins(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_log_min_npps_period(const void *buf)
{
	return mlx5_gen_get(buf, 1, 8, 0x1f);
}

static inline void mlx5_mtpps_reg_set_cap_log_min_npps_period(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 1, 8, 0x1f, v);
}
static inline __u32
mlx5_mtpps_reg_get_cap_log_min_out_pulse_duration_ns(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0x1f);
}

static inline void
mlx5_mtpps_reg_set_cap_log_min_out_pulse_duration_ns(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0x1f, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_pin_3_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 24, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_pin_3_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 24, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_pin_2_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 16, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_pin_2_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 16, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_pin_1_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 8, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_pin_1_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 8, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_pin_0_mode(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_pin_0_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_pin_7_mode(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_pin_7_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_pin_6_mode(const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_pin_6_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_pin_5_mode(const void *buf)
{
	return mlx5_gen_get(buf, 3, 8, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_pin_5_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 8, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_cap_pin_4_mode(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xf);
}

static inline void mlx5_mtpps_reg_set_cap_pin_4_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_field_select(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_mtpps_reg_set_field_select(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u64 mlx5_mtpps_reg_get_npps_period(const void *buf)
{
	return mlx5_gen_get64(buf, 6);
}

static inline void mlx5_mtpps_reg_set_npps_period(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 6, v);
}
static inline __u32 mlx5_mtpps_reg_get_enable(const void *buf)
{
	return mlx5_gen_get(buf, 8, 31, 0x1);
}

static inline void mlx5_mtpps_reg_set_enable(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 31, 0x1, v);
}
static inline __u32 mlx5_mtpps_reg_get_pattern(const void *buf)
{
	return mlx5_gen_get(buf, 8, 16, 0xf);
}

static inline void mlx5_mtpps_reg_set_pattern(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 16, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_pin_mode(const void *buf)
{
	return mlx5_gen_get(buf, 8, 8, 0xf);
}

static inline void mlx5_mtpps_reg_set_pin_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 8, 0xf, v);
}
static inline __u32 mlx5_mtpps_reg_get_pin(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xff);
}

static inline void mlx5_mtpps_reg_set_pin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xff, v);
}
static inline __u32 mlx5_mtpps_reg_get_out_pulse_duration_ns(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0x3fffffff);
}

static inline void mlx5_mtpps_reg_set_out_pulse_duration_ns(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0x3fffffff, v);
}
static inline __u64 mlx5_mtpps_reg_get_time_stamp(const void *buf)
{
	return mlx5_gen_get64(buf, 10);
}

static inline void mlx5_mtpps_reg_set_time_stamp(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 10, v);
}
static inline __u32 mlx5_mtpps_reg_get_out_pulse_duration(const void *buf)
{
	return mlx5_gen_get(buf, 12, 16, 0xffff);
}

static inline void mlx5_mtpps_reg_set_out_pulse_duration(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 12, 16, 0xffff, v);
}
static inline __u32 mlx5_mtpps_reg_get_out_periodic_adjustment(const void *buf)
{
	return mlx5_gen_get(buf, 12, 0, 0xffff);
}

static inline void mlx5_mtpps_reg_set_out_periodic_adjustment(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 12, 0, 0xffff, v);
}
static inline __u32
mlx5_mtpps_reg_get_enhanced_out_periodic_adjustment(const void *buf)
{
	return mlx5_gen_get(buf, 13, 0, 0xffffffff);
}

static inline void
mlx5_mtpps_reg_set_enhanced_out_periodic_adjustment(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 13, 0, 0xffffffff, v);
}

/* mtppse_reg (16 bytes) */
#define MLX5_MTPPSE_REG_BYTES 16
static inline __u32 mlx5_mtppse_reg_get_pin(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_mtppse_reg_set_pin(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_mtppse_reg_get_event_arm(const void *buf)
{
	return mlx5_gen_get(buf, 1, 31, 0x1);
}

static inline void mlx5_mtppse_reg_set_event_arm(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 31, 0x1, v);
}
static inline __u32 mlx5_mtppse_reg_get_event_generation_mode(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xf);
}

static inline void mlx5_mtppse_reg_set_event_generation_mode(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xf, v);
}

/* mtutc_reg (28 bytes) */
#define MLX5_MTUTC_REG_BYTES 28
static inline __u32 mlx5_mtutc_reg_get_operation(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xf);
}

static inline void mlx5_mtutc_reg_set_operation(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xf, v);
}
static inline __u32 mlx5_mtutc_reg_get_freq_adjustment(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mtutc_reg_set_freq_adjustment(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mtutc_reg_get_utc_sec(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_mtutc_reg_set_utc_sec(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mtutc_reg_get_utc_nsec(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0x3fffffff);
}

static inline void mlx5_mtutc_reg_set_utc_nsec(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0x3fffffff, v);
}
static inline __u32 mlx5_mtutc_reg_get_time_adjustment(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_mtutc_reg_set_time_adjustment(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}

/* mpegc_reg (44 bytes) */
#define MLX5_MPEGC_REG_BYTES 44
static inline __u32 mlx5_mpegc_reg_get_field_select(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_mpegc_reg_set_field_select(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_mpegc_reg_get_tx_overflow_sense(const void *buf)
{
	return mlx5_gen_get(buf, 2, 31, 0x1);
}

static inline void mlx5_mpegc_reg_set_tx_overflow_sense(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 31, 0x1, v);
}
static inline __u32 mlx5_mpegc_reg_get_mark_cqe(const void *buf)
{
	return mlx5_gen_get(buf, 2, 30, 0x1);
}

static inline void mlx5_mpegc_reg_set_mark_cqe(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 30, 0x1, v);
}
static inline __u32 mlx5_mpegc_reg_get_mark_cnp(const void *buf)
{
	return mlx5_gen_get(buf, 2, 29, 0x1);
}

static inline void mlx5_mpegc_reg_set_mark_cnp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 29, 0x1, v);
}
static inline __u32 mlx5_mpegc_reg_get_tx_lossy_overflow_oper(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0x3);
}

static inline void mlx5_mpegc_reg_set_tx_lossy_overflow_oper(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0x3, v);
}

/* mcqs_reg (16 bytes) */
#define MLX5_MCQS_REG_BYTES 16
static inline __u32 mlx5_mcqs_reg_get_last_index_flag(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_mcqs_reg_set_last_index_flag(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_mcqs_reg_get_fw_device(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_mcqs_reg_set_fw_device(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_mcqs_reg_get_component_index(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_mcqs_reg_set_component_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_mcqs_reg_get_identifier(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_mcqs_reg_set_identifier(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_mcqs_reg_get_component_status(const void *buf)
{
	return mlx5_gen_get(buf, 2, 4, 0x1f);
}

static inline void mlx5_mcqs_reg_set_component_status(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 4, 0x1f, v);
}
static inline __u32 mlx5_mcqs_reg_get_component_update_state(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xf);
}

static inline void mlx5_mcqs_reg_set_component_update_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xf, v);
}
static inline __u32
mlx5_mcqs_reg_get_last_update_state_changer_type(const void *buf)
{
	return mlx5_gen_get(buf, 3, 28, 0xf);
}

static inline void mlx5_mcqs_reg_set_last_update_state_changer_type(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 3, 28, 0xf, v);
}
static inline __u32
mlx5_mcqs_reg_get_last_update_state_changer_host_id(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xf);
}

static inline void
mlx5_mcqs_reg_set_last_update_state_changer_host_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xf, v);
}

/* mcqi_reg (24 bytes) */
#define MLX5_MCQI_REG_BYTES 24
static inline __u32 mlx5_mcqi_reg_get_read_pending_component(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_mcqi_reg_set_read_pending_component(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_mcqi_reg_get_component_index(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_mcqi_reg_set_component_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_mcqi_reg_get_info_type(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0x1f);
}

static inline void mlx5_mcqi_reg_set_info_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0x1f, v);
}
static inline __u32 mlx5_mcqi_reg_get_info_size(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_mcqi_reg_set_info_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcqi_reg_get_offset(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_mcqi_reg_set_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcqi_reg_get_data_size(const void *buf)
{
	return mlx5_gen_get(buf, 5, 0, 0xffff);
}

static inline void mlx5_mcqi_reg_set_data_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 5, 0, 0xffff, v);
}
static inline void *mlx5_mcqi_reg_data(void *buf, unsigned int i)
{
	return (char *)buf + 24 + i * 124;
}

static inline const void *mlx5_mcqi_reg_data_const(const void *buf,
						   unsigned int i)
{
	return (const char *)buf + 24 + i * 124;
}

/* mcqi_reg_data (124 bytes, union) */
#define MLX5_MCQI_REG_DATA_BYTES 124
static inline void *mlx5_mcqi_reg_data_mcqi_caps(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_mcqi_reg_data_mcqi_caps_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_mcqi_reg_data_mcqi_version(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *mlx5_mcqi_reg_data_mcqi_version_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *mlx5_mcqi_reg_data_mcqi_activation_mathod(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_mcqi_reg_data_mcqi_activation_mathod_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* mcqi_cap (20 bytes) */
#define MLX5_MCQI_CAP_BYTES 20
static inline __u32 mlx5_mcqi_cap_get_supported_info_bitmask(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_mcqi_cap_set_supported_info_bitmask(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcqi_cap_get_component_size(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mcqi_cap_set_component_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcqi_cap_get_max_component_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_mcqi_cap_set_max_component_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcqi_cap_get_log_mcda_word_size(const void *buf)
{
	return mlx5_gen_get(buf, 3, 28, 0xf);
}

static inline void mlx5_mcqi_cap_set_log_mcda_word_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 28, 0xf, v);
}
static inline __u32 mlx5_mcqi_cap_get_mcda_max_write_size(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffff);
}

static inline void mlx5_mcqi_cap_set_mcda_max_write_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffff, v);
}
static inline __u32 mlx5_mcqi_cap_get_rd_en(const void *buf)
{
	return mlx5_gen_get(buf, 4, 31, 0x1);
}

static inline void mlx5_mcqi_cap_set_rd_en(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 31, 0x1, v);
}
static inline __u32 mlx5_mcqi_cap_get_match_chip_id(const void *buf)
{
	return mlx5_gen_get(buf, 4, 29, 0x1);
}

static inline void mlx5_mcqi_cap_set_match_chip_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 29, 0x1, v);
}
static inline __u32 mlx5_mcqi_cap_get_match_psid(const void *buf)
{
	return mlx5_gen_get(buf, 4, 28, 0x1);
}

static inline void mlx5_mcqi_cap_set_match_psid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 28, 0x1, v);
}
static inline __u32 mlx5_mcqi_cap_get_check_user_timestamp(const void *buf)
{
	return mlx5_gen_get(buf, 4, 27, 0x1);
}

static inline void mlx5_mcqi_cap_set_check_user_timestamp(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 27, 0x1, v);
}
static inline __u32 mlx5_mcqi_cap_get_match_base_guid_mac(const void *buf)
{
	return mlx5_gen_get(buf, 4, 26, 0x1);
}

static inline void mlx5_mcqi_cap_set_match_base_guid_mac(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 26, 0x1, v);
}

/* mcqi_version (124 bytes) */
#define MLX5_MCQI_VERSION_BYTES 124
static inline __u32 mlx5_mcqi_version_get_build_time_valid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void mlx5_mcqi_version_set_build_time_valid(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_mcqi_version_get_user_defined_time_valid(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_mcqi_version_set_user_defined_time_valid(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32 mlx5_mcqi_version_get_version_string_length(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_mcqi_version_set_version_string_length(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_mcqi_version_get_version(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mcqi_version_set_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u64 mlx5_mcqi_version_get_build_time(const void *buf)
{
	return mlx5_gen_get64(buf, 2);
}

static inline void mlx5_mcqi_version_set_build_time(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 2, v);
}
static inline __u64 mlx5_mcqi_version_get_user_defined_time(const void *buf)
{
	return mlx5_gen_get64(buf, 4);
}

static inline void mlx5_mcqi_version_set_user_defined_time(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 4, v);
}
static inline __u32 mlx5_mcqi_version_get_build_tool_version(const void *buf)
{
	return mlx5_gen_get(buf, 6, 0, 0xffffffff);
}

static inline void mlx5_mcqi_version_set_build_tool_version(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 6, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcqi_version_get_version_string(const void *buf,
							 unsigned int i)
{
	unsigned int bit = 256 + i * 8;

	return mlx5_gen_get(buf, bit / 32, 24 - bit % 32, 0xff);
}

static inline void mlx5_mcqi_version_set_version_string(void *buf,
							unsigned int i, __u32 v)
{
	unsigned int bit = 256 + i * 8;

	mlx5_gen_set(buf, bit / 32, 24 - bit % 32, 0xff, v);
}

/* mcqi_activation_method (4 bytes) */
#define MLX5_MCQI_ACTIVATION_METHOD_BYTES 4
static inline __u32
mlx5_mcqi_activation_method_get_pending_server_ac_power_cycle(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void
mlx5_mcqi_activation_method_set_pending_server_ac_power_cycle(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32
mlx5_mcqi_activation_method_get_pending_server_dc_power_cycle(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void
mlx5_mcqi_activation_method_set_pending_server_dc_power_cycle(void *buf,
							      __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32
mlx5_mcqi_activation_method_get_pending_server_reboot(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x1);
}

static inline void
mlx5_mcqi_activation_method_set_pending_server_reboot(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x1, v);
}
static inline __u32
mlx5_mcqi_activation_method_get_pending_fw_reset(const void *buf)
{
	return mlx5_gen_get(buf, 0, 28, 0x1);
}

static inline void mlx5_mcqi_activation_method_set_pending_fw_reset(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 0, 28, 0x1, v);
}
static inline __u32
mlx5_mcqi_activation_method_get_auto_activate(const void *buf)
{
	return mlx5_gen_get(buf, 0, 27, 0x1);
}

static inline void mlx5_mcqi_activation_method_set_auto_activate(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 27, 0x1, v);
}
static inline __u32
mlx5_mcqi_activation_method_get_all_hosts_sync(const void *buf)
{
	return mlx5_gen_get(buf, 0, 26, 0x1);
}

static inline void mlx5_mcqi_activation_method_set_all_hosts_sync(void *buf,
								  __u32 v)
{
	mlx5_gen_set(buf, 0, 26, 0x1, v);
}
static inline __u32
mlx5_mcqi_activation_method_get_device_hw_reset(const void *buf)
{
	return mlx5_gen_get(buf, 0, 25, 0x1);
}

static inline void mlx5_mcqi_activation_method_set_device_hw_reset(void *buf,
								   __u32 v)
{
	mlx5_gen_set(buf, 0, 25, 0x1, v);
}

/* mcc_reg (32 bytes) */
#define MLX5_MCC_REG_BYTES 32
static inline __u32
mlx5_mcc_reg_get_time_elapsed_since_last_cmd(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xfff);
}

static inline void mlx5_mcc_reg_set_time_elapsed_since_last_cmd(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xfff, v);
}
static inline __u32 mlx5_mcc_reg_get_instruction(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_mcc_reg_set_instruction(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_mcc_reg_get_component_index(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_mcc_reg_set_component_index(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_mcc_reg_get_update_handle(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffff);
}

static inline void mlx5_mcc_reg_set_update_handle(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffff, v);
}
static inline __u32 mlx5_mcc_reg_get_handle_owner_type(const void *buf)
{
	return mlx5_gen_get(buf, 3, 28, 0xf);
}

static inline void mlx5_mcc_reg_set_handle_owner_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 28, 0xf, v);
}
static inline __u32 mlx5_mcc_reg_get_handle_owner_host_id(const void *buf)
{
	return mlx5_gen_get(buf, 3, 24, 0xf);
}

static inline void mlx5_mcc_reg_set_handle_owner_host_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 24, 0xf, v);
}
static inline __u32 mlx5_mcc_reg_get_control_progress(const void *buf)
{
	return mlx5_gen_get(buf, 3, 16, 0x7f);
}

static inline void mlx5_mcc_reg_set_control_progress(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 16, 0x7f, v);
}
static inline __u32 mlx5_mcc_reg_get_error_code(const void *buf)
{
	return mlx5_gen_get(buf, 3, 8, 0xff);
}

static inline void mlx5_mcc_reg_set_error_code(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 8, 0xff, v);
}
static inline __u32 mlx5_mcc_reg_get_control_state(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xf);
}

static inline void mlx5_mcc_reg_set_control_state(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xf, v);
}
static inline __u32 mlx5_mcc_reg_get_component_size(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffffffff);
}

static inline void mlx5_mcc_reg_set_component_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffffffff, v);
}

/* mcda_reg (16 bytes) */
#define MLX5_MCDA_REG_BYTES 16
static inline __u32 mlx5_mcda_reg_get_update_handle(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffff);
}

static inline void mlx5_mcda_reg_set_update_handle(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffff, v);
}
static inline __u32 mlx5_mcda_reg_get_offset(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mcda_reg_set_offset(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcda_reg_get_size(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffff);
}

static inline void mlx5_mcda_reg_set_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffff, v);
}
static inline __u32 mlx5_mcda_reg_get_data(const void *buf, unsigned int i)
{
	unsigned int bit = 128 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void mlx5_mcda_reg_set_data(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 128 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}

/* mcam_reg (72 bytes) */
#define MLX5_MCAM_REG_BYTES 72
static inline __u32 mlx5_mcam_reg_get_feature_group(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_mcam_reg_set_feature_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_mcam_reg_get_access_reg_group(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_mcam_reg_set_access_reg_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline void *mlx5_mcam_reg_mng_access_reg_cap_mask(void *buf)
{
	return (char *)buf + 8;
}

static inline const void *
mlx5_mcam_reg_mng_access_reg_cap_mask_const(const void *buf)
{
	return (const char *)buf + 8;
}
static inline void *mlx5_mcam_reg_mng_feature_cap_mask(void *buf)
{
	return (char *)buf + 40;
}

static inline const void *
mlx5_mcam_reg_mng_feature_cap_mask_const(const void *buf)
{
	return (const char *)buf + 40;
}

/* mcam_reg_mng_access_reg_cap_mask (16 bytes, union) */
#define MLX5_MCAM_REG_MNG_ACCESS_REG_CAP_MASK_BYTES 16
static inline void *mlx5_mcam_reg_mng_access_reg_cap_mask_access_regs(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_mcam_reg_mng_access_reg_cap_mask_access_regs_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_mcam_reg_mng_access_reg_cap_mask_access_regs1(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_mcam_reg_mng_access_reg_cap_mask_access_regs1_const(const void *buf)
{
	return (const char *)buf + 0;
}
static inline void *
mlx5_mcam_reg_mng_access_reg_cap_mask_access_regs2(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_mcam_reg_mng_access_reg_cap_mask_access_regs2_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* mcam_access_reg (16 bytes) */
#define MLX5_MCAM_ACCESS_REG_BYTES 16
static inline __u32 mlx5_mcam_access_reg_get_mcda(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1);
}

static inline void mlx5_mcam_access_reg_set_mcda(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1, v);
}
static inline __u32 mlx5_mcam_access_reg_get_mcc(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void mlx5_mcam_access_reg_set_mcc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32 mlx5_mcam_access_reg_get_mcqi(const void *buf)
{
	return mlx5_gen_get(buf, 0, 1, 0x1);
}

static inline void mlx5_mcam_access_reg_set_mcqi(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 1, 0x1, v);
}
static inline __u32 mlx5_mcam_access_reg_get_mcqs(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x1);
}

static inline void mlx5_mcam_access_reg_set_mcqs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x1, v);
}
static inline __u32 mlx5_mcam_access_reg_get_regs_95_to_87(const void *buf)
{
	return mlx5_gen_get(buf, 1, 23, 0x1ff);
}

static inline void mlx5_mcam_access_reg_set_regs_95_to_87(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 23, 0x1ff, v);
}
static inline __u32 mlx5_mcam_access_reg_get_mpegc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 22, 0x1);
}

static inline void mlx5_mcam_access_reg_set_mpegc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 22, 0x1, v);
}
static inline __u32 mlx5_mcam_access_reg_get_mtutc(const void *buf)
{
	return mlx5_gen_get(buf, 1, 21, 0x1);
}

static inline void mlx5_mcam_access_reg_set_mtutc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 21, 0x1, v);
}
static inline __u32 mlx5_mcam_access_reg_get_regs_84_to_68(const void *buf)
{
	return mlx5_gen_get(buf, 1, 4, 0x1ffff);
}

static inline void mlx5_mcam_access_reg_set_regs_84_to_68(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 4, 0x1ffff, v);
}
static inline __u32 mlx5_mcam_access_reg_get_tracer_registers(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xf);
}

static inline void mlx5_mcam_access_reg_set_tracer_registers(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xf, v);
}
static inline __u32 mlx5_mcam_access_reg_get_regs_63_to_46(const void *buf)
{
	return mlx5_gen_get(buf, 2, 14, 0x3ffff);
}

static inline void mlx5_mcam_access_reg_set_regs_63_to_46(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 14, 0x3ffff, v);
}
static inline __u32 mlx5_mcam_access_reg_get_mrtc(const void *buf)
{
	return mlx5_gen_get(buf, 2, 13, 0x1);
}

static inline void mlx5_mcam_access_reg_set_mrtc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 13, 0x1, v);
}
static inline __u32 mlx5_mcam_access_reg_get_regs_44_to_32(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0x1fff);
}

static inline void mlx5_mcam_access_reg_set_regs_44_to_32(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0x1fff, v);
}
static inline __u32 mlx5_mcam_access_reg_get_regs_31_to_0(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_mcam_access_reg_set_regs_31_to_0(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* mcam_access_reg_bits1 (16 bytes) */
#define MLX5_MCAM_ACCESS_REG_BITS1_BYTES 16
static inline __u32
mlx5_mcam_access_reg_bits1_get_regs_127_to_96(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffffffff);
}

static inline void mlx5_mcam_access_reg_bits1_set_regs_127_to_96(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffffffff, v);
}
static inline __u32
mlx5_mcam_access_reg_bits1_get_regs_95_to_64(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mcam_access_reg_bits1_set_regs_95_to_64(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_mcam_access_reg_bits1_get_regs_63_to_32(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_mcam_access_reg_bits1_set_regs_63_to_32(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcam_access_reg_bits1_get_regs_31_to_0(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_mcam_access_reg_bits1_set_regs_31_to_0(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* mcam_access_reg_bits2 (16 bytes) */
#define MLX5_MCAM_ACCESS_REG_BITS2_BYTES 16
static inline __u32
mlx5_mcam_access_reg_bits2_get_regs_127_to_99(const void *buf)
{
	return mlx5_gen_get(buf, 0, 3, 0x1fffffff);
}

static inline void mlx5_mcam_access_reg_bits2_set_regs_127_to_99(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 0, 3, 0x1fffffff, v);
}
static inline __u32 mlx5_mcam_access_reg_bits2_get_mirc(const void *buf)
{
	return mlx5_gen_get(buf, 0, 2, 0x1);
}

static inline void mlx5_mcam_access_reg_bits2_set_mirc(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 2, 0x1, v);
}
static inline __u32
mlx5_mcam_access_reg_bits2_get_regs_97_to_96(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0x3);
}

static inline void mlx5_mcam_access_reg_bits2_set_regs_97_to_96(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0x3, v);
}
static inline __u32
mlx5_mcam_access_reg_bits2_get_regs_95_to_64(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffffffff);
}

static inline void mlx5_mcam_access_reg_bits2_set_regs_95_to_64(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffffffff, v);
}
static inline __u32
mlx5_mcam_access_reg_bits2_get_regs_63_to_32(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_mcam_access_reg_bits2_set_regs_63_to_32(void *buf,
								__u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_mcam_access_reg_bits2_get_regs_31_to_0(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_mcam_access_reg_bits2_set_regs_31_to_0(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}

/* mcam_reg_mng_feature_cap_mask (16 bytes, union) */
#define MLX5_MCAM_REG_MNG_FEATURE_CAP_MASK_BYTES 16
static inline void *
mlx5_mcam_reg_mng_feature_cap_mask_enhanced_features(void *buf)
{
	return (char *)buf + 0;
}

static inline const void *
mlx5_mcam_reg_mng_feature_cap_mask_enhanced_features_const(const void *buf)
{
	return (const char *)buf + 0;
}

/* mcam_enhanced_features (16 bytes) */
#define MLX5_MCAM_ENHANCED_FEATURES_BYTES 16
static inline __u32
mlx5_mcam_enhanced_features_get_mcia_32dwords(const void *buf)
{
	return mlx5_gen_get(buf, 2, 2, 0x1);
}

static inline void mlx5_mcam_enhanced_features_set_mcia_32dwords(void *buf,
								 __u32 v)
{
	mlx5_gen_set(buf, 2, 2, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_out_pulse_duration_ns(const void *buf)
{
	return mlx5_gen_get(buf, 2, 1, 0x1);
}

static inline void
mlx5_mcam_enhanced_features_set_out_pulse_duration_ns(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 1, 0x1, v);
}
static inline __u32 mlx5_mcam_enhanced_features_get_npps_period(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0x1);
}

static inline void mlx5_mcam_enhanced_features_set_npps_period(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0x1, v);
}
static inline __u32 mlx5_mcam_enhanced_features_get_reset_state(const void *buf)
{
	return mlx5_gen_get(buf, 3, 21, 0x1);
}

static inline void mlx5_mcam_enhanced_features_set_reset_state(void *buf,
							       __u32 v)
{
	mlx5_gen_set(buf, 3, 21, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_ptpcyc2realtime_modify(const void *buf)
{
	return mlx5_gen_get(buf, 3, 20, 0x1);
}

static inline void
mlx5_mcam_enhanced_features_set_ptpcyc2realtime_modify(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 20, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_pci_status_and_power(const void *buf)
{
	return mlx5_gen_get(buf, 3, 17, 0x1);
}

static inline void
mlx5_mcam_enhanced_features_set_pci_status_and_power(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 17, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_mark_tx_action_cnp(const void *buf)
{
	return mlx5_gen_get(buf, 3, 11, 0x1);
}

static inline void mlx5_mcam_enhanced_features_set_mark_tx_action_cnp(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 3, 11, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_mark_tx_action_cqe(const void *buf)
{
	return mlx5_gen_get(buf, 3, 10, 0x1);
}

static inline void mlx5_mcam_enhanced_features_set_mark_tx_action_cqe(void *buf,
								      __u32 v)
{
	mlx5_gen_set(buf, 3, 10, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_dynamic_tx_overflow(const void *buf)
{
	return mlx5_gen_get(buf, 3, 9, 0x1);
}

static inline void
mlx5_mcam_enhanced_features_set_dynamic_tx_overflow(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 9, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_pcie_outbound_stalled(const void *buf)
{
	return mlx5_gen_get(buf, 3, 4, 0x1);
}

static inline void
mlx5_mcam_enhanced_features_set_pcie_outbound_stalled(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 4, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_tx_overflow_buffer_pkt(const void *buf)
{
	return mlx5_gen_get(buf, 3, 3, 0x1);
}

static inline void
mlx5_mcam_enhanced_features_set_tx_overflow_buffer_pkt(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 3, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_mtpps_enh_out_per_adj(const void *buf)
{
	return mlx5_gen_get(buf, 3, 2, 0x1);
}

static inline void
mlx5_mcam_enhanced_features_set_mtpps_enh_out_per_adj(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 2, 0x1, v);
}
static inline __u32 mlx5_mcam_enhanced_features_get_mtpps_fs(const void *buf)
{
	return mlx5_gen_get(buf, 3, 1, 0x1);
}

static inline void mlx5_mcam_enhanced_features_set_mtpps_fs(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 1, 0x1, v);
}
static inline __u32
mlx5_mcam_enhanced_features_get_pcie_performance_group(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0x1);
}

static inline void
mlx5_mcam_enhanced_features_set_pcie_performance_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0x1, v);
}

/* mirc_reg (8 bytes) */
#define MLX5_MIRC_REG_BYTES 8
static inline __u32 mlx5_mirc_reg_get_status_code(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_mirc_reg_set_status_code(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}

/* sbcam_reg (76 bytes) */
#define MLX5_SBCAM_REG_BYTES 76
static inline __u32 mlx5_sbcam_reg_get_feature_group(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xff);
}

static inline void mlx5_sbcam_reg_set_feature_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xff, v);
}
static inline __u32 mlx5_sbcam_reg_get_access_reg_group(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xff);
}

static inline void mlx5_sbcam_reg_set_access_reg_group(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xff, v);
}
static inline __u32 mlx5_sbcam_reg_get_sb_access_reg_cap_mask(const void *buf,
							      unsigned int i)
{
	unsigned int bit = 64 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void
mlx5_sbcam_reg_set_sb_access_reg_cap_mask(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 64 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}
static inline __u32 mlx5_sbcam_reg_get_sb_feature_cap_mask(const void *buf,
							   unsigned int i)
{
	unsigned int bit = 320 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void
mlx5_sbcam_reg_set_sb_feature_cap_mask(void *buf, unsigned int i, __u32 v)
{
	unsigned int bit = 320 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}
static inline __u32 mlx5_sbcam_reg_get_cap_total_buffer_size(const void *buf)
{
	return mlx5_gen_get(buf, 16, 0, 0xffffffff);
}

static inline void mlx5_sbcam_reg_set_cap_total_buffer_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 16, 0, 0xffffffff, v);
}
static inline __u32 mlx5_sbcam_reg_get_cap_cell_size(const void *buf)
{
	return mlx5_gen_get(buf, 17, 16, 0xffff);
}

static inline void mlx5_sbcam_reg_set_cap_cell_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 16, 0xffff, v);
}
static inline __u32 mlx5_sbcam_reg_get_cap_max_pg_buffers(const void *buf)
{
	return mlx5_gen_get(buf, 17, 8, 0xff);
}

static inline void mlx5_sbcam_reg_set_cap_max_pg_buffers(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 8, 0xff, v);
}
static inline __u32 mlx5_sbcam_reg_get_cap_num_pool_supported(const void *buf)
{
	return mlx5_gen_get(buf, 17, 0, 0xff);
}

static inline void mlx5_sbcam_reg_set_cap_num_pool_supported(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 17, 0, 0xff, v);
}
static inline __u32 mlx5_sbcam_reg_get_cap_sbsr_stat_size(const void *buf)
{
	return mlx5_gen_get(buf, 18, 16, 0xff);
}

static inline void mlx5_sbcam_reg_set_cap_sbsr_stat_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 16, 0xff, v);
}
static inline __u32 mlx5_sbcam_reg_get_cap_max_tclass_data(const void *buf)
{
	return mlx5_gen_get(buf, 18, 8, 0xff);
}

static inline void mlx5_sbcam_reg_set_cap_max_tclass_data(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 18, 8, 0xff, v);
}
static inline __u32
mlx5_sbcam_reg_get_cap_max_cpu_ingress_tclass_sb(const void *buf)
{
	return mlx5_gen_get(buf, 18, 0, 0xff);
}

static inline void mlx5_sbcam_reg_set_cap_max_cpu_ingress_tclass_sb(void *buf,
								    __u32 v)
{
	mlx5_gen_set(buf, 18, 0, 0xff, v);
}

/* resource_dump (256 bytes) */
#define MLX5_RESOURCE_DUMP_BYTES 256
static inline __u32 mlx5_resource_dump_get_more_dump(const void *buf)
{
	return mlx5_gen_get(buf, 0, 31, 0x1);
}

static inline void mlx5_resource_dump_set_more_dump(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 31, 0x1, v);
}
static inline __u32 mlx5_resource_dump_get_inline_dump(const void *buf)
{
	return mlx5_gen_get(buf, 0, 30, 0x1);
}

static inline void mlx5_resource_dump_set_inline_dump(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 30, 0x1, v);
}
static inline __u32 mlx5_resource_dump_get_seq_num(const void *buf)
{
	return mlx5_gen_get(buf, 0, 16, 0xf);
}

static inline void mlx5_resource_dump_set_seq_num(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 16, 0xf, v);
}
static inline __u32 mlx5_resource_dump_get_segment_type(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xffff);
}

static inline void mlx5_resource_dump_set_segment_type(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xffff, v);
}
static inline __u32 mlx5_resource_dump_get_vhca_id(const void *buf)
{
	return mlx5_gen_get(buf, 1, 0, 0xffff);
}

static inline void mlx5_resource_dump_set_vhca_id(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 1, 0, 0xffff, v);
}
static inline __u32 mlx5_resource_dump_get_index1(const void *buf)
{
	return mlx5_gen_get(buf, 2, 0, 0xffffffff);
}

static inline void mlx5_resource_dump_set_index1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 2, 0, 0xffffffff, v);
}
static inline __u32 mlx5_resource_dump_get_index2(const void *buf)
{
	return mlx5_gen_get(buf, 3, 0, 0xffffffff);
}

static inline void mlx5_resource_dump_set_index2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 3, 0, 0xffffffff, v);
}
static inline __u32 mlx5_resource_dump_get_num_of_obj1(const void *buf)
{
	return mlx5_gen_get(buf, 4, 16, 0xffff);
}

static inline void mlx5_resource_dump_set_num_of_obj1(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 16, 0xffff, v);
}
static inline __u32 mlx5_resource_dump_get_num_of_obj2(const void *buf)
{
	return mlx5_gen_get(buf, 4, 0, 0xffff);
}

static inline void mlx5_resource_dump_set_num_of_obj2(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 4, 0, 0xffff, v);
}
static inline __u64 mlx5_resource_dump_get_device_opaque(const void *buf)
{
	return mlx5_gen_get64(buf, 6);
}

static inline void mlx5_resource_dump_set_device_opaque(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 6, v);
}
static inline __u32 mlx5_resource_dump_get_mkey(const void *buf)
{
	return mlx5_gen_get(buf, 8, 0, 0xffffffff);
}

static inline void mlx5_resource_dump_set_mkey(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 8, 0, 0xffffffff, v);
}
static inline __u32 mlx5_resource_dump_get_size(const void *buf)
{
	return mlx5_gen_get(buf, 9, 0, 0xffffffff);
}

static inline void mlx5_resource_dump_set_size(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 9, 0, 0xffffffff, v);
}
static inline __u64 mlx5_resource_dump_get_address(const void *buf)
{
	return mlx5_gen_get64(buf, 10);
}

static inline void mlx5_resource_dump_set_address(void *buf, __u64 v)
{
	mlx5_gen_set64(buf, 10, v);
}
static inline __u32 mlx5_resource_dump_get_inline_data(const void *buf,
						       unsigned int i)
{
	unsigned int bit = 384 + i * 32;

	return mlx5_gen_get(buf, bit / 32, 0 - bit % 32, 0xffffffff);
}

static inline void mlx5_resource_dump_set_inline_data(void *buf, unsigned int i,
						      __u32 v)
{
	unsigned int bit = 384 + i * 32;

	mlx5_gen_set(buf, bit / 32, 0 - bit % 32, 0xffffffff, v);
}

/* dtor_reg (64 bytes) */
#define MLX5_DTOR_REG_BYTES 64
static inline void *mlx5_dtor_reg_pcie_toggle_to(void *buf)
{
	return (char *)buf + 4;
}

static inline const void *mlx5_dtor_reg_pcie_toggle_to_const(const void *buf)
{
	return (const char *)buf + 4;
}
static inline void *mlx5_dtor_reg_health_poll_to(void *buf)
{
	return (char *)buf + 20;
}

static inline const void *mlx5_dtor_reg_health_poll_to_const(const void *buf)
{
	return (const char *)buf + 20;
}
static inline void *mlx5_dtor_reg_full_crdump_to(void *buf)
{
	return (char *)buf + 24;
}

static inline const void *mlx5_dtor_reg_full_crdump_to_const(const void *buf)
{
	return (const char *)buf + 24;
}
static inline void *mlx5_dtor_reg_fw_reset_to(void *buf)
{
	return (char *)buf + 28;
}

static inline const void *mlx5_dtor_reg_fw_reset_to_const(const void *buf)
{
	return (const char *)buf + 28;
}
static inline void *mlx5_dtor_reg_flush_on_err_to(void *buf)
{
	return (char *)buf + 32;
}

static inline const void *mlx5_dtor_reg_flush_on_err_to_const(const void *buf)
{
	return (const char *)buf + 32;
}
static inline void *mlx5_dtor_reg_pci_sync_update_to(void *buf)
{
	return (char *)buf + 36;
}

static inline const void *
mlx5_dtor_reg_pci_sync_update_to_const(const void *buf)
{
	return (const char *)buf + 36;
}
static inline void *mlx5_dtor_reg_tear_down_to(void *buf)
{
	return (char *)buf + 40;
}

static inline const void *mlx5_dtor_reg_tear_down_to_const(const void *buf)
{
	return (const char *)buf + 40;
}
static inline void *mlx5_dtor_reg_fsm_reactivate_to(void *buf)
{
	return (char *)buf + 44;
}

static inline const void *mlx5_dtor_reg_fsm_reactivate_to_const(const void *buf)
{
	return (const char *)buf + 44;
}
static inline void *mlx5_dtor_reg_reclaim_pages_to(void *buf)
{
	return (char *)buf + 48;
}

static inline const void *mlx5_dtor_reg_reclaim_pages_to_const(const void *buf)
{
	return (const char *)buf + 48;
}
static inline void *mlx5_dtor_reg_reclaim_vfs_pages_to(void *buf)
{
	return (char *)buf + 52;
}

static inline const void *
mlx5_dtor_reg_reclaim_vfs_pages_to_const(const void *buf)
{
	return (const char *)buf + 52;
}

/* default_timeout (4 bytes) */
#define MLX5_DEFAULT_TIMEOUT_BYTES 4
static inline __u32 mlx5_default_timeout_get_to_multiplier(const void *buf)
{
	return mlx5_gen_get(buf, 0, 29, 0x7);
}

static inline void mlx5_default_timeout_set_to_multiplier(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 29, 0x7, v);
}
static inline __u32 mlx5_default_timeout_get_to_value(const void *buf)
{
	return mlx5_gen_get(buf, 0, 0, 0xfffff);
}

static inline void mlx5_default_timeout_set_to_value(void *buf, __u32 v)
{
	mlx5_gen_set(buf, 0, 0, 0xfffff, v);
}

/*
 * access_register_in.register_data: the size in bytes of the payload layout that
 * register_id selects, 0 when it selects none.
 */
static inline __u32 mlx5_access_register_in_register_data_bytes(__u32 value)
{
	switch (value) {
	case 0x4002: /* QPTS: qpts_reg */
		return 8;
	case 0x400a: /* QTCT: qtct_reg */
		return 8;
	case 0x4020: /* DCBX_PARAM: dcbx_param */
		return 64;
	case 0x4022: /* FPGA_CAP: fpga_cap */
		return 256;
	case 0x4023: /* FPGA_CTRL: fpga_ctrl */
		return 16;
	case 0x4024: /* FPGA_ACCESS_REG: fpga_access_reg */
		return 16;
	case 0x402e: /* CORE_DUMP: core_dump_reg */
		return 64;
	case 0x5001: /* PCAP: pcap_reg */
		return 20;
	case 0x5002: /* PMLP: pmlp_reg */
		return 64;
	case 0x5003: /* PMTU: pmtu_reg */
		return 16;
	case 0x5004: /* PTYS: ptys_reg */
		return 64;
	case 0x5006: /* PAOS: paos_reg */
		return 16;
	case 0x5007: /* PFCC: pfcc_reg */
		return 32;
	case 0x5008: /* PPCNT: ppcnt_reg */
		return 256;
	case 0x5009: /* PUDE: pude_reg */
		return 16;
	case 0x500b: /* PPTB: pptb_reg */
		return 12;
	case 0x500c: /* PBMC: pbmc_reg */
		return 108;
	case 0x500e: /* PELC: pelc_reg */
		return 56;
	case 0x500f: /* PVLC: pvlc_reg */
		return 16;
	case 0x5010: /* PMPE: pmpe_reg */
		return 16;
	case 0x5012: /* PMAOS: pmaos_reg */
		return 16;
	case 0x5023: /* PPLM: pplm_reg */
		return 80;
	case 0x5031: /* PDDR: pddr_reg */
		return 256;
	case 0x5041: /* PCMR: pcmr_reg */
		return 12;
	case 0x507f: /* PCAM: pcam_reg */
		return 80;
	case 0x9014: /* MCIA: mcia_reg */
		return 144;
	case 0x9028: /* MFRL: mfrl_reg */
		return 8;
	case 0x902b: /* MLCR: mlcr_reg */
		return 12;
	case 0x902d: /* MRTC: mrtc_reg */
		return 16;
	case 0x9040: /* MTRC_CAP: mtrc_cap */
		return 128;
	case 0x9041: /* MTRC_CONF: mtrc_conf */
		return 128;
	case 0x9043: /* MTRC_CTRL: mtrc_ctrl */
		return 64;
	case 0x9050: /* MPEIN: mpein_reg */
		return 48;
	case 0x9051: /* MPCNT: mpcnt_reg */
		return 256;
	case 0x9053: /* MTPPS: mtpps_reg */
		return 60;
	case 0x9054: /* MTPPSE: mtppse_reg */
		return 16;
	case 0x9055: /* MTUTC: mtutc_reg */
		return 28;
	case 0x9056: /* MPEGC: mpegc_reg */
		return 44;
	case 0x9060: /* MCQS: mcqs_reg */
		return 16;
	case 0x9061: /* MCQI: mcqi_reg */
		return 24;
	case 0x9062: /* MCC: mcc_reg */
		return 32;
	case 0x9063: /* MCDA: mcda_reg */
		return 16;
	case 0x907f: /* MCAM: mcam_reg */
		return 72;
	case 0x9162: /* MIRC: mirc_reg */
		return 8;
	case 0xb001: /* SBPR: sbpr_reg */
		return 24;
	case 0xb002: /* SBCM: sbcm_reg */
		return 40;
	case 0xb01f: /* SBCAM: sbcam_reg */
		return 76;
	case 0xc000: /* RESOURCE_DUMP: resource_dump */
		return 256;
	case 0xc00e: /* DTOR: dtor_reg */
		return 64;
	default:
		return 0;
	}
}

/*
 * access_register_in.register_data: the index fields of the selected payload
 * (which instance an access addresses) as one key, in field order.
 */
static inline __u64
mlx5_access_register_in_register_data_index(__u32 value, const void *payload)
{
	__u64 key = 0;

	switch (value) {
	case 0x4002: /* QPTS */
		key = key << 8 | mlx5_qpts_reg_get_local_port(payload);
		break;
	case 0x5001: /* PCAP */
		key = key << 8 | mlx5_pcap_reg_get_local_port(payload);
		break;
	case 0x5002: /* PMLP */
		key = key << 8 | mlx5_pmlp_reg_get_local_port(payload);
		break;
	case 0x5003: /* PMTU */
		key = key << 8 | mlx5_pmtu_reg_get_local_port(payload);
		break;
	case 0x5004: /* PTYS */
		key = key << 8 | mlx5_ptys_reg_get_local_port(payload);
		break;
	case 0x5006: /* PAOS */
		key = key << 8 | mlx5_paos_reg_get_swid(payload);
		key = key << 8 | mlx5_paos_reg_get_local_port(payload);
		break;
	case 0x5007: /* PFCC */
		key = key << 8 | mlx5_pfcc_reg_get_local_port(payload);
		break;
	case 0x5008: /* PPCNT */
		key = key << 8 | mlx5_ppcnt_reg_get_swid(payload);
		key = key << 8 | mlx5_ppcnt_reg_get_local_port(payload);
		key = key << 2 | mlx5_ppcnt_reg_get_pnat(payload);
		key = key << 6 | mlx5_ppcnt_reg_get_grp(payload);
		key = key << 3 | mlx5_ppcnt_reg_get_prio_tc(payload);
		break;
	case 0x5009: /* PUDE */
		key = key << 8 | mlx5_pude_reg_get_swid(payload);
		key = key << 8 | mlx5_pude_reg_get_local_port(payload);
		break;
	case 0x500b: /* PPTB */
		key = key << 8 | mlx5_pptb_reg_get_local_port(payload);
		break;
	case 0x500c: /* PBMC */
		key = key << 8 | mlx5_pbmc_reg_get_local_port(payload);
		break;
	case 0x500e: /* PELC */
		key = key << 8 | mlx5_pelc_reg_get_local_port(payload);
		break;
	case 0x500f: /* PVLC */
		key = key << 8 | mlx5_pvlc_reg_get_local_port(payload);
		break;
	case 0x5010: /* PMPE */
		key = key << 8 | mlx5_pmpe_reg_get_module(payload);
		break;
	case 0x5012: /* PMAOS */
		key = key << 8 | mlx5_pmaos_reg_get_module(payload);
		break;
	case 0x5023: /* PPLM */
		key = key << 8 | mlx5_pplm_reg_get_local_port(payload);
		break;
	case 0x5031: /* PDDR */
		key = key << 8 | mlx5_pddr_reg_get_local_port(payload);
		key = key << 2 | mlx5_pddr_reg_get_pnat(payload);
		break;
	case 0x5041: /* PCMR */
		key = key << 8 | mlx5_pcmr_reg_get_local_port(payload);
		break;
	case 0x9014: /* MCIA */
		key = key << 8 | mlx5_mcia_reg_get_module(payload);
		break;
	case 0x902b: /* MLCR */
		key = key << 8 | mlx5_mlcr_reg_get_local_port(payload);
		break;
	case 0x9051: /* MPCNT */
		key = key << 6 | mlx5_mpcnt_reg_get_grp(payload);
		break;
	case 0xb002: /* SBCM */
		key = key << 8 | mlx5_sbcm_reg_get_local_port(payload);
		key = key << 2 | mlx5_sbcm_reg_get_pnat(payload);
		break;
	default:
		break;
	}
	return key;
}

/*
 * access_register_out.register_data: the size in bytes of the payload layout that
 * register_id selects, 0 when it selects none.
 */
static inline __u32 mlx5_access_register_out_register_data_bytes(__u32 value)
{
	switch (value) {
	case 0x4002: /* QPTS: qpts_reg */
		return 8;
	case 0x400a: /* QTCT: qtct_reg */
		return 8;
	case 0x4020: /* DCBX_PARAM: dcbx_param */
		return 64;
	case 0x4022: /* FPGA_CAP: fpga_cap */
		return 256;
	case 0x4023: /* FPGA_CTRL: fpga_ctrl */
		return 16;
	case 0x4024: /* FPGA_ACCESS_REG: fpga_access_reg */
		return 16;
	case 0x402e: /* CORE_DUMP: core_dump_reg */
		return 64;
	case 0x5001: /* PCAP: pcap_reg */
		return 20;
	case 0x5002: /* PMLP: pmlp_reg */
		return 64;
	case 0x5003: /* PMTU: pmtu_reg */
		return 16;
	case 0x5004: /* PTYS: ptys_reg */
		return 64;
	case 0x5006: /* PAOS: paos_reg */
		return 16;
	case 0x5007: /* PFCC: pfcc_reg */
		return 32;
	case 0x5008: /* PPCNT: ppcnt_reg */
		return 256;
	case 0x5009: /* PUDE: pude_reg */
		return 16;
	case 0x500b: /* PPTB: pptb_reg */
		return 12;
	case 0x500c: /* PBMC: pbmc_reg */
		return 108;
	case 0x500e: /* PELC: pelc_reg */
		return 56;
	case 0x500f: /* PVLC: pvlc_reg */
		return 16;
	case 0x5010: /* PMPE: pmpe_reg */
		return 16;
	case 0x5012: /* PMAOS: pmaos_reg */
		return 16;
	case 0x5023: /* PPLM: pplm_reg */
		return 80;
	case 0x5031: /* PDDR: pddr_reg */
		return 256;
	case 0x5041: /* PCMR: pcmr_reg */
		return 12;
	case 0x507f: /* PCAM: pcam_reg */
		return 80;
	case 0x9014: /* MCIA: mcia_reg */
		return 144;
	case 0x9028: /* MFRL: mfrl_reg */
		return 8;
	case 0x902b: /* MLCR: mlcr_reg */
		return 12;
	case 0x902d: /* MRTC: mrtc_reg */
		return 16;
	case 0x9040: /* MTRC_CAP: mtrc_cap */
		return 128;
	case 0x9041: /* MTRC_CONF: mtrc_conf */
		return 128;
	case 0x9043: /* MTRC_CTRL: mtrc_ctrl */
		return 64;
	case 0x9050: /* MPEIN: mpein_reg */
		return 48;
	case 0x9051: /* MPCNT: mpcnt_reg */
		return 256;
	case 0x9053: /* MTPPS: mtpps_reg */
		return 60;
	case 0x9054: /* MTPPSE: mtppse_reg */
		return 16;
	case 0x9055: /* MTUTC: mtutc_reg */
		return 28;
	case 0x9056: /* MPEGC: mpegc_reg */
		return 44;
	case 0x9060: /* MCQS: mcqs_reg */
		return 16;
	case 0x9061: /* MCQI: mcqi_reg */
		return 24;
	case 0x9062: /* MCC: mcc_reg */
		return 32;
	case 0x9063: /* MCDA: mcda_reg */
		return 16;
	case 0x907f: /* MCAM: mcam_reg */
		return 72;
	case 0x9162: /* MIRC: mirc_reg */
		return 8;
	case 0xb001: /* SBPR: sbpr_reg */
		return 24;
	case 0xb002: /* SBCM: sbcm_reg */
		return 40;
	case 0xb01f: /* SBCAM: sbcam_reg */
		return 76;
	case 0xc000: /* RESOURCE_DUMP: resource_dump */
		return 256;
	case 0xc00e: /* DTOR: dtor_reg */
		return 64;
	default:
		return 0;
	}
}

/*
 * access_register_out.register_data: the index fields of the selected payload
 * (which instance an access addresses) as one key, in field order.
 */
static inline __u64
mlx5_access_register_out_register_data_index(__u32 value, const void *payload)
{
	__u64 key = 0;

	switch (value) {
	case 0x4002: /* QPTS */
		key = key << 8 | mlx5_qpts_reg_get_local_port(payload);
		break;
	case 0x5001: /* PCAP */
		key = key << 8 | mlx5_pcap_reg_get_local_port(payload);
		break;
	case 0x5002: /* PMLP */
		key = key << 8 | mlx5_pmlp_reg_get_local_port(payload);
		break;
	case 0x5003: /* PMTU */
		key = key << 8 | mlx5_pmtu_reg_get_local_port(payload);
		break;
	case 0x5004: /* PTYS */
		key = key << 8 | mlx5_ptys_reg_get_local_port(payload);
		break;
	case 0x5006: /* PAOS */
		key = key << 8 | mlx5_paos_reg_get_swid(payload);
		key = key << 8 | mlx5_paos_reg_get_local_port(payload);
		break;
	case 0x5007: /* PFCC */
		key = key << 8 | mlx5_pfcc_reg_get_local_port(payload);
		break;
	case 0x5008: /* PPCNT */
		key = key << 8 | mlx5_ppcnt_reg_get_swid(payload);
		key = key << 8 | mlx5_ppcnt_reg_get_local_port(payload);
		key = key << 2 | mlx5_ppcnt_reg_get_pnat(payload);
		key = key << 6 | mlx5_ppcnt_reg_get_grp(payload);
		key = key << 3 | mlx5_ppcnt_reg_get_prio_tc(payload);
		break;
	case 0x5009: /* PUDE */
		key = key << 8 | mlx5_pude_reg_get_swid(payload);
		key = key << 8 | mlx5_pude_reg_get_local_port(payload);
		break;
	case 0x500b: /* PPTB */
		key = key << 8 | mlx5_pptb_reg_get_local_port(payload);
		break;
	case 0x500c: /* PBMC */
		key = key << 8 | mlx5_pbmc_reg_get_local_port(payload);
		break;
	case 0x500e: /* PELC */
		key = key << 8 | mlx5_pelc_reg_get_local_port(payload);
		break;
	case 0x500f: /* PVLC */
		key = key << 8 | mlx5_pvlc_reg_get_local_port(payload);
		break;
	case 0x5010: /* PMPE */
		key = key << 8 | mlx5_pmpe_reg_get_module(payload);
		break;
	case 0x5012: /* PMAOS */
		key = key << 8 | mlx5_pmaos_reg_get_module(payload);
		break;
	case 0x5023: /* PPLM */
		key = key << 8 | mlx5_pplm_reg_get_local_port(payload);
		break;
	case 0x5031: /* PDDR */
		key = key << 8 | mlx5_pddr_reg_get_local_port(payload);
		key = key << 2 | mlx5_pddr_reg_get_pnat(payload);
		break;
	case 0x5041: /* PCMR */
		key = key << 8 | mlx5_pcmr_reg_get_local_port(payload);
		break;
	case 0x9014: /* MCIA */
		key = key << 8 | mlx5_mcia_reg_get_module(payload);
		break;
	case 0x902b: /* MLCR */
		key = key << 8 | mlx5_mlcr_reg_get_local_port(payload);
		break;
	case 0x9051: /* MPCNT */
		key = key << 6 | mlx5_mpcnt_reg_get_grp(payload);
		break;
	case 0xb002: /* SBCM */
		key = key << 8 | mlx5_sbcm_reg_get_local_port(payload);
		key = key << 2 | mlx5_sbcm_reg_get_pnat(payload);
		break;
	default:
		break;
	}
	return key;
}

#ifdef __cplusplus
}
#endif

#endif /* _MLX5_LAYOUTS_GEN_H */
