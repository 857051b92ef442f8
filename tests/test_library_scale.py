"""The library at archive scale, proved on small libraries: pages cost a page's work (a fixed
number of queries, keyset paging), facets come from covering indexes, and every change of a
document keeps its search tokens and facet counts in step (both backends)."""

from contextlib import contextmanager

from sqlalchemy import event

from tests.library_items import doc
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


def _pending(n: int) -> dict:
    item = doc(f"关于第{n}批待审文件的通知", "正文。", attribute="待审")
    item["findings"] = [{"kind": "mobile", "evidence": "138****5678", "page": 1, "line": n, "severity": "review"}]
    return item


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
    assert page.items[0].findings[0]["line"] == 3
