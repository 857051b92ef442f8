"""Score `normdocs inspect` on scans and phone photos of real, labelled documents.

    python benchmarks/scan_corpus.py [--split dev|heldout|all] [--format text|json]
                                     [--cache DIR] [--mirrors DIR] [--build-only]

The documents are round 5's and round 6's PDFs and pages (benchmarks/real_corpus/round5.jsonl,
round6.jsonl), restored by benchmarks/real_corpus.py. Which ones, and the split, follow a fixed
rule written before anything was scored: every PDF, then the HTML pages in sha256 order up to
DOCUMENTS in all; in sha256 order the documents alternate dev, held-out (this split is the
scans' own, not the text rounds' split).

Each document is printed and "scanned" deterministically (a seed from its sha256):
- a PDF's pages are rendered with pypdfium2; an HTML page's document (the block
  normdocs' HTML reader takes as the content, with the title and number a paper copy prints
  above it when the page keeps them outside the block: the heading outside it or the site's
  标题/ArticleTitle and 发文字号 cells) is printed to PDF by the Debian Chromium
  (`chromium --headless --print-to-pdf`) first;
- the first two pages and the last (the cover and the signature; 3 pages at most) are kept;
- a scan: 150-300 dpi, rotated up to ±2°, grey or colour, grey noise and a slight blur, JPEG
  quality 60-85, the pages bound into an image-only PDF (real_corpus.py's `jpeg_pages_pdf`);
- two of every eight (in sha256 order, one of each split) are phone photos instead: a perspective skew, uneven lighting and a
  warm cast, saved as one JPEG when the document has one page, else bound the same way.

The scans are written into CACHE/scans/ once (the same bytes every run) and scored with
real_corpus.py's `score` against the same gold. Gold facts that only the site's metadata
cells carried (a date or issuer the printed document does not show) cannot be read from a
scan: those misses are part of the figure, listed with the mismatches.

Always exits 0 once the evaluation ran: a low score is a result, not a failure.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCUMENTS = 20
MAX_PAGES = 3
# two of every eight documents in sha256 order (one dev, one held-out) are phone photos
PHONE_POSITIONS = (6, 7)
# a plain print of the document's block: the site's menus and scripts are not printed
PRINT_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
              '@page {{ size: A4; margin: 25mm 26mm 30mm 28mm; }}'
              'body {{ font-family: "WenQuanYi Zen Hei", serif; font-size: 16pt; line-height: 1.6; }}'
              'h1 {{ text-align: center; font-size: 22pt; font-weight: normal; }}'
              'img {{ display: none; }}'
              '</style></head><body>{heading}{content}</body></html>')


def real_corpus():
    spec = importlib.util.spec_from_file_location("normdocs_real_corpus", HERE / "real_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RC = real_corpus()


def chosen_entries() -> list[dict]:
    """The fixed selection, each entry with its scan split (`scan_split`), in sha256 order."""
    entries = [e for source in ("round5", "round6") for e in RC.load_gold(RC.GOLDS[source])
               if e["format"] in ("pdf", "html")]
    entries.sort(key=lambda e: e["sha256"])
    pdfs = [e for e in entries if e["format"] == "pdf"]
    pages = [e for e in entries if e["format"] == "html"][:DOCUMENTS - len(pdfs)]
    chosen = sorted(pdfs + pages, key=lambda e: e["sha256"])
    for n, entry in enumerate(chosen):
        entry["scan_split"] = "dev" if n % 2 == 0 else "heldout"
        entry["phone"] = n % 8 in PHONE_POSITIONS
    return chosen


# ---------------------------------------------------------------- printing to PDF


def html_print(path: Path) -> bytes:
    """The page's document as a browser prints it: the content block and its outside heading."""
    import lxml.html

    from normdocs.extractors import html_reader

    root = lxml.html.document_fromstring(html_reader._decode(path.read_bytes()))
    content, before = html_reader._content_root(root)
    for element in before:
        if element.getparent() is not None:
            element.getparent().remove(element)
    for element in content.xpath(".//script|.//style|.//link"):
        element.getparent().remove(element)
    page = PRINT_PAGE.format(heading=printed_heading(root, content),
                             content=lxml.html.tostring(content, encoding="unicode"))
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "page.html", Path(tmp) / "page.pdf"
        source.write_text(page, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={target}",
                        source.as_uri()], capture_output=True, timeout=120, check=True)
        return target.read_bytes()


_NUMBER = re.compile(r"\S+〔\d{4}〕\d+号")


def printed_heading(root, content) -> str:
    """What the paper document prints above its text and the page keeps outside the content
    block: the number (a site cell) and the title (the heading outside the block, else the
    site's 标题 cell or ArticleTitle), each only when the block does not already print it."""
    import html

    from normdocs.extractors import html_reader

    text = re.sub(r"\s+", "", content.text_content())
    cells = html_reader.site_metadata(root)
    outside = html_reader._outside_heading(root, content)
    title = (re.sub(r"\s+", "", outside.text_content()) if outside is not None
             else cells.get("标题") or cells.get("文章标题") or "")
    number = _NUMBER.search(cells.get("发文字号") or "")
    parts = []
    if number and number.group(0) not in text:
        parts.append(f'<p style="text-align:center">{html.escape(number.group(0))}</p>')
    if title and title not in text:
        parts.append(f"<h1>{html.escape(title)}</h1>")
    return "".join(parts)


