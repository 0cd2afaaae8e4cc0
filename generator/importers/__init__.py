# SPDX-License-Identifier: GPL-2.0
"""Helpers that turn a vendor's own header format into spec YAML.

Importers are run by hand (or by a Makefile target) to write spec files; they
are never part of `make regen`.  Once imported, the YAML under spec/ is the
source of truth.
"""
