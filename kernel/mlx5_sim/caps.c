// SPDX-License-Identifier: GPL-2.0
/*
 * QUERY_HCA_CAP of the simulated firmware: every capability page comes
 * from the device profile (profile.c).
 */
#include <linux/types.h>

#include <mlx5_layouts.h>
#include "mlx5_defs.h"
#include "profile.h"
#include "sim.h"

u8 sim_query_hca_cap(struct sim_cmd *cmd)
{
	u32 op_mod = mlx5_mbox_in_hdr_get_op_mod(cmd->in);
	bool cur = op_mod & HCA_CAP_OPMOD_GET_CUR;
	/* Every page of the union starts at its beginning. */
	void *page = mlx5_query_hca_cap_out_capability(cmd->out);
	const struct mlx5_sim_cap_value *v;
	bool supported = false;

	for (v = mlx5_sim_profile; v->set; v++) {
		if (v->type != op_mod >> 1)
			continue;
		v->set(page, cur ? v->cur : v->max);
		supported = true;
	}
	if (!supported)
		return sim_fail(cmd, MLX5_CMD_STAT_BAD_PARAM,
				SIM_SYND_BAD_CAP_TYPE);
	return MLX5_CMD_STAT_OK;
}
