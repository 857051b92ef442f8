"""Plain text: UTF-8, GB18030/GBK and UTF-16 detected from the bytes."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from normdocs.schemas.layout import Layout, Line, Page
from normdocs.schemas.record import ErrorCode, ExtractionError


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding; the encodings old Chinese archives use come first."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    best = from_bytes(data).best()
    if best is None:
        raise ExtractionError(ErrorCode.unsupported_format, "无法识别文本文件的字符编码。")
    return str(best)


def read_text(path: Path) -> Layout:
    text = decode_text(path.read_bytes())
    lines = [
        Line(text=raw.strip(), orig=raw, page=1, index=i)
        for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    ]
    return Layout(pages=[Page(number=1, lines=[ln for ln in lines if ln.text])])
