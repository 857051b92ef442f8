"""file -> document model -> GB/T 9704 elements. `extract_file` is the stage's one entry point."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from normdocs.extractors.cleanup import clean_layout
from normdocs.extractors.detect import detect_format
from normdocs.extractors.docx_reader import read_docx
from normdocs.extractors.elements import body_text, parse_elements
from normdocs.extractors.html_reader import read_html
from normdocs.extractors.image_reader import read_image
from normdocs.extractors.legacy_word import read_legacy_word
from normdocs.extractors.ocr import summarise as ocr_summary
from normdocs.extractors.ofd_reader import read_ofd
from normdocs.extractors.pdf_reader import read_pdf
from normdocs.extractors.text_reader import read_text
from normdocs.schemas.layout import Layout, Page, Zone
from normdocs.schemas.record import ErrorCode, ErrorInfo, ExtractionError, Record

READERS = {
    "pdf": read_pdf, "docx": read_docx, "html": read_html, "txt": read_text,
    "ofd": read_ofd, "doc": read_legacy_word, "image": read_image,
}

PAGED_FORMATS = {"pdf", "ofd", "image"}

__all__ = ["extract_file", "file_sha256", "READERS", "count_pages"]

ZIP_FORMATS = {"docx", "ofd"}


# Caps on what a hostile file inflates (a real document stays far below them).
MAX_UNZIPPED_BYTES = 512 * 2**20  # DOCX/OFD: the sum of the members' sizes
MAX_ZIP_MEMBERS = 20_000
MAX_IMAGE_PIXELS = 64_000_000  # PIL warns above this and refuses above twice this
MAX_MARKUP_BYTES = 16 * 2**20  # HTML or text: a 500-page document is a few MB; past this it is no one document
MAX_CHARS = 10_000_000  # text of one document; past LONG_CHARS only cover and imprint are parsed
LONG_CHARS = 1_000_000  # spaCy's nlp.max_length (E088)
LONG_LINES = 5_000  # element parsing of more lines than this only reads the cover and imprint
DOCX_BYTES_PER_PAGE = 8_000  # of word/document.xml, for the time budget (an estimate on the generous side)
TEXT_BYTES_PER_PAGE = 3_000  # of HTML or text
COVER_LINES = 400  # lines parsed for elements at each end of a long document
MAX_LINE_CHARS = 20_000  # a line longer than this is cut for element parsing (no element is that long)


def regular_file_problem(st: os.stat_result) -> ExtractionError | None:
    """FIFOs, devices and sockets are never opened: reading one may hang or never end."""
    if stat.S_ISDIR(st.st_mode):
        return ExtractionError(ErrorCode.unreadable, "路径是一个文件夹，不是文件。")
    if not stat.S_ISREG(st.st_mode):
        kind = ("命名管道（FIFO）" if stat.S_ISFIFO(st.st_mode) else "设备文件" if stat.S_ISCHR(st.st_mode)
                or stat.S_ISBLK(st.st_mode) else "套接字" if stat.S_ISSOCK(st.st_mode) else "特殊文件")
        return ExtractionError(ErrorCode.special_file, f"路径是{kind}，不是普通文件，不予打开。")
    return None


def file_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a regular file; opened without blocking so a FIFO put in its place cannot hang."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
        problem = regular_file_problem(os.fstat(fd))
        if problem is not None:
            raise problem
        digest = hashlib.sha256()
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_readable(path: Path) -> None:
    if not os.path.lexists(path):
        raise ExtractionError(ErrorCode.vanished, "文件在处理过程中已不存在（被移动或删除）。")
    try:
        st = os.stat(path)  # the link's target: checked before anything opens it
    except FileNotFoundError:
        raise ExtractionError(ErrorCode.unreadable, "文件是指向不存在目标的链接，无法读取。") from None
    problem = regular_file_problem(st)
    if problem is not None:
        raise problem


def _check_zip(path: Path) -> None:
    """A zip bomb is refused before any member is inflated (zipfile stops at the declared sizes)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # the reader says why
    total = sum(i.file_size for i in infos)
    if len(infos) > MAX_ZIP_MEMBERS or total > MAX_UNZIPPED_BYTES:
        raise ExtractionError(
            ErrorCode.too_large,
            f"压缩包解压后过大（{total / 2**20:.0f} MB，{len(infos)} 个成员；上限 "
            f"{MAX_UNZIPPED_BYTES // 2**20} MB），疑似解压炸弹，不予处理。")


def _cap_images() -> None:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS


def _long_view(layout: Layout) -> Layout:
    """What elements are parsed from in a very long document: the cover and the imprint.

    Elements sit on the first and last pages (GB/T 9704); the body is kept whole and the
    findings scan all of it."""
    lines = [ln for ln in layout.lines() if ln.zone != Zone.noise]
    chosen = lines if len(lines) <= 2 * COVER_LINES else lines[:COVER_LINES] + lines[-COVER_LINES:]
    pages: dict[int, Page] = {}
    for line in chosen:
        if len(line.text) > MAX_LINE_CHARS:
            line = line.model_copy(update={"text": line.text[:MAX_LINE_CHARS]})
        page = pages.get(line.page)
        if page is None:
            source = next((p for p in layout.pages if p.number == line.page), None)
            page = pages[line.page] = Page(number=line.page, width=source.width if source else None,
                                           height=source.height if source else None)
        page.lines.append(line)
    return Layout(pages=list(pages.values()), site_metadata=layout.site_metadata)


