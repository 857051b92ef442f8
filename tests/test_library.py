"""The library on SQLite and PostgreSQL: idempotent loads, versions, quarantine, review, links, search."""

import datetime as dt
import threading

import pytest

from normdocs.library.search import search
from normdocs.library.store import Library
from normdocs.schemas.library import LibraryItem, QuarantineItem
from normdocs.schemas.settings import Settings
from tests.db import library_url


@pytest.fixture(params=["sqlite", "postgresql"])
def make_library(request, tmp_path):
    url, cleanup = library_url(request.param, tmp_path)
    made = []

    def make(**settings) -> Library:
        library = Library(url, Settings(**settings))
        library.upgrade()
        made.append(library)
        return library

    yield make
    for library in made:
        library.engine.dispose()
    cleanup()


def item(number="聊政办发〔2023〕9号", content="a", title="关于印发聊城市住房公积金管理办法的通知", **extra) -> LibraryItem:
    base = {
        "identity": f"聊城市人民政府办公室|{number}", "content_hash": content * 64, "file": f"{content}.pdf",
        "format": "pdf", "pages": 2,
        "metadata": {"title": title, "doc_number": number, "issuer": "聊城市人民政府办公室", "signed_date": "2023-07-25",
                     "published_date": "2023-07-26"},
        "body": "正文含住房公积金贷款的规定。", "body_redacted": "正文含住房公积金贷款的规定。",
        "disclosure": {"proposed": "主动公开", "attribute": "主动公开", "needs_review": False,
                       "rules_version": "r1", "reasons": ["附注标注为主动公开。"], "basis": []},
        "findings": [], "validity": "有效", "normative": True, "issued_title": "聊城市住房公积金管理办法",
    }
    base.update(extra)
    if base["disclosure"] is not None:
        base["disclosure"] = {"source": "rules", **base["disclosure"]}
    return LibraryItem.model_validate(base)


def test_loading_is_idempotent_and_a_changed_file_adds_a_version(make_library):
    library = make_library()
    first = library.load(item())
    again = library.load(item())
    changed = library.load(item(content="b"))
    assert (first.new_document, again.unchanged, changed.new_version) == (True, True, True)
    assert changed.version == 2 and changed.document_id == first.document_id
    shown = library.document(first.document_id)
    assert [v.content_hash[0] for v in shown.versions] == ["a", "b"]  # history kept


def test_the_clash_check_reads_only_the_identities_asked_for_with_the_current_version(make_library):
    library = make_library()
    library.load(item())
    library.load(item(content="b"))  # version 2 of the same document
    library.load(item(number="聊政办发〔2023〕10号", content="c", title="另一件事的通知"))
    wanted = ["聊城市人民政府办公室|聊政办发〔2023〕9号", "聊城市人民政府办公室|聊政办发〔2023〕99号"]
    stored = library.stored_identities(wanted)
    assert list(stored) == [wanted[0]]  # the other document is not read; an unknown identity is absent
    assert stored[wanted[0]].title == "关于印发聊城市住房公积金管理办法的通知"
    assert stored[wanted[0]].content_hash == "b" * 64
    assert library.stored_identities([]) == {}


def test_concurrent_loads_of_the_same_document_make_one_row(make_library):
    library = make_library()
    library.load(item(number="聊政办发〔2023〕1号", content="z"))  # tables exist, engine warm
    results, errors = [], []

    def worker():
        try:
            results.append(library.load(item()))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len({r.document_id for r in results}) == 1
    assert len(library.document(results[0].document_id).versions) == 1


def test_quarantined_file_is_handled_until_its_manifest_entry_changes(make_library):
    library = make_library()
    library.start_run("r", "inbox")
    library.note_run_rules("r", "rules1")
    library.quarantine(QuarantineItem(file="x.pdf", content_hash="q" * 64, manifest_hash="m1", stage="validate",
                                      reasons=["缺少发布日期。"]), "r")
    asked = [("q" * 64, "m1"), ("q" * 64, "m2")]
    assert library.handled_under(asked, "rules1") == {("q" * 64, "m1")}
    assert library.handled_under(asked, "rules2") == set()  # new rules: decided again
    assert [e.reasons for e in library.quarantined()] == [["缺少发布日期。"]]
    library.release_quarantined("q" * 64)
    assert library.quarantined() == []


def test_pending_document_is_not_published_until_every_signoff(make_library):
    library = make_library(review_signoffs="3")
    pending = {"proposed": "主动公开", "attribute": "待审", "needs_review": True, "rules_version": "r1",
               "reasons": ["待审核"], "basis": []}
    doc = library.load(item(disclosure=pending)).document_id
    assert [d.id for d, _, _ in library.review_queue()] == [doc]
    people = {name: library.accounts().add(name, "reviewer", "long enough 1") for name in ("拟稿人", "处长", "分管领导")}
    for reviewer in ("拟稿人", "处长"):
        assert library.decide(doc, "主动公开", people[reviewer], None).attribute == "待审"
    with pytest.raises(ValueError, match="同一账号不能重复签署"):
        library.decide(doc, "主动公开", people["处长"], "同一人再签不算")
    assert library.decide(doc, "主动公开", people["分管领导"], None).attribute == "主动公开"
    assert [t.reviewer for t in library.document(doc).trail] == ["拟稿人", "处长", "分管领导"]
    library.withdraw(doc, people["分管领导"], "发现差错")
    assert list(library.documents(published_only=True)) == []


def test_abolition_arriving_before_its_target_applies_when_the_target_loads(make_library):
    library = make_library()
    decision = library.load(item(
        number="聊政发〔2024〕3号", content="d", title="聊城市人民政府关于废止《聊城市住房公积金管理办法》的决定",
        validity_links=[{"kind": "已废止", "title": "聊城市住房公积金管理办法", "doc_number": None}],
    ))
    target = library.load(item())
    shown = library.document(target.document_id)
    assert shown.validity == "已废止"
    assert shown.links[0].source_document_id == decision.document_id
    assert library.document(decision.document_id).links[0].target_document_id == target.document_id


def test_lapsed_period_marks_a_document_expired(make_library):
    library = make_library()
    doc = library.load(item(valid_until="2024-07-24")).document_id
    assert library.mark_lapsed(dt.date(2024, 7, 25)) == [doc]
    assert library.document(doc).validity == "已失效"


def test_search_finds_two_character_and_longer_queries(make_library):
    library = make_library()
    library.load(item())
    assert [d.doc_number for d in search(library, "住房")] == ["聊政办发〔2023〕9号"]
    assert [d.doc_number for d in search(library, "公积金贷款")] == ["聊政办发〔2023〕9号"]
    assert list(search(library, "不存在的词语")) == []