def rendered_pages(pdf: bytes, dpi: int) -> list:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    count = len(document)
    numbers = sorted({n for n in (0, 1, count - 1) if 0 <= n < count})[:MAX_PAGES]
    return [document[n].render(scale=dpi / 72).to_pil().convert("RGB") for n in numbers]


# ---------------------------------------------------------------- degrading


def scanned(image, rng: random.Random, grey: bool):
    """A flatbed scan: a slight rotation on white, noise, a slight blur."""
    import numpy as np
    from PIL import Image, ImageFilter

    image = image.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, expand=True,
                         fillcolor=(255, 255, 255))
    if grey:
        image = image.convert("L")
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.8)))
    arr = np.asarray(image).astype(np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(3, 10), arr.shape)
    return Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8))


def photographed(image, rng: random.Random):
    """A phone photo: the page skewed in perspective on a darker desk, lit unevenly, warm."""
    import numpy as np
    from PIL import Image, ImageFilter

    w, h = image.size
    margin = 0.06
    canvas = Image.new("RGB", (int(w * (1 + 2 * margin)), int(h * (1 + 2 * margin))), (92, 84, 76))
    canvas.paste(image, (int(w * margin), int(h * margin)))
    cw, ch = canvas.size

    def jitter(x, y):
        return x + rng.uniform(-0.035, 0.035) * cw, y + rng.uniform(-0.03, 0.03) * ch

    # output corners map to these source corners (a quadrilateral: the page seen at an angle)
    quad = [*jitter(0, 0), *jitter(0, ch), *jitter(cw, ch), *jitter(cw, 0)]
    image = canvas.transform((cw, ch), Image.QUAD, quad, resample=Image.BICUBIC,
                             fillcolor=(92, 84, 76))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    arr = np.asarray(image).astype(np.float32)
    ys, xs = np.mgrid[0:ch, 0:cw].astype(np.float32)
    lx, ly = rng.uniform(0, cw), rng.uniform(0, ch)
    distance = np.sqrt((xs - lx) ** 2 + (ys - ly) ** 2) / np.hypot(cw, ch)
    light = 1.05 - rng.uniform(0.35, 0.5) * distance
    arr = arr * light[..., None] * np.array([1.0, 0.96, 0.88], dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 6, arr.shape)
    return Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8))


def jpeg(image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def build(entry: dict, source: Path, scans: Path) -> Path:
    """The entry's scan (or photo) in `scans`, built once; the same bytes on every run."""
    rng = random.Random(hashlib.sha256(("scan:" + entry["sha256"]).encode()).digest())
    dpi = rng.randrange(150, 301)
    grey = rng.random() < 0.6
    quality = rng.randrange(60, 86)
    stem = f"{'phone' if entry['phone'] else 'scan'}_{entry['id']}"
    done = [p for p in scans.glob(stem + ".*")]
    if done:
        return done[0]
    pdf = source.read_bytes() if entry["format"] == "pdf" else html_print(source)
    pages = rendered_pages(pdf, dpi)
    if entry["phone"]:
        images = [jpeg(photographed(page, rng), quality - 10) for page in pages]
    else:
        images = [jpeg(scanned(page, rng, grey), quality) for page in pages]
    scans.mkdir(parents=True, exist_ok=True)
    if entry["phone"] and len(images) == 1:
        target = scans / f"{stem}.jpg"
        target.write_bytes(images[0])
    else:
        target = scans / f"{stem}.pdf"
        target.write_bytes(RC.jpeg_pages_pdf(images, dpi=dpi))
    return target


def scan_format(entry: dict, path: Path) -> str:
    return ("phone-" if entry["phone"] else "scan-") + path.suffix.lstrip(".")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="dev")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--show-mismatches", action="store_true",
                    help="also list the held-out part's mismatches (hidden by default)")
    ap.add_argument("--cache", type=Path, default=RC.DEFAULT_CACHE)
    ap.add_argument("--mirrors", type=Path, default=RC.DEFAULT_MIRRORS)
    ap.add_argument("--build-only", action="store_true", help="write the scans and stop")
    args = ap.parse_args(argv)

    entries = [e for e in chosen_entries() if args.split in ("all", e["scan_split"])]
    missing: list[str] = []
    restored: dict[str, Path] = {}
    scored: list[dict] = []
    for entry in entries:
        try:
            source = RC.restore(entry, args.cache, args.mirrors)
        except RC.MissingSource as exc:
            missing.append(str(exc))
            continue
        path = build(entry, source, args.cache / "scans")
        scored.append({**entry, "file": path.name, "format": scan_format(entry, path),
                       "split": entry["scan_split"]})
        restored[path.name] = path
    if args.build_only:
        for path in restored.values():
            print(path)
        return 0
    records = RC.inspect_files(list(restored.values()))
    summary = RC.score(scored, restored, records, missing)
    summary.update({"split": args.split, "source": "scans of round5+round6", "ids": None})
    if args.format == "json":
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        RC.print_text(summary, RC.load_accuracy().pct,
                      show_mismatches=args.split == "dev" or args.show_mismatches)
    return 0


if __name__ == "__main__":
    sys.exit(main())
