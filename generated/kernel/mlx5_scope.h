/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/mlx5/commands.yaml
 *            spec/mlx5/family.yaml
 *            spec/mlx5/layouts.yaml
 *            spec/mlx5/messages.yaml
 * Generator: python3 -m generator generate (template scope_check.h.j2)
 * To regenerate: make regen
 */
#ifndef _MLX5_SCOPE_GEN_H
#define _MLX5_SCOPE_GEN_H

#include <linux/types.h>
#ifdef __KERNEL__
#include <linux/errno.h>
#else
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#endif
#include <fwctl/fwctl.h>
#include <mlx5_layouts.h>

/*
 * Scope rules of the mlx5 command allowlist.  A request is
 * classified by the opcode and op_mod fields of layout mbox_in_hdr;
 * the driver rejects a request this function denies with -EBADMSG.
 */
#define MLX5_RPC_REJECT_ERRNO	    EBADMSG
#define MLX5_RPC_SCOPE_ERRNO	    EBADMSG
#define MLX5_RPC_LENGTH_ERRNO	    EMSGSIZE
#define MLX5_RPC_MIN_REQUEST_BYTES  16
#define MLX5_RPC_MAX_REQUEST_BYTES  2097152
#define MLX5_RPC_MIN_RESPONSE_BYTES 16
#define MLX5_RPC_MAX_SCOPE	    3

/**
 * mlx5_rpc_lengths_valid() - may a request of this size run?
 * @in_len: length of the request in bytes
 * @out_len: length of the caller's response buffer in bytes
 *
 * Return: true when @in_len is MLX5_RPC_MIN_REQUEST_BYTES to
 * MLX5_RPC_MAX_REQUEST_BYTES and @out_len is at least
 * MLX5_RPC_MIN_RESPONSE_BYTES; the driver fails other requests with
 * -MLX5_RPC_LENGTH_ERRNO.
 */
static inline bool mlx5_rpc_lengths_valid(size_t in_len, size_t out_len)
{
	return in_len >= MLX5_RPC_MIN_REQUEST_BYTES &&
	       in_len <= MLX5_RPC_MAX_REQUEST_BYTES &&
	       out_len >= MLX5_RPC_MIN_RESPONSE_BYTES;
}

/**
 * mlx5_rpc_scope_allowed() - may a request run at a scope?
 * @opcode: the request's opcode field
 * @op_mod: the request's op_mod field
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 *
 * Return: true when the command is allowlisted and @scope is at least the
 * minimum scope its rule requires; false otherwise, including for scopes
 * above FWCTL_RPC_DEBUG_WRITE_FULL.
 */
