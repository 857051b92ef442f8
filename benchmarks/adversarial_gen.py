#!/usr/bin/env python3
"""Adversarial matrix: marks and personal numbers in every spelling × place × format, scored.

    python benchmarks/adversarial_gen.py OUTDIR [--small] [--every N] [--format text|json] [--show-held-out]

Writes every case of tests/adversarial.py to OUTDIR, runs each through the ingest stages
(flows.stages.prepare: extract → review, then quarantine_reasons) and counts, per kind of
mark, the documents that end 主动公开 without review (missed) — apart for the tuned
combinations and the held-out ones. Unmarked controls are counted too: a control sent to
review is over-flagging. Held-out misses are listed only with --show-held-out (don't look
while tuning). Exit 0 once scored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.adversarial import held_out, matrix, write_case  # noqa: E402


def outcome(path: Path) -> dict:
    from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons

    record = prepare(InputFile(str(path), path.name), None, dt.date(2026, 12, 1))
    held = quarantine_reasons(record, [])
    d = record.disclosure
    published = held is None and d is not None and d.attribute == "主动公开"
    return {"published_unreviewed": published, "quarantined": held is not None,
            "attribute": d.attribute if d else None, "status": record.status,
            "findings": sorted({f.kind for f in record.findings})}


def run(out: Path, small: bool, every: int = 1) -> dict:
    rows = []
    for case in matrix(small=small)[::every]:
        path = write_case(case, out)
        rows.append({"case": case.name, "kind": case.kind, "fmt": case.fmt, "place": case.place,
                     "held_out": held_out(case), **outcome(path)})
    summary = {}
    for split in ("tuned", "held_out"):
        part = [r for r in rows if r["held_out"] == (split == "held_out")]
        marked = [r for r in part if r["kind"] != "none"]
        controls = [r for r in part if r["kind"] == "none"]
        by_kind = Counter(r["kind"] for r in marked)
        missed = Counter(r["kind"] for r in marked if r["published_unreviewed"])
        summary[split] = {
            "marked": len(marked), "missed": sum(missed.values()),
            "detected_share": (1 - sum(missed.values()) / len(marked)) if marked else None,
            "by_kind": {k: {"cases": by_kind[k], "missed": missed[k]} for k in sorted(by_kind)},
            "controls": len(controls), "controls_held": sum(not r["published_unreviewed"] for r in controls),
        }
    return {"summary": summary, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--every", type=int, default=1, help="score every N-th case only (a deterministic sample)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--show-held-out", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.out, args.small, args.every)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for split, s in result["summary"].items():
        share = "n/a" if s["detected_share"] is None else f"{s['detected_share']:.1%}"
        print(f"{split}: {s['marked']} marked, {s['missed']} published unreviewed, detected {share}; "
              f"controls held {s['controls_held']}/{s['controls']}")
        for kind, k in s["by_kind"].items():
            print(f"  {kind:10s} {k['cases']:4d} cases  {k['missed']:3d} missed")
    for r in result["rows"]:
        if r["published_unreviewed"] and r["kind"] != "none" and (args.show_held_out or not r["held_out"]):
            print(f"MISSED {'held-out ' if r['held_out'] else ''}{r['case']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
