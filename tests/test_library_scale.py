"""The library at archive scale, proved on small libraries: pages cost a page's work (a fixed
number of queries, keyset paging), facets come from covering indexes, and every change of a
document keeps its search tokens and facet counts in step (both backends)."""

from contextlib import contextmanager

import pytest
from sqlalchemy import event

from normdocs.schemas.library import LibraryItem
from tests.library_items import doc, revised
from tests.test_library import make_library  # noqa: F401 - the two-backend fixture


@contextmanager
def counted(library):
    statements: list[str] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(library.engine, "before_cursor_execute", remember)
    try:
        yield statements
    finally:
        event.remove(library.engine, "before_cursor_execute", remember)


def _pending(n: int) -> LibraryItem:
    return doc(f"关于第{n}批待审文件的通知", "正文。", attribute="待审",
               findings=[{"kind": "mobile", "evidence": "138****5678", "page": 1, "line": n, "severity": "review"}])


def test_review_queue_pages_by_keyset_in_a_fixed_number_of_queries(make_library):  # noqa: F811
    library = make_library()
    ids = [library.load(_pending(n)).document_id for n in range(12)]
    with counted(library) as few:
        small = library.review_queue(limit=3)
    with counted(library) as many:
        whole = library.review_queue()
    assert len(many) == len(few)  # not some queries per pending document
    assert [d.id for d, _, _ in small] == ids[:3]
    assert [d.id for d, _, _ in whole] == ids
    after = library.review_queue(limit=4, after=ids[5])
    assert [d.id for d, _, _ in after] == ids[6:10]
    d, decision, findings = after[0]
    assert decision.proposed == "主动公开" and [f.line for f in findings] == [6]


def test_review_page_pages_by_keyset(make_library):  # noqa: F811
    from normdocs.library.browse import review_page

    library = make_library()
    ids = [library.load(_pending(n)).document_id for n in range(6)]
    page = review_page(library, limit=2, after=ids[2])
    assert page.total == 6 and [i.row.id for i in page.items] == ids[3:5]
    assert page.items[0].findings[0].line == 3


def _plans(library, statements) -> list[str]:
    """The query plan of each captured (statement, parameters), as the backend explains it."""
    plans = []
    with library.engine.connect() as c:
        raw = c.connection.dbapi_connection
        cursor = raw.cursor()
        if library.engine.dialect.name == "sqlite":
            for statement, parameters in statements:
                cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                plans.append("\n".join(r[-1] for r in cursor.fetchall()))
        else:
            # a tiny table: what the planner can do when it matters (an index-only scan is only
            # possible when the index holds every column the query reads)
            raw.autocommit = True
            cursor.execute("VACUUM ANALYZE documents")
            cursor.execute("SET enable_seqscan = off")
            cursor.execute("SET enable_bitmapscan = off")
            for statement, parameters in statements:
                cursor.execute("EXPLAIN " + statement, parameters)
                plans.append("\n".join(r[0] for r in cursor.fetchall()))
            cursor.execute("RESET ALL")
        cursor.close()
    return plans


def test_facet_counts_read_covering_indexes_never_the_rows(make_library):  # noqa: F811
    from normdocs.library.browse import facets
    from normdocs.library.filters import Filters
    from tests.library_items import sample_library

    library = make_library()
    sample_library(library)
    captured = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        captured.append((statement, parameters))

    event.listen(library.engine, "before_cursor_execute", remember)
    try:
        for filters in (Filters(), Filters(in_force=True), Filters(year=2024, attribute="主动公开"),
                        Filters(validity="已废止", doc_type="通知")):
            facets(library, filters)
    finally:
        event.remove(library.engine, "before_cursor_execute", remember)
    plans = _plans(library, [(s, p) for s, p in captured if "GROUP BY" in s])
    # SQLite: a query per facet; PostgreSQL: every facet in one scan (GROUPING SETS)
    assert len(plans) == (4 * 6 if library.engine.dialect.name == "sqlite" else 4)
    for plan in plans:
        if library.engine.dialect.name == "sqlite":
            assert "USING COVERING INDEX ix_documents_" in plan, plan
        else:
            assert "Index Only Scan" in plan and " on documents" in plan and "Seq Scan" not in plan, plan
            assert "using ix_documents_facet_" in plan, plan


def _with_topic(item: LibraryItem, topic: str | None) -> LibraryItem:
    return revised(item, metadata={"topic": {"topic": topic, "subtopic": None, "confidence": 0.9 if topic else 0.0,
                                             "cues": [], "source": "rules" if topic else "none"}})


def test_topic_is_a_facet_and_a_filter(make_library):  # noqa: F811
    from normdocs.library.browse import facets, list_documents
    from normdocs.library.filters import FilterError, Filters, check

    library = make_library()
    a = library.load(_with_topic(doc("关于优化营商环境的通知", "正文。"), "综合政务")).document_id
    b = library.load(_with_topic(doc("关于政务服务的通知", "正文。"), "综合政务")).document_id
    c = library.load(_with_topic(doc("关于某事项的通知", "正文。"), None)).document_id
    counts = facets(library)
    assert counts.facets["topic"].label == "主题分类"
    assert counts.facets["topic"].values == [("综合政务", 2), (None, 1)]
    assert {r.id for r in list_documents(library, check(Filters(topic="综合政务"))).rows} == {a, b}
    assert c not in {r.id for r in list_documents(library, Filters(topic="综合政务")).rows}
    with pytest.raises(FilterError, match="可选：国务院组织机构、综合政务"):
        check(Filters(topic="政务"))  # the list staff can choose from, from topics.yaml


