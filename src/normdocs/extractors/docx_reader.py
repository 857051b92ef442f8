"""DOCX with python-docx: paragraphs and tables in document order, headers and footers."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from normdocs.schemas.layout import Layout, Line, Page
from normdocs.schemas.record import ErrorCode, ExtractionError


def _chain_size(style) -> float | None:
    while style is not None:
        if style.font is not None and style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return None


class _LineReader:
    """Paragraphs and table rows to Lines; inherited sizes looked up once per style."""

    def __init__(self) -> None:
        self._style_sizes: dict[str | None, float | None] = {}

    def style_size(self, paragraph: Paragraph) -> float | None:
        style_id = paragraph._p.style  # the pStyle id: cheap, unlike resolving paragraph.style
        if style_id not in self._style_sizes:
            self._style_sizes[style_id] = _chain_size(paragraph.style)
        return self._style_sizes[style_id]

    def paragraph(self, paragraph: Paragraph, **extra) -> Line | None:
        text = paragraph.text
        if not text.strip():
            return None
        sizes, colors, bold = [], [], False
        for run in paragraph.runs:
            if not run.text.strip():
                continue
            if run.font.size is not None:
                sizes.append(run.font.size.pt)
            rgb = run.font.color.rgb if run.font.color is not None and run.font.color.type is not None else None
            if rgb is not None:
                colors.append(f"#{rgb}".lower())
            bold = bold or bool(run.bold)
        size = max(sizes) if sizes else self.style_size(paragraph)
        return Line(
            text=text.strip(), orig=text, size=size, color=colors[0] if colors else None, bold=bold,
            centered=paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER, **extra,
        )

    def table(self, table: Table) -> list[Line]:
        lines: list[Line] = []
        for row in table.rows:
            cells = []
            for cell in row.cells:
                if cells and cell._tc is cells[-1]._tc:  # merged cells repeat
                    continue
                cells.append(cell)
            paragraphs = [[p for p in c.paragraphs if p.text.strip()] for c in cells]
            if all(len(ps) <= 1 for ps in paragraphs):
                # One line per row: an imprint row reads "印发机关  日期印发".
                texts = [ps[0].text.strip() for ps in paragraphs if ps]
                if texts:
                    first = self.paragraph([ps for ps in paragraphs if ps][0][0], in_table=True)
                    first.text = " ".join(texts)
                    first.orig = first.text
                    lines.append(first)
            else:
                for ps in paragraphs:
                    lines.extend(ln for p in ps if (ln := self.paragraph(p, in_table=True)))
        return lines


def read_docx(path: Path) -> Layout:
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError(ErrorCode.corrupt_file, f"DOCX 文件已损坏，无法打开：{exc}") from exc
    lines: list[Line] = []
    reader = _LineReader()
    section = document.sections[0] if document.sections else None
    if section is not None and not section.header.is_linked_to_previous:
        lines.extend(ln for p in section.header.paragraphs if (ln := reader.paragraph(p, part="header")))
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            line = reader.paragraph(block)
            if line:
                lines.append(line)
        else:
            lines.extend(reader.table(block))
    if section is not None and not section.footer.is_linked_to_previous:
        lines.extend(ln for p in section.footer.paragraphs if (ln := reader.paragraph(p, part="footer")))
    if not any(ln.part == "body" for ln in lines):
        raise ExtractionError(ErrorCode.empty_file, "DOCX 文件没有任何正文内容。")
    for i, line in enumerate(lines):
        line.index = i
    return Layout(pages=[Page(number=1, lines=lines)])
