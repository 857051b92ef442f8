"""Search that finds: words, phrases, filters, ranking, snippets, the index on both backends."""

import json

import pytest
from sqlalchemy import event
from typer.testing import CliRunner

from normdocs.cli.main import app
from normdocs.library.filters import Filters
from normdocs.library.search import QueryError, search
from normdocs.library.store import Library
from normdocs.schemas.settings import Settings
from tests.db import library_url
from tests.library_items import doc, sample_library
from tests.test_library import make_library  # noqa: F401 - the two-backend fixture

runner = CliRunner()


def ids(result) -> list[int]:
    return [hit.id for hit in result]


@pytest.fixture
def sample(make_library):  # noqa: F811
    library = make_library()
    return library, sample_library(library)


def test_several_words_must_all_match(sample):
    library, d = sample
    assert set(ids(search(library, "通知 住房"))) == {d["fund"], d["flood"], d["old"]}
    assert ids(search(library, "防汛 住房")) == [d["flood"]]
    assert ids(search(library, "防汛 教育")) == []
    assert ids(search(library, "住房　补贴")) == [d["old"]]  # a full-width space separates words too


def test_quoted_phrase_is_matched_as_written(sample):
    library, d = sample
    assert ids(search(library, '"住房公积金"')) == [d["fund"]]
    assert ids(search(library, "“公积金贷款”")) == [d["fund"]]
    assert ids(search(library, '"公积金住房"')) == []
    assert ids(search(library, "防汛工作")) == [d["flood"]]  # broken over a PDF line in the body


def test_filters_combine_with_words(sample):
    library, d = sample
    assert ids(search(library, "住房", Filters(issuer="聊城市财政局"))) == [d["old"]]
    assert ids(search(library, "住房", Filters(year=2022))) == [d["secret"]]
    assert ids(search(library, "住房", Filters(doc_type="报告"))) == [d["secret"]]
    assert ids(search(library, "住房", Filters(attribute="不予公开"))) == [d["secret"]]
    assert ids(search(library, "住房", Filters(validity="已废止"))) == [d["old"]]
    assert d["old"] not in ids(search(library, "住房", Filters(in_force=True)))
    assert set(ids(search(library, "住房", Filters(published=True)))) == {d["fund"], d["flood"], d["old"]}


def test_title_hits_rank_first_then_the_newest(sample):
    library, d = sample
    # 住房 in the title: secret (2022), old (2019), fund (2023) → newest first; flood has it in the body only
    assert ids(search(library, "住房")) == [d["fund"], d["secret"], d["old"], d["flood"]]
    result = search(library, "住房")
    assert [h.in_title for h in result] == [True, True, True, False]


def test_every_hit_has_issuer_date_and_a_highlighted_snippet_of_the_redacted_text(sample):
    library, d = sample
    result = search(library, "安全隐患")
    (hit,) = result.hits
    assert (hit.issuer, hit.date, hit.attribute) == ("聊城市人民政府办公室", "2022-03-01", "不予公开")
    assert "138****5678" in hit.snippet and "13812345678" not in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["安全隐患"]
    flood = search(library, "防汛").hits[0]
    assert "\n" not in flood.snippet and "防汛工作" in flood.snippet
    assert [flood.snippet[s:e] for s, e in flood.highlights] == ["防汛"]
    assert [flood.title[s:e] for s, e in flood.title_highlights] == ["防汛"]


def test_document_numbers_are_searchable(sample):
    library, d = sample
    assert ids(search(library, "聊财发〔2019〕1号")) == [d["old"]]
    assert ids(search(library, "2019")) == [d["old"]]


def test_one_character_looks_in_titles_with_a_note(sample):
    library, d = sample
    result = search(library, "税")
    assert ids(result) == []  # 税 is only in a body
    assert "标题" in result.notes[0]
    assert set(ids(search(library, "防"))) == {d["flood"]}
    assert ids(search(library, "，。")) == [] and search(library, "，。").notes


def test_two_character_words_go_through_the_index_never_a_like_scan(sample):
    library, d = sample
    statements = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(library.engine, "before_cursor_execute", remember)
    try:
        assert set(ids(search(library, "住房"))) == {d["fund"], d["flood"], d["secret"], d["old"]}
    finally:
        event.remove(library.engine, "before_cursor_execute", remember)
    joined = "\n".join(statements).upper()
    assert " LIKE " not in joined
    assert ("MATCH" in joined) or ("@@" in joined)


def test_postgresql_uses_the_gin_index_for_a_bigram(tmp_path):
    url, cleanup = library_url("postgresql", tmp_path)
    try:
        library = Library(url)
        library.upgrade()
        sample_library(library)
        with library.engine.connect() as c:
            c.exec_driver_sql("SET enable_seqscan = off")
            plan = "\n".join(r[0] for r in c.exec_driver_sql(
                "EXPLAIN SELECT document_id FROM search_terms WHERE part > 0 AND terms @@ '住房'::tsquery"))
        assert "ix_search_terms_terms" in plan
        library.engine.dispose()
    finally:
        cleanup()


