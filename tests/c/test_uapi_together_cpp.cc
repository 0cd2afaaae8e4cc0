// SPDX-License-Identifier: GPL-2.0
/*
 * Every generated uapi header in one C++ translation unit, with the pds
 * and CXL ABI checked at compile time (abi_pds_cxl.h).
 */
#include "abi_pds_cxl.h"

int main()
{
	return 0;
}
