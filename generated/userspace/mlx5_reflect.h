/* SPDX-License-Identifier: ((GPL-2.0 WITH Linux-syscall-note) OR BSD-3-Clause) */
/*
 * Do not edit: this file is generated.
 * Spec:      spec/mlx5/commands.yaml
 *            spec/mlx5/family.yaml
 *            spec/mlx5/layouts.yaml
 *            spec/mlx5/messages.yaml
 * Generator: python3 -m generator generate (template reflect.h.j2)
 * To regenerate: make regen
 */
#ifndef _MLX5_REFLECT_GEN_H
#define _MLX5_REFLECT_GEN_H

#include <fwctl/reflect.h>

/* Layouts, enums and the command catalogue of the mlx5 family. */
extern const struct fwctl_family fwctl_family_mlx5;

/* The catalogue (mlx5_catalog.c), sorted by opcode. */
#define MLX5_N_COMMANDS 96
extern const struct fwctl_command mlx5_commands[MLX5_N_COMMANDS];

#endif /* _MLX5_REFLECT_GEN_H */
