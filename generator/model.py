"""The resolved spec model: families, enums, uapi items, layouts and commands.

Nothing here knows about output formats; templates read these objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional


@dataclass
class Origin:
    """Where an element is defined, for error messages and docs."""

    file: str
    line: int


@dataclass
class EnumEntry:
    """One named value of an enum."""

    name: str
    value: int
    cname: str
    doc: str = ""
    taint: bool = False
    capability: str = ""
    errno: str = ""  # of a status value: what a kernel caller reports; "" = success
    origin: Optional[Origin] = None

    @property
    def short(self) -> str:
        """Lower-case name as the CLI and JSON spell it (``debug_read_only``)."""
        return self.name.lower()


@dataclass
class Enum:
    """A named set of values; ``anonymous`` enums have no C tag in headers."""

    name: str
    prefix: str
    entries: list[EnumEntry]
    doc: str = ""
    anonymous: bool = False
    other_errno: str = ""  # set when the entries carry errnos: that of any other value
    origin: Optional[Origin] = None

    def entry(self, name: str) -> Optional[EnumEntry]:
        """Entry by short or full C name."""
        for item in self.entries:
            if name in (item.name, item.cname):
                return item
        return None

    @property
    def max_value(self) -> int:
        return max(e.value for e in self.entries)


@dataclass
class Const:
    """A ``#define`` in a uapi header."""

    name: str
    value: int
    doc: str
    origin: Optional[Origin] = None


@dataclass
class Member:
    """A member of a C struct in a uapi header."""

    name: str
    ctype: str
    size: int
    align: int
    offset: int
    direction: str
    doc: str
    enum: Optional[Enum] = None
    pointer: bool = False
    origin: Optional[Origin] = None


@dataclass
class Struct:
    """A C struct of a uapi header; sizes and offsets use the C ABI rules."""

    name: str
    doc: str
    members: list[Member]
    size: int
    origin: Optional[Origin] = None


@dataclass
class ErrnoRule:
    """One errno of the contract and when it is returned."""

    errno: str
    when: str


@dataclass
class Ioctl:
    """An ioctl: its number and the struct it takes."""

    name: str
    type_const: Const
    nr: EnumEntry
    arg: Struct
    doc: str
    errors: list[ErrnoRule]
    origin: Optional[Origin] = None

    @property
    def min_size(self) -> int:
        """Smallest size the kernel accepts: the end of the last member."""
        last = self.arg.members[-1]
        return last.offset + last.size

    @property
    def number(self) -> int:
        """ioctl number with the generic _IO encoding (dir 0, size 0)."""
        return (self.type_const.value << 8) | self.nr.value


@dataclass
class Typedef:
    """A ``typedef`` in a uapi header: an integer or a fixed array of them
    (``typedef unsigned char __uapi_uuid_t[16];``); in the kernel the name
    may stand for a kernel type of the same size (``uuid_t``)."""

    name: str
    base: str  # C spelling of the element type
    count: Optional[int]  # None: a scalar
    size: int  # bytes
    doc: str
    kernel_type: str = ""
    kernel_include: str = ""
    origin: Optional[Origin] = None


@dataclass
class LayoutStruct:
    """A uapi struct declared from a layout: one definition serves the
    header (a C struct with the layout's offsets) and the codec."""

    layout: "Layout"
    doc: str
    origin: Optional[Origin] = None

    @property
    def name(self) -> str:
        return self.layout.name


@dataclass
class UapiHeader:
    """A uapi header: its path below include/uapi, the headers it includes
    and its items in order."""

    path: str
    doc: str
    items: list[object]
    includes: list[str] = field(default_factory=list)
    origin: Optional[Origin] = None
    guard_macro: str = ""  # upstream's include guard, when the spec names it

    @property
    def guard(self) -> str:
        """The include guard: upstream's, else one derived from the path."""
        return self.guard_macro or "_UAPI_" + self.path.upper().replace("/", "_").replace(".", "_")


@dataclass
class LayoutStyle:
    """Byte order and bit numbering of a family's layouts."""

    byte_order: str = "big-endian"
    bit_numbering: str = "msb0"
    word_bits: int = 32
    straddle: str = "forbid"


@dataclass
class FieldLoc:
    """Where an integer value lies: bit offset from the start of a buffer or
    layout, width and byte order; resolved from a field path."""

    path: str
    offset: int
    width: int
    byte_order: str


