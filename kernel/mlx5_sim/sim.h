/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Internals of the simulated mlx5 firmware shared by its files: one
 * command's view, the failure syndromes, and the command handlers kept
 * apart from the device plumbing in main.c.
 */
#ifndef _MLX5_SIM_INTERNAL_H
#define _MLX5_SIM_INTERNAL_H

#include <linux/hashtable.h>
#include <linux/types.h>

/*
 * Syndromes: opaque to the driver, distinct per failure so tests and
 * users can tell the reasons apart.
 */
enum sim_syndrome {
	SIM_SYND_BAD_OPCODE = 0x1a2b0001,
	SIM_SYND_SHORT_INPUT = 0x1a2b0002,
	SIM_SYND_SHORT_OUTPUT = 0x1a2b0003,
	SIM_SYND_UID_NOT_LIVE = 0x1a2b0004,
	SIM_SYND_NEEDS_KERNEL_UID = 0x1a2b0005,
	SIM_SYND_BAD_CAP_TYPE = 0x1a2b0006,
	SIM_SYND_UCTX_CAP = 0x1a2b0007,
	SIM_SYND_NO_UCTX = 0x1a2b0008,
	SIM_SYND_BAD_REGISTER = 0x1a2b0009,
	SIM_SYND_BAD_REG_OP = 0x1a2b000a,
	SIM_SYND_BAD_VPORT = 0x1a2b000d,
	SIM_SYND_BAD_PORT_STATUS = 0x1a2b000e,
	SIM_SYND_REG_STORE_FULL = 0x1a2b000f,
};

/**
 * struct sim_cmd - one command's view
 * @in: the request
 * @in_len: its length in bytes
 * @out: the response, zeroed before the handler runs
 * @out_len: its length in bytes
 * @syndrome: the failure syndrome, set with the failing status
 */
struct sim_cmd {
	const void *in;
	size_t in_len;
	void *out;
	size_t out_len;
	u32 syndrome;
};

static inline u8 sim_fail(struct sim_cmd *cmd, u8 status, u32 syndrome)
{
	cmd->syndrome = syndrome;
	return status;
}

u8 sim_query_hca_cap(struct sim_cmd *cmd);

/**
 * struct sim_reg_store - the register instances written so far
 * @table: struct sim_reg entries, hashed by register id and index
 * @count: entries in @table
 *
 * The caller serialises every access.
 */
struct sim_reg_store {
	DECLARE_HASHTABLE(table, 6);
	unsigned int count;
};

void sim_regs_init(struct sim_reg_store *store);
void sim_regs_clear(struct sim_reg_store *store);
u8 sim_access_reg(struct sim_reg_store *store, struct sim_cmd *cmd);
bool sim_port_up(struct sim_reg_store *store, u8 local_port);

#endif /* _MLX5_SIM_INTERNAL_H */
