"""The command line problems the review console issue listed, each with a test that failed before:
one kind of id per listing, decisions by account (never a typed name), withdraw twice, `show` as a
panel, tables that wrap, a missing source folder, the report's backlog."""

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from normdocs.cli.main import app
from normdocs.library.store import Library
from normdocs.schemas.library import QuarantineItem
from tests.test_library import item

runner = CliRunner()
PASSWORD = "long enough 1"
LONG_TITLE = "关于印发聊城市住房公积金缴存、提取、贷款及个人住房公积金账户管理若干具体问题的实施细则（试行）的通知"
PENDING = {"proposed": "主动公开", "attribute": "待审", "needs_review": True, "rules_version": "r1",
           "reasons": ["内容涉及个人信息，请审核确认。"], "basis": ["政府信息公开条例第十五条"]}


@pytest.fixture
def library(home):
    library = Library()
    library.upgrade()
    library.load(item(disclosure=PENDING, title=LONG_TITLE,
                      findings=[{"kind": "mobile", "evidence": "138****5678", "page": 1, "line": 3,
                                 "severity": "review"}]))
    library.load(item(number="聊政办发〔2023〕10号", content="c", title="关于做好防汛工作的通知"))
    library.start_run("r1", "inbox")
    library.quarantine(QuarantineItem(file="broken.pdf", content_hash="q" * 64, stage="extract",
                                      reasons=["文件已损坏。"]), "r1")
    for name in ("张三", "李四", "王五"):
        library.accounts().add(name, "reviewer", PASSWORD)
    return library


def run(*args, password=PASSWORD, env=None):
    return runner.invoke(app, list(args), input=f"{password}\n", env=env)


def test_quarantine_ids_are_not_document_ids_and_a_decision_needs_a_pending_document(library):
    listing = run("quarantine", "list", env={"COLUMNS": "160"}).stdout
    assert "隔离编号" in listing and "Q1" in listing
    assert json.loads(run("quarantine", "list", "--json").stdout)["quarantine_id"] == 1
    assert "文档编号" in run("review", "list", env={"COLUMNS": "160"}).stdout
    # document 2 was never pending: a decision on it is refused, nothing changes
    refused = run("review", "decide", "2", "--attribute", "不予公开", "--account", "张三")
    assert refused.exit_code == 1 and "不在待审中" in refused.output
    assert library.document(2).attribute == "主动公开"


def test_a_decision_is_made_by_an_account_with_its_password(library, monkeypatch, tmp_path):
    wrong = run("review", "decide", "1", "--attribute", "主动公开", "--account", "张三", password="nope")
    assert wrong.exit_code == 1 and "账号或密码错误" in wrong.output
    empty = run("review", "decide", "1", "--attribute", "主动公开", "--account", "")
    assert empty.exit_code == 1
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    monkeypatch.setenv("NORMDOCS_PASSWORD_FILE", str(secret))
    ok = runner.invoke(app, ["review", "decide", "1", "--attribute", "主动公开", "--account", "张三"])
    assert ok.exit_code == 0, ok.output
    assert library.document(1).trail[0].account_id is not None


def test_three_names_that_are_one_person_do_not_make_a_three_review(library, monkeypatch):
    monkeypatch.setenv("NORMDOCS_REVIEW_SIGNOFFS", "3")
    for name in ("张三 ", " 张三"):
        added = run("user", "add", name, "--role", "reviewer", password=f"{PASSWORD}\n{PASSWORD}")
        assert added.exit_code == 1 and "已存在" in added.output
    results = [run("review", "decide", "1", "--attribute", "主动公开", "--account", name)
               for name in ("张三", "张三 ", " 张三")]
    assert [r.exit_code for r in results] == [0, 1, 1]
    assert "同一账号不能重复签署" in results[1].output
    assert library.document(1).attribute == "待审"
    for name in ("李四", "王五"):
        assert run("review", "decide", "1", "--attribute", "主动公开", "--account", name).exit_code == 0
    assert library.document(1).attribute == "主动公开"


def test_withdrawing_twice_is_an_error_and_reinstate_undoes_it(library):
    assert run("withdraw", "2", "--reason", "文号有误", "--account", "张三").exit_code == 0
    again = run("withdraw", "2", "--reason", "文号有误", "--account", "张三")
    assert again.exit_code == 1 and "不能重复撤回" in again.output
    assert run("reinstate", "2", "--reason", "已更正", "--account", "李四").exit_code == 0
    assert library.document(2).withdrawn is False


def test_show_is_a_panel_and_its_json_does_not_contradict_itself(library):
    panel = run("show", "1", env={"COLUMNS": "120"}).stdout
    assert "现行公开属性" in panel and "规则建议" in panel and not panel.lstrip().startswith("{")
    data = json.loads(run("show", "1", "--json").stdout)
    assert data["attribute"] == "待审" and "attribute" not in data["determination"]


def test_review_table_wraps_long_titles_and_shows_the_findings(library):
    out = run("review", "list", env={"COLUMNS": "120"}).stdout
    assert "…" not in out
    cells = [line.split("│") for line in out.splitlines() if line.startswith("│")]
    title = "".join(c[2].strip() for c in cells if len(c) > 6)
    findings = "".join(c[6].strip() for c in cells if len(c) > 6)
    assert title == LONG_TITLE  # wrapped over lines, never cut
    assert "138****5678" in findings


def test_a_missing_source_folder_is_an_error(tmp_path):
    from normdocs.pipeline.stages import discover

    with pytest.raises(FileNotFoundError, match="来源文件夹不存在"):
        discover(tmp_path / "nowhere")


def test_the_report_shows_the_library_backlog(tmp_path):
    from normdocs.reports.run_report import render_report
    from normdocs.schemas.report import Backlog, DocumentRow, RunReport

    now = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    report = RunReport.build(run_id="r2", started_at=now, finished_at=now, source="inbox", rules_version="x",
                             documents=[DocumentRow(file="a.pdf", status="skipped")],
                             backlog=Backlog(pending=6, quarantined=14))
    html = render_report(report, tmp_path)
    assert "待审 6 件，隔离 14 个文件" in html


def test_the_reports_review_badges_agree_with_its_review_counter(tmp_path):
    """A quarantined file a human must handle is not counted as 待审 (the library's queue does not hold it)."""
    import re

    from normdocs.reports.run_report import render_report
    from normdocs.schemas.report import DocumentRow, RunReport

    now = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    rows = [DocumentRow(file="a.pdf", status="loaded", doc_id=1, attribute="待审", needs_review=True),
            DocumentRow(file="b.pdf", status="quarantined", needs_review=True, failures=["机密"]),
            DocumentRow(file="c.pdf", status="loaded", doc_id=2, attribute="主动公开")]
    report = RunReport.build(run_id="r3", started_at=now, finished_at=now, source="inbox", rules_version="x",
                             documents=rows)
    html = render_report(report, tmp_path)
    badges = len(re.findall(r'<span class="tag review">待审</span>', html))
    assert badges == report.totals.pending_review == 1
    assert "隔离待处理" in html
