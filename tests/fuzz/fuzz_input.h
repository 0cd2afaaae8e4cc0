/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Input format of fuzz_decode: bytes 0..1 pick an mlx5 layout (little-endian
 * index, modulo the layout count), byte 2 bit 0 picks hex text (1) or raw
 * bytes (0), the rest is the buffer.
 */
#ifndef _FUZZ_INPUT_H
#define _FUZZ_INPUT_H

#define FUZZ_DECODE_HEADER 3

#endif /* _FUZZ_INPUT_H */
