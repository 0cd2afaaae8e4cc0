// SPDX-License-Identifier: GPL-2.0
/*
 * bnxt fwctl driver: exposes the HWRM firmware interface of every PCI
 * function that bnxt_en drives as /dev/fwctl/fwctlN, with the PCI function
 * as parent, as upstream does.  It binds bnxt_en's auxiliary device
 * "bnxt_en.fwctl" and is transport only: which requests may run at which
 * scope, and how long they may be, is decided by the code generated from
 * the spec (bnxt_rpc_validate() of bnxt_scope.h).
 *
 * Debian's 6.1 bnxt_en has no such auxiliary device and exports no
 * bnxt_send_msg() (bnxt_en_ulp.h), so on that kernel the driver binds only
 * the simulated bnxt_en (kernel/bnxt_sim).
 */
#define pr_fmt(fmt) "bnxt_fwctl: " fmt

#include <linux/auxiliary_bus.h>
#include <linux/bits.h>
#include <linux/fwctl.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>

#include <fwctl/bnxt.h>
#include <bnxt_layouts.h>
#include <bnxt_scope.h>
#include "bnxt_en_ulp.h"
#include "fwctl_compat.h"

/**
 * struct bnxtctl_uctx - one open file
 * @uctx: the core's per-file state (must be first)
 * @uctx_caps: the command kinds this file may send (enum fwctl_bnxt_commands)
 */
struct bnxtctl_uctx {
	struct fwctl_uctx uctx;
	u32 uctx_caps;
};

/**
 * struct bnxtctl_dev - the fwctl device of one bnxt_en PCI function
 * @fwctl: the fwctl device (must be first); its parent is the function
 * @aux_priv: the auxiliary device bound, which leads to the function
 */
struct bnxtctl_dev {
	struct fwctl_device fwctl;
	struct bnxt_aux_priv *aux_priv;
};

static struct bnxt_en_dev *to_edev(struct fwctl_uctx *uctx)
{
	return container_of(uctx->fwctl, struct bnxtctl_dev, fwctl)
		->aux_priv->edev;
}

static struct bnxtctl_uctx *to_buctx(struct fwctl_uctx *uctx)
{
	return container_of(uctx, struct bnxtctl_uctx, uctx);
}

static int bnxtctl_open_uctx(struct fwctl_uctx *uctx)
{
	to_buctx(uctx)->uctx_caps = BIT(FWCTL_BNXT_INLINE_COMMANDS) |
				    BIT(FWCTL_BNXT_QUERY_COMMANDS) |
				    BIT(FWCTL_BNXT_SEND_COMMANDS);
	return 0;
}

static void bnxtctl_close_uctx(struct fwctl_uctx *uctx)
{
}

static void *bnxtctl_info(struct fwctl_uctx *uctx, size_t *length)
{
	struct fwctl_info_bnxt *info = kzalloc(sizeof(*info), GFP_KERNEL);

	if (!info)
		return ERR_PTR(-ENOMEM);
	info->uctx_caps = to_buctx(uctx)->uctx_caps;
	*length = sizeof(*info);
	return info;
}

/* A function being reset takes no message; upstream rejects it as denied. */
static bool bnxtctl_stopped(struct bnxt_en_dev *edev)
{
	guard(mutex)(&edev->en_dev_lock);
	return edev->flags & BNXT_EN_FLAG_ULP_STOPPED;
}

static void *bnxtctl_fw_rpc(struct fwctl_uctx *uctx, enum fwctl_rpc_scope scope,
			    void *rpc_in, size_t in_len, size_t *out_len)
{
	struct bnxt_en_dev *edev = to_edev(uctx);
	struct bnxt_fw_msg msg = {};
	int ret;

	ret = bnxt_rpc_validate(rpc_in, in_len, *out_len, scope);
	if (ret)
		return ERR_PTR(ret);
	if (bnxtctl_stopped(edev))
		return ERR_PTR(-BNXT_RPC_REJECT_ERRNO);

	msg.msg = rpc_in;
	msg.msg_len = in_len;
	msg.resp_max_len = *out_len;
	msg.resp = kzalloc(*out_len, GFP_KERNEL);
	if (!msg.resp)
		return ERR_PTR(-ENOMEM);

	/*
	 * A message that failed is still a reply: userspace reads the
	 * reason from error_code, which carries the errno when firmware
	 * left it zero.
	 */
	ret = bnxt_send_msg(edev, &msg);
	if (ret && !bnxt_output_get_error_code(msg.resp))
		bnxt_output_set_error_code(msg.resp, (u16)ret);
	return msg.resp;
}

static const struct fwctl_ops bnxtctl_ops = {
	.device_type = FWCTL_DEVICE_TYPE_BNXT,
	.uctx_size = sizeof(struct bnxtctl_uctx),
	.open_uctx = bnxtctl_open_uctx,
	.close_uctx = bnxtctl_close_uctx,
	.info = bnxtctl_info,
	.fw_rpc = bnxtctl_fw_rpc,
};

static int bnxtctl_probe(struct auxiliary_device *adev,
			 const struct auxiliary_device_id *id)
{
	struct bnxt_aux_priv *aux_priv =
		container_of(adev, struct bnxt_aux_priv, aux_dev);
	struct bnxtctl_dev *bnxtctl;
	int ret;

	bnxtctl = fwctl_alloc_device(&aux_priv->edev->pdev->dev, &bnxtctl_ops,
				     struct bnxtctl_dev, fwctl);
	if (!bnxtctl)
		return -ENOMEM;
	bnxtctl->aux_priv = aux_priv;

	ret = fwctl_register(&bnxtctl->fwctl);
	if (ret) {
		fwctl_put(&bnxtctl->fwctl);
		return ret;
	}
	auxiliary_set_drvdata(adev, bnxtctl);
	return 0;
}

/* Waits for the RPCs in flight: no message follows bnxt_en's removal. */
static void bnxtctl_remove(struct auxiliary_device *adev)
{
	struct bnxtctl_dev *bnxtctl = auxiliary_get_drvdata(adev);

	fwctl_unregister(&bnxtctl->fwctl);
	fwctl_put(&bnxtctl->fwctl);
}

static const struct auxiliary_device_id bnxtctl_id_table[] = {
	{ .name = BNXT_EN_DRIVER_NAME "." BNXT_EN_FWCTL_DEV_NAME },
	{}
};
MODULE_DEVICE_TABLE(auxiliary, bnxtctl_id_table);

static struct auxiliary_driver bnxtctl_driver = {
	.name = "bnxt_fwctl",
	.probe = bnxtctl_probe,
	.remove = bnxtctl_remove,
	.id_table = bnxtctl_id_table,
};
module_auxiliary_driver(bnxtctl_driver);

FWCTL_IMPORT_NS();
MODULE_DESCRIPTION("bnxt fwctl driver");
MODULE_LICENSE("GPL");
