"""Traditional → simplified folding, one character each (機密 → 机密, 中央軍委 → 中央军委).

Shared by the confidentiality view (marks) and the issuer authority (old and Hong Kong prints);
the table is rules/traditional.jsonl, made by scripts/make_traditional_table.py.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def traditional_table() -> dict[int, str]:
    """Traditional → simplified, one character each, as a `str.translate` table."""
    text = resources.files("normdocs.rules").joinpath("traditional.jsonl").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines()[1:]:
        if line.strip():
            char, simple = json.loads(line)
            table[ord(char)] = simple
    return table


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(chr(c) for c in traditional_table())


def fold_traditional(text: str) -> str:
    """Traditional forms as simplified, one character each (a no-op pass when there are none)."""
    return text if _traditional_chars().isdisjoint(text) else text.translate(traditional_table())
