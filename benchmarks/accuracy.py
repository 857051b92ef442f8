"""Field-level accuracy of normdocs metadata extraction against a gold JSONL file.

    python benchmarks/accuracy.py GOLD DIR [--format text|json] [--only-text-layer]

GOLD has one JSON object per file: `file` (relative to DIR) plus the expected fields, in the
conventions of /work/shared/corpus/real/README.md. Entries with `expected_error` are bad
inputs: for those only the error code is checked, and they are counted separately.

Scores follow GROBID's header evaluation, field by field:
- precision: of the non-null predictions, the share exactly equal to gold;
- recall: of the non-null gold values, the share predicted exactly;
- F1, and exact-match accuracy (predicted == gold, a correct null counts as right).
Only fields present in a gold entry are scored for that entry. List fields (recipients,
cc) get micro precision/recall/F1 over their items. Then: overall scalar accuracy over
(document, field) pairs, the share of documents with every scalar field right, and scalar
accuracy per file format. Every mismatch is listed at the end.

`--only-text-layer` measures what text extraction alone can reach: gold entries marked
`"scanned": true` are skipped, and documents the extractor rejects as no_text_layer or
garbled_text_layer are reported as "skipped (needs OCR)" instead of being scored wrong.

Always exits 0 once the evaluation ran: a low score is a result, not a failure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from enum import Enum
from pathlib import Path
from typing import Any

SCALAR_FIELDS = [
    "title",
    "doc_number",
    "issuer",
    "doc_type",
    "signed_date",
    "printed_date",
    "classification",
    "urgency",
    "disclosure_marker",
]
LIST_FIELDS = ["recipients", "cc"]
OCR_CODES = {"no_text_layer", "garbled_text_layer"}


# ---------------------------------------------------------------- running the extractor


def plain(value: Any) -> Any:
    """Enum members (pydantic may keep them) compare and print as their value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def run_one(extract_file, path: Path) -> dict:
    """Extract one file. A crash is caught and reported: one bad document must not end the run."""
    try:
        rec = extract_file(path)
    except Exception as exc:  # an exception here is a normdocs defect, not a bad input
        message = f"{type(exc).__name__}: {exc}"
        return {"status": "crash", "code": None, "message": message, "meta": {}}
    meta = rec.metadata.model_dump() if rec.metadata is not None else {}
    return {
        "status": rec.status,
        "code": plain(rec.error.code) if rec.error else None,
        "message": rec.error.message if rec.error else None,
        "meta": {k: plain(v) for k, v in meta.items()},
    }


# ---------------------------------------------------------------- scoring


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None  # undefined, not zero, when nothing to divide


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


