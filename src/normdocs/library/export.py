"""Exports people can use: CSV that Excel opens, XLSX with a named sheet, widths, a filter and
a frozen header; Chinese headers, 是/否, bodies as paragraphs; every text cell neutralised
against formulas. The rows stream from the library in batches (10^5 documents fit)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from pydantic import BaseModel
from sqlalchemy import func, select

from normdocs.library.browse import NEWEST_FIRST
from normdocs.library.filters import Filters, conditions
from normdocs.library.models import Document, ReviewDecision, SearchIndex, Version
from normdocs.schemas.library import ExportedDecision, ExportedDocument, TrailEntry, shared
from normdocs.schemas.settings import office_time

FORMATS = (".csv", ".xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection
XLSX_CELL_LIMIT = 32_767
BATCH = 1000


class ExportError(ValueError):
    """The export cannot be written; the message (Chinese) says why."""


@dataclass(frozen=True)
class Column:
    key: str  # the row's field
    header: str
    width: int
    shown: Callable[[Any], Any] | None = None  # the field's value as staff read it, when not as stored


DOCUMENT_COLUMNS = (
    Column("id", "编号", 8), Column("title", "标题", 48), Column("doc_number", "文号", 24),
    Column("issuer", "发文机关", 28), Column("doc_type", "文种", 8), Column("signed_date", "成文日期", 12),
    Column("published_date", "发布日期", 12), Column("validity", "有效性", 8), Column("valid_until", "有效期至", 12),
    Column("attribute", "公开属性", 11), Column("normative", "规范性文件", 11), Column("withdrawn", "已撤回", 8),
    Column("version", "版本", 6), Column("body", "正文（已遮蔽）", 80),
)
ACTIONS = {"decide": "审核", "withdraw": "撤回"}
TRAIL_COLUMNS = (
    Column("document_id", "文件编号", 10), Column("title", "标题", 48), Column("doc_number", "文号", 24),
    Column("action", "操作", 8, lambda a: ACTIONS.get(a, a)), Column("attribute", "公开属性", 11),
    Column("reviewer", "审核人", 12), Column("comment", "意见", 40), Column("decided_at", "时间", 20, office_time),
    Column("proposal_rules_version", "建议所依规则版本", 20),
)


def check_target(path: Path) -> str:
    """The format to write (".csv"/".xlsx"), or an ExportError naming what is wrong."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"不支持导出为“{path.suffix or path.name}”：文件名须以 .csv 或 .xlsx 结尾。")
    if path.is_dir():
        raise ExportError(f"“{path}”是文件夹：请给出文件名，如 {path / ('导出' + suffix)}。")
    if not path.parent.is_dir():
        raise ExportError(f"文件夹“{path.parent}”不存在：请先建立它，或换一个位置。")
    return suffix