@dataclass
class SelectCase:
    """One selector value and the union member or payload layout it picks."""

    value: int
    name: str  # the enum entry name of the value, or its hex
    member: Optional["Field"] = None  # a union member ...
    layout: Optional["Layout"] = None  # ... or the layout of a flexible payload
    member_index: int = -1


@dataclass
class Selector:
    """Which member of a union (or layout of a flexible payload) a message
    carries, read from a field of the request or of the holding layout."""

    from_request: bool
    by: FieldLoc
    shift: int
    enum: Optional[Enum]
    cases: list[SelectCase]
    request: Optional["Layout"] = None


@dataclass
class Counter:
    """The element count of a flexible array, from a field before it:
    (value * unit_bits - minus_bits) / element width."""

    by: FieldLoc
    unit_bits: int
    minus_bits: int


@dataclass
class UserPointer:
    """A field holding a user pointer: the buffer's length field (a path
    in the same layout) and the direction data moves."""

    length: "FieldLoc"
    direction: str  # in (user to device) | out (device to user)


@dataclass
class Field:
    """One field of a layout, with its resolved offset."""

    name: str
    kind: str  # uint | bytes | layout | reserved
    width: int  # bits of one element
    count: Optional[int]  # None = scalar, 0 = flexible array, n = array
    offset: int = 0
    layout: Optional["Layout"] = None
    enum: Optional[Enum] = None
    doc: str = ""
    origin: Optional[Origin] = None
    select: Optional[Selector] = None
    counted_by: Optional[Counter] = None
    string: bool = False
    index: bool = False  # names which instance of a register-like payload is addressed
    byte_order: Optional[str] = None  # an override of the layout's; None = the layout's
    container: Optional[int] = None  # declared storage unit (bits) of an integer field
    ctype: Optional[str] = None  # the C type a uapi struct declares (c-type:); None = derived
    group: bool = False  # a nested layout declared as a __struct_group in a uapi struct
    anonymous: bool = False  # a nested layout whose members a uapi struct declares unnamed
    pointer: Optional["UserPointer"] = None  # the field holds a user pointer to a buffer

    @property
    def is_array(self) -> bool:
        return self.count is not None

    @property
    def total_bits(self) -> int:
        return self.width * (1 if self.count is None else self.count)


@dataclass
class Layout:
    """A bit layout (struct or union) of a device buffer."""

    name: str
    union: bool
    fields: list[Field]
    doc: str = ""
    bits: int = 0
    style: LayoutStyle = field(default_factory=LayoutStyle)
    origin: Optional[Origin] = None
    index: int = 0
    packed: bool = False  # as a uapi struct: __attribute__((__packed__))

    @property
    def nbytes(self) -> int:
        return self.bits // 8

    @cached_property
    def variable(self) -> bool:
        """Whether the layout takes extra elements after its fixed size: it
        ends in a flexible array, directly or through a nested layout that
        ends where it ends."""
        return any(self._variable_at_end(f) for f in self.fields)

    def _variable_at_end(self, fld: Field) -> bool:
        if fld.count == 0:  # validation keeps it last in a struct
            return True
        return (fld.kind == "layout" and fld.count is None and fld.offset + fld.width == self.bits
                and fld.layout is not None and fld.layout.variable)


@dataclass
class OpModRule:
    """A scope override for one op_mod value of a command."""

    op_mod: int
    scope: EnumEntry
    doc: str = ""


@dataclass
class ScopeMapEntry:
    """One entry of a firmware scope map: values it matches and what they
    need.  An integer matches when ``value & mask == match`` (``any``:
    when ``value & mask`` is not 0); a byte string when it equals
    ``bytes``.  The entry asks for ``scope``, or denies with ``errno``."""

    name: str
    mask: int
    match: int
    any: bool
    bytes: Optional[bytes]
    scope: Optional[EnumEntry]
    errno: str
    doc: str = ""


@dataclass
class FirmwareScope:
    """A scope decided at run time from a value the firmware reports (or a
    request carries): the first entry matching the value decides; when none
    does, ``default`` (a scope, or ``default_errno`` to deny)."""

    name: str
    doc: str
    bits: int  # width of the value; 8 * n for a byte string
    is_bytes: bool
    entries: list[ScopeMapEntry]
    default: Optional[EnumEntry]
    default_errno: str
    enum: Optional[Enum] = None
    origin: Optional[Origin] = None


