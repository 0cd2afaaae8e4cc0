/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Reflection data emitted by the generator for every device family: layouts
 * with their fields, enums, and the command catalogue with its scope rules.
 * The generic encoder, decoder and JSON printer of libfwctl walk these tables,
 * so they work for any family the spec describes.
 */
#ifndef _FWCTL_REFLECT_H
#define _FWCTL_REFLECT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** enum fwctl_byte_order - how a layout's bits map onto buffer bytes */
enum fwctl_byte_order {
	/* big-endian 32-bit words, bit 0 = MSB of the first word (PRM style) */
	FWCTL_LAYOUT_BE_MSB0 = 0,
	/* little-endian C struct, bit 0 = LSB of the first byte */
	FWCTL_LAYOUT_LE_LSB0 = 1,
};

/** enum fwctl_field_kind - what one field of a layout holds */
enum fwctl_field_kind {
	FWCTL_FIELD_UINT = 0, /* unsigned integer, 1..64 bits */
	FWCTL_FIELD_BYTES = 1, /* opaque bytes, wider than 64 bits */
	FWCTL_FIELD_LAYOUT = 2, /* a nested layout (struct or union) */
	FWCTL_FIELD_RESERVED = 3, /* reserved gap, zero on encode */
};

/** struct fwctl_enum_entry - one named value of an enum */
struct fwctl_enum_entry {
	const char *name; /* short name, e.g. "BAD_OP" */
	uint64_t value;
};

/** struct fwctl_enum - a named set of values of a family */
struct fwctl_enum {
	const char *name; /* spec name, e.g. "cmd_status" */
	const char *prefix; /* C prefix, e.g. "MLX5_CMD_STAT_" */
	const struct fwctl_enum_entry *entries;
	uint32_t n_entries;
};

/**
 * struct fwctl_field_loc - where a value lies, resolved by the generator
 * @bit_offset: from the start of the buffer (or layout) it is read from
 * @bit_width: 1..64; 0 when the family has no such field
 * @byte_order: enum fwctl_byte_order
 */
struct fwctl_field_loc {
	uint32_t bit_offset;
	uint8_t bit_width;
	uint8_t byte_order;
};

/** struct fwctl_select_case - one value of a selector and what it picks */
struct fwctl_select_case {
	uint64_t value;
	/* a union: index of the member in its fields; a payload: a layout */
	int16_t target;
};

/**
 * struct fwctl_selector - which member of a union, or which layout of a
 *	flexible payload, a message carries
 * @from_request: 1 when @by lies in the request the message answers, 0
 *	when it lies in the layout that holds the selected field
 * @shift: the selector value is the field shifted right by @shift
 * @enumeration: enum naming the values (index into fwctl_family.enums), -1
 * @by: the selector field
 * @cases: value -> member or layout
 * @n_cases: entries of @cases
 */
struct fwctl_selector {
	uint8_t from_request;
	uint8_t shift;
	int16_t enumeration;
	struct fwctl_field_loc by;
	const struct fwctl_select_case *cases;
	uint32_t n_cases;
};

/**
 * struct fwctl_counter - how many elements a flexible array has
 * @by: the field holding the count, in the layout holding the array
 * @unit_bits: bits per unit of @by's value
 * @minus_bits: bits to subtract from @by * @unit_bits (a header it counts)
 *
 * Elements = (@by * @unit_bits - @minus_bits) / element width, never more
 * than the buffer holds.
 */
struct fwctl_counter {
	struct fwctl_field_loc by;
	uint32_t unit_bits;
	uint32_t minus_bits;
};

/**
 * struct fwctl_user_pointer - a field holding a user pointer to a buffer
 * @length: the field holding the buffer's length in bytes (in the layout
 *	holding the pointer)
 * @to_device: 1 when the buffer carries data to the device, 0 from it
 */
struct fwctl_user_pointer {
	struct fwctl_field_loc length;
	uint8_t to_device;
};

/**
 * struct fwctl_field_extra - what a few fields have beyond a plain field
 * @byte_order: enum fwctl_byte_order of the field (an override of its
 *	layout's, or the layout's)
 * @is_string: an array of bytes holding text
 * @is_index: names which instance of a register-like payload an access
 *	addresses (a port, a module)
 * @select: the field is a selected union or payload, or NULL
 * @counted_by: the flexible array's element count, or NULL
 * @pointer: the field holds a user pointer, or NULL
 */
struct fwctl_field_extra {
	uint8_t byte_order;
	uint8_t is_string;
	uint8_t is_index;
	const struct fwctl_selector *select;
	const struct fwctl_counter *counted_by;
	const struct fwctl_user_pointer *pointer;
};

/** struct fwctl_field - one field of a layout, its offset resolved */
struct fwctl_field {
	const char *name;
	uint32_t bit_offset; /* of element 0, from the start of the layout */
	uint32_t bit_width; /* of one element */
	uint32_t count; /* 1 = scalar, n = array of n, 0 = flexible array */
	uint8_t kind; /* enum fwctl_field_kind */
	uint8_t is_array; /* declared as an array (count may still be 1) */
	int16_t layout; /* index into fwctl_family.layouts, or -1 */
	int16_t enumeration; /* index into fwctl_family.enums, or -1 */
	/* NULL: the layout's byte order, and none of what extra describes */
	const struct fwctl_field_extra *extra;
};

/** struct fwctl_layout - a bit layout (struct or union) of a device buffer */
struct fwctl_layout {
	const char *name; /* e.g. "query_hca_cap_in" */
	uint32_t bit_size;
	uint8_t is_union;
	uint8_t byte_order; /* enum fwctl_byte_order */
	const struct fwctl_field *fields;
	uint32_t n_fields;
	/*
	 * 1 when whole elements may follow the fixed size: the layout ends in
	 * a flexible array, directly or through a nested layout at its end
	 */
	uint8_t variable;
};

