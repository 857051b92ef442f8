"""Score `normdocs inspect` on the real corpus of published documents (benchmarks/real_corpus/).

    python benchmarks/real_corpus.py [--split dev|heldout|all] [--ids rc049,rc050,...]
                                     [--source rc|govcn|round5|round6|all]
                                     [--format text|json] [--cache DIR] [--mirrors DIR]
                                     [--restore-only]

`--source govcn` scores `govcn.jsonl` instead (www.gov.cn pages from a crawler's SQL dump,
restored without the site's metadata table, whose cells are the gold; written by
benchmarks/govcn_labels.py); `--source round5` scores `round5.jsonl` (pages and PDFs of
municipal, provincial and ministry offices a crawler saved, restored byte for byte; written by
benchmarks/round5_labels.py); `--source round6` scores `round6.jsonl` (more of the same crawler's
pages, a PDF and a DOCX; benchmarks/round6_labels.py); `--source all` every file.

The documents themselves are not in this repository: `gold.jsonl` names, for each one, the
public GitHub repository, the commit and the path it came from, and its sha256. They are
restored from the mirrors the search tool's `fetch` leaves under /work/.mirror/OWNER+NAME/repo
(`git --git-dir … show COMMIT:PATH`) into a cache folder; a missing mirror is named, with the
repository to fetch, and the run goes on without those documents.

Scoring reuses benchmarks/accuracy.py (its `Scores`): per-field precision/recall/F1/accuracy,
the share of documents with every scalar field right, recipients/cc micro F1 — overall and
for each file format and for each level of the issuing body (国务院 部委 省 市 县 乡镇).
`--ids` narrows the split to the documents named, so that a round's new held-out documents
can be scored once, on their own, before anything is tuned. `issuer_printed` and `topic_printed` are gold keys too; they are scored
only once `inspect` reports them (today it does not, which the output says).

Always exits 0 once the evaluation ran: a low score is a result, not a failure.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import pickletools
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "real_corpus" / "gold.jsonl"
# www.gov.cn pages from a crawler's SQL dump, their metadata table removed (see the README)
GOVCN = HERE / "real_corpus" / "govcn.jsonl"
# municipal, provincial and ministry pages and PDFs (round 5, benchmarks/round5_labels.py)
ROUND5 = HERE / "real_corpus" / "round5.jsonl"
# the same crawler's other pages and attachments (round 6, benchmarks/round6_labels.py)
ROUND6 = HERE / "real_corpus" / "round6.jsonl"
GOLDS = {"rc": GOLD, "govcn": GOVCN, "round5": ROUND5, "round6": ROUND6}
DEFAULT_MIRRORS = Path(os.environ.get("NORMDOCS_MIRRORS", "/work/.mirror"))
DEFAULT_CACHE = Path(os.environ.get("NORMDOCS_REAL_CORPUS_CACHE", "/tmp/normdocs-real-corpus"))
# gold keys that are not (yet) part of `inspect`'s metadata: reported, scored when present
EXTRA_FIELDS = ["issuer_printed", "topic_printed"]


def load_accuracy():
    """benchmarks/accuracy.py as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("normdocs_accuracy", HERE / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(path: Path = GOLD) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


# ---------------------------------------------------------------- restoring the files


class MissingSource(Exception):
    """The mirror or the object a gold entry names is not on this machine."""


def mirror_dir(repo: str, mirrors: Path) -> Path:
    return mirrors / repo.replace("/", "+") / "repo"


def pickled_string(data: bytes) -> str:
    """The one string a crawler pickled, read with pickletools: nothing is unpickled."""
    strings = [arg for op, arg, _ in pickletools.genops(data)
               if op.name in ("BINUNICODE", "SHORT_BINUNICODE", "BINUNICODE8", "UNICODE")]
    if len(strings) != 1:
        raise ValueError(f"expected one pickled string, found {len(strings)}")
    return strings[0]


def restore(entry: dict, cache: Path, mirrors: Path) -> Path:
    """Write one document into the cache (once) and check its sha256 against the gold."""
    target = cache / entry["file"]
    if target.exists() and sha256(target.read_bytes()) == entry["sha256"]:
        return target
    git_dir = mirror_dir(entry["repo"], mirrors)
    if not git_dir.exists():
        raise MissingSource(f"{entry['repo']}: no mirror at {git_dir} "
                            f"(fetch github:{entry['repo']} with the search tool)")
    if entry.get("extract") == "sql-row-page":
        data = govcn_page(govcn_row(entry, git_dir))
    elif entry.get("extract") == "jpeg-pages-pdf":
        # photographed pages kept as separate JPEGs: bound, unchanged, into one PDF
        data = jpeg_pages_pdf([git_show(entry, git_dir, path) for path in entry["pages"]])
    else:
        data = git_show(entry, git_dir, entry["path"])
    if entry.get("extract") == "pickle-str":
        data = pickled_string(data).encode("utf-8")
    if sha256(data) != entry["sha256"]:
        raise MissingSource(f"{entry['file']}: restored bytes differ from the gold sha256")
    cache.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


_DUMP_ROWS: dict[tuple[str, str], list[dict]] = {}


def govcn_row(entry: dict, git_dir: Path) -> dict:
    """Row `entry['row']` of the SQL dump the entry names (parsed once per dump, by
    benchmarks/topic_corpus.py's `sql_rows`), after checking the dump's sha256."""
    key = (entry["commit"], entry["path"])
    if key not in _DUMP_ROWS:
        data = git_show(entry, git_dir, entry["path"])
        if sha256(data) != entry["file_sha256"]:
            raise MissingSource(f"{entry['path']}: the dump differs from its sha256")
        _DUMP_ROWS[key] = topic_corpus().sql_rows(data)
    return _DUMP_ROWS[key][entry["row"]]


def topic_corpus():
    spec = importlib.util.spec_from_file_location("normdocs_topic_corpus", HERE / "topic_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TABLE_TAG = re.compile(r"(?i)<(/?)table\b")
_GOVCN_PAGE = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{}\n'
               '</body></html>\n')


def govcn_page(row: dict) -> bytes:
    """The row's `html` (the page's content block) as a page WITHOUT the site's metadata
    table: the first outer <table> (索引号 主题分类 发文机关 成文日期 标题 发文字号 发布日期 主题词)
    is cut out whole, the rest kept verbatim in a minimal wrapper. What the table said is the gold."""
    html = row["html"]
    start, depth = None, 0
    for m in _TABLE_TAG.finditer(html):
        if not m.group(1):
            if start is None:
                start = m.start()
            depth += 1
        else:
            depth -= 1
            if depth == 0 and start is not None:
                end = html.index(">", m.end()) + 1
                table, rest = html[start:end], html[:start] + html[end:]
                break
    else:
        raise ValueError("no metadata table in the row's html")
    if "发文机关" not in table or "发文字号：" in rest or "发文机关：" in rest:
        raise ValueError("the first table is not the metadata table")
    return _GOVCN_PAGE.format(rest).encode("utf-8")


def git_show(entry: dict, git_dir: Path, path: str) -> bytes:
    shown = subprocess.run(["git", "--git-dir", str(git_dir), "show",
                            f"{entry['commit']}:{path}"], capture_output=True)
    if shown.returncode != 0:
        raise MissingSource(f"{entry['repo']}@{entry['commit'][:10]}:{path}: "
                            f"{shown.stderr.decode(errors='replace').strip()}")
    return shown.stdout


def jpeg_size(data: bytes) -> tuple[int, int, int]:
    """Width, height and colour components from a JPEG's start-of-frame marker."""
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            raise ValueError("not a JPEG marker stream")
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[i + 5:i + 7], "big")
            width = int.from_bytes(data[i + 7:i + 9], "big")
            return width, height, data[i + 9]
        i += 2 + length
    raise ValueError("no start-of-frame marker in the JPEG")