static inline bool mlx5_rpc_scope_allowed(__u16 opcode, __u16 op_mod,
					  __u32 scope)
{
	if (scope > MLX5_RPC_MAX_SCOPE)
		return false;

	switch (opcode) {
	case 0x100: /* QUERY_HCA_CAP */
	case 0x101: /* QUERY_ADAPTER */
	case 0x109: /* SET_HCA_CAP */
	case 0x10e: /* QUERY_OTHER_HCA_CAP */
	case 0x731: /* DELEGATE_VHCA_MANAGEMENT */
	case 0x740: /* QUERY_ESW_FUNCTIONS */
	case 0x760: /* QUERY_ROCE_ADDRESS */
	case 0x762: /* QUERY_HCA_VPORT_CONTEXT */
	case 0x823: /* MODIFY_CONG_STATUS */
	case 0xb22: /* QUERY_VUID */
	case 0xb2e: /* POSTPONE_CONNECTED_QP_TIMEOUT */
		return true;
	case 0x107:  /* QUERY_PAGES */
	case 0x10a:  /* QUERY_ISSI */
	case 0x10c:  /* QUERY_DRIVER_VERSION */
	case 0x111:  /* QUERY_SF_PARTITION */
	case 0x117:  /* QUERY_VHCA_MIGRATION_STATE */
	case 0x201:  /* QUERY_MKEY */
	case 0x203:  /* QUERY_SPECIAL_CONTEXTS */
	case 0x303:  /* QUERY_EQ */
	case 0x402:  /* QUERY_CQ */
	case 0x50b:  /* QUERY_QP */
	case 0x512:  /* QUERY_RDB */
	case 0x602:  /* QUERY_PSV */
	case 0x702:  /* QUERY_SRQ */
	case 0x707:  /* QUERY_XRC_SRQ */
	case 0x713:  /* QUERY_DCT */
	case 0x716:  /* QUERY_DC_CNAK_TRACE */
	case 0x719:  /* QUERY_XRQ */
	case 0x722:  /* QUERY_NVMF_BACKEND_CONTROLLER */
	case 0x725:  /* QUERY_XRQ_DC_PARAMS_ENTRY */
	case 0x727:  /* QUERY_XRQ_ERROR_PARAMS */
	case 0x728:  /* QUERY_NVMF_NAMESPACE_CONTEXT */
	case 0x730:  /* QUERY_ADJACENT_FUNCTIONS_ID */
	case 0x732:  /* QUERY_DELEGATED_VHCA */
	case 0x750:  /* QUERY_VPORT_STATE */
	case 0x752:  /* QUERY_ESW_VPORT_CONTEXT */
	case 0x754:  /* QUERY_NIC_VPORT_CONTEXT */
	case 0x764:  /* QUERY_HCA_VPORT_GID */
	case 0x765:  /* QUERY_HCA_VPORT_PKEY */
	case 0x76f:  /* QUERY_VNIC_ENV */
	case 0x770:  /* QUERY_VPORT_COUNTER */
	case 0x773:  /* QUERY_Q_COUNTER */
	case 0x781:  /* QUERY_RATE_LIMIT */
	case 0x784:  /* QUERY_SCHEDULING_ELEMENT */
	case 0x80b:  /* QUERY_MAD_DEMUX */
	case 0x80d:  /* NOP */
	case 0x813:  /* QUERY_BURST_SIZE */
	case 0x819:  /* QUERY_DIAGNOSTIC_PARAMS */
	case 0x821:  /* QUERY_DIAGNOSTIC_COUNTERS */
	case 0x822:  /* QUERY_CONG_STATUS */
	case 0x824:  /* QUERY_CONG_PARAMS */
	case 0x826:  /* QUERY_CONG_STATISTICS */
	case 0x82a:  /* QUERY_L2_TABLE_ENTRY */
	case 0x831:  /* QUERY_WOL_ROL */
	case 0x842:  /* QUERY_LAG */
	case 0x903:  /* QUERY_TIR */
	case 0x907:  /* QUERY_SQ */
	case 0x90b:  /* QUERY_RQ */
	case 0x90f:  /* QUERY_RMP */
	case 0x911:  /* QUERY_DELAY_DROP_PARAMS */
	case 0x915:  /* QUERY_TIS */
	case 0x919:  /* QUERY_RQT */
	case 0x932:  /* QUERY_FLOW_TABLE */
	case 0x935:  /* QUERY_FLOW_GROUP */
	case 0x937:  /* QUERY_FLOW_TABLE_ENTRY */
	case 0x93b:  /* QUERY_FLOW_COUNTER */
	case 0x93f:  /* QUERY_PACKET_REFORMAT_CONTEXT */
	case 0x942:  /* QUERY_MODIFY_HEADER_CONTEXT */
	case 0x962:  /* FPGA_QUERY_QP */
	case 0x964:  /* FPGA_QUERY_QP_COUNTERS */
	case 0x971:  /* QUERY_AFU */
	case 0x981:  /* QUERY_CAPI_PEC */
	case 0xa02:  /* QUERY_GENERAL_OBJECT */
	case 0xa05:  /* QUERY_UCTX */
	case 0xa09:  /* QUERY_UMEM */
	case 0xb02:  /* QUERY_NVMF_CC_RESPONSE */
	case 0xb03:  /* QUERY_EMULATED_FUNCTIONS_INFO */
	case 0xb05:  /* QUERY_REGEXP_PARAMS */
	case 0xb07:  /* QUERY_REGEXP_REGISTER */
	case 0xb08:  /* USER_QUERY_XRQ_DC_PARAMS_ENTRY */
	case 0xb0a:  /* USER_QUERY_XRQ_ERROR_PARAMS */
	case 0xb0d:  /* QUERY_VHCA_STATE */
	case 0xb0f:  /* QUERY_EMULATION_DEVICE_EQ_MSIX_MAPPING */
	case 0xb13:  /* QUERY_MATCH_SAMPLE_INFO */
	case 0xb14:  /* QUERY_CRYPTO_STATE */
	case 0xb28:  /* QUERY_DPA_PARTITION */
	case 0xb2a:  /* QUERY_DPA_PARTITIONS */
	case 0xb2f:  /* QUERY_EMULATED_RESOURCES_INFO */
	case 0x8000: /* QUERY_RSV_RESOURCES */
	case 0x8001: /* QUERY_MTT */
	case 0x8006: /* QUERY_SCHED_QUEUE */
		return scope >= FWCTL_RPC_DEBUG_READ_ONLY;
	case 0x805:		   /* ACCESS_REG */
	case 0xb0c:		   /* ACCESS_REGISTER_USER */
		if (op_mod == 0x0) /* write */
			return true;
		return scope >= FWCTL_RPC_DEBUG_READ_ONLY;
	case 0x820: /* SET_DIAGNOSTIC_PARAMS */
		return scope >= FWCTL_RPC_DEBUG_WRITE;
	default:
		return false;
	}
}

/**
 * mlx5_rpc_validate() - the checks a request passes before it runs
 * @in: the request, read only once the length rules hold
 * @in_len: length of the request in bytes
 * @out_len: length of the caller's response buffer in bytes
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 *
 * First the length rules of mlx5_rpc_lengths_valid(), then the
 * scope rules of mlx5_rpc_scope_allowed() on the fields the
 * request is classified by: every check a driver makes before sending.
 *
 * Return: 0 when the request may run, -MLX5_RPC_LENGTH_ERRNO when a
 * length is out of range, -MLX5_RPC_REJECT_ERRNO when the scope rules
 * deny it.
 */
static inline int mlx5_rpc_validate(const void *in, size_t in_len,
				    size_t out_len, __u32 scope)
{
	__u16 opcode;
	__u16 op_mod;

	if (!mlx5_rpc_lengths_valid(in_len, out_len))
		return -MLX5_RPC_LENGTH_ERRNO;
	opcode = mlx5_mbox_in_hdr_get_opcode(in);
	op_mod = mlx5_mbox_in_hdr_get_op_mod(in);
	if (!mlx5_rpc_scope_allowed(opcode, op_mod, scope))
		return -MLX5_RPC_REJECT_ERRNO;
	return 0;
}

#endif /* _MLX5_SCOPE_GEN_H */
