/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/bnxt/commands.yaml
 *            spec/bnxt/family.yaml
 *            spec/bnxt/layouts.yaml
 * Generator: python3 -m generator generate (template scope_check.h.j2)
 * To regenerate: make regen
 */
#ifndef _BNXT_SCOPE_GEN_H
#define _BNXT_SCOPE_GEN_H

#include <linux/types.h>
#ifdef __KERNEL__
#include <linux/errno.h>
#else
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#endif
#include <fwctl/fwctl.h>
#include <bnxt_layouts.h>

/*
 * Scope rules of the bnxt command allowlist.  A request is
 * classified by the req_type field of layout input;
 * the driver rejects a request this function denies with -EPERM.
 */
#define BNXT_RPC_REJECT_ERRNO	    EPERM
#define BNXT_RPC_SCOPE_ERRNO	    EPERM
#define BNXT_RPC_LENGTH_ERRNO	    EINVAL
#define BNXT_RPC_MIN_REQUEST_BYTES  16
#define BNXT_RPC_MAX_REQUEST_BYTES  128
#define BNXT_RPC_MIN_RESPONSE_BYTES 8
#define BNXT_RPC_MAX_SCOPE	    3

/**
 * bnxt_rpc_lengths_valid() - may a request of this size run?
 * @in_len: length of the request in bytes
 * @out_len: length of the caller's response buffer in bytes
 *
 * Return: true when @in_len is BNXT_RPC_MIN_REQUEST_BYTES to
 * BNXT_RPC_MAX_REQUEST_BYTES and @out_len is at least
 * BNXT_RPC_MIN_RESPONSE_BYTES; the driver fails other requests with
 * -BNXT_RPC_LENGTH_ERRNO.
 */
static inline bool bnxt_rpc_lengths_valid(size_t in_len, size_t out_len)
{
	return in_len >= BNXT_RPC_MIN_REQUEST_BYTES &&
	       in_len <= BNXT_RPC_MAX_REQUEST_BYTES &&
	       out_len >= BNXT_RPC_MIN_RESPONSE_BYTES;
}

/**
 * bnxt_rpc_scope_allowed() - may a request run at a scope?
 * @opcode: the request's req_type field
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 *
 * The family classifies requests by opcode alone: there is no op_mod.
 *
 * Return: true when the command is allowlisted and @scope is at least the
 * minimum scope its rule requires; false otherwise, including for scopes
 * above FWCTL_RPC_DEBUG_WRITE_FULL.
 */
