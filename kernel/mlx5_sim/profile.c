// SPDX-License-Identifier: GPL-2.0
/*
 * A ConnectX-6-like capability profile for the simulated firmware.  Built
 * both into the simulator and into the guest tests: keep it to the
 * generated accessors and plain data.
 */
#include <linux/types.h>

#include <mlx5_layouts.h>
#include "profile.h"

/* Field @f of the page of capability type @t, whose layout is @page. */
#define CAP(t, page, f, cur_value, max_value)                           \
	{ .type = MLX5_CAP_##t, .field = #f,                            \
	  .set = mlx5_##page##_set_##f, .cur = cur_value, .max = max_value }

const struct mlx5_sim_cap_value mlx5_sim_profile[] = {
	CAP(GENERAL, cmd_hca_cap, hca_cap_2, 1, 1),
	CAP(GENERAL, cmd_hca_cap, log_max_srq_sz, 15, 15),
	CAP(GENERAL, cmd_hca_cap, log_max_qp_sz, 15, 15),
	/* mlx5_core's default profile lowers log_max_qp to 17. */
	CAP(GENERAL, cmd_hca_cap, log_max_qp, 17, 18),
	CAP(GENERAL, cmd_hca_cap, log_max_srq, 23, 23),
	CAP(GENERAL, cmd_hca_cap, log_max_cq_sz, 22, 22),
	CAP(GENERAL, cmd_hca_cap, log_max_cq, 24, 24),
	CAP(GENERAL, cmd_hca_cap, log_max_eq_sz, 22, 22),
	CAP(GENERAL, cmd_hca_cap, log_max_mkey, 24, 24),
	CAP(GENERAL, cmd_hca_cap, log_max_eq, 7, 7),
	CAP(GENERAL, cmd_hca_cap, max_tc, 8, 8),
	CAP(GENERAL, cmd_hca_cap, port_type, 1, 1), /* Ethernet */
	CAP(GENERAL, cmd_hca_cap, num_ports, 1, 1),
	CAP(GENERAL, cmd_hca_cap, log_max_msg, 30, 30),
	CAP(GENERAL, cmd_hca_cap, cqe_version, 1, 1),
	CAP(GENERAL, cmd_hca_cap, log_max_pd, 23, 23),
	CAP(GENERAL, cmd_hca_cap, log_max_xrcd, 24, 24),
	CAP(GENERAL, cmd_hca_cap, log_max_rq, 23, 23),
	CAP(GENERAL, cmd_hca_cap, log_max_sq, 23, 23),
	CAP(GENERAL, cmd_hca_cap, log_max_uctx, MLX5_SIM_LOG_MAX_UCTX,
	    MLX5_SIM_LOG_MAX_UCTX),
	CAP(GENERAL, cmd_hca_cap, max_num_eqs, 128, 128),
	CAP(GENERAL, cmd_hca_cap, device_frequency_khz, 1000000, 1000000),
	CAP(GENERAL, cmd_hca_cap, pcam_reg, 1, 1),
	CAP(GENERAL, cmd_hca_cap, mcam_reg, 1, 1),
	CAP(GENERAL, cmd_hca_cap, uctx_cap, MLX5_SIM_UCTX_CAPS,
	    MLX5_SIM_UCTX_CAPS),

	CAP(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps, csum_cap,
	    1, 1),
	CAP(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps, vlan_cap,
	    1, 1),
	CAP(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps, lro_cap,
	    1, 1),
	CAP(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps,
	    max_lso_cap, 18, 18),
	CAP(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps,
	    rss_ind_tbl_cap, 11, 11),
	CAP(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps,
	    tunnel_stateless_vxlan, 1, 1),
	CAP(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps,
	    max_vxlan_udp_ports, 4, 4),
	CAP(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps,
	    lro_min_mss_size, 1460, 536),

	CAP(ODP, odp_cap, sig, 1, 1),

	CAP(ATOMIC, atomic_caps, atomic_req_8B_endianness_mode, 1, 1),
	CAP(ATOMIC, atomic_caps, supported_atomic_req_8B_endianness_mode_1, 1,
	    1),
	CAP(ATOMIC, atomic_caps, atomic_operations, 0x00cf, 0x00cf),
	CAP(ATOMIC, atomic_caps, atomic_size_qp, 0x0048, 0x0048),
	CAP(ATOMIC, atomic_caps, atomic_size_dc, 0x0008, 0x0008),

	CAP(ROCE, roce_cap, sw_r_roce_src_udp_port, 1, 1),
	CAP(ROCE, roce_cap, qp_ts_format, 2, 2),
	CAP(ROCE, roce_cap, l3_type, 0x3, 0x3),
	CAP(ROCE, roce_cap, roce_version, 0x5, 0x5),
	CAP(ROCE, roce_cap, r_roce_dest_udp_port, 4791, 4791),
	CAP(ROCE, roce_cap, r_roce_max_src_udp_port, 0xffff, 0xffff),
	CAP(ROCE, roce_cap, r_roce_min_src_udp_port, 0xc000, 0xc000),
	CAP(ROCE, roce_cap, roce_address_table_size, 255, 255),

	CAP(FLOW_TABLE, flow_table_nic_cap, nic_rx_multi_path_tirs, 1, 1),
	CAP(FLOW_TABLE, flow_table_nic_cap, encap_general_header, 1, 1),
	CAP(FLOW_TABLE, flow_table_nic_cap, log_max_packet_reformat_context,
	    23, 23),
	CAP(FLOW_TABLE, flow_table_nic_cap, max_encap_header_size, 128, 128),

	CAP(ESWITCH_FLOW_TABLE, flow_table_eswitch_cap, fdb_to_vport_reg_c_id,
	    0xff, 0xff),
	CAP(ESWITCH_FLOW_TABLE, flow_table_eswitch_cap, flow_source, 1, 1),
	CAP(ESWITCH_FLOW_TABLE, flow_table_eswitch_cap, multi_fdb_encap, 1,
	    1),

	CAP(ESWITCH, e_switch_cap, vport_svlan_strip, 1, 1),
	CAP(ESWITCH, e_switch_cap, vport_cvlan_strip, 1, 1),
	CAP(ESWITCH, e_switch_cap, merged_eswitch, 1, 1),
	CAP(ESWITCH, e_switch_cap, vxlan_encap_decap, 1, 1),
	CAP(ESWITCH, e_switch_cap, log_max_fdb_encap_uplink, 5, 5),
	CAP(ESWITCH, e_switch_cap, max_encap_header_size, 128, 128),
	CAP(ESWITCH, e_switch_cap, log_max_esw_sf, 0, 8),

	CAP(VECTOR_CALC, vector_calc_cap, calc_matrix, 1, 1),
	CAP(VECTOR_CALC, vector_calc_cap, max_vec_count, 16, 16),
	CAP(VECTOR_CALC, vector_calc_cap, max_chunk_size, 6, 6),

	CAP(QOS, qos_cap, packet_pacing, 1, 1),
	CAP(QOS, qos_cap, esw_scheduling, 1, 1),
	CAP(QOS, qos_cap, esw_bw_share, 1, 1),
	CAP(QOS, qos_cap, esw_rate_limit, 1, 1),
	CAP(QOS, qos_cap, log_esw_max_sched_depth, 2, 3),
	CAP(QOS, qos_cap, packet_pacing_max_rate, 100000000, 200000000),
	CAP(QOS, qos_cap, packet_pacing_min_rate, 1000, 1000),
	CAP(QOS, qos_cap, packet_pacing_rate_table_size, 1024, 1024),
	CAP(QOS, qos_cap, max_tsar_bw_share, 100, 100),

	CAP(DEBUG, debug_cap, core_dump_general, 1, 1),
	CAP(DEBUG, debug_cap, core_dump_qp, 1, 1),
	CAP(DEBUG, debug_cap, resource_dump, 1, 1),

	CAP(DEV_MEM, device_mem_cap, memic, 1, 1),
	CAP(DEV_MEM, device_mem_cap, log_min_memic_alloc_size, 6, 6),
	CAP(DEV_MEM, device_mem_cap, log_max_memic_addr_alignment, 12, 12),
	CAP(DEV_MEM, device_mem_cap, memic_bar_size, 0x20000, 0x20000),
	CAP(DEV_MEM, device_mem_cap, max_memic_size, 0x20000, 0x40000),

	CAP(TLS, tls_cap, tls_1_2_aes_gcm_128, 1, 1),
	CAP(TLS, tls_cap, tls_1_2_aes_gcm_256, 1, 1),

	CAP(VDPA_EMULATION, virtio_emulation_cap, virtio_version_1_0, 1, 1),
	CAP(VDPA_EMULATION, virtio_emulation_cap, event_mode, 0x3, 0x3),
	CAP(VDPA_EMULATION, virtio_emulation_cap, virtio_queue_type, 0x2, 0x2),
	CAP(VDPA_EMULATION, virtio_emulation_cap, max_num_virtio_queues, 256,
	    1024),

	CAP(DEV_SHAMPO, shampo_cap, shampo_log_max_reservation_size, 16, 16),
	CAP(DEV_SHAMPO, shampo_cap, shampo_log_min_reservation_size, 6, 6),
	CAP(DEV_SHAMPO, shampo_cap, shampo_min_mss_size, 512, 512),

	CAP(MACSEC, macsec_cap, macsec_epn, 1, 1),
	CAP(MACSEC, macsec_cap, macsec_crypto_esp_aes_gcm_128_encrypt, 1, 1),
	CAP(MACSEC, macsec_cap, macsec_crypto_esp_aes_gcm_128_decrypt, 1, 1),
	CAP(MACSEC, macsec_cap, log_max_macsec_offload, 8, 10),

	CAP(GENERAL_2, cmd_hca_cap_2, max_reformat_insert_size, 64, 64),
	CAP(GENERAL_2, cmd_hca_cap_2, max_reformat_insert_offset, 128, 128),
	CAP(GENERAL_2, cmd_hca_cap_2, log_min_mkey_entity_size, 12, 12),

	CAP(PORT_SELECTION, port_selection_cap, port_select_flow_table, 1, 1),
	CAP(PORT_SELECTION, port_selection_cap, port_select_flow_table_bypass,
	    0, 1),
	{}
};