@dataclass
class Command:
    """One device command: opcode, scope rule and payload layouts."""

    name: str
    opcode: int
    scope: Optional[EnumEntry]  # None: denied whatever the scope
    op_mod_rules: list[OpModRule]
    in_layout: Optional[Layout]
    out_layout: Optional[Layout]
    doc: str = ""
    origin: Optional[Origin] = None
    firmware_scopes: list[FirmwareScope] = field(default_factory=list)  # checked in order at run time

    def min_scope(self, op_mod: int) -> Optional[EnumEntry]:
        """Lowest scope that allows this command with ``op_mod``; None when denied."""
        for rule in self.op_mod_rules:
            if rule.op_mod == op_mod:
                return rule.scope
        return self.scope


@dataclass
class FieldValue:
    """A request field and the value a catalogue access sets it to."""

    loc: FieldLoc
    value: int


@dataclass
class Catalogue:
    """Named entries read (and written) with one command: the cases of the
    selector of a reply field (capability pages, registers).  An entry is
    asked for by setting the selector's request field; ``read``, ``max``
    and ``write`` set further request fields; a written payload goes in the
    request's ``request_payload`` field."""

    name: str
    list_name: str
    doc: str
    command: "Command"
    holder: "Layout"  # the reply layout, holding ...
    field: Field  # ... the selected field
    enum: Optional[Enum]  # every entry name, also those without a layout
    read: list[FieldValue]
    max: Optional[list[FieldValue]]
    write: Optional[list[FieldValue]]
    request_payload: Optional[Field]
    origin: Optional[Origin] = None

    @property
    def selector(self) -> "Selector":
        assert self.field.select is not None
        return self.field.select


@dataclass
class CommandSet:
    """How a family's requests are classified, and its command catalogue."""

    prefix: str
    request: Layout
    response: Layout
    opcode_field: Field
    op_mod_field: Optional[Field]
    uid_field: Optional[Field]
    status_field: Optional[Field]
    syndrome_field: Optional[Field]
    min_request_bytes: int
    max_request_bytes: int
    min_response_bytes: int
    reject_errno: str
    length_errno: str
    commands: list[Command]
    scope_errno: str = ""  # of a known command at too low a scope; "" = reject_errno
    firmware_scopes: list[FirmwareScope] = field(default_factory=list)  # the family's maps
    every_command: list[FirmwareScope] = field(default_factory=list)  # rules of commands the firmware lists

    @property
    def too_low_errno(self) -> str:
        """The errno of a known command at too low a scope."""
        return self.scope_errno or self.reject_errno

    @property
    def status_enum(self) -> Optional[Enum]:
        return self.status_field.enum if self.status_field else None


@dataclass
class Core:
    """What the core family (fwctl itself) provides to device families."""

    device_types: Enum
    scopes: Enum
    max_rpc_bytes: int


@dataclass
class KernelHeader:
    """A kernel header the family's generated code is included with: the
    C names it declares, listed or by prefix."""

    header: str
    names: list[str]
    prefixes: list[str]


@dataclass
class Family:
    """Everything one device family (or the core) declares, resolved."""

    name: str
    license: str
    doc: str
    files: list[str]
    core: Optional[Core] = None
    parent: Optional["Family"] = None
    device_type: Optional[EnumEntry] = None
    device_info: Optional[Struct] = None
    headers: list[UapiHeader] = field(default_factory=list)
    errors: list[ErrnoRule] = field(default_factory=list)
    enums: list[Enum] = field(default_factory=list)
    layouts: list[Layout] = field(default_factory=list)
    commands: Optional[CommandSet] = None
    catalogues: list[Catalogue] = field(default_factory=list)
    kernel_headers: list[KernelHeader] = field(default_factory=list)

    @property
    def the_core(self) -> Core:
        """The core this family builds on (its own when it is the core)."""
        core = self.core if self.core else self.parent.core if self.parent else None
        assert core is not None
        return core

    @property
    def uapi(self) -> Optional[UapiHeader]:
        """The family's first (main) uapi header."""
        return self.headers[0] if self.headers else None

    @property
    def uapi_items(self) -> list[object]:
        """The items of every uapi header of the family, in order."""
        return [item for header in self.headers for item in header.items]

    @property
    def all_enums(self) -> list[Enum]:
        """Enums declared by the family (top level and in its uapi headers)."""
        return [i for i in self.uapi_items if isinstance(i, Enum)] + self.enums

    @property
    def structs(self) -> list[Struct]:
        return [i for i in self.uapi_items if isinstance(i, Struct)]
