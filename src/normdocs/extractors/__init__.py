"""file -> document model -> GB/T 9704 elements. `extract_file` is the stage's one entry point."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from normdocs.extractors.cleanup import clean_layout
from normdocs.extractors.detect import detect_format
from normdocs.extractors.docx_reader import read_docx
from normdocs.extractors.elements import parse_elements
from normdocs.extractors.html_reader import read_html
from normdocs.extractors.image_reader import read_image
from normdocs.extractors.legacy_word import read_legacy_word
from normdocs.extractors.ocr import summarise as ocr_summary
from normdocs.extractors.ofd_reader import read_ofd
from normdocs.extractors.pdf_reader import read_pdf
from normdocs.extractors.text_reader import read_text
from normdocs.schemas.record import ErrorCode, ErrorInfo, ExtractionError, Record

READERS = {
    "pdf": read_pdf, "docx": read_docx, "html": read_html, "txt": read_text,
    "ofd": read_ofd, "doc": read_legacy_word, "image": read_image,
}

PAGED_FORMATS = {"pdf", "ofd", "image"}

__all__ = ["extract_file", "file_sha256", "READERS"]


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_readable(path: Path) -> None:
    if not os.path.lexists(path):
        raise ExtractionError(ErrorCode.vanished, "文件在处理过程中已不存在（被移动或删除）。")
    if path.is_symlink() and not path.exists():
        raise ExtractionError(ErrorCode.unreadable, "文件是指向不存在目标的链接，无法读取。")
    if path.is_dir():
        raise ExtractionError(ErrorCode.unreadable, "路径是一个文件夹，不是文件。")


def extract_file(path: str | os.PathLike, *, keep_layout: bool = False) -> Record:
    """Read one file into a Record. Bad input becomes an error record, never an exception."""
    record = Record(file=str(path))
    p = Path(path)
    try:
        _check_readable(p)
        record.sha256 = file_sha256(p)
        if p.stat().st_size == 0:
            raise ExtractionError(ErrorCode.empty_file, "文件为空（0 字节）。")
        record.format = detect_format(p)
        reader = READERS.get(record.format)
        if reader is None:
            raise ExtractionError(ErrorCode.unsupported_format, f"不支持的文件格式（识别为 {record.format}）。")
        layout = clean_layout(reader(p))
        # formats with real pages; DOCX, HTML and text come as one page of paragraphs
        record.pages = len(layout.pages) if record.format in PAGED_FORMATS else None
        record.metadata = parse_elements(layout)
        record.ocr = ocr_summary(layout, record.metadata)
        if keep_layout:
            record.layout = layout
    except ExtractionError as exc:
        record.status, record.error = "error", ErrorInfo(code=exc.code, message=exc.message)
    except FileNotFoundError:
        record.status = "error"
        record.error = ErrorInfo(code=ErrorCode.vanished, message="文件在处理过程中已不存在（被移动或删除）。")
    except (PermissionError, IsADirectoryError, OSError) as exc:
        record.status = "error"
        record.error = ErrorInfo(code=ErrorCode.unreadable, message=f"文件无法读取：{exc.strerror or exc}")
    return record
