"""Build the resolved model from loaded spec files, with semantic checks.

Every problem becomes a SpecError naming file, line and element; all problems
of one pass are collected so the author sees them together.
"""
from __future__ import annotations

import dataclasses
import os
from typing import Any, Optional

from .errors import SpecError, SpecErrors
from .layouts import LayoutResolver
from .loader import Map, Seq, SpecFile
from .catalogues import catalogue
from .fwscopes import firmware_scopes, rule_refs
from .messages import MessageRules, locate
from .model import (
    Command,
    CommandSet,
    Const,
    Core,
    Enum,
    EnumEntry,
    ErrnoRule,
    Family,
    Ioctl,
    KernelHeader,
    LayoutStyle,
    Member,
    OpModRule,
    Origin,
    Struct,
    Typedef,
    UapiHeader,
)
from .cnames import c_name_clashes
from .cstructs import PendingLayoutStruct, bind_layout_structs, unknown_includes

C_TYPES = {  # name: (C spelling, size, alignment)
    "u8": ("__u8", 1, 1),
    "u16": ("__u16", 2, 2),
    "u32": ("__u32", 4, 4),
    "u64": ("__u64", 8, 8),
    "s8": ("__s8", 1, 1),
    "s16": ("__s16", 2, 2),
    "s32": ("__s32", 4, 4),
    "s64": ("__s64", 8, 8),
    "aligned_u64": ("__aligned_u64", 8, 8),
}
DENIED = "denied"
MAX_CLASSIFY_BITS = 32  # opcode, op_mod, uid, status, syndrome


class Context:
    """Collects errors while building one family."""

    def __init__(self) -> None:
        self.errors: list[SpecError] = []

    def error(self, node: Map, key: Optional[str], element: str, message: str) -> None:
        """Record an error at ``node[key]`` (or at the node when key is None)."""
        line = node.line_of(key) if key else node.line
        self.errors.append(SpecError(node.file, line, element, message))


def _item_label(items: Seq, index: int, prefix: str) -> str:
    item = items[index]
    name = item.get("name") if isinstance(item, Map) else None
    return f"{prefix}[{name if isinstance(name, str) else index}]"


def _origin(node: Map) -> Origin:
    return Origin(node.file, node.line)


class FamilyParts:
    """The merged raw data of one family: single keys once, lists concatenated."""

    SINGLE = ("license", "doc", "extends", "device-type", "device-info", "core", "layout-style", "uapi")
    LISTS = ("errors", "enums", "layouts", "messages", "catalogues", "kernel-headers")

    def __init__(self, name: str, ctx: Context) -> None:
        self.name = name
        self.files: list[str] = []
        self.single: dict[str, tuple[Map, Any]] = {}
        self.lists: dict[str, list[Map]] = {key: [] for key in self.LISTS}
        self.commands: dict[str, tuple[Map, Any]] = {}
        self.command_list: list[Map] = []
        self.ctx = ctx

    def _once(self, table: dict[str, tuple[Map, Any]], owner: Map, key: str, label: str) -> None:
        if key in table:
            first = table[key][0]
            self.ctx.error(owner, key, label, f"defined twice (first at {first.file}:{first.line_of(key)})")
        else:
            table[key] = (owner, owner[key])

    def add(self, spec: SpecFile) -> None:
        """Merge one file of this family."""
        data = spec.data
        self.files.append(spec.path)
        for key in self.SINGLE:
            if key in data:
                self._once(self.single, data, key, key)
        for key in self.LISTS:
            self.lists[key].extend(data.get(key, []))
        commands = data.get("commands")
        if commands:
            for key in commands:
                if key == "list":
                    self.command_list.extend(commands["list"])
                else:
                    self._once(self.commands, commands, key, f"commands.{key}")

    def get(self, key: str, default: Any = None) -> Any:
        return self.single[key][1] if key in self.single else default

    def owner(self, key: str) -> Optional[Map]:
        return self.single[key][0] if key in self.single else None


