"""OCR cost and accuracy: seconds per page, peak memory, and field accuracy on scans.

    python benchmarks/ocr_bench.py [--real DIR] [--format text|json] [--skip-accuracy]

1. Speed and memory: a fresh interpreter (started by a small launcher that reaps it with
   os.wait4, so the peak RSS is the child's own) creates the engine and OCRs every page of
   the scanned samples (data/samples, gold `"scanned": true`) and of the real scans in
   --real (doc12.pdf, doc13.pdf, doc18.pdf when present). Per page: seconds, passes run
   (read, turn90/turn270/turn180 for pages fed in sideways or upside down, red for a seal
   read again on the red channel), mean confidence. Engine creation is timed apart.
   Then again with NORMDOCS_OCR_DET_LIMIT (detection on a shrunk page) for comparison.
2. Orientation cost: page 1 of a scan OCR'd upright, turned 90 and turned 180 degrees.
3. Accuracy: benchmarks/accuracy.py's `evaluate` on the scanned samples' gold entries and
   on the real scans' entries of --real's gold.jsonl (each run through extract_file).

Prints the commit measured. Exits 0 once it ran: numbers are results, not pass/fail.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402
from child_rss import run_child  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "samples"
SAMPLES_GOLD = REPO / "data" / "samples.gold.jsonl"
REAL = Path("/work/shared/corpus/real")
REAL_SCANS = ["doc12.pdf", "doc13.pdf", "doc18.pdf"]

# The measured child: OCR every page of the files given, print one JSON line.
CHILD = r"""
import json, sys, time
t = time.perf_counter()
from PIL import Image, ImageSequence
import pypdfium2 as pdfium
from normdocs.extractors import ocr
imports = time.perf_counter() - t
t = time.perf_counter()
ocr.engine()
ocr._recognise(Image.new("RGB", (64, 64), "white"))  # loads the det model
engine = time.perf_counter() - t
rows = []
for name in sys.argv[1:]:
    if name.lower().endswith(".pdf"):
        pdf = pdfium.PdfDocument(name)
        for i in range(len(pdf)):
            page = pdf[i]
            t = time.perf_counter()
            res = ocr.ocr_pdf_page(page, i + 1)
            rows.append({"file": name, "page": i + 1, "s": time.perf_counter() - t,
                         "passes": res.passes, "confidence": res.confidence, "lines": len(res.page.lines)})
            page.close()
        pdf.close()
    else:
        with Image.open(name) as im:
            for i, frame in enumerate(ImageSequence.Iterator(im)):
                dpi = (frame.info.get("dpi") or (None,))[0]
                dpi = float(dpi) if dpi else None
                t = time.perf_counter()
                res = ocr.ocr_image(frame.convert("RGB"), i + 1, dpi)
                rows.append({"file": name, "page": i + 1, "s": time.perf_counter() - t,
                             "passes": res.passes, "confidence": res.confidence, "lines": len(res.page.lines)})
print(json.dumps({"imports_s": imports, "engine_s": engine, "pages": rows}))
"""

ORIENTATION = r"""
import json, sys, time
import pypdfium2 as pdfium
from normdocs.extractors import ocr
pdf = pdfium.PdfDocument(sys.argv[1])
img = ocr.render_pdf_page(pdf[0])
ocr.ocr_image(img, 1, 200)  # warm-up: models loaded
out = {}
for turn in (0, 90, 180):
    t = time.perf_counter()
    res = ocr.ocr_image(img.rotate(turn, expand=True), 1, 200)
    out[str(turn)] = {"s": time.perf_counter() - t, "passes": res.passes, "rotation": res.rotation,
                      "confidence": res.confidence}
