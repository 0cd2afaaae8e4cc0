// SPDX-License-Identifier: GPL-2.0
/*
 * Simulated mlx5 firmware: the command mailbox of a simulated ConnectX PCI
 * function (pci.c).  The firmware answers a realistic subset of the PRM and
 * builds every reply with the accessors generated from the spec.  Each bound
 * function has its own firmware instance: binding the function again gives
 * a fresh firmware with no user contexts and registers at their defaults.
 *
 * The module parameter zero_uid (writable at run time, test only) makes
 * CREATE_UCTX succeed with uid 0, as a faulty firmware would.
 */
#define pr_fmt(fmt) "mlx5_sim: " fmt

#include <linux/bitmap.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>

#include <mlx5_layouts.h>
#include "mlx5_defs.h"
#include "fw.h"
#include "profile.h"
#include "sim.h"

/* The port of the function's own vport. */
#define SIM_LOCAL_PORT 1
#define SIM_PSID "MT_0000000359"

/**
 * struct mlx5_sim - the firmware of one simulated function
 * @fw_lock: protects the firmware state below
 * @live_uids: bit n set while user context n exists
 * @uctx_caps: capabilities each live user context was created with
 * @regs: the registers written so far
 */
struct mlx5_sim {
	struct mutex fw_lock;
	DECLARE_BITMAP(live_uids, MLX5_SIM_MAX_UCTX + 1);
	u32 uctx_caps[MLX5_SIM_MAX_UCTX + 1];
	struct sim_reg_store regs;
};

static bool zero_uid;
module_param(zero_uid, bool, 0644);
MODULE_PARM_DESC(zero_uid, "test only: CREATE_UCTX succeeds with uid 0");

static u8 sim_query_caps(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	return sim_query_hca_cap(cmd);
}

static u8 sim_query_adapter(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	void *blk = mlx5_query_adapter_out_query_adapter_struct(cmd->out);
	unsigned int i;

	mlx5_query_adapter_param_block_set_ieee_vendor_id(blk, 0x02c9);
	mlx5_query_adapter_param_block_set_vsd_vendor_id(blk, 0x15b3);
	for (i = 0; i < sizeof(SIM_PSID) - 1; i++)
		mlx5_query_adapter_param_block_set_vsd_contd_psid(blk, i,
								  SIM_PSID[i]);
	return MLX5_CMD_STAT_OK;
}

static u8 sim_query_issi(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	mlx5_query_issi_out_set_current_issi(cmd->out, 1);
	mlx5_query_issi_out_set_supported_issi_dw0(cmd->out, 0x3);
	return MLX5_CMD_STAT_OK;
}

static u8 sim_nop(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	return MLX5_CMD_STAT_OK;
}

/* The only vport is the function's own: its state follows PAOS. */
static u8 sim_query_vport_state(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	bool up = sim_port_up(&sim->regs, SIM_LOCAL_PORT);

	if (mlx5_query_vport_state_in_get_other_vport(cmd->in) ||
	    mlx5_query_vport_state_in_get_vport_number(cmd->in))
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_BAD_VPORT);
	mlx5_query_vport_state_out_set_admin_state(cmd->out, 1);
	mlx5_query_vport_state_out_set_state(cmd->out,
					     up ? MLX5_VPORT_STATE_UP :
						  MLX5_VPORT_STATE_DOWN);
	return MLX5_CMD_STAT_OK;
}

static u8 sim_access_regs(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	return sim_access_reg(&sim->regs, cmd);
}

static u8 sim_create_uctx(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	u32 cap = mlx5_uctx_get_cap(mlx5_create_uctx_in_uctx_const(cmd->in));
	unsigned int uid;

	if (cap & ~MLX5_SIM_UCTX_CAPS)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM, SIM_SYND_UCTX_CAP);
	/* A faulty firmware: success with uid 0 (the reply is zeroed). */
	if (READ_ONCE(zero_uid))
		return MLX5_CMD_STAT_OK;
	uid = find_next_zero_bit(sim->live_uids, MLX5_SIM_MAX_UCTX + 1, 1);
	if (uid > MLX5_SIM_MAX_UCTX)
		return sim_fail(cmd, MLX5_CMD_STAT_NO_RES, SIM_SYND_NO_UCTX);
	set_bit(uid, sim->live_uids);
	sim->uctx_caps[uid] = cap;
	mlx5_create_uctx_out_set_uid(cmd->out, uid);
	return MLX5_CMD_STAT_OK;
}

