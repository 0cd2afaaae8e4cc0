// SPDX-License-Identifier: GPL-2.0
/*
 * Every bnxt layout against the C structs it mirrors.
 *
 * The reference is written here by hand from include/linux/bnxt/hsi.h: one
 * packed struct per layout, with the members, bitfields and padding of the
 * hsi.h struct (bitfields where hsi.h splits a word with _MASK/_SFT macros;
 * on a little-endian host a C bitfield is allocated from the least
 * significant bit, as the hardware numbers the bits of an __le32).  The
 * compiler, not the generator, decides where each member lies.
 *
 * For every field element and several fill patterns, in heap buffers of
 * exactly the struct's size (so that AddressSanitizer catches any access
 * outside the layout), the test checks:
 *  - position: a value written through the struct member is read back by
 *    the typed getter and by libfwctl's reflection-driven codec
 *    (fwctl_resolve_path + fwctl_get_bits), and writing it through the
 *    typed setter or through fwctl_assign() produces the same bytes;
 *  - round trip: over random bytes, a typed or codec write changes exactly
 *    the member and reads back through the struct.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <linux/types.h>

#include <fwctl/codec.h>
#include <bnxt_defs.h>
#include <bnxt_layouts.h>
#include <bnxt_reflect.h>

#include "test_bits.h"

_Static_assert(
	__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
	"the reference structs use the host's byte order for __le members");

/*
 * The hsi.h structs as lists: X##_F a scalar member, X##_A an array, X##_B
 * a bitfield (bits from the least significant up), X##_Q a reserved
 * bitfield, X##_R padding bytes (hsi.h's unused_N).
 */
/* clang-format off */
#define HWRM_INPUT_HDR(X, L)                                                   \
	X##_F(L, uint16_t, req_type)                                           \
	X##_F(L, uint16_t, cmpl_ring)                                          \
	X##_F(L, uint16_t, seq_id)                                             \
	X##_F(L, uint16_t, target_id)                                          \
	X##_F(L, uint64_t, resp_addr)

#define HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint16_t, error_code)                                         \
	X##_F(L, uint16_t, req_type)                                           \
	X##_F(L, uint16_t, seq_id)                                             \
	X##_F(L, uint16_t, resp_len)

#define L_input(X, L) HWRM_INPUT_HDR(X, L)
#define L_output(X, L) HWRM_OUTPUT_HDR(X, L)

#define L_hwrm_ver_get_input(X, L)                                             \
	HWRM_INPUT_HDR(X, L)                                                   \
	X##_F(L, uint8_t, hwrm_intf_maj)                                       \
	X##_F(L, uint8_t, hwrm_intf_min)                                       \
	X##_F(L, uint8_t, hwrm_intf_upd)                                       \
	X##_R(L, unused_0, 5)

#define L_hwrm_ver_get_output(X, L)                                            \
	HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint8_t, hwrm_intf_maj_8b)                                    \
	X##_F(L, uint8_t, hwrm_intf_min_8b)                                    \
	X##_F(L, uint8_t, hwrm_intf_upd_8b)                                    \
	X##_F(L, uint8_t, hwrm_intf_rsvd_8b)                                   \
	X##_F(L, uint8_t, hwrm_fw_maj_8b)                                      \
	X##_F(L, uint8_t, hwrm_fw_min_8b)                                      \
	X##_F(L, uint8_t, hwrm_fw_bld_8b)                                      \
	X##_F(L, uint8_t, hwrm_fw_rsvd_8b)                                     \
	X##_F(L, uint8_t, mgmt_fw_maj_8b)                                      \
	X##_F(L, uint8_t, mgmt_fw_min_8b)                                      \
	X##_F(L, uint8_t, mgmt_fw_bld_8b)                                      \
	X##_F(L, uint8_t, mgmt_fw_rsvd_8b)                                     \
	X##_F(L, uint8_t, netctrl_fw_maj_8b)                                   \
	X##_F(L, uint8_t, netctrl_fw_min_8b)                                   \
	X##_F(L, uint8_t, netctrl_fw_bld_8b)                                   \
	X##_F(L, uint8_t, netctrl_fw_rsvd_8b)                                  \
	X##_F(L, uint32_t, dev_caps_cfg)                                       \
	X##_F(L, uint8_t, roce_fw_maj_8b)                                      \
	X##_F(L, uint8_t, roce_fw_min_8b)                                      \
	X##_F(L, uint8_t, roce_fw_bld_8b)                                      \
	X##_F(L, uint8_t, roce_fw_rsvd_8b)                                     \
	X##_A(L, uint8_t, hwrm_fw_name, 16)                                    \
	X##_A(L, uint8_t, mgmt_fw_name, 16)                                    \
	X##_A(L, uint8_t, netctrl_fw_name, 16)                                 \
	X##_A(L, uint8_t, active_pkg_name, 16)                                 \
	X##_A(L, uint8_t, roce_fw_name, 16)                                    \
	X##_F(L, uint16_t, chip_num)                                           \
	X##_F(L, uint8_t, chip_rev)                                            \
	X##_F(L, uint8_t, chip_metal)                                          \
	X##_F(L, uint8_t, chip_bond_id)                                        \
	X##_F(L, uint8_t, chip_platform_type)                                  \
	X##_F(L, uint16_t, max_req_win_len)                                    \
	X##_F(L, uint16_t, max_resp_len)                                       \
	X##_F(L, uint16_t, def_req_timeout)                                    \
	X##_F(L, uint8_t, flags)                                               \
	X##_R(L, unused_0, 2)                                                  \
	X##_F(L, uint8_t, always_1)                                            \
	X##_F(L, uint16_t, hwrm_intf_major)                                    \
	X##_F(L, uint16_t, hwrm_intf_minor)                                    \
	X##_F(L, uint16_t, hwrm_intf_build)                                    \
	X##_F(L, uint16_t, hwrm_intf_patch)                                    \
	X##_F(L, uint16_t, hwrm_fw_major)                                      \
	X##_F(L, uint16_t, hwrm_fw_minor)                                      \
	X##_F(L, uint16_t, hwrm_fw_build)                                      \
	X##_F(L, uint16_t, hwrm_fw_patch)                                      \
	X##_F(L, uint16_t, mgmt_fw_major)                                      \
	X##_F(L, uint16_t, mgmt_fw_minor)                                      \
	X##_F(L, uint16_t, mgmt_fw_build)                                      \
	X##_F(L, uint16_t, mgmt_fw_patch)                                      \
	X##_F(L, uint16_t, netctrl_fw_major)                                   \
	X##_F(L, uint16_t, netctrl_fw_minor)                                   \
	X##_F(L, uint16_t, netctrl_fw_build)                                   \
	X##_F(L, uint16_t, netctrl_fw_patch)                                   \
	X##_F(L, uint16_t, roce_fw_major)                                      \
	X##_F(L, uint16_t, roce_fw_minor)                                      \
	X##_F(L, uint16_t, roce_fw_build)                                      \
	X##_F(L, uint16_t, roce_fw_patch)                                      \
	X##_F(L, uint16_t, max_ext_req_len)                                    \
	X##_F(L, uint16_t, max_req_timeout)                                    \
	X##_R(L, unused_1, 3)                                                  \
	X##_F(L, uint8_t, valid)

