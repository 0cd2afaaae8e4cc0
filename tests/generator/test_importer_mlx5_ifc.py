# SPDX-License-Identifier: GPL-2.0
"""Unit tests of the mlx5_ifc.h importer on small header snippets."""

from pathlib import Path

import pytest
import yaml

from generator.importers import mlx5_ifc

HEADER = """\
/* SPDX-License-Identifier: made up for the test */
#define N_ENTRIES_A (2)
#define N_ENTRIES (N_ENTRIES_A + \\
		   1)

struct mlx5_ifc_entry_bits {
	u8         valid[0x1];
	u8         reserved_at_1[0x1F];   /* upper-case hex */
};

union mlx5_ifc_addr_bits {
	struct mlx5_ifc_entry_bits entry;
	u8         reserved_at_0[0x40];
};

/*
 * a comment spanning
 * several lines
 */
struct mlx5_ifc_query_thing_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];

	u8         gid[0x80];
	u8         words[4][0x20];
	union mlx5_ifc_addr_bits addr;
	struct mlx5_ifc_entry_bits entries[N_ENTRIES];
	u8         reserved_at_120[2][0x10];
	u8         pas[0][0x40];
};

struct mlx5_ifc_query_thing_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	union {
		struct mlx5_ifc_entry_bits entry;
		u8         reserved_at_0[0x20];
	} cap_mask;
	u8         data[][0x20];
};

struct mlx5_ifc_tail_bits {
	u8         count[0x20];
	struct mlx5_ifc_entry_bits track[0];
};
"""


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def run(tmp_path: Path, capsys, *args: str) -> tuple[int, str, str]:
    rc = mlx5_ifc.main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def import_layouts(tmp_path: Path, capsys, *roots: str, header: str = HEADER) -> dict:
    path = write(tmp_path, "mlx5_ifc.h", header)
    args = [arg for root in roots for arg in ("--layout", root)]
    rc, out, err = run(tmp_path, capsys, *args, path)
    assert rc == 0, err
    return yaml.safe_load(out)


def by_name(spec: dict) -> dict:
    return {layout["name"]: layout for layout in spec["layouts"]}


def test_struct_fields_reserved_and_widths(tmp_path, capsys):
    spec = import_layouts(tmp_path, capsys, "entry")
    assert spec["family"] == "mlx5"
    assert spec["layouts"] == [
        {"name": "entry", "fields": [{"name": "valid", "bits": 1}, {"reserved": 31}]}]


def test_nested_arrays_and_flexible(tmp_path, capsys):
    layout = by_name(import_layouts(tmp_path, capsys, "query_thing_in"))["query_thing_in"]
    assert layout["fields"] == [
        {"name": "opcode", "bits": 16},
        {"reserved": 16},
        {"name": "gid", "bits": 128},
        {"name": "words", "bits": 32, "count": 4},
        {"name": "addr", "layout": "addr"},
        {"name": "entries", "layout": "entry", "count": 3},
        {"reserved": 32},
        {"name": "pas", "bits": 64, "count": 0},
    ]


def test_union_and_closure_order(tmp_path, capsys):
    spec = import_layouts(tmp_path, capsys, "query_thing_in", "tail", "entry")
    assert [layout["name"] for layout in spec["layouts"]] == [
        "query_thing_in", "addr", "entry", "tail"]
    addr = by_name(spec)["addr"]
    assert addr["union"] is True
    assert addr["fields"] == [{"name": "entry", "layout": "entry"}, {"reserved": 64}]
    assert by_name(spec)["tail"]["fields"][1] == {"name": "track", "layout": "entry",
                                                 "count": 0}


def test_anonymous_union_becomes_named_layout(tmp_path, capsys):
    spec = by_name(import_layouts(tmp_path, capsys, "query_thing_out"))
    assert spec["query_thing_out"]["fields"] == [
        {"name": "status", "bits": 8},
        {"reserved": 24},
        {"name": "cap_mask", "layout": "query_thing_out_cap_mask"},
        {"name": "data", "bits": 32, "count": 0},
    ]
    assert spec["query_thing_out_cap_mask"] == {
        "name": "query_thing_out_cap_mask", "union": True,
        "fields": [{"name": "entry", "layout": "entry"}, {"reserved": 32}]}


def test_output_is_deterministic_and_has_no_absolute_path(tmp_path, capsys):
    header = write(tmp_path, "mlx5_ifc.h", HEADER)
    roots = write(tmp_path, "roots.txt", "# comment\nquery_thing_out\n\nquery_thing_in\n")
    first = run(tmp_path, capsys, "--roots", roots, header)
    second = run(tmp_path, capsys, "--roots", roots, header)
    assert first == second and first[0] == 0
    assert str(tmp_path) not in first[1]
    assert first[1].startswith("# SPDX-License-Identifier: ")


def test_output_file(tmp_path, capsys):
    header = write(tmp_path, "mlx5_ifc.h", HEADER)
    out = tmp_path / "layouts.yaml"
    rc, stdout, _ = run(tmp_path, capsys, "--layout", "entry", "-o", str(out), header)
    assert rc == 0 and stdout == ""
    assert yaml.safe_load(out.read_text())["layouts"][0]["name"] == "entry"