class Scores:
    """Counts accumulated over the scored documents."""

    def __init__(self) -> None:
        # per scalar field: n scored, non-null predictions, non-null gold, correct among
        # each of those, and exact matches overall
        self.scalar = {f: Counter() for f in SCALAR_FIELDS}
        self.lists = {f: Counter() for f in LIST_FIELDS}
        self.by_format: dict[str, Counter] = defaultdict(Counter)
        self.docs = 0
        self.docs_all_right = 0
        self.mismatches: list[dict] = []

    def add(self, file: str, fmt: str, gold: dict, meta: dict) -> None:
        self.docs += 1
        all_right = True
        for field in SCALAR_FIELDS:
            if field not in gold:
                continue
            want, got = gold[field], meta.get(field)
            c = self.scalar[field]
            c["n"] += 1
            ok = got == want
            c["exact"] += ok
            if got is not None:
                c["pred"] += 1
                c["pred_ok"] += ok
            if want is not None:
                c["gold"] += 1
                c["gold_ok"] += ok
            self.by_format[fmt]["pairs"] += 1
            self.by_format[fmt]["right"] += ok
            if not ok:
                all_right = False
                self.mismatches.append({"file": file, "field": field, "expected": want, "got": got})
        self.docs_all_right += all_right
        self.by_format[fmt]["docs"] += 1
        self.by_format[fmt]["docs_all_right"] += all_right

        for field in LIST_FIELDS:
            if field not in gold:
                continue
            want, got = Counter(gold[field] or []), Counter(meta.get(field) or [])
            c = self.lists[field]
            c["gold"] += sum(want.values())
            c["pred"] += sum(got.values())
            c["tp"] += sum((want & got).values())  # multiset intersection
            if want != got:
                self.mismatches.append(
                    {"file": file, "field": field, "expected": gold[field], "got": meta.get(field)}
                )

    def summary(self) -> dict:
        fields = {}
        for field, c in self.scalar.items():
            if not c["n"]:
                continue
            p, r = ratio(c["pred_ok"], c["pred"]), ratio(c["gold_ok"], c["gold"])
            fields[field] = {
                "n": c["n"],
                "precision": p,
                "recall": r,
                "f1": f1(p, r),
                "accuracy": ratio(c["exact"], c["n"]),
            }
        lists = {}
        for field, c in self.lists.items():
            p, r = ratio(c["tp"], c["pred"]), ratio(c["tp"], c["gold"])
            lists[field] = {"gold_items": c["gold"], "predicted_items": c["pred"],
                            "precision": p, "recall": r, "f1": f1(p, r)}
        pairs = sum(c["n"] for c in self.scalar.values())
        right = sum(c["exact"] for c in self.scalar.values())
        per_format = {
            fmt: {
                "docs": c["docs"],
                "scalar_accuracy": ratio(c["right"], c["pairs"]),
                "docs_all_scalar_right": ratio(c["docs_all_right"], c["docs"]),
            }
            for fmt, c in sorted(self.by_format.items())
        }
        return {
            "docs_scored": self.docs,
            "fields": fields,
            "lists": lists,
            "scalar_accuracy": ratio(right, pairs),
            "scalar_pairs": pairs,
            "docs_all_scalar_right": ratio(self.docs_all_right, self.docs),
            "per_format": per_format,
        }


# ---------------------------------------------------------------- the run


def evaluate(gold_path: Path, directory: Path, only_text_layer: bool) -> dict:
    from normdocs.extractors import extract_file  # imported late: --help works without it

    scores = Scores()
    bad_inputs: list[dict] = []
    skipped: list[dict] = []  # not scored: scanned, or needs OCR (only with --only-text-layer)
    errors: list[dict] = []  # good documents that came back as errors or crashed
    started = time.perf_counter()

    for line_no, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        gold = json.loads(line)
        file = gold["file"]
        fmt = Path(file).suffix.lower().lstrip(".") or "none"

        if "expected_error" in gold:
            res = run_one(extract_file, directory / file)
            bad_inputs.append({"file": file, "expected": gold["expected_error"], "got": res["code"],
                               "status": res["status"], "ok": res["code"] == gold["expected_error"],
                               "message": res["message"]})
            continue
        if only_text_layer and gold.get("scanned"):
            skipped.append({"file": file, "reason": "scanned"})
            continue

        res = run_one(extract_file, directory / file)
        if res["status"] != "ok":
            if only_text_layer and res["code"] in OCR_CODES:
                skipped.append({"file": file, "reason": f"needs OCR: {res['code']}"})
                continue
            # scored anyway (its metadata is whatever came back, usually empty)
            errors.append({"file": file, "status": res["status"], "code": res["code"],
                           "message": res["message"]})
        scores.add(file, fmt, gold, res["meta"])

    summary = scores.summary()
    summary.update(
        {
            "gold": str(gold_path),
            "dir": str(directory),
            "only_text_layer": only_text_layer,
            "commit": git_commit(),
            "seconds": round(time.perf_counter() - started, 2),
            "bad_inputs": {
                "n": len(bad_inputs),
                "matched": sum(b["ok"] for b in bad_inputs),
                "results": bad_inputs,
            },
            "skipped": skipped,
            "errors": errors,
            "mismatches": scores.mismatches,
        }
    )
    return summary


