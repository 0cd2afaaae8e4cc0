// SPDX-License-Identifier: GPL-2.0
/*
 * mlx5 fwctl driver: exposes the command mailbox of every PCI function that
 * mlx5_core drives as /dev/fwctl/fwctlN, with the PCI function as parent,
 * as upstream does.  Every open file gets its own firmware user context
 * (uid), which is written into every request so that firmware enforces the
 * security context; which commands may run at which scope is decided only
 * by the table generated from the spec (mlx5_scope.h).
 *
 * Kernels before v6.15 have no "mlx5_core.fwctl" auxiliary device to bind
 * to, so the driver follows mlx5_core's PCI functions itself: a PCI bus
 * notifier attaches when mlx5_core has bound a function and detaches
 * before mlx5_core unbinds it, and the functions bound at load time are
 * attached by walking the bus.  Both run under the function's device lock,
 * as the driver core's bind and unbind do, so a function is seen either
 * bound or not.  Detaching goes through fwctl_unregister(), which waits
 * for the RPCs in flight and leaves open files returning ENODEV: no
 * command reaches mlx5_core after its remove() has started.
 */
#define pr_fmt(fmt) "mlx5_fwctl: " fmt

#include <linux/fwctl.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/pci.h>
#include <linux/slab.h>

#include <fwctl/mlx5.h>
#include <mlx5_layouts.h>
#include <mlx5_scope.h>
#include "fwctl_compat.h"
#include "mlx5_core_cmd.h"
#include "mlx5_defs.h"

/**
 * struct mlx5ctl_dev - the fwctl device of one mlx5_core PCI function
 * @fwctl: the fwctl device (must be first); its parent is the function
 * @mdev: the function's mlx5_core device, whose mailbox runs the commands
 * @uctx_caps: capabilities requested for every user context
 * @node: entry in mlx5ctl_devs while attached
 */
struct mlx5ctl_dev {
	struct fwctl_device fwctl;
	struct mlx5_core_dev *mdev;
	u32 uctx_caps;
	struct list_head node;
};

/* The attached functions; attaching and detaching hold mlx5ctl_lock. */
static LIST_HEAD(mlx5ctl_devs);
static DEFINE_MUTEX(mlx5ctl_lock);
/* Set at module unload: functions bound from then on stay unattached. */
static bool mlx5ctl_closing;

/**
 * struct mlx5ctl_uctx - one open file
 * @uctx: the core's per-file state (must be first)
 * @uid: the firmware user context bound to this file
 */
struct mlx5ctl_uctx {
	struct fwctl_uctx uctx;
	u32 uid;
};

static struct mlx5ctl_dev *to_mcdev(struct fwctl_uctx *uctx)
{
	return container_of(uctx->fwctl, struct mlx5ctl_dev, fwctl);
}

static struct mlx5ctl_uctx *to_mfd(struct fwctl_uctx *uctx)
{
	return container_of(uctx, struct mlx5ctl_uctx, uctx);
}

/*
 * A mailbox of @bytes bytes as an array of the 32-bit words the device
 * reads (the generated layouts are whole words).
 */
#define MLX5CTL_DW(bytes) (BUILD_BUG_ON_ZERO((bytes) % 4) + (bytes) / 4)

/**
 * mlx5ctl_cmd_exec() - run one of the driver's own commands
 * @mdev: the function whose mailbox runs it
 * @in: the request
 * @in_len: its length in bytes
 * @out: the response buffer; on failure it holds status and syndrome
 * @out_len: its length in bytes
 *
 * Like mlx5_core's mlx5_cmd_exec(): a status other than OK becomes the
 * errno the spec gives it (mlx5_cmd_status_errno()).  RPCs from userspace
 * do not come here: they get the status in their reply instead.
 *
 * Return: 0, or a negative errno.
 */
static int mlx5ctl_cmd_exec(struct mlx5_core_dev *mdev, void *in,
			    size_t in_len, void *out, size_t out_len)
{
	int ret = mlx5_cmd_do(mdev, in, in_len, out, out_len);

	if (ret != -EREMOTEIO)
		return ret;
	return -mlx5_cmd_status_errno(mlx5_mbox_out_hdr_get_status(out));
}

static int mlx5ctl_open_uctx(struct fwctl_uctx *uctx)
{
	struct mlx5ctl_dev *mcdev = to_mcdev(uctx);
	u32 in[MLX5CTL_DW(MLX5_CREATE_UCTX_IN_BYTES)] = {};
	u32 out[MLX5CTL_DW(MLX5_CREATE_UCTX_OUT_BYTES)] = {};
	u32 uid;
	int ret;

	mlx5_create_uctx_in_set_opcode(in, MLX5_CMD_OP_CREATE_UCTX);
	mlx5_uctx_set_cap(mlx5_create_uctx_in_uctx(in), mcdev->uctx_caps);
	ret = mlx5ctl_cmd_exec(mcdev->mdev, in, sizeof(in), out, sizeof(out));
	if (ret)
		return ret;
	/*
	 * uid 0 is the kernel's own context: a file bound to it would run
	 * its RPCs with the driver's privileges.  Firmware never hands it
	 * out, so getting it is a protocol violation.
	 */
	uid = mlx5_create_uctx_out_get_uid(out);
	if (!uid) {
		dev_err_ratelimited(&mcdev->fwctl.dev,
				    "CREATE_UCTX returned uid 0\n");
		return -EPROTO;
	}
	to_mfd(uctx)->uid = uid;
	return 0;
}

