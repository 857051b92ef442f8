"""The run report: JSON twin, self-contained Chinese HTML page, and (with chromium) the rendered DOM."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError

from normdocs.reports.run_report import write_report
from normdocs.schemas.determination import Finding
from normdocs.schemas.record import OcrInfo
from normdocs.schemas.report import DocumentRow, RunReport, Totals

EVIL_TITLE = '关于<script>alert("x")</script>的通知'


def make_report(data_docs: str | None = None, dry_run: bool = False) -> RunReport:
    rows = [
        DocumentRow(
            file="in/关于开展安全生产大检查的通知.pdf",
            doc_id=17,
            status="loaded",
            version=2,
            new_version=True,
            title="关于开展安全生产大检查的通知",
            doc_number="某府办发〔2024〕12号",
            issuer="某市人民政府办公室",
            doc_type="通知",
            signed_date="2024-03-01",
            published_date="2024-03-05",
            published_date_source="site",
            validity="有效",
            attribute="主动公开",
            proposed="主动公开",
            reasons=["附注标明“此件公开发布”，内容未见不宜公开的信息"],
        ),
        DocumentRow(
            file="in/扫描件.pdf",
            status="quarantined",
            title=None,
            failures=["文号不符合“机关代字〔年份〕序号”格式", "缺少成文日期"],
            error="PDF 无文字层（扫描件），需要先做文字识别",
        ),
        DocumentRow(
            file="in/旧文.docx",
            doc_id=5,
            status="skipped",
            version=1,
            title="关于印发某某办法的通知",
            doc_number="某府发〔2009〕3号",
            signed_date="2009-06-01",
            published_date="2009-06-01",
            published_date_source="signed",
            published_date_derived=True,
            attribute="主动公开",
            flags=["发布日期晚于成文日期多年，可能为旧文重传"],
        ),
        DocumentRow(
            file="in/review <me>.html",
            doc_id=18,
            status="loaded",
            version=1,
            title=EVIL_TITLE,
            doc_number="某人社发〔2024〕7号",
            published_date="2024-05-10",
            published_date_source="printed",
            attribute="待审",
            proposed="依申请公开",
            needs_review=True,
            reasons=["含个人身份证号，需区分处理"],
            findings=[
                Finding(kind="id_card", evidence="370102********1234", page=2, line=14, severity="review"),
                Finding(kind="mobile", evidence="138****5678", page=None, line=None, severity="info"),
            ],
        ),
    ]
    started = datetime(2026, 11, 25, 1, 30, 0, tzinfo=timezone.utc)
    return RunReport.build(
        run_id="20261125-093000-ab12",
        started_at=started,
        finished_at=started + timedelta(minutes=2, seconds=5),
        source="/srv/archive/2024",
        rules_version="disclosure-2024.1",
        documents=rows,
        data_docs=data_docs,
        dry_run=dry_run,
    )


@pytest.fixture
def written(tmp_path: Path) -> tuple[RunReport, Path]:
    gx = tmp_path / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    gx.parent.mkdir(parents=True)
    gx.write_text("<html></html>", encoding="utf-8")
    report = make_report(data_docs=str(gx))
    index = write_report(report, tmp_path / "reports")
    return report, index


def test_the_report_says_which_documents_were_ocrd_and_how_confidently(tmp_path):
    report = make_report()
    report.documents.append(DocumentRow(
        file="in/扫描通知.pdf", doc_id=19, status="loaded", version=1, title="关于做好春耕工作的通知", attribute="主动公开",
        ocr=OcrInfo(pages=[1, 2], mean_confidence=0.8123, low_confidence_fields=["doc_number", "signed_date"])))
    index = write_report(report, tmp_path / "reports")
    html = index.read_text(encoding="utf-8")
    assert "OCR 识别：第 1、2 页，平均置信度 0.81；置信度低、须核对：发文字号、成文日期" in html
    data = json.loads((index.parent / "report.json").read_text(encoding="utf-8"))
    row = next(r for r in data["documents"] if r["file"] == "in/扫描通知.pdf")
    assert row["ocr"] == {"pages": [1, 2], "mean_confidence": 0.8123, "low_confidence_fields": ["doc_number", "signed_date"]}


def test_paths_and_json_twin(written, tmp_path):
    report, index = written
    assert index.is_absolute()
    assert index == (tmp_path / "reports" / report.run_id / "index.html").resolve()
    twin = index.with_name("report.json")
    assert twin.exists()
    back = RunReport.model_validate_json(twin.read_text(encoding="utf-8"))
    assert back == report
    raw = json.loads(twin.read_text(encoding="utf-8"))
    assert raw["totals"] == {
        "inputs": 4, "loaded": 2, "quarantined": 1, "skipped": 1, "ignored": 0, "pending_review": 1, "new_versions": 1
    }
    assert "关于开展安全生产大检查的通知" in twin.read_text(encoding="utf-8")  # UTF-8, not \u escapes


def test_html_content(written):
    report, index = written
    html = index.read_text(encoding="utf-8")
    assert "normdocs 运行报告" in html
    assert report.run_id in html
    assert "/srv/archive/2024" in html and "disclosure-2024.1" in html
    # times in Asia/Shanghai: 01:30 UTC is 09:30 in Beijing
    assert "2026-11-25 09:30:00" in html and "2026-11-25 09:32:05" in html
    for label in ["输入", "入库", "隔离", "跳过（未变化）", "待审", "新版本", "全部", "跳过",
                  "状态", "文件", "标题", "文号", "公开属性", "发现项", "未通过的校验", "发布日期", "推算"]:
        assert label in html, label
    for row in report.documents:
        assert row.file.replace("<", "&lt;").replace(">", "&gt;") in html
    assert "文号不符合“机关代字〔年份〕序号”格式" in html
    assert "PDF 无文字层" in html
    assert "发布日期晚于成文日期多年，可能为旧文重传" in html
    assert "370102********1234" in html and "138****5678" in html
    assert "依申请公开" in html  # the rules' proposal next to 待审
    # one row per document, each with its status
    statuses = re.findall(r'<tr class="doc" data-status="(\w+)"', html)
    assert statuses == [r.status for r in report.documents]
    assert len(re.findall(r'<tr class="doc"[^>]*data-review="yes"', html)) == 1


def test_html_self_contained(written):
    _, index = written
    html = index.read_text(encoding="utf-8")
    lowered = html.lower()
    assert "http://" not in lowered and "https://" not in lowered
    assert "<script" not in lowered  # the filter is pure CSS; the evil title is escaped
    assert not re.search(r"<link\b", lowered)
    assert "@import" not in lowered
    assert "url(" not in lowered
    assert not re.search(r"\bsrc\s*=", lowered)
    assert "default-src 'none'" in html  # CSP: the browser may load nothing


def test_title_escaped(written):
    _, index = written
    html = index.read_text(encoding="utf-8")
    assert EVIL_TITLE not in html
    assert "关于&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;的通知" in html


def test_data_docs_link_relative_with_offline_note(written):
    _, index = written
    html = index.read_text(encoding="utf-8")
    m = re.search(r'<a href="([^"]+)">[^<]*Data Docs', html)
    assert m, "no Data Docs link"
    href = m.group(1)
    assert not href.startswith(("/", "file:"))
    assert (index.parent / href).resolve().exists()
    assert "CDN" in html and "离线" in html


def test_no_data_docs_no_link_and_dry_run(tmp_path):
    report = make_report(data_docs=None, dry_run=True)
    html = write_report(report, tmp_path).read_text(encoding="utf-8")
    assert "Data Docs" not in html
    assert "试运行" in html and "未写入文库" in html


def test_empty_run(tmp_path):
    now = datetime.now(timezone.utc)
    report = RunReport.build(run_id="empty", started_at=now, finished_at=now, source="x",
                             rules_version="r", documents=[])
    html = write_report(report, tmp_path).read_text(encoding="utf-8")
    assert "本次运行没有输入文件" in html
    assert not re.search(r"<tr\b[^>]*data-status", html)


def test_schema_guards():
    now = datetime.now(timezone.utc)
    with pytest.raises(ValidationError):
        Totals(inputs=3, loaded=1, quarantined=1, skipped=0)
    with pytest.raises(ValidationError):
        RunReport.build(run_id="r", started_at=datetime(2026, 1, 1), finished_at=now, source="x",
                        rules_version="r", documents=[])
    with pytest.raises(ValidationError):
        RunReport.build(run_id="../x", started_at=now, finished_at=now, source="x",
                        rules_version="r", documents=[])
    with pytest.raises(ValidationError):
        DocumentRow(file="a", status="loaded", attribute="公开")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH (apt-get install -y chromium)")
def test_rendered_in_headless_chromium(written, tmp_path):
    report, index = written
    profile = tmp_path / "chromium-profile"
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--dump-dom", index.as_uri(),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    assert "normdocs 运行报告" in dom
    rows = re.findall(r"<tr\b[^>]*\bdata-status=\"(\w+)\"", dom)
    assert rows == [r.status for r in report.documents]
    # the escaped title is text in the DOM, not an element
    assert "<script" not in dom.lower()
    assert "alert(" in dom


def test_the_console_charts_the_ocr_confidence_of_a_run(tmp_path):
    from normdocs.console.runs import run_detail
    from normdocs.library.store import Library
    from normdocs.schemas.settings import Settings

    report = make_report()
    report.documents.append(DocumentRow(
        file="in/扫描通知.pdf", doc_id=19, status="loaded", version=1, title="关于做好春耕工作的通知", attribute="主动公开",
        ocr=OcrInfo(pages=[1], mean_confidence=0.95)))
    index = write_report(report, tmp_path / "reports")
    library = Library(f"sqlite:///{tmp_path / 'library.db'}", Settings(home=str(tmp_path / "home")))
    library.upgrade()
    library.start_run(report.run_id, "in")
    library.finish_run(report.run_id, "completed", report.totals.model_dump(), str(index))
    run = next(r for r in library.runs() if r.id == report.run_id)
    chart = run_detail(library, run)["charts"]["ocr"]
    assert "≥0.9" in chart and ">1</text>" in chart
