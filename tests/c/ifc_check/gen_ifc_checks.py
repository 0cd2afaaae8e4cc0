#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Write the C table that ifc_check.c compares, from the mlx5 spec YAML.

For every field of every spec layout it emits the header's view (offsetof,
sizeof and a type-shape test on the real mlx5_ifc.h structs) next to the
spec's view (offsets summed here from the YAML widths, unions at 0).  A field
the header lacks fails to compile.  Deliberately independent of generator/.

It also writes the accessor checks: one line per named field calling the
generated typed accessor (mlx5_<layout>_get/set_<field>, or the address
function of a nested or byte field) next to the header's offsetof/sizeof, so
ifc_check.c can compare them with MLX5_GET/MLX5_SET-style arithmetic.

Usage: gen_ifc_checks.py LAYOUTS.yaml OUT.h ACCESSORS.h HEADER...
"""

import re
import sys

import yaml

# mlx5_ifc.h members whose reserved_at_<hex> name is not their real offset:
# (layout, real bit offset) -> member name in the header.
MISNAMED_RESERVED = {
    ("cmd_hca_cap", 0x11): "reserved_at_13",
    ("cmd_hca_cap", 0x1f9): "reserved_at_1fa",
    ("cmd_hca_cap", 0x251): "reserved_at_248",
    ("cmd_hca_cap", 0x253): "reserved_at_250",
    ("e_switch_cap", 0x28): "reserved_at_21",
    ("e_switch_cap", 0x30): "reserved_2b",
    ("mkc", 0x1da): "reserved_at_1d9",
    ("host_params_context", 0xe): "reserved_at_14",
    ("vnic_diagnostic_statistics", 0x240): "reserved_at_220",
    ("fte_match_set_lyr_2_4", 0xd4): "reserved_at_c4",
}

KIND = {"uint": "FWCTL_FIELD_UINT", "bytes": "FWCTL_FIELD_BYTES",
        "layout": "FWCTL_FIELD_LAYOUT", "reserved": "FWCTL_FIELD_RESERVED"}


def header_tags(paths):
    """Spec layout name -> C tag, for every struct/union defined in the headers."""
    tags = {}
    for path in paths:
        with open(path) as f:
            for tag in re.findall(r"^(?:struct|union)\s+(mlx5_ifc_\w+)\s*\{", f.read(), re.M):
                tags[re.sub(r"_bits$", "", tag[len("mlx5_ifc_"):])] = tag
    return tags


class Spec:
    def __init__(self, layouts, tags):
        self.layouts = {lay["name"]: lay for lay in layouts}
        self.tags = tags
        self.parents = {}
        for lay in layouts:
            for f in lay["fields"]:
                if "layout" in f:
                    self.parents.setdefault(f["layout"], (lay["name"], f))

    def bits(self, name):
        lay = self.layouts[name]
        sizes = [self.field_bits(f) * f.get("count", 1) for f in lay["fields"]]
        return max(sizes, default=0) if lay.get("union") else sum(sizes)

    def field_bits(self, f):
        if "layout" in f:
            return self.bits(f["layout"])
        return f.get("bits", f.get("reserved"))

    def c_type(self, name):
        """The C type of a layout: its tag, or the type of the member nesting it."""
        if name in self.tags:
            keyword = "union" if self.layouts[name].get("union") else "struct"
            return f"{keyword} {self.tags[name]}"
        if name not in self.parents:
            sys.exit(f"gen_ifc_checks: layout '{name}' has no C type in the headers")
        parent, f = self.parents[name]
        return f"__typeof__({element(self.c_type(parent), f)})"


def element(c_type, f):
    member = f"((({c_type} *)0)->{f['name']})"
    return member + "[0]" if "count" in f else member


def field_row(spec, layout, f, offset):
    """One initializer: header expressions, then spec values."""
    t = spec.c_type(layout)
    if "reserved" in f:
        name = MISNAMED_RESERVED.get((layout, offset), f"reserved_at_{offset:x}")
        f = dict(f, name=name)
        kind, shape = "reserved", "1"
    elif "layout" in f:
        kind = "layout"
        shape = f"__builtin_types_compatible_p(__typeof__({element(t, f)}), " \
                f"{spec.c_type(f['layout'])})"
    else:
        kind = "uint" if f["bits"] <= 64 else "bytes"
        shape = f"__builtin_types_compatible_p(__typeof__({element(t, f)}), u8[{f['bits']}])"
    member = f"((({t} *)0)->{f['name']})"
    nested = f"\"{f['layout']}\"" if "layout" in f else "NULL"
    count = f.get("count", 1)
    if count == 0:
        c_count = f"(offsetof({t}, {f['name']}) == sizeof({t}) ? 0u : UINT32_MAX)"
    elif "count" in f:
        c_count = f"sizeof({member}) / sizeof({element(t, f)})"
    else:
        c_count = "1"
    return (f"\t{{ \"{layout}\", \"{f['name']}\", offsetof({t}, {f['name']}), "
            f"sizeof({element(t, f)}), {c_count}, {shape}, "
            f"{offset}, {spec.field_bits(f)}, {count}, {int('count' in f)}, {KIND[kind]}, "
            f"{nested} }},")


def accessor_line(spec, layout, f):
    """One check of the generated accessors of a named field (see ifc_check.c)."""
    t = spec.c_type(layout)
    fn = f"mlx5_{layout}_{{}}_{f['name']}"
    where = f"sizeof({t}) / 8, offsetof({t}, {f['name']}), sizeof({element(t, f)})"
    count = f.get("count")
    if "layout" in f or f["bits"] > 64:
        addr = f"mlx5_{layout}_{f['name']}"
        if count is None:
            return f"\tCHECK_ADDR({addr}, {where});"
        return f"\tCHECK_ADDR_ARRAY({addr}, {where}, {count});"
    width = 64 if f["bits"] > 32 else 32
    if count is None:
        return f"\tCHECK_UINT{width}({fn.format('get')}, {fn.format('set')}, {where});"
    return f"\tCHECK_UINT{width}_ARRAY({fn.format('get')}, {fn.format('set')}, {where}, {count});"


def write_accessor_checks(spec, layouts, out):
    lines = ["/* Generated by gen_ifc_checks.py from the mlx5 layouts spec. */",
             "static void check_all_accessors(struct acc_stats *st)", "{"]
    for lay in layouts:
        lines += [accessor_line(spec, lay["name"], f) for f in lay["fields"] if "name" in f]
    lines.append("}")
    with open(out, "w") as handle:
        handle.write("\n".join(lines) + "\n")


def main(layouts_yaml, out, accessors_out, headers):
    with open(layouts_yaml) as f:
        layouts = yaml.safe_load(f)["layouts"]
    spec = Spec(layouts, header_tags(headers))
    lines = ["/* Generated by gen_ifc_checks.py from the mlx5 layouts spec. */"]
    lines += [f'#include "{h}"' for h in headers]
    lines.append("static const struct ifc_layout ifc_layouts[] = {")
    for lay in layouts:
        t = spec.c_type(lay["name"])
        lines.append(f"\t{{ \"{lay['name']}\", sizeof({t}), {spec.bits(lay['name'])}, "
                     f"{int(bool(lay.get('union')))}, {len(lay['fields'])} }},")
    lines.append("};")
    lines.append("static const struct ifc_field ifc_fields[] = {")
    for lay in layouts:
        offset = 0
        for f in lay["fields"]:
            lines.append(field_row(spec, lay["name"], f, offset))
            if not lay.get("union"):
                offset += spec.field_bits(f) * f.get("count", 1)
    lines.append("};")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    write_accessor_checks(spec, layouts, accessors_out)


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
