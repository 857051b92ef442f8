"""Exports people can use: checked filters, Chinese headers, a usable XLSX, no live formulas."""

import csv

import openpyxl
import pytest
from typer.testing import CliRunner

from normdocs.cli.main import app
from normdocs.library.export import export_documents, export_trail, join_paragraphs, neutralise
from normdocs.library.filters import Filters
from normdocs.library.store import Library
from tests.library_items import doc, sample_library
from tests.test_library import make_library  # noqa: F401 - the two-backend fixture

runner = CliRunner()
HEADERS = ["编号", "标题", "文号", "发文机关", "文种", "成文日期", "发布日期", "有效性", "有效期至", "公开属性",
           "规范性文件", "已撤回", "版本", "正文（已遮蔽）"]



def _account(library, name: str):
    """A reviewer account (decisions are made by accounts, never typed names)."""
    return library.accounts().add(name, "reviewer", "long enough 1")

@pytest.fixture
def cli_library(home):
    library = Library()
    library.upgrade()
    return library, sample_library(library)


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("option,value,allowed", [
    ("--attribute", "公开", "主动公开、依申请公开、不予公开、待审"),
    ("--validity", "valid", "有效、已修改、已废止、已失效"),
    ("--type", "通告知", "通知"),
])
def test_a_value_outside_the_list_is_an_error_not_an_empty_export(cli_library, tmp_path, option, value, allowed):
    out = tmp_path / "x.csv"
    result = runner.invoke(app, ["export", "--out", str(out), option, value])
    assert result.exit_code == 2, result.output
    assert allowed in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_an_unknown_issuer_names_the_close_ones(cli_library, tmp_path):
    result = runner.invoke(app, ["export", "--out", str(tmp_path / "x.csv"), "--issuer", "聊城市财政"])
    assert result.exit_code == 2 and "聊城市财政局" in result.output


def test_empty_result_still_writes_the_header_row(cli_library, tmp_path):
    for name in ("empty.csv", "empty.xlsx"):
        out = tmp_path / name
        result = runner.invoke(app, ["export", "--out", str(out), "--year", "2001"])
        assert result.exit_code == 0, result.output
        assert "只写了表头" in result.output
    assert _csv(tmp_path / "empty.csv") == [HEADERS]
    sheet = openpyxl.load_workbook(tmp_path / "empty.xlsx")["文件目录"]
    assert [c.value for c in sheet[1]] == HEADERS and sheet.max_row == 1


def test_other_suffixes_and_missing_folders_get_a_message(cli_library, tmp_path):
    txt = runner.invoke(app, ["export", "--out", str(tmp_path / "x.txt")])
    assert txt.exit_code == 2 and ".csv 或 .xlsx" in txt.output
    assert not (tmp_path / "x.txt").exists()
    missing = runner.invoke(app, ["export", "--out", str(tmp_path / "no" / "such" / "x.csv")])
    assert missing.exit_code == 2 and "不存在" in missing.output
    assert "Traceback" not in missing.output and len(missing.output.splitlines()) == 1


