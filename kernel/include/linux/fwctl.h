/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fwctl driver API: what a device driver uses to expose its firmware RPC
 * channel as /dev/fwctl/fwctlN.  Same shape as upstream include/linux/fwctl.h
 * so drivers written against it also build in-tree.
 */
#ifndef _LINUX_FWCTL_H
#define _LINUX_FWCTL_H

#include <linux/cdev.h>
#include <linux/cleanup.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <fwctl/fwctl.h>

struct fwctl_uctx;

/**
 * struct fwctl_ops - what a driver implements
 * @device_type: the value FWCTL_INFO reports in out_device_type
 * @uctx_size: bytes allocated per open file; the allocation starts with a
 *	struct fwctl_uctx and the rest belongs to the driver
 * @open_uctx: called on open(); a non-zero return fails the open
 * @close_uctx: called once per successful open_uctx(), on close() or on
 *	fwctl_unregister(), whichever comes first
 * @info: optional; returns a kmalloc()ed buffer of driver data for
 *	FWCTL_INFO and its length, or an ERR_PTR
 * @fw_rpc: executes one RPC at @scope.  Returns the response buffer and sets
 *	*@out_len to its length, or returns an ERR_PTR.  The response may be
 *	@rpc_in itself; any other buffer is released with kvfree().  On entry
 *	*@out_len holds the size of the user's response buffer.
 */
struct fwctl_ops {
	enum fwctl_device_type device_type;
	size_t uctx_size;
	int (*open_uctx)(struct fwctl_uctx *uctx);
	void (*close_uctx)(struct fwctl_uctx *uctx);
	void *(*info)(struct fwctl_uctx *uctx, size_t *length);
	void *(*fw_rpc)(struct fwctl_uctx *uctx, enum fwctl_rpc_scope scope,
			void *rpc_in, size_t in_len, size_t *out_len);
};

/**
 * struct fwctl_device - one fwctl character device
 * @dev: the class device, /sys/class/fwctl/fwctlN
 * @cdev: the character device, /dev/fwctl/fwctlN
 * @uctx_list_lock: protects @uctx_list
 * @uctx_list: every open file's struct fwctl_uctx
 * @registration_lock: held for read by every file operation that may call
 *	into the driver, for write by fwctl_unregister()
 * @ops: the driver's operations; NULL once the device is unregistered
 *
 * Drivers embed this as the first member of their own device struct and
 * touch only @dev.
 */
struct fwctl_device {
	struct device dev;
	/* private: */
	struct cdev cdev;
	struct mutex uctx_list_lock;
	struct list_head uctx_list;
	struct rw_semaphore registration_lock;
	const struct fwctl_ops *ops;
};

struct fwctl_device *_fwctl_alloc_device(struct device *parent,
					 const struct fwctl_ops *ops,
					 size_t size);

/**
 * fwctl_alloc_device - allocate a driver struct embedding a fwctl_device
 * @parent: the physical device the fwctl device controls
 * @ops: the driver's operations
 * @drv_struct: the driver's struct type
 * @member: name of the struct fwctl_device member, which must come first
 *
 * Return: a pointer to the zeroed @drv_struct, or NULL.  Release it with
 * fwctl_put().
 */
#define fwctl_alloc_device(parent, ops, drv_struct, member)                  \
	({                                                                   \
		static_assert(__same_type(struct fwctl_device,               \
					  ((drv_struct *)NULL)->member));    \
		static_assert(offsetof(drv_struct, member) == 0);            \
		container_of(_fwctl_alloc_device(parent, ops,                \
						 sizeof(drv_struct)),        \
			     drv_struct, member);                            \
	})

static inline struct fwctl_device *fwctl_get(struct fwctl_device *fwctl)
{
	get_device(&fwctl->dev);
	return fwctl;
}

static inline void fwctl_put(struct fwctl_device *fwctl)
{
	put_device(&fwctl->dev);
}
DEFINE_FREE(fwctl, struct fwctl_device *, if (_T) fwctl_put(_T));

int fwctl_register(struct fwctl_device *fwctl);
void fwctl_unregister(struct fwctl_device *fwctl);

/**
 * struct fwctl_uctx - per open file state
 * @fwctl: the device this file was opened on
 *
 * Drivers embed this as the first member of their per-file struct, whose
 * size they give in fwctl_ops.uctx_size.
 */
struct fwctl_uctx {
	struct fwctl_device *fwctl;
	/* private: */
	struct list_head uctx_list_entry;
};

#endif /* _LINUX_FWCTL_H */
