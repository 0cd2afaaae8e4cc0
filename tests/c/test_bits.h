/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers shared by the C tests for their independent bit references:
 * a seeded xorshift64 generator and byte-wise big-endian dword access
 * (the PRM's 32-bit words, written without the code under test).
 */
#ifndef _TEST_BITS_H
#define _TEST_BITS_H

#include <stdint.h>

static inline uint64_t test_xorshift64(uint64_t *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return *state;
}

static inline uint32_t test_be32_at(const uint8_t *b, uint32_t dword)
{
	const uint8_t *p = b + 4 * dword;

	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

static inline void test_put_be32(uint8_t *b, uint32_t dword, uint32_t v)
{
	uint8_t *p = b + 4 * dword;

	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

#endif /* _TEST_BITS_H */
