// SPDX-License-Identifier: GPL-2.0
/*
 * Smoke suite against /dev/fwctl/fwctl0 backed by the simulated mlx5
 * firmware: INFO, an allowed command, FW status passthrough, a persistent
 * register, a denied opcode.
 */
#include "e2e.h"

static void check_info(int fd, struct fwctl_info_mlx5 *data)
{
	struct fwctl_info info;
	int err = e2e_info(fd, &info, data, sizeof(*data));

	e2e_check(!err, "FWCTL_INFO succeeds", "%s", strerror(err));
	e2e_check(info.out_device_type == FWCTL_DEVICE_TYPE_MLX5,
		  "FWCTL_INFO device type is MLX5",
		  "type %u",
		  info.out_device_type);
	e2e_check(info.device_data_len == sizeof(*data),
		  "FWCTL_INFO device data is struct fwctl_info_mlx5",
		  "length %u",
		  info.device_data_len);
	e2e_check(data->uid != 0 && e2e_sim_uid_live(data->uid),
		  "FWCTL_INFO uid is live in firmware",
		  "uid %u",
		  data->uid);
	e2e_check(data->uctx_caps == UCTX_CAP_TOOLS_RESOURCES,
		  "FWCTL_INFO uctx_caps has tools resources",
		  "caps 0x%x",
		  data->uctx_caps);
}

/* QUERY_HCA_CAP of the general caps, current or maximum values. */
static int query_general_caps(int fd, bool cur, void *out, __u32 *out_len)
{
	__u8 in[MLX5_QUERY_HCA_CAP_IN_BYTES];

	e2e_hdr(in, OP_QUERY_HCA_CAP, cur);
	/* A foreign uid in the header must be replaced by the driver. */
	mlx5_mbox_in_hdr_set_uid(in, 0xdead);
	*out_len = MLX5_QUERY_HCA_CAP_OUT_BYTES;
	return e2e_rpc(
		fd, FWCTL_RPC_CONFIGURATION, in, sizeof(in), out, out_len);
}

static void *general_caps(void *out)
{
	return mlx5_hca_cap_union_cmd_hca_cap(
		mlx5_query_hca_cap_out_capability(out));
}

static void check_query_hca_cap(int fd)
{
	static __u8 cur[MLX5_QUERY_HCA_CAP_OUT_BYTES];
	static __u8 max[MLX5_QUERY_HCA_CAP_OUT_BYTES];
	__u32 cur_len, max_len;
	int err;

	err = query_general_caps(fd, true, cur, &cur_len);
	e2e_check(!err && mlx5_mbox_out_hdr_get_status(cur) == STAT_OK &&
			  cur_len == sizeof(cur),
		  "QUERY_HCA_CAP (cur) succeeds with status OK",
		  "errno %s, status 0x%x, out_len %u",
		  strerror(err),
		  mlx5_mbox_out_hdr_get_status(cur),
		  cur_len);
	err = query_general_caps(fd, false, max, &max_len);
	e2e_check(!err && mlx5_mbox_out_hdr_get_status(max) == STAT_OK,
		  "QUERY_HCA_CAP (max) succeeds with status OK",
		  "errno %s, status 0x%x",
		  strerror(err),
		  mlx5_mbox_out_hdr_get_status(max));
	e2e_check(mlx5_cmd_hca_cap_get_log_max_qp(general_caps(cur)) == 17 &&
			  mlx5_cmd_hca_cap_get_log_max_qp(general_caps(max)) ==
				  18,
		  "QUERY_HCA_CAP cur/max log_max_qp are 17/18",
		  "%u/%u",
		  mlx5_cmd_hca_cap_get_log_max_qp(general_caps(cur)),
		  mlx5_cmd_hca_cap_get_log_max_qp(general_caps(max)));
	e2e_check(mlx5_cmd_hca_cap_get_uctx_cap(general_caps(cur)) &
			  UCTX_CAP_TOOLS_RESOURCES,
		  "QUERY_HCA_CAP advertises tools-resources uctx",
		  "0x%x",
		  mlx5_cmd_hca_cap_get_uctx_cap(general_caps(cur)));
}

static void check_query_uctx(int fd, const struct fwctl_info_mlx5 *data)
{
	__u8 in[MLX5_MBOX_IN_HDR_BYTES],
		out[MLX5_MBOX_OUT_HDR_BYTES + MLX5_UCTX_BYTES];
	__u32 out_len = sizeof(out);
	int err;

	e2e_hdr(in, OP_QUERY_UCTX, 0);
	err = e2e_rpc(
		fd, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), out, &out_len);
	e2e_check(!err && mlx5_mbox_out_hdr_get_status(out) == STAT_OK &&
			  mlx5_uctx_get_cap(out + MLX5_MBOX_OUT_HDR_BYTES) ==
				  data->uctx_caps,
		  "QUERY_UCTX reports this FD's user context",
		  "errno %s, status 0x%x",
		  strerror(err),
		  mlx5_mbox_out_hdr_get_status(out));
}

