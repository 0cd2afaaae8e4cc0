/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Interface between the simulated mlx5 firmware (mlx5_sim.ko) and the mlx5
 * fwctl driver: the simulator registers an auxiliary device named
 * "mlx5_sim.fwctl" whose parent stands in for the PCI function, and offers
 * the command mailbox through it.
 */
#ifndef _MLX5_SIM_H
#define _MLX5_SIM_H

#include <linux/auxiliary_bus.h>
#include <linux/types.h>

#define MLX5_SIM_AUX_DEV_NAME "fwctl"

/**
 * struct mlx5_sim_adev - the auxiliary device a driver binds to
 * @adev: the auxiliary device; its parent is the simulated PCI function
 * @exec: executes one command, like mlx5_cmd_do(): reads @in_len bytes of
 *	request from @in, writes a response of @out_len bytes (zero padded)
 *	to @out.  @in and @out may be the same buffer.  Returns 0 when the
 *	firmware completed the command with status OK, -EREMOTEIO when it
 *	executed it with a bad status (read status and syndrome from @out),
 *	or another negative errno when the command never reached firmware.
 *	May sleep.
 */
struct mlx5_sim_adev {
	struct auxiliary_device adev;
	int (*exec)(struct mlx5_sim_adev *sadev, const void *in, size_t in_len,
		    void *out, size_t out_len);
};

#endif /* _MLX5_SIM_H */