/* FUNC_QCAPS, FUNC_QCFG and FUNC_QSTATS requests: fid, then padding. */
#define L_hwrm_func_qcaps_input(X, L)                                          \
	HWRM_INPUT_HDR(X, L)                                                   \
	X##_F(L, uint16_t, fid)                                                \
	X##_R(L, unused_0, 6)
#define L_hwrm_func_qcfg_input(X, L) L_hwrm_func_qcaps_input(X, L)

#define L_hwrm_func_qcaps_output(X, L)                                         \
	HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint16_t, fid)                                                \
	X##_F(L, uint16_t, port_id)                                            \
	X##_F(L, uint32_t, flags)                                              \
	X##_A(L, uint8_t, mac_address, 6)                                      \
	X##_F(L, uint16_t, max_rsscos_ctx)                                     \
	X##_F(L, uint16_t, max_cmpl_rings)                                     \
	X##_F(L, uint16_t, max_tx_rings)                                       \
	X##_F(L, uint16_t, max_rx_rings)                                       \
	X##_F(L, uint16_t, max_l2_ctxs)                                        \
	X##_F(L, uint16_t, max_vnics)                                          \
	X##_F(L, uint16_t, first_vf_id)                                        \
	X##_F(L, uint16_t, max_vfs)                                            \
	X##_F(L, uint16_t, max_stat_ctx)                                       \
	X##_F(L, uint32_t, max_encap_records)                                  \
	X##_F(L, uint32_t, max_decap_records)                                  \
	X##_F(L, uint32_t, max_tx_em_flows)                                    \
	X##_F(L, uint32_t, max_tx_wm_flows)                                    \
	X##_F(L, uint32_t, max_rx_em_flows)                                    \
	X##_F(L, uint32_t, max_rx_wm_flows)                                    \
	X##_F(L, uint32_t, max_mcast_filters)                                  \
	X##_F(L, uint32_t, max_flow_id)                                        \
	X##_F(L, uint32_t, max_hw_ring_grps)                                   \
	X##_F(L, uint16_t, max_sp_tx_rings)                                    \
	X##_F(L, uint16_t, max_msix_vfs)                                       \
	X##_F(L, uint32_t, flags_ext)                                          \
	X##_F(L, uint8_t, max_schqs)                                           \
	X##_F(L, uint8_t, mpc_chnls_cap)                                       \
	X##_F(L, uint16_t, max_key_ctxs_alloc)                                 \
	X##_F(L, uint32_t, flags_ext2)                                         \
	X##_F(L, uint16_t, tunnel_disable_flag)                                \
	X##_F(L, uint16_t, xid_partition_cap)                                  \
	X##_A(L, uint8_t, device_serial_number, 8)                             \
	X##_F(L, uint16_t, ctxs_per_partition)                                 \
	X##_F(L, uint16_t, max_tso_segs)                                       \
	X##_F(L, uint32_t, roce_vf_max_av)                                     \
	X##_F(L, uint32_t, roce_vf_max_cq)                                     \
	X##_F(L, uint32_t, roce_vf_max_mrw)                                    \
	X##_F(L, uint32_t, roce_vf_max_qp)                                     \
	X##_F(L, uint32_t, roce_vf_max_srq)                                    \
	X##_F(L, uint32_t, roce_vf_max_gid)                                    \
	X##_F(L, uint32_t, flags_ext3)                                         \
	X##_F(L, uint16_t, max_roce_vfs)                                       \
	X##_F(L, uint16_t, max_crypto_rx_flow_filters)                         \
	X##_R(L, unused_3, 3)                                                  \
	X##_F(L, uint8_t, valid)

/* An __le32 bandwidth word: value 28 bits, scale 1 bit, unit 3 bits. */
#define BW_WORD(X, L, W)                                                       \
	X##_B(L, W##_bw_value, 28)                                             \
	X##_B(L, W##_scale, 1)                                                 \
	X##_B(L, W##_bw_value_unit, 3)

