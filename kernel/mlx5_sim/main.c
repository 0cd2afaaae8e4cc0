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

/* log_max_uctx advertised in the capabilities; uids are 1..MAX. */
#define SIM_LOG_MAX_UCTX 8
#define SIM_MAX_UCTX (1U << SIM_LOG_MAX_UCTX)
#define SIM_UCTX_CAPS                                                  \
	(MLX5_UCTX_CAP_RAW_TX | MLX5_UCTX_CAP_INTERNAL_DEV_RES |        \
	 MLX5_UCTX_OBJECT_CAP_TOOLS_RESOURCES)
#define SIM_LOCAL_PORT 1
#define SIM_MAX_MTU 9216
#define SIM_DEFAULT_MTU 1500
#define SIM_PSID "MT_0000000359"

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
	SIM_SYND_BAD_PORT = 0x1a2b000b,
	SIM_SYND_BAD_MTU = 0x1a2b000c,
	SIM_SYND_BAD_VPORT = 0x1a2b000d,
};

/**
 * struct mlx5_sim - the firmware of one simulated function
 * @fw_lock: protects the firmware state below
 * @live_uids: bit n set while user context n exists
 * @uctx_caps: capabilities each live user context was created with
 * @admin_mtu: PMTU admin (and oper) MTU
 * @admin_status: PAOS admin status (MLX5_PORT_UP/DOWN)
 */
struct mlx5_sim {
	struct mutex fw_lock;
	DECLARE_BITMAP(live_uids, SIM_MAX_UCTX + 1);
	u32 uctx_caps[SIM_MAX_UCTX + 1];
	u32 admin_mtu;
	u32 admin_status;
};

static bool zero_uid;
module_param(zero_uid, bool, 0644);
MODULE_PARM_DESC(zero_uid, "test only: CREATE_UCTX succeeds with uid 0");

/* One command's view: request, response and the failure syndrome. */
struct sim_cmd {
	const void *in;
	size_t in_len;
	void *out;
	size_t out_len;
	u32 syndrome;
};

static u8 sim_fail(struct sim_cmd *cmd, u8 status, u32 syndrome)
{
	cmd->syndrome = syndrome;
	return status;
}

static void sim_fill_general_caps(void *cap, bool cur)
{
	mlx5_cmd_hca_cap_set_log_max_srq_sz(cap, 15);
	mlx5_cmd_hca_cap_set_log_max_qp_sz(cap, 15);
	/* mlx5_core's default profile lowers log_max_qp to 17. */
	mlx5_cmd_hca_cap_set_log_max_qp(cap, cur ? 17 : 18);
	mlx5_cmd_hca_cap_set_log_max_srq(cap, 23);
	mlx5_cmd_hca_cap_set_log_max_cq_sz(cap, 22);
	mlx5_cmd_hca_cap_set_log_max_cq(cap, 24);
	mlx5_cmd_hca_cap_set_log_max_eq_sz(cap, 22);
	mlx5_cmd_hca_cap_set_log_max_mkey(cap, 24);
	mlx5_cmd_hca_cap_set_log_max_eq(cap, 7);
	mlx5_cmd_hca_cap_set_max_tc(cap, 8);
	mlx5_cmd_hca_cap_set_port_type(cap, 1); /* Ethernet */
	mlx5_cmd_hca_cap_set_num_ports(cap, 1);
	mlx5_cmd_hca_cap_set_log_max_msg(cap, 30);
	mlx5_cmd_hca_cap_set_cqe_version(cap, 1);
	mlx5_cmd_hca_cap_set_log_max_pd(cap, 23);
	mlx5_cmd_hca_cap_set_log_max_xrcd(cap, 24);
	mlx5_cmd_hca_cap_set_log_max_rq(cap, 23);
	mlx5_cmd_hca_cap_set_log_max_sq(cap, 23);
	mlx5_cmd_hca_cap_set_log_max_uctx(cap, SIM_LOG_MAX_UCTX);
	mlx5_cmd_hca_cap_set_max_num_eqs(cap, 128);
	mlx5_cmd_hca_cap_set_device_frequency_khz(cap, 1000000);
	mlx5_cmd_hca_cap_set_pcam_reg(cap, 1);
	mlx5_cmd_hca_cap_set_mcam_reg(cap, 1);
	mlx5_cmd_hca_cap_set_uctx_cap(cap, SIM_UCTX_CAPS);
}

