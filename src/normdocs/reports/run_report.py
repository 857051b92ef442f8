"""Write the run report: `reports/<run_id>/index.html` (Chinese, for auditors) and `report.json`.

The HTML page is self-contained so that it works in offices without network access: inline CSS,
system fonts, no script (the status filter is a CSS radio-button trick), and a Content-Security-Policy
that forbids loading anything. It never contains a document body; finding evidence is already masked.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from normdocs.schemas.report import REPORT_TZ, DocumentRow, RunReport

# the fields OCR confidence is judged on (extractors.ocr.REVIEW_FIELDS), as staff call them
OCR_FIELD_LABELS = {
    "title": "标题", "doc_number": "发文字号", "issuer": "发文机关", "signed_date": "成文日期", "printed_date": "印发日期",
    "printer": "印发机关", "signer": "签发人", "recipients": "主送机关", "cc": "抄送机关", "attachments": "附件",
    "classification": "密级", "urgency": "紧急程度", "copy_number": "份号",
}
STATUS_LABELS = {"loaded": "入库", "quarantined": "隔离", "skipped": "跳过（未变化）", "ignored": "忽略（隐藏文件等）"}
DATE_SOURCE_LABELS = {"manifest": "清单", "site": "网站", "printed": "印发日期", "signed": "成文日期"}
FINDING_KIND_LABELS = {
    "state_secret": "密级标志",
    "secret_quoted": "正文引用的密级字样",
    "internal_mark": "内部标志",
    "id_card": "身份证号",
    "mobile": "手机号",
    "bank_card": "银行卡号",
    "email": "电子邮箱",
    "passport": "护照号码",
    "travel_permit": "通行证号码",
    "officer_id": "军官证号",
    "home_address": "住址",
    "sensitive_term": "敏感词",
    "unread_picture": "无法识别的页眉图片",
}
SEVERITY_LABELS = {"block": "阻断", "review": "需审", "info": "提示"}

_env: Environment | None = None


def _environment() -> Environment:
    global _env
    if _env is None:
        env = Environment(
            loader=PackageLoader("normdocs.reports", "templates"),
            autoescape=True,  # the template is named *.html.j2, so select_autoescape would miss it
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters["local_time"] = _local_time
        _env = env
    return _env


def _local_time(value: datetime) -> str:
    return value.astimezone(REPORT_TZ).strftime("%Y-%m-%d %H:%M:%S")


def _duration(start: datetime, end: datetime) -> str:
    seconds = max(0, round((end - start).total_seconds()))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h} 小时 {m} 分 {s} 秒"
    if m:
        return f"{m} 分 {s} 秒"
    return f"{s} 秒"


def _data_docs_href(data_docs: str | None, run_dir: Path) -> str | None:
    """A relative URL from the report's folder to the Data Docs index (or a file: URL across drives)."""
    if not data_docs:
        return None
    target = Path(data_docs).expanduser().resolve()
    try:
        rel = os.path.relpath(target, run_dir.resolve())
    except ValueError:  # another drive on Windows
        return target.as_uri()
    return quote(Path(rel).as_posix(), safe="/.-_~")


def render_report(report: RunReport, run_dir: Path) -> str:
    """The HTML page of `report`, as written into `run_dir`."""
    rows: list[DocumentRow] = report.documents
    counts = {
        "all": len(rows),
        "loaded": sum(r.status == "loaded" for r in rows),
        "quarantined": sum(r.status == "quarantined" for r in rows),
        "skipped": sum(r.status == "skipped" for r in rows),
        "ignored": sum(r.status == "ignored" for r in rows),
        # as the totals count it: loaded documents awaiting a decision (quarantined ones show under 隔离)
        "review": sum(r.needs_review and r.status == "loaded" for r in rows),
    }
    return _environment().get_template("report.html.j2").render(
        report=report,
        rows=rows,
        counts=counts,
        duration=_duration(report.started_at, report.finished_at),
        data_docs_href=_data_docs_href(report.data_docs, run_dir),
        status_labels=STATUS_LABELS,
        date_source_labels=DATE_SOURCE_LABELS,
        kind_labels=FINDING_KIND_LABELS,
        severity_labels=SEVERITY_LABELS,
        ocr_field_labels=OCR_FIELD_LABELS,
    )


def _write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)


def write_report(report: RunReport, reports_dir: Path) -> Path:
    """Write `reports_dir/<run_id>/index.html` and `report.json`; return the absolute index.html path."""
    run_dir = (Path(reports_dir) / report.run_id).resolve()
    run_dir.mkdir(parents=True, exist_ok=True)
    _write_text(run_dir / "report.json", report.model_dump_json(indent=2))
    index = run_dir / "index.html"
    _write_text(index, render_report(report, run_dir))
    return index
