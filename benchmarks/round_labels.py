"""Shared by the round label scripts (round5_labels.py, round6_labels.py): turn a hand-read gold
table into real-corpus rows, deal the dev/held-out split and write the JSONL file.

A gold row is (path, url, level, region, title, doc_number, issuer, issuer_printed, doc_type,
signed_date, printed_date, disclosure_marker, recipients, cc, notes); the file is restored byte
for byte from the mirror at `commit` (benchmarks/real_corpus.py `git_show`), its sha256 kept.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORMATS = {".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".wps": "doc"}


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RC = _load("normdocs_real_corpus", "real_corpus.py")


def file_format(path: str) -> str:
    """html unless the path ends in a document suffix (the crawler's pages end in .html)."""
    return next((fmt for suffix, fmt in FORMATS.items() if path.endswith(suffix)), "html")


def build_rows(gold: list[tuple], repo: str, commit: str, mirrors: Path, file_prefix: str,
               id_prefix: str) -> list[dict]:
    """Rows for `gold`, split fixed: within each (format, level) stratum ordered by sha256 and
    dealt alternately, dev first; ids numbered in sha256 order."""
    git_dir = RC.mirror_dir(repo, mirrors)
    rows = []
    for (path, url, level, region, title, number, issuer, printed, doc_type, signed, printed_date,
         marker, recipients, cc, notes) in gold:
        data = RC.git_show({"commit": commit, "repo": repo}, git_dir, path)
        digest = RC.sha256(data)
        fmt = file_format(path)
        rows.append({
            "id": "", "file": f"{file_prefix}_{digest[:12]}.{fmt}", "repo": repo, "commit": commit,
            "path": path, "sha256": digest, "url": url, "format": fmt, "level": level,
            "region": region, "year": int(signed[:4]), "split": "",
            "title": title, "doc_number": number, "issuer": issuer, "issuer_printed": printed,
            "doc_type": doc_type, "signed_date": signed, "printed_date": printed_date,
            "classification": None, "urgency": None, "disclosure_marker": marker,
            "recipients": recipients, "cc": cc, "scanned": False, "notes": notes,
            "readings": {"count": 1, "first": "read from the page/PDF text and the site's cells, "
                                              "before inspect was run on it"},
        })
    strata: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        strata.setdefault((row["format"], row["level"]), []).append(row)
    for members in strata.values():
        for n, row in enumerate(sorted(members, key=lambda r: r["sha256"])):
            row["split"] = "dev" if n % 2 == 0 else "heldout"
    rows.sort(key=lambda r: r["sha256"])
    for n, row in enumerate(rows, start=1):
        row["id"] = f"{id_prefix}{n:03d}"
    return rows


def write_rows(rows: list[dict], target: Path) -> None:
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                      encoding="utf-8")
    print(f"{len(rows)} entries -> {target} "
          f"(dev {sum(r['split'] == 'dev' for r in rows)}, "
          f"heldout {sum(r['split'] == 'heldout' for r in rows)})")


def main(description: str | None, entries: Callable[[Path], list[dict]], target: Path) -> int:
    """A round label script's command line: read --mirrors, write that round's rows to `target`."""
    ap = argparse.ArgumentParser(description=description,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", type=Path, default=RC.DEFAULT_MIRRORS)
    args = ap.parse_args()
    write_rows(entries(args.mirrors), target)
    return 0