static u8 sim_query_hca_cap(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	u32 op_mod = mlx5_mbox_in_hdr_get_op_mod(cmd->in);
	void *cap = mlx5_hca_cap_union_cmd_hca_cap(
		mlx5_query_hca_cap_out_capability(cmd->out));

	if (op_mod >> 1 != MLX5_CAP_GENERAL)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_BAD_CAP_TYPE);
	sim_fill_general_caps(cap, op_mod & HCA_CAP_OPMOD_GET_CUR);
	return MLX5_CMD_STAT_OK;
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
	bool up = sim->admin_status == MLX5_PORT_UP;

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

static u8 sim_reg_pmtu(struct mlx5_sim *sim, struct sim_cmd *cmd, bool write,
		       const void *reg_in, void *reg_out)
{
	if (mlx5_pmtu_reg_get_local_port(reg_in) != SIM_LOCAL_PORT)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM, SIM_SYND_BAD_PORT);
	if (write) {
		u32 mtu = mlx5_pmtu_reg_get_admin_mtu(reg_in);

		if (mtu < 68 || mtu > SIM_MAX_MTU)
			return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
					SIM_SYND_BAD_MTU);
		sim->admin_mtu = mtu;
	}
	mlx5_pmtu_reg_set_local_port(reg_out, SIM_LOCAL_PORT);
	mlx5_pmtu_reg_set_max_mtu(reg_out, SIM_MAX_MTU);
	mlx5_pmtu_reg_set_admin_mtu(reg_out, sim->admin_mtu);
	mlx5_pmtu_reg_set_oper_mtu(reg_out, sim->admin_mtu);
	return MLX5_CMD_STAT_OK;
}

static u8 sim_reg_paos(struct mlx5_sim *sim, struct sim_cmd *cmd, bool write,
		       const void *reg_in, void *reg_out)
{
	if (mlx5_paos_reg_get_local_port(reg_in) != SIM_LOCAL_PORT)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM, SIM_SYND_BAD_PORT);
	/* admin_status changes only with the admin status enable bit. */
	if (write && mlx5_paos_reg_get_ase(reg_in)) {
		u32 status = mlx5_paos_reg_get_admin_status(reg_in);

		if (status != MLX5_PORT_UP && status != MLX5_PORT_DOWN)
			return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
					SIM_SYND_BAD_REG_OP);
		sim->admin_status = status;
	}
	mlx5_paos_reg_set_local_port(reg_out, SIM_LOCAL_PORT);
	mlx5_paos_reg_set_admin_status(reg_out, sim->admin_status);
	mlx5_paos_reg_set_oper_status(reg_out, sim->admin_status);
	return MLX5_CMD_STAT_OK;
}

