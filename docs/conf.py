# SPDX-License-Identifier: GPL-2.0
"""Sphinx configuration for the generated reference (generated/docs)."""
project = "fwctl generated reference"
master_doc = "index"
exclude_patterns: list[str] = []
html_theme = "sphinx_rtd_theme"
