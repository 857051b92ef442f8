"""Is a PDF's text layer usable? Missing or mojibake layers need OCR, not parsing.

`text_layer_problem` judges a whole document (the old all-or-nothing check, still what
decides the error when OCR is off or reads nothing); `page_text_problem` judges one page,
so that only the pages that need it are OCR'd; `poor_ocr_layer` tells a scanned page's
machine OCR layer that went wrong (spaces inside words, before punctuation, fullwidth
digits, lone characters on their own lines) from a clean one.
"""

from __future__ import annotations

import re

from normdocs.schemas.record import ErrorCode, ExtractionError

_CJK = re.compile(r"[\u4e00-\u9fff]")
_VISIBLE = re.compile(r"\S")
_CID = re.compile(r"\(cid:\d+\)")
# U+FFFD, private use area, C1 controls and Latin-1 letters that GBK-read-as-Latin-1 yields
_MOJIBAKE = re.compile(r"[\ufffd\ue000-\uf8ff\x80-\x9f\u00c0-\u00ff]")
_CJK_GAP = re.compile(r"[\u4e00-\u9fff][ \t]+[\u4e00-\u9fff]")
_PUNCT_GAP = re.compile(r"[ \t]+[，。、；：）》”]|[（《“][ \t]+")
_FULLWIDTH_DIGIT = re.compile(r"[０-９]")
_LONE = re.compile(r"^\s*\S\s*$", re.M)
MIN_CHARS_PER_PAGE = 15
MIN_CJK_SHARE = 0.25


def text_layer_problem(text: str, pages: int) -> ExtractionError | None:
    """An error when the text layer is absent or does not read as Chinese text."""
    visible = len(_VISIBLE.findall(text))
    if visible < MIN_CHARS_PER_PAGE * max(1, pages) / 4 or visible < MIN_CHARS_PER_PAGE:
        return no_text_error()
    cjk = len(_CJK.findall(text))
    if cjk / visible < MIN_CJK_SHARE:
        return garbled_error()
    return None


def no_text_error() -> ExtractionError:
    return ExtractionError(ErrorCode.no_text_layer, "PDF 没有可用的文字层（可能是扫描件），需要 OCR 识别。")


def garbled_error() -> ExtractionError:
    return ExtractionError(
        ErrorCode.garbled_text_layer,
        "PDF 文字层是乱码或残缺（字体编码损坏或低质量 OCR 层），需要 OCR 识别。",
    )


def page_text_problem(text: str) -> ErrorCode | None:
    """no_text_layer for a page with (almost) no characters, garbled_text_layer for one
    whose characters do not read as Chinese ((cid:N) placeholders, mojibake)."""
    visible = len(_VISIBLE.findall(text))
    if visible < MIN_CHARS_PER_PAGE:
        return ErrorCode.no_text_layer
    cid_chars = sum(len(m) for m in _CID.findall(text))
    if cid_chars > visible / 2:
        return ErrorCode.garbled_text_layer
    cjk = len(_CJK.findall(text))
    if cjk / visible < MIN_CJK_SHARE:
        return ErrorCode.garbled_text_layer
    if len(_MOJIBAKE.findall(text)) > cjk / 4:
        return ErrorCode.garbled_text_layer
    return None


def poor_ocr_layer(text: str) -> bool:
    """Signs that a scanned page's OCR layer is poor. Typeset text shows at most a few
    letter-spaced names (under 3% CJK-space-CJK pairs) and no space before 。，、."""
    cjk = len(_CJK.findall(text))
    if cjk < MIN_CHARS_PER_PAGE:
        return True
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return (
        len(_CJK_GAP.findall(text)) / cjk > 0.035
        or len(_PUNCT_GAP.findall(text)) / cjk > 0.008
        or len(_FULLWIDTH_DIGIT.findall(text)) > 2
        or len(_LONE.findall(text)) > max(2, 0.08 * len(lines))
    )
