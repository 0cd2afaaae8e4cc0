"""The ABI lock on libfwctl.so (issue 16): scripts/abi-lib.sh against the
committed baseline abi/libfwctl.abi.  Libraries are built here from the
library's sources and a generated tree, with the version script, the way
meson links them."""
from __future__ import annotations

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import REPO, run_generator
from test_spec_lock import edit

LIB = os.path.join(REPO, "userspace", "lib")
MAP = os.path.join(LIB, "libfwctl.map")
ABI_LIB = os.path.join(REPO, "scripts", "abi-lib.sh")


def compile_objects(generated: str, out: str, lib: str = LIB, extra: tuple[str, ...] = ()) -> list[str]:
    """Objects of libfwctl (the sources in ``lib`` and those of ``generated``), -fPIC -g."""
    os.makedirs(out)
    flags = ["-std=c11", "-D_GNU_SOURCE", "-fPIC", "-g", "-O1", "-Wall", "-Wextra", "-Werror", *extra,
             "-I", os.path.join(lib, "include"), "-I", lib, "-I", os.path.join(generated, "include", "uapi"),
             "-I", os.path.join(generated, "userspace"), "-I", "/usr/include/json-c"]
    units = [os.path.join(lib, n) for n in sorted(os.listdir(lib)) if n.endswith(".c")]
    units += [os.path.join(generated, "userspace", n) for n in sorted(os.listdir(os.path.join(generated, "userspace")))
              if n.endswith(".c")]

    def one(item: tuple[int, str]) -> str:
        obj = os.path.join(out, f"{item[0]}.o")
        result = subprocess.run(["gcc", *flags, "-c", "-o", obj, item[1]], capture_output=True, text=True,
                                check=False)
        assert result.returncode == 0, result.stderr
        return obj

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(one, enumerate(units)))


def link(objects: list[str], out: str, version_script: str = MAP, soname: str = "libfwctl.so.1") -> str:
    lib = os.path.join(out, soname)
    result = subprocess.run(["gcc", "-shared", "-o", lib, f"-Wl,-soname,{soname}",
                             f"-Wl,--version-script,{version_script}", *objects, "-ljson-c"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return lib


def abi_lib(*args: str, baseline: str = "", headers: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, **({"ABI_BASELINE": baseline} if baseline else {}),
           **({"ABI_HEADERS": headers} if headers else {})}
    return subprocess.run(["bash", ABI_LIB, *args], capture_output=True, text=True, check=False, env=env)


@pytest.fixture(scope="module")
def repo_objects(tmp_path_factory):
    return compile_objects(os.path.join(REPO, "generated"), str(tmp_path_factory.mktemp("objects") / "o"))


def test_library_matches_baseline(repo_objects, tmp_path):
    result = abi_lib("check", link(repo_objects, str(tmp_path)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches abi/libfwctl.abi" in result.stdout


def test_removed_function_fails_the_lock(repo_objects, tmp_path):
    script = tmp_path / "less.map"
    with open(MAP, encoding="utf-8") as handle:
        text = handle.read()
    assert "\tfwctl_scope_taints;\n" in text
    script.write_text(text.replace("\tfwctl_scope_taints;\n", ""))
    lib = link(repo_objects, str(tmp_path), str(script))
    result = abi_lib("check", lib)
    assert result.returncode == 1, result.stdout
    assert "Removed function" in result.stdout and "fwctl_scope_taints" in result.stdout, result.stdout
    # recording it needs a new soname
    baseline = str(tmp_path / "baseline.abi")
    shutil.copy(os.path.join(REPO, "abi", "libfwctl.abi"), baseline)
    refused = abi_lib("update", lib, baseline=baseline)
    assert refused.returncode == 1 and "bump libfwctl_soversion" in refused.stderr
    bumped = link(repo_objects, str(tmp_path), str(script), soname="libfwctl.so.2")
    assert abi_lib("update", bumped, baseline=baseline).returncode == 0
    assert abi_lib("check", bumped, baseline=baseline).returncode == 0


def test_added_opcode_leaves_the_abi_unchanged(scratch, repo_objects, tmp_path):
    spec, out = scratch
    edit(spec, "mlx5/commands.yaml", "    - name: QUERY_SCHED_QUEUE\n",
         "    - name: QUERY_NEW_THING\n      opcode: 0x8007\n      scope: debug_read_only\n"
         "      doc: A command added to a copy of the spec.\n    - name: QUERY_SCHED_QUEUE\n")
    result = run_generator("--spec", str(spec), "generate", "--out", str(out))
    assert result.code == 0, result.err
    assert "QUERY_NEW_THING" in (out / "userspace" / "mlx5_catalog.c").read_text()
    os.makedirs(tmp_path / "before")
    before = link(repo_objects, str(tmp_path / "before"))
    after = link(compile_objects(str(out), str(tmp_path / "objects")), str(tmp_path))
    dumps = []
    for lib in (before, after):
        dumps.append(lib + ".abi")
        assert abi_lib("dump", lib, dumps[-1]).returncode == 0
    diff = subprocess.run(["abidiff", *dumps], capture_output=True, text=True, check=False)
    assert diff.returncode == 0, diff.stdout
    check = abi_lib("check", after)
    assert check.returncode == 0 and "compatible additions" not in check.stdout, check.stdout


def _lib_with_header_change(tmp_path, old: str, new: str) -> tuple[str, str]:
    """A libfwctl built from a copy of its sources whose reflect.h has
    ``old`` replaced by ``new``; returns (library, its public header dir)."""
    lib = str(tmp_path / "lib")
    shutil.copytree(LIB, lib)
    header = os.path.join(lib, "include", "fwctl", "reflect.h")
    with open(header, encoding="utf-8") as handle:
        text = handle.read()
    assert text.count(old) == 1
    with open(header, "w", encoding="utf-8") as handle:
        handle.write(text.replace(old, new))
    # the generated tables leave a new member zero
    objects = compile_objects(os.path.join(REPO, "generated"), str(tmp_path / "objects"), lib,
                              ("-Wno-missing-field-initializers",))
    return link(objects, str(tmp_path)), os.path.dirname(header)


def test_member_appended_to_family_is_compatible(tmp_path):
    lib, headers = _lib_with_header_change(tmp_path, "\tint scope_errno;\n};",
                                           "\tint scope_errno;\n\tuint32_t appended;\n};")
    result = abi_lib("check", lib, headers=headers)
    assert result.returncode == 0, result.stdout


def test_member_appended_to_field_fails(tmp_path):
    """struct fwctl_field is an array element: a new member moves every
    element after the first."""
    lib, headers = _lib_with_header_change(
        tmp_path, "\tconst struct fwctl_field_extra *extra;\n};",
        "\tconst struct fwctl_field_extra *extra;\n\tuint32_t appended;\n};")
    result = abi_lib("check", lib, headers=headers)
    assert result.returncode == 1
    assert "struct fwctl_field" in result.stdout and "appended" in result.stdout, result.stdout