#define L_hwrm_func_qcfg_output(X, L)                                          \
	HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint16_t, fid)                                                \
	X##_F(L, uint16_t, port_id)                                            \
	X##_F(L, uint16_t, vlan)                                               \
	X##_F(L, uint16_t, flags)                                              \
	X##_A(L, uint8_t, mac_address, 6)                                      \
	X##_F(L, uint16_t, pci_id)                                             \
	X##_F(L, uint16_t, alloc_rsscos_ctx)                                   \
	X##_F(L, uint16_t, alloc_cmpl_rings)                                   \
	X##_F(L, uint16_t, alloc_tx_rings)                                     \
	X##_F(L, uint16_t, alloc_rx_rings)                                     \
	X##_F(L, uint16_t, alloc_l2_ctx)                                       \
	X##_F(L, uint16_t, alloc_vnics)                                        \
	X##_F(L, uint16_t, admin_mtu)                                          \
	X##_F(L, uint16_t, mru)                                                \
	X##_F(L, uint16_t, stat_ctx_id)                                        \
	X##_F(L, uint8_t, port_partition_type)                                 \
	X##_F(L, uint8_t, port_pf_cnt)                                         \
	X##_F(L, uint16_t, dflt_vnic_id)                                       \
	X##_F(L, uint16_t, max_mtu_configured)                                 \
	BW_WORD(X, L, min_bw)                                                  \
	BW_WORD(X, L, max_bw)                                                  \
	X##_F(L, uint8_t, evb_mode)                                            \
	X##_B(L, options_cache_linesize, 2)                                    \
	X##_B(L, options_link_admin_state, 2)                                  \
	X##_Q(L, options_rsvd, 4)                                              \
	X##_F(L, uint16_t, alloc_vfs)                                          \
	X##_F(L, uint32_t, alloc_mcast_filters)                                \
	X##_F(L, uint32_t, alloc_hw_ring_grps)                                 \
	X##_F(L, uint16_t, alloc_sp_tx_rings)                                  \
	X##_F(L, uint16_t, alloc_stat_ctx)                                     \
	X##_F(L, uint16_t, alloc_msix)                                         \
	X##_F(L, uint16_t, registered_vfs)                                     \
	X##_F(L, uint16_t, l2_doorbell_bar_size_kb)                            \
	X##_F(L, uint8_t, active_endpoints)                                    \
	X##_F(L, uint8_t, always_1)                                            \
	X##_F(L, uint32_t, reset_addr_poll)                                    \
	X##_F(L, uint16_t, legacy_l2_db_size_kb)                               \
	X##_B(L, svif_info_svif, 15)                                           \
	X##_B(L, svif_info_svif_valid, 1)                                      \
	X##_F(L, uint8_t, mpc_chnls)                                           \
	X##_F(L, uint8_t, db_page_size)                                        \
	X##_F(L, uint16_t, roce_vnic_id)                                       \
	BW_WORD(X, L, partition_min_bw)                                        \
	BW_WORD(X, L, partition_max_bw)                                        \
	X##_F(L, uint16_t, host_mtu)                                           \
	X##_F(L, uint16_t, flags2)                                             \
	X##_F(L, uint16_t, stag_vid)                                           \
	X##_F(L, uint8_t, port_kdnet_mode)                                     \
	X##_F(L, uint8_t, kdnet_pcie_function)                                 \
	X##_F(L, uint16_t, port_kdnet_fid)                                     \
	X##_R(L, unused_5, 1)                                                  \
	X##_F(L, uint8_t, roce_bidi_opt_mode)                                  \
	X##_F(L, uint32_t, num_ktls_tx_key_ctxs)                               \
	X##_F(L, uint32_t, num_ktls_rx_key_ctxs)                               \
	X##_F(L, uint8_t, lag_id)                                              \
	X##_F(L, uint8_t, parif)                                               \
	X##_F(L, uint8_t, fw_lag_id)                                           \
	X##_R(L, unused_6, 1)                                                  \
	X##_F(L, uint32_t, num_quic_tx_key_ctxs)                               \
	X##_F(L, uint32_t, num_quic_rx_key_ctxs)                               \
	X##_F(L, uint32_t, roce_max_av_per_vf)                                 \
	X##_F(L, uint32_t, roce_max_cq_per_vf)                                 \
	X##_F(L, uint32_t, roce_max_mrw_per_vf)                                \
	X##_F(L, uint32_t, roce_max_qp_per_vf)                                 \
	X##_F(L, uint32_t, roce_max_srq_per_vf)                                \
	X##_F(L, uint32_t, roce_max_gid_per_vf)                                \
	X##_F(L, uint16_t, xid_partition_cfg)                                  \
	X##_F(L, uint16_t, mirror_vnic_id)                                     \
	X##_F(L, uint8_t, max_link_width)                                      \
	X##_F(L, uint8_t, max_link_speed)                                      \
	X##_F(L, uint8_t, negotiated_link_width)                               \
	X##_F(L, uint8_t, negotiated_link_speed)                               \
	X##_R(L, unused_7, 2)                                                  \
	X##_F(L, uint8_t, pcie_compliance)                                     \
	X##_R(L, unused_8, 1)                                                  \
	X##_F(L, uint16_t, l2_db_multi_page_size_kb)                           \
	X##_R(L, unused_9, 5)                                                  \
	X##_F(L, uint8_t, valid)

#define L_hwrm_func_qstats_input(X, L)                                         \
	HWRM_INPUT_HDR(X, L)                                                   \
	X##_F(L, uint16_t, fid)                                                \
	X##_F(L, uint8_t, flags)                                               \
	X##_R(L, unused_0, 5)

#define L_hwrm_func_qstats_output(X, L)                                        \
	HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint64_t, tx_ucast_pkts)                                      \
	X##_F(L, uint64_t, tx_mcast_pkts)                                      \
	X##_F(L, uint64_t, tx_bcast_pkts)                                      \
	X##_F(L, uint64_t, tx_discard_pkts)                                    \
	X##_F(L, uint64_t, tx_drop_pkts)                                       \
	X##_F(L, uint64_t, tx_ucast_bytes)                                     \
	X##_F(L, uint64_t, tx_mcast_bytes)                                     \
	X##_F(L, uint64_t, tx_bcast_bytes)                                     \
	X##_F(L, uint64_t, rx_ucast_pkts)                                      \
	X##_F(L, uint64_t, rx_mcast_pkts)                                      \
	X##_F(L, uint64_t, rx_bcast_pkts)                                      \
	X##_F(L, uint64_t, rx_discard_pkts)                                    \
	X##_F(L, uint64_t, rx_drop_pkts)                                       \
	X##_F(L, uint64_t, rx_ucast_bytes)                                     \
	X##_F(L, uint64_t, rx_mcast_bytes)                                     \
	X##_F(L, uint64_t, rx_bcast_bytes)                                     \
	X##_F(L, uint64_t, rx_agg_pkts)                                        \
	X##_F(L, uint64_t, rx_agg_bytes)                                       \
	X##_F(L, uint64_t, rx_agg_events)                                      \
	X##_F(L, uint64_t, rx_agg_aborts)                                      \
	X##_F(L, uint8_t, clear_seq)                                           \
	X##_R(L, unused_0, 6)                                                  \
	X##_F(L, uint8_t, valid)

