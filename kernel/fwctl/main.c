// SPDX-License-Identifier: GPL-2.0
/*
 * fwctl core for kernels that do not ship one: the "fwctl" class, the
 * /dev/fwctl/fwctlN character devices and the FWCTL_INFO / FWCTL_RPC ioctls,
 * with the uAPI, errno order and hot-unplug behaviour of upstream Linux.
 */
#define pr_fmt(fmt) "fwctl: " fmt

#include <linux/capability.h>
#include <linux/container_of.h>
#include <linux/fs.h>
#include <linux/fwctl.h>
#include <linux/idr.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "fwctl_compat.h"

enum {
	/* Upstream's limit since v4 of the series. */
	FWCTL_MAX_DEVICES = 4096,
	/* Largest request or response an RPC may carry. */
	FWCTL_MAX_RPC_LEN = SZ_2M,
};
static_assert(FWCTL_MAX_DEVICES < (1U << MINORBITS));

static dev_t fwctl_first_devt;
static DEFINE_IDA(fwctl_ida);

/* Bit 0 is set once the first tainting RPC of this boot has been seen. */
static unsigned long fwctl_tainted;

/* One ioctl call: the caller's context and its copy of the command struct. */
struct fwctl_ucmd {
	struct fwctl_uctx *uctx;
	void __user *ubuffer;
	void *cmd;
	u32 user_size;
};

/*
 * Copy the command struct back, truncated to the size the caller passed (a
 * caller with an older, shorter struct gets only the fields it knows).
 */
static int ucmd_respond(struct fwctl_ucmd *ucmd, size_t cmd_len)
{
	if (copy_to_user(ucmd->ubuffer, ucmd->cmd,
			 min_t(size_t, ucmd->user_size, cmd_len)))
		return -EFAULT;
	return 0;
}

/*
 * Fill the user buffer @dst of @dst_len bytes with @src_len bytes of @src
 * (truncated if longer) followed by zeroes.
 */
static int copy_to_user_zero_fill(void __user *dst, size_t dst_len,
				  const void *src, size_t src_len)
{
	size_t copied = min(dst_len, src_len);

	if (copy_to_user(dst, src, copied) ||
	    clear_user(dst + copied, dst_len - copied))
		return -EFAULT;
	return 0;
}

static int fwctl_cmd_info(struct fwctl_ucmd *ucmd)
{
	struct fwctl_device *fwctl = ucmd->uctx->fwctl;
	struct fwctl_info *cmd = ucmd->cmd;
	void __user *udata = u64_to_user_ptr(cmd->out_device_data);
	size_t driver_len = 0;
	int ret;

	if (cmd->flags)
		return -EOPNOTSUPP;

	/* A zero-length request neither calls the driver nor learns its size. */
	if (cmd->device_data_len) {
		void *driver_data = NULL;

		if (fwctl->ops->info) {
			driver_data = fwctl->ops->info(ucmd->uctx, &driver_len);
			if (IS_ERR(driver_data))
				return PTR_ERR(driver_data);
		}
		ret = copy_to_user_zero_fill(udata, cmd->device_data_len,
					     driver_data, driver_len);
		kfree(driver_data);
		if (ret)
			return ret;
	}

	cmd->out_device_type = fwctl->ops->device_type;
	cmd->device_data_len = driver_len;
	return ucmd_respond(ucmd, sizeof(*cmd));
}

/* Warn and taint on the first DEBUG_WRITE(_FULL) RPC since boot. */
static void fwctl_taint_once(struct fwctl_device *fwctl)
{
	if (test_and_set_bit(0, &fwctl_tainted))
		return;
	dev_warn(&fwctl->dev,
		 "%s(%d): requested write access to the device's debug features; tainting the kernel\n",
		 current->comm, task_pid_nr(current));
	/* Only `make BREAK=taint`, a test of the tests, defines this. */
	if (!IS_ENABLED(FWCTL_TEST_BREAK_TAINT))
		add_taint(TAINT_FWCTL, LOCKDEP_STILL_OK);
}

