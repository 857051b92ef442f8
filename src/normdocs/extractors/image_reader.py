"""Images (PNG, JPEG, TIFF with any number of pages, GIF, BMP): every frame is OCR'd.

Pillow decodes; the frame's DPI, when the file records a plausible one, maps pixels to
points, otherwise the page is taken as A4 wide. Frames larger than A4 at ~200 dpi are
shrunk first (RapidOCR reads pages at most 2000 px tall anyway; this keeps memory down).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from normdocs.extractors import ocr
from normdocs.extractors.textlayer import text_layer_problem
from normdocs.schemas.layout import Layout, Page
from normdocs.schemas.record import ErrorCode, ExtractionError

log = logging.getLogger(__name__)

MAX_FRAMES = 200
# longest side of an A4 page at ~200 dpi: larger frames are shrunk to this first
MAX_SIDE_PX = 2400


def _frame_dpi(frame) -> float | None:
    dpi = frame.info.get("dpi")
    if not dpi:
        return None
    try:
        value = float(dpi[0] if isinstance(dpi, (tuple, list)) else dpi)
    except (TypeError, ValueError):
        return None
    return value if 50 <= value <= 1200 else None


def _bomb_message(exc: Exception) -> str:
    """In Chinese for staff: Pillow's message (Image size (N pixels) exceeds limit of M pixels …) is English."""
    sizes = [int(n) for n in re.findall(r"\d{4,}", str(exc))]
    told = f"（{sizes[0] / 1e6:.0f} 百万像素，上限 {sizes[1] / 1e6:.0f} 百万像素）" if len(sizes) >= 2 else ""
    return f"图片像素过多{told}，疑似解压炸弹，不予处理。"


def _corrupt_message(exc: Exception) -> str:
    """A Chinese reason for staff; Pillow's own message is English and stays in the developer log."""
    reason = str(exc).lower()
    if "truncated" in reason or "premature end" in reason or "unexpected end" in reason:
        told = "图片数据不完整，文件可能被截断"
    elif isinstance(exc, SyntaxError) or "broken" in reason or "invalid" in reason or "not a" in reason:
        told = "图片文件的结构有误"
    else:
        told = "图片数据无法解码"
    return f"图片文件已损坏：{told}。"


def read_image(path: Path) -> Layout:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    if not ocr.enabled():
        raise ExtractionError(ErrorCode.no_text_layer, "图片文件没有文字层，需要 OCR 识别（OCR 已关闭：NORMDOCS_OCR=0）。")
    try:
        image = Image.open(path)
    except UnidentifiedImageError as exc:
        raise ExtractionError(ErrorCode.unsupported_format, "文件头是图片，但不是可识别的图片格式。") from exc
    except Image.DecompressionBombError as exc:
        raise ExtractionError(ErrorCode.too_large, _bomb_message(exc)) from exc
    pages: list[Page] = []
    try:
        with image:
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                if number > MAX_FRAMES:
                    break
                dpi = _frame_dpi(frame)
                picture = frame.convert("RGB")
                scale = MAX_SIDE_PX / max(picture.size)
                if scale < 0.9:
                    picture = picture.resize((round(picture.width * scale), round(picture.height * scale)))
                    dpi = dpi * scale if dpi else None
                try:
                    page = ocr.ocr_image(picture, number, dpi).page
                except Exception:  # noqa: BLE001 - a frame the recogniser chokes on reads as empty
                    from normdocs.review.redaction import mask_personal  # a file's name may hold a number

                    log.warning("OCR failed on frame %d of %s", number, mask_personal(path.name), exc_info=True)
                    page = Page(number=number, lines=[])
                page.ocr = True
                pages.append(page)
    except Image.DecompressionBombError as exc:
        raise ExtractionError(ErrorCode.too_large, _bomb_message(exc)) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        log.warning("image decoding failed: %s", exc)  # Pillow's English reason, for developers only
        raise ExtractionError(ErrorCode.corrupt_file, _corrupt_message(exc)) from exc
    text = "".join(line.text for page in pages for line in page.lines)
    if text_layer_problem(text, len(pages)) is not None:
        raise ExtractionError(ErrorCode.no_text_layer, "图片中没有识别出可用的文字（OCR 未读出正文）。")
    return Layout(pages=pages)