static void mlx5ctl_close_uctx(struct fwctl_uctx *uctx)
{
	struct mlx5ctl_dev *mcdev = to_mcdev(uctx);
	u32 in[MLX5CTL_DW(MLX5_DESTROY_UCTX_IN_BYTES)] = {};
	u32 out[MLX5CTL_DW(MLX5_DESTROY_UCTX_OUT_BYTES)] = {};
	u32 uid = to_mfd(uctx)->uid;
	int ret;

	mlx5_destroy_uctx_in_set_opcode(in, MLX5_CMD_OP_DESTROY_UCTX);
	mlx5_destroy_uctx_in_set_uid(in, uid);
	ret = mlx5ctl_cmd_exec(mcdev->mdev, in, sizeof(in), out, sizeof(out));
	if (ret)
		dev_err(&mcdev->fwctl.dev,
			"DESTROY_UCTX of uid %u failed: %d, status 0x%x, syndrome 0x%x\n",
			uid, ret, mlx5_destroy_uctx_out_get_status(out),
			mlx5_destroy_uctx_out_get_syndrome(out));
}

static void *mlx5ctl_info(struct fwctl_uctx *uctx, size_t *length)
{
	struct fwctl_info_mlx5 *info = kzalloc(sizeof(*info), GFP_KERNEL);

	if (!info)
		return ERR_PTR(-ENOMEM);
	info->uid = to_mfd(uctx)->uid;
	info->uctx_caps = to_mcdev(uctx)->uctx_caps;
	*length = sizeof(*info);
	return info;
}

static void *mlx5ctl_fw_rpc(struct fwctl_uctx *uctx, enum fwctl_rpc_scope scope,
			    void *rpc_in, size_t in_len, size_t *out_len)
{
	struct mlx5ctl_dev *mcdev = to_mcdev(uctx);
	void *rpc_out;
	int ret;

	ret = mlx5_rpc_validate(rpc_in, in_len, *out_len, scope);
	if (ret)
		return ERR_PTR(ret);

	/* Firmware runs the request in this file's security context. */
	mlx5_mbox_in_hdr_set_uid(rpc_in, to_mfd(uctx)->uid);

	/* The mailbox reads the request before writing the response. */
	if (*out_len <= in_len) {
		rpc_out = rpc_in;
	} else {
		rpc_out = kvzalloc(*out_len, GFP_KERNEL_ACCOUNT);
		if (!rpc_out)
			return ERR_PTR(-ENOMEM);
	}

	ret = mlx5_cmd_do(mcdev->mdev, rpc_in, in_len, rpc_out, *out_len);
	/* Executed with a bad status: userspace reads it from the reply. */
	if (ret && ret != -EREMOTEIO) {
		if (rpc_out != rpc_in)
			kvfree(rpc_out);
		return ERR_PTR(ret);
	}
	return rpc_out;
}

static const struct fwctl_ops mlx5ctl_ops = {
	.device_type = FWCTL_DEVICE_TYPE_MLX5,
	.uctx_size = sizeof(struct mlx5ctl_uctx),
	.open_uctx = mlx5ctl_open_uctx,
	.close_uctx = mlx5ctl_close_uctx,
	.info = mlx5ctl_info,
	.fw_rpc = mlx5ctl_fw_rpc,
};

/* The device's current general capabilities: which uctx caps it offers. */
static int mlx5ctl_query_uctx_cap(struct mlx5_core_dev *mdev, u32 *uctx_cap)
{
	u32 in[MLX5CTL_DW(MLX5_QUERY_HCA_CAP_IN_BYTES)] = {};
	void *out;
	int ret;

	out = kzalloc(MLX5_QUERY_HCA_CAP_OUT_BYTES, GFP_KERNEL);
	if (!out)
		return -ENOMEM;
	mlx5_query_hca_cap_in_set_opcode(in, MLX5_CMD_OP_QUERY_HCA_CAP);
	mlx5_query_hca_cap_in_set_op_mod(in, MLX5_CAP_GENERAL << 1 |
					     HCA_CAP_OPMOD_GET_CUR);
	ret = mlx5ctl_cmd_exec(mdev, in, sizeof(in), out,
			       MLX5_QUERY_HCA_CAP_OUT_BYTES);
	if (!ret)
		*uctx_cap = mlx5_cmd_hca_cap_get_uctx_cap(
			mlx5_hca_cap_union_cmd_hca_cap(
				mlx5_query_hca_cap_out_capability(out)));
	kfree(out);
	return ret;
}