/* Privilege and taint rules of each scope, before the driver sees the RPC. */
static int fwctl_check_scope(struct fwctl_device *fwctl, u32 scope)
{
	switch (scope) {
	case FWCTL_RPC_CONFIGURATION:
	case FWCTL_RPC_DEBUG_READ_ONLY:
		return 0;
	case FWCTL_RPC_DEBUG_WRITE_FULL:
		if (!capable(CAP_SYS_RAWIO))
			return -EPERM;
		fallthrough;
	case FWCTL_RPC_DEBUG_WRITE:
		fwctl_taint_once(fwctl);
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}

static int fwctl_cmd_rpc(struct fwctl_ucmd *ucmd)
{
	struct fwctl_device *fwctl = ucmd->uctx->fwctl;
	struct fwctl_rpc *cmd = ucmd->cmd;
	size_t out_len = cmd->out_len;
	void *inbuf, *outbuf;
	int ret;

	if (cmd->in_len > FWCTL_MAX_RPC_LEN || cmd->out_len > FWCTL_MAX_RPC_LEN)
		return -EMSGSIZE;

	ret = fwctl_check_scope(fwctl, cmd->scope);
	if (ret)
		return ret;

	inbuf = kvzalloc(cmd->in_len, GFP_KERNEL_ACCOUNT);
	if (!inbuf)
		return -ENOMEM;
	if (copy_from_user(inbuf, u64_to_user_ptr(cmd->in), cmd->in_len)) {
		ret = -EFAULT;
		goto out_free_in;
	}

	outbuf = fwctl->ops->fw_rpc(ucmd->uctx, cmd->scope, inbuf, cmd->in_len,
				    &out_len);
	if (IS_ERR(outbuf)) {
		ret = PTR_ERR(outbuf);
		goto out_free_in;
	}

	if (copy_to_user(u64_to_user_ptr(cmd->out), outbuf,
			 min_t(size_t, cmd->out_len, out_len))) {
		ret = -EFAULT;
		goto out_free_out;
	}
	cmd->out_len = out_len;
	ret = ucmd_respond(ucmd, sizeof(*cmd));

out_free_out:
	if (outbuf != inbuf)
		kvfree(outbuf);
out_free_in:
	kvfree(inbuf);
	return ret;
}

/**
 * struct fwctl_ioctl_op - one entry of the ioctl table
 * @size: the kernel's size of the command struct
 * @min_size: the smallest size userspace may pass (end of the last field)
 * @ioctl_num: the full ioctl number, which must match exactly
 * @execute: runs the command with the driver's ops pinned
 */
struct fwctl_ioctl_op {
	unsigned int size;
	unsigned int min_size;
	unsigned int ioctl_num;
	int (*execute)(struct fwctl_ucmd *ucmd);
};

#define FWCTL_IOCTL_OP(_ioctl, _fn, _struct, _last)                       \
	[_IOC_NR(_ioctl) - FWCTL_CMD_BASE] = {                           \
		.size = sizeof(_struct),                                 \
		.min_size = offsetofend(_struct, _last),                 \
		.ioctl_num = _ioctl,                                     \
		.execute = _fn,                                          \
	}
static const struct fwctl_ioctl_op fwctl_ioctl_ops[] = {
	FWCTL_IOCTL_OP(FWCTL_INFO, fwctl_cmd_info, struct fwctl_info,
		       out_device_data),
	FWCTL_IOCTL_OP(FWCTL_RPC, fwctl_cmd_rpc, struct fwctl_rpc, out),
};

/* Large enough for the kernel's copy of every command struct. */
union fwctl_ucmd_buffer {
	struct fwctl_info info;
	struct fwctl_rpc rpc;
};

static long fwctl_fops_ioctl(struct file *filp, unsigned int cmd,
			     unsigned long arg)
{
	struct fwctl_uctx *uctx = filp->private_data;
	const struct fwctl_ioctl_op *op;
	union fwctl_ucmd_buffer buf;
	struct fwctl_ucmd ucmd = {
		.uctx = uctx,
		.ubuffer = (void __user *)arg,
		.cmd = &buf,
	};
	unsigned int index = _IOC_NR(cmd) - FWCTL_CMD_BASE;
	int ret;

	if (index >= ARRAY_SIZE(fwctl_ioctl_ops))
		return -ENOIOCTLCMD;
	op = &fwctl_ioctl_ops[index];
	if (op->ioctl_num != cmd)
		return -ENOIOCTLCMD;

	ret = get_user(ucmd.user_size, (u32 __user *)ucmd.ubuffer);
	if (ret)
		return ret;
	if (ucmd.user_size < op->min_size)
		return -EINVAL;
	ret = copy_struct_from_user(&buf, op->size, ucmd.ubuffer,
				    ucmd.user_size);
	if (ret)
		return ret;

	/* Unregistration waits until the driver op returns. */
	guard(rwsem_read)(&uctx->fwctl->registration_lock);
	if (!uctx->fwctl->ops)
		return -ENODEV;
	return op->execute(&ucmd);
}

static int fwctl_fops_open(struct inode *inode, struct file *filp)
{
	struct fwctl_device *fwctl =
		container_of(inode->i_cdev, struct fwctl_device, cdev);
	struct fwctl_uctx *uctx;
	int ret;

	guard(rwsem_read)(&fwctl->registration_lock);
	if (!fwctl->ops)
		return -ENODEV;

	uctx = kzalloc(fwctl->ops->uctx_size, GFP_KERNEL_ACCOUNT);
	if (!uctx)
		return -ENOMEM;
	uctx->fwctl = fwctl;
	ret = fwctl->ops->open_uctx(uctx);
	if (ret) {
		kfree(uctx);
		return ret;
	}

	scoped_guard(mutex, &fwctl->uctx_list_lock)
		list_add_tail(&uctx->uctx_list_entry, &fwctl->uctx_list);
	fwctl_get(fwctl);
	filp->private_data = uctx;
	return nonseekable_open(inode, filp);
}

/* Caller holds registration_lock and knows ops is still set. */
static void fwctl_close_uctx(struct fwctl_uctx *uctx)
{
	struct fwctl_device *fwctl = uctx->fwctl;

	lockdep_assert_held(&fwctl->registration_lock);
	scoped_guard(mutex, &fwctl->uctx_list_lock)
		list_del(&uctx->uctx_list_entry);
	fwctl->ops->close_uctx(uctx);
}

static int fwctl_fops_release(struct inode *inode, struct file *filp)
{
	struct fwctl_uctx *uctx = filp->private_data;
	struct fwctl_device *fwctl = uctx->fwctl;

	/* After unregistration the context was already closed. */
	scoped_guard(rwsem_read, &fwctl->registration_lock) {
		if (fwctl->ops)
			fwctl_close_uctx(uctx);
	}

	kfree(uctx);
	fwctl_put(fwctl);
	return 0;
}

static const struct file_operations fwctl_fops = {
	.owner = THIS_MODULE,
	.open = fwctl_fops_open,
	.release = fwctl_fops_release,
	.unlocked_ioctl = fwctl_fops_ioctl,
};

static void fwctl_device_release(struct device *device)
{
	struct fwctl_device *fwctl =
		container_of(device, struct fwctl_device, dev);

	ida_free(&fwctl_ida, MINOR(fwctl->dev.devt));
	mutex_destroy(&fwctl->uctx_list_lock);
	kfree(fwctl);
}

static char *fwctl_devnode(FWCTL_DEVNODE_CONST struct device *dev,
			   umode_t *mode)
{
	return kasprintf(GFP_KERNEL, "fwctl/%s", dev_name(dev));
}

static struct class fwctl_class = {
	.name = "fwctl",
	.dev_release = fwctl_device_release,
	.devnode = fwctl_devnode,
};

/**
 * _fwctl_alloc_device - allocate a fwctl device (use fwctl_alloc_device())
 * @parent: the physical device the fwctl device controls
 * @ops: the driver's operations
 * @size: size of the driver struct that embeds struct fwctl_device first
 *
 * Return: the zeroed allocation with the device initialised but not yet
 * visible, or NULL.  Release it with fwctl_put().
 */
struct fwctl_device *_fwctl_alloc_device(struct device *parent,
					 const struct fwctl_ops *ops,
					 size_t size)
{
	struct fwctl_device *fwctl;
	int devnum;

	if (WARN_ON(size < sizeof(*fwctl)))
		return NULL;
	fwctl = kzalloc(size, GFP_KERNEL);
	if (!fwctl)
		return NULL;

	devnum = ida_alloc_max(&fwctl_ida, FWCTL_MAX_DEVICES - 1, GFP_KERNEL);
	if (devnum < 0) {
		kfree(fwctl);
		return NULL;
	}

	fwctl->dev.devt = MKDEV(MAJOR(fwctl_first_devt), devnum);
	fwctl->dev.class = &fwctl_class;
	fwctl->dev.parent = parent;
	mutex_init(&fwctl->uctx_list_lock);
	INIT_LIST_HEAD(&fwctl->uctx_list);
	init_rwsem(&fwctl->registration_lock);
	fwctl->ops = ops;
	/* From here on the release callback frees everything. */
	device_initialize(&fwctl->dev);

	if (dev_set_name(&fwctl->dev, "fwctl%d", devnum)) {
		fwctl_put(fwctl);
		return NULL;
	}
	cdev_init(&fwctl->cdev, &fwctl_fops);
	/* The core owns the file memory, so the driver may unload first. */
	fwctl->cdev.owner = THIS_MODULE;
	return fwctl;
}
FWCTL_EXPORT_SYMBOL(_fwctl_alloc_device);

/**
 * fwctl_register - make the device visible in sysfs and /dev
 * @fwctl: a device from fwctl_alloc_device()
 *
 * The driver's ops may be called as soon as this returns.
 *
 * Return: 0 or a negative errno.
 */
int fwctl_register(struct fwctl_device *fwctl)
{
	return cdev_device_add(&fwctl->cdev, &fwctl->dev);
}
FWCTL_EXPORT_SYMBOL(fwctl_register);

/**
 * fwctl_unregister - hot-unplug: detach the driver from the device
 * @fwctl: a registered device
 *
 * Removes the device node, waits for every driver op in progress, closes
 * every open context and detaches the ops.  Files that stay open get ENODEV
 * from every ioctl; no driver op is called after this returns, so the driver
 * module may be unloaded.  The caller still owns its reference
 * (fwctl_put()).
 */
void fwctl_unregister(struct fwctl_device *fwctl)
{
	struct fwctl_uctx *uctx;

	cdev_device_del(&fwctl->cdev, &fwctl->dev);

	guard(rwsem_write)(&fwctl->registration_lock);
	while ((uctx = list_first_entry_or_null(&fwctl->uctx_list,
						struct fwctl_uctx,
						uctx_list_entry)))
		fwctl_close_uctx(uctx);
	fwctl->ops = NULL;
}
FWCTL_EXPORT_SYMBOL(fwctl_unregister);

static int __init fwctl_init(void)
{
	int ret;

	ret = alloc_chrdev_region(&fwctl_first_devt, 0, FWCTL_MAX_DEVICES,
				  "fwctl");
	if (ret)
		return ret;

	ret = class_register(&fwctl_class);
	if (ret) {
		unregister_chrdev_region(fwctl_first_devt, FWCTL_MAX_DEVICES);
		return ret;
	}

	/* The taint is per boot: an earlier load of this module may have set it. */
	if (test_taint(TAINT_FWCTL))
		set_bit(0, &fwctl_tainted);
	return 0;
}

static void __exit fwctl_exit(void)
{
	class_unregister(&fwctl_class);
	unregister_chrdev_region(fwctl_first_devt, FWCTL_MAX_DEVICES);
	WARN_ON(!ida_is_empty(&fwctl_ida));
}

module_init(fwctl_init);
module_exit(fwctl_exit);

MODULE_DESCRIPTION("fwctl device firmware access framework");
MODULE_LICENSE("GPL");
