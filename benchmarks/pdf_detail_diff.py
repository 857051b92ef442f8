#!/usr/bin/env python3
"""Differential check of the PDF detailed read: pdfium's characters (extractors/pdf_lines.py)
against pdfplumber's extract_text_lines, line by line, on every detailed page.

    python benchmarks/pdf_detail_diff.py [DIR_OR_PDF ...] [--generate WORKDIR] [--show 30]

With --generate, writes the corpora first into WORKDIR: data/samples' PDFs, heldout_gen.py,
heldout2_gen.py, heldout3_gen.py, the PDF cases of tests/adversarial.py (every 3rd) and 150
documents of ingest_bench.py's corpus generator. For each PDF, the pages read_pdf details
(_pages_to_detail) are read both ways; a line is identical when its text is the same and
x0/top/x1/bottom are within 0.5 pt, with the same size, colour, bold and centred flag.
Prints the share of identical lines per corpus and the differences (up to --show), grouped
by what differs, and the time each way spent on those pages. Exit 0 always: a figure.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

GEOMETRY = ("x0", "top", "x1", "bottom")
TOL = 0.5


def generate(work: Path) -> list[Path]:
    work.mkdir(parents=True, exist_ok=True)
    dirs = []
    samples = work / "samples"
    samples.mkdir(exist_ok=True)
    for pdf in sorted((REPO / "data" / "samples").rglob("*.pdf")):
        shutil.copy(pdf, samples / pdf.name)
    dirs.append(samples)
    for gen in ("heldout_gen", "heldout2_gen", "heldout3_gen"):
        out = work / gen
        if not out.exists():
            subprocess.run([sys.executable, str(REPO / "benchmarks" / f"{gen}.py"), str(out)],
                           check=True, stdout=subprocess.DEVNULL)
        dirs.append(out)
    adv = work / "adversarial"
    if not adv.exists():
        from tests.adversarial import matrix, write_case

        adv.mkdir()
        for case in [c for c in matrix(small=False) if c.fmt == "pdf"][::3]:
            write_case(case, adv)
    dirs.append(adv)
    ingest = work / "ingest"
    if not ingest.exists():
        from corpus_gen import random_spec, write_pdf

        ingest.mkdir()
        rng = random.Random(2026)
        for i in range(150):
            spec = random_spec(rng, rng.choice([1, 2, 3, 5, 8, 12]), seed=20260000 + i)
            write_pdf(ingest / f"doc{i:05d}.pdf", spec)
    dirs.append(ingest)
    return dirs


def same(old, new) -> list[str]:
    """What differs between two Lines (empty when identical within the tolerance)."""
    diffs = []
    if old.text != new.text:
        diffs.append("text")
    if any(abs((getattr(old, k) or 0) - (getattr(new, k) or 0)) > TOL for k in GEOMETRY):
        diffs.append("geometry")
    for k in ("size", "color", "bold", "centered"):
        if getattr(old, k) != getattr(new, k):
            diffs.append(k)
    return diffs


def compare(path: Path, stats: Counter, examples: list, timing: dict[str, float]) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    from normdocs.extractors import pdf_lines, pdf_reader
    from normdocs.schemas.record import ExtractionError

    try:
        cheap, _needs, _extra, _fast = pdf_reader._cheap_page_texts(path)
    except ExtractionError:
        stats["unreadable files"] += 1
        return
    detailed = sorted(pdf_reader._pages_to_detail(cheap))
    doc = pdfium.PdfDocument(str(path))
    fonts = pdf_reader._font_reader(path)
    try:
        with pdfplumber.open(str(path)) as plumber:
            for number in detailed:
                t0 = time.perf_counter()
                plumbed = plumber.pages[number - 1]
                old = pdf_reader._detailed_page(plumbed, number)
                plumbed.close()
                if any("(cid:" in ln.text for ln in old.lines):
                    old = pdf_reader._cheap_page(cheap[number - 1], number)
                t1 = time.perf_counter()
                page = doc[number - 1]
                textpage = page.get_textpage()
                metrics = fonts.page(number) if isinstance(fonts, pdf_lines.FontReader) else None
                new = pdf_reader._pdfium_page(page, textpage, number, metrics)
                textpage.close()
                page.close()
                t2 = time.perf_counter()
                timing["pdfplumber"] += t1 - t0
                timing["pdfium"] += t2 - t1
                stats["pages"] += 1
                if new is None:
                    stats["pages to pdfplumber (fallback)"] += 1
                    continue
                if not old.detailed:
                    stats["pages pdfplumber read as (cid:), cheap page"] += 1
                    stats["lines not compared (cid: pages)"] += len(old.lines)
                    continue
                pairs = max(len(old.lines), len(new.lines))
                stats["lines"] += pairs
                if len(old.lines) != len(new.lines):
                    stats["pages with a different line count"] += 1
                for i in range(pairs):
                    o = old.lines[i] if i < len(old.lines) else None
                    n = new.lines[i] if i < len(new.lines) else None
                    kinds = ["missing"] if o is None or n is None else same(o, n)
                    if not kinds:
                        stats["identical"] += 1
                        continue
                    for k in kinds:
                        stats[f"differs: {k}"] += 1
                    examples.append((path, number, i, kinds, o, n))
    finally:
        doc.close()
        if isinstance(fonts, pdf_lines.FontReader):
            fonts.close()


def show(line) -> str:
    if line is None:
        return "-"
    return (f"{line.text[:50]!r} x0={line.x0} top={line.top} x1={line.x1} bottom={line.bottom} "
            f"size={line.size} colour={line.color} bold={line.bold} centred={line.centered}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--generate", type=Path, help="write the corpora here first (kept)")
    parser.add_argument("--show", type=int, default=30, help="differences to print")
    args = parser.parse_args(argv)
    targets = list(args.paths)
    if args.generate:
        targets += generate(args.generate)
    grand: Counter = Counter()
    timing: dict[str, float] = {"pdfplumber": 0.0, "pdfium": 0.0}
    examples: list = []
    for target in targets:
        files = sorted(target.rglob("*.pdf")) if target.is_dir() else [target]
        stats: Counter = Counter()
        for pdf in files:
            compare(pdf, stats, examples, timing)
        stats["files"] = len(files)
        grand.update(stats)
        share = 100 * stats["identical"] / stats["lines"] if stats["lines"] else 100.0
        print(f"{target}: {stats['files']} PDFs, {stats['pages']} detailed pages, "
              f"{stats['identical']}/{stats['lines']} lines identical ({share:.2f} %)"
              + "".join(f"; {k} {v}" for k, v in sorted(stats.items())
                        if k not in ("files", "pages", "lines", "identical")))
    share = 100 * grand["identical"] / grand["lines"] if grand["lines"] else 100.0
    print(f"\nALL: {grand['files']} PDFs, {grand['pages']} detailed pages, "
          f"{grand['identical']}/{grand['lines']} lines identical ({share:.2f} %)")
    for k, v in sorted(grand.items()):
        if k not in ("files", "pages", "lines", "identical"):
            print(f"  {k}: {v}")
    if grand["pages"]:
        print(f"time on the detailed pages: pdfplumber {timing['pdfplumber']:.2f} s "
              f"({1000 * timing['pdfplumber'] / grand['pages']:.1f} ms/page), pdfium "
              f"{timing['pdfium']:.2f} s ({1000 * timing['pdfium'] / grand['pages']:.1f} ms/page)")
    for path, number, i, kinds, o, n in examples[: args.show]:
        print(f"\n{path} page {number} line {i}: {', '.join(kinds)}\n  old {show(o)}\n  new {show(n)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
