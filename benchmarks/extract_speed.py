"""Extraction speed and peak memory of normdocs, against bare pdfplumber on the same files.

    python benchmarks/extract_speed.py [--docs N] [--workdir DIR] [--runs 3] [--format json]

1. Generates a realistic mix of text PDFs (benchmarks/corpus_gen.py: short cover letters,
   some with long attachments; default 30 documents, a few hundred pages).
2. Speed: (a) bare pdfplumber, open each file, `extract_text()` on every page, close;
   (b) `normdocs.extractors.extract_file()` on each file. One warm-up pass each, then
   `--runs` timed passes, interleaved so that machine noise hits both alike; the median
   pages/second is reported, and normdocs' throughput as a share of pdfplumber's.
3. Memory: a 300-page PDF (2-page cover letter + 298 attachment pages) is read in fresh
   subprocesses: normdocs `extract_file`, bare pdfplumber keeping every page cached, and
   bare pdfplumber closing pages as it goes; interpreter + imports alone are measured too,
   as the floor. Each child's peak RSS comes from os.wait4 in a small launcher process:
   that child's own rusage, so runs cannot inherit each other's or this process's peak.

Prints the git commit measured. Generated files go to a temporary directory that is
removed afterwards, unless --workdir is given (then they are kept, with a gold.jsonl that
benchmarks/accuracy.py can score).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run as `python benchmarks/extract_speed.py` from the repo root: make corpus_gen and child_rss importable.
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_gen  # noqa: E402
from child_rss import run_child  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def git_commit() -> str:
    """Short hash of HEAD, `+dirty` when tracked files have uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=REPO, capture_output=True, text=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# ---------------------------------------------------------------- speed, in process


def bare_pdfplumber(paths: list[Path]) -> None:
    import pdfplumber

    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()


def make_normdocs_pass(expected_pages: dict[Path, int]):
    """A pass over the files with extract_file that also checks every record came back ok:
    a fast extractor that fails is not a result."""
    from normdocs.extractors import extract_file

    problems: list[str] = []

    def run(paths: list[Path]) -> None:
        for path in paths:
            try:
                rec = extract_file(path)
            except Exception as exc:  # a defect; report it rather than abort the benchmark
                problems.append(f"{path.name}: {type(exc).__name__}: {exc}")
                continue
            if rec.status != "ok":
                problems.append(f"{path.name}: status {rec.status} {rec.error}")
            elif rec.pages is not None and rec.pages != expected_pages[path]:
                problems.append(f"{path.name}: pages {rec.pages}, expected {expected_pages[path]}")

    return run, problems


def timed(fn, paths: list[Path]) -> float:
    start = time.perf_counter()
    fn(paths)
    return time.perf_counter() - start


def measure_speed(paths: list[Path], pages: int, runs: int, normdocs_pass) -> dict:
    methods = {"pdfplumber": bare_pdfplumber}
    if normdocs_pass is not None:
        methods["normdocs"] = normdocs_pass
    # warm-up: imports, lazily loaded rules and models, the OS file cache
    for fn in methods.values():
        fn(paths)
    times: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(runs):  # interleaved, so drift in machine load hits both methods
        for name, fn in methods.items():
            times[name].append(timed(fn, paths))
    result = {}
    for name, ts in times.items():
        result[name] = {
            "runs_s": [round(t, 3) for t in ts],
            "median_s": round(statistics.median(ts), 3),
            "pages_per_s": round(pages / statistics.median(ts), 1),
        }
    return result


# ---------------------------------------------------------------- memory, in subprocesses

# Each child reads the file given as argv[1] and prints one JSON line about what it did.
CHILDREN = {
    "imports only (pdfplumber)": "import pdfplumber, json; print(json.dumps({}))",
    "imports only (normdocs)": "import normdocs.extractors, json; print(json.dumps({}))",
    "normdocs extract_file": """
import json, sys
from normdocs.extractors import extract_file
rec = extract_file(sys.argv[1])
print(json.dumps({"pages": rec.pages, "status": rec.status}))
""",
    "pdfplumber, pages cached": """
import json, sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_text()
    print(json.dumps({"pages": len(pdf.pages), "status": "ok"}))
""",
    "pdfplumber, page.close()": """
import json, sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_text()
        page.close()  # flushes the page's cached objects
    print(json.dumps({"pages": len(pdf.pages), "status": "ok"}))
""",
}