def git_commit() -> str | None:
    """Short hash of the checkout being measured, `+dirty` when it has local changes."""
    repo = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo,
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo,
                               capture_output=True, text=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return None


# ---------------------------------------------------------------- printing


def pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def show(value: Any) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False).strip('"')


def print_text(s: dict) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    console.print(f"[bold]normdocs accuracy[/bold]  gold={s['gold']}  dir={s['dir']}  "
                  f"commit={s['commit']}  {s['seconds']} s"
                  + ("  [yellow](--only-text-layer)[/yellow]" if s["only_text_layer"] else ""))

    t = Table(title=f"Scalar fields ({s['docs_scored']} documents scored)")
    for col in ("field", "n", "precision", "recall", "F1", "accuracy"):
        t.add_column(col, justify="left" if col == "field" else "right")
    for field, m in s["fields"].items():
        t.add_row(field, str(m["n"]), pct(m["precision"]), pct(m["recall"]), pct(m["f1"]),
                  pct(m["accuracy"]))
    console.print(t)

    t = Table(title="List fields (micro, over items)")
    for col in ("field", "gold items", "predicted", "precision", "recall", "F1"):
        t.add_column(col, justify="left" if col == "field" else "right")
    for field, m in s["lists"].items():
        t.add_row(field, str(m["gold_items"]), str(m["predicted_items"]), pct(m["precision"]),
                  pct(m["recall"]), pct(m["f1"]))
    console.print(t)

    t = Table(title="By format")
    for col in ("format", "docs", "scalar accuracy", "docs all right"):
        t.add_column(col, justify="left" if col == "format" else "right")
    for fmt, m in s["per_format"].items():
        t.add_row(fmt, str(m["docs"]), pct(m["scalar_accuracy"]), pct(m["docs_all_scalar_right"]))
    t.add_section()
    t.add_row("[bold]all[/bold]", str(s["docs_scored"]), pct(s["scalar_accuracy"]),
              pct(s["docs_all_scalar_right"]))
    console.print(t)

    b = s["bad_inputs"]
    if b["n"]:
        t = Table(title=f"Bad inputs: {b['matched']}/{b['n']} error codes as expected")
        for col in ("file", "expected", "got", ""):
            t.add_column(col)
        for r in b["results"]:
            t.add_row(r["file"], r["expected"], r["got"] or r["status"],
                      "[green]ok[/green]" if r["ok"] else "[red]wrong[/red]")
        console.print(t)

    if s["skipped"]:
        console.print("[yellow]Skipped, not scored:[/yellow] "
                      + ", ".join(f"{x['file']} ({x['reason']})" for x in s["skipped"]))
    if s["errors"]:
        console.print("[red]Good documents that returned an error "
                      "(scored with what came back):[/red]")
        for e in s["errors"]:
            console.print(f"  {e['file']}: {e['status']} {e['code'] or ''} {e['message'] or ''}",
                          soft_wrap=True)

    # Plain lines rather than a table: titles are long and a table wraps them to shreds.
    console.print(f"\n[bold]Mismatches ({len(s['mismatches'])})[/bold]")
    last = None
    for m in s["mismatches"]:
        if m["file"] != last:
            console.print(f"[bold]{m['file']}[/bold]")
            last = m["file"]
        # soft_wrap: let the terminal wrap; rich would push an unbroken CJK run to a new line
        console.print(f"  {m['field']:<18} expected [green]{escape(show(m['expected']))}[/green]",
                      soft_wrap=True)
        console.print(f"  {'':<18} got      [red]{escape(show(m['got']))}[/red]", soft_wrap=True)
    if not s["mismatches"]:
        console.print("[green]none[/green]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, help="gold JSONL file")
    ap.add_argument("dir", type=Path, help="directory the gold `file` paths are relative to")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--only-text-layer", action="store_true",
                    help="skip scanned documents and those that need OCR")
    args = ap.parse_args(argv)

    summary = evaluate(args.gold, args.dir, args.only_text_layer)
    if args.format == "json":
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print_text(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