static u8 sim_access_reg(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	u32 op_mod = mlx5_mbox_in_hdr_get_op_mod(cmd->in);
	u32 reg_id = mlx5_access_register_in_get_register_id(cmd->in);
	const void *reg_in = cmd->in + MLX5_ACCESS_REGISTER_IN_BYTES;
	void *reg_out = cmd->out + MLX5_ACCESS_REGISTER_OUT_BYTES;
	u8 (*access)(struct mlx5_sim *sim, struct sim_cmd *cmd, bool write,
		     const void *reg_in, void *reg_out);
	size_t reg_bytes;

	switch (reg_id) {
	case MLX5_REG_PMTU:
		access = sim_reg_pmtu;
		reg_bytes = MLX5_PMTU_REG_BYTES;
		break;
	case MLX5_REG_PAOS:
		access = sim_reg_paos;
		reg_bytes = MLX5_PAOS_REG_BYTES;
		break;
	default:
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_BAD_REGISTER);
	}
	if (op_mod != MLX5_REG_OP_WRITE && op_mod != MLX5_REG_OP_READ)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_BAD_REG_OP);
	/* The register image travels in both directions. */
	if (cmd->in_len < MLX5_ACCESS_REGISTER_IN_BYTES + reg_bytes)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_INPUT_LEN,
				SIM_SYND_SHORT_INPUT);
	if (cmd->out_len < MLX5_ACCESS_REGISTER_OUT_BYTES + reg_bytes)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_OUTPUT_LEN,
				SIM_SYND_SHORT_OUTPUT);
	return access(sim, cmd, op_mod == MLX5_REG_OP_WRITE, reg_in, reg_out);
}

static u8 sim_create_uctx(struct mlx5_sim *sim, struct sim_cmd *cmd)
{
	u32 cap = mlx5_uctx_get_cap(mlx5_create_uctx_in_uctx_const(cmd->in));
	unsigned int uid;

	if (cap & ~SIM_UCTX_CAPS)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM, SIM_SYND_UCTX_CAP);
	/* A faulty firmware: success with uid 0 (the reply is zeroed). */
	if (READ_ONCE(zero_uid))
		return MLX5_CMD_STAT_OK;
	uid = find_next_zero_bit(sim->live_uids, SIM_MAX_UCTX + 1, 1);
	if (uid > SIM_MAX_UCTX)
		return sim_fail(cmd, MLX5_CMD_STAT_NO_RES, SIM_SYND_NO_UCTX);
	set_bit(uid, sim->live_uids);
	sim->uctx_caps[uid] = cap;
	mlx5_create_uctx_out_set_uid(cmd->out, uid);
	return MLX5_CMD_STAT_OK;
}

static bool sim_uid_live(struct mlx5_sim *sim, u32 uid)
{
	return uid && uid <= SIM_MAX_UCTX && test_bit(uid, sim->live_uids);
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
	  MLX5_QUERY_HCA_CAP_OUT_BYTES, false, sim_query_hca_cap },
	{ MLX5_CMD_OP_QUERY_ADAPTER, MLX5_QUERY_ADAPTER_IN_BYTES,
	  MLX5_QUERY_ADAPTER_OUT_BYTES, false, sim_query_adapter },
	{ MLX5_CMD_OP_QUERY_ISSI, MLX5_QUERY_ISSI_IN_BYTES,
	  MLX5_QUERY_ISSI_OUT_BYTES, false, sim_query_issi },
	{ MLX5_CMD_OP_QUERY_VPORT_STATE, MLX5_QUERY_VPORT_STATE_IN_BYTES,
	  MLX5_QUERY_VPORT_STATE_OUT_BYTES, false, sim_query_vport_state },
	{ MLX5_CMD_OP_ACCESS_REG, MLX5_ACCESS_REGISTER_IN_BYTES,
	  MLX5_ACCESS_REGISTER_OUT_BYTES, false, sim_access_reg },
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
	bitmap_zero(sim->live_uids, SIM_MAX_UCTX + 1);
	memset(sim->uctx_caps, 0, sizeof(sim->uctx_caps));
	sim->admin_mtu = SIM_DEFAULT_MTU;
	sim->admin_status = MLX5_PORT_UP;
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
	sim_reset_fw(sim);
	return sim;
}

/**
 * mlx5_sim_fw_destroy() - power down a firmware instance
 * @sim: the firmware; no command may be running or start
 */
void mlx5_sim_fw_destroy(struct mlx5_sim *sim)
{
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
	return sysfs_emit(buf, "%*pbl\n", SIM_MAX_UCTX + 1, sim->live_uids);
}
