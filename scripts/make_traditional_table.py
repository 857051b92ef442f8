#!/usr/bin/env python3
"""Writes src/normdocs/rules/traditional.jsonl: traditional → simplified, one character each.

    pip install opencc==1.4.2 && python scripts/make_traditional_table.py

The confidentiality view folds traditional forms (機密 → 机密) with this table, character by
character, so offsets stay those of the printed text. It is made once from OpenCC's character
table (Apache-2.0) rather than loading OpenCC at run time (0.4 s per process). Not needed to
run normdocs; rerun only to refresh the table.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parents[1] / "src" / "normdocs" / "rules" / "traditional.jsonl"
RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF)]


def main() -> None:
    converter = opencc.OpenCC("t2s")
    pairs = []
    for lo, hi in RANGES:
        for code in range(lo, hi + 1):
            char = chr(code)
            simple = converter.convert(char)
            if simple != char and len(simple) == 1:
                pairs.append((char, simple))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"source": "OpenCC 1.4.2 t2s, one character each (Apache-2.0)",
                             "made_by": "scripts/make_traditional_table.py", "pairs": len(pairs)},
                            ensure_ascii=False) + "\n")
        for char, simple in pairs:
            fh.write(json.dumps([char, simple], ensure_ascii=False) + "\n")
    print(f"{len(pairs)} pairs -> {OUT}")


if __name__ == "__main__":
    main()
