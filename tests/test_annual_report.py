"""The annual report's every cell against a library built with known issuances, abolitions and
lapses across years (through the real extraction and loading path), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from normdocs.library.publish_queries import document_rows, trail_rows
from normdocs.library.store import Library
from normdocs.publish.annual import build_annual_report
from normdocs.publish.annual_output import write_annual_report
from normdocs.schemas.settings import office_today
from tests.db import library_url
from tests.library_docs import decision, letter, load_texts, notice, order

CITY, OFFICE = "聊城市人民政府", "聊城市人民政府办公室"
DOCS = {
    "A": order(CITY, "第5号", "聊城市物业管理办法", "2023-03-20"),  # 规章, 2023
    "N1": notice(OFFICE, "聊政办发〔2022〕3号", "聊城市甲办法", "2022-05-10"),
    "N2": notice(OFFICE, "聊政办发〔2023〕4号", "聊城市乙办法", "2023-02-01"),
    "N3": notice(OFFICE, "聊政办发〔2023〕20号", "聊城市丙办法", "2023-06-01"),  # abolished 2023-11-20
    "N4": notice(OFFICE, "聊政办发〔2021〕2号", "聊城市丁办法", "2021-01-10"),  # abolished 2024-03-01
    "N5": notice(OFFICE, "聊政办发〔2020〕7号", "聊城市戊办法", "2020-07-01", body="本办法有效期至2023年6月30日。"),
    "N6": notice(OFFICE, "聊政办发〔2023〕33号", "聊城市己办法", "2023-09-09"),  # withdrawn
    "N8": notice(OFFICE, "聊政办发〔2024〕1号", "聊城市庚办法", "2024-01-15"),
    "N7": letter("聊城市自然资源局", "聊自然资函〔2023〕8号", "聊城市自然资源局关于同意调整村庄规划的复函",
                 "东昌府区人民政府", "2023-04-04", "（此件依申请公开）"),
    "D1": decision(CITY, "聊政发〔2023〕30号", [("聊城市丙办法", "聊政办发〔2023〕20号")], "2023-11-20"),
    "D2": decision(CITY, "聊政发〔2024〕9号", [("聊城市丁办法", "聊政办发〔2021〕2号")], "2024-03-01"),
}



def _account(library, name: str):
    """A reviewer account (decisions are made by accounts, never typed names)."""
    return library.accounts().add(name, "reviewer", "long enough 1")

@pytest.fixture(params=["sqlite", "postgresql"])
def built(request, tmp_path):
    url, drop = library_url(request.param, tmp_path)
    library = Library(url)
    library.upgrade()
    ids = load_texts(library, tmp_path / "docs", DOCS)
    reviewer = _account(library, "王审核")  # 定期评估: a withheld document's decision reopened, then released
    library.decisions().undo(ids["N7"], reviewer, "不公开理由已消失，重新审核")
    library.decide(ids["N7"], "主动公开", reviewer, "可公开")
    library.withdraw(ids["N6"], _account(library, "李审核"), "印发有误")
    yield library, ids
    library.engine.dispose()
    drop()


def names(ids_by_name: dict[str, int], ids: list[int]) -> set[str]:
    back = {v: k for k, v in ids_by_name.items()}
    return {back[i] for i in ids}


def test_every_cell_of_2023(built):
    library, ids = built
    report = build_annual_report(document_rows(library), trail_rows(library), 2023)
    cells = {cat: {cell: names(ids, v) for cell, v in row.items()} for cat, row in report.table.items()}
    assert cells == {
        "规章": {"issued": {"A"}, "abolished": set(), "lapsed": set(), "in_force": {"A"}},
        "行政规范性文件": {"issued": {"N2", "N3"}, "abolished": {"N3"}, "lapsed": {"N5"},
                     "in_force": {"N1", "N2", "N4"}},
    }
    assert {k: names(ids, v) for k, v in report.by_attribute.items()} == {
        "主动公开": {"A", "N2", "N3", "N7", "D1"}, "依申请公开": set(), "不予公开": set()}
    assert {k: names(ids, v) for k, v in report.by_doc_type.items()} == {
        "通知": {"N2", "N3"}, "令": {"A"}, "函": {"N7"}, "决定": {"D1"}}
    months = {m: names(ids, v) for m, v in report.by_month.items() if v}
    assert months == {2: {"N2"}, 3: {"A"}, 4: {"N7"}, 6: {"N3"}, 11: {"D1"}}
    # the trail was written today: nothing in 2023
    assert report.review == {"decided": [], "released": [], "withdrawn": []}


def test_other_years_and_the_trail(built):
    library, ids = built
    rows, trail = document_rows(library), trail_rows(library)
    r2024 = build_annual_report(rows, trail, 2024)
    assert {c: names(ids, v) for c, v in r2024.table["行政规范性文件"].items()} == {
        "issued": {"N8"}, "abolished": {"N4"}, "lapsed": set(), "in_force": {"N1", "N2", "N8"}}
    r2022 = build_annual_report(rows, trail, 2022)
    assert {c: names(ids, v) for c, v in r2022.table["行政规范性文件"].items()} == {
        "issued": {"N1"}, "abolished": set(), "lapsed": set(), "in_force": {"N1", "N4", "N5"}}
    assert r2022.table["规章"]["in_force"] == []
    now = build_annual_report(rows, trail, office_today().year)
    assert {k: names(ids, v) for k, v in now.review.items()} == {
        "decided": {"N7"}, "released": {"N7"}, "withdrawn": {"N6"}}
    only = build_annual_report(rows, trail, 2023, issuer="聊城市自然资源局")
    assert names(ids, [i for v in only.by_doc_type.values() for i in v]) == {"N7"}
    assert all(not v for cells in only.table.values() for v in cells.values())


def test_outputs_carry_the_counts_and_the_documents_behind_them(built, tmp_path):
    from openpyxl import load_workbook

    library, ids = built
    report = build_annual_report(document_rows(library), trail_rows(library), 2023)
    book = load_workbook(write_annual_report(report, tmp_path / "a.xlsx"))
    table = [[c.value for c in row] for row in book["第二十条第（一）项"].iter_rows(min_row=3)]
    assert table == [["规章", 1, 0, 0, 1], ["行政规范性文件", 2, 1, 1, 3]]
    detail = [[c.value for c in row] for row in book["统计明细"].iter_rows(min_row=2)]
    abolished = [d for d in detail if d[0] == "第二十条第（一）项·行政规范性文件" and d[1] == "本年废止件数"]
    assert [d[2] for d in abolished] == [ids["N3"]] and abolished[0][4] == "聊政办发〔2023〕20号"
    html = write_annual_report(report, tmp_path / "a.html").read_text(encoding="utf-8")
    assert "第二十条第（一）项" in html and "聊城市丙办法" in html and "<script" not in html
    with pytest.raises(ValueError):
        write_annual_report(report, tmp_path / "a.pdf")