def measure_memory(path: Path) -> dict:
    return {name: run_child(code, [str(path)]) for name, code in CHILDREN.items()}


# ---------------------------------------------------------------- output


def print_text(r: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    c = r["corpus"]
    console.print(f"[bold]normdocs extraction speed[/bold]  commit {r['commit']}  "
                  f"python {r['python']}  pdfplumber {r['pdfplumber']}  {os.cpu_count()} cpus")
    console.print(f"corpus: {c['docs']} PDFs, {c['pages']} pages (min {c['min_pages']}, "
                  f"median {c['median_pages']}, max {c['max_pages']}) in {c['dir']}")

    t = Table(title=f"Speed: warm-up + {r['runs']} runs, median")
    for col in ("method", "runs (s)", "median (s)", "pages/s"):
        t.add_column(col, justify="left" if col == "method" else "right")
    for name, m in r["speed"].items():
        t.add_row(name, " ".join(f"{x:.2f}" for x in m["runs_s"]), f"{m['median_s']:.2f}",
                  f"{m['pages_per_s']:.1f}")
    console.print(t)
    if r.get("ratio"):
        console.print(f"normdocs throughput = {r['ratio']:.2f} × bare pdfplumber "
                      f"(takes {1 / r['ratio']:.2f}× as long)")
    if r.get("normdocs_error"):
        console.print(f"[red]normdocs not measured:[/red] {r['normdocs_error']}")
    if r.get("normdocs_problems"):
        console.print(f"[red]normdocs records not ok ({len(r['normdocs_problems'])}):[/red]")
        for p in r["normdocs_problems"][:10]:
            console.print(f"  {p}")

    t = Table(title=f"Peak memory: {r['memory_pages']}-page PDF, fresh subprocess each")
    for col in ("run", "peak RSS (MB)", "wall (s)", "pages", "status"):
        t.add_column(col, justify="left" if col in ("run", "status") else "right")
    for name, m in r["memory"].items():
        status = m.get("status", "")
        if m["exit"] != 0:
            status = f"[red]exit {m['exit']}: {m['error']}[/red]"
        t.add_row(name, f"{m['peak_rss_mb']:.1f}", f"{m['wall_s']:.2f}", str(m.get("pages", "")),
                  status)
    console.print(t)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=30, help="documents in the speed corpus (30)")
    ap.add_argument("--workdir", type=Path,
                    help="where to write the PDFs (kept); default a temp dir, removed after")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per method (3)")
    ap.add_argument("--long-pages", type=int, default=300,
                    help="pages of the memory-test PDF (300)")
    ap.add_argument("--seed", type=int, default=9704)
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args(argv)

    import pdfplumber

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="normdocs-bench-"))
    try:
        specs = corpus_gen.generate_corpus(workdir / "corpus", args.docs, seed=args.seed)
        paths = [workdir / "corpus" / s.file for s in specs]
        page_counts = [s.pages for s in specs]
        pages = sum(page_counts)
        result: dict = {
            "commit": git_commit(),
            "python": sys.version.split()[0],
            "pdfplumber": pdfplumber.__version__,
            "runs": args.runs,
            "corpus": {"dir": str(workdir / "corpus"), "docs": len(specs), "pages": pages,
                       "min_pages": min(page_counts), "max_pages": max(page_counts),
                       "median_pages": statistics.median(page_counts)},
        }

        try:
            normdocs_pass, problems = make_normdocs_pass(dict(zip(paths, page_counts)))
        except Exception as exc:  # the API may not exist yet: still measure the baseline
            normdocs_pass, problems = None, []
            result["normdocs_error"] = f"{type(exc).__name__}: {exc}"
        result["speed"] = measure_speed(paths, pages, args.runs, normdocs_pass)
        result["normdocs_problems"] = sorted(set(problems))
        if "normdocs" in result["speed"]:
            result["ratio"] = round(result["speed"]["normdocs"]["pages_per_s"]
                                    / result["speed"]["pdfplumber"]["pages_per_s"], 3)

        long_pdf = corpus_gen.generate_long(workdir / "long.pdf", args.long_pages)
        result["memory_pages"] = long_pdf.pages
        result["memory"] = measure_memory(workdir / "long.pdf")
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_text(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
