// SPDX-License-Identifier: MIT
/*
 * The C++ side of examples/query_caps.c: the same installed headers and
 * library, from C++ (c++ query_caps.cpp $(pkg-config --cflags --libs fwctl)).
 * Encodes QUERY_HCA_CAP with the typed accessors and by name, reads a field
 * of a reply, lists the devices and reports a DEV argument that names none
 * (exit 3).
 */
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <linux/types.h>
#include <fwctl/fwctl.h>
#include <fwctl/codec.h>
#include <fwctl/libfwctl.h>
#include <fwctl/mlx5_defs.h>
#include <fwctl/mlx5_layouts.h>
#include <fwctl/mlx5_reflect.h>

namespace
{

std::string hex(const std::vector<unsigned char> &buf)
{
	std::string s;
	char byte[3];

	for (size_t i = 0; i < buf.size(); i++) {
		std::snprintf(byte, sizeof(byte), "%02x", buf[i]);
		s += (i % 4 ? "" : " ") + std::string(byte);
	}
	return s;
}

} // namespace

int main(int argc, char **argv)
{
	const fwctl_family *mlx5 = fwctl_family_mlx5();
	fwctl_paths paths = {std::getenv("FWCTL_SYSFS_CLASS"),
			     std::getenv("FWCTL_DEV_DIR")};
	std::vector<unsigned char> in(MLX5_QUERY_HCA_CAP_IN_BYTES);
	std::vector<unsigned char> out(MLX5_QUERY_HCA_CAP_OUT_BYTES);
	const char *assign[] = {"op_mod=1"};
	const fwctl_device_desc *desc;
	fwctl_device_list list;
	fwctl_request req;
	fwctl_error err;
	int ret = 0;

	if (!mlx5)
		return 1;
	mlx5_query_hca_cap_in_set_opcode(in.data(), MLX5_CMD_OP_QUERY_HCA_CAP);
	mlx5_query_hca_cap_in_set_op_mod(
		in.data(), MLX5_CAP_GENERAL << 1 | HCA_CAP_OPMOD_GET_CUR);
	std::printf("request:%s\n", hex(in).c_str());
	if (fwctl_request_build(mlx5, "QUERY_HCA_CAP", assign, 1, &req, &err))
		return 1;
	std::printf("built by name: %s, minimal scope %s\n",
		    req.in_len == in.size() &&
				    !std::memcmp(req.in, in.data(), in.size())
			    ? "same bytes"
			    : "DIFFERENT",
		    fwctl_scope_name(req.scope));
	fwctl_request_free(&req);

	void *cap = mlx5_hca_cap_union_cmd_hca_cap(
		mlx5_query_hca_cap_out_capability(out.data()));
	mlx5_cmd_hca_cap_set_log_max_qp(cap, 17);
	std::printf("log_max_qp: typed %u\n",
		    mlx5_cmd_hca_cap_get_log_max_qp(cap));

	if (fwctl_list_devices(&paths, &list, &err))
		return 1;
	std::printf("devices: %zu\n", list.n_devices);
	if (argc > 1 && fwctl_resolve_device(&list, argv[1], &desc, &err)) {
		std::printf("no device: %s\n", err.message);
		ret = 3;
	}
	fwctl_device_list_free(&list);
	return ret;
}