static void check_fw_status_passthrough(int fd)
{
	__u8 in[MLX5_MBOX_IN_HDR_BYTES], out[MLX5_MBOX_OUT_HDR_BYTES];
	__u32 out_len = sizeof(out);
	int err;

	/* Allowlisted, but this firmware does not implement it. */
	e2e_hdr(in, OP_QUERY_PAGES, 0);
	err = e2e_rpc(
		fd, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), out, &out_len);
	e2e_check(!err && mlx5_mbox_out_hdr_get_status(out) == STAT_BAD_OP &&
			  mlx5_mbox_out_hdr_get_syndrome(out) != 0,
		  "FW BAD_OP status and syndrome reach userspace",
		  "errno %s, status 0x%x, syndrome 0x%x",
		  strerror(err),
		  mlx5_mbox_out_hdr_get_status(out),
		  mlx5_mbox_out_hdr_get_syndrome(out));
}

/* ACCESS_REG on PMTU; returns the errno, fills @out. */
static int access_pmtu(int fd, bool write, __u32 mtu, __u8 *out)
{
	__u8 in[MLX5_ACCESS_REGISTER_IN_BYTES + MLX5_PMTU_REG_BYTES] = {};
	__u8 *reg = in + MLX5_ACCESS_REGISTER_IN_BYTES;
	__u32 out_len = MLX5_ACCESS_REGISTER_OUT_BYTES + MLX5_PMTU_REG_BYTES;

	e2e_hdr(in, OP_ACCESS_REG, write ? 0 : 1);
	mlx5_access_register_in_set_register_id(in, REG_PMTU);
	mlx5_pmtu_reg_set_local_port(reg, 1);
	mlx5_pmtu_reg_set_admin_mtu(reg, mtu);
	return e2e_rpc(fd,
		       write ? FWCTL_RPC_CONFIGURATION
			     : FWCTL_RPC_DEBUG_READ_ONLY,
		       in,
		       sizeof(in),
		       out,
		       &out_len);
}

static void check_register_persists(int fd)
{
	__u8 out[MLX5_ACCESS_REGISTER_OUT_BYTES + MLX5_PMTU_REG_BYTES];
	__u8 *reg = out + MLX5_ACCESS_REGISTER_OUT_BYTES;
	int err;

	err = access_pmtu(fd, true, 4200, out);
	e2e_check(!err && mlx5_mbox_out_hdr_get_status(out) == STAT_OK,
		  "ACCESS_REG PMTU write",
		  "errno %s, status 0x%x",
		  strerror(err),
		  mlx5_mbox_out_hdr_get_status(out));
	memset(out, 0, sizeof(out));
	err = access_pmtu(fd, false, 0, out);
	e2e_check(!err && mlx5_mbox_out_hdr_get_status(out) == STAT_OK &&
			  mlx5_pmtu_reg_get_admin_mtu(reg) == 4200,
		  "ACCESS_REG PMTU read returns the written MTU",
		  "errno %s, status 0x%x, admin %u",
		  strerror(err),
		  mlx5_mbox_out_hdr_get_status(out),
		  mlx5_pmtu_reg_get_admin_mtu(reg));
}

static void check_denied(int fd)
{
	__u8 in[MLX5_CREATE_UCTX_IN_BYTES] = {};
	__u8 out[MLX5_QUERY_ISSI_OUT_BYTES];
	__u32 out_len = sizeof(out);
	int err;

	e2e_hdr(in, OP_CREATE_UCTX, 0);
	err = e2e_rpc(
		fd, FWCTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), out, &out_len);
	e2e_check(err == EBADMSG,
		  "CREATE_UCTX is denied with EBADMSG",
		  "got %s",
		  strerror(err));

	/* QUERY_ISSI needs DEBUG_READ_ONLY; CONFIGURATION is too low. */
	e2e_hdr(in, OP_QUERY_ISSI, 0);
	err = e2e_rpc(fd,
		      FWCTL_RPC_CONFIGURATION,
		      in,
		      MLX5_QUERY_ISSI_IN_BYTES,
		      out,
		      &out_len);
	e2e_check(err == EBADMSG,
		  "QUERY_ISSI below its scope is denied with EBADMSG",
		  "got %s",
		  strerror(err));
}

int main(void)
{
	struct fwctl_info_mlx5 data;
	int fd = e2e_open();

	check_info(fd, &data);
	check_query_hca_cap(fd);
	check_query_uctx(fd, &data);
	check_fw_status_passthrough(fd);
	check_register_persists(fd);
	check_denied(fd);
	close(fd);
	e2e_check(!e2e_sim_uid_live(data.uid),
		  "close destroys the FD's uid",
		  "uid %u still live",
		  data.uid);
	return e2e_exit_status();
}
