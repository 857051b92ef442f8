"""Where a finding is: the page image with its line outlined and every personal number blacked out
(PDFs and scans), or the document model's lines around it, masked (other formats).

An image is drawn only when every personal number found on that page has a box to black out;
otherwise the lines are shown instead (safety first: never an unmasked number on an image).
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

from normdocs.review import redact
from normdocs.review.findings import PERSONAL_KINDS
from normdocs.schemas.library import StoredFinding

PERSONAL = set(PERSONAL_KINDS)
IMAGE_FORMATS = {"pdf", "image", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "scan"}
RENDER_SCALE = 1.5  # 108 dpi: lines readable, images small
_PDFIUM = threading.Lock()  # pdfium is not thread-safe; the server renders in a thread pool


def can_draw(findings: list[StoredFinding], page: int | None) -> bool:
    """Whether a page image can be shown with every personal number on it covered."""
    if page is None:
        return False
    for f in findings:
        if f.kind not in PERSONAL:
            continue
        if f.page is None:
            return False  # a number we could not place may be on this page
        if f.page == page and not f.span:
            return False
    return True


def _page_image(path: Path, fmt: str, page: int):
    from PIL import Image

    if fmt == "pdf":
        import pypdfium2 as pdfium

        with _PDFIUM:
            pdf = pdfium.PdfDocument(str(path))
            try:
                if not 1 <= page <= len(pdf):
                    raise ValueError(page)
                return pdf[page - 1].render(scale=RENDER_SCALE).to_pil().convert("RGB")
            finally:
                pdf.close()
    image = Image.open(path)
    image.seek(page - 1)
    return image.convert("RGB")


def render_finding(path: Path, fmt: str, page: int, findings: list[StoredFinding], outline: list[float] | None) -> bytes:
    """PNG of the page: `outline` (page fractions) in red, every personal number's boxes in black."""
    from PIL import ImageDraw

    image = _page_image(path, fmt, page)
    w, h = image.size
    draw = ImageDraw.Draw(image)
    for f in findings:
        if f.kind in PERSONAL and f.page == page:
            for x0, y0, x1, y1 in f.span or []:
                draw.rectangle([x0 * w, y0 * h, x1 * w, y1 * h], fill=(0, 0, 0))
    if outline:
        x0, y0, x1, y1 = outline
        pad = 4
        draw.rectangle([x0 * w - pad, y0 * h - pad, x1 * w + pad, y1 * h + pad], outline=(220, 0, 0), width=3)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def context_lines(body_redacted: str | None, finding: StoredFinding, around: int = 2) -> list[tuple[int, str, bool]]:
    """(line number, masked text, is the finding's line) around the finding, from the redacted body.

    DOCX, HTML and text have one page whose lines are paragraphs; the body keeps them in order."""
    lines = [ln for ln in (body_redacted or "").split("\n")]
    if not lines:
        return []
    target = (finding.line or 0) - 1
    if not 0 <= target < len(lines):
        needle = (finding.evidence or "").split("：")[-1]
        target = next((i for i, ln in enumerate(lines) if needle and needle in ln), 0)
    lo, hi = max(0, target - around), min(len(lines), target + around + 1)
    return [(i + 1, redact(lines[i]) or "", i == target) for i in range(lo, hi)]
