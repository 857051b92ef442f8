"""`normdocs search`, `normdocs list` and `normdocs export`: reading the library, with the
same filters, checked against their allowed values (cli.py registers these commands)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, NoReturn, Optional

import typer

from normdocs.cli import terminal

# Options the three commands share, declared once.
ISSUER = typer.Option(None, "--issuer", help="发文机关 (the name as the library holds it).")
YEAR = typer.Option(None, "--year", help="Year of writing (成文日期).")
DOC_TYPE = typer.Option(None, "--type", help="文种: 通知, 意见, 决定 …")
ATTRIBUTE = typer.Option(None, "--attribute", help="公开属性: 主动公开, 依申请公开, 不予公开 or 待审.")
VALIDITY = typer.Option(None, "--validity", help="有效性: 有效, 已修改, 已废止 or 已失效.")
TOPIC = typer.Option(None, "--topic", help="主题分类, when the library records it.")
NORMATIVE = typer.Option(None, "--normative/--not-normative", help="Normative documents (规范性文件) only, or none.")
IN_FORCE = typer.Option(False, "--in-force", help="现行有效 only: validity 有效 and not withdrawn.")
PUBLISHED = typer.Option(False, "--published", help="Only the published view (主动公开, not withdrawn).")
AS_JSON = typer.Option(False, "--json", help="JSON Lines instead of a table.")

USAGE_ERROR = 2


def _library():
    from normdocs.library.store import Library

    library = Library()
    library.upgrade()
    return library


def _usage_error(message: str) -> NoReturn:
    """The Chinese message on stderr, then exit status 2."""
    terminal.error(message)
    raise typer.Exit(USAGE_ERROR) from None


def _open(**filter_values):
    """The library, upgraded, and the checked filters (or the message and exit status 2)."""
    from normdocs.library.filters import FilterError, Filters, check

    library = _library()
    try:
        return library, check(Filters(**filter_values), library)
    except FilterError as exc:
        _usage_error(exc.message)


def _where(filters) -> str:
    """The filters in force as a heading's note: （筛选：issuer=…，year=…）, or "" for none."""
    conditions = "，".join(f"{k}={v}" for k, v in filters.active().items())
    return f"（筛选：{conditions}）" if conditions else ""


def _title(row, title: str | None = None, spans=()) -> terminal.Marked:
    """The title with its warnings first (【不予公开】, 【待审】, 【已撤回】, 【已废止】 …)."""
    prefix = "".join(f"【{m}】" for m in row.marks)
    return terminal.Marked(prefix + (title if title is not None else row.title or ""),
                           [(s + len(prefix), e + len(prefix)) for s, e in spans])


def _summary(row) -> dict:
    from normdocs.schemas.library import LISTING, DocumentSummary

    return {**DocumentSummary.model_validate(row).model_dump(include=LISTING), "marks": row.marks}


def _range(offset: int, shown: int) -> str:
    return f"第 {offset + 1}-{offset + shown} 件" if shown else ""


def search(
    words: List[str] = typer.Argument(..., help="检索词: words (all must match) and \"quoted phrases\"."),
    issuer: Optional[str] = ISSUER, year: Optional[int] = YEAR, doc_type: Optional[str] = DOC_TYPE,
    attribute: Optional[str] = ATTRIBUTE, validity: Optional[str] = VALIDITY, topic: Optional[str] = TOPIC,
    normative: Optional[bool] = NORMATIVE, in_force: bool = IN_FORCE, published: bool = PUBLISHED,
    limit: int = typer.Option(20, "--limit", min=1, max=500, help="Hits per page."),
    page: int = typer.Option(1, "--page", min=1, help="Page of hits."),
    as_json: bool = AS_JSON,
) -> None:
    """Full-text search of masked titles and redacted bodies: documents whose title holds every
    word first, then the newest. One character (税) is looked up in titles only."""
    from normdocs.library.search import QueryError, decode
    from normdocs.library.search import search as run_search

    query = " ".join(words)
    try:
        query = decode(query)
    except QueryError as exc:
        _usage_error(str(exc))
    library, filters = _open(issuer=issuer, year=year, doc_type=doc_type, attribute=attribute,
                             validity=validity, topic=topic, normative=normative, in_force=in_force, published=published)
    try:
        result = run_search(library, query, filters, limit=limit, offset=(page - 1) * limit)
    except QueryError as exc:
        _usage_error(str(exc))
    if as_json:
        for hit in result.hits:
            sys.stdout.write(json.dumps({**_summary(hit.row), "title": hit.title, "in_title": hit.in_title,
                                         "snippet": hit.snippet, "highlights": hit.highlights},
                                        ensure_ascii=False) + "\n")
        return
    for note in result.notes:
        terminal.line(note, stderr=True, style="yellow")
    where = _where(filters)
    if not result.hits:
        more = "；可去掉筛选条件再试" if where else "；可换用更短的词或减少检索词"
        terminal.line(f"没有找到与“{query}”匹配的文件{where}{more}。" if result.total == 0 else
                      f"“{query}”共 {result.total_text} 件，第 {page} 页没有结果。")
        return
    rows = [[str(h.id), _title(h.row, h.title, h.title_highlights), terminal.Marked(h.snippet, h.highlights),
             h.issuer or "", h.date, h.doc_number or "", h.attribute or ""] for h in result.hits]
    terminal.table(f"“{query}”的检索结果：共 {result.total_text} 件{where}，{_range(result.offset, len(rows))}",
                   ["编号", "标题", "摘要", "发文机关", "日期", "文号", "公开属性"], rows, {1: 16, 2: 20})


