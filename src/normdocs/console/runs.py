"""Runs: totals and inline-SVG charts from the run's report.json; the report page; the run's
Great Expectations Data Docs (results filed under the run's id), with CDN links rewritten to the
vendored assets under static/gx/ and a banner giving the run's own counts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException

from normdocs.console import _local_time
from normdocs.schemas.report import RunReport

DATA_DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                 "img-src 'self' data:; font-src 'self'; connect-src 'none'; frame-ancestors 'none'")
# CDN prefix -> vendored folder (npm packages at the versions GX's templates name)
CDN = [
    ("https://code.jquery.com/jquery-3.7.1.min.js", "/static/gx/jquery@3.7.1/dist/jquery.min.js"),
    ("https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/", "/static/gx/bootstrap@4.3.1/dist/"),
    ("https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/", "/static/gx/bootstrap@4.3.1/dist/"),
    ("https://unpkg.com/bootstrap-table@1.19.1/", "/static/gx/bootstrap-table@1.19.1/"),
    ("https://unpkg.com/bootstrap-table@1.19.0/", "/static/gx/bootstrap-table@1.19.0/"),
    ("https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/", "/static/gx/popper.js@1.12.9/dist/"),
    ("https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/", "/static/gx/bootstrap-datepicker@1.9.0/dist/"),
    ("https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/", "/static/gx/fontawesome-free@6.6.0/"),
]
_ANY_EXTERNAL = re.compile(r"""(src|href)=(["'])https?://[^"']*\2""")


def find_run(library, run_id: str):
    for run in library.runs():
        if run.id == run_id:
            return run
    raise HTTPException(404)


def _report(run) -> RunReport | None:
    """The run's report.json (None when missing or unreadable: the page shows the run's totals only)."""
    if not run.report:
        return None
    path = Path(run.report).with_name("report.json")
    try:
        return RunReport.model_validate_json(path.read_bytes())
    except (OSError, ValueError):  # a pydantic ValidationError is a ValueError
        return None


def bars(counts: list[tuple[str, int]], colour: str = "#0969da") -> str:
    """A horizontal bar chart as inline SVG (labels escaped)."""
    from html import escape

    if not counts:
        return ""
    top = max(n for _, n in counts) or 1
    row, width = 22, 260
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width + 260}" height="{row * len(counts) + 4}" role="img">']
    for i, (label, n) in enumerate(counts):
        y = i * row + 2
        w = max(1, round(width * n / top)) if n else 0
        parts.append(f'<text x="0" y="{y + 15}" font-size="13">{escape(label[:18])}</text>'
                     f'<rect x="150" y="{y + 3}" width="{w}" height="15" fill="{colour}"/>'
                     f'<text x="{156 + w}" y="{y + 15}" font-size="13">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def run_detail(library, run) -> dict:
    totals = dict(run.totals or {})
    report = _report(run)
    rows = report.documents if report else []
    outcomes = [("入库", totals.get("loaded", 0)), ("隔离", totals.get("quarantined", 0)),
                ("跳过（未变化）", totals.get("skipped", 0)), ("其中待审", totals.get("pending_review", 0))]
    reasons: Counter[str] = Counter()
    for r in rows:
        if r.status != "quarantined":
            continue
        if r.error:
            reasons["读取失败"] += 1
        elif r.failures and any("保密" in f or "附注" in f or "冲突" in f for f in r.failures):
            reasons["保密审查"] += 1
        elif r.failures:
            reasons["校验未通过"] += 1
        else:
            reasons["其他"] += 1
    attributes = Counter(str(r.attribute or "无") for r in rows if r.status == "loaded")
    confidences = [r.ocr.mean_confidence for r in rows if r.ocr and r.ocr.mean_confidence is not None]
    ocr_bins: Counter[str] = Counter()
    for c in confidences:
        ocr_bins["≥0.9" if c >= 0.9 else "0.8–0.9" if c >= 0.8 else "<0.8"] += 1
    backlog = library.backlog()
    return {
        "totals": totals, "report": report is not None,
        "charts": {"outcomes": bars(outcomes), "reasons": bars(sorted(reasons.items()), "#cf222e"),
                   "attributes": bars(sorted(attributes.items()), "#1a7f37"),
                   "ocr": bars(sorted(ocr_bins.items()), "#9a6700")},
        "data_docs": data_docs_pages(library, run), "backlog": backlog,
        "started": _local_time(run.started_at), "finished": _local_time(run.finished_at),
    }


def _site(library) -> Path:
    return library.settings.gx_root / "uncommitted" / "data_docs" / "local_site"


def data_docs_pages(library, run) -> list[str]:
    """Validation result pages filed under this run's id (GX's run_name)."""
    root = _site(library) / "validations"
    if not root.is_dir():
        return []
    return sorted(p.relative_to(_site(library)).as_posix() for p in root.glob(f"*/{run.id}/*/*.html"))


def report_page(run) -> Response:
    if not run.report or not Path(run.report).is_file():
        raise HTTPException(404)
    return HTMLResponse(Path(run.report).read_text(encoding="utf-8"))


def rewrite(html: str) -> str:
    for prefix, local in CDN:
        html = html.replace(prefix, local)
    # anything else external (vega, dark theme, GX's web assets) must not be fetched
    return _ANY_EXTERNAL.sub(lambda m: f'{m.group(1)}={m.group(2)}about:blank{m.group(2)}', html)


def data_docs_page(library, run, path: str) -> Response:
    site = _site(library)
    if path.startswith("static/") and ".." not in path.split("/"):  # GX's own styles and scripts
        from fastapi.responses import FileResponse

        target = site / path
        if not target.is_file():
            raise HTTPException(404)
        return FileResponse(target, headers={"Content-Security-Policy": DATA_DOCS_CSP})
    pages = data_docs_pages(library, run)
    if path in ("", "index.html"):
        if not pages:
            raise HTTPException(404)
        path = pages[0]
    if path not in pages:  # only this run's own result pages
        raise HTTPException(404)
    html = rewrite((_site(library) / path).read_text(encoding="utf-8"))
    totals = run.totals or {}
    banner = (
        '<div style="padding:10px 16px;background:#fff8c5;border-bottom:1px solid #d4a72c;font-size:14px">'
        f"运行 {run.id}：输入 {totals.get('inputs', 0)}，入库 {totals.get('loaded', 0)}，"
        f"隔离 {totals.get('quarantined', 0)}，跳过 {totals.get('skipped', 0)}，待审 {totals.get('pending_review', 0)}。"
        "下方 Great Expectations 的“Succeeded n/m”数的是期望（检查项）条数，不是文件数；读取失败的文件不进入此项校验，"
        "保密审查的隔离也不在此页。以本行的数字为准。</div>")
    html = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + banner, html, count=1)
    return HTMLResponse(html, headers={"Content-Security-Policy": DATA_DOCS_CSP})