#define L_hwrm_port_phy_qcfg_input(X, L)                                       \
	HWRM_INPUT_HDR(X, L)                                                   \
	X##_F(L, uint16_t, port_id)                                            \
	X##_R(L, unused_0, 6)

#define L_hwrm_port_phy_qcfg_output(X, L)                                      \
	HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint8_t, link)                                                \
	X##_B(L, signal_mode, 4)                                               \
	X##_B(L, active_fec, 4)                                                \
	X##_F(L, uint16_t, link_speed)                                         \
	X##_F(L, uint8_t, duplex_cfg)                                          \
	X##_F(L, uint8_t, pause)                                               \
	X##_F(L, uint16_t, support_speeds)                                     \
	X##_F(L, uint16_t, force_link_speed)                                   \
	X##_F(L, uint8_t, auto_mode)                                           \
	X##_F(L, uint8_t, auto_pause)                                          \
	X##_F(L, uint16_t, auto_link_speed)                                    \
	X##_F(L, uint16_t, auto_link_speed_mask)                               \
	X##_F(L, uint8_t, wirespeed)                                           \
	X##_F(L, uint8_t, lpbk)                                                \
	X##_F(L, uint8_t, force_pause)                                         \
	X##_F(L, uint8_t, module_status)                                       \
	X##_F(L, uint32_t, preemphasis)                                        \
	X##_F(L, uint8_t, phy_maj)                                             \
	X##_F(L, uint8_t, phy_min)                                             \
	X##_F(L, uint8_t, phy_bld)                                             \
	X##_F(L, uint8_t, phy_type)                                            \
	X##_F(L, uint8_t, media_type)                                          \
	X##_F(L, uint8_t, xcvr_pkg_type)                                       \
	X##_B(L, phy_addr, 5)                                                  \
	X##_B(L, eee_config, 3)                                                \
	X##_F(L, uint8_t, parallel_detect)                                     \
	X##_F(L, uint16_t, link_partner_adv_speeds)                            \
	X##_F(L, uint8_t, link_partner_adv_auto_mode)                          \
	X##_F(L, uint8_t, link_partner_adv_pause)                              \
	X##_F(L, uint16_t, adv_eee_link_speed_mask)                            \
	X##_F(L, uint16_t, link_partner_adv_eee_link_speed_mask)               \
	X##_B(L, tx_lpi_timer, 24)                                             \
	X##_B(L, xcvr_identifier_type, 8)                                      \
	X##_F(L, uint16_t, fec_cfg)                                            \
	X##_F(L, uint8_t, duplex_state)                                        \
	X##_F(L, uint8_t, option_flags)                                        \
	X##_A(L, uint8_t, phy_vendor_name, 16)                                 \
	X##_A(L, uint8_t, phy_vendor_partnumber, 16)                           \
	X##_F(L, uint16_t, support_pam4_speeds)                                \
	X##_F(L, uint16_t, force_pam4_link_speed)                              \
	X##_F(L, uint16_t, auto_pam4_link_speed_mask)                          \
	X##_F(L, uint8_t, link_partner_pam4_adv_speeds)                        \
	X##_F(L, uint8_t, link_down_reason)                                    \
	X##_F(L, uint16_t, support_speeds2)                                    \
	X##_F(L, uint16_t, force_link_speeds2)                                 \
	X##_F(L, uint16_t, auto_link_speeds2)                                  \
	X##_F(L, uint8_t, active_lanes)                                        \
	X##_F(L, uint8_t, valid)

/*
 * PORT_MAC_QCFG is not in hsi.h: transcribed from DPDK's
 * hsi_struct_def_dpdk.h (HWRM 1.10.3.97), the same interface definition.
 */
#define L_hwrm_port_mac_qcfg_input(X, L) L_hwrm_port_phy_qcfg_input(X, L)

#define L_hwrm_port_mac_qcfg_output(X, L)                                      \
	HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint16_t, mru)                                                \
	X##_F(L, uint16_t, mtu)                                                \
	X##_F(L, uint8_t, ipg)                                                 \
	X##_F(L, uint8_t, lpbk)                                                \
	X##_F(L, uint8_t, vlan_pri2cos_map_pri)                                \
	X##_B(L, flags_vlan_pri2cos_enable, 1)                                 \
	X##_B(L, flags_tunnel_pri2cos_enable, 1)                               \
	X##_B(L, flags_ip_dscp2cos_enable, 1)                                  \
	X##_B(L, flags_oob_wol_enable, 1)                                      \
	X##_B(L, flags_ptp_rx_ts_capture_enable, 1)                            \
	X##_B(L, flags_ptp_tx_ts_capture_enable, 1)                            \
	X##_Q(L, flags_rsvd, 2)                                                \
	X##_F(L, uint8_t, tunnel_pri2cos_map_pri)                              \
	X##_F(L, uint8_t, dscp2pri_map_pri)                                    \
	X##_F(L, uint16_t, rx_ts_capture_ptp_msg_type)                         \
	X##_F(L, uint16_t, tx_ts_capture_ptp_msg_type)                         \
	X##_Q(L, cos_field_cfg_rsvd, 1)                                        \
	X##_B(L, cos_field_cfg_vlan_pri_sel, 2)                                \
	X##_B(L, cos_field_cfg_t_vlan_pri_sel, 2)                              \
	X##_B(L, cos_field_cfg_default_cos, 3)                                 \
	X##_R(L, unused_1, 1)                                                  \
	X##_B(L, port_svif_info_port_svif, 15)                                 \
	X##_B(L, port_svif_info_port_svif_valid, 1)                            \
	X##_F(L, uint8_t, ptp_load_control)                                    \
	X##_R(L, unused_2, 4)                                                  \
	X##_F(L, uint8_t, valid)

