"""ACME's disclosurelint rules, registered under the entry point ``acme``."""

from __future__ import annotations

from acme_disclosure_rules import acme201_dpa_ticket

RULES = [acme201_dpa_ticket]
