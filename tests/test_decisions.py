"""Decisions by authenticated accounts on SQLite and PostgreSQL: 三审 in order by distinct accounts,
returns, undos, withdraw twice, reinstate; accounts, lockout and the append-only audit log."""

import pytest

from normdocs.library.accounts import LOCK_AFTER, AccountError
from normdocs.library.decisions import DecisionError
from normdocs.library.store import Library
from normdocs.schemas.settings import Settings
from tests.db import library_url
from tests.test_library import item

PENDING = {"proposed": "主动公开", "attribute": "待审", "needs_review": True, "rules_version": "r1",
           "reasons": ["待审核"], "basis": []}
PASSWORD = "correct horse 1"


@pytest.fixture(params=["sqlite", "postgresql"])
def library(request, tmp_path):
    url, cleanup = library_url(request.param, tmp_path)
    library = Library(url, Settings(review_signoffs="3"))
    library.upgrade()
    yield library
    library.engine.dispose()
    cleanup()


def _people(library, *names, role="reviewer"):
    accounts = library.accounts()
    return [accounts.add(name, role, PASSWORD) for name in names]


def test_three_distinct_accounts_release_in_order_and_one_account_never_counts_twice(library):
    doc = library.load(item(disclosure=PENDING)).document_id
    first, second, third = _people(library, "张三", "李四", "王五")
    decisions = library.decisions()
    assert decisions.decide(doc, "主动公开", first).stage == "初审"
    with pytest.raises(DecisionError, match="同一账号不能重复签署"):
        decisions.decide(doc, "主动公开", first)
    assert decisions.decide(doc, "主动公开", second).stage == "复审"
    assert library.document(doc).attribute == "待审"
    outcome = decisions.decide(doc, "主动公开", third)
    assert (outcome.stage, outcome.released, outcome.attribute) == ("终审", True, "主动公开")
    trail = library.document(doc).trail
    assert [(t.reviewer, t.stage) for t in trail] == [("张三", "初审"), ("李四", "复审"), ("王五", "终审")]
    events = [e.event for e in library.accounts().events()]
    assert "release" in events and events.count("decision") == 3


def test_names_that_differ_only_in_blanks_are_one_account(library):
    _people(library, "张三")
    for name in ("张三 ", " 张三", "张三"):
        with pytest.raises(AccountError, match="已存在"):
            library.accounts().add(name, "reviewer", PASSWORD)
    with pytest.raises(AccountError, match="不能为空"):
        library.accounts().add("  ", "reviewer", PASSWORD)


def test_a_later_stage_that_disagrees_must_return_and_a_return_voids_the_round(library):
    doc = library.load(item(disclosure=PENDING)).document_id
    a, b, c = _people(library, "甲", "乙", "丙")
    decisions = library.decisions()
    decisions.decide(doc, "主动公开", a)
    with pytest.raises(DecisionError, match="与初审意见"):
        decisions.decide(doc, "不予公开", b)
    with pytest.raises(DecisionError, match="须填写意见"):
        decisions.return_(doc, b, " ")
    decisions.return_(doc, b, "涉及个人信息，请重新初审")
    assert decisions.decide(doc, "不予公开", b).stage == "初审"  # a new round starts
    decisions.decide(doc, "不予公开", a)
    assert decisions.decide(doc, "不予公开", c).attribute == "不予公开"


def test_a_decision_is_undone_by_a_later_one_never_deleted(library):
    doc = library.load(item(disclosure=PENDING)).document_id
    a, b, c = _people(library, "甲", "乙", "丙")
    decisions = library.decisions()
    decisions.decide(doc, "主动公开", a)
    decisions.undo(doc, a, "签错了")
    assert decisions.decide(doc, "主动公开", b).stage == "初审"  # 甲's sign-off no longer counts
    decisions.decide(doc, "主动公开", a)
    decisions.decide(doc, "主动公开", c)
    assert library.document(doc).attribute == "主动公开"
    with pytest.raises(DecisionError, match="不在待审中"):
        decisions.decide(doc, "不予公开", a)
    decisions.undo(doc, a, "发现身份证号")
    shown = library.document(doc)
    assert shown.attribute == "待审"
    assert [t.action for t in shown.trail] == ["decide", "undo", "decide", "decide", "decide", "undo"]
    assert shown.trail[-1].supersedes == shown.trail[-2].id


def test_withdraw_twice_is_refused_and_reinstate_brings_it_back(library):
    doc = library.load(item()).document_id
    (a,) = _people(library, "甲")
    decisions = library.decisions()
    with pytest.raises(DecisionError, match="撤回须填写理由"):
        decisions.withdraw(doc, a, "  ")
    decisions.withdraw(doc, a, "文号有误")
    with pytest.raises(DecisionError, match="已撤回，不能重复撤回"):
        decisions.withdraw(doc, a, "再撤一次")
    assert list(library.documents(published_only=True)) == []
    with pytest.raises(DecisionError, match="恢复须填写理由"):
        decisions.reinstate(doc, a, "")
    decisions.reinstate(doc, a, "文号已更正")
    with pytest.raises(DecisionError, match="未被撤回"):
        decisions.reinstate(doc, a, "again")
    assert [d.id for d in library.documents(published_only=True)] == [doc]
    assert [(t.action, t.comment) for t in library.document(doc).trail] == [
        ("withdraw", "文号有误"), ("reinstate", "文号已更正")]


def test_only_reviewers_decide(library):
    doc = library.load(item(disclosure=PENDING)).document_id
    (auditor,) = _people(library, "审计", role="auditor")
    (admin,) = _people(library, "管理", role="admin")
    for who in (auditor, admin):
        with pytest.raises(DecisionError, match="不是审核员"):
            library.decisions().decide(doc, "主动公开", who)


def test_wrong_passwords_lock_the_account_and_are_audited(library):
    _people(library, "甲")
    accounts = library.accounts()
    for _ in range(LOCK_AFTER - 1):
        with pytest.raises(AccountError, match="账号或密码错误"):
            accounts.authenticate("甲", "wrong password")
    with pytest.raises(AccountError, match="已锁定"):
        accounts.authenticate("甲", "wrong password")
    with pytest.raises(AccountError, match="已锁定"):
        accounts.authenticate("甲", PASSWORD)  # even the right password while locked
    with pytest.raises(AccountError, match="账号或密码错误"):
        accounts.authenticate("nobody", PASSWORD)
    events = [e.event for e in accounts.events()]
    assert events.count("login_failed") == LOCK_AFTER + 1 and "account_locked" in events
    accounts.set_disabled("甲", False)  # an admin's enable also unlocks
    assert accounts.authenticate("甲", PASSWORD).username == "甲"
    accounts.set_disabled("甲", True)
    with pytest.raises(AccountError, match="已停用"):
        accounts.authenticate("甲", PASSWORD)


def test_sessions_end_when_idle_or_closed(library):
    (a,) = _people(library, "甲")
    accounts = library.accounts()
    token, csrf = accounts.open_session(a, "127.0.0.1")
    assert accounts.session_for(token) == (a, csrf)
    assert accounts.session_for(token, idle_minutes=0) is None  # idle past the limit: gone
    token, _ = accounts.open_session(a, "127.0.0.1")
    accounts.close_session(token, "127.0.0.1")
    assert accounts.session_for(token) is None
