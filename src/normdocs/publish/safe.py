"""Output hygiene shared by every published file: no personal number, no spreadsheet formula."""

from __future__ import annotations

from normdocs.review.redaction import redact

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def public_text(value):
    """A text for a public output: personal numbers masked (titles and names can carry them too)."""
    return redact(value) if isinstance(value, str) else value


def cell(value):
    """A spreadsheet cell: masked, and a leading formula character neutralised with an apostrophe."""
    value = public_text(value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
