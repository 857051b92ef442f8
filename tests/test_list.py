"""Browsing: facets with counts and `normdocs list` with the same filters, on both backends."""

import json

import pytest
from typer.testing import CliRunner

from normdocs.cli.main import app
from normdocs.library.browse import facets, list_documents
from normdocs.library.filters import FilterError, Filters, check
from normdocs.library.store import Library
from tests.library_items import sample_library
from tests.test_library import make_library  # noqa: F401 - the two-backend fixture

runner = CliRunner()


def test_facets_count_issuer_year_type_attribute_validity(make_library):  # noqa: F811
    library = make_library()
    sample_library(library)
    counts = facets(library)
    assert counts.total == 5 and counts.in_force == 4
    f = counts.facets
    assert f["issuer"].values == [("聊城市人民政府办公室", 3), ("聊城市教育局", 1), ("聊城市财政局", 1)]
    assert f["year"].values == [(2024, 2), (2023, 1), (2022, 1), (2019, 1)]
    assert f["doc_type"].values == [("通知", 3), ("意见", 1), ("报告", 1)]
    assert dict(f["attribute"].values) == {"主动公开": 3, "不予公开": 1, "待审": 1}
    assert dict(f["validity"].values) == {"有效": 4, "已废止": 1}
    assert [x.label for x in f.values()] == ["发文机关", "年份", "文种", "公开属性", "有效性", "主题分类"]
    assert f["topic"].values == [(None, 5)]  # the sample records no topic: 待定
    narrowed = facets(library, Filters(year=2024))
    assert narrowed.total == 2 and narrowed.facets["year"].selected == 2024
    searched = facets(library, query="住房")
    assert searched.total == 4 and dict(searched.facets["validity"].values) == {"有效": 3, "已废止": 1}


def test_listing_is_newest_first_under_filters_with_in_force_as_one_flag(make_library):  # noqa: F811
    library = make_library()
    d = sample_library(library)
    page = list_documents(library)
    assert [r.id for r in page.rows] == [d["school"], d["flood"], d["fund"], d["secret"], d["old"]]
    assert [r.id for r in list_documents(library, Filters(in_force=True)).rows] == \
        [d["school"], d["flood"], d["fund"], d["secret"]]
    assert [r.id for r in list_documents(library, Filters(doc_type="通知", validity="有效")).rows] == \
        [d["flood"], d["fund"]]
    second = list_documents(library, limit=2, offset=2)
    assert second.total == 5 and [r.id for r in second.rows] == [d["fund"], d["secret"]]


def test_filter_values_are_checked_against_their_lists(make_library):  # noqa: F811
    library = make_library()
    sample_library(library)
    with pytest.raises(FilterError, match="可选：主动公开、依申请公开、不予公开、待审"):
        check(Filters(attribute="公开"))
    with pytest.raises(FilterError, match="有效、已修改、已废止、已失效"):
        check(Filters(validity="valid"))
    with pytest.raises(FilterError, match="1949"):
        check(Filters(year=23))
    with pytest.raises(FilterError, match="聊城市财政局"):
        check(Filters(issuer="聊城市财政"), library)
    assert check(Filters(issuer=" 聊城市财政局 "), library).issuer == "聊城市财政局"


@pytest.fixture
def cli_library(home):
    library = Library()
    library.upgrade()
    return library, sample_library(library)


def test_list_command_prints_whole_lines_with_marks_and_facets(cli_library):
    _, d = cli_library
    result = runner.invoke(app, ["list", "--facets"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "文件目录：共 5 件，第 1-5 件"
    rows = {int(line.split("\t")[0]): line.split("\t") for line in lines[2:7]}
    assert rows[d["secret"]][1] == "【不予公开】关于住房安全检查情况的报告"
    assert rows[d["school"]][1].startswith("【待审】") and rows[d["old"]][1].startswith("【已废止】")
    assert "现行有效：4 件（--in-force）" in lines
    assert "年份：2024 2｜2023 1｜2022 1｜2019 1" in lines


def test_list_command_filters_json_and_errors(cli_library):
    _, d = cli_library
    result = runner.invoke(app, ["list", "--in-force", "--type", "通知", "--json"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [d["flood"], d["fund"]]
    empty = runner.invoke(app, ["list", "--year", "2001"])
    assert empty.exit_code == 0 and empty.stdout.strip() == "文库中没有符合条件的文件（筛选：year=2001）。"
    bad = runner.invoke(app, ["list", "--attribute", "公开"])
    assert bad.exit_code == 2 and "主动公开、依申请公开" in bad.output


def test_review_page_gives_a_page_of_the_queue_with_evidence(make_library):  # noqa: F811
    from normdocs.library.browse import review_page
    from tests.library_items import doc

    library = make_library()
    sample_library(library)
    pending = doc("关于某某人员信息的通知", "正文。", attribute="待审", findings=[
        {"kind": "mobile", "evidence": "138****5678", "page": 1, "line": 2, "severity": "review"}])
    target = library.load(pending).document_id
    page = review_page(library, limit=1, offset=1)
    assert page.total == 2 and [i.row.id for i in page.items] == [target]
    assert page.items[0].findings[0].evidence == "138****5678"
    assert page.items[0].decision.proposed == "主动公开"
    assert [d.id for d, _, _ in library.review_queue()][1] == target  # the same order as review list