def _enum(ctx: Context, node: Map, label: str) -> Enum:
    prefix = node["prefix"]
    entries: list[EnumEntry] = []
    seen: dict[str, EnumEntry] = {}
    for i, raw in enumerate(node["entries"]):
        element = _item_label(node["entries"], i, f"{label}.entries")
        entry = EnumEntry(
            name=raw["name"],
            value=raw["value"],
            cname=prefix + raw["name"],
            doc=raw.get("doc", "").strip(),
            taint=raw.get("taint", False),
            capability=raw.get("capability", ""),
            errno=raw.get("errno", ""),
            origin=_origin(raw),
        )
        if entry.name in seen:
            ctx.error(raw, "name", element, "duplicate enum entry name")
            continue
        seen[entry.name] = entry
        entries.append(entry)
    other_errno = node.get("other-errno", "")
    # An errno mapping covers every value: the entries' and all others.
    if any(e.errno for e in entries) and not other_errno:
        ctx.error(node, None, label, "entries with an errno need other-errno: (the errno of any other value)")
    if other_errno and not any(e.errno for e in entries):
        ctx.error(node, "other-errno", label, "other-errno: but no entry has an errno")
    return Enum(
        name=node["name"],
        prefix=prefix,
        entries=entries,
        doc=node.get("doc", "").strip(),
        anonymous=node.get("anonymous", False),
        other_errno=other_errno,
        origin=_origin(node),
    )


def _struct(ctx: Context, node: Map, label: str, enums: dict[str, Enum]) -> Struct:
    members: list[Member] = []
    offset = max_align = 0
    names: set[str] = set()
    for i, raw in enumerate(node["members"]):
        element = _item_label(node["members"], i, f"{label}.members")
        ctype, size, align = C_TYPES[raw["type"]]
        if raw["name"] in names:
            ctx.error(raw, "name", element, "duplicate member name")
        names.add(raw["name"])
        enum = None
        if "enum" in raw:
            enum = enums.get(raw["enum"])
            if enum is None:
                ctx.error(raw, "enum", element, f"unknown enum '{raw['enum']}'")
        offset = (offset + align - 1) // align * align
        members.append(
            Member(raw["name"], ctype, size, align, offset, raw.get("dir", "in"),
                   raw["doc"].strip(), enum, raw.get("pointer", False), _origin(raw))
        )
        offset += size
        max_align = max(max_align, align)
    size = (offset + max_align - 1) // max_align * max_align
    if "size" in node and node["size"] != size:
        ctx.error(node, "size", label, f"declared size {node['size']} but members give {size} bytes")
    return Struct(node["name"], node["doc"].strip(), members, size, _origin(node))


def _errors(raw: Optional[list[Map]]) -> list[ErrnoRule]:
    return [ErrnoRule(e["errno"], e["when"].strip()) for e in raw or []]


