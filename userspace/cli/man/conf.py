# SPDX-License-Identifier: GPL-2.0
# Sphinx configuration for the fwctl(8) man page:
#   python3 -m sphinx -b man userspace/cli/man build/docs/man
project = "fwctl"
copyright = "the fwctl-gen authors"
master_doc = "fwctl"
exclude_patterns = []
man_pages = [
    ("fwctl", "fwctl", "query and drive device firmware through Linux fwctl",
     [], 8),
]
