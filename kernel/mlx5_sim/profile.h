/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The simulated device's capability profile, as data: what QUERY_HCA_CAP
 * answers for every capability type.  profile.c holds the table; it builds
 * into the simulator and into the guest tests, which compare the device's
 * replies with the same data.
 */
#ifndef _MLX5_SIM_PROFILE_H
#define _MLX5_SIM_PROFILE_H

#include <linux/types.h>

#include "mlx5_defs.h"

/* log_max_uctx of the general capabilities: user context ids are 1..MAX. */
#define MLX5_SIM_LOG_MAX_UCTX 8
#define MLX5_SIM_MAX_UCTX (1U << MLX5_SIM_LOG_MAX_UCTX)
/* uctx_cap of the general capabilities. */
#define MLX5_SIM_UCTX_CAPS                                             \
	(MLX5_UCTX_CAP_RAW_TX | MLX5_UCTX_CAP_INTERNAL_DEV_RES |        \
	 MLX5_UCTX_OBJECT_CAP_TOOLS_RESOURCES)

/**
 * struct mlx5_sim_cap_value - one field of a capability page
 * @type: the capability type (enum mlx5_cap_type) whose page holds it
 * @field: the field's name in that page's layout
 * @set: the generated setter of the field
 * @cur: the value in effect (HCA_CAP_OPMOD_GET_CUR)
 * @max: the largest value the device supports (HCA_CAP_OPMOD_GET_MAX)
 *
 * Fields a profile does not name are zero.  A capability type the profile
 * names no field of is not supported.
 */
struct mlx5_sim_cap_value {
	__u8 type;
	const char *field;
	void (*set)(void *page, __u32 v);
	__u32 cur;
	__u32 max;
};

/* A ConnectX-6-like profile; ends with an entry whose @set is NULL. */
extern const struct mlx5_sim_cap_value mlx5_sim_profile[];

#endif /* _MLX5_SIM_PROFILE_H */