def test_migration_0007_fills_the_topic_of_documents_already_loaded(tmp_path):
    from alembic import command

    from normdocs.library.browse import facets
    from normdocs.library.store import Library, migration_config

    library = Library(f"sqlite:///{tmp_path / 'old.db'}")
    with library.engine.begin() as connection:
        command.upgrade(migration_config(connection), "0006")
        connection.exec_driver_sql(
            "INSERT INTO documents (id, identity, title, normative, withdrawn, created_at, updated_at) "
            "VALUES (1, 'x', '关于优化营商环境的通知', 0, 0, '2020-01-01', '2020-01-01')")
        for version, topic in ((1, "城乡建设、环境保护"), (2, "综合政务")):  # the current version's counts
            connection.exec_driver_sql(
                "INSERT INTO versions (document_id, version, content_hash, file, format, metadata_json, loaded_at) "
                f"VALUES (1, {version}, '{version}', 'a.pdf', 'pdf', '{{\"topic\": {{\"topic\": \"{topic}\"}}}}', "
                "'2020-01-01')")
    library.upgrade()
    assert facets(library).facets["topic"].values == [("综合政务", 1)]


def test_pages_newest_first_walk_the_sort_date_index(make_library):  # noqa: F811
    from normdocs.library.browse import list_documents
    from normdocs.library.filters import Filters
    from tests.library_items import sample_library

    library = make_library()
    sample_library(library)  # 4 of 5 in force: walking newest first finds a page at once
    captured = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        captured.append((statement, parameters))

    event.listen(library.engine, "before_cursor_execute", remember)
    try:
        list_documents(library, Filters(in_force=True), limit=2, total=4)
    finally:
        event.remove(library.engine, "before_cursor_execute", remember)
    ordered = [(s, p) for s, p in captured if "ORDER BY coalesce" in s]
    assert len(ordered) == 1
    for plan in _plans(library, ordered):
        assert "ix_documents_sort_date" in plan, plan
        if library.engine.dialect.name == "sqlite":
            assert "TEMP B-TREE" not in plan, plan  # no sort of every match


def test_migration_0007_goes_down_and_up_with_documents_loaded(tmp_path):
    from alembic import command

    from normdocs.library.store import Library, migration_config
    from tests.library_items import sample_library

    library = Library(f"sqlite:///{tmp_path / 'lib.db'}")
    library.upgrade()
    sample_library(library)  # versions, search rows: tables that refer to documents
    with library.engine.begin() as connection:
        command.downgrade(migration_config(connection), "0006")
    library.upgrade()
    assert len(library.review_queue()) == 1


def test_redecide_keeps_search_tokens_and_facets_in_step(make_library):  # noqa: F811

    from normdocs.library.browse import facets
    from normdocs.library.search import search

    library = make_library()
    first = _with_topic(doc("关于防汛工作的通知", "做好防汛准备。", number="聊政发〔2023〕5号"), "综合政务")
    doc_id = library.load(first).document_id
    # the same text, decided again under new rules and a corrected manifest
    again = _with_topic(revised(first, metadata={"title": "关于抗旱工作的通知", "doc_number": "聊政发〔2023〕77号"},
                                disclosure={"proposed": "依申请公开", "attribute": "依申请公开", "rules_version": "r2"},
                                validity="已失效"), "农业、林业、水利")
    assert library.redecide(doc_id, again)
    hits = lambda q: [h.id for h in search(library, q)]  # noqa: E731
    assert hits("抗旱") == [doc_id] and hits("77号") == [doc_id]
    assert hits("5号") == []  # the old number left the index with the old title
    assert hits("防汛") == [doc_id]  # the body, unchanged, is still indexed
    counts = facets(library)
    assert counts.facets["attribute"].values == [("依申请公开", 1)]
    assert counts.facets["validity"].values == [("已失效", 1)] and counts.in_force == 0
    assert counts.facets["topic"].values == [("农业、林业、水利", 1)]


def test_facets_are_the_same_on_sqlite_and_postgresql(tmp_path):
    from normdocs.library.browse import facets
    from normdocs.library.filters import Filters
    from normdocs.library.store import Library
    from tests.db import library_url
    from tests.library_items import sample_library

    answers = {}
    for backend in ("sqlite", "postgresql"):
        (tmp_path / backend).mkdir()
        url, cleanup = library_url(backend, tmp_path / backend)
        try:
            library = Library(url)
            library.upgrade()
            sample_library(library)
            for i, issuer in enumerate(["聊城市财政局", "聊城市教育局", "Ａ市人民政府", "阳谷县人民政府"] * 2):
                library.load(_with_topic(doc(f"关于第{i}项工作的通知", "正文。", issuer=issuer,
                                             signed=f"20{10 + i}-01-02"), ["综合政务", None][i % 2]))
            answers[backend] = [facets(library, f) for f in (Filters(), Filters(in_force=True), Filters(year=2024))]
            library.engine.dispose()
        finally:
            cleanup()
    assert answers["sqlite"] == answers["postgresql"]


def test_search_counts_stop_past_the_cap_and_agree_below_it(make_library, monkeypatch):  # noqa: F811
    from normdocs.library import search as search_module
    from normdocs.library.search import search

    library = make_library()
    for i in range(6):
        library.load(doc(f"关于住房第{i}批项目的通知", "住房保障项目名单。" if i % 2 else "其他事项。"))
    monkeypatch.setattr(search_module, "COUNT_CAP", 3)
    monkeypatch.setattr(search_module, "STREAM_BATCH", 2)  # several batches, verified one by one
    assert search(library, "住房").total == 4  # six match: counting stopped at COUNT_CAP + 1
    assert search(library, "住房 保障").total == 3  # the second word checked per batch
    assert search(library, "保障 住房 名单").total == 3
    assert search(library, "房").total == 4  # one character: titles only
    assert search(library, "住房 其他").total == 3
