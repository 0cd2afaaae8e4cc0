/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libfwctl: find fwctl devices through sysfs, open them, and run FWCTL_INFO
 * and FWCTL_RPC.  Every call that can fail takes a struct fwctl_error that
 * says what went wrong; the library keeps no global state.
 */
#ifndef _FWCTL_LIBFWCTL_H
#define _FWCTL_LIBFWCTL_H

#include <stddef.h>
#include <stdint.h>

#include <fwctl/reflect.h>

#ifdef __cplusplus
extern "C" {
#endif

/** enum fwctl_error_kind - the class of a failure */
enum fwctl_error_kind {
	FWCTL_ERR_NONE = 0,
	FWCTL_ERR_SYSTEM, /* a system call or fwctl ioctl failed: errnum, op */
	FWCTL_ERR_FW_STATUS, /* the device ran the RPC and reported a failure */
	FWCTL_ERR_TRUNCATED, /* the reply is longer than the buffer given */
	FWCTL_ERR_NOT_FOUND, /* DEV names no fwctl device */
	FWCTL_ERR_AMBIGUOUS, /* DEV names more than one fwctl device */
	FWCTL_ERR_DEVICE_TYPE, /* FWCTL_INFO reported an unexpected type */
	FWCTL_ERR_INPUT, /* a name, path, value or buffer given is invalid */
};

/**
 * struct fwctl_error - what went wrong, kept apart by kind
 * @kind: the class of the failure; the other members that apply to it are set
 * @errnum: FWCTL_ERR_SYSTEM: the errno
 * @op: FWCTL_ERR_SYSTEM: the call that failed ("FWCTL_RPC", "open", ...)
 * @fw_status: FWCTL_ERR_FW_STATUS: the status value of the response header
 * @fw_status_name: its name from the family's status enum, or NULL
 * @fw_syndrome: FWCTL_ERR_FW_STATUS: the syndrome of the response header
 * @reply_len: FWCTL_ERR_TRUNCATED: length the kernel reported
 * @buffer_len: FWCTL_ERR_TRUNCATED: length of the buffer given
 * @message: one line for humans that covers all of the above
 */
struct fwctl_error {
	enum fwctl_error_kind kind;
	int errnum;
	const char *op;
	uint64_t fw_status;
	const char *fw_status_name;
	uint64_t fw_syndrome;
	uint64_t reply_len;
	uint64_t buffer_len;
	char message[512];
};

/**
 * fwctl_errno_meaning() - what an errno returned by an fwctl ioctl means
 * @errnum: the errno
 *
 * Return: a short explanation specific to fwctl, or NULL when fwctl gives
 * @errnum no meaning beyond strerror().
 */
const char *fwctl_errno_meaning(int errnum);

/**
 * struct fwctl_paths - where the library looks; NULL members take defaults
 * @sysfs_class: the fwctl class directory, default "/sys/class/fwctl"
 * @dev_dir: the device directory, default "/dev"
 */
struct fwctl_paths {
	const char *sysfs_class;
	const char *dev_dir;
};

/**
 * struct fwctl_device_desc - one fwctl device as sysfs describes it
 * @name: class entry name, "fwctlN"
 * @major: major number read from the entry's dev file
 * @minor: minor number read from the entry's dev file
 * @parent: name of the parent device ("0000:08:00.0", "mem0", ...)
 * @pci_address: nearest PCI function at or above the parent, or ""
 * @driver: driver bound to the parent device, or ""
 * @netdevs: network interfaces of the PCI function (or of the parent)
 * @n_netdevs: number of @netdevs
 * @rdma_devs: RDMA devices of the PCI function (or of the parent)
 * @n_rdma_devs: number of @rdma_devs
 * @error: kind FWCTL_ERR_NONE when the entry was read completely, else
 *	what is wrong with it (a dev file not in MAJOR:MINOR form, a link that
 *	cannot be read, ...); the members after @name may then be incomplete,
 *	and fwctl_open_device() fails with this error
 *
 * @name, @parent and @driver hold any sysfs file name (up to NAME_MAX, 255
 * bytes).
 */
struct fwctl_device_desc {
	char name[256];
	unsigned int major;
	unsigned int minor;
	char parent[256];
	char pci_address[64];
	char driver[256];
	char **netdevs;
	size_t n_netdevs;
	char **rdma_devs;
	size_t n_rdma_devs;
	struct fwctl_error error;
};

/** struct fwctl_device_list - the devices found, sorted by fwctl number */
struct fwctl_device_list {
	struct fwctl_device_desc *devices;
	size_t n_devices;
};

/**
 * fwctl_list_devices() - read every entry of the fwctl sysfs class
 * @paths: where to look (NULL for the defaults)
 * @list: filled on success; release it with fwctl_device_list_free()
 * @err: filled on failure
 *
 * A missing class directory is not an error: it gives an empty list.  An
 * entry that cannot be read is no error either: it is in @list with its
 * @error set, and the other entries are read as usual.
 *
 * Return: 0 on success, -1 when the class directory cannot be read.
 */
int fwctl_list_devices(const struct fwctl_paths *paths,
		       struct fwctl_device_list *list, struct fwctl_error *err);

/**
 * fwctl_device_list_free() - release what fwctl_list_devices() filled
 * @list: the list
 */
void fwctl_device_list_free(struct fwctl_device_list *list);

/**
 * fwctl_resolve_device() - find the one device that DEV names
 * @list: the devices
 * @dev: "fwctlN", a device node path, a PCI address (full or without the
 *	domain), a network interface or an RDMA device name
 * @found: set to the matching device on success
 * @err: FWCTL_ERR_NOT_FOUND or FWCTL_ERR_AMBIGUOUS on failure
 *
 * Return: 0 on success, -1 on failure.
 */
int fwctl_resolve_device(const struct fwctl_device_list *list, const char *dev,
			 const struct fwctl_device_desc **found,
			 struct fwctl_error *err);

/**
 * fwctl_open_device() - open the character device of @desc
 * @paths: where to look (NULL for the defaults)
 * @desc: the device; its major:minor selects the node
 * @err: filled on failure
 *
 * Opens <dev_dir>/char/MAJ:MIN, or else the node under <dev_dir>/fwctl whose
 * device number is MAJ:MIN, and checks the device number of what it opened.
 * A device whose sysfs entry could not be read fails with its @desc->error.
 *
 * Return: a file descriptor, or -1 on failure.
 */
int fwctl_open_device(const struct fwctl_paths *paths,
		      const struct fwctl_device_desc *desc,
		      struct fwctl_error *err);

/**
 * fwctl_info() - run FWCTL_INFO with a caller's buffer
 * @fd: an open fwctl device
 * @data: buffer for the device data (the kernel fills all of it)
 * @len: length of @data; 0 makes the kernel report no data at all
 * @device_type: set to the device type
 * @data_len: set to the driver's device data length, which is larger than
 *	@len when the data was truncated
 * @err: filled on failure
 *
 * Return: 0 on success, -1 on failure.
 */
int fwctl_info(int fd, void *data, uint32_t len, uint32_t *device_type,
	       uint32_t *data_len, struct fwctl_error *err);

/**
 * struct fwctl_device_info - device type and complete device data
 * @device_type: an enum fwctl_device_type value
 * @data: the device data (malloc'd; release with fwctl_device_info_free())
 * @data_len: its length
 */
struct fwctl_device_info {
	uint32_t device_type;
	void *data;
	uint32_t data_len;
};

/**
 * fwctl_query_info() - run FWCTL_INFO, growing the buffer until data fits
 * @fd: an open fwctl device
 * @expected_type: the device type the caller needs, or
 *	FWCTL_DEVICE_TYPE_ERROR (0) to accept any type
 * @info: filled on success
 * @err: FWCTL_ERR_DEVICE_TYPE when the type differs from @expected_type
 *
 * Return: 0 on success, -1 on failure.
 */
int fwctl_query_info(int fd, uint32_t expected_type,
		     struct fwctl_device_info *info, struct fwctl_error *err);

/**
 * fwctl_device_info_free() - release what fwctl_query_info() filled
 * @info: the device type and data
 */
void fwctl_device_info_free(struct fwctl_device_info *info);

/**
 * fwctl_device_type_name() - name of an enum fwctl_device_type value
 * @device_type: the value
 *
 * Return: the family's name, or NULL for a value the library does not know.
 */
const char *fwctl_device_type_name(uint32_t device_type);

/**
 * fwctl_rpc() - run FWCTL_RPC
 * @fd: an open fwctl device
 * @scope: an enum fwctl_rpc_scope value
 * @in: the request
 * @in_len: its length
 * @out: the response buffer
 * @out_size: its length
 * @out_len: set to the response length the kernel reported
 * @err: FWCTL_ERR_SYSTEM when the ioctl failed, FWCTL_ERR_TRUNCATED when the
 *	response is longer than @out_size (then @out holds its first
 *	@out_size bytes)
 *
 * Return: 0 on success, -1 on failure.
 */
int fwctl_rpc(int fd, uint32_t scope, const void *in, uint32_t in_len,
	      void *out, uint32_t out_size, uint32_t *out_len,
	      struct fwctl_error *err);

/**
 * struct fwctl_fw_status - status fields of a response header
 * @status: the status value; 0 means success
 * @syndrome: the syndrome value (detail of a failure)
 * @name: the name of @status in the family's status enum, or NULL
 */
struct fwctl_fw_status {
	uint64_t status;
	uint64_t syndrome;
	const char *name;
};

/**
 * fwctl_read_fw_status() - read status and syndrome of a response
 * @family: the device family; its response header layout, status field,
 *	syndrome field and status enum describe the response (a family
 *	without a status or syndrome field reads 0 for it)
 * @out: the response
 * @out_len: its length
 * @st: filled on success
 * @err: FWCTL_ERR_INPUT when the response is shorter than its header
 *
 * Return: 0 on success, -1 on failure.
 */
int fwctl_read_fw_status(const struct fwctl_family *family, const void *out,
			 size_t out_len, struct fwctl_fw_status *st,
			 struct fwctl_error *err);

/**
 * fwctl_check_fw_status() - check that a response reports success
 * @family: the device family
 * @out: the response
 * @out_len: its length
 * @err: FWCTL_ERR_FW_STATUS when the status is not 0, FWCTL_ERR_INPUT when
 *	the response is shorter than its header
 *
 * Return: 0 when the device reported success, -1 otherwise.
 */
int fwctl_check_fw_status(const struct fwctl_family *family, const void *out,
			  size_t out_len, struct fwctl_error *err);

/**
 * fwctl_scope_by_name() - parse a scope name ("debug_read_only")
 * @name: the name; upper case and an "FWCTL_RPC_" prefix are accepted
 *
 * Return: the scope value, or -1 when @name is no scope.
 */
int fwctl_scope_by_name(const char *name);

/**
 * fwctl_scope_taints() - whether an RPC in @scope taints the kernel
 * @scope: an enum fwctl_rpc_scope value
 *
 * Return: 1 when it taints, 0 when it does not or @scope is no scope.
 */
int fwctl_scope_taints(uint32_t scope);

/**
 * fwctl_find_command() - look up a command of @family by name
 * @family: the family
 * @name: the name without the family's command prefix ("QUERY_HCA_CAP");
 *	lower case and the full prefixed name are accepted
 *
 * Return: the command, or NULL.
 */
const struct fwctl_command *
fwctl_find_command(const struct fwctl_family *family, const char *name);

/**
 * fwctl_scope_name() - the name of a scope, as tools print and parse it
 * @scope: an enum fwctl_rpc_scope value, or FWCTL_SCOPE_DENIED
 *
 * Return: "configuration", "debug_read_only", ...; "denied" for
 * FWCTL_SCOPE_DENIED; NULL for a value that is no scope (so a loop from 0
 * until NULL visits every scope).
 */
const char *fwctl_scope_name(int scope);

/**
 * fwctl_rpc_max_bytes() - the longest request or response FWCTL_RPC accepts
 *
 * Return: the limit in bytes.
 */
uint32_t fwctl_rpc_max_bytes(void);

/**
 * fwctl_family_by_name() - a device family the library describes
 * @name: the family's name ("mlx5")
 *
 * Return: its reflection tables, or NULL when the library does not know it.
 */
const struct fwctl_family *fwctl_family_by_name(const char *name);

/**
 * fwctl_family_by_device_type() - the family of a device type
 * @device_type: an enum fwctl_device_type value, as fwctl_query_info()
 *	reports it
 *
 * Return: its reflection tables, or NULL when the library does not know it.
 */
const struct fwctl_family *fwctl_family_by_device_type(uint32_t device_type);

/**
 * fwctl_family_at() - every family the library describes, one by one
 * @index: 0, 1, ...
 *
 * Return: the family, or NULL when @index is past the last one.
 */
const struct fwctl_family *fwctl_family_at(uint32_t index);

/**
 * fwctl_command_min_scope() - the lowest scope that allows a request
 * @cmd: the command
 * @op_mod: the request's op_mod
 *
 * Return: a scope value, or FWCTL_SCOPE_DENIED when no scope allows it.
 */
int fwctl_command_min_scope(const struct fwctl_command *cmd, uint32_t op_mod);

/**
 * fwctl_firmware_scope_eval() - what a firmware scope map says of a value
 * @map: the map
 * @value: an integer value (integer maps)
 * @bytes: the value of a byte-string map (map->bits / 8 bytes), else unused
 *
 * Return: the lowest scope that allows the value, or a negative errno
 * when the map denies it.
 */
int fwctl_firmware_scope_eval(const struct fwctl_firmware_scope *map,
			      uint64_t value, const uint8_t *bytes);

/**
 * struct fwctl_request - one command's request, encoded
 * @cmd: the command
 * @in: the request (malloc'd; release with fwctl_request_free())
 * @in_len: its length in bytes
 * @op_mod: the request's op_mod (0 in a family without one)
 * @scope: the lowest scope that allows the request, or FWCTL_SCOPE_DENIED;
 *	a caller may choose another before sending it
 */
struct fwctl_request {
	const struct fwctl_command *cmd;
	uint8_t *in;
	size_t in_len;
	uint32_t op_mod;
	int scope;
};

/**
 * fwctl_request_build() - encode the request of a command named by name
 * @family: the family
 * @command: the command's name, as fwctl_find_command() takes it
 * @assignments: "path=value" strings, as fwctl_assign() takes them, applied
 *	in order; NULL when @n is 0
 * @n: number of @assignments
 * @req: filled on success; release it with fwctl_request_free()
 * @err: FWCTL_ERR_INPUT for an unknown command or a bad assignment
 *
 * The request is the command's input layout (the family's request header
 * when the spec leaves the payload opaque), all zero, with the opcode set,
 * then @assignments; an element of the flexible array at its end grows it
 * (up to fwctl_rpc_max_bytes()).  @req->scope is then the minimal scope
 * the catalogue allows for the request's op_mod.
 *
 * Return: 0 on success, -1 on failure (@req then holds nothing to free).
 */
int fwctl_request_build(const struct fwctl_family *family, const char *command,
			const char *const *assignments, size_t n,
			struct fwctl_request *req, struct fwctl_error *err);

/**
 * fwctl_request_layout() - the layout a command's request is encoded in
 * @family: the family
 * @cmd: one of @family's commands, or one the caller describes
 *
 * Return: @cmd's input layout, or the family's request header when the
 * spec leaves the command's payload opaque.
 */
const struct fwctl_layout *
fwctl_request_layout(const struct fwctl_family *family,
		     const struct fwctl_command *cmd);

/**
 * fwctl_request_build_command() - encode the request of a command
 * @family: the family
 * @cmd: one of @family's commands, or one the caller describes (an
 *	operation the firmware lists, known by its opcode only); it must
 *	outlive @req
 * @assignments: as for fwctl_request_build()
 * @n: number of @assignments
 * @req: filled on success; release it with fwctl_request_free()
 * @err: FWCTL_ERR_INPUT for a bad assignment
 *
 * fwctl_request_build() for a command already looked up, or described by
 * the caller.
 *
 * Return: 0 on success, -1 on failure (@req then holds nothing to free).
 */
int fwctl_request_build_command(const struct fwctl_family *family,
				const struct fwctl_command *cmd,
				const char *const *assignments, size_t n,
				struct fwctl_request *req,
				struct fwctl_error *err);

/**
 * fwctl_request_set() - apply one more "path=value" to a request
 * @family: the family of @req
 * @req: a request from fwctl_request_build()
 * @assignment: as for fwctl_request_build()
 * @err: FWCTL_ERR_INPUT for a bad assignment
 *
 * @req->op_mod and @req->scope follow the new contents.
 *
 * Return: 0 on success, -1 on failure (@req stays valid then).
 */
int fwctl_request_set(const struct fwctl_family *family,
		      struct fwctl_request *req, const char *assignment,
		      struct fwctl_error *err);

/**
 * fwctl_request_rescope() - read op_mod and the minimal scope again
 * @family: the family of @req
 * @req: a request whose buffer the caller changed directly
 */
void fwctl_request_rescope(const struct fwctl_family *family,
			   struct fwctl_request *req);

/**
 * fwctl_request_free() - release the buffer of @req
 * @req: a request from fwctl_request_build()
 */
void fwctl_request_free(struct fwctl_request *req);

#ifdef __cplusplus
}
#endif

#endif /* _FWCTL_LIBFWCTL_H */
