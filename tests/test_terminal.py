"""Output captured to a file (cron's log, a pipe) is whole lines: never wrapped, never cut."""

import pytest
from typer.testing import CliRunner

from normdocs.cli import terminal
from normdocs.cli.main import app
from normdocs.library.store import Library
from tests.library_items import doc

runner = CliRunner()
LONG_TITLE = "关于印发" + "聊城市住房公积金缴存使用和管理若干规定" * 6 + "的通知"


def test_a_captured_table_is_one_line_per_row_with_nothing_cut(home):
    library = Library()
    library.upgrade()
    library.load(doc(LONG_TITLE, "住房公积金\n缴存规定。", issuer="聊城市住房公积金管理中心"))
    for args in (["list"], ["search", "住房公积金"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert len(lines) == 3, result.stdout  # title, header, the row
        assert LONG_TITLE in lines[2].replace("〖", "").replace("〗", "")
        assert "…" not in lines[2].split("\t")[1]


def test_plain_lines_and_marks(capsys):
    terminal.line("运行 r1：输入 120，入库 100，隔离 14，跳过（未变化）0，待审 6，新版本 2" + "，" * 80)
    terminal.table("标题", ["编号", "标题"], [["1", "第一行\n第二行"], ["2", terminal.Marked("住房公积金", [(0, 2)])]])
    out = capsys.readouterr().out.splitlines()
    assert "待审 6" in out[0] and len(out) == 5
    assert out[3] == "1\t第一行 第二行" and out[4] == "2\t〖住房〗公积金"


@pytest.mark.slow
def test_the_ingest_summary_stays_on_one_line_in_a_log(prefect_server, home, tmp_path):
    from tests.make_docs import make_pdf

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    make_pdf(inbox / "notice.pdf")
    result = runner.invoke(app, ["ingest", str(inbox)])
    assert result.exit_code == 0, result.output
    summary = [line for line in result.stdout.splitlines() if line.startswith("运行 ")]
    assert len(summary) == 1 and "待审 " in summary[0] and summary[0].endswith(tuple("0123456789"))
    assert "新版本 0" in summary[0]