static bool mlx5ctl_driven_by_mlx5_core(struct device *dev)
{
	return dev->driver && !strcmp(dev->driver->name, MLX5_CORE_DRIVER_NAME);
}

static struct mlx5ctl_dev *mlx5ctl_find(struct device *dev)
{
	struct mlx5ctl_dev *mcdev;

	lockdep_assert_held(&mlx5ctl_lock);
	list_for_each_entry(mcdev, &mlx5ctl_devs, node)
		if (mcdev->fwctl.dev.parent == dev)
			return mcdev;
	return NULL;
}

/*
 * Give a PCI function that mlx5_core has bound its fwctl device.  A function
 * that cannot have one (no user contexts, so no uid isolation) or fails is
 * left alone: mlx5_core keeps driving it.
 */
static void mlx5ctl_attach(struct device *dev)
{
	struct mlx5_core_dev *mdev = dev_get_drvdata(dev);
	struct mlx5ctl_dev *mcdev;
	u32 uctx_cap;
	int ret;

	device_lock_assert(dev);
	guard(mutex)(&mlx5ctl_lock);
	if (mlx5ctl_closing || mlx5ctl_find(dev))
		return;

	ret = mlx5ctl_query_uctx_cap(mdev, &uctx_cap);
	if (ret)
		goto err;
	/* Without user contexts the uid isolation cannot be enforced. */
	if (!uctx_cap) {
		ret = -EOPNOTSUPP;
		goto err;
	}

	mcdev = fwctl_alloc_device(dev, &mlx5ctl_ops, struct mlx5ctl_dev,
				   fwctl);
	if (!mcdev) {
		ret = -ENOMEM;
		goto err;
	}
	mcdev->mdev = mdev;
	mcdev->uctx_caps = uctx_cap & MLX5_UCTX_OBJECT_CAP_TOOLS_RESOURCES;

	ret = fwctl_register(&mcdev->fwctl);
	if (ret) {
		fwctl_put(&mcdev->fwctl);
		goto err;
	}
	list_add_tail(&mcdev->node, &mlx5ctl_devs);
	return;

err:
	dev_warn(dev, "no fwctl device: %d\n", ret);
}

/* Before mlx5_core lets the function go: no command may follow. */
static void mlx5ctl_detach(struct device *dev)
{
	struct mlx5ctl_dev *mcdev;

	device_lock_assert(dev);
	guard(mutex)(&mlx5ctl_lock);
	mcdev = mlx5ctl_find(dev);
	if (!mcdev)
		return;
	list_del(&mcdev->node);
	fwctl_unregister(&mcdev->fwctl);
	fwctl_put(&mcdev->fwctl);
}

static int mlx5ctl_bus_notify(struct notifier_block *nb, unsigned long action,
			      void *data)
{
	struct device *dev = data;

	switch (action) {
	case BUS_NOTIFY_BOUND_DRIVER:
		if (mlx5ctl_driven_by_mlx5_core(dev))
			mlx5ctl_attach(dev);
		break;
	case BUS_NOTIFY_UNBIND_DRIVER:
		mlx5ctl_detach(dev);
		break;
	}
	return NOTIFY_DONE;
}

static struct notifier_block mlx5ctl_bus_nb = {
	.notifier_call = mlx5ctl_bus_notify,
};

static int mlx5ctl_attach_bound(struct device *dev, void *unused)
{
	device_lock(dev);
	if (mlx5ctl_driven_by_mlx5_core(dev))
		mlx5ctl_attach(dev);
	device_unlock(dev);
	return 0;
}

static int mlx5ctl_detach_any(struct device *dev, void *unused)
{
	device_lock(dev);
	mlx5ctl_detach(dev);
	device_unlock(dev);
	return 0;
}

static int __init mlx5ctl_init(void)
{
	int ret;

	/* First the notifier, so that no function bound meanwhile is missed. */
	ret = bus_register_notifier(&pci_bus_type, &mlx5ctl_bus_nb);
	if (ret)
		return ret;
	bus_for_each_dev(&pci_bus_type, NULL, NULL, mlx5ctl_attach_bound);
	return 0;
}

static void __exit mlx5ctl_exit(void)
{
	scoped_guard(mutex, &mlx5ctl_lock)
		mlx5ctl_closing = true;
	/*
	 * Detach under each function's device lock while the notifier still
	 * runs: an unbind racing with the unload detaches first or finds the
	 * function detached, never after mlx5_core's remove().
	 */
	bus_for_each_dev(&pci_bus_type, NULL, NULL, mlx5ctl_detach_any);
	bus_unregister_notifier(&pci_bus_type, &mlx5ctl_bus_nb);
	WARN_ON(!list_empty(&mlx5ctl_devs));
}

module_init(mlx5ctl_init);
module_exit(mlx5ctl_exit);

FWCTL_IMPORT_NS();
MODULE_DESCRIPTION("mlx5 ConnectX fwctl driver");
MODULE_LICENSE("GPL");
