"""Marks stamped as pictures: OCR of the first page's header band, only when it holds a raster image.

The header band (版头: 份号, 密级和保密期限, 紧急程度, the issuer mark) is the top of page 1.
Some offices paste a 机密★1年 or 内部资料 stamp there as a picture, or the whole red header:
text extraction sees nothing. When a picture lies in the band (and the page is no scan, which
is OCR'd whole anyway), just the band is rendered and read. Documents without such a picture
pay one pass over page 1's objects. Reused for issuer marks printed as pictures.
"""

from __future__ import annotations

import ctypes
import logging

import pypdfium2.raw as pdfium_c

from normdocs.extractors import ocr
from normdocs.schemas.layout import Line

log = logging.getLogger(__name__)

BAND = 0.3  # share of the page height from the top
MIN_SIDE_PT = 12.0  # smaller pictures (rules, bullets, dots) hold no mark
SCAN_COVER = 0.8  # a picture this large is a scanned page, not a stamp


def raster_in_band(pdf_page, band: float = BAND) -> bool:
    """Whether a picture (not a page-sized scan) lies in the top `band` of a pypdfium2 page."""
    handle = pdf_page.raw
    width, height = pdf_page.get_size()
    band_bottom = height * (1 - band)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
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
            return True
    return False


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
    return ocr.ocr_image(image, number, dpi).page.lines


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