def list_documents(
    issuer: Optional[str] = ISSUER, year: Optional[int] = YEAR, doc_type: Optional[str] = DOC_TYPE,
    attribute: Optional[str] = ATTRIBUTE, validity: Optional[str] = VALIDITY, topic: Optional[str] = TOPIC,
    normative: Optional[bool] = NORMATIVE, in_force: bool = IN_FORCE, published: bool = PUBLISHED,
    limit: int = typer.Option(50, "--limit", min=1, max=1000, help="Documents per page."),
    page: int = typer.Option(1, "--page", min=1, help="Page."),
    with_facets: bool = typer.Option(False, "--facets", help="Also counts by issuer, year, 文种, attribute, validity, topic."),
    as_json: bool = AS_JSON,
) -> None:
    """Browse the library, newest first, under filters; --facets adds the counts per value."""
    from normdocs.library.browse import facets
    from normdocs.library.browse import list_documents as run_list

    library, filters = _open(issuer=issuer, year=year, doc_type=doc_type, attribute=attribute,
                             validity=validity, topic=topic, normative=normative, in_force=in_force, published=published)
    counts = facets(library, filters) if with_facets else None
    result = run_list(library, filters, limit=limit, offset=(page - 1) * limit,
                      total=counts.total if counts else None)
    if as_json:
        for row in result.rows:
            sys.stdout.write(json.dumps(_summary(row), ensure_ascii=False) + "\n")
        if counts is not None:
            sys.stdout.write(json.dumps({"facets": {name: {"label": f.label, "values": f.values, "more": f.more}
                                                    for name, f in counts.facets.items()},
                                         "total": counts.total, "in_force": counts.in_force},
                                        ensure_ascii=False) + "\n")
        return
    where = _where(filters)
    if not result.rows:
        terminal.line(f"文库中没有符合条件的文件{where}。" if result.total == 0 else
                      f"共 {result.total} 件{where}，第 {page} 页没有文件。")
    else:
        rows: list[list[terminal.Cell]] = [[str(r.id), _title(r), r.doc_number or "", r.issuer or "", r.doc_type or "", r.date,
                 r.validity or "", r.attribute or ""] for r in result.rows]
        terminal.table(f"文件目录：共 {result.total} 件{where}，{_range(result.offset, len(rows))}",
                       ["编号", "标题", "文号", "发文机关", "文种", "日期", "有效性", "公开属性"], rows, {1: 20})
    if counts is not None:
        terminal.line(f"现行有效：{counts.in_force} 件（--in-force）")
        for facet in counts.facets.values():
            unset = "（待定）" if facet.field == "topic" else "（未填）"  # the classifier's word for no topic
            values = "｜".join(f"{unset if v is None else v} {n}" for v, n in facet.values)
            more = f"｜另有 {facet.more} 项" if facet.more else ""
            terminal.line(f"{facet.label}：{values}{more}")


def export(
    out: Path = typer.Option(..., "--out", help="File to write: .csv or .xlsx."),
    issuer: Optional[str] = ISSUER, year: Optional[int] = YEAR, doc_type: Optional[str] = DOC_TYPE,
    attribute: Optional[str] = ATTRIBUTE, validity: Optional[str] = VALIDITY, topic: Optional[str] = TOPIC,
    normative: Optional[bool] = NORMATIVE, in_force: bool = IN_FORCE, published: bool = PUBLISHED,
    trail: bool = typer.Option(False, "--trail", help="The review trail (sign-offs, withdrawals) instead."),
) -> None:
    """Export the library, or a filtered part, to CSV or Excel: Chinese headers, redacted bodies
    as paragraphs, cells neutralised against formulas; --trail exports the review trail."""
    from normdocs.library.export import ExportError, check_target, export_documents, export_trail

    try:
        check_target(out)
    except ExportError as exc:
        _usage_error(str(exc))
    library, filters = _open(issuer=issuer, year=year, doc_type=doc_type, attribute=attribute,
                             validity=validity, topic=topic, normative=normative, in_force=in_force, published=published)
    try:
        n = (export_trail if trail else export_documents)(library, out, filters)
    except OSError as exc:
        terminal.error(f"不能写入“{out}”：{exc.strerror or exc}")
        raise typer.Exit(1) from None
    what = "条审核记录" if trail else "件"
    terminal.line(f"已导出 {n} {what}到 {out}" + ("（无符合条件的记录，只写了表头）" if n == 0 else ""))


def register(app: typer.Typer) -> None:
    app.command("search")(search)
    app.command("list")(list_documents)
    app.command("export")(export)