def test_yaml_special_names_are_quoted(tmp_path, capsys):
    header = "struct mlx5_ifc_flags_bits {\n\tu8 on[0x1];\n\tu8 null[0x1f];\n};\n"
    spec = import_layouts(tmp_path, capsys, "flags", header=header)
    assert [f["name"] for f in spec["layouts"][0]["fields"]] == ["on", "null"]


def test_layout_from_second_header(tmp_path, capsys):
    first = write(tmp_path, "a.h", "struct mlx5_ifc_outer_bits {\n"
                  "\tstruct mlx5_ifc_inner_bits in;\n};\n")
    second = write(tmp_path, "b.h", "struct mlx5_ifc_inner_bits {\n\tu8 x[0x20];\n};\n")
    rc, out, err = run(tmp_path, capsys, "--layout", "outer", first, second)
    assert rc == 0, err
    assert [layout["name"] for layout in yaml.safe_load(out)["layouts"]] == ["outer", "inner"]


@pytest.mark.parametrize("body, line, message", [
    ("struct mlx5_ifc_a_bits {\n\tu8 ok[0x1];\n\tint bad;\n};\n", 3,
     "cannot parse member starting with 'int'"),
    ("/*\n * two\n */\nstruct mlx5_ifc_a_bits {\n\tu8 x[2][3][0x1];\n};\n", 5,
     "'x': expected [width] or [count][width]"),
    ("struct mlx5_ifc_a_bits {\n\tu8 x[UNKNOWN][0x8];\n};\n", 2,
     "cannot evaluate array size 'UNKNOWN'"),
    ("struct mlx5_ifc_a_bits {\n\tu8 x[0x8]\n};\n", 3, "expected ';', found '}'"),
    ("struct mlx5_ifc_a_bits {\n\tu8 x[0x8];\n", 2, "unexpected end of file"),
    ("struct mlx5_ifc_a_bits {\n\n\tstruct mlx5_ifc_nope_bits n;\n};\n", 3,
     "'n' refers to unknown layout 'nope'"),
    ("struct mlx5_ifc_b_bits {\n\tu8 x[0x8];\n};\nstruct mlx5_ifc_a_bits {\n"
     "\tunion mlx5_ifc_b_bits n;\n};\n", 5, "'n': 'b' is declared as struct"),
    ("struct mlx5_ifc_a_bits {\n\tu8 x[0x8];\n};\nstruct mlx5_ifc_a {\n\tu8 y[0x8];\n};\n",
     4, "layout 'a' already defined at "),
])
def test_errors_name_file_and_line(tmp_path, capsys, body, line, message):
    path = write(tmp_path, "bad.h", body)
    rc, out, err = run(tmp_path, capsys, "--layout", "a", path)
    assert rc == 1 and out == ""
    assert f"{path}:{line}: {message}" in err


def test_unknown_root_names_roots_file_line(tmp_path, capsys):
    header = write(tmp_path, "mlx5_ifc.h", HEADER)
    roots = write(tmp_path, "roots.txt", "entry\n# comment\nmissing_in\n")
    rc, _, err = run(tmp_path, capsys, "--roots", roots, header)
    assert rc == 1
    assert f"{roots}:3: unknown layout 'missing_in'" in err


def test_collision_with_defined_spec(tmp_path, capsys):
    header = write(tmp_path, "mlx5_ifc.h", HEADER)
    family = write(tmp_path, "family.yaml", "layouts:\n  - name: entry\n    fields: []\n")
    rc, _, err = run(tmp_path, capsys, "--defined", family, "--layout", "addr", header)
    assert rc == 1
    assert f"{header}:6: layout 'entry' collides with the one defined in {family}" in err


def test_no_roots_is_usage_error(tmp_path, capsys):
    header = write(tmp_path, "mlx5_ifc.h", HEADER)
    assert run(tmp_path, capsys, header)[0] == 2


def test_field_enum_applies_only_to_matching_layouts(tmp_path, capsys):
    path = write(tmp_path, "mlx5_ifc.h", HEADER)
    rc, out, err = run(tmp_path, capsys, "--layout", "query_thing_out", "--layout", "tail",
                       "--field-enum", "_out:status=cmd_status", "--field-enum", "_out:count=other", path)
    assert rc == 0, err
    layouts = by_name(yaml.safe_load(out))
    assert layouts["query_thing_out"]["fields"][0] == {"name": "status", "bits": 8, "enum": "cmd_status"}
    assert layouts["tail"]["fields"][0] == {"name": "count", "bits": 32}


def test_field_enum_rejects_bad_syntax(tmp_path, capsys):
    path = write(tmp_path, "mlx5_ifc.h", HEADER)
    with pytest.raises(SystemExit):
        mlx5_ifc.main(["--layout", "tail", "--field-enum", "status", path])
    assert "is not SUFFIX:FIELD=ENUM" in capsys.readouterr().err