def neutralise(value: Any) -> Any:
    """A text a spreadsheet would read as a formula gets a leading apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    return neutralise(value)


# -- bodies as paragraphs --------------------------------------------------------------------

_PARAGRAPH_START = re.compile(
    r"^(?:[\u3000 ]{2,}|\u3000|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|"
    r"第[一二三四五六七八九十百零〇\d]+[条章节款]|附件|附：)")
_SENTENCE_END = tuple("。！？；：”」』）)")


def join_paragraphs(body: str | None) -> str:
    """A PDF's printed line breaks removed inside paragraphs: a line continues the previous one
    unless it is blank, indented or numbered (一、（一）1. 第一条 附件), or the previous line
    ends a sentence short of the full line width."""
    if not body:
        return ""
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").split("\n")]
    lengths = sorted(len(line.strip()) for line in lines if len(line.strip()) >= 10)
    full = lengths[int(len(lengths) * 0.75)] if lengths else 0
    paragraphs: list[str] = []
    previous = ""
    for line in lines:
        text = line.strip()
        if not text:
            previous = ""
            paragraphs.append("")
            continue
        starts = bool(_PARAGRAPH_START.match(line)) or not paragraphs or previous == ""
        short = len(previous) < full * 0.85
        if starts or (previous.endswith(_SENTENCE_END) and short) or (short and full):
            paragraphs.append(text)
        else:
            glue = " " if previous[-1:].isascii() and text[:1].isascii() and previous[-1:].isalnum() else ""
            paragraphs[-1] += glue + text
        previous = text
    return "\n".join(p for p in paragraphs if p)


# -- rows ----------------------------------------------------------------------------------

def document_rows(library, filters: Filters = Filters(), limit: int | None = None) -> Iterator[ExportedDocument]:
    """The documents under `filters`, newest first, with the current version's number and
    redacted body (the text search indexes)."""
    version = select(func.max(Version.version)).where(Version.document_id == Document.id).scalar_subquery()
    # the row's fields by name: the document's own columns, the indexed (masked) title, version and body
    columns = {**{f: getattr(Document, f) for f in ExportedDocument.model_fields if hasattr(Document, f)},
               "title": func.coalesce(SearchIndex.title, Document.title), "version": version, "body": SearchIndex.body}
    query = (select(*(column.label(name) for name, column in columns.items()))
             .outerjoin(SearchIndex, SearchIndex.document_id == Document.id)
             .where(*conditions(filters)).order_by(*NEWEST_FIRST))
    if limit is not None:
        query = query.limit(limit)
    with library.session() as s:
        for row in s.execute(query.execution_options(yield_per=BATCH)):
            yield ExportedDocument.model_validate({**row._asdict(), "body": join_paragraphs(row.body)})


def trail_rows(library, filters: Filters = Filters()) -> Iterator[ExportedDecision]:
    """Every sign-off and withdrawal (the append-only trail) of the documents under `filters`."""
    query = (select(ReviewDecision, Document.title, Document.doc_number)
             .join(Document, Document.id == ReviewDecision.document_id)
             .where(*conditions(filters)).order_by(ReviewDecision.id))
    with library.session() as s:
        for decision, title, doc_number in s.execute(query.execution_options(yield_per=BATCH)):
            entry = TrailEntry.model_validate(decision)
            yield ExportedDecision(**shared(entry, ExportedDecision), title=title, doc_number=doc_number)


# -- writers -------------------------------------------------------------------------------

def cells(row: BaseModel, columns: Iterable[Column]) -> list[Any]:
    """A typed row as spreadsheet cells, in column order: shown as staff read them, neutralised."""
    out = []
    for column in columns:
        value = getattr(row, column.key)
        out.append(cell(column.shown(value) if column.shown is not None and value is not None else value))
    return out


def write(path: Path, columns: Iterable[Column], rows: Iterable[BaseModel], sheet: str, id_key: str = "id") -> int:
    """Write `rows` to `path` (.csv or .xlsx; check_target first); the header row is always
    written, also for no rows. `id_key` names the document's library id (the note on a cut cell).
    Returns the number of rows."""
    columns = list(columns)
    if check_target(path) == ".xlsx":
        return _write_xlsx(path, columns, rows, sheet, id_key)
    return _write_csv(path, columns, rows)


def _write_csv(path: Path, columns: list[Column], rows: Iterable[BaseModel]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:  # Excel opens UTF-8 with a BOM
        out = csv.writer(fh)
        out.writerow([c.header for c in columns])
        for row in rows:
            out.writerow(cells(row, columns))
            n += 1
    return n


def _xlsx_text(limit_note: Callable[[BaseModel], str]):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(value: Any, row: BaseModel) -> Any:
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if len(value) > XLSX_CELL_LIMIT:
                note = limit_note(row)
                value = value[: XLSX_CELL_LIMIT - len(note)] + note
        return value

    return clean


def _write_xlsx(path: Path, columns: list[Column], rows: Iterable[BaseModel], sheet: str, id_key: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    ws = book.create_sheet(title=sheet)
    for i, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = column.width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        c = WriteOnlyCell(ws, value=column.header)
        c.font = bold
        header.append(c)
    ws.append(header)
    clean = _xlsx_text(lambda row: f"……（超出表格单元格上限，全文见文库编号 {getattr(row, id_key)}）")
    n = 0
    for row in rows:
        ws.append([clean(value, row) for value in cells(row, columns)])
        n += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"
    book.save(path)
    return n


def export_documents(library, path: Path, filters: Filters = Filters(), limit: int | None = None) -> int:
    return write(path, DOCUMENT_COLUMNS, document_rows(library, filters, limit), sheet="文件目录")


def export_trail(library, path: Path, filters: Filters = Filters()) -> int:
    return write(path, TRAIL_COLUMNS, trail_rows(library, filters), sheet="审核记录", id_key="document_id")
