// SPDX-License-Identifier: GPL-2.0
/*
 * One allow/deny decision: the generated mlx5_rpc_scope_allowed() against a
 * plain switch written here the way the upstream driver writes its allowlist
 * (opcode groups returning scope >= X).  Both are timed over every opcode
 * 0..0xffff at every scope, in the same run; the ratio is generated/switch.
 */
#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "mlx5_scope.h"

static bool switch_allowed(__u16 opcode, __u16 op_mod, __u32 scope)
{
	if (scope > 3)
		return false;
	switch (opcode) {
	case 0x100: case 0x101: case 0x109: case 0x10e: case 0x740: case 0x760:
	case 0x762: case 0x823: case 0xb22: case 0xb2e: case 0x731:
		return scope >= 0;
	case 0x805: case 0xb0c:
		if (op_mod == 0)
			return scope >= 0;
		return scope >= 1;
	case 0x107: case 0x10a: case 0x10c: case 0x111: case 0x117: case 0x201:
	case 0x203: case 0x303: case 0x402: case 0x50b: case 0x512: case 0x602:
	case 0x702: case 0x707: case 0x713: case 0x716: case 0x719: case 0x722:
	case 0x725: case 0x727: case 0x728: case 0x730: case 0x732: case 0x750:
	case 0x752: case 0x754: case 0x764: case 0x765: case 0x76f: case 0x770:
	case 0x773: case 0x781: case 0x784: case 0x80b: case 0x80d: case 0x813:
	case 0x819: case 0x821: case 0x822: case 0x824: case 0x826: case 0x82a:
	case 0x831: case 0x842: case 0x903: case 0x907: case 0x90b: case 0x90f:
	case 0x911: case 0x915: case 0x919: case 0x932: case 0x935: case 0x937:
	case 0x93b: case 0x93f: case 0x942: case 0x962: case 0x964: case 0x971:
	case 0x981: case 0xa02: case 0xa05: case 0xa09: case 0xb02: case 0xb03:
	case 0xb05: case 0xb07: case 0xb08: case 0xb0a: case 0xb0d: case 0xb0f:
	case 0xb13: case 0xb14: case 0xb28: case 0xb2a: case 0xb2f: case 0x8000:
	case 0x8001: case 0x8006:
		return scope >= 1;
	case 0x820:
		return scope >= 2;
	default:
		return false;
	}
}

typedef bool (*decide_fn)(__u16, __u16, __u32);

static bool generated_allowed(__u16 opcode, __u16 op_mod, __u32 scope)
{
	return mlx5_rpc_scope_allowed(opcode, op_mod, scope);
}

static double seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Time of one pass over every opcode at every scope, per decision, in ns. */
static double one_pass(decide_fn volatile fn, unsigned long *allowed)
{
	unsigned long yes = 0;
	double start = seconds();

	for (__u32 scope = 0; scope < 4; scope++)
		for (__u32 opcode = 0; opcode <= 0xffff; opcode++)
			yes += fn((__u16)opcode, (__u16)(opcode & 1), scope);
	*allowed = yes;
	return (seconds() - start) * 1e9 / (4 * 65536.0);
}

static double min_d(double a, double b)
{
	return a < b ? a : b;
}

/* "gen" or "switch": one pass of that variant only, for instruction counting. */
static int single(const char *which)
{
	unsigned long yes;

	one_pass(which[0] == 'g' ? generated_allowed : switch_allowed, &yes);
	printf("%lu\n", yes);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 1)
		return single(argv[1]);

	unsigned long yes_gen = 0, yes_switch = 0;
	double t_gen = 1e9, t_switch = 1e9;

	/* Alternate the two in every round so neither profits from going first. */
	for (int round = 0; round < 21; round++) {
		if (round & 1) {
			t_gen = min_d(t_gen, one_pass(generated_allowed, &yes_gen));
			t_switch = min_d(t_switch, one_pass(switch_allowed, &yes_switch));
		} else {
			t_switch = min_d(t_switch, one_pass(switch_allowed, &yes_switch));
			t_gen = min_d(t_gen, one_pass(generated_allowed, &yes_gen));
		}
	}

	if (yes_gen != yes_switch) {
		fprintf(stderr, "decisions differ: generated %lu, switch %lu\n", yes_gen, yes_switch);
		return 1;
	}
	printf("scope decision: generated %.2f ns, hand switch %.2f ns, ratio %.2f (target <= 1.00), %lu allowed\n",
	       t_gen, t_switch, t_gen / t_switch, yes_gen);
	return 0;
}
