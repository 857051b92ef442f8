"""Agreement of the proposed disclosure attribute with a human judgement.

    python benchmarks/disclosure_eval.py GOLD DIR [--format text|json] [--ignore-marker]

GOLD has one JSON object per line; entries with an `expected_attribute` key (主动公开,
依申请公开 or 不予公开) are scored, `file` relative to DIR. Each file goes through
extract_file + review, as `normdocs inspect` does. Reported:
- agreement: the share of documents whose `proposed` equals `expected_attribute`;
- agreement by the office default: the same, except that a document the label withholds on
  Art. 16 alone (its note cites Art.16 and not Art.14/15: 过程性信息 or internal affairs, which
  "可以不予公开") also agrees when the rules propose 依申请公开 for a reviewer, the default
  issue 3 set for process information;
- the confusion matrix (rows expected, columns proposed);
- the share sent to review (`needs_review`) and the share in conflict with their 附注;
- unsafe: documents expected not to be 主动公开 whose attribute in force came out 主动公开
  without a human. This must be 0.
`--ignore-marker` drops the 附注 marker before review: how the rules alone fare on documents
that print none (historical files). Only masked evidence is ever printed. Exits 0 once the evaluation ran, 1 when any outcome is
unsafe.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ATTRIBUTES = ["主动公开", "依申请公开", "不予公开"]


def evaluate(gold_path: Path, root: Path, *, ignore_marker: bool = False) -> dict:
    from normdocs.extractors import extract_file
    from normdocs.review import review

    rows = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        if "expected_attribute" not in entry:
            continue
        record = extract_file(root / entry["file"], keep_layout=True)
        if ignore_marker:
            record.metadata.disclosure_marker = None
        record = review(record)
        d = record.disclosure
        rows.append({
            "file": entry["file"], "expected": entry["expected_attribute"], "proposed": d.proposed,
            "attribute": d.attribute, "source": d.source, "needs_review": d.needs_review, "conflict": d.conflict,
            "findings": [f"{f.kind}:{f.evidence}" for f in record.findings],
            "art16_only": _art16_only(entry),
        })
    n = len(rows)
    confusion = Counter((r["expected"], r["proposed"]) for r in rows)
    unsafe = [r for r in rows if r["expected"] != "主动公开" and r["attribute"] == "主动公开"]
    return {
        "documents": n,
        "agreement": sum(r["expected"] == r["proposed"] for r in rows) / n if n else None,
        "agreement_office_default": sum(_agrees_by_office_default(r) for r in rows) / n if n else None,
        "confusion": {e: {p: confusion[(e, p)] for p in ATTRIBUTES} for e in ATTRIBUTES},
        "review_share": sum(r["needs_review"] for r in rows) / n if n else None,
        "conflict_share": sum(r["conflict"] for r in rows) / n if n else None,
        "unsafe": len(unsafe),
        "rows": rows,
    }


def _art16_only(entry: dict) -> bool:
    """The label withholds on Art. 16 alone, as its own note says."""
    note = entry.get("note", "").replace(" ", "")
    return (entry["expected_attribute"] == "不予公开" and "Art.16" in note
            and not any(f"Art.{a}" in note for a in ("14", "15")))


def _agrees_by_office_default(row: dict) -> bool:
    if row["expected"] == row["proposed"]:
        return True
    return row["art16_only"] and row["proposed"] == "依申请公开" and row["needs_review"]


def _pad(text: str, width: int) -> str:
    """Left-justify to a display width: CJK characters take two columns."""
    shown = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - shown)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def print_text(result: dict) -> None:
    print(f"documents scored:   {result['documents']}")
    print(f"agreement proposed: {_pct(result['agreement'])}")
    print(f"  by office default: {_pct(result['agreement_office_default'])}  (Art.16-only labels: 依申请公开 for review agrees)")
    print(f"sent to review:     {_pct(result['review_share'])}")
    print(f"conflicts:          {_pct(result['conflict_share'])}")
    print(f"unsafe outcomes:    {result['unsafe']}  (expected not 主动公开, attribute 主动公开)")
    print("\nconfusion (rows expected, columns proposed):")
    width = 12
    print(_pad("", width) + "".join(_pad(a, width) for a in ATTRIBUTES))
    for e in ATTRIBUTES:
        print(_pad(e, width) + "".join(_pad(str(result["confusion"][e][p]), width) for p in ATTRIBUTES))
    disagreements = [r for r in result["rows"] if r["expected"] != r["proposed"]]
    if disagreements:
        print("\ndisagreements:")
        for r in disagreements:
            print(f"  {r['file']}: expected {r['expected']}, proposed {r['proposed']} "
                  f"(attribute {r['attribute']}, source {r['source']}) {' '.join(r['findings'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--ignore-marker", action="store_true", help="judge by the rules alone, without the 附注")
    args = parser.parse_args(argv)
    result = evaluate(args.gold, args.dir, ignore_marker=args.ignore_marker)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_text(result)
    return 1 if result["unsafe"] else 0


if __name__ == "__main__":
    sys.exit(main())
