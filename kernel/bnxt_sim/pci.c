// SPDX-License-Identifier: GPL-2.0
/*
 * The simulated NetXtreme PCI function: this module stands in for bnxt_en.
 * It drives QEMU's PCI test device (pci-testdev, 1b36:0005) under the
 * driver name bnxt_en, creates the auxiliary device "bnxt_en.fwctl" that a
 * fwctl driver binds, and implements bnxt_send_msg() (bnxt_en_ulp.h) on
 * the simulated HWRM firmware (fw.h).
 *
 * Hot-unplug is the PCI function's: unbinding it from bnxt_en, or removing
 * it, deletes the auxiliary device first, so the fwctl driver detaches
 * before the function goes.
 *
 * sysfs, on the PCI function while it is bound:
 *   ulp_stopped  0 or 1 (writable, test only): whether the function is
 *                stopped for a reset (BNXT_EN_FLAG_ULP_STOPPED)
 */
#define pr_fmt(fmt) "bnxt_sim: " fmt

#include <linux/auxiliary_bus.h>
#include <linux/kstrtox.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/pci.h>
#include <linux/slab.h>

#include "bnxt_en_ulp.h"
#include "fw.h"

#define SIM_PCI_VENDOR_REDHAT 0x1b36
#define SIM_PCI_DEVICE_TESTDEV 0x0005

/**
 * struct sim_function - one bound PCI function
 * @edev: what bnxt_en's clients see of the function
 * @aux_priv: the auxiliary device "bnxt_en.fwctl"; its release frees this
 */
struct sim_function {
	struct bnxt_en_dev edev;
	struct bnxt_aux_priv aux_priv;
};

static struct sim_function *edev_to_function(struct bnxt_en_dev *edev)
{
	return container_of(edev, struct sim_function, edev);
}

int bnxt_send_msg(struct bnxt_en_dev *edev, struct bnxt_fw_msg *fw_msg)
{
	if (fw_msg->msg_len < 0 || fw_msg->resp_max_len < 0)
		return -EINVAL;
	return bnxt_sim_fw_exec(fw_msg->msg, fw_msg->msg_len, fw_msg->resp,
				fw_msg->resp_max_len);
}
EXPORT_SYMBOL_GPL(bnxt_send_msg);

static void sim_aux_release(struct device *dev)
{
	struct bnxt_aux_priv *aux_priv =
		container_of(dev, struct bnxt_aux_priv, aux_dev.dev);
	struct sim_function *func = edev_to_function(aux_priv->edev);

	mutex_destroy(&func->edev.en_dev_lock);
	kfree(func);
}

static int sim_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct sim_function *func;
	struct auxiliary_device *adev;
	int ret;

	func = kzalloc(sizeof(*func), GFP_KERNEL);
	if (!func)
		return -ENOMEM;
	func->edev.pdev = pdev;
	mutex_init(&func->edev.en_dev_lock);
	func->aux_priv.edev = &func->edev;

	adev = &func->aux_priv.aux_dev;
	adev->name = BNXT_EN_FWCTL_DEV_NAME;
	adev->id = pci_dev_id(pdev);
	adev->dev.parent = &pdev->dev;
	adev->dev.release = sim_aux_release;
	ret = auxiliary_device_init(adev);
	if (ret) {
		mutex_destroy(&func->edev.en_dev_lock);
		kfree(func);
		return ret;
	}
	/* From here on the release callback frees the function. */
	pci_set_drvdata(pdev, func);
	ret = auxiliary_device_add(adev);
	if (ret)
		auxiliary_device_uninit(adev);
	return ret;
}

/* The fwctl driver detaches here, before the function goes. */
static void sim_remove(struct pci_dev *pdev)
{
	struct sim_function *func = pci_get_drvdata(pdev);

	auxiliary_device_delete(&func->aux_priv.aux_dev);
	auxiliary_device_uninit(&func->aux_priv.aux_dev);
}

static ssize_t ulp_stopped_show(struct device *dev,
				struct device_attribute *attr, char *buf)
{
	struct sim_function *func = dev_get_drvdata(dev);

	guard(mutex)(&func->edev.en_dev_lock);
	return sysfs_emit(buf, "%d\n",
			  !!(func->edev.flags & BNXT_EN_FLAG_ULP_STOPPED));
}

static ssize_t ulp_stopped_store(struct device *dev,
				 struct device_attribute *attr,
				 const char *buf, size_t count)
{
	struct sim_function *func = dev_get_drvdata(dev);
	bool stopped;
	int ret;

	ret = kstrtobool(buf, &stopped);
	if (ret)
		return ret;
	guard(mutex)(&func->edev.en_dev_lock);
	if (stopped)
		func->edev.flags |= BNXT_EN_FLAG_ULP_STOPPED;
	else
		func->edev.flags &= ~BNXT_EN_FLAG_ULP_STOPPED;
	return count;
}
static DEVICE_ATTR_RW(ulp_stopped);

static struct attribute *sim_attrs[] = {
	&dev_attr_ulp_stopped.attr,
	NULL,
};
ATTRIBUTE_GROUPS(sim);

static const struct pci_device_id sim_pci_ids[] = {
	{ PCI_DEVICE(SIM_PCI_VENDOR_REDHAT, SIM_PCI_DEVICE_TESTDEV) },
	{}
};
MODULE_DEVICE_TABLE(pci, sim_pci_ids);

static struct pci_driver sim_pci_driver = {
	.name = BNXT_EN_DRIVER_NAME,
	.id_table = sim_pci_ids,
	.probe = sim_probe,
	.remove = sim_remove,
	.dev_groups = sim_groups,
};
module_pci_driver(sim_pci_driver);

MODULE_DESCRIPTION("Simulated bnxt_en: a NetXtreme function on QEMU's pci-testdev");
MODULE_LICENSE("GPL");
