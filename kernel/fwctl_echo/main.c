// SPDX-License-Identifier: GPL-2.0
/*
 * fwctl_echo: a test-only fwctl driver whose replies have the length the
 * request asks for, so that tests can drive the core's response copy
 * through every case a real driver may produce: replies shorter and longer
 * than the user's buffer, built in the request buffer or in a new one.
 *
 * Loading the module creates the platform device "fwctl_echo" and a fwctl
 * device under it; unloading removes both.
 *
 * Protocol: the request starts with a __u32 in CPU byte order, the reply
 * length in bytes (at most FWCTL_ECHO_MAX_REPLY).  Byte i of the reply is
 * 0x40 + i % 61: never zero, never above 0x7f, and with a prime period, so
 * a copy shifted by fewer than 61 bytes cannot go unnoticed.  The
 * reply is built in the request buffer when it fits there (the core allows
 * that), else in a new one.  The driver has no info op and reports
 * FWCTL_DEVICE_TYPE_ERROR: its replies mean nothing to tools that decode a
 * real device type.
 */
#include <linux/fwctl.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>
#include <linux/slab.h>

#include "fwctl_compat.h"

/* The core's own limit for a response. */
#define FWCTL_ECHO_MAX_REPLY SZ_2M

/**
 * struct fwctl_echo - the echo device
 * @fwctl: the fwctl device (must be first)
 * @pdev: the platform device it hangs off
 */
struct fwctl_echo {
	struct fwctl_device fwctl;
	struct platform_device *pdev;
};

/* The single instance, created at module load. */
static struct fwctl_echo *the_echo;

static u8 fwctl_echo_pattern(size_t i)
{
	return 0x40 + i % 61;
}

static int fwctl_echo_open_uctx(struct fwctl_uctx *uctx)
{
	return 0;
}

static void fwctl_echo_close_uctx(struct fwctl_uctx *uctx)
{
}

static void *fwctl_echo_rpc(struct fwctl_uctx *uctx, enum fwctl_rpc_scope scope,
			    void *rpc_in, size_t in_len, size_t *out_len)
{
	size_t reply_len, i;
	u8 *reply;

	if (in_len < sizeof(u32))
		return ERR_PTR(-EMSGSIZE);
	reply_len = *(u32 *)rpc_in;
	if (reply_len > FWCTL_ECHO_MAX_REPLY)
		return ERR_PTR(-EMSGSIZE);

	if (reply_len <= in_len) {
		reply = rpc_in;
	} else {
		reply = kvmalloc(reply_len, GFP_KERNEL_ACCOUNT);
		if (!reply)
			return ERR_PTR(-ENOMEM);
	}
	for (i = 0; i < reply_len; i++)
		reply[i] = fwctl_echo_pattern(i);
	*out_len = reply_len;
	return reply;
}

static const struct fwctl_ops fwctl_echo_ops = {
	.device_type = FWCTL_DEVICE_TYPE_ERROR,
	.uctx_size = sizeof(struct fwctl_uctx),
	.open_uctx = fwctl_echo_open_uctx,
	.close_uctx = fwctl_echo_close_uctx,
	.fw_rpc = fwctl_echo_rpc,
};

static int __init fwctl_echo_init(void)
{
	struct platform_device *pdev;
	struct fwctl_echo *echo;
	int ret;

	pdev = platform_device_register_simple("fwctl_echo",
					       PLATFORM_DEVID_NONE, NULL, 0);
	if (IS_ERR(pdev))
		return PTR_ERR(pdev);

	echo = fwctl_alloc_device(&pdev->dev, &fwctl_echo_ops,
				  struct fwctl_echo, fwctl);
	if (!echo) {
		ret = -ENOMEM;
		goto err_unregister_pdev;
	}
	echo->pdev = pdev;

	ret = fwctl_register(&echo->fwctl);
	if (ret)
		goto err_put;
	the_echo = echo;
	return 0;

err_put:
	fwctl_put(&echo->fwctl);
err_unregister_pdev:
	platform_device_unregister(pdev);
	return ret;
}

static void __exit fwctl_echo_exit(void)
{
	struct platform_device *pdev = the_echo->pdev;

	fwctl_unregister(&the_echo->fwctl);
	fwctl_put(&the_echo->fwctl);
	platform_device_unregister(pdev);
}

module_init(fwctl_echo_init);
module_exit(fwctl_echo_exit);

FWCTL_IMPORT_NS();
MODULE_DESCRIPTION("fwctl test driver with request-sized replies");
MODULE_LICENSE("GPL");
