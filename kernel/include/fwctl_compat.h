/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Compatibility shims that let the out-of-tree fwctl modules build on kernels
 * older than the one fwctl was merged into (v6.15).  This is the only place
 * where kernel-version differences are handled.
 */
#ifndef _FWCTL_COMPAT_H
#define _FWCTL_COMPAT_H

#include <linux/module.h>
#include <linux/panic.h>
#include <linux/version.h>

/*
 * Upstream allocates taint bit 19 ('J') for fwctl.  Kernels before v6.15 do
 * not know that bit: TAINT_FLAGS_COUNT is 19 there.  add_taint() on those
 * kernels sets the bit in tainted_mask without a range check, and
 * /proc/sys/kernel/tainted reports the whole mask, so using bit 19 keeps the
 * value userspace reads (524288) identical to upstream.  The only difference
 * is cosmetic: the "Tainted:" string in oops reports lists the flags the
 * kernel knows, so it does not print 'J'.
 */
#ifndef TAINT_FWCTL
#define TAINT_FWCTL 19
#endif

/*
 * Symbol namespaces became string literals in v6.13; before that the macros
 * stringified a bare identifier.
 */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 13, 0)
#define FWCTL_EXPORT_SYMBOL(sym) EXPORT_SYMBOL_NS_GPL(sym, "FWCTL")
#define FWCTL_IMPORT_NS() MODULE_IMPORT_NS("FWCTL")
#else
#define FWCTL_EXPORT_SYMBOL(sym) EXPORT_SYMBOL_NS_GPL(sym, FWCTL)
#define FWCTL_IMPORT_NS() MODULE_IMPORT_NS(FWCTL)
#endif

/* The class devnode() callback takes a const device since v6.2. */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 2, 0)
#define FWCTL_DEVNODE_CONST const
#else
#define FWCTL_DEVNODE_CONST
#endif

#endif /* _FWCTL_COMPAT_H */