static inline bool bnxt_rpc_scope_allowed(__u16 opcode, __u32 scope)
{
	if (scope > BNXT_RPC_MAX_SCOPE)
		return false;

	switch (opcode) {
	case 0x0:    /* VER_GET */
	case 0xc:    /* ERROR_RECOVERY_QCFG */
	case 0x15:   /* FUNC_QCAPS */
	case 0x16:   /* FUNC_QCFG */
	case 0x18:   /* FUNC_QSTATS */
	case 0x27:   /* PORT_PHY_QCFG */
	case 0x28:   /* PORT_MAC_QCFG */
	case 0x2a:   /* PORT_PHY_QCAPS */
	case 0x2c:   /* PORT_PHY_I2C_READ */
	case 0x37:   /* QUEUE_PRI2COS_QCFG */
	case 0x39:   /* QUEUE_COS2BW_QCFG */
	case 0x47:   /* VNIC_RSS_QCFG */
	case 0x87:   /* QUEUE_GLOBAL_QCFG */
	case 0x88:   /* QUEUE_ADPTV_QOS_RX_FEATURE_QCFG */
	case 0x8a:   /* QUEUE_ADPTV_QOS_TX_FEATURE_QCFG */
	case 0x8c:   /* QUEUE_QCAPS */
	case 0x8d:   /* QUEUE_ADPTV_QOS_RX_TUNING_QCFG */
	case 0x8f:   /* QUEUE_ADPTV_QOS_TX_TUNING_QCFG */
	case 0xa0:   /* TUNNEL_DST_PORT_QUERY */
	case 0xb6:   /* PORT_PHY_MDIO_READ */
	case 0xbc:   /* PORT_TX_FIR_QCFG */
	case 0xbe:   /* FW_LIVEPATCH_QUERY */
	case 0xc1:   /* FW_QSTATUS */
	case 0xc2:   /* FW_HEALTH_CHECK */
	case 0xc9:   /* FW_GET_TIME */
	case 0xda:   /* PORT_EP_TX_QCFG */
	case 0xdd:   /* PORT_QCFG */
	case 0xdf:   /* PORT_MAC_QCAPS */
	case 0xe0:   /* TEMP_MONITOR_QUERY */
	case 0xe1:   /* REG_POWER_QUERY */
	case 0xe2:   /* CORE_FREQUENCY_QUERY */
	case 0x112:  /* CFA_REDIRECT_QUERY_TUNNEL_TYPE */
	case 0x124:  /* CFA_ADV_FLOW_MGNT_QCAPS */
	case 0x190:  /* FUNC_RESOURCE_QCAPS */
	case 0x192:  /* FUNC_BACKING_STORE_QCAPS */
	case 0x194:  /* FUNC_BACKING_STORE_QCFG */
	case 0x198:  /* FUNC_QSTATS_EXT */
	case 0x19c:  /* FUNC_PTP_PIN_QCFG */
	case 0x1a1:  /* FUNC_PTP_EXT_QCFG */
	case 0x1a4:  /* FUNC_BACKING_STORE_QCFG_V2 */
	case 0x1a8:  /* FUNC_BACKING_STORE_QCAPS_V2 */
	case 0x1ac:  /* FUNC_SYNCE_QCFG */
	case 0x1c3:  /* FUNC_TTX_PACING_RATE_PROF_QUERY */
	case 0x200:  /* SELFTEST_QLIST */
	case 0x232:  /* PORT_PHY_FDRSTAT */
	case 0xff1c: /* DBG_RING_INFO_GET */
	case 0xff20: /* DBG_QCAPS */
	case 0xff21: /* DBG_QCFG */
	case 0xff25: /* DBG_USEQ_FLUSH */
	case 0xff26: /* DBG_USEQ_QCAPS */
	case 0xff2e: /* DBG_SIM_CABLE_STATE */
	case 0xff2f: /* DBG_TOKEN_QUERY_AUTH_IDS */
	case 0xfff6: /* NVM_GET_DEV_INFO */
	case 0xfffb: /* NVM_GET_DIR_INFO */
		return scope >= FWCTL_RPC_DEBUG_READ_ONLY;
	case 0x11:   /* FUNC_RESET */
	case 0x25:   /* PORT_CLR_STATS */
	case 0xc0:   /* FW_RESET */
	case 0xc3:   /* FW_SYNC */
	case 0xc8:   /* FW_SET_TIME */
	case 0xff0f: /* DBG_LOG_BUFFER_FLUSH */
	case 0xff15: /* DBG_ERASE_NVM */
	case 0xff16: /* DBG_CFG */
	case 0xffec: /* NVM_DEFRAG */
	case 0xffee: /* NVM_FACTORY_DEFAULTS */
	case 0xfff0: /* NVM_FLUSH */
	case 0xfff5: /* NVM_VERIFY_UPDATE */
	case 0xfff7: /* NVM_ERASE_DIR_ENTRY */
	case 0xfff8: /* NVM_MOD_DIR_ENTRY */
	case 0xfff9: /* NVM_FIND_DIR_ENTRY */
		return true;
	case 0x2b: /* PORT_PHY_I2C_WRITE */
	case 0xb5: /* PORT_PHY_MDIO_WRITE */
		return scope >= FWCTL_RPC_DEBUG_WRITE;
	default:
		return false;
	}
}

/**
 * bnxt_rpc_validate() - the checks a request passes before it runs
 * @in: the request, read only once the length rules hold
 * @in_len: length of the request in bytes
 * @out_len: length of the caller's response buffer in bytes
 * @scope: the enum fwctl_rpc_scope value the caller asked for
 *
 * First the length rules of bnxt_rpc_lengths_valid(), then the
 * scope rules of bnxt_rpc_scope_allowed() on the fields the
 * request is classified by: every check a driver makes before sending.
 *
 * Return: 0 when the request may run, -BNXT_RPC_LENGTH_ERRNO when a
 * length is out of range, -BNXT_RPC_REJECT_ERRNO when the scope rules
 * deny it.
 */
static inline int bnxt_rpc_validate(const void *in, size_t in_len,
				    size_t out_len, __u32 scope)
{
	__u16 opcode;

	if (!bnxt_rpc_lengths_valid(in_len, out_len))
		return -BNXT_RPC_LENGTH_ERRNO;
	opcode = bnxt_input_get_req_type(in);
	if (!bnxt_rpc_scope_allowed(opcode, scope))
		return -BNXT_RPC_REJECT_ERRNO;
	return 0;
}

#endif /* _BNXT_SCOPE_GEN_H */
