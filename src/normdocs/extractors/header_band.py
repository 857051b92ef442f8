"""Marks stamped as pictures: OCR of the first page's header band, only when it holds a raster image.

The header band (版头: 份号, 密级和保密期限, 紧急程度, the issuer mark) is the top of page 1.
Some offices paste a 机密★1年 or 内部资料 stamp there as a picture, or the whole red header:
text extraction sees nothing. When a picture lies in the band (and the page is no scan, which
is OCR'd whole anyway), just the band is rendered and read. Documents without such a picture
pay one pass over page 1's objects. Reused for issuer marks printed as pictures.

A picture there that cannot be read (OCR off, or it reads no words) may still be a stamped
mark: the confidentiality view gets an `unread` item for it, and the document goes to a
reviewer rather than out unseen (`header_band_texts`, `picture_texts`).
"""

from __future__ import annotations

import ctypes
import logging
import re

import pypdfium2.raw as pdfium_c

from normdocs.extractors import ocr
from normdocs.schemas.layout import ExtraText, Line

log = logging.getLogger(__name__)

BAND = 0.3  # share of the page height from the top
MIN_SIDE_PT = 12.0  # smaller pictures (rules, bullets, dots) hold no mark
SCAN_COVER = 0.8  # a picture this large is a scanned page, not a stamp
READ_PLACE = "页眉图片（OCR）"
UNREAD_PLACE = "页眉图片（未能识别）"
_WORD = re.compile(r"[\u4e00-\u9fff㊙]{2}")  # two Chinese characters in a row: OCR read words


def band_pictures(pdf_page, band: float = BAND) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, top, x1, bottom in points from the top-left) of the pictures, not page-sized
    scans, that reach into the top `band` of a pypdfium2 page."""
    handle = pdf_page.raw
    width, height = pdf_page.get_size()
    band_bottom = height * (1 - band)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    boxes = []
    for i in range(pdfium_c.FPDFPage_CountObjects(handle)):
        obj = pdfium_c.FPDFPage_GetObject(handle, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if w < MIN_SIDE_PT or h < MIN_SIDE_PT or w * h >= SCAN_COVER * width * height:
            continue
        if top.value > band_bottom:  # PDF y grows upwards: the picture reaches into the band
            boxes.append((left.value, height - top.value, right.value, height - bottom.value))
    return boxes


def raster_in_band(pdf_page, band: float = BAND) -> bool:
    """Whether a picture (not a page-sized scan) lies in the top `band` of a pypdfium2 page."""
    return bool(band_pictures(pdf_page, band))


def ocr_band(pdf_page, number: int = 1, band: float = BAND) -> list[Line]:
    """The header band of a pypdfium2 page, rendered alone and read by OCR (positions in points
    from the page's top-left, as the page's own lines)."""
    dpi = ocr.render_dpi()
    width, height = pdf_page.get_size()
    bitmap = pdf_page.render(scale=dpi / 72, crop=(0, height * (1 - band), 0, 0))
    try:
        image = bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()
    lines = ocr.ocr_image(image, number, dpi).page.lines
    # a band is no page-sized image: ocr_image guessed its scale; put the lines in page points
    factor = (72 / dpi) / ocr.points_per_pixel(image.width, image.height, dpi)
    if abs(factor - 1) > 1e-6:
        lines = [ln.model_copy(update={k: getattr(ln, k) * factor for k in ("x0", "top", "x1", "bottom")
                                       if getattr(ln, k) is not None}) for ln in lines]
    return lines


def header_band_lines(pdf_page, number: int = 1) -> list[Line]:
    """OCR'd lines of the header band when it holds a picture and OCR is on; else none."""
    if not ocr.enabled() or not raster_in_band(pdf_page):
        return []
    try:
        return ocr_band(pdf_page, number)
    except Exception:  # noqa: BLE001 - a band the recogniser chokes on reads as empty
        log.warning("OCR of the header band failed", exc_info=True)
        return []


def picture_lines(blob: bytes, number: int = 1) -> list[Line]:
    """OCR of one picture (a DOCX header stamp): its lines; none when OCR is off or it reads nothing."""
    if not ocr.enabled():
        return []
    try:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(blob)) as image:
            if min(image.size) < 16 or image.width * image.height > 40_000_000:
                return []
            return ocr.ocr_image(image.convert("RGB"), number).page.lines
    except Exception:  # noqa: BLE001 - a picture the decoder or recogniser chokes on reads as empty
        log.warning("OCR of a header picture failed", exc_info=True)
        return []


def _reads_words(lines: list[Line]) -> bool:
    return any(_WORD.search(ln.text or "") for ln in lines)


def _texts(lines: list[Line] | None, page: int | None, read: bool | None = None) -> list[ExtraText]:
    """The view's items for a picture: its OCR'd lines, and an unread item when they hold no
    words (lines None: OCR is off; `read` says it when the lines hold more than the picture)."""
    out = [ExtraText(text=ln.text, place=READ_PLACE, page=page) for ln in lines or []]
    if not (_reads_words(lines or []) if read is None else read):
        out.append(ExtraText(text="", place=UNREAD_PLACE, page=page, unread=True))
    return out


def _over(line: Line, box: tuple[float, float, float, float]) -> bool:
    if line.x0 is None or line.top is None or line.x1 is None or line.bottom is None:
        return True  # no position: it may be the picture's
    x0, top, x1, bottom = box
    overlap = min(bottom, line.bottom) - max(top, line.top)  # a line just touching it is another's
    return line.x0 < x1 and x0 < line.x1 and overlap >= 0.5 * min(bottom - top, line.bottom - line.top)


def header_band_texts(pdf_page, number: int = 1) -> list[ExtraText]:
    """The view's items for the header band of a pypdfium2 page: none without a picture there.
    The band is read whole (its printed text too); a picture counts as read when words were
    read over it."""
    boxes = band_pictures(pdf_page)
    if not boxes:
        return []
    if not ocr.enabled():
        return _texts(None, number)
    try:
        lines = ocr_band(pdf_page, number)
    except Exception:  # noqa: BLE001 - a band the recogniser chokes on is a picture nobody read
        log.warning("OCR of the header band failed", exc_info=True)
        return _texts(None, number)
    worded = [ln for ln in lines if _reads_words([ln])]
    return _texts(lines, number, read=all(any(_over(ln, box) for ln in worded) for box in boxes))


def with_margin(image):
    """The picture on a white margin. A stamp cut tight to its ink leaves the detector no room:
    the boxes of letter-spaced characters (机 密 ★ 1 年) then overlap and read as lines of their
    own; on a margin the row is found whole, as on a rendered page."""
    from PIL import Image

    pad = max(16, min(image.size) // 4)
    framed = Image.new("RGB", (image.width + 2 * pad, image.height + 2 * pad), "white")
    framed.paste(image, (pad, pad))
    return framed


def picture_texts(blob: bytes) -> list[ExtraText]:
    """The view's items for one header picture (a DOCX stamp); none for a picture too small or
    too large to be a stamp."""
    try:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(blob)) as image:
            if min(image.size) < 16:
                return []  # a rule or a dot: too small to hold a mark
            if image.width * image.height > 40_000_000:
                return _texts(None, None)  # too large to read here; a mark may be stamped on it: unread
            if not ocr.enabled():
                return _texts(None, None)
            return _texts(ocr.ocr_image(with_margin(image.convert("RGB")), 1).page.lines, None)
    except Exception:  # noqa: BLE001 - a picture the decoder or recogniser chokes on is unread
        log.warning("OCR of a header picture failed", exc_info=True)
        return _texts(None, None)
