"""Command line: ``python3 -m generator {validate,generate,import-<format>}``."""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import time

from .errors import SpecError, SpecErrors
from .stamp import Stamp, digest_files

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _input_files(spec_dir: str, template_dir: str) -> list[str]:
    files = []
    for root in (spec_dir, template_dir, os.path.join(REPO_ROOT, "generator")):
        for top, _, names in os.walk(root):
            files.extend(os.path.join(top, n) for n in names if not n.endswith(".pyc"))
    return files


def load_and_build(spec_dir: str) -> list:
    """Load, schema-validate and resolve every spec file under spec_dir."""
    from .build import build_model  # pylint: disable=import-outside-toplevel
    from .loader import find_spec_files, load_file  # pylint: disable=import-outside-toplevel
    from .schema import SchemaValidator  # pylint: disable=import-outside-toplevel

    specs, contents, errors = [], [], []
    for rel in find_spec_files(spec_dir):
        try:
            specs.append(load_file(os.path.join(spec_dir, rel), f"spec/{rel}"))
        except SpecError as exc:
            errors.append(exc)
            continue
        with open(os.path.join(spec_dir, rel), "rb") as handle:
            contents.append(handle.read())
    validator = SchemaValidator(spec_dir, os.path.join(REPO_ROOT, "build", "schema-valid"))
    for spec, content in zip(specs, contents):
        errors.extend(validator.errors(spec, content))
    if errors:
        raise SpecErrors(errors)
    return build_model(specs)


def cmd_validate(args: argparse.Namespace) -> int:
    families = load_and_build(args.spec)
    print(f"{len(families)} families valid: " + ", ".join(f.name for f in families))
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    start = time.monotonic()
    stamp = Stamp(args.stamp) if args.stamp else None
    inputs = digest_files(_input_files(args.spec, args.templates)) if stamp else ""
    if stamp and not args.force and stamp.current(inputs, args.out):
        print(f"regen: nothing changed (0 files written, {time.monotonic() - start:.3f} s)")
        return 0
    from . import writer  # pylint: disable=import-outside-toplevel
    from .render import render_all  # pylint: disable=import-outside-toplevel

    families = load_and_build(args.spec)
    outputs = render_all(families, args.templates)
    current = writer.read_current(args.out, list(outputs))
    todo = writer.plan(args.out, outputs, current)
    elapsed = time.monotonic() - start
    if args.check:
        if todo.changes:
            print(writer.describe(todo, current), file=sys.stderr)
            print(f"regen-check: {todo.changes} generated file(s) differ from the spec; run 'make regen'",
                  file=sys.stderr)
            return 1
        print(f"regen-check: generated/ is up to date ({len(todo.same)} files, {elapsed:.3f} s)")
        if stamp:
            stamp.record(inputs, args.out)
        return 0
    writer.apply(args.out, todo)
    if stamp:
        stamp.record(inputs, args.out)
    for path in todo.write:
        print(f"regen: wrote generated/{path}")
    for path in todo.remove:
        print(f"regen: removed generated/{path}")
    summary = f"{len(todo.write)} written, {len(todo.remove)} removed, {len(todo.same)} unchanged"
    print(f"regen: {'nothing changed: ' if not todo.changes else ''}{summary} ({time.monotonic() - start:.3f} s)")
    return 0


def cmd_abi(args: argparse.Namespace) -> int:
    """abi-check: compare the spec with its lock; abi-update: rewrite the lock."""
    from . import abi  # pylint: disable=import-outside-toplevel

    families = load_and_build(args.spec)
    display = os.path.relpath(args.lock, REPO_ROOT) if args.lock.startswith(REPO_ROOT) else args.lock
    if args.command == "abi-update":
        for path in abi.update(families, args.lock):
            print(f"abi-update: {'wrote' if os.path.exists(path) else 'removed'} {os.path.relpath(path)}")
        print(f"abi-update: {display} holds the released values of {len(families)} families")
        return 0
    report = abi.check(families, args.lock, display)
    for note in report.notes:
        print(f"abi-check: note: {note}")
    for failure in report.failures:
        print(failure, file=sys.stderr)
    if report.failures:
        print(f"abi-check: {len(report.failures)} locked value(s) changed or removed; restore them, or record "
              "a deliberate change with 'make abi-update'", file=sys.stderr)
        return 1
    print(f"abi-check: every value locked in {display} is unchanged")
    return 0


def _importers() -> list[str]:
    folder = os.path.join(os.path.dirname(__file__), "importers")
    if not os.path.isdir(folder):
        return []
    return sorted(n[:-3] for n in os.listdir(folder) if n.endswith(".py") and not n.startswith("_"))


def main(argv: list[str]) -> int:
    """Parse arguments and run one command; spec errors exit 1 with file:line lines."""
    if argv and argv[0].startswith("import-") and argv[0][7:].replace("-", "_") in _importers():
        module = importlib.import_module(f"generator.importers.{argv[0][7:].replace('-', '_')}")
        return int(module.main(argv[1:]))
    parser = argparse.ArgumentParser(prog="fwctl-gen", description="fwctl spec-driven code generator")
    parser.add_argument("--spec", default=os.path.join(REPO_ROOT, "spec"), help="spec directory")
    parser.add_argument("--templates", default=os.path.join(REPO_ROOT, "templates"), help="template directory")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("validate", help="check the spec and report every error")
    gen = sub.add_parser("generate", help="write generated/ (only changed files)")
    gen.add_argument("--out", default=os.path.join(REPO_ROOT, "generated"), help="output directory")
    gen.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything is stale")
    gen.add_argument("--force", action="store_true", help="ignore the no-op stamp")
    gen.add_argument("--stamp", default=None, help="no-op stamp file (default: build/regen.stamp for the repo)")
    for name, text in (("abi-check", "fail when a value locked in abi/spec changed or disappeared"),
                       ("abi-update", "record the released values of the spec in abi/spec")):
        sub.add_parser(name, help=text).add_argument(
            "--lock", default=os.path.join(REPO_ROOT, "abi", "spec"), help="lock directory")
    for name in _importers():
        sub.add_parser(f"import-{name.replace('_', '-')}", help=f"write spec YAML from a {name} header")
    args = parser.parse_args(argv)
    if args.command == "generate" and args.stamp is None:
        default_dirs = (os.path.abspath(args.out) == os.path.join(REPO_ROOT, "generated")
                        and os.path.abspath(args.spec) == os.path.join(REPO_ROOT, "spec"))
        args.stamp = os.path.join(REPO_ROOT, "build", "regen.stamp") if default_dirs else ""
    try:
        if args.command.startswith("abi-"):
            return cmd_abi(args)
        return cmd_validate(args) if args.command == "validate" else cmd_generate(args)
    except SpecErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} error(s); nothing was written", file=sys.stderr)
        return 1
