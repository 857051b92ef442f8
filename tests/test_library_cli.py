"""The library's commands as staff use them: review, withdraw, search, show, export, quarantine."""

import csv
import json

import pytest
from typer.testing import CliRunner

from normdocs.cli.main import app
from normdocs.library.store import Library
from tests.test_library import item

runner = CliRunner()


@pytest.fixture
def library(home):
    library = Library()
    library.upgrade()
    pending = {"proposed": "主动公开", "attribute": "待审", "needs_review": True, "rules_version": "r1",
               "reasons": ["内容涉及公众利益，请审核确认。"], "basis": []}
    library.load(item(disclosure=pending,
                      findings=[{"kind": "mobile", "evidence": "138****5678", "page": 1, "line": 3,
                                 "severity": "review"}]))
    library.load(item(number="聊政办发〔2023〕10号", content="c", title="关于做好防汛工作的通知"))
    return library


PASSWORD = "long enough 1"


@pytest.fixture
def reviewer(library):
    library.accounts().add("王科长", "reviewer", PASSWORD)
    return "王科长"


def _run(*args, password=None):
    result = runner.invoke(app, list(args), input=f"{password}\n" if password else None)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_review_list_then_decide_publishes_after_the_signoff(library, reviewer):
    queue = [json.loads(line) for line in _run("review", "list", "--json").splitlines()]
    assert [(q["document_id"], q["proposed"]) for q in queue] == [(1, "主动公开")]
    assert queue[0]["findings"][0]["evidence"] == "138****5678"
    out = _run("review", "decide", "1", "--attribute", "主动公开", "--account", reviewer, "--comment", "同意公开",
               password=PASSWORD)
    assert "主动公开" in out
    shown = json.loads(_run("show", "1", "--json"))
    assert shown["attribute"] == "主动公开" and shown["trail"][0]["reviewer"] == "王科长"
    bad = runner.invoke(app, ["review", "decide", "1", "--attribute", "公开", "--account", reviewer], input="x\n")
    assert bad.exit_code == 2


def test_withdrawn_document_leaves_the_published_export(library, reviewer, tmp_path):
    _run("withdraw", "2", "--reason", "文号有误", "--account", reviewer, password=PASSWORD)
    out = tmp_path / "published.csv"
    _run("export", "--out", str(out), "--published")
    with open(out, encoding="utf-8-sig") as fh:
        assert list(csv.DictReader(fh)) == []
    everything = tmp_path / "all.xlsx"
    _run("export", "--out", str(everything))
    import pandas as pd

    frame = pd.read_excel(everything, sheet_name="文件目录")
    assert sorted(frame["文号"]) == ["聊政办发〔2023〕10号", "聊政办发〔2023〕9号"]


def test_search_two_characters_and_show_unknown_document(library):
    found = [json.loads(line)["title"] for line in _run("search", "防汛", "--json").splitlines()]
    assert found == ["关于做好防汛工作的通知"]
    missing = runner.invoke(app, ["show", "99"])
    assert missing.exit_code == 1