/* A scope is an enum fwctl_rpc_scope value; FWCTL_SCOPE_DENIED never allows. */
#define FWCTL_SCOPE_DENIED (-1)

/** struct fwctl_op_mod_rule - the minimal scope of a command for one op_mod */
struct fwctl_op_mod_rule {
	uint32_t op_mod;
	int8_t min_scope;
};

/**
 * struct fwctl_scope_map_entry - one entry of a firmware scope map
 * @name: the entry's name in the spec, or ""
 * @mask: an integer value v matches when (v & @mask) == @match, or with
 *	@any when (v & @mask) != 0
 * @match: see @mask
 * @any: see @mask
 * @bytes: a byte-string value matches when it equals these bytes (NULL
 *	in integer maps)
 * @scope: the scope a matching value needs, or FWCTL_SCOPE_DENIED
 * @deny_errno: the errno of a denied value
 */
struct fwctl_scope_map_entry {
	const char *name;
	uint64_t mask, match;
	uint8_t any;
	const uint8_t *bytes;
	int8_t scope;
	int deny_errno;
};

/**
 * struct fwctl_firmware_scope - a scope decided at run time from a value
 *	the firmware reports: the first matching entry decides, else the
 *	default
 * @name: as the spec names it ("set_effects")
 * @bits: width of the value (8 * bytes of a byte string)
 * @is_bytes: the value is a byte string (a UUID, ...)
 * @entries: the map, in order; @n_entries of them
 * @n_entries: see @entries
 * @default_scope: the scope of a value no entry matches, or
 *	FWCTL_SCOPE_DENIED to deny it with @default_errno
 * @default_errno: see @default_scope
 */
struct fwctl_firmware_scope {
	const char *name;
	uint16_t bits;
	uint8_t is_bytes;
	const struct fwctl_scope_map_entry *entries;
	uint32_t n_entries;
	int8_t default_scope;
	int default_errno;
};

/** struct fwctl_command - one command of a family's catalogue */
struct fwctl_command {
	const char *name; /* without the family prefix, e.g. "QUERY_HCA_CAP" */
	uint32_t opcode;
	int8_t min_scope; /* for op_mods without a rule; FWCTL_SCOPE_DENIED */
	uint8_t n_op_mod_rules;
	const struct fwctl_op_mod_rule *op_mod_rules;
	int16_t in_layout; /* index into layouts, or -1 (opaque payload) */
	int16_t out_layout;
	/* maps checked at run time, in order: indexes into firmware_scopes */
	const uint8_t *firmware_scopes;
	uint8_t n_firmware_scopes;
};

/** struct fwctl_field_value - a request field and the value to set */
struct fwctl_field_value {
	struct fwctl_field_loc loc;
	uint64_t value;
};

/**
 * struct fwctl_catalogue - named entries read (and written) with a command
 * @name: one entry, as a CLI verb ("cap", "reg")
 * @list_name: all entries ("caps", "regs")
 * @command: index into fwctl_family.commands
 * @reply_field: the selected field of the command's output layout (an
 *	index into its fields); the cases of its selector are the entries
 *	with a layout, and the selector's request field asks for one
 * @request_payload: the selected field of the command's input layout that
 *	carries a payload (index into its fields), or -1
 * @enumeration: names every entry (index into fwctl_family.enums)
 * @read: request fields for a read; @n_read entries
 * @max: request fields for a read of maximum values, NULL if none
 * @write: request fields for a write, NULL if entries cannot be written
 */
struct fwctl_catalogue {
	const char *name, *list_name;
	int16_t command;
	int16_t reply_field;
	int16_t request_payload;
	int16_t enumeration;
	const struct fwctl_field_value *read, *max, *write;
	uint8_t n_read, n_max, n_write;
};

/**
 * struct fwctl_family - a device family: its layouts, enums, commands and how its requests and responses are read
 */
struct fwctl_family {
	const char *name; /* e.g. "mlx5" */
	uint32_t device_type; /* enum fwctl_device_type value */
	const struct fwctl_layout *layouts;
	uint32_t n_layouts;
	const struct fwctl_enum *enums;
	uint32_t n_enums;
	const struct fwctl_command *commands; /* sorted by opcode */
	uint32_t n_commands;
	const char *command_prefix; /* e.g. "MLX5_CMD_OP_" */
	int16_t request_layout; /* request header layout */
	int16_t response_layout; /* response header layout */
	int16_t status_enum; /* enum of the response status field, or -1 */
	int16_t info_layout; /* layout of the FWCTL_INFO device data, or -1 */
	/* in the request header; bit_width 0 when the family has none */
	struct fwctl_field_loc opcode, op_mod, uid;
	/* in the response header; bit_width 0 when the family has none */
	struct fwctl_field_loc status, syndrome;
	uint32_t min_request_bytes, min_response_bytes;
	/* errno of a request the driver's allowlist rejects, 0 if none */
	int reject_errno;
	const struct fwctl_catalogue *catalogues;
	uint32_t n_catalogues;
	/* maps of firmware-decided scopes; those of every command the firmware lists */
	const struct fwctl_firmware_scope *firmware_scopes;
	uint32_t n_firmware_scopes;
	const uint8_t *every_command;
	uint8_t n_every_command;
	/* errno of a known command at too low a scope (may differ from reject_errno) */
	int scope_errno;
};

#ifdef __cplusplus
}
#endif

#endif /* _FWCTL_REFLECT_H */
