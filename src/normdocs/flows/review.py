"""The `weekly-review` flow: withheld documents (依申请公开 / 不予公开) whose reason has lapsed.

Writes `reports/weekly-review-<date>/review.json` and `index.html` under NORMDOCS_HOME and a
Prefect table artifact. A listed document is a proposal for a human (定期评估), never a conversion.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from normdocs.library.store import Library
from normdocs.schemas.library import LapsedDocument, shared
from normdocs.schemas.settings import Settings, office_today
from normdocs.review.periodic import check_lapse

COLUMNS = [("id", "编号"), ("title", "标题"), ("doc_number", "文号"), ("attribute", "公开属性"),
           ("lapsed_on", "期限届满"), ("candidate", "可转主动公开"), ("reason", "评估意见")]


def lapsed_withheld(library: Library, today: dt.date) -> list[LapsedDocument]:
    """Withheld documents whose secrecy period has run out (candidates, and those kept back by
    another reason), in library order. Grounds that do not lapse with time are left out."""
    out = []
    for doc in library.withheld():
        if doc.decision is None:
            continue
        check = check_lapse(doc.metadata, doc.decision, today)
        if check.lapsed_on is None:
            continue
        out.append(LapsedDocument(**shared(doc.summary, LapsedDocument), **shared(check, LapsedDocument)))
    return out


def write_review(rows: list[LapsedDocument], reports_dir: Path, today: dt.date) -> Path:
    folder = Path(reports_dir) / f"weekly-review-{today.strftime('%Y%m%d')}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "review.json").write_text(json.dumps({"date": today.isoformat(), "documents": [r.model_dump(mode="json") for r in rows]},
                                                   ensure_ascii=False, indent=2), encoding="utf-8")
    head = "".join(f"<th>{label}</th>" for _, label in COLUMNS)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(getattr(row, key)))}</td>" for key, _ in COLUMNS) + "</tr>" for row in rows)
    index = folder / "index.html"
    index.write_text(
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>定期评估 {today.isoformat()}</title><style>table{{border-collapse:collapse}}"
        "td,th{border:1px solid #999;padding:4px 8px}</style></head><body>"
        f"<h1>定期评估：不公开理由已届满的文件（{today.isoformat()}，{len(rows)} 件）</h1>"
        "<p>列出的文件仅为评估建议，须经审核后方可转为主动公开。</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>\n", encoding="utf-8")
    return index


def _cell(value) -> str:
    if isinstance(value, bool):
        return "是" if value else "否（须人工复核）"
    return "" if value is None else str(value)


@task(name="lapsed-withheld", retries=3, retry_delay_seconds=10, persist_result=False, cache_policy=NO_CACHE)
def lapsed_task(library_url: str, today: dt.date) -> list[LapsedDocument]:
    library = Library(library_url)
    library.upgrade()
    return lapsed_withheld(library, today)


@flow(name="weekly-review", persist_result=False, log_prints=False)
def weekly_review_flow() -> dict:
    settings = Settings()
    today = office_today()
    rows = lapsed_task(settings.database_url, today)
    index = write_review(rows, settings.reports_dir, today)
    create_table_artifact(
        key="weekly-review", table=[{label: _cell(getattr(row, key)) for key, label in COLUMNS} for row in rows] or
        [{label: "" for _, label in COLUMNS}],
        description=f"定期评估 {today.isoformat()}：{len(rows)} 件不公开理由已届满；报告 {index}",
    )
    get_run_logger().info("weekly review: %d documents, report %s", len(rows), index)
    return {"date": today.isoformat(), "documents": len(rows), "candidates": sum(r.candidate for r in rows),
            "report": str(index)}
