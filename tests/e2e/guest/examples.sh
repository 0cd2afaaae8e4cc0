# SPDX-License-Identifier: GPL-2.0
#
# Examples suite: every console example of docs/user-guide.rst (extracted
# by tests/e2e/extract_examples.py) runs on a freshly loaded device and must
# print exactly what the guide shows.
. /tests/lib.sh

check "modules load" load_modules
for cmd in /tests/examples/*.sh; do
	want=${cmd%.sh}.out
	sh "$cmd" >/tmp/example.got 2>&1
	if cmp -s /tmp/example.got "$want"; then
		pass "user guide example: $(cat "$cmd")"
	else
		fail "user guide example: $(cat "$cmd")"
		echo "---- it printed ----"
		cat /tmp/example.got
		echo "---- end ----"
	fi
done
check "modules unload" unload_modules
finish