def test_long_bodies_match_across_postgresql_chunks(make_library):  # noqa: F811
    library = make_library()
    # 住房 repeated past a tsvector's 256 positions, then the phrase at the end of a long body
    many = library.load(doc("长文一", "住房" * 1500 + "公积金管理中心")).document_id
    # the phrase straddles the boundary of the first chunk (4,000 tokens)
    boundary = library.load(doc("长文二", "甲乙" * 1995 + "住房公积金管理" + "丙丁" * 2000)).document_id
    assert ids(search(library, "住房公积金管理中心")) == [many]
    assert ids(search(library, "住房公积金管理")) == [boundary, many] or \
        set(ids(search(library, "住房公积金管理"))) == {many, boundary}
    long_phrase = "乙甲" * 20 + "乙住房公积金"  # 47 tokens: matched in pieces on both backends
    assert ids(search(library, f'"{long_phrase}"')) == [boundary]


def test_query_takes_any_bytes(sample):
    library, d = sample
    assert ids(search(library, "防汛".encode())) == [d["flood"]]
    with pytest.raises(QueryError, match="UTF-8"):
        search(library, "住房".encode("gbk"))
    with pytest.raises(QueryError, match="UTF-8"):
        search(library, "住房".encode("gbk").decode("utf-8", "surrogateescape"))  # as sys.argv gives it


def test_same_results_on_sqlite_and_postgresql(tmp_path):
    queries = [("住房", Filters()), ("通知 住房", Filters()), ('"住房公积金"', Filters()), ("防", Filters()),
               ("住房", Filters(in_force=True)), ("住房", Filters(year=2019)), ("2019", Filters()),
               ("义务教育 招生", Filters()), ("不存在", Filters()), ("安全", Filters(attribute="不予公开"))]
    answers = {}
    for backend in ("sqlite", "postgresql"):
        url, cleanup = library_url(backend, tmp_path / backend)
        (tmp_path / backend).mkdir()
        try:
            library = Library(url, Settings())
            library.upgrade()
            sample_library(library)
            for i in range(30):  # enough rows for paging and ties on dates
                library.load(doc(f"关于住房保障第{i}批项目的通知", f"第{i}批住房保障项目名单。", signed=f"2021-0{1 + i % 9}-1{i % 10}"))
            answers[backend] = [
                (r.total, [(h.id, h.in_title, h.snippet, h.highlights, h.title_highlights) for h in r])
                for q, f in queries for r in (search(library, q, f, limit=7), search(library, q, f, limit=7, offset=7))
            ]
            library.engine.dispose()
        finally:
            cleanup()
    assert answers["sqlite"] == answers["postgresql"]


def test_documents_loaded_before_migration_0005_are_indexed(tmp_path):
    from alembic import command

    from normdocs.library.store import migration_config

    library = Library(f"sqlite:///{tmp_path / 'old.db'}")
    with library.engine.begin() as connection:
        command.upgrade(migration_config(connection), "0002")
        connection.exec_driver_sql(
            "INSERT INTO documents (id, identity, title, doc_number, normative, withdrawn, created_at, updated_at) "
            "VALUES (1, 'x', '关于防汛工作的通知', '聊政发〔2020〕1号', 0, 0, '2020-01-01', '2020-01-01')")
        connection.exec_driver_sql("INSERT INTO search_index VALUES (1, '关于防汛工作的通知', '做好住房巡查。')")
    library.upgrade()
    assert ids(search(library, "住房")) == [1]
    assert ids(search(library, "防汛")) == [1]


# -- the command ---------------------------------------------------------------------------

@pytest.fixture
def cli_library(home):
    library = Library()
    library.upgrade()
    return library, sample_library(library)


def _run(*args):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_search_command_marks_withheld_documents_and_shows_issuer(cli_library):
    _, d = cli_library
    out = _run("search", "住房", "隐患")
    lines = out.splitlines()
    assert lines[0].startswith("“住房 隐患”的检索结果：共 1 件")
    row = lines[2].split("\t")
    assert row[0] == str(d["secret"]) and row[1].startswith("【不予公开】")
    assert row[3] == "聊城市人民政府办公室" and row[4] == "2022-03-01"
    assert "〖住房〗" in row[2]


def test_search_command_says_so_when_nothing_matches(cli_library):
    out = _run("search", "不存在的词语")
    assert out.strip().startswith("没有找到与“不存在的词语”匹配的文件")
    assert "编号" not in out


def test_search_command_json_and_filters(cli_library):
    _, d = cli_library
    hits = [json.loads(line) for line in _run("search", "住房", "--validity", "已废止", "--json").splitlines()]
    assert [(h["id"], h["issuer"], h["marks"]) for h in hits] == [(d["old"], "聊城市财政局", ["已废止"])]
    bad = runner.invoke(app, ["search", "住房", "--validity", "valid"])
    assert bad.exit_code == 2 and "有效、已修改、已废止、已失效" in bad.output


def test_search_command_rejects_a_non_utf8_query_without_a_traceback(cli_library):
    query = "住房".encode("gbk").decode("utf-8", "surrogateescape")
    result = runner.invoke(app, ["search", query])
    assert result.exit_code == 2
    assert "UTF-8" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
