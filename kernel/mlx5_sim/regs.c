// SPDX-License-Identifier: GPL-2.0
/*
 * ACCESS_REG of the simulated firmware: a generic store of every register
 * the spec gives a layout, one image per instance (the register's index
 * fields: local_port, module, ...).  A write stores the image it carries,
 * a later read of the same instance returns it; an instance never written
 * reads as zeros with its index fields.  PAOS alone has behaviour: its
 * admin status changes only with the admin status enable bit, and the
 * port's operational status follows it.
 */
#include <linux/bits.h>
#include <linux/hash.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <mlx5_layouts.h>
#include "mlx5_defs.h"
#include "sim.h"

/* Instances the store holds at most: a write of one more fails. */
#define SIM_REG_MAX_INSTANCES 1024

/**
 * struct sim_reg - one written register instance
 * @node: in the store's table
 * @id: register id
 * @index: the instance, mlx5_access_register_in_register_data_index()
 * @data: the register image, as large as the register's layout
 */
struct sim_reg {
	struct hlist_node node;
	u32 id;
	u64 index;
	u8 data[];
};

static u64 sim_reg_hash(u32 id, u64 index)
{
	return hash_64(index ^ (u64)id << 40, 64);
}

void sim_regs_init(struct sim_reg_store *store)
{
	hash_init(store->table);
	store->count = 0;
}

void sim_regs_clear(struct sim_reg_store *store)
{
	struct hlist_node *tmp;
	struct sim_reg *reg;
	unsigned int bkt;

	hash_for_each_safe(store->table, bkt, tmp, reg, node) {
		hash_del(&reg->node);
		kfree(reg);
	}
	store->count = 0;
}

static struct sim_reg *sim_reg_find(struct sim_reg_store *store, u32 id,
				    u64 index)
{
	struct sim_reg *reg;

	hash_for_each_possible(store->table, reg, node,
			       sim_reg_hash(id, index))
		if (reg->id == id && reg->index == index)
			return reg;
	return NULL;
}

static u64 sim_reg_index(u32 id, const void *image)
{
	return mlx5_access_register_in_register_data_index(id, image);
}

/*
 * The image of an instance never written: zeros but for the index fields
 * of @req, found bit by bit as the bits that change the index key.
 */
static void sim_reg_fresh(u32 id, const u8 *req, u8 *image, size_t bytes)
{
	unsigned int bit;
	size_t i;
	u64 key;

	memset(image, 0, bytes);
	for (i = 0; i < bytes; i++) {
		for (bit = 0; bit < BITS_PER_BYTE; bit++) {
			if (!(req[i] & BIT(bit)))
				continue;
			key = sim_reg_index(id, image);
			image[i] |= BIT(bit);
			if (sim_reg_index(id, image) == key)
				image[i] &= ~BIT(bit);
		}
	}
	if (id == MLX5_REG_PAOS) {
		mlx5_paos_reg_set_admin_status(image, MLX5_PORT_UP);
		mlx5_paos_reg_set_oper_status(image, MLX5_PORT_UP);
	}
}

/*
 * PAOS: @image, the instance in effect, becomes @req, but its admin status
 * changes only with the admin status enable bit; the operational status
 * follows the admin status.
 */
static u8 sim_paos_write(struct sim_cmd *cmd, const void *req, void *image)
{
	u32 status = mlx5_paos_reg_get_ase(req) ?
			     mlx5_paos_reg_get_admin_status(req) :
			     mlx5_paos_reg_get_admin_status(image);

	if (status != MLX5_PORT_UP && status != MLX5_PORT_DOWN)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_BAD_PORT_STATUS);
	memcpy(image, req, MLX5_PAOS_REG_BYTES);
	mlx5_paos_reg_set_admin_status(image, status);
	mlx5_paos_reg_set_oper_status(image, status);
	return MLX5_CMD_STAT_OK;
}

/* Stores @image as instance @index of register @id. */
static u8 sim_reg_store(struct sim_reg_store *store, struct sim_cmd *cmd,
			u32 id, u64 index, const void *image, size_t bytes)
{
	struct sim_reg *reg = sim_reg_find(store, id, index);

	if (!reg) {
		if (store->count == SIM_REG_MAX_INSTANCES)
			return sim_fail(cmd, MLX5_CMD_STAT_NO_RES,
					SIM_SYND_REG_STORE_FULL);
		reg = kzalloc(struct_size(reg, data, bytes), GFP_KERNEL);
		if (!reg)
			return sim_fail(cmd, MLX5_CMD_STAT_NO_RES,
					SIM_SYND_REG_STORE_FULL);
		reg->id = id;
		reg->index = index;
		hash_add(store->table, &reg->node, sim_reg_hash(id, index));
		store->count++;
	}
	memcpy(reg->data, image, bytes);
	return MLX5_CMD_STAT_OK;
}

/* Fills @image with the instance @req addresses, written or fresh. */
static u64 sim_reg_read(struct sim_reg_store *store, u32 id, const void *req,
			void *image, size_t bytes)
{
	u64 index = sim_reg_index(id, req);
	struct sim_reg *reg = sim_reg_find(store, id, index);

	if (reg)
		memcpy(image, reg->data, bytes);
	else
		sim_reg_fresh(id, req, image, bytes);
	return index;
}

u8 sim_access_reg(struct sim_reg_store *store, struct sim_cmd *cmd)
{
	u32 op_mod = mlx5_mbox_in_hdr_get_op_mod(cmd->in);
	u32 id = mlx5_access_register_in_get_register_id(cmd->in);
	size_t bytes = mlx5_access_register_in_register_data_bytes(id);
	const void *req = cmd->in + MLX5_ACCESS_REGISTER_IN_BYTES;
	void *image = cmd->out + MLX5_ACCESS_REGISTER_OUT_BYTES;
	u64 index;
	u8 status;

	if (!bytes)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_BAD_REGISTER);
	if (op_mod != MLX5_REG_OP_WRITE && op_mod != MLX5_REG_OP_READ)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_BAD_REG_OP);
	/* The register image travels in both directions. */
	if (cmd->in_len < MLX5_ACCESS_REGISTER_IN_BYTES + bytes)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_INPUT_LEN,
				SIM_SYND_SHORT_INPUT);
	if (cmd->out_len < MLX5_ACCESS_REGISTER_OUT_BYTES + bytes)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_OUTPUT_LEN,
				SIM_SYND_SHORT_OUTPUT);

	/* The reply is the instance's image, after the write if any. */
	index = sim_reg_read(store, id, req, image, bytes);
	if (op_mod == MLX5_REG_OP_READ)
		return MLX5_CMD_STAT_OK;
	if (id == MLX5_REG_PAOS) {
		status = sim_paos_write(cmd, req, image);
		if (status != MLX5_CMD_STAT_OK)
			return status;
	} else {
		memcpy(image, req, bytes);
	}
	return sim_reg_store(store, cmd, id, index, image, bytes);
}

bool sim_port_up(struct sim_reg_store *store, u8 local_port)
{
	u8 req[MLX5_PAOS_REG_BYTES] = {}, image[MLX5_PAOS_REG_BYTES];

	mlx5_paos_reg_set_local_port(req, local_port);
	sim_reg_read(store, MLX5_REG_PAOS, req, image, sizeof(image));
	return mlx5_paos_reg_get_oper_status(image) == MLX5_PORT_UP;
}