def test_xlsx_has_a_named_sheet_widths_filter_frozen_header_and_yes_no(make_library, tmp_path):  # noqa: F811
    library = make_library()
    d = sample_library(library)
    library.load(doc("关于印发聊城市住房公积金管理办法的通知", "修订后的正文。", number="聊政办发〔2023〕1号"))
    library.load(doc("关于印发聊城市住房公积金管理办法的通知", "再次修订后的正文。", number="聊政办发〔2023〕1号"))
    out = tmp_path / "library.xlsx"
    assert export_documents(library, out) == 6
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["文件目录"]
    sheet = book["文件目录"]
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:N7"
    assert sheet.column_dimensions["B"].width > 30 and sheet.column_dimensions["N"].width > 50
    rows = {r[0]: dict(zip(HEADERS, r)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    fund = rows[d["fund"]]
    assert (fund["文种"], fund["有效期至"], fund["规范性文件"], fund["已撤回"], fund["版本"]) == \
        ("通知", "2028-07-31", "是", "否", 1)
    assert max(r["版本"] for r in rows.values()) == 2  # a document with a second text
    flood = rows[d["flood"]]["正文（已遮蔽）"]
    assert "现就做好防汛工作通知如下" in flood and "各类险情" in flood and flood.startswith("各县市区：\n")  # lines joined into paragraphs
    secret = rows[d["secret"]]["正文（已遮蔽）"]
    assert "138****5678" in secret and "13812345678" not in secret


def test_formulas_are_neutralised_in_csv_and_xlsx(make_library, tmp_path):  # noqa: F811
    library = make_library()
    hostile = ["=HYPERLINK(\"http://x\",\"点击\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
    for i, value in enumerate(hostile):
        library.load(doc(value, "正文。", issuer=value, number=f"聊政发〔2023〕{i + 1}号"))
    csv_out, xlsx_out = tmp_path / "x.csv", tmp_path / "x.xlsx"
    export_documents(library, csv_out)
    export_documents(library, xlsx_out)
    cells = [c for row in _csv(csv_out)[1:] for c in (row[1], row[3])]
    assert sorted(cells) == sorted(["'" + v for v in hostile] * 2)
    sheet = openpyxl.load_workbook(xlsx_out)["文件目录"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert all(str(cell.value).startswith("'") for row in sheet.iter_rows(min_row=2) for cell in (row[1], row[3]))
    assert neutralise("正常") == "正常" and neutralise(-5) == -5


def test_review_trail_exports_to_xlsx(make_library, tmp_path):  # noqa: F811
    library = make_library()
    d = sample_library(library)
    library.decide(d["school"], "主动公开", _account(library, "王科长"), "=同意")
    library.withdraw(d["old"], _account(library, "李处长"), "已废止")
    out = tmp_path / "trail.xlsx"
    assert export_trail(library, out) == 2
    sheet = openpyxl.load_workbook(out)["审核记录"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("文件编号", "标题", "文号", "操作", "公开属性", "审核人")
    assert [(r[0], r[3], r[5], r[6]) for r in rows[1:]] == [(d["school"], "审核", "王科长", "'=同意"),
                                                          (d["old"], "撤回", "李处长", "已废止")]
    assert sheet.freeze_panes == "A2"
    assert export_trail(library, tmp_path / "none.csv", Filters(year=2001)) == 0
    assert _csv(tmp_path / "none.csv")[0][0] == "文件编号"


def test_export_command_with_filters_and_trail(cli_library, tmp_path):
    _, d = cli_library
    out = tmp_path / "in-force.csv"
    result = runner.invoke(app, ["export", "--out", str(out), "--in-force", "--type", "通知"])
    assert result.exit_code == 0, result.output
    assert sorted(int(r[0]) for r in _csv(out)[1:]) == sorted([d["fund"], d["flood"]])
    trail = runner.invoke(app, ["export", "--out", str(tmp_path / "trail.xlsx"), "--trail"])
    assert trail.exit_code == 0 and "审核记录" in trail.output


def test_pdf_line_breaks_are_joined_into_paragraphs():
    body = ("各县（市、区）人民政府，市政府各部门：\n"
            "　　现将《聊城市住房公积金管理办法》印发给你们，请结合实际认真贯彻\n"
            "执行。执行中遇到的问题，请及时向市住房公积金管理中心反映。\n"
            "一、总体要求\n"
            "坚持以人民为中心的发展思想，完善住房公积金缴存、使用和管理制度，\n"
            "提高资金使用效益。\n"
            "\n"
            "附件：1.聊城市住房公积金管理办法")
    assert join_paragraphs(body).split("\n") == [
        "各县（市、区）人民政府，市政府各部门：",
        "现将《聊城市住房公积金管理办法》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向市住房公积金管理中心反映。",
        "一、总体要求",
        "坚持以人民为中心的发展思想，完善住房公积金缴存、使用和管理制度，提高资金使用效益。",
        "附件：1.聊城市住房公积金管理办法",
    ]
    assert join_paragraphs("Annual report of the\ncity government") == "Annual report of the city government"
