// SPDX-License-Identifier: GPL-2.0
/*
 * The simulated ConnectX PCI function: this module stands in for mlx5_core.
 * It drives QEMU's edu test device (PCI 1234:11e8) under the driver name
 * mlx5_core, so that sysfs reads as on hardware: the function's driver link
 * ends in mlx5_core, its PCI driver data is its struct mlx5_core_dev, a
 * netdev sits under it, and mlx5_cmd_do() runs commands on its mailbox (the
 * simulated firmware, fw.h) with the prototype and symbol version of
 * Debian's mlx5_core.  A driver built for mlx5_core therefore runs here
 * unchanged.
 *
 * sysfs, on the PCI function while it is bound:
 *   uids   the user context ids that are live in firmware (a range list)
 */
#define pr_fmt(fmt) "mlx5_sim: " fmt

#include <linux/etherdevice.h>
#include <linux/mlx5/driver.h>
#include <linux/module.h>
#include <linux/netdevice.h>
#include <linux/pci.h>
#include <linux/slab.h>

#include "fw.h"
#include "mlx5_core_cmd.h"

#define SIM_PCI_VENDOR_QEMU 0x1234
#define SIM_PCI_DEVICE_EDU 0x11e8

/**
 * struct sim_function - one bound PCI function
 * @mdev: what mlx5_core's clients see: the PCI driver data, the handle
 *	they pass to mlx5_cmd_do(); only @mdev.device and @mdev.pdev are set
 * @fw: the function's firmware
 * @netdev: the function's Ethernet port
 */
struct sim_function {
	struct mlx5_core_dev mdev;
	struct mlx5_sim *fw;
	struct net_device *netdev;
};

static struct sim_function *to_sim_function(struct mlx5_core_dev *mdev)
{
	return container_of(mdev, struct sim_function, mdev);
}

int mlx5_cmd_do(struct mlx5_core_dev *dev, void *in, int in_size, void *out,
		int out_size)
{
	if (in_size < 0 || out_size < 0)
		return -EINVAL;
	return mlx5_sim_fw_exec(to_sim_function(dev)->fw, in, in_size, out,
				out_size);
}
EXPORT_SYMBOL(mlx5_cmd_do);

/* The port has no wire: everything sent is dropped. */
static netdev_tx_t sim_netdev_xmit(struct sk_buff *skb, struct net_device *ndev)
{
	ndev->stats.tx_dropped++;
	dev_kfree_skb_any(skb);
	return NETDEV_TX_OK;
}

static const struct net_device_ops sim_netdev_ops = {
	.ndo_start_xmit = sim_netdev_xmit,
	.ndo_validate_addr = eth_validate_addr,
	.ndo_set_mac_address = eth_mac_addr,
};

static int sim_netdev_add(struct sim_function *func)
{
	struct net_device *ndev = alloc_etherdev(0);
	int ret;

	if (!ndev)
		return -ENOMEM;
	SET_NETDEV_DEV(ndev, func->mdev.device);
	ndev->netdev_ops = &sim_netdev_ops;
	eth_hw_addr_random(ndev);
	ret = register_netdev(ndev);
	if (ret) {
		free_netdev(ndev);
		return ret;
	}
	func->netdev = ndev;
	return 0;
}

static void sim_netdev_remove(struct sim_function *func)
{
	unregister_netdev(func->netdev);
	free_netdev(func->netdev);
}

static int sim_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct sim_function *func;
	int ret;

	func = kzalloc(sizeof(*func), GFP_KERNEL);
	if (!func)
		return -ENOMEM;
	func->mdev.device = &pdev->dev;
	func->mdev.pdev = pdev;
	func->fw = mlx5_sim_fw_create();
	if (!func->fw) {
		ret = -ENOMEM;
		goto err_free;
	}
	ret = sim_netdev_add(func);
	if (ret)
		goto err_fw;
	pci_set_drvdata(pdev, &func->mdev);
	return 0;

err_fw:
	mlx5_sim_fw_destroy(func->fw);
err_free:
	kfree(func);
	return ret;
}

/* Unbind: the clients' BUS_NOTIFY_UNBIND_DRIVER handlers have run. */
static void sim_remove(struct pci_dev *pdev)
{
	struct sim_function *func = to_sim_function(pci_get_drvdata(pdev));

	sim_netdev_remove(func);
	mlx5_sim_fw_destroy(func->fw);
	kfree(func);
}

static ssize_t uids_show(struct device *dev, struct device_attribute *attr,
			 char *buf)
{
	struct sim_function *func = to_sim_function(dev_get_drvdata(dev));

	return mlx5_sim_fw_uids_show(func->fw, buf);
}
static DEVICE_ATTR_RO(uids);

static struct attribute *sim_attrs[] = {
	&dev_attr_uids.attr,
	NULL,
};
ATTRIBUTE_GROUPS(sim);

static const struct pci_device_id sim_pci_ids[] = {
	{ PCI_DEVICE(SIM_PCI_VENDOR_QEMU, SIM_PCI_DEVICE_EDU) },
	{}
};
MODULE_DEVICE_TABLE(pci, sim_pci_ids);

static struct pci_driver sim_pci_driver = {
	.name = MLX5_CORE_DRIVER_NAME,
	.id_table = sim_pci_ids,
	.probe = sim_probe,
	.remove = sim_remove,
	.dev_groups = sim_groups,
};
module_pci_driver(sim_pci_driver);

MODULE_DESCRIPTION("Simulated mlx5_core: a ConnectX function on QEMU's edu device");
MODULE_LICENSE("GPL");
