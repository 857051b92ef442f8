"""Commands for what the office publishes: `normdocs annual-report` and `normdocs publish`.

Registered on the main app by cli/main.py (imported there for its side effect)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from normdocs.cli.main import _library, app


@app.command("annual-report")
def annual_report(
    year: int = typer.Option(..., "--year", help="The report's year (成文日期 within it; in force on 31 December)."),
    out: Path = typer.Option(..., "--out", help="File to write: .xlsx or .html."),
    issuer: Optional[str] = typer.Option(None, "--issuer", help="Only documents of this issuer (joint ones included)."),
) -> None:
    """政府信息公开工作年度报告: the 第二十条第（一）项 table (规章, 行政规范性文件: 本年制发, 本年废止,
    现行有效), counts by attribute, 文种 and month, the review trail's numbers, and the documents behind
    each count."""
    from normdocs.library.publish_queries import document_rows, trail_rows
    from normdocs.publish.annual import build_annual_report
    from normdocs.publish.annual_output import write_annual_report

    if out.suffix.lower() not in (".xlsx", ".html", ".htm"):
        raise typer.BadParameter("输出文件须为 .xlsx 或 .html", param_hint="--out")
    library = _library()
    report = build_annual_report(document_rows(library), trail_rows(library), year, issuer)
    write_annual_report(report, out)
    counts = "；".join(f"{cat}：制发 {len(c['issued'])}，废止 {len(c['abolished'])}，现行有效 {len(c['in_force'])}"
                      for cat, c in report.table.items())
    Console().print(f"{year} 年度报告已写入 {out}（{counts}）")


@app.command()
def publish(
    out: Optional[Path] = typer.Option(None, "--out", help="Folder of the site (default NORMDOCS_PUBLISH_DIR)."),
) -> None:
    """The 政府信息公开 column as a static site: every 主动公开 document (redacted text), an index with
    filters and search, JSON, CSV and an Atom feed of changes. Incremental: only what changed is rewritten."""
    from normdocs.publish.site import publish_site
    from normdocs.schemas.settings import Settings

    target = out or Settings().publish_dir
    if target is None:
        raise typer.BadParameter("请用 --out 指定网站目录，或设置 NORMDOCS_PUBLISH_DIR", param_hint="--out")
    result = publish_site(_library(), Path(target))
    Console().print(f"已发布到 {target}：{result.documents} 件（有效 {result.in_force} 件），"
                    f"改写 {len(result.written)} 个文件，删除 {len(result.removed)} 个页面。")
