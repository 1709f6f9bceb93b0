"""Bringing new sources in: add-source, the inbox, candidate claims and their review."""
