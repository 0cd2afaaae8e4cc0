/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The part of bnxt_en's interface that the bnxt fwctl driver uses, shaped
 * like the upstream one (include/linux/bnxt/ulp.h from v6.16 on): bnxt_en
 * creates an auxiliary device "bnxt_en.fwctl" for every PCI function it
 * drives, embedded in a struct bnxt_aux_priv that leads to the function's
 * struct bnxt_en_dev, and bnxt_send_msg() runs one HWRM message on it.
 *
 * Debian's 6.1 kernel has neither the auxiliary device nor an exported
 * bnxt_send_msg(), so this header declares the interface itself and only
 * the simulated bnxt_en (kernel/bnxt_sim) implements it.
 */
#ifndef _BNXT_EN_ULP_H
#define _BNXT_EN_ULP_H

#include <linux/auxiliary_bus.h>
#include <linux/mutex.h>
#include <linux/pci.h>

/* The driver name of bnxt_en, the prefix of its auxiliary devices. */
#define BNXT_EN_DRIVER_NAME "bnxt_en"
/* The suffix of the auxiliary device a fwctl driver binds. */
#define BNXT_EN_FWCTL_DEV_NAME "fwctl"

/* @flags bit: the function is being reset; no message may be sent. */
#define BNXT_EN_FLAG_ULP_STOPPED 0x8

/**
 * struct bnxt_en_dev - what bnxt_en shares of one PCI function
 * @pdev: the PCI function
 * @flags: BNXT_EN_FLAG_* bits, changed under @en_dev_lock
 * @en_dev_lock: serialises @flags against its readers
 */
struct bnxt_en_dev {
	struct pci_dev *pdev;
	unsigned long flags;
	struct mutex en_dev_lock;
};

/**
 * struct bnxt_aux_priv - an auxiliary device of bnxt_en
 * @aux_dev: the auxiliary device
 * @edev: the PCI function it belongs to
 */
struct bnxt_aux_priv {
	struct auxiliary_device aux_dev;
	struct bnxt_en_dev *edev;
};

/**
 * struct bnxt_fw_msg - one HWRM message
 * @msg: the request, an HWRM input header and body
 * @msg_len: its length in bytes
 * @resp: the response buffer, an HWRM output header and body
 * @resp_max_len: its length in bytes
 */
struct bnxt_fw_msg {
	void *msg;
	int msg_len;
	void *resp;
	int resp_max_len;
};

/*
 * Sends @fw_msg to the firmware of @edev and waits for the response, of
 * which at most @fw_msg->resp_max_len bytes are written.  Returns 0, or a
 * negative errno: when firmware answered with an error code (it is in the
 * response's error_code), or when the message never reached firmware.
 * Sleeps.
 */
int bnxt_send_msg(struct bnxt_en_dev *edev, struct bnxt_fw_msg *fw_msg);

#endif /* _BNXT_EN_ULP_H */
