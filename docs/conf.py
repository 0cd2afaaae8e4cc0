# SPDX-License-Identifier: GPL-2.0
"""Sphinx configuration for the generated reference (generated/docs)."""
project = "fwctl generated reference"
master_doc = "index"
exclude_patterns: list[str] = []
html_theme = "sphinx_rtd_theme"

# API reference from the headers' kernel-doc comments (docs/ext/kerneldoc.py).
import os  # noqa: E402
import sys  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "ext"))
extensions = ["kerneldoc"]
kerneldoc_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
