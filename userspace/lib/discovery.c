// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Device discovery: read the fwctl sysfs class, resolve what the user calls
 * a device, and open its character device by the number sysfs reports.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "internal.h"

#define DEFAULT_SYSFS_CLASS "/sys/class/fwctl"
#define DEFAULT_DEV_DIR	    "/dev"

static const char *sysfs_class_dir(const struct fwctl_paths *paths)
{
	return paths && paths->sysfs_class ? paths->sysfs_class
					   : DEFAULT_SYSFS_CLASS;
}

static const char *dev_dir(const struct fwctl_paths *paths)
{
	return paths && paths->dev_dir ? paths->dev_dir : DEFAULT_DEV_DIR;
}

/*
 * snprintf() into a fixed buffer; returns -1 with errno ENAMETOOLONG when
 * the result does not fit.
 */
static int __attribute__((format(printf, 3, 4)))
format_name(char *out, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(out, size, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= size) {
		errno = ENAMETOOLONG;
		return -1;
	}
	return 0;
}

/* "DDDD:BB:DD.F" with a domain of four to eight hex digits. */
static int is_pci_address(const char *s)
{
	size_t domain = strspn(s, "0123456789abcdefABCDEF");

	if (domain < 4 || domain > 8 || s[domain] != ':')
		return 0;
	s += domain + 1;
	return isxdigit((unsigned char)s[0]) && isxdigit((unsigned char)s[1]) &&
	       s[2] == ':' && isxdigit((unsigned char)s[3]) &&
	       isxdigit((unsigned char)s[4]) && s[5] == '.' && s[6] >= '0' &&
	       s[6] <= '7' && s[7] == '\0';
}

/*
 * Basename of the target of symlink @dir/@name, or "" when there is no such
 * link.  Returns -1 with @err naming the link on failure.
 */
static int link_basename(const char *dir, const char *name, char *out,
			 size_t size, struct fwctl_error *err)
{
	char path[PATH_MAX], target[PATH_MAX];
	ssize_t n;
	const char *base;

	out[0] = '\0';
	if (format_name(path, sizeof(path), "%s/%s", dir, name))
		return fwctl_fail_errno(err, "readlink", errno, dir);
	n = readlink(path, target, sizeof(target));
	if (n < 0)
		return errno == ENOENT
			       ? 0
			       : fwctl_fail_errno(err, "readlink", errno, path);
	if ((size_t)n < sizeof(target)) {
		target[n] = '\0';
		base = strrchr(target, '/');
		if (!format_name(out, size, "%s", base ? base + 1 : target))
			return 0;
	}
	return fwctl_fail_errno(err, "readlink", ENAMETOOLONG, path);
}

