#!/usr/bin/env python3
"""Adversarial matrix: marks and personal numbers in every spelling × place × format, scored.

    python benchmarks/adversarial_gen.py OUTDIR [--small] [--every N] [--format text|json] [--show-held-out]
                                         [--ingest] [--round 6]

Writes every case of tests/adversarial.py to OUTDIR, runs each through the ingest stages
(flows.stages.prepare: extract → review, then quarantine_reasons) and counts, per kind of
mark, the documents that end 主动公开 without review (missed) — apart for the tuned
combinations and the held-out ones. Unmarked controls are counted too: a control sent to
review is over-flagging. A secret-marked case should be kept out of the library (quarantined
for the secrecy office): `secret_kept_out` counts them. Held-out misses are listed only with
--show-held-out (don't look while tuning). Exit 0 once scored.

--ingest also runs the real command, `normdocs ingest`, once per split on a folder of that
split's cases (its own NORMDOCS_HOME and PREFECT_HOME, SQLite library), then scans everything
written — the library with its original-text column blanked, NORMDOCS_HOME, PREFECT_HOME, the
run's output and what search, review list, quarantine list and a CSV export print — for the
planted personal numbers (digits with any separators or zero-width characters between them),
and checks the run ended (no crash, no hang past the timeout), that every input is accounted
for (inputs = loaded + quarantined + skipped + ignored = files written) and how many marked
documents the library holds 主动公开 unreviewed.

--round 6 scores tests/adversarial6.py instead: spellings, places and formats no earlier round
tried, split into a dev part and a held-out third (`held_out6`), plus near misses that must not be
flagged at all (a finding on one is a false finding; one sent to review is over-flagging).

--round 7 scores tests/adversarial7.py the same way (held-out third `held_out7`), plus body sentences
that only quote a mark (kind quoted: review allowed, kept out of the library counted as a failure)
and hostile files (crashes counted; through --ingest, cells of the CSV export starting a formula).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.adversarial import (  # noqa: E402
    CARD_6013, CARD_6222, CARD_9558, ID1, ID2, ID3, held_out, matrix, write_case,
)
from tests.adversarial6 import ID_X, held_out6, matrix6, write_case6  # noqa: E402
from tests.adversarial7 import ID_HK, held_out7, matrix7, write_case7  # noqa: E402

# identifiers read after their word (护照号码, 往来港澳通行证, 台胞证, 军官证, 住址): tests/test_contextual_personal.py
# plants them; any case that plants them is scanned for them too
CONTEXTUAL = ("E12345678", "EA1234567", "C87654321", "G87654321", "C23456789", "文化东路12号3单元201室")
PLANTED = (ID1, ID2, ID3, ID_X, ID_HK, CARD_9558, CARD_6013, CARD_6222, "13812345678", "13912345678", *CONTEXTUAL)
CN_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
# a planted number however it is written (scanned on the NFKC form too: full-width digits):
# separators, dots, slashes, middle dots or invisible characters between its digits, × for X
_GAP = r"[\s\-./·・\u200b-\u200f\u2060\ufeff]*"
NEEDLES = [re.compile(r"(?<!\d)" + _GAP.join("[Xx×]" if c == "X" else re.escape(c) for c in n) + r"(?!\d)")
           for n in PLANTED]
# finding kinds that flag a text: a near miss holding one is a false finding
FLAG_KINDS = {"state_secret", "internal_mark", "withholding_note", "on_request_note", "secret_quoted", "id_card",
              "bank_card", "mobile", "email", "sensitive_term", "passport", "travel_permit", "officer_id", "home_address"}


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
            "secret_kept_out": sum(r["quarantined"] for r in marked if r["kind"] == "secret"),
        }
    return {"summary": summary, "rows": rows}


def _leaks(text: str) -> int:
    folded = unicodedata.normalize("NFKC", text).translate(CN_DIGITS)
    return sum(len(n.findall(text)) + (len(n.findall(folded)) if folded != text else 0) for n in NEEDLES)


def _file_text(path: Path) -> str:
    data = path.read_bytes()
    text = data.decode("utf-8", "replace") + "\n" + data.decode("latin-1")
    if path.suffix == ".json":  # JSON may write non-ASCII as \\u escapes
        try:
            text += "\n" + json.dumps(json.loads(data), ensure_ascii=False)
        except ValueError:
            pass
    return text


def _library_text(db: Path, work: Path) -> str:
    """Every table of the library, the original-text column (versions.body) blanked."""
    copy = work / "library-copy.db"
    source, target = sqlite3.connect(db), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute("UPDATE versions SET body = NULL")
    target.commit()
    target.execute("VACUUM")
    parts = []
    for (table,) in target.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in target.execute(f'SELECT * FROM "{table}"'):
            parts.append(" | ".join(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row))
    target.close()
    raw = copy.read_bytes()
    copy.unlink()
    return "\n".join(parts) + raw.decode("utf-8", "replace") + raw.decode("latin-1")


def ingest_split(cases: list, work: Path, timeout: int, writer=write_case, group=None,
                 prefect_home_from: Path | None = None) -> dict:
    """One real `normdocs ingest` of the cases' files; what it wrote scanned for planted numbers.

    `group(case)` names a part of the cases (say, a round): the outcome counts are given per part
    too, in result["by_group"]. `prefect_home_from` is a Prefect home whose database is already
    migrated, copied in as the run's own PREFECT_HOME (the tests share one; the run still starts
    its own ephemeral server on it)."""
    if work.exists():
        shutil.rmtree(work)
    folder, home, prefect_home = work / "in", work / "home", work / "prefect"
    if prefect_home_from is not None:
        shutil.copytree(prefect_home_from, prefect_home)
    files = [writer(c, folder, serial=100 + i) for i, c in enumerate(cases)]
    kind_of = {p.name: c.kind for p, c in zip(files, cases)}
    env = {**os.environ, "NORMDOCS_HOME": str(home), "PREFECT_HOME": str(prefect_home),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "GX_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
    for name in ("PREFECT_API_URL", "NORMDOCS_DASK_ADDRESS", "NORMDOCS_DATABASE_URL"):
        env.pop(name, None)
    cli = [sys.executable, "-m", "normdocs.cli.main"]
    started = time.monotonic()
    try:
        done = subprocess.run([*cli, "ingest", str(folder), "--json"], capture_output=True, text=True, env=env,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"files": len(files), "crashed": False, "hung": True}
    seconds = round(time.monotonic() - started, 1)
    result: dict = {"files": len(files), "seconds": seconds, "hung": False, "crashed": done.returncode != 0}
    if done.returncode != 0:
        result["stderr_tail"] = done.stderr[-1500:]
        return result
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    totals = {k: summary[k] for k in ("inputs", "loaded", "quarantined", "skipped", "ignored", "pending_review")}
    result["totals"] = totals
    result["accounted"] = totals["inputs"] == len(files) == sum(totals[k] for k in ("loaded", "quarantined", "skipped",
                                                                                    "ignored"))
    report = json.loads((Path(summary["report"]).parent / "report.json").read_text(encoding="utf-8"))
    published = [Path(r["file"]).name for r in report["documents"]
                 if r["status"] == "loaded" and r.get("attribute") == "主动公开" and not r.get("needs_review")]
    result["published_unreviewed_marked"] = sum(kind_of.get(n, "none") not in ("none", "near", "quoted")
                                                for n in published)
    result["published_controls"] = sum(kind_of.get(n) in ("none", "near") for n in published)
    result["controls"] = sum(c.kind in ("none", "near") for c in cases)
    secret = {p.name for p, c in zip(files, cases) if c.kind == "secret"}
    result["secret"] = len(secret)
    result["secret_kept_out"] = sum(Path(r["file"]).name in secret for r in report["documents"]
                                    if r["status"] == "quarantined")
    quoted = {p.name for p, c in zip(files, cases) if c.kind == "quoted"}
    if quoted:
        result["quoted_kept_out"] = sum(Path(r["file"]).name in quoted for r in report["documents"]
                                        if r["status"] == "quarantined")
    if group is not None:
        result["by_group"] = _outcomes_by_group(cases, files, group, published, secret, report)
    # everything written, and what staff read
    outputs = {"ingest": done.stdout + done.stderr}
    for name, args in {"search": ["search", "通知"], "review list": ["review", "list", "--json"],
                       "quarantine list": ["quarantine", "list", "--json"],
                       "export": ["export", "--out", str(work / "export.csv")],
                       "export xlsx": ["export", "--out", str(work / "export.xlsx")]}.items():
        listed = subprocess.run([*cli, *args], capture_output=True, text=True, env=env, timeout=600)
        outputs[name] = listed.stdout + listed.stderr
    if (work / "export.csv").exists():
        outputs["export.csv"] = (work / "export.csv").read_text(encoding="utf-8-sig")
        import csv
        with open(work / "export.csv", encoding="utf-8-sig", newline="") as fh:  # OWASP: =, +, -, @, tab, CR
            result["live_formula_cells"] = sum(cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                                               for row in csv.reader(fh) for cell in row)
    if (work / "export.xlsx").exists():
        from openpyxl import load_workbook

        sheets = load_workbook(work / "export.xlsx").worksheets
        cells = [c for sheet in sheets for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
        outputs["export.xlsx"] = "\n".join(c.value for c in cells)
        result["live_formula_cells"] = result.get("live_formula_cells", 0) + sum(
            c.data_type == "f" or c.value[:1] in ("=", "+", "-", "@", "\t", "\r") for c in cells)
    leaks: Counter = Counter()
    for where in (home, prefect_home):
        for path in where.rglob("*"):
            if path.is_file() and not path.name.startswith("normdocs.db"):
                n = _leaks(_file_text(path))
                if n:
                    leaks[path.relative_to(work).parts[0] + "/" + path.relative_to(where).parts[0]] += n
    db = home / "normdocs.db"
    if db.exists():
        leaks["library (original text blanked)"] += _leaks(_library_text(db, work))
        with sqlite3.connect(db) as conn:  # not vacuous: the numbers did reach the library's original text
            result["planted_in_original_text"] = sum(_leaks(b or "") for (b,) in conn.execute("SELECT body FROM versions"))
    for name, text in outputs.items():
        leaks[f"output: {name}"] += _leaks(text)
    result["full_numbers_outside_originals"] = sum(leaks.values())
    result["leaks_by_place"] = {k: v for k, v in leaks.items() if v}
    return result


def _outcomes_by_group(cases: list, files: list[Path], group, published: list[str], secret: set[str],
                       report: dict) -> dict:
    """The outcome counts of ingest_split for each part of the cases."""
    quarantined = {Path(r["file"]).name for r in report["documents"] if r["status"] == "quarantined"}
    out: dict = {}
    for path, case in zip(files, cases):
        counts = out.setdefault(group(case), Counter())
        counts["files"] += 1
        control = case.kind in ("none", "near")
        counts["controls"] += control
        counts["published_controls"] += control and path.name in published
        counts["published_unreviewed_marked"] += case.kind not in ("none", "near", "quoted") and path.name in published
        counts["secret"] += path.name in secret
        counts["secret_kept_out"] += path.name in secret and path.name in quarantined
        counts["quoted"] += case.kind == "quoted"
        counts["quoted_kept_out"] += case.kind == "quoted" and path.name in quarantined
    return {name: dict(counts) for name, counts in out.items()}


ROUNDS = {6: (matrix6, held_out6, write_case6), 7: (matrix7, held_out7, write_case7)}


def run6(out: Path, every: int = 1, round_no: int = 6) -> dict:
    """Rounds 6 and 7: misses per split and kind, the near misses' false findings and over-flagging;
    round 7 also counts quoted levels kept out of the library (they may go to review, no further)
    and hostile files that did not end with a record (a crash of the stages)."""
    matrix_of, held_of, writer = ROUNDS[round_no]
    rows = []
    for case in matrix_of()[::every]:
        try:
            path = writer(case, out)
            result = outcome(path)
        except Exception as exc:  # noqa: BLE001 - a crash is what is counted
            result = {"published_unreviewed": False, "quarantined": False, "attribute": None, "status": "crashed",
                      "findings": [], "crash": repr(exc)[:300]}
        rows.append({"case": case.name, "kind": case.kind, "fmt": case.fmt, "place": case.place,
                     "held_out": held_of(case), **result})
    summary = {}
    for split in ("dev", "held_out"):
        part = [r for r in rows if r["held_out"] == (split == "held_out")]
        marked = [r for r in part if r["kind"] not in ("none", "near", "quoted")]
        near = [r for r in part if r["kind"] == "near"]
        quoted = [r for r in part if r["kind"] == "quoted"]
        controls = [r for r in part if r["kind"] == "none"]
        by_kind = Counter(r["kind"] for r in marked)
        missed = Counter(r["kind"] for r in marked if r["published_unreviewed"])
        summary[split] = {
            "marked": len(marked), "missed": sum(missed.values()),
            "by_kind": {k: {"cases": by_kind[k], "missed": missed[k]} for k in sorted(by_kind)},
            "near_misses": len(near), "near_false_findings": sum(bool(FLAG_KINDS & set(r["findings"])) for r in near),
            "near_held": sum(not r["published_unreviewed"] for r in near),
            "controls": len(controls), "controls_held": sum(not r["published_unreviewed"] for r in controls),
            "secret_kept_out": sum(r["quarantined"] for r in marked if r["kind"] == "secret"),
            "quoted": len(quoted), "quoted_kept_out": sum(r["quarantined"] for r in quoted),
            "crashed": sum(r["status"] == "crashed" for r in part),
        }
    return {"summary": summary, "rows": rows}


def main6(args) -> int:
    result = run6(args.out, args.every, args.round)
    if args.ingest:
        matrix_of, held_of, writer = ROUNDS[args.round]
        cases = matrix_of()[:: args.every]
        result["ingest"] = {split: ingest_split([c for c in cases if held_of(c) == (split == "held_out")],
                                                args.out / f"ingest-{split}", args.timeout, writer)
                            for split in ("dev", "held_out")}
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for split, s in result["summary"].items():
        print(f"round {args.round} {split}: {s['marked']} marked, {s['missed']} published unreviewed; near misses "
              f"{s['near_misses']}: {s['near_false_findings']} with a finding, {s['near_held']} sent to review; "
              f"controls held {s['controls_held']}/{s['controls']}")
        for kind, k in s["by_kind"].items():
            print(f"  {kind:10s} {k['cases']:4d} cases  {k['missed']:3d} missed")
        print(f"  secret kept out of the library: {s['secret_kept_out']}/{s['by_kind'].get('secret', {}).get('cases', 0)}")
        print(f"  quoted levels kept out (should be 0): {s['quoted_kept_out']}/{s['quoted']}; crashed {s['crashed']}")
    for split, r in result.get("ingest", {}).items():
        print(f"ingest {split}: {json.dumps(r, ensure_ascii=False)}")
    for r in result["rows"]:
        if r["held_out"] and not args.show_held_out:
            continue
        tag = "held-out " if r["held_out"] else ""
        if r["status"] == "crashed":
            print(f"CRASHED {tag}{r['case']} {r.get('crash')}")
        elif r["published_unreviewed"] and r["kind"] not in ("none", "near", "quoted"):
            print(f"MISSED {tag}{r['case']}")
        elif r["kind"] == "secret" and not r["quarantined"]:
            print(f"NOT KEPT OUT {tag}{r['case']} {r['findings']}")
        elif r["kind"] == "quoted" and r["quarantined"]:
            print(f"QUOTED KEPT OUT {tag}{r['case']} {r['findings']}")
        elif r["kind"] in ("near", "none") and (FLAG_KINDS & set(r["findings"]) or not r["published_unreviewed"]):
            print(f"FLAGGED {tag}{r['case']} {r['findings']} {r['status']} {r['attribute']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--every", type=int, default=1, help="score every N-th case only (a deterministic sample)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--show-held-out", action="store_true")
    parser.add_argument("--ingest", action="store_true", help="also run `normdocs ingest` per split and scan its outputs")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds an ingest may take before it counts as hung")
    parser.add_argument("--round", type=int, choices=[5, 6, 7], default=5,
                        help="5: the matrix of tests/adversarial.py; 6 and 7: the never-seen rounds of "
                             "tests/adversarial6.py and tests/adversarial7.py")
    args = parser.parse_args(argv)
    if args.round in ROUNDS:
        return main6(args)
    result = run(args.out, args.small, args.every)
    if args.ingest:
        cases = matrix(small=args.small)[:: args.every]
        result["ingest"] = {split: ingest_split([c for c in cases if held_out(c) == (split == "held_out")],
                                                args.out / f"ingest-{split}", args.timeout)
                            for split in ("tuned", "held_out")}
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for split, s in result["summary"].items():
        share = "n/a" if s["detected_share"] is None else f"{s['detected_share']:.1%}"
        print(f"{split}: {s['marked']} marked, {s['missed']} published unreviewed, detected {share}; "
              f"controls held {s['controls_held']}/{s['controls']}")
        for kind, k in s["by_kind"].items():
            print(f"  {kind:10s} {k['cases']:4d} cases  {k['missed']:3d} missed")
        print(f"  secret kept out of the library: {s['secret_kept_out']}/{s['by_kind'].get('secret', {}).get('cases', 0)}")
    for split, r in result.get("ingest", {}).items():
        print(f"ingest {split}: {json.dumps(r, ensure_ascii=False)}")
    for r in result["rows"]:
        if r["published_unreviewed"] and r["kind"] != "none" and (args.show_held_out or not r["held_out"]):
            print(f"MISSED {'held-out ' if r['held_out'] else ''}{r['case']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
