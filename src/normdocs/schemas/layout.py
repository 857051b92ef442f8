"""The document model every reader produces: pages of lines, each tagged with a zone.

PDF lines carry positions (points, origin top-left), font size and colour; DOCX, HTML and
text have no pages, so they come as one page whose lines are located by paragraph index.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, Field


class Zone(str, Enum):
    header = "header"  # 版头: copy number, classification, urgency, issuer mark, doc number
    main = "main"  # 主体: title, recipients, body, signature, date, 附注
    imprint = "imprint"  # 版记: 抄送, 印发
    attachment = "attachment"  # 附件 pages after the cover document
    noise = "noise"  # page numbers, running headers and footers


class Line(BaseModel):
    text: str  # cleaned text
    orig: str = ""  # text as the reader gave it, before clean-up
    page: int = 1  # 1-based
    index: int = 0  # 0-based line number within the page (paragraph index for DOCX/HTML)
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    size: float | None = None  # dominant font size in points
    color: str | None = None  # dominant fill colour as #rrggbb
    bold: bool = False
    centered: bool = False
    in_table: bool = False
    part: str = "body"  # body, or header/footer for DOCX section headers and footers
    zone: Zone = Zone.main
    confidence: float | None = None  # OCR'd lines: the recogniser's mean confidence, 0-1

    @property
    def is_red(self) -> bool:
        if not self.color or len(self.color) != 7:
            return False
        r, g, b = (int(self.color[i : i + 2], 16) for i in (1, 3, 5))
        return r > 150 and g < 100 and b < 100


class Page(BaseModel):
    number: int  # 1-based
    width: float | None = None
    height: float | None = None
    lines: list[Line] = Field(default_factory=list)
    detailed: bool = True  # False when only the plain text was read (cheap path)
    ocr: bool = False  # True when the page's lines come from OCR of its image


class ExtraText(BaseModel):
    """Text a format holds outside the body's lines: never part of the body, always part of
    the confidentiality view (review/textview.py). One item per paragraph or value."""

    text: str
    place: str  # where it sits, for staff: 首页页眉, 文本框, 批注, 网页标题, PDF 注释 …
    page: int | None = None  # 1-based, for paged formats
    unread: bool = False  # a picture where a mark may be stamped that OCR could not read (no text)


class Layout(BaseModel):
    pages: list[Page] = Field(default_factory=list)
    # key/value pairs a publishing site printed beside the document (HTML 索引号 table)
    site_metadata: dict[str, str] = Field(default_factory=dict)
    # headers of every kind, text boxes, comments, annotations, page titles … (see ExtraText)
    extra: list[ExtraText] = Field(default_factory=list)

    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]