def jpeg_pages_pdf(pages: list[bytes], dpi: int = 300) -> bytes:
    """A minimal PDF, one page per JPEG (embedded as DCTDecode, not re-encoded): the same
    photos always give the same bytes, so the gold's sha256 holds."""
    objects: list[bytes] = []
    kids = []
    for n, jpeg in enumerate(pages):
        width, height, components = jpeg_size(jpeg)
        colour = {1: b"/DeviceGray", 3: b"/DeviceRGB", 4: b"/DeviceCMYK"}[components]
        w_pt, h_pt = width * 72 / dpi, height * 72 / dpi
        img, content, page = 4 + 3 * n, 5 + 3 * n, 3 + 3 * n
        kids.append(f"{page} 0 R".encode())
        draw = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject "
            b"<< /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (w_pt, h_pt, img, content),
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n%s\nendstream"
            % (width, height, colour, len(jpeg), jpeg),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw),
        ]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages)),
               *objects]
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- running inspect


def normdocs_command() -> list[str]:
    """The `normdocs` next to this interpreter (a venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("normdocs")
    found = str(beside) if beside.exists() else shutil.which("normdocs")
    if not found:
        sys.exit("normdocs is not installed in this environment (pip install -e .)")
    return [found]


def inspect_files(paths: list[Path]) -> dict[str, dict]:
    """One `normdocs inspect` run over all files; records keyed by file name."""
    if not paths:
        return {}
    done = subprocess.run(normdocs_command() + ["inspect", *map(str, paths)],
                          capture_output=True, text=True)
    records = {}
    for line in done.stdout.splitlines():
        if line.strip().startswith("{"):
            rec = json.loads(line)
            records[Path(rec.get("file", "")).name] = rec
    if not records and done.returncode not in (0, 3):
        sys.exit(f"normdocs inspect failed ({done.returncode}): {done.stderr[-2000:]}")
    return records


# ---------------------------------------------------------------- scoring


def select_entries(entries: list[dict], split: str, ids: set[str] | None = None) -> list[dict]:
    """The gold entries of one split, narrowed to `ids` when given; an unknown id is an error."""
    if ids:
        unknown = ids - {e["id"] for e in entries}
        if unknown:
            raise SystemExit(f"unknown gold ids: {', '.join(sorted(unknown))}")
    return [e for e in entries
            if (split == "all" or e["split"] == split) and (not ids or e["id"] in ids)]


def load_source(source: str) -> list[dict]:
    """The gold entries of one source (rc: gold.jsonl, govcn: govcn.jsonl) or of both."""
    if source == "all":
        return [entry for path in GOLDS.values() for entry in load_gold(path)]
    return load_gold(GOLDS[source])


def evaluate(split: str, cache: Path, mirrors: Path, ids: set[str] | None = None,
             source: str = "rc") -> dict:
    entries = select_entries(load_source(source), split, ids)
    missing: list[str] = []
    restored: dict[str, Path] = {}
    for entry in entries:
        try:
            restored[entry["file"]] = restore(entry, cache, mirrors)
        except MissingSource as exc:
            missing.append(str(exc))
    records = inspect_files(list(restored.values()))
    summary = score(entries, restored, records, missing)
    summary.update({"split": split, "source": source, "ids": sorted(ids) if ids else None})
    return summary


def score(entries: list[dict], restored: dict[str, Path], records: dict[str, dict],
          missing: list[str]) -> dict:
    """Score `inspect`'s records (keyed by file name) against the gold entries whose file was
    restored; benchmarks/scan_corpus.py scores its scans of the same documents with it."""
    accuracy = load_accuracy()
    overall = accuracy.Scores()
    by_format: dict[str, object] = {}
    by_level: dict[str, object] = {}
    extras = {f: Counter() for f in EXTRA_FIELDS}
    extra_mismatches: list[dict] = []
    errors = []
    for entry in entries:
        if entry["file"] not in restored:
            continue
        rec = records.get(entry["file"], {"status": "missing", "metadata": None})
        meta = {k: accuracy.plain(v) for k, v in (rec.get("metadata") or {}).items()}
        if rec.get("status") != "ok":
            errors.append({"file": entry["file"], "status": rec.get("status"),
                           "code": (rec.get("error") or {}).get("code")})
        gold = {k: entry[k] for k in accuracy.SCALAR_FIELDS + accuracy.LIST_FIELDS if k in entry}
        overall.add(entry["file"], entry["format"], gold, meta)
        by_format.setdefault(entry["format"], accuracy.Scores()).add(
            entry["file"], entry["format"], gold, meta)
        by_level.setdefault(entry.get("level") or "?", accuracy.Scores()).add(
            entry["file"], entry["format"], gold, meta)
        for field in EXTRA_FIELDS:
            if field in entry:
                extras[field]["n"] += 1
                if field in meta:
                    extras[field]["reported"] += 1
                    extras[field]["right"] += meta[field] == entry[field]
                    if meta[field] != entry[field]:
                        extra_mismatches.append({"file": entry["file"], "field": field,
                                                 "expected": entry[field], "got": meta[field]})

    summary = overall.summary()
    summary.update({
        "commit": accuracy.git_commit(),
        "documents_in_split": len(entries),
        "missing_sources": missing,
        "errors": errors,
        "mismatches": overall.mismatches,
        "per_format_fields": {fmt: s.summary() for fmt, s in sorted(by_format.items())},
        "per_level": {level: _level_summary(s) for level, s in sorted(
            by_level.items(), key=lambda item: LEVELS.index(item[0])
            if item[0] in LEVELS else len(LEVELS))},
        "extra_fields": {f: dict(c) for f, c in extras.items()},
        "extra_mismatches": extra_mismatches,
        "issuer_right": _issuer_right(overall),
    })
    return summary


LEVELS = ["国务院", "部委", "省", "市", "县", "乡镇"]


def _level_summary(scores) -> dict:
    summary = scores.summary()
    return {"docs": summary["docs_scored"], "scalar_accuracy": summary["scalar_accuracy"],
            "docs_all_scalar_right": summary["docs_all_scalar_right"],
            "issuer_right": _issuer_right(scores)}


def _issuer_right(scores) -> dict:
    c = scores.scalar["issuer"]
    return {"right": c["exact"], "n": c["n"]}


# ---------------------------------------------------------------- printing


def print_text(s: dict, pct, show_mismatches: bool = True) -> None:
    only = f"  ids={','.join(s['ids'])}" if s.get("ids") else ""
    print(f"normdocs real corpus — source={s.get('source', 'rc')}  split={s['split']}{only}  commit={s['commit']}  "
          f"documents={s['docs_scored']} scored of {s['documents_in_split']}")
    for message in s["missing_sources"]:
        print(f"  NOT RESTORED: {message}")
    print(f"\nissuer right: {s['issuer_right']['right']} of {s['issuer_right']['n']}   "
          f"scalar accuracy: {pct(s['scalar_accuracy'])}   "
          f"all scalar fields right: {pct(s['docs_all_scalar_right'])}")
    lists = s["lists"]
    print("recipients F1: " + pct(lists["recipients"]["f1"])
          + "   cc F1: " + pct(lists["cc"]["f1"]))

    formats = list(s["per_format_fields"])
    header = f"\n{'field':<18}{'all':>8}" + "".join(f"{f:>8}" for f in formats)
    print(header + "    (exact-match accuracy, %)")
    for field, m in s["fields"].items():
        row = f"{field:<18}{pct(m['accuracy']):>8}"
        for f in formats:
            fm = s["per_format_fields"][f]["fields"].get(field)
            row += f"{pct(fm['accuracy']) if fm else '—':>8}"
        print(row)
    row = f"{'recipients F1':<18}{pct(lists['recipients']['f1']):>8}"
    for f in formats:
        row += f"{pct(s['per_format_fields'][f]['lists']['recipients']['f1']):>8}"
    print(row)
    row = f"{'all right (docs)':<18}{pct(s['docs_all_scalar_right']):>8}"
    for f in formats:
        row += f"{pct(s['per_format_fields'][f]['docs_all_scalar_right']):>8}"
    print(row)
    row = f"{'docs':<18}{s['docs_scored']:>8}"
    for f in formats:
        row += f"{s['per_format_fields'][f]['docs_scored']:>8}"
    print(row)
    print("\nby level of the issuing body:")
    for level, m in s.get("per_level", {}).items():
        print(f"  {level:<6}{m['docs']:>4} docs   scalar {pct(m['scalar_accuracy']):>6}   "
              f"all right {pct(m['docs_all_scalar_right']):>6}   "
              f"issuer {m['issuer_right']['right']}/{m['issuer_right']['n']}")
    for field, c in s["extra_fields"].items():
        if c.get("n"):
            print(f"{field}: gold on {c['n']} documents, reported by inspect on "
                  f"{c.get('reported', 0)}, right on {c.get('right', 0)}")
    if s["errors"]:
        print("\nnot read (scored with what came back):")
        for e in s["errors"]:
            print(f"  {e['file']}: {e['status']} {e['code'] or ''}")
    # gold keys beside the scored fields (issuer_printed …): listed so that a change shows
    mismatches = s["mismatches"] + s.get("extra_mismatches", [])
    print(f"\nmismatches ({len(mismatches)}):")
    if not show_mismatches:
        print("  (not shown for the held-out part: tune on dev only; --show-mismatches prints them)")
        return
    last = None
    for m in sorted(mismatches, key=lambda m: m["file"]):
        if m["file"] != last:
            print(m["file"])
            last = m["file"]
        print(f"  {m['field']:<18} expected {json.dumps(m['expected'], ensure_ascii=False)}")
        print(f"  {'':<18} got      {json.dumps(m['got'], ensure_ascii=False)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="dev")
    ap.add_argument("--ids", type=lambda v: {i.strip() for i in v.split(",") if i.strip()},
                    help="only these gold ids (comma-separated), e.g. a round's new documents")
    ap.add_argument("--source", choices=[*GOLDS, "all"], default="rc",
                    help="rc: gold.jsonl (48 documents); govcn: govcn.jsonl (gov.cn pages "
                         "without their metadata table); round5: round5.jsonl (municipal, provincial "
                         "and ministry pages and PDFs); round6: round6.jsonl (the same crawler's other "
                         "pages, a PDF and a DOCX); all: every file")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--show-mismatches", action="store_true",
                    help="also list the held-out part's mismatches (hidden by default, so nobody tunes on them)")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS)
    ap.add_argument("--restore-only", action="store_true",
                    help="restore the files into the cache and stop")
    args = ap.parse_args(argv)

    if args.restore_only:
        for entry in select_entries(load_source(args.source), args.split, args.ids):
            try:
                print(restore(entry, args.cache, args.mirrors))
            except MissingSource as exc:
                print(f"NOT RESTORED: {exc}")
        return 0
    summary = evaluate(args.split, args.cache, args.mirrors, args.ids, args.source)
    if args.format == "json":
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print_text(summary, load_accuracy().pct, show_mismatches=args.split == "dev" or args.show_mismatches)
    return 0


if __name__ == "__main__":
    sys.exit(main())
