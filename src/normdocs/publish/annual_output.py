"""The annual report as Excel (.xlsx, one sheet per table plus the documents behind each count)
or as a self-contained HTML page."""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from normdocs.publish.annual import CELL_LABELS, CELLS, REVIEW_LABELS, AnnualReport, behind_each_count
from normdocs.publish.safe import cell, public_text


# the 统计明细 sheet's columns: CountedDocument's fields under their Chinese headers
DETAIL_HEADERS = {"section": "统计项", "cell": "栏目", "id": "文库编号", "title": "标题", "doc_number": "文号",
                  "issuer": "发文机关", "signed_date": "成文日期", "validity": "有效性", "attribute": "公开属性"}


def tables(report: AnnualReport) -> list[tuple[str, list[str], list[list]]]:
    """(sheet name, header, rows) of every table, counts only."""
    statutory = [[category] + [len(cells[c]) for c in CELLS] for category, cells in report.table.items()]
    return [
        ("第二十条第（一）项", ["信息内容"] + [CELL_LABELS[c] for c in CELLS], statutory),
        ("按公开属性", ["公开属性", "本年制发件数"], [[k, len(v)] for k, v in report.by_attribute.items()]),
        ("按文种", ["文种", "本年制发件数"], [[k, len(v)] for k, v in report.by_doc_type.items()]),
        ("按月份", ["月份", "本年制发件数"], [[f"{m}月", len(v)] for m, v in report.by_month.items()]),
        ("审核记录", ["事项", "件数"], [[REVIEW_LABELS[k], len(v)] for k, v in report.review.items()]),
    ]


def write_xlsx(report: AnnualReport, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for name, header, rows in tables(report):
        sheet = book.create_sheet(name)
        sheet.append([f"{report.year}年政府信息公开工作年度报告" + (f"（{report.issuer}）" if report.issuer else "")])
        sheet.append([cell(h) for h in header])
        for row in rows:
            sheet.append([cell(v) for v in row])
        sheet["A1"].font = Font(bold=True)
    sheet = book.create_sheet("统计明细")
    sheet.append(list(DETAIL_HEADERS.values()))
    for line in behind_each_count(report):
        sheet.append([cell(getattr(line, field)) for field in DETAIL_HEADERS])
    tmp = path.with_name(path.name + ".tmp")
    book.save(tmp)
    os.replace(tmp, path)


def render_html(report: AnnualReport) -> str:
    env = Environment(loader=PackageLoader("normdocs.publish", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["public"] = public_text
    return env.get_template("annual.html.j2").render(report=report, tables=tables(report),
                                                     detail=behind_each_count(report))


def write_annual_report(report: AnnualReport, out: Path) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".xlsx":
        write_xlsx(report, out)
    elif out.suffix.lower() in (".html", ".htm"):
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(render_html(report), encoding="utf-8")
        os.replace(tmp, out)
    else:
        raise ValueError(f"不支持的输出格式 {out.suffix or '（无扩展名）'}：请用 .xlsx 或 .html。")
    return out
