"""主题分类: agreement of the classifier with the topic pages print in their site metadata.

    python benchmarks/topic_eval.py DIR [DIR ...] [--split test|tune|all] [--json]

Every HTML page under DIR whose metadata table prints 主题分类 is a labelled example. The label is
hidden from the classifier (use_site=False). Pages are split by a hash of their file name: the
"tune" half is the one to look at while editing rules/topics.yaml, the "test" half is scored once
and written down. Prints coverage (pages given a topic), top-level agreement on the pages given a
topic and over all pages (abstentions count as wrong), and the confusion of the main topics.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from normdocs.extractors import extract_file
from normdocs.enrichment.topics import classify_topic, from_site, load_topic_rules


def split_of(path: Path) -> str:
    return "test" if int(hashlib.sha256(path.name.encode()).hexdigest(), 16) % 2 else "tune"


def labelled(dirs: list[Path]):
    rules = load_topic_rules()
    for d in dirs:
        for path in sorted(p for p in d.rglob("*") if p.suffix.lower() in (".html", ".htm")):
            record = extract_file(path, keep_layout=True)
            if record.status != "ok" or record.layout is None:
                continue
            printed = from_site(record.layout.site_metadata, rules)
            if printed is None:
                continue
            yield path, printed.topic, classify_topic(record, rules, use_site=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--split", choices=("test", "tune", "all"), default="test")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = [(p, gold, got) for p, gold, got in labelled(args.dirs) if args.split == "all" or split_of(p) == args.split]
    if not rows:
        print("没有带“主题分类”的网页。", file=sys.stderr)
        return 1
    assigned = [(g, t.topic) for _, g, t in rows if t.topic]
    right = sum(g == t for g, t in assigned)
    confusion = Counter((g, t.topic or "待定") for _, g, t in rows)
    result = {
        "split": args.split, "pages": len(rows), "assigned": len(assigned),
        "coverage": round(len(assigned) / len(rows), 3),
        "agreement_assigned": round(right / len(assigned), 3) if assigned else None,
        "agreement_all": round(right / len(rows), 3),
        "confusion": [{"printed": g, "classified": t, "n": n} for (g, t), n in confusion.most_common()],
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"split={args.split} pages={result['pages']} assigned={result['assigned']} coverage={result['coverage']}")
    print(f"top-level agreement: {result['agreement_assigned']} on assigned, {result['agreement_all']} over all")
    print("confusion (printed -> classified):")
    for c in result["confusion"]:
        mark = "" if c["printed"] == c["classified"] else "  ✗"
        print(f"  {c['n']:4d}  {c['printed']} -> {c['classified']}{mark}")
    for p, g, t in rows:
        if t.topic != g:
            print(f"  {p.name}: printed {g}, got {t.topic or '待定'} ({t.confidence}; {'、'.join(t.cues[:5])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