static bool sim_uid_live(struct mlx5_sim *sim, u32 uid)
{
	return uid && uid <= MLX5_SIM_MAX_UCTX && test_bit(uid, sim->live_uids);
}

static u8 sim_destroy_uctx(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	u32 uid = mlx5_destroy_uctx_in_get_uid(cmd->in);

	if (!sim_uid_live(sim, uid))
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_RES,
				SIM_SYND_UID_NOT_LIVE);
	clear_bit(uid, sim->live_uids);
	sim->uctx_caps[uid] = 0;
	return MLX5_CMD_STAT_OK;
}

/* Reports the caller's own user context: a general object query reply. */
static u8 sim_query_uctx(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	u32 uid = mlx5_mbox_in_hdr_get_uid(cmd->in);

	if (!uid)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_UID_NOT_LIVE);
	mlx5_uctx_set_cap(cmd->out + MLX5_MBOX_OUT_HDR_BYTES,
			  sim->uctx_caps[uid]);
	return MLX5_CMD_STAT_OK;
}

/**
 * struct sim_cmd_desc - how the firmware handles one opcode
 * @opcode: the command
 * @in_bytes: the shortest valid request
 * @out_bytes: the shortest valid response buffer
 * @kernel_only: only the kernel's uid 0 may issue it
 * @handle: fills the response and returns the status
 */
struct sim_cmd_desc {
	u16 opcode;
	u16 in_bytes;
	u16 out_bytes;
	bool kernel_only;
	u8 (*handle)(struct mlx5_sim *sim, struct sim_cmd *cmd);
};

static const struct sim_cmd_desc sim_cmds[] = {
	{ MLX5_CMD_OP_QUERY_HCA_CAP, MLX5_QUERY_HCA_CAP_IN_BYTES,
	  MLX5_QUERY_HCA_CAP_OUT_BYTES, false, sim_query_caps },
	{ MLX5_CMD_OP_QUERY_ADAPTER, MLX5_QUERY_ADAPTER_IN_BYTES,
	  MLX5_QUERY_ADAPTER_OUT_BYTES, false, sim_query_adapter },
	{ MLX5_CMD_OP_QUERY_ISSI, MLX5_QUERY_ISSI_IN_BYTES,
	  MLX5_QUERY_ISSI_OUT_BYTES, false, sim_query_issi },
	{ MLX5_CMD_OP_QUERY_VPORT_STATE, MLX5_QUERY_VPORT_STATE_IN_BYTES,
	  MLX5_QUERY_VPORT_STATE_OUT_BYTES, false, sim_query_vport_state },
	{ MLX5_CMD_OP_ACCESS_REG, MLX5_ACCESS_REGISTER_IN_BYTES,
	  MLX5_ACCESS_REGISTER_OUT_BYTES, false, sim_access_regs },
	{ MLX5_CMD_OP_NOP, MLX5_NOP_IN_BYTES, MLX5_NOP_OUT_BYTES, false,
	  sim_nop },
	{ MLX5_CMD_OP_CREATE_UCTX, MLX5_CREATE_UCTX_IN_BYTES,
	  MLX5_CREATE_UCTX_OUT_BYTES, true, sim_create_uctx },
	{ MLX5_CMD_OP_QUERY_UCTX, MLX5_MBOX_IN_HDR_BYTES,
	  MLX5_MBOX_OUT_HDR_BYTES + MLX5_UCTX_BYTES, false, sim_query_uctx },
	{ MLX5_CMD_OP_DESTROY_UCTX, MLX5_DESTROY_UCTX_IN_BYTES,
	  MLX5_DESTROY_UCTX_OUT_BYTES, true, sim_destroy_uctx },
};

static const struct sim_cmd_desc *sim_find_cmd(u32 opcode)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(sim_cmds); i++)
		if (sim_cmds[i].opcode == opcode)
			return &sim_cmds[i];
	return NULL;
}

