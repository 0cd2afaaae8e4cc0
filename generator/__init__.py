"""fwctl spec-driven code generator: YAML spec -> uapi headers, kernel tables, codecs, docs."""