#define L_hwrm_temp_monitor_query_input(X, L) HWRM_INPUT_HDR(X, L)

#define L_hwrm_temp_monitor_query_output(X, L)                                 \
	HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint8_t, temp)                                                \
	X##_F(L, uint8_t, phy_temp)                                            \
	X##_F(L, uint8_t, om_temp)                                             \
	X##_B(L, flags_temp_not_available, 1)                                  \
	X##_B(L, flags_phy_temp_not_available, 1)                              \
	X##_B(L, flags_om_not_present, 1)                                      \
	X##_B(L, flags_om_temp_not_available, 1)                               \
	X##_B(L, flags_ext_temp_fields_available, 1)                           \
	X##_B(L, flags_threshold_values_available, 1)                          \
	X##_Q(L, flags_rsvd, 2)                                                \
	X##_F(L, uint8_t, temp2)                                               \
	X##_F(L, uint8_t, phy_temp2)                                           \
	X##_F(L, uint8_t, om_temp2)                                            \
	X##_F(L, uint8_t, warn_threshold)                                      \
	X##_F(L, uint8_t, critical_threshold)                                  \
	X##_F(L, uint8_t, fatal_threshold)                                     \
	X##_F(L, uint8_t, shutdown_threshold)                                  \
	X##_R(L, unused_0, 4)                                                  \
	X##_F(L, uint8_t, valid)

#define L_hwrm_nvm_get_dev_info_input(X, L)                                    \
	HWRM_INPUT_HDR(X, L)                                                   \
	X##_B(L, flags_security_soc_nvm, 1)                                    \
	X##_Q(L, flags_rsvd, 7)                                                \
	X##_R(L, unused_0, 7)

#define L_hwrm_nvm_get_dev_info_output(X, L)                                   \
	HWRM_OUTPUT_HDR(X, L)                                                  \
	X##_F(L, uint16_t, manufacturer_id)                                    \
	X##_F(L, uint16_t, device_id)                                          \
	X##_F(L, uint32_t, sector_size)                                        \
	X##_F(L, uint32_t, nvram_size)                                         \
	X##_F(L, uint32_t, reserved_size)                                      \
	X##_F(L, uint32_t, available_size)                                     \
	X##_F(L, uint8_t, nvm_cfg_ver_maj)                                     \
	X##_F(L, uint8_t, nvm_cfg_ver_min)                                     \
	X##_F(L, uint8_t, nvm_cfg_ver_upd)                                     \
	X##_B(L, flags_fw_ver_valid, 1)                                        \
	X##_Q(L, flags_rsvd, 7)                                                \
	X##_A(L, uint8_t, pkg_name, 16)                                        \
	X##_F(L, uint16_t, hwrm_fw_major)                                      \
	X##_F(L, uint16_t, hwrm_fw_minor)                                      \
	X##_F(L, uint16_t, hwrm_fw_build)                                      \
	X##_F(L, uint16_t, hwrm_fw_patch)                                      \
	X##_F(L, uint16_t, mgmt_fw_major)                                      \
	X##_F(L, uint16_t, mgmt_fw_minor)                                      \
	X##_F(L, uint16_t, mgmt_fw_build)                                      \
	X##_F(L, uint16_t, mgmt_fw_patch)                                      \
	X##_F(L, uint16_t, roce_fw_major)                                      \
	X##_F(L, uint16_t, roce_fw_minor)                                      \
	X##_F(L, uint16_t, roce_fw_build)                                      \
	X##_F(L, uint16_t, roce_fw_patch)                                      \
	X##_F(L, uint16_t, netctrl_fw_major)                                   \
	X##_F(L, uint16_t, netctrl_fw_minor)                                   \
	X##_F(L, uint16_t, netctrl_fw_build)                                   \
	X##_F(L, uint16_t, netctrl_fw_patch)                                   \
	X##_F(L, uint16_t, srt2_fw_major)                                      \
	X##_F(L, uint16_t, srt2_fw_minor)                                      \
	X##_F(L, uint16_t, srt2_fw_build)                                      \
	X##_F(L, uint16_t, srt2_fw_patch)                                      \
	X##_F(L, uint8_t, security_soc_fw_major)                               \
	X##_F(L, uint8_t, security_soc_fw_minor)                               \
	X##_F(L, uint8_t, security_soc_fw_build)                               \
	X##_F(L, uint8_t, security_soc_fw_patch)                               \
	X##_R(L, unused_0, 3)                                                  \
	X##_F(L, uint8_t, valid)