/* Decode, check the envelope every command shares, then dispatch. */
static u8 sim_execute(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	const struct sim_cmd_desc *desc =
		sim_find_cmd(mlx5_mbox_in_hdr_get_opcode(cmd->in));
	u32 uid = mlx5_mbox_in_hdr_get_uid(cmd->in);

	if (!desc)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_OP, SIM_SYND_BAD_OPCODE);
	if (cmd->in_len < desc->in_bytes)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_INPUT_LEN,
				SIM_SYND_SHORT_INPUT);
	if (cmd->out_len < desc->out_bytes)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_OUTPUT_LEN,
				SIM_SYND_SHORT_OUTPUT);
	if (desc->kernel_only && uid)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_NEEDS_KERNEL_UID);
	if (uid && !sim_uid_live(sim, uid))
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_UID_NOT_LIVE);
	return desc->handle(sim, cmd);
}

/**
 * mlx5_sim_fw_exec() - run one command, as mlx5_cmd_do() does on hardware
 * @sim: the firmware
 * @in: the request
 * @in_len: its length in bytes
 * @out: the response buffer, written in full (zero padded); may be @in
 * @out_len: its length in bytes
 *
 * Return: 0 when the command completed with status OK, -EREMOTEIO when it
 * executed with a bad status (read status and syndrome from @out), or
 * another negative errno when it never reached the firmware.
 */
int mlx5_sim_fw_exec(struct mlx5_sim *sim, const void *in, size_t in_len,
		     void *out, size_t out_len)
{
	struct sim_cmd cmd = { .in_len = in_len, .out = out,
			       .out_len = out_len };
	void *request;
	u8 status;

	/* Like a real mailbox: the response needs room for its header. */
	if (out_len < MLX5_MBOX_OUT_HDR_BYTES)
		return -EINVAL;

	/* The request is consumed before the response overwrites it. */
	request = kvzalloc(max_t(size_t, in_len, MLX5_MBOX_IN_HDR_BYTES),
			   GFP_KERNEL);
	if (!request)
		return -ENOMEM;
	memcpy(request, in, in_len);
	cmd.in = request;
	memset(out, 0, out_len);

	if (in_len < MLX5_MBOX_IN_HDR_BYTES) {
		status = sim_fail(&cmd, MLX5_CMD_STAT_BAD_INPUT_LEN,
				  SIM_SYND_SHORT_INPUT);
	} else {
		mutex_lock(&sim->fw_lock);
		status = sim_execute(sim, &cmd);
		mutex_unlock(&sim->fw_lock);
	}
	kvfree(request);

	if (status != MLX5_CMD_STAT_OK) {
		/* A failed command returns nothing but its header. */
		memset(out, 0, out_len);
		mlx5_mbox_out_hdr_set_status(out, status);
		mlx5_mbox_out_hdr_set_syndrome(out, cmd.syndrome);
		return -EREMOTEIO;
	}
	return 0;
}

/* A fresh firmware: no user contexts, registers at their defaults. */
static void sim_reset_fw(struct mlx5_sim *sim)
{
	guard(mutex)(&sim->fw_lock);
	bitmap_zero(sim->live_uids, MLX5_SIM_MAX_UCTX + 1);
	memset(sim->uctx_caps, 0, sizeof(sim->uctx_caps));
	sim_regs_clear(&sim->regs);
}

/**
 * mlx5_sim_fw_create() - power up a firmware instance
 *
 * Return: the firmware, or NULL when out of memory.
 */
struct mlx5_sim *mlx5_sim_fw_create(void)
{
	struct mlx5_sim *sim = kzalloc(sizeof(*sim), GFP_KERNEL);

	if (!sim)
		return NULL;
	mutex_init(&sim->fw_lock);
	sim_regs_init(&sim->regs);
	sim_reset_fw(sim);
	return sim;
}

/**
 * mlx5_sim_fw_destroy() - power down a firmware instance
 * @sim: the firmware; no command may be running or start
 */
void mlx5_sim_fw_destroy(struct mlx5_sim *sim)
{
	sim_regs_clear(&sim->regs);
	mutex_destroy(&sim->fw_lock);
	kfree(sim);
}

/**
 * mlx5_sim_fw_uids_show() - the live user context ids, for sysfs
 * @sim: the firmware
 * @buf: the sysfs page
 *
 * Return: the length written, as a sysfs show() returns it.
 */
ssize_t mlx5_sim_fw_uids_show(struct mlx5_sim *sim, char *buf)
{
	guard(mutex)(&sim->fw_lock);
	return sysfs_emit(buf, "%*pbl\n", MLX5_SIM_MAX_UCTX + 1, sim->live_uids);
}