class FamilyBuilder:
    """Turns the merged parts of one family into a resolved Family."""

    def __init__(self, parts: FamilyParts, families: dict[str, Family]) -> None:
        self.parts = parts
        self.ctx = parts.ctx
        self.families = families

    def build(self) -> Family:
        parts = self.parts
        fam = Family(
            name=parts.name,
            license=parts.get("license", ""),
            doc=(parts.get("doc") or "").strip(),
            files=parts.files,
        )
        if not fam.license:
            self.ctx.errors.append(SpecError(parts.files[0], 1, f"family {fam.name}", "no license: declared"))
        self._parent(fam)
        self._uapi(fam)
        self._core(fam)
        self._enums(fam)
        enums = self._enum_table(fam)
        fam.errors = _errors(parts.lists["errors"])
        fam.kernel_headers = [KernelHeader(k["header"], list(k.get("names", [])), list(k.get("prefixes", [])))
                              for k in parts.lists["kernel-headers"]]
        self._device_type(fam)
        self._device_info(fam)
        style_raw = parts.get("layout-style")
        style = LayoutStyle(
            byte_order=style_raw["byte-order"],
            bit_numbering=style_raw["bit-numbering"],
            word_bits=style_raw["word-bits"],
            straddle=style_raw["straddle"],
        ) if style_raw else LayoutStyle()
        if style_raw and (style.byte_order == "big-endian") != (style.bit_numbering == "msb0"):
            self.ctx.error(style_raw, "bit-numbering", "layout-style",
                           "big-endian layouts number bits msb0 and little-endian ones lsb0")
        if parts.lists["layouts"] and not style_raw:
            first = parts.lists["layouts"][0]
            self.ctx.error(first, None, f"layouts[{first['name']}]", "layouts need a family layout-style:")
        resolver = LayoutResolver(self.ctx, style, enums)
        fam.layouts = resolver.resolve(parts.lists["layouts"])
        bind_layout_structs(self.ctx, fam, resolver)
        self._commands(fam, resolver)
        request = fam.commands.request if fam.commands else None
        MessageRules(self.ctx, {lay.name: lay for lay in fam.layouts}, enums, request).apply(
            parts.lists["messages"])
        fam.catalogues = [c for c in (catalogue(self.ctx, raw, fam, enums) for raw in parts.lists["catalogues"])
                          if c is not None]
        return fam

    def _enums(self, fam: Family) -> None:
        """Top-level enums; a name may not repeat one of the family's uapi enums."""
        seen = {e.name for e in fam.all_enums}
        for raw in self.parts.lists["enums"]:
            label = f"enums[{raw['name']}]"
            if raw["name"] in seen:
                self.ctx.error(raw, "name", label, "duplicate enum name")
                continue
            seen.add(raw["name"])
            fam.enums.append(_enum(self.ctx, raw, label))

    def _enum_table(self, fam: Family) -> dict[str, Enum]:
        """Enums a reference may name: the family's and its parent's by
        name, and those of every family built before it (the core first,
        then by name) as ``family.enum``."""
        table: dict[str, Enum] = {f"{name}.{e.name}": e
                                  for name, other in self.families.items() for e in other.all_enums}
        if fam.parent:
            table.update({e.name: e for e in fam.parent.all_enums})
        table.update({e.name: e for e in fam.all_enums})
        return table

    def _parent(self, fam: Family) -> None:
        name = self.parts.get("extends")
        if name is None:
            return
        parent = self.families.get(name)
        owner = self.parts.owner("extends")
        if parent is None or parent.core is None:
            self.ctx.error(owner, "extends", "extends", f"unknown core family '{name}'")
        else:
            fam.parent = parent

    def _uapi(self, fam: Family) -> None:
        raw = self.parts.get("uapi")
        if raw is None:
            return
        enums: dict[str, Enum] = {}
        if fam.parent:
            enums.update({e.name: e for e in fam.parent.all_enums})
        structs: dict[str, Struct] = {}
        consts: dict[str, Const] = {}
        names: set[str] = set()
        paths: set[str] = set()
        for header in raw if isinstance(raw, list) else [raw]:
            if header["header"] in paths:
                self.ctx.error(header, "header", "uapi.header", f"header {header['header']} declared twice")
            paths.add(header["header"])
            items: list[object] = []
            for i, node in enumerate(header["items"]):
                label = _item_label(header["items"], i, f"uapi[{header['header']}].items")
                name = node.get("name", node.get("layout"))
                if name in names:
                    self.ctx.error(node, "name", label, "duplicate uapi item name")
                names.add(name)
                item = self._uapi_item(node, label, consts, enums, structs)
                if item is not None:
                    items.append(item)
            fam.headers.append(UapiHeader(header["header"], (header.get("doc") or "").strip(), items,
                                          list(header.get("includes", [])), _origin(header),
                                          header.get("guard", "")))

    def _uapi_item(self, node: Map, label: str, consts: dict[str, Const], enums: dict[str, Enum],
                   structs: dict[str, Struct]) -> Optional[object]:
        kind = node["kind"]
        if kind == "const":
            consts[node["name"]] = Const(node["name"], node["value"], node["doc"].strip(), _origin(node))
            return consts[node["name"]]
        if kind == "enum":
            enums[node["name"]] = _enum(self.ctx, node, label)
            return enums[node["name"]]
        if kind == "typedef":
            base, size, _ = C_TYPES[node["type"]]
            count = node.get("count")
            return Typedef(node["name"], base, count, size * (count or 1), node["doc"].strip(),
                           node.get("kernel-type", ""), node.get("kernel-include", ""), _origin(node))
        if kind == "struct" and "layout" in node:
            return PendingLayoutStruct(node, label)
        if kind == "struct":
            structs[node["name"]] = _struct(self.ctx, node, label, enums)
            return structs[node["name"]]
        return self._ioctl(node, label, consts, enums, structs)

    def _ioctl(self, node: Map, label: str, consts: dict[str, Const], enums: dict[str, Enum],
               structs: dict[str, Struct]) -> Optional[Ioctl]:
        type_const = next((c for c in consts.values() if c.name.endswith("_TYPE")), None)
        nr = next((e.entry(node["nr"]) for e in enums.values() if e.anonymous and e.entry(node["nr"])), None)
        arg = structs.get(node["arg"])
        if type_const is None:
            self.ctx.error(node, None, label, "no *_TYPE const defined before this ioctl")
        if nr is None:
            self.ctx.error(node, "nr", label, f"unknown command number '{node['nr']}' (an entry of an anonymous enum)")
        if arg is None:
            self.ctx.error(node, "arg", label, f"unknown struct '{node['arg']}' (define it before the ioctl)")
        if type_const is None or nr is None or arg is None:
            return None
        return Ioctl(node["name"], type_const, nr, arg, node["doc"].strip(), _errors(node.get("errors")),
                     _origin(node))

    def _core(self, fam: Family) -> None:
        raw = self.parts.get("core")
        if raw is None:
            return
        owner = self.parts.owner("core")
        table = {e.name: e for e in fam.all_enums}
        device_types, scopes = table.get(raw["device-types"]), table.get(raw["scopes"])
        if device_types is None:
            self.ctx.error(raw, "device-types", "core.device-types", f"unknown enum '{raw['device-types']}'")
        if scopes is None:
            self.ctx.error(raw, "scopes", "core.scopes", f"unknown enum '{raw['scopes']}'")
        elif [e.value for e in scopes.entries] != list(range(len(scopes.entries))):
            self.ctx.error(raw, "scopes", "core.scopes", "scope values must be 0, 1, 2, ... in order")
        if fam.parent is not None:
            self.ctx.error(owner, "core", "core", "a core family cannot extend another family")
        if device_types and scopes:
            fam.core = Core(device_types, scopes, raw["max-rpc-bytes"])

    def _device_type(self, fam: Family) -> None:
        name = self.parts.get("device-type")
        if name is None:
            return
        owner = self.parts.owner("device-type")
        if fam.parent is None:
            self.ctx.error(owner, "device-type", "device-type", "needs extends: naming the core family")
            return
        entry = fam.parent.the_core.device_types.entry(name)
        if entry is None:
            self.ctx.error(owner, "device-type", "device-type", f"unknown device type '{name}'")
        fam.device_type = entry

    def _device_info(self, fam: Family) -> None:
        name = self.parts.get("device-info")
        if name is None:
            return
        fam.device_info = next((s for s in fam.structs if s.name == name), None)
        if fam.device_info is None:
            self.ctx.error(self.parts.owner("device-info"), "device-info", "device-info",
                           f"unknown struct '{name}' (a struct of the family's uapi header)")

    def _scope(self, fam: Family, node: Map, key: str, label: str) -> Optional[EnumEntry]:
        name = node[key]
        if name == DENIED:
            return None
        core = fam.parent.core if fam.parent else fam.core
        entry = None
        if core:
            entry = next((e for e in core.scopes.entries if e.short == name), None)
        if entry is None:
            known = ", ".join([e.short for e in core.scopes.entries] + [DENIED]) if core else DENIED
            self.ctx.error(node, key, label, f"unknown scope '{name}' (one of: {known})")
        return entry

    def _commands(self, fam: Family, resolver: LayoutResolver) -> None:
        parts = self.parts
        if not parts.commands and not parts.command_list:
            return
        head = {k: v for k, (_, v) in parts.commands.items()}
        owner = next(iter(parts.commands.values()))[0] if parts.commands else parts.command_list[0]
        missing = [k for k in ("prefix", "request", "response", "opcode-field", "reject-errno")
                   if k not in head]
        if missing:
            self.ctx.error(owner, None, "commands", "missing " + ", ".join(missing))
            return
        request = resolver.find(head["request"])
        response = resolver.find(head["response"])
        for key, layout in (("request", request), ("response", response)):
            if layout is None:
                self.ctx.error(parts.commands[key][0], key, f"commands.{key}", f"unknown layout '{head[key]}'")
        if request is None or response is None:
            return

        def field_of(key: str, layout: Any) -> Any:
            if key not in head:
                return None
            located = locate(layout, head[key])
            # a nested field (hdr.opcode) stands for itself at its offset in the layout
            found = dataclasses.replace(located[1], name=head[key], offset=located[0]) if located else None
            if found is None or found.kind != "uint":
                self.ctx.error(parts.commands[key][0], key, f"commands.{key}",
                               f"'{head[key]}' is not an integer field of layout {layout.name}")
            elif found.width > MAX_CLASSIFY_BITS or found.is_array:
                self.ctx.error(parts.commands[key][0], key, f"commands.{key}",
                               f"'{head[key]}' must be one integer of at most {MAX_CLASSIFY_BITS} bits "
                               f"(it is {found.width} bits{', an array' if found.is_array else ''})")
                return None
            return found

        cset = CommandSet(
            prefix=head["prefix"],
            request=request,
            response=response,
            opcode_field=field_of("opcode-field", request),
            op_mod_field=field_of("op-mod-field", request),
            uid_field=field_of("uid-field", request),
            status_field=field_of("status-field", response),
            syndrome_field=field_of("syndrome-field", response),
            min_request_bytes=head.get("min-request-bytes", request.nbytes),
            max_request_bytes=head.get("max-request-bytes", self._core_max_rpc_bytes(fam)),
            min_response_bytes=head.get("min-response-bytes", response.nbytes),
            reject_errno=head["reject-errno"],
            length_errno=head.get("length-errno", "EINVAL"),
            commands=[],
            scope_errno=head.get("scope-errno", ""),
        )
        scope_of = lambda node, key, label: self._scope(fam, node, key, label)  # noqa: E731
        cset.firmware_scopes = firmware_scopes(self.ctx, head.get("firmware-scopes", []),
                                               self._enum_table(fam), scope_of)
        if "firmware-scope" in head:
            cset.every_command = rule_refs(self.ctx, parts.commands["firmware-scope"][0], "firmware-scope",
                                           "commands.firmware-scope", cset.firmware_scopes)
        if cset.opcode_field is None:
            return
        self._request_limit(fam, cset)
        self._command_list(fam, cset, resolver)
        cset.commands.sort(key=lambda c: c.opcode)
        fam.commands = cset

    @staticmethod
    def _core_max_rpc_bytes(fam: Family) -> int:
        """The core's largest RPC buffer (0 when the family's core is unknown,
        an error reported where extends: is checked)."""
        core = fam.parent.core if fam.parent else fam.core
        return core.max_rpc_bytes if core else 0

    def _request_limit(self, fam: Family, cset: CommandSet) -> None:
        """Check that min-request-bytes covers the fields a request is
        classified by (the generated <family>_rpc_validate() reads them once
        the length rules pass), and max-request-bytes against
        min-request-bytes and the core's RPC limit."""
        if "min-request-bytes" in self.parts.commands:
            classify = [f for f in (cset.opcode_field, cset.op_mod_field) if f is not None]
            end = max(-(-(f.offset + f.width) // 8) for f in classify)
            if cset.min_request_bytes < end:
                self.ctx.error(self.parts.commands["min-request-bytes"][0], "min-request-bytes",
                               "commands.min-request-bytes",
                               f"{cset.min_request_bytes} does not cover the classifying fields "
                               f"(they end at byte {end})")
        if "max-request-bytes" not in self.parts.commands:
            return
        node = self.parts.commands["max-request-bytes"][0]
        core_max = self._core_max_rpc_bytes(fam)
        if cset.max_request_bytes < cset.min_request_bytes:
            self.ctx.error(node, "max-request-bytes", "commands.max-request-bytes",
                           f"{cset.max_request_bytes} is below min-request-bytes ({cset.min_request_bytes})")
        elif core_max and cset.max_request_bytes > core_max:
            self.ctx.error(node, "max-request-bytes", "commands.max-request-bytes",
                           f"{cset.max_request_bytes} is above the core's max-rpc-bytes ({core_max})")

    def _command_list(self, fam: Family, cset: CommandSet, resolver: LayoutResolver) -> None:
        names: dict[str, Map] = {}
        opcodes: dict[int, Map] = {}
        op_limit = 1 << cset.opcode_field.width
        mod_limit = 1 << cset.op_mod_field.width if cset.op_mod_field else 1
        for raw in self.parts.command_list:
            label = f"commands.list[{raw['name']}]"
            if raw["name"] in names:
                first = names[raw["name"]]
                self.ctx.error(raw, "name", label, f"duplicate command name (first at {first.file}:{first.line})")
            names.setdefault(raw["name"], raw)
            if raw["opcode"] in opcodes:
                first = opcodes[raw["opcode"]]
                self.ctx.error(raw, "opcode", label,
                               f"duplicate opcode {raw['opcode']:#x} (also {first['name']} at {first.file}:{first.line})")
            opcodes.setdefault(raw["opcode"], raw)
            if raw["opcode"] >= op_limit:
                self.ctx.error(raw, "opcode", label,
                               f"opcode {raw['opcode']:#x} does not fit the {cset.opcode_field.width}-bit opcode field")
            rules: list[OpModRule] = []
            for rule in raw.get("op-mod-scopes", []):
                rlabel = f"{label}.op-mod-scopes[{rule['op-mod']}]"
                if cset.op_mod_field is None:
                    self.ctx.error(rule, "op-mod", rlabel, "the family declares no op-mod-field")
                elif rule["op-mod"] >= mod_limit:
                    self.ctx.error(rule, "op-mod", rlabel, f"op_mod does not fit the {cset.op_mod_field.width}-bit field")
                if any(r.op_mod == rule["op-mod"] for r in rules):
                    self.ctx.error(rule, "op-mod", rlabel, "duplicate op_mod rule")
                scope = self._scope(fam, rule, "scope", rlabel)
                if scope is not None:
                    rules.append(OpModRule(rule["op-mod"], scope, rule.get("doc", "").strip()))
            scope = self._scope(fam, raw, "scope", label)
            layouts = []
            for key in ("in", "out"):
                layout = resolver.find(raw[key]) if key in raw else None
                if key in raw and layout is None:
                    self.ctx.error(raw, key, label, f"unknown layout '{raw[key]}'")
                layouts.append(layout)
            cset.commands.append(Command(raw["name"], raw["opcode"], scope, rules, layouts[0], layouts[1],
                                         raw.get("doc", "").strip(), _origin(raw),
                                         rule_refs(self.ctx, raw, "firmware-scope", label, cset.firmware_scopes)))


def build_model(specs: list[SpecFile]) -> list[Family]:
    """Resolve every family; raise SpecErrors with everything wrong."""
    ctx = Context()
    groups: dict[str, FamilyParts] = {}
    for spec in specs:
        name = spec.data["family"]
        rel = spec.path.split("/", 1)[1]  # below the spec root
        where = os.path.dirname(rel) or os.path.splitext(rel)[0]
        if name != where:
            ctx.error(spec.data, "family", "family", f"'{name}' does not match the file's place (expected '{where}')")
            continue
        groups.setdefault(name, FamilyParts(name, ctx)).add(spec)
    families: dict[str, Family] = {}
    # Core families (no extends) first, then the rest; each group by name.
    order = sorted(groups.values(), key=lambda p: (p.get("extends") is not None, p.name))
    for parts in order:
        families[parts.name] = FamilyBuilder(parts, families).build()
    if not ctx.errors:
        ctx.errors.extend(unknown_includes(list(families.values())))
        ctx.errors.extend(c_name_clashes(list(families.values())))
    if ctx.errors:
        raise SpecErrors(ctx.errors)
    return list(families.values())
