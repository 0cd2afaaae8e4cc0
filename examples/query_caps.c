// SPDX-License-Identifier: MIT
/*
 * A downstream program built against an installed libfwctl (pkg-config
 * fwctl) and nothing else:
 *   cc query_caps.c $(pkg-config --cflags --libs fwctl)
 *
 * It encodes the QUERY_HCA_CAP request of the current general capabilities
 * with the typed accessors, checks it against the same request built by
 * name, decodes a reply, lists the fwctl devices and, given a DEV argument,
 * sends the request to it.  With no such device it says so and exits 3.
 * FWCTL_SYSFS_CLASS and FWCTL_DEV_DIR override where devices are looked up.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/types.h>
#include <fwctl/fwctl.h>
#include <fwctl/codec.h>
#include <fwctl/libfwctl.h>
#include <fwctl/mlx5_defs.h>
#include <fwctl/mlx5_layouts.h>
#include <fwctl/mlx5_reflect.h>

static void print_hex(const char *what, const void *buf, size_t len)
{
	const unsigned char *b = buf;
	size_t i;

	printf("%s:", what);
	for (i = 0; i < len; i++)
		printf("%s%02x", i % 4 ? "" : " ", b[i]);
	printf("\n");
}

/* The request with the typed accessors; it must equal the one built by name. */
static int encode(const struct fwctl_family *mlx5, unsigned char *in)
{
	const char *assign[] = {"op_mod=1"};
	struct fwctl_request req;
	struct fwctl_error err;
	int same;

	memset(in, 0, MLX5_QUERY_HCA_CAP_IN_BYTES);
	mlx5_query_hca_cap_in_set_opcode(in, MLX5_CMD_OP_QUERY_HCA_CAP);
	mlx5_query_hca_cap_in_set_op_mod(
		in, MLX5_CAP_GENERAL << 1 | HCA_CAP_OPMOD_GET_CUR);
	print_hex("request", in, MLX5_QUERY_HCA_CAP_IN_BYTES);
	if (fwctl_request_build(mlx5, "QUERY_HCA_CAP", assign, 1, &req, &err)) {
		fprintf(stderr, "QUERY_HCA_CAP: %s\n", err.message);
		return -1;
	}
	same = req.in_len == MLX5_QUERY_HCA_CAP_IN_BYTES &&
	       !memcmp(req.in, in, req.in_len);
	printf("built by name: %s, minimal scope %s\n",
	       same ? "same bytes" : "DIFFERENT",
	       fwctl_scope_name(req.scope));
	fwctl_request_free(&req);
	return same ? 0 : -1;
}

/* A reply as the device would send it, decoded generically and by type. */
static int decode(const struct fwctl_family *mlx5, const unsigned char *in)
{
	static unsigned char out[MLX5_QUERY_HCA_CAP_OUT_BYTES];
	struct fwctl_decode_opts opts = {0, in, MLX5_QUERY_HCA_CAP_IN_BYTES};
	void *cap = mlx5_hca_cap_union_cmd_hca_cap(
		mlx5_query_hca_cap_out_capability(out));
	const struct fwctl_layout *layout;
	struct json_object *obj, *page;
	struct fwctl_error err;

	mlx5_cmd_hca_cap_set_log_max_qp(cap, 17);
	layout = fwctl_layout_by_name(mlx5, "query_hca_cap_out");
	obj = layout ? fwctl_decode_json_opts(
			       mlx5, layout, out, sizeof(out), &opts, &err)
		     : NULL;
	if (!obj) {
		fprintf(stderr, "decode: %s\n", layout ? err.message : "?");
		return -1;
	}
	if (fwctl_check_fw_status(mlx5, out, sizeof(out), &err))
		printf("status: %s\n", err.message);
	else
		printf("status: OK\n");
	page = json_object_object_get(json_object_object_get(obj, "capability"),
				      "cmd_hca_cap");
	printf("log_max_qp: typed %u, decoded %d\n",
	       mlx5_cmd_hca_cap_get_log_max_qp(cap),
	       json_object_get_int(json_object_object_get(page, "log_max_qp")));
	json_object_put(obj);
	return 0;
}

/* Send the request to @dev; 3 when there is no such device. */
static int query(const struct fwctl_family *mlx5,
		 const struct fwctl_paths *paths,
		 const struct fwctl_device_list *list, const char *dev,
		 const unsigned char *in)
{
	static unsigned char out[MLX5_QUERY_HCA_CAP_OUT_BYTES];
	const struct fwctl_device_desc *desc;
	struct fwctl_device_info info;
	struct fwctl_error err;
	uint32_t out_len;
	int fd, ret = 1;

	if (fwctl_resolve_device(list, dev, &desc, &err)) {
		printf("no device: %s\n", err.message);
		return 3;
	}
	fd = fwctl_open_device(paths, desc, &err);
	if (fd < 0) {
		printf("%s: %s\n", desc->name, err.message);
		return 1;
	}
	if (!fwctl_query_info(fd, mlx5->device_type, &info, &err)) {
		fwctl_device_info_free(&info);
		if (!fwctl_rpc(fd,
			       FWCTL_RPC_CONFIGURATION,
			       in,
			       MLX5_QUERY_HCA_CAP_IN_BYTES,
			       out,
			       sizeof(out),
			       &out_len,
			       &err) &&
		    !fwctl_check_fw_status(mlx5, out, out_len, &err)) {
			printf("%s: log_max_qp %u\n",
			       desc->name,
			       mlx5_cmd_hca_cap_get_log_max_qp(
				       mlx5_query_hca_cap_out_capability(out)));
			ret = 0;
		}
	}
	if (ret)
		printf("%s: %s\n", desc->name, err.message);
	close(fd);
	return ret;
}

int main(int argc, char **argv)
{
	const struct fwctl_family *mlx5 = fwctl_family_mlx5();
	struct fwctl_paths paths = {getenv("FWCTL_SYSFS_CLASS"),
				    getenv("FWCTL_DEV_DIR")};
	unsigned char in[MLX5_QUERY_HCA_CAP_IN_BYTES];
	struct fwctl_device_list list;
	struct fwctl_error err;
	int ret = 0;
	size_t i;

	if (!mlx5) {
		fprintf(stderr, "this libfwctl does not describe mlx5\n");
		return 1;
	}
	if (encode(mlx5, in) || decode(mlx5, in))
		return 1;
	if (fwctl_list_devices(&paths, &list, &err)) {
		fprintf(stderr, "list: %s\n", err.message);
		return 1;
	}
	printf("devices: %zu\n", list.n_devices);
	for (i = 0; i < list.n_devices; i++)
		printf("  %s %s\n",
		       list.devices[i].name,
		       list.devices[i].pci_address);
	if (argc > 1)
		ret = query(mlx5, &paths, &list, argv[1], in);
	fwctl_device_list_free(&list);
	return ret;
}
