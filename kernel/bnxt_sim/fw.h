/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The simulated HWRM firmware (fw.c) as the simulated PCI function (pci.c)
 * uses it.
 */
#ifndef _BNXT_SIM_FW_H
#define _BNXT_SIM_FW_H

#include <linux/types.h>

int bnxt_sim_fw_exec(const void *in, size_t in_len, void *out,
		     size_t out_len);

#endif /* _BNXT_SIM_FW_H */