boxes = ocr._recognise(img)
t = time.perf_counter()
ocr._classify(ocr._crops(img, ocr._longest(boxes, 5, upright=False), turn_upright=False))
out["classifier_check_s"] = time.perf_counter() - t
print(json.dumps(out))
"""

def scanned_samples() -> list[dict]:
    rows = [json.loads(x) for x in SAMPLES_GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r.get("scanned")]


def real_scans(real: Path) -> list[dict]:
    gold = real / "gold.jsonl"
    if not gold.exists():
        return []
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r["file"] in REAL_SCANS and (real / r["file"]).exists()]


def score(rows: list[dict], directory: Path) -> dict | None:
    if not rows:
        return None
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return accuracy.evaluate(gold, directory, only_text_layer=False)


def summarise_pages(pages: list[dict]) -> dict:
    secs = sorted(p["s"] for p in pages)
    plain = sorted(p["s"] for p in pages if p["passes"] == ["read"])
    return {
        "pages": len(secs),
        "mean_s": round(sum(secs) / len(secs), 2) if secs else None,
        "median_s": round(secs[len(secs) // 2], 2) if secs else None,
        "max_s": round(secs[-1], 2) if secs else None,
        "median_plain_read_s": round(plain[len(plain) // 2], 2) if plain else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--real", type=Path, default=REAL, help="folder with doc12/13/18.pdf and gold.jsonl")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--skip-accuracy", action="store_true")
    ap.add_argument("--det-limits", type=int, nargs="*", default=[960],
                    help="also time NORMDOCS_OCR_DET_LIMIT at these values")
    args = ap.parse_args(argv)
    os.environ.pop("NORMDOCS_OCR", None)

    samples = scanned_samples()
    real = real_scans(args.real)
    files = [str(SAMPLES / r["file"]) for r in samples] + [str(args.real / r["file"]) for r in real]
    result: dict = {"commit": accuracy.git_commit(), "cpus": len(os.sched_getaffinity(0)),
                    "threads": os.environ.get("NORMDOCS_OCR_THREADS", "default"),
                    "dpi": os.environ.get("NORMDOCS_OCR_DPI", "200")}
    speed = run_child(CHILD, files)
    result["speed"] = speed
    if "pages" in speed:
        result["speed_summary"] = summarise_pages(speed["pages"])
    for limit in args.det_limits:
        fast = run_child(CHILD, files, {"NORMDOCS_OCR_DET_LIMIT": str(limit)})
        if "pages" in fast:
            fast["summary"] = summarise_pages(fast["pages"])
        result.setdefault("det_limit", {})[str(limit)] = fast
    result["orientation"] = run_child(ORIENTATION, [str(SAMPLES / "scan_notice_changde.pdf")])
    if not args.skip_accuracy:
        result["accuracy_samples"] = score(samples, SAMPLES)
        result["accuracy_real"] = score(real, args.real)

    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_text(result)
    return 0


def print_text(r: dict) -> None:
    s = r["speed"]
    print(f"normdocs OCR bench  commit {r['commit']}  {r['cpus']} cpus  threads {r['threads']}  dpi {r['dpi']}")
    if "error" in s:
        print(f"speed child failed: {s['error']}")
    else:
        print(f"imports {s['imports_s']:.2f} s, engine + det model load {s['engine_s']:.2f} s, "
              f"child peak RSS {s['peak_rss_mb']} MB, wall {s['wall_s']} s")
        for p in s["pages"]:
            conf = f"{p['confidence']:.3f}" if p["confidence"] is not None else "—"
            print(f"  {Path(p['file']).name:28s} p{p['page']:<2d} {p['s']:5.2f} s  conf {conf}  "
                  f"lines {p['lines']:3d}  {'+'.join(p['passes'])}")
        ss = r["speed_summary"]
        print(f"  pages {ss['pages']}: mean {ss['mean_s']} s, median {ss['median_s']} s, max {ss['max_s']} s; "
              f"median of plain pages (one read) {ss['median_plain_read_s']} s")
    for limit, f in r.get("det_limit", {}).items():
        if "summary" in f:
            ss = f["summary"]
            print(f"NORMDOCS_OCR_DET_LIMIT={limit}: peak RSS {f['peak_rss_mb']} MB, mean {ss['mean_s']} s, "
                  f"median {ss['median_s']} s, median plain {ss['median_plain_read_s']} s per page")
        else:
            print(f"NORMDOCS_OCR_DET_LIMIT={limit}: failed: {f.get('error')}")
    o = r["orientation"]
    if "error" not in o:
        print("orientation (scan_notice_changde p1): "
              + ", ".join(f"turned {k}: {v['s']:.2f} s ({'+'.join(v['passes'])})"
                          for k, v in o.items() if isinstance(v, dict))
              + f"; the upside-down check on an upright page: {1000 * o['classifier_check_s']:.0f} ms")
    for key, label in (("accuracy_samples", "scanned samples"), ("accuracy_real", "real scans")):
        a = r.get(key)
        if not a:
            continue
        print(f"\naccuracy on {label}: {a['docs_scored']} docs, scalar accuracy "
              f"{accuracy.pct(a['scalar_accuracy'])}%, docs all right {accuracy.pct(a['docs_all_scalar_right'])}%")
        for field, m in a["fields"].items():
            print(f"  {field:18s} n={m['n']:<3d} accuracy {accuracy.pct(m['accuracy'])}")
        for field, m in a["lists"].items():
            print(f"  {field:18s} items {m['gold_items']}, P {accuracy.pct(m['precision'])} R {accuracy.pct(m['recall'])}")
        for e in a["errors"]:
            print(f"  error: {e['file']} {e['code']} {e['message']}")
        for m in a["mismatches"]:
            print(f"  mismatch {m['file']} {m['field']}: expected {accuracy.show(m['expected'])} "
                  f"got {accuracy.show(m['got'])}")


if __name__ == "__main__":
    sys.exit(main())