def count_pages(path: str | os.PathLike) -> int | None:
    """Pages of a file without reading it, for the sandbox's time budget: counted for PDF and OFD,
    estimated from the text's size for DOCX, HTML and text (a long file gets a long budget);
    None when unknown."""
    p = Path(path)
    try:
        _check_readable(p)
        fmt = detect_format(p)
        if fmt == "pdf":
            import pypdfium2 as pdfium

            document = pdfium.PdfDocument(str(p))
            try:
                return len(document)
            finally:
                document.close()
        if fmt in ZIP_FORMATS:
            import zipfile

            with zipfile.ZipFile(p) as zf:
                if fmt == "ofd":
                    return sum(1 for n in zf.namelist() if n.lower().endswith("content.xml")) or None
                return max(1, zf.getinfo("word/document.xml").file_size // DOCX_BYTES_PER_PAGE)
        if fmt in ("html", "txt"):
            return max(1, p.stat().st_size // TEXT_BYTES_PER_PAGE)
    except Exception:  # noqa: BLE001 - the reader says what is wrong with the file
        return None
    return None


def extract_file(path: str | os.PathLike, *, keep_layout: bool = False) -> Record:
    """Read one file into a Record. Bad input becomes an error record, never an exception.

    Under a sandbox an exception that escapes still costs only this file (internal_error)."""
    import zipfile
    import zlib

    from lxml.etree import XMLSyntaxError
    from PIL import Image

    record = Record(file=str(path))
    p = Path(path)
    _cap_images()
    try:
        _check_readable(p)
        record.sha256 = file_sha256(p)
        if p.stat().st_size == 0:
            raise ExtractionError(ErrorCode.empty_file, "文件为空（0 字节）。")
        record.format = detect_format(p)
        reader = READERS.get(record.format)
        if reader is None:
            raise ExtractionError(ErrorCode.unsupported_format, f"不支持的文件格式（识别为 {record.format}）。")
        if record.format in ZIP_FORMATS:
            _check_zip(p)
        if record.format in ("html", "txt") and p.stat().st_size > MAX_MARKUP_BYTES:
            raise ExtractionError(ErrorCode.too_large, (
                f"文件过大（{p.stat().st_size / 2**20:.1f} MB，网页或文本上限 {MAX_MARKUP_BYTES // 2**20} MB），"
                "不是单份公文，不予处理。"))
        layout = clean_layout(reader(p))
        # formats with real pages; DOCX, HTML and text come as one page of paragraphs
        record.pages = len(layout.pages) if record.format in PAGED_FORMATS else None
        record.metadata = _parse(layout)
        record.ocr = ocr_summary(layout, record.metadata)
        if keep_layout:
            record.layout = layout
    except ExtractionError as exc:
        record.status, record.error = "error", ErrorInfo(code=exc.code, message=exc.message)
    except (XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        # a broken member of a DOCX/OFD package the reader did not catch itself
        record.status = "error"
        record.error = ErrorInfo(code=ErrorCode.corrupt_file, message=(
            f"文件已损坏：内部内容无法解析（{type(exc).__name__}）。"))
    except Image.DecompressionBombError:
        record.status = "error"
        record.error = ErrorInfo(code=ErrorCode.too_large, message=(
            f"图像像素过多（上限 {MAX_IMAGE_PIXELS * 2 // 1_000_000} 百万像素），疑似解压炸弹，不予处理。"))
    except FileNotFoundError as exc:
        record.status = "error"
        if os.path.lexists(p):  # the input is there: a file of our own is missing (an install or reader bug)
            record.error = ErrorInfo(code=ErrorCode.internal_error, message=(
                f"内部错误：读取本文件时程序自身的文件缺失（{Path(exc.filename or '?').name}），请报告。"))
        else:
            record.error = ErrorInfo(code=ErrorCode.vanished, message="文件在处理过程中已不存在（被移动或删除）。")
    except (PermissionError, IsADirectoryError, OSError) as exc:
        record.status = "error"
        record.error = ErrorInfo(code=ErrorCode.unreadable, message=f"文件无法读取：{exc.strerror or exc}")
    return record


def _parse(layout: Layout):
    """Elements of the layout; a very long document is parsed from its cover and imprint only."""
    chars = sum(len(ln.text) for page in layout.pages for ln in page.lines)
    if chars > MAX_CHARS:
        raise ExtractionError(ErrorCode.too_large, f"文字过多（{chars:,} 字符，上限 {MAX_CHARS:,}），不予处理。")
    count = sum(len(page.lines) for page in layout.pages)
    if chars <= LONG_CHARS and count <= LONG_LINES:
        return parse_elements(layout)
    metadata = parse_elements(_long_view(layout))
    metadata.body = body_text(layout)
    return metadata
