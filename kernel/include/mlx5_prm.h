/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mlx5 PRM numbers used by the simulator and the driver that the generated
 * headers do not (yet) provide: command opcodes, firmware status codes,
 * op_mod values, register ids and user context capability bits.  Values as
 * in the ConnectX PRM / upstream mlx5_ifc.h.
 */
#ifndef _MLX5_PRM_H
#define _MLX5_PRM_H

enum mlx5_cmd_opcode {
	MLX5_CMD_OP_QUERY_HCA_CAP = 0x100,
	MLX5_CMD_OP_QUERY_ADAPTER = 0x101,
	MLX5_CMD_OP_QUERY_ISSI = 0x10a,
	MLX5_CMD_OP_QUERY_VPORT_STATE = 0x750,
	MLX5_CMD_OP_ACCESS_REG = 0x805,
	MLX5_CMD_OP_NOP = 0x80d,
	MLX5_CMD_OP_CREATE_UCTX = 0xa04,
	MLX5_CMD_OP_QUERY_UCTX = 0xa05,
	MLX5_CMD_OP_DESTROY_UCTX = 0xa06,
};

enum mlx5_cmd_status {
	MLX5_CMD_STAT_OK = 0x0,
	MLX5_CMD_STAT_BAD_OP = 0x2,
	MLX5_CMD_STAT_BAD_PARAM = 0x3,
	MLX5_CMD_STAT_BAD_RES = 0x5,
	MLX5_CMD_STAT_NO_RES = 0xf,
	MLX5_CMD_STAT_BAD_INPUT_LEN = 0x50,
	MLX5_CMD_STAT_BAD_OUTPUT_LEN = 0x51,
};

/* QUERY_HCA_CAP op_mod: capability type in bits 15:1, bit 0 selects cur. */
enum {
	MLX5_HCA_CAP_OPMOD_GET_MAX = 0,
	MLX5_HCA_CAP_OPMOD_GET_CUR = 1,
	MLX5_CAP_GENERAL = 0,
};

/* ACCESS_REG op_mod */
enum {
	MLX5_REG_OP_WRITE = 0,
	MLX5_REG_OP_READ = 1,
};

enum mlx5_reg_id {
	MLX5_REG_PMTU = 0x5003,
	MLX5_REG_PAOS = 0x5006,
};

/* PAOS admin/oper status values */
enum {
	MLX5_PORT_UP = 1,
	MLX5_PORT_DOWN = 2,
};

/* QUERY_VPORT_STATE state values */
enum {
	MLX5_VPORT_STATE_DOWN = 0,
	MLX5_VPORT_STATE_UP = 1,
};

/* uctx.cap and cmd_hca_cap.uctx_cap bits */
enum {
	MLX5_UCTX_CAP_RAW_TX = 1U << 0,
	MLX5_UCTX_CAP_INTERNAL_DEV_RES = 1U << 1,
	MLX5_UCTX_OBJECT_CAP_TOOLS_RESOURCES = 1U << 2,
};

#endif /* _MLX5_PRM_H */
