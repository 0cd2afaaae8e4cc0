/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The simulated firmware (main.c) as the simulated PCI function (pci.c)
 * uses it: one firmware instance per bound function.
 */
#ifndef _MLX5_SIM_FW_H
#define _MLX5_SIM_FW_H

#include <linux/types.h>

struct mlx5_sim;

struct mlx5_sim *mlx5_sim_fw_create(void);
void mlx5_sim_fw_destroy(struct mlx5_sim *sim);
int mlx5_sim_fw_exec(struct mlx5_sim *sim, const void *in, size_t in_len,
		     void *out, size_t out_len);
ssize_t mlx5_sim_fw_uids_show(struct mlx5_sim *sim, char *buf);

#endif /* _MLX5_SIM_FW_H */