static void free_names(char **names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/*
 * Names of the entries of directory @dir/@sub, sorted; a missing directory
 * gives none.
 */
static int read_children(const char *dir, const char *sub, char ***names,
			 size_t *n, struct fwctl_error *err)
{
	char path[PATH_MAX];
	struct dirent **entries;
	int count, i, ok = 1;

	*names = NULL;
	*n = 0;
	if (format_name(path, sizeof(path), "%s/%s", dir, sub))
		return fwctl_fail_errno(err, "scandir", errno, dir);
	count = scandir(path, &entries, NULL, alphasort);
	if (count < 0)
		return errno == ENOENT || errno == ENOTDIR
			       ? 0
			       : fwctl_fail_errno(err, "scandir", errno, path);
	*names = calloc(count ? count : 1, sizeof(**names));
	for (i = 0; i < count; i++) {
		if (*names && entries[i]->d_name[0] != '.') {
			(*names)[*n] = strdup(entries[i]->d_name);
			ok = ok && (*names)[*n];
			++*n;
		}
		free(entries[i]);
	}
	free(entries);
	if (!*names || !ok) {
		free_names(*names, *n);
		*names = NULL;
		*n = 0;
		return fwctl_fail_errno(err, "malloc", ENOMEM, path);
	}
	return 0;
}

/* A decimal number that fits @v, without sign or leading space. */
static int parse_uint(const char *s, char **end, unsigned int *v)
{
	unsigned long n;

	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	n = strtoul(s, end, 10);
	if (errno || n > UINT_MAX)
		return -1;
	*v = n;
	return 0;
}

/* "MAJOR:MINOR" with an optional newline and nothing else; 0 if it is. */
static int parse_dev_numbers(const char *text, struct fwctl_device_desc *d)
{
	char *end;

	return parse_uint(text, &end, &d->major) || *end != ':' ||
	       parse_uint(end + 1, &end, &d->minor) ||
	       (*end && strcmp(end, "\n"));
}

static int read_dev_numbers(const char *entry_dir, struct fwctl_device_desc *d,
			    struct fwctl_error *err)
{
	char path[PATH_MAX], text[32];
	int read_errno;
	size_t len;
	FILE *f;

	if (format_name(path, sizeof(path), "%s/dev", entry_dir))
		return fwctl_fail_errno(err, "open", errno, entry_dir);
	f = fopen(path, "re");
	if (!f)
		return fwctl_fail_errno(err, "open", errno, path);
	len = fread(text, 1, sizeof(text), f);
	read_errno = ferror(f) ? errno : 0;
	fclose(f);
	if (read_errno)
		return fwctl_fail_errno(err, "read", read_errno, path);
	if (len < sizeof(text)) {
		text[len] = '\0';
		if (!parse_dev_numbers(text, d))
			return 0;
	}
	return fwctl_fail(
		err, FWCTL_ERR_SYSTEM, "%s: not in MAJOR:MINOR form", path);
}

/*
 * Fill parent, PCI address, driver, netdevs and RDMA devices from the
 * entry's "device" link.  Network and RDMA devices hang off the PCI
 * function, which is the parent itself for mlx5.
 */
static int read_parent(const char *entry_dir, struct fwctl_device_desc *d,
		       struct fwctl_error *err)
{
	char link[PATH_MAX], parent_dir[PATH_MAX], pci_dir[PATH_MAX];
	char *slash;
	const char *base;

	if (format_name(link, sizeof(link), "%s/device", entry_dir))
		return fwctl_fail_errno(err, "realpath", errno, entry_dir);
	if (!realpath(link, parent_dir))
		return errno == ENOENT
			       ? 0
			       : fwctl_fail_errno(err, "realpath", errno, link);
	base = strrchr(parent_dir, '/');
	if (format_name(d->parent, sizeof(d->parent), "%s", base + 1))
		return fwctl_fail_errno(err, "realpath", errno, link);
	if (link_basename(
		    parent_dir, "driver", d->driver, sizeof(d->driver), err))
		return -1;

	strcpy(pci_dir, parent_dir);
	while ((slash = strrchr(pci_dir, '/')) && !is_pci_address(slash + 1))
		*slash = '\0';
	if (slash)
		strcpy(d->pci_address, slash + 1); /* at most 16 bytes */
	else
		strcpy(pci_dir, parent_dir);

	if (read_children(pci_dir, "net", &d->netdevs, &d->n_netdevs, err) ||
	    read_children(
		    pci_dir, "infiniband", &d->rdma_devs, &d->n_rdma_devs, err))
		return -1;
	return 0;
}

/* Order fwctl2 before fwctl10. */
static int compare_devices(const void *a, const void *b)
{
	const struct fwctl_device_desc *x = a, *y = b;
	size_t lx = strlen(x->name), ly = strlen(y->name);

	if (lx != ly)
		return lx < ly ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* Every name read from a directory fits in a device's name. */
_Static_assert(sizeof(((struct dirent *)0)->d_name) <=
		       sizeof(((struct fwctl_device_desc *)0)->name),
	       "fwctl_device_desc.name holds a file name");

/*
 * Fill @d from its class entry under @class_dir; what makes the entry
 * unreadable goes to @d->error.  The parent is read first, so that DEV can
 * still name a device whose dev file is broken.
 */
static void read_entry(const char *class_dir, struct fwctl_device_desc *d)
{
	char entry_dir[PATH_MAX];

	if (format_name(
		    entry_dir, sizeof(entry_dir), "%s/%s", class_dir, d->name))
		fwctl_fail_errno(&d->error, "open", errno, class_dir);
	else if (!read_parent(entry_dir, d, &d->error))
		read_dev_numbers(entry_dir, d, &d->error);
}

int fwctl_list_devices(const struct fwctl_paths *paths,
		       struct fwctl_device_list *list, struct fwctl_error *err)
{
	const char *class_dir = sysfs_class_dir(paths);
	char **names;
	size_t n, i;

	list->devices = NULL;
	list->n_devices = 0;
	if (read_children(class_dir, ".", &names, &n, err))
		return -1;
	list->devices = calloc(n ? n : 1, sizeof(*list->devices));
	if (!list->devices) {
		free_names(names, n);
		return fwctl_fail_errno(err, "calloc", ENOMEM, class_dir);
	}
	list->n_devices = n;
	for (i = 0; i < n; i++) {
		strcpy(list->devices[i].name, names[i]);
		read_entry(class_dir, &list->devices[i]);
	}
	free_names(names, n);
	qsort(list->devices,
	      list->n_devices,
	      sizeof(*list->devices),
	      compare_devices);
	return 0;
}

void fwctl_device_list_free(struct fwctl_device_list *list)
{
	size_t i;

	for (i = 0; i < list->n_devices; i++) {
		free_names(list->devices[i].netdevs,
			   list->devices[i].n_netdevs);
		free_names(list->devices[i].rdma_devs,
			   list->devices[i].n_rdma_devs);
	}
	free(list->devices);
	list->devices = NULL;
	list->n_devices = 0;
}

static int in_names(char *const *names, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(names[i], name))
			return 1;
	return 0;
}

static int matches_pci_address(const struct fwctl_device_desc *d,
			       const char *dev)
{
	const char *colon;

	if (!d->pci_address[0])
		return 0;
	if (!strcasecmp(d->pci_address, dev))
		return 1;
	/* "BB:DD.F" names the function in any domain */
	colon = strchr(d->pci_address, ':');
	return strlen(dev) == 7 && !strcasecmp(colon + 1, dev);
}

/*
 * A path names the device whose number the node has; a path that does not
 * exist (or is no character device) names the class entry of its basename.
 */
static int matches_node_path(const struct fwctl_device_desc *d, const char *dev)
{
	struct stat st;

	if (!stat(dev, &st) && S_ISCHR(st.st_mode))
		return st.st_rdev == makedev(d->major, d->minor);
	return !strcmp(strrchr(dev, '/') + 1, d->name);
}

static int device_matches(const struct fwctl_device_desc *d, const char *dev)
{
	if (strchr(dev, '/'))
		return matches_node_path(d, dev);
	return !strcmp(d->name, dev) || matches_pci_address(d, dev) ||
	       in_names(d->netdevs, d->n_netdevs, dev) ||
	       in_names(d->rdma_devs, d->n_rdma_devs, dev);
}

int fwctl_resolve_device(const struct fwctl_device_list *list, const char *dev,
			 const struct fwctl_device_desc **found,
			 struct fwctl_error *err)
{
	char names[256] = "";
	size_t i, n_found = 0, used = 0;

	*found = NULL;
	for (i = 0; i < list->n_devices; i++) {
		if (!device_matches(&list->devices[i], dev))
			continue;
		*found = &list->devices[i];
		n_found++;
		if (used < sizeof(names))
			used += snprintf(names + used,
					 sizeof(names) - used,
					 "%s%s",
					 n_found > 1 ? ", " : "",
					 list->devices[i].name);
	}
	if (n_found == 1)
		return 0;
	*found = NULL;
	if (!n_found)
		return fwctl_fail(err,
				  FWCTL_ERR_NOT_FOUND,
				  "%s: no fwctl device has this name, PCI "
				  "address, network or RDMA device",
				  dev);
	return fwctl_fail(err,
			  FWCTL_ERR_AMBIGUOUS,
			  "%s: ambiguous, it names %zu fwctl devices: %s",
			  dev,
			  n_found,
			  names);
}

/* Open @path if it is the character device @rdev; -1 with errno if not. */
static int open_if_device(const char *path, dev_t rdev)
{
	struct stat st;
	int fd = open(path, O_RDWR | O_CLOEXEC);

	if (fd < 0)
		return -1;
	if (fstat(fd, &st) || !S_ISCHR(st.st_mode) || st.st_rdev != rdev) {
		close(fd);
		errno = ENODEV;
		return -1;
	}
	return fd;
}

/* The node under @dir whose device number is @rdev, opened; -1 if none. */
static int open_by_scan(const char *dir, dev_t rdev)
{
	char path[PATH_MAX];
	struct dirent *e;
	struct stat st;
	DIR *d = opendir(dir);
	int fd = -1, open_errno = ENOENT;

	if (!d)
		return -1;
	while ((e = readdir(d))) {
		if (format_name(path, sizeof(path), "%s/%s", dir, e->d_name) ||
		    stat(path, &st) || !S_ISCHR(st.st_mode) ||
		    st.st_rdev != rdev)
			continue;
		fd = open_if_device(path, rdev);
		open_errno = errno;
		break;
	}
	closedir(d);
	errno = open_errno;
	return fd;
}

int fwctl_open_device(const struct fwctl_paths *paths,
		      const struct fwctl_device_desc *desc,
		      struct fwctl_error *err)
{
	char path[PATH_MAX], scan_dir[PATH_MAX];
	dev_t rdev = makedev(desc->major, desc->minor);
	int fd;

	if (desc->error.kind != FWCTL_ERR_NONE) {
		*err = desc->error;
		return -1;
	}
	if (format_name(path,
			sizeof(path),
			"%s/char/%u:%u",
			dev_dir(paths),
			desc->major,
			desc->minor) ||
	    format_name(scan_dir, sizeof(scan_dir), "%s/fwctl", dev_dir(paths)))
		return fwctl_fail_errno(err, "open", errno, desc->name);
	fd = open_if_device(path, rdev);
	if (fd >= 0 || errno != ENOENT)
		return fd >= 0 ? fd
			       : fwctl_fail_errno(err, "open", errno, path);

	fd = open_by_scan(scan_dir, rdev);
	if (fd >= 0)
		return fd;
	if (errno != ENOENT)
		return fwctl_fail_errno(err, "open", errno, desc->name);
	fwctl_fail(err,
		   FWCTL_ERR_SYSTEM,
		   "%s: no device node %u:%u in %s/char or %s",
		   desc->name,
		   desc->major,
		   desc->minor,
		   dev_dir(paths),
		   scan_dir);
	err->op = "open";
	err->errnum = ENOENT;
	return -1;
}