/* Every layout of the family, with its size from hsi.h's size comment. */
#define ALL_LAYOUTS(Y)                                                         \
	Y(input, INPUT, 16)                                                    \
	Y(output, OUTPUT, 8)                                                   \
	Y(hwrm_ver_get_input, HWRM_VER_GET_INPUT, 24)                          \
	Y(hwrm_ver_get_output, HWRM_VER_GET_OUTPUT, 176)                       \
	Y(hwrm_func_qcaps_input, HWRM_FUNC_QCAPS_INPUT, 24)                    \
	Y(hwrm_func_qcaps_output, HWRM_FUNC_QCAPS_OUTPUT, 144)                 \
	Y(hwrm_func_qcfg_input, HWRM_FUNC_QCFG_INPUT, 24)                      \
	Y(hwrm_func_qcfg_output, HWRM_FUNC_QCFG_OUTPUT, 176)                   \
	Y(hwrm_func_qstats_input, HWRM_FUNC_QSTATS_INPUT, 24)                  \
	Y(hwrm_func_qstats_output, HWRM_FUNC_QSTATS_OUTPUT, 176)               \
	Y(hwrm_port_phy_qcfg_input, HWRM_PORT_PHY_QCFG_INPUT, 24)              \
	Y(hwrm_port_phy_qcfg_output, HWRM_PORT_PHY_QCFG_OUTPUT, 104)           \
	Y(hwrm_port_mac_qcfg_input, HWRM_PORT_MAC_QCFG_INPUT, 24)              \
	Y(hwrm_port_mac_qcfg_output, HWRM_PORT_MAC_QCFG_OUTPUT, 32)            \
	Y(hwrm_temp_monitor_query_input, HWRM_TEMP_MONITOR_QUERY_INPUT, 16)    \
	Y(hwrm_temp_monitor_query_output, HWRM_TEMP_MONITOR_QUERY_OUTPUT, 24)  \
	Y(hwrm_nvm_get_dev_info_input, HWRM_NVM_GET_DEV_INFO_INPUT, 24)        \
	Y(hwrm_nvm_get_dev_info_output, HWRM_NVM_GET_DEV_INFO_OUTPUT, 96)
/* clang-format on */

/* ---- the structs ---- */

#define M_F(L, t, n)	t n;
#define M_A(L, t, n, c) t n[c];
#define M_B(L, n, w)	unsigned int n : w;
#define M_Q(L, n, w)	unsigned int n : w;
#define M_R(L, n, c)	uint8_t n[c];
#define STRUCT(L, U, size)                                                     \
	struct __attribute__((packed)) L {                                     \
		L_##L(M, L)                                                    \
	};
ALL_LAYOUTS(STRUCT)

/* ---- one reference and one typed accessor pair per field ---- */

#define G_F(L, t, n)                                                           \
	static uint64_t rget_##L##_##n(const void *b, unsigned int i)          \
	{                                                                      \
		(void)i;                                                       \
		return ((const struct L *)b)->n;                               \
	}                                                                      \
	static void rset_##L##_##n(void *b, unsigned int i, uint64_t v)        \
	{                                                                      \
		(void)i;                                                       \
		((struct L *)b)->n = (t)v;                                     \
	}                                                                      \
	static uint64_t tget_##L##_##n(const void *b, unsigned int i)          \
	{                                                                      \
		(void)i;                                                       \
		return bnxt_##L##_get_##n(b);                                  \
	}                                                                      \
	static void tset_##L##_##n(void *b, unsigned int i, uint64_t v)        \
	{                                                                      \
		(void)i;                                                       \
		bnxt_##L##_set_##n(b, v);                                      \
	}
#define G_A(L, t, n, c)                                                        \
	static uint64_t rget_##L##_##n(const void *b, unsigned int i)          \
	{                                                                      \
		return ((const struct L *)b)->n[i];                            \
	}                                                                      \
	static void rset_##L##_##n(void *b, unsigned int i, uint64_t v)        \
	{                                                                      \
		((struct L *)b)->n[i] = (t)v;                                  \
	}                                                                      \
	static uint64_t tget_##L##_##n(const void *b, unsigned int i)          \
	{                                                                      \
		return bnxt_##L##_get_##n(b, i);                               \
	}                                                                      \
	static void tset_##L##_##n(void *b, unsigned int i, uint64_t v)        \
	{                                                                      \
		bnxt_##L##_set_##n(b, i, v);                                   \
	}
#define G_B(L, n, w)                                                           \
	static uint64_t rget_##L##_##n(const void *b, unsigned int i)          \
	{                                                                      \
		(void)i;                                                       \
		return ((const struct L *)b)->n;                               \
	}                                                                      \
	static void rset_##L##_##n(void *b, unsigned int i, uint64_t v)        \
	{                                                                      \
		(void)i;                                                       \
		((struct L *)b)->n = (unsigned int)(v & ((1ULL << (w)) - 1));  \
	}                                                                      \
	static uint64_t tget_##L##_##n(const void *b, unsigned int i)          \
	{                                                                      \
		(void)i;                                                       \
		return bnxt_##L##_get_##n(b);                                  \
	}                                                                      \
	static void tset_##L##_##n(void *b, unsigned int i, uint64_t v)        \
	{                                                                      \
		(void)i;                                                       \
		bnxt_##L##_set_##n(b, (__u32)v);                               \
	}
#define G_Q(L, n, w)
#define G_R(L, n, c)
#define ACCESSORS(L, U, size) L_##L(G, L)
ALL_LAYOUTS(ACCESSORS)

/* ---- the table of every field ---- */

struct ref_field {
	const char *layout, *name;
	unsigned int count; /* 0: a scalar */
	unsigned int width; /* bits of one element */
	uint64_t (*rget)(const void *b, unsigned int i);
	void (*rset)(void *b, unsigned int i, uint64_t v);
	uint64_t (*tget)(const void *b, unsigned int i);
	void (*tset)(void *b, unsigned int i, uint64_t v);
};

#define FNS(L, n)	rget_##L##_##n, rset_##L##_##n, tget_##L##_##n, tset_##L##_##n
#define T_F(L, t, n)	{#L, #n, 0, 8 * sizeof(t), FNS(L, n)},
#define T_A(L, t, n, c) {#L, #n, c, 8 * sizeof(t), FNS(L, n)},
#define T_B(L, n, w)	{#L, #n, 0, w, FNS(L, n)},
#define T_Q(L, n, w)
#define T_R(L, n, c)
#define ROWS(L, U, size) L_##L(T, L)

static const struct ref_field fields[] = {ALL_LAYOUTS(ROWS)};

struct ref_layout {
	const char *name;
	size_t struct_bytes, hsi_bytes, typed_bytes;
};

