// SPDX-License-Identifier: GPL-2.0
/*
 * The fw test family's generated scope helpers against its map, written
 * out here: exits 0 when every value agrees.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <fw_scope.h>
#include <fwctl/codec.h>
#include "fw_reflect.h"

static int expected_level(unsigned int v)
{
	if (v & 0x800)
		return -EBUSY;
	if ((v & 0xf0) == 0)
		return 0;
	if (v == 0x123)
		return 1;
	if ((v & 0xf0) == 0x10)
		return 2;
	return 3;
}

static int check_need_enum(void)
{
	const struct fwctl_layout *rpc =
		fwctl_layout_by_name(fwctl_family_fw(), "rpc");
	const struct fwctl_enum *e;

	if (!rpc || rpc->n_fields != 3 || rpc->fields[2].enumeration < 0)
		return 1;
	e = &fwctl_family_fw()->enums[rpc->fields[2].enumeration];
	return strcmp(e->name, "fwctl_rpc_scope") || e->n_entries != 4 ||
	       strcmp(e->entries[3].name, "DEBUG_WRITE_FULL") ||
	       e->entries[3].value != 3;
}

int main(void)
{
	static const __u8 banned[4] = {0xde, 0xad, 0xbe, 0xef};
	static const __u8 trusted[4] = {0x01, 0x02, 0x03, 0x04};
	static const __u8 other[4] = {0x01, 0x02, 0x03, 0x05};
	unsigned int v, scope;
	int bad = 0, want;

	for (v = 0; v < 0x1000; v++)
		for (scope = 0; scope < 4; scope++) {
			want = expected_level(v);
			if (want >= 0)
				want = (int)scope < want ? -EACCES : 0;
			bad |= fw_scope_from_level((__u16)v) !=
			       expected_level(v);
			bad |= fw_rpc_firmware_scope_check(
				       scope, (__u16)v, trusted) != want;
			if (expected_level(v) >= 0 &&
			    (int)scope >= expected_level(v)) {
				bad |= fw_rpc_firmware_scope_check(
					       scope, (__u16)v, banned) !=
				       -EPERM;
				bad |= fw_rpc_firmware_scope_check(
					       scope, (__u16)v, other) !=
				       -EINVAL;
			}
		}
	bad |= FW_RPC_REJECT_ERRNO != ENOENT || FW_RPC_SCOPE_ERRNO != EACCES;
	bad |= FW_RPC_MAX_REQUEST_BYTES != 4096;
	/* rpc.need names the core's scope enum: its names decode */
	bad |= check_need_enum();
	if (bad)
		fprintf(stderr, "fw scope helpers disagree with the map\n");
	return bad;
}
