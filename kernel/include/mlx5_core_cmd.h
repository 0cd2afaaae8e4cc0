/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The part of mlx5_core's interface that the mlx5 fwctl driver uses.
 *
 * mlx5_core drives every ConnectX PCI function under the driver name below;
 * once a function is bound, its PCI driver data is the function's struct
 * mlx5_core_dev, and mlx5_cmd_do() runs one command on its mailbox.
 *
 * The declaration is the one in <linux/mlx5/driver.h>, which cannot be
 * included next to the PRM definitions generated from the spec (both define
 * the PRM enums).  The simulated mlx5_core includes both headers, so the
 * compiler checks that they agree.
 */
#ifndef _MLX5_CORE_CMD_H
#define _MLX5_CORE_CMD_H

#define MLX5_CORE_DRIVER_NAME "mlx5_core"

struct mlx5_core_dev;

/*
 * Runs one command: reads @in_size bytes of request from @in and writes
 * @out_size bytes of response to @out (they may be the same buffer).
 * Returns 0 when firmware completed it with status OK, -EREMOTEIO when it
 * executed it with a bad status (status and syndrome are in @out), or
 * another negative errno when the command never reached firmware.  Sleeps.
 */
int mlx5_cmd_do(struct mlx5_core_dev *dev, void *in, int in_size, void *out,
		int out_size);

#endif /* _MLX5_CORE_CMD_H */