#define SIZES(L, U, size) {#L, sizeof(struct L), size, BNXT_##U##_BYTES},

static const struct ref_layout layouts[] = {ALL_LAYOUTS(SIZES)};

#define N_ELEMENTS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- helpers ---- */

static uint64_t rng = 0x6a09e667f3bcc909ULL;

static uint64_t next_random(void)
{
	return test_xorshift64(&rng);
}

static uint64_t mask_of(unsigned int width)
{
	return width >= 64 ? ~0ULL : (1ULL << width) - 1;
}

static size_t size_of(const char *layout)
{
	size_t i;

	for (i = 0; i < N_ELEMENTS(layouts); i++)
		if (!strcmp(layouts[i].name, layout))
			return layouts[i].struct_bytes;
	fail_msg("no reference struct for %s", layout);
	return 0;
}

static uint8_t *new_buf(size_t len, int pattern)
{
	uint8_t *b = malloc(len);
	size_t i;

	assert_non_null(b);
	for (i = 0; i < len; i++)
		b[i] = pattern < 0 ? (uint8_t)next_random() : (uint8_t)pattern;
	return b;
}

static uint8_t *copy_buf(const uint8_t *src, size_t len)
{
	uint8_t *b = malloc(len);

	assert_non_null(b);
	memcpy(b, src, len);
	return b;
}

static void path_of(char *out, size_t size, const struct ref_field *r,
		    unsigned int i)
{
	if (r->count)
		snprintf(out, size, "%s[%u]", r->name, i);
	else
		snprintf(out, size, "%s", r->name);
}

static unsigned long checks;

#define CHECK(cond, ...)                                                       \
	do {                                                                   \
		checks++;                                                      \
		if (!(cond))                                                   \
			fail_msg(__VA_ARGS__);                                 \
	} while (0)

/*
 * One element of one field over a background of @pattern (-1: random):
 * the struct, the typed accessors and the codec agree on where it lies.
 */
static void check_element(const struct ref_field *r, unsigned int i,
			  int pattern)
{
	const struct fwctl_layout *layout =
		fwctl_layout_by_name(fwctl_family_bnxt(), r->layout);
	size_t len = size_of(r->layout);
	uint64_t v = next_random() & mask_of(r->width);
	uint8_t *base = new_buf(len, pattern), *want, *typed, *codec;
	struct fwctl_field_ref ref;
	struct fwctl_error err;
	char path[64], assignment[96];

	memset(&err, 0, sizeof(err));
	path_of(path, sizeof(path), r, i);
	assert_non_null(layout);
	CHECK(!fwctl_resolve_path(
		      fwctl_family_bnxt(), layout, path, &ref, &err),
	      "%s.%s: %s",
	      r->layout,
	      path,
	      err.message);
	CHECK(ref.bit_width == r->width,
	      "%s.%s: width %u, want %u",
	      r->layout,
	      path,
	      ref.bit_width,
	      r->width);

	/* reading: the value the struct holds */
	CHECK(r->tget(base, i) == r->rget(base, i),
	      "%s.%s: typed get %#" PRIx64 ", struct %#" PRIx64,
	      r->layout,
	      path,
	      r->tget(base, i),
	      r->rget(base, i));
	CHECK(fwctl_get_bits(
		      base, ref.byte_order, ref.bit_offset, ref.bit_width) ==
		      r->rget(base, i),
	      "%s.%s: codec get",
	      r->layout,
	      path);

	/* writing: the struct member's bytes, and no others */
	want = copy_buf(base, len);
	r->rset(want, i, v);
	CHECK(r->rget(want, i) == v,
	      "%s.%s: reference round trip",
	      r->layout,
	      path);
	typed = copy_buf(base, len);
	r->tset(typed, i, v);
	CHECK(!memcmp(typed, want, len),
	      "%s.%s: typed set %#" PRIx64,
	      r->layout,
	      path,
	      v);
	CHECK(r->tget(typed, i) == v,
	      "%s.%s: typed round trip",
	      r->layout,
	      path);
	codec = copy_buf(base, len);
	snprintf(assignment, sizeof(assignment), "%s=%#" PRIx64, path, v);
	CHECK(!fwctl_assign(fwctl_family_bnxt(),
			    layout,
			    codec,
			    len,
			    assignment,
			    &err),
	      "%s: %s: %s",
	      r->layout,
	      assignment,
	      err.message);
	CHECK(!memcmp(codec, want, len),
	      "%s: fwctl_assign %s",
	      r->layout,
	      assignment);
	CHECK(fwctl_get_bits(
		      codec, ref.byte_order, ref.bit_offset, ref.bit_width) ==
		      v,
	      "%s.%s: codec round trip",
	      r->layout,
	      path);
	free(codec);
	free(typed);
	free(want);
	free(base);
}

static void test_sizes(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < N_ELEMENTS(layouts); i++) {
		const struct fwctl_layout *l = fwctl_layout_by_name(
			fwctl_family_bnxt(), layouts[i].name);

		CHECK(layouts[i].struct_bytes == layouts[i].hsi_bytes,
		      "%s: reference struct is %zu bytes, hsi.h says %zu",
		      layouts[i].name,
		      layouts[i].struct_bytes,
		      layouts[i].hsi_bytes);
		CHECK(layouts[i].typed_bytes == layouts[i].hsi_bytes,
		      "%s: generated size %zu, want %zu",
		      layouts[i].name,
		      layouts[i].typed_bytes,
		      layouts[i].hsi_bytes);
		CHECK(l && fwctl_layout_bytes(l) == layouts[i].hsi_bytes,
		      "%s: reflection size",
		      layouts[i].name);
	}
}

/*
 * Every layout of the family has a reference struct here, but for the
 * FWCTL_INFO device data (struct fwctl_info_bnxt: __u32 uctx_caps), which
 * test_uapi_abi checks against the uapi header.
 */
