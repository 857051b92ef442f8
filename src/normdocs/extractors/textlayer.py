"""Is a PDF's text layer usable? Missing or mojibake layers need OCR, not parsing."""

from __future__ import annotations

import re

from normdocs.schemas.record import ErrorCode, ExtractionError

_CJK = re.compile(r"[\u4e00-\u9fff]")
_VISIBLE = re.compile(r"\S")
MIN_CHARS_PER_PAGE = 15
MIN_CJK_SHARE = 0.25


def text_layer_problem(text: str, pages: int) -> ExtractionError | None:
    """An error when the text layer is absent or does not read as Chinese text."""
    visible = len(_VISIBLE.findall(text))
    if visible < MIN_CHARS_PER_PAGE * max(1, pages) / 4 or visible < MIN_CHARS_PER_PAGE:
        return ExtractionError(ErrorCode.no_text_layer, "PDF 没有可用的文字层（可能是扫描件），需要 OCR 识别。")
    cjk = len(_CJK.findall(text))
    if cjk / visible < MIN_CJK_SHARE:
        return ExtractionError(
            ErrorCode.garbled_text_layer,
            "PDF 文字层是乱码或残缺（字体编码损坏或低质量 OCR 层），需要 OCR 识别。",
        )
    return None