static void test_every_layout_covered(void **state)
{
	const struct fwctl_family *f = fwctl_family_bnxt();
	struct fwctl_field_ref ref;
	struct fwctl_error err;
	uint32_t i;

	(void)state;
	assert_true(f->info_layout >= 0);
	assert_int_equal(f->n_layouts, N_ELEMENTS(layouts) + 1);
	for (i = 0; i < f->n_layouts; i++)
		if ((int)i != f->info_layout)
			size_of(f->layouts[i].name);
	assert_string_equal(f->layouts[f->info_layout].name, "fwctl_info_bnxt");
	assert_int_equal(fwctl_layout_bytes(&f->layouts[f->info_layout]), 4);
	assert_int_equal(fwctl_resolve_path(f,
					    &f->layouts[f->info_layout],
					    "uctx_caps",
					    &ref,
					    &err),
			 0);
	assert_int_equal(ref.bit_offset, 0);
	assert_int_equal(ref.bit_width, 32);
}

static void test_every_field(void **state)
{
	static const int patterns[] = {0x00, 0xff, -1, -1};
	unsigned long elements = 0;
	size_t k, p;
	unsigned int i;

	(void)state;
	for (k = 0; k < N_ELEMENTS(fields); k++) {
		unsigned int n = fields[k].count ? fields[k].count : 1;

		for (i = 0; i < n; i++, elements++)
			for (p = 0; p < N_ELEMENTS(patterns); p++)
				check_element(&fields[k], i, patterns[p]);
	}
	printf("%zu fields, %lu elements, %lu checks\n",
	       N_ELEMENTS(fields),
	       elements,
	       checks);
}

/* The bandwidth words of FUNC_QCFG, byte by byte. */
static void test_bandwidth_word(void **state)
{
	uint8_t *b = new_buf(BNXT_HWRM_FUNC_QCFG_OUTPUT_BYTES, 0);

	(void)state;
	/* value 0x0abcdef, scale BYTES (1), unit GIGA (6) in min_bw at byte 48 */
	bnxt_hwrm_func_qcfg_output_set_min_bw_bw_value(b, 0x0abcdef);
	bnxt_hwrm_func_qcfg_output_set_min_bw_scale(b, 1);
	bnxt_hwrm_func_qcfg_output_set_min_bw_bw_value_unit(b, 6);
	/* 0xd0abcdef little-endian: 6 << 29 | 1 << 28 | 0x0abcdef */
	assert_int_equal(b[48], 0xef);
	assert_int_equal(b[49], 0xcd);
	assert_int_equal(b[50], 0xab);
	assert_int_equal(b[51], 0xd0);
	assert_int_equal(((struct hwrm_func_qcfg_output *)b)->min_bw_bw_value,
			 0x0abcdef);
	assert_int_equal(((struct hwrm_func_qcfg_output *)b)->min_bw_scale, 1);
	assert_int_equal(
		((struct hwrm_func_qcfg_output *)b)->min_bw_bw_value_unit, 6);
	free(b);
}

/*
 * The bitfields of PORT_MAC_QCFG's response, byte by byte, set through the
 * typed accessors with the spec's enum constants.
 */
static void test_port_mac_qcfg_bitfields(void **state)
{
	uint8_t *b = new_buf(BNXT_HWRM_PORT_MAC_QCFG_OUTPUT_BYTES, 0);
	size_t i;

	(void)state;
	bnxt_hwrm_port_mac_qcfg_output_set_lpbk(b,
						PORT_MAC_QCFG_RESP_LPBK_REMOTE);
	bnxt_hwrm_port_mac_qcfg_output_set_flags_oob_wol_enable(b, 1);
	bnxt_hwrm_port_mac_qcfg_output_set_flags_ptp_tx_ts_capture_enable(b, 1);
	bnxt_hwrm_port_mac_qcfg_output_set_cos_field_cfg_vlan_pri_sel(
		b, BNXT_VLAN_PRI_SEL_OUTERMOST);
	bnxt_hwrm_port_mac_qcfg_output_set_cos_field_cfg_t_vlan_pri_sel(
		b, BNXT_VLAN_PRI_SEL_OUTER);
	bnxt_hwrm_port_mac_qcfg_output_set_cos_field_cfg_default_cos(b, 5);
	bnxt_hwrm_port_mac_qcfg_output_set_port_svif_info_port_svif(b, 0x1234);
	bnxt_hwrm_port_mac_qcfg_output_set_port_svif_info_port_svif_valid(b, 1);
	bnxt_hwrm_port_mac_qcfg_output_set_ptp_load_control(
		b, PORT_MAC_QCFG_RESP_PTP_LOAD_CONTROL_PPS_EVENT);
	for (i = 0; i < BNXT_HWRM_PORT_MAC_QCFG_OUTPUT_BYTES; i++) {
		switch (i) {
		case 13: /* lpbk REMOTE */
			assert_int_equal(b[i], 0x02);
			break;
		case 15: /* flags: OOB_WOL_ENABLE 0x8, PTP_TX_TS_CAPTURE_ENABLE 0x20 */
			assert_int_equal(b[i], 0x28);
			break;
		case 22: /* cos_field_cfg: OUTERMOST << 1, OUTER << 3, 5 << 5 */
			assert_int_equal(b[i], 0x04 | 0x08 | 0xa0);
			break;
		case 24: /* __le16 port_svif_info 0x9234: svif 0x1234, valid 0x8000 */
			assert_int_equal(b[i], 0x34);
			break;
		case 25:
			assert_int_equal(b[i], 0x92);
			break;
		case 26: /* ptp_load_control PPS_EVENT */
			assert_int_equal(b[i], 0x02);
			break;
		default:
			assert_int_equal(b[i], 0);
		}
	}
	free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_every_layout_covered),
		cmocka_unit_test(test_every_field),
		cmocka_unit_test(test_bandwidth_word),
		cmocka_unit_test(test_port_mac_qcfg_bitfields),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
