"""Human decisions on a document's disclosure: sign-offs in order by distinct accounts, returns,
undos, withdrawals and reinstatements, all appended to the trail (review_decisions) and the
audit log; nothing is changed or deleted in either.

The state of a review is read from the trail of the current version:
- a sign-off (`decide`) is the next stage (初审, 复审, 终审 when three are configured); the
  same account never signs twice in one round, and later stages agree with the 初审's attribute
  or return the document;
- the last sign-off a round needs puts the attribute in force (a 待审 document is released or
  withheld) and closes the round;
- `return` (退回, with a comment) voids the open round; `undo` (撤销, with a comment) supersedes
  either the account's own sign-off in the open round or the decision in force, which makes
  the document 待审 again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from normdocs.library.accounts import Accounts, Who
from normdocs.library.models import Account, Determination, Document, ReviewDecision, Version, utcnow
from normdocs.library.store import current_version

PENDING = "待审"
ATTRIBUTES = ("主动公开", "依申请公开", "不予公开")


class DecisionError(ValueError):
    """A refused decision, with a Chinese message naming why."""


def stage_names(needed: int) -> list[str]:
    if needed == 1:
        return ["审核"]
    if needed == 2:
        return ["初审", "终审"]
    if needed == 3:
        return ["初审", "复审", "终审"]
    return [f"第{i}审" for i in range(1, needed)] + ["终审"]


@dataclass
class ReviewState:
    needed: int
    stages: list[str]
    open_round: list[ReviewDecision] = field(default_factory=list)  # sign-offs so far, in order
    in_force: list[ReviewDecision] | None = None  # the round whose decision is in force

    @property
    def next_stage(self) -> str:
        return self.stages[min(len(self.open_round), self.needed - 1)]

    @property
    def signed_by(self) -> set[int]:
        return {d.account_id for d in self.open_round if d.account_id is not None}

    @property
    def round_attribute(self) -> str | None:
        return self.open_round[0].attribute if self.open_round else None


def _for_version(row: ReviewDecision, version: Version) -> bool:
    if row.version is not None:
        return row.version == version.version
    return row.decided_at is not None and version.loaded_at is not None and row.decided_at >= version.loaded_at


def review_state(s: Session, doc: Document, needed: int) -> ReviewState:
    state = ReviewState(needed=needed, stages=stage_names(needed))
    version = current_version(s, doc)
    rows = s.scalars(select(ReviewDecision).where(ReviewDecision.document_id == doc.id)
                     .order_by(ReviewDecision.id)).all()
    legacy_names: set[str] = set()
    for row in rows:
        if version is None or not _for_version(row, version):
            continue
        if row.action == "decide":
            if row.account_id is None:  # legacy free-text rows: one per distinct name, never complete a round
                if row.reviewer.strip() in legacy_names:
                    continue
                legacy_names.add(row.reviewer.strip())
            state.open_round.append(row)
            if len(state.open_round) >= needed and all(d.account_id is not None for d in state.open_round):
                state.in_force, state.open_round, legacy_names = state.open_round, [], set()
        elif row.action == "return":
            state.open_round, legacy_names = [], set()
        elif row.action == "undo":
            before = len(state.open_round)
            state.open_round = [d for d in state.open_round if d.id != row.supersedes]
            if len(state.open_round) == before and state.in_force and row.supersedes in {d.id for d in state.in_force}:
                state.in_force, state.open_round = None, []
    return state


def _check_reviewer(s: Session, who: Who) -> None:
    account = s.get(Account, who.id)
    if account is None or account.disabled:
        raise DecisionError("账号不存在或已停用。")
    if account.role != "reviewer":
        raise DecisionError(f"账号 {account.username} 不是审核员，不能作出审核决定。")


def _document(s: Session, document_id: int) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise KeyError(document_id)
    return doc


@dataclass(frozen=True)
class Outcome:
    document_id: int
    attribute: str | None  # in force after the decision
    stage: str | None
    remaining: int  # sign-offs still needed in the open round
    released: bool  # this decision put the attribute in force


class Decisions:
    def __init__(self, library):
        self.library = library
        self.accounts = Accounts(library)

    @property
    def needed(self) -> int:
        return self.library.settings.review_signoffs

    def state(self, document_id: int) -> ReviewState:
        with self.library.session() as s:
            return review_state(s, _document(s, document_id), self.needed)

    def decide(self, document_id: int, attribute: str, who: Who, comment: str | None = None,
               source: str = "cli") -> Outcome:
        if attribute not in ATTRIBUTES:
            raise DecisionError(f"公开属性须为 {'、'.join(ATTRIBUTES)} 之一。")
        with self.library.session() as s, s.begin():
            _check_reviewer(s, who)
            doc = _document(s, document_id)
            if doc.attribute != PENDING:
                raise DecisionError(
                    f"文件 {doc.id} 不在待审中（当前公开属性：{doc.attribute or '无'}），不能签署；"
                    "如需改变已生效的决定，请先撤销该决定。")
            state = review_state(s, doc, self.needed)
            if who.id in state.signed_by:
                raise DecisionError(f"账号 {who.username} 已在本轮签署过，同一账号不能重复签署（还需其他审核人签署）。")
            if state.round_attribute and attribute != state.round_attribute:
                raise DecisionError(
                    f"{state.next_stage}意见（{attribute}）与初审意见（{state.round_attribute}）不一致："
                    "请退回并填写意见。")
            stage = state.next_stage
            version = current_version(s, doc)
            determination = s.scalar(select(Determination).where(Determination.version_id == version.id))
            row = ReviewDecision(document_id=doc.id, action="decide", attribute=attribute, reviewer=who.username,
                                 account_id=who.id, stage=stage, comment=comment, version=version.version,
                                 proposal_rules_version=determination.rules_version if determination else None,
                                 decided_at=utcnow())
            s.add(row)
            s.flush()
            self.accounts.audit("decision", who.username, doc.id, f"{stage}：{attribute}" + (f"；{comment}" if comment else ""),
                                source, session=s)
            remaining = self.needed - len(state.open_round) - 1
            released = remaining <= 0
            if released:
                doc.attribute = attribute
                self.accounts.audit("release" if attribute == "主动公开" else "withhold", who.username, doc.id,
                                    f"经{'、'.join(state.stages)}，公开属性定为{attribute}", source, session=s)
            return Outcome(doc.id, doc.attribute, stage, max(0, remaining), released)

    def return_(self, document_id: int, who: Who, comment: str, source: str = "cli") -> Outcome:
        comment = (comment or "").strip()
        if not comment:
            raise DecisionError("退回须填写意见。")
        with self.library.session() as s, s.begin():
            _check_reviewer(s, who)
            doc = _document(s, document_id)
            if doc.attribute != PENDING:
                raise DecisionError(f"文件 {doc.id} 不在待审中，无需退回。")
            version = current_version(s, doc)
            s.add(ReviewDecision(document_id=doc.id, action="return", reviewer=who.username, account_id=who.id,
                                 comment=comment, version=version.version, decided_at=utcnow()))
            self.accounts.audit("return", who.username, doc.id, comment, source, session=s)
            return Outcome(doc.id, doc.attribute, None, self.needed, False)

    def undo(self, document_id: int, who: Who, comment: str, source: str = "cli") -> Outcome:
        """Undo the account's own sign-off in the open round, else the decision in force."""
        comment = (comment or "").strip()
        if not comment:
            raise DecisionError("撤销决定须填写理由。")
        with self.library.session() as s, s.begin():
            _check_reviewer(s, who)
            doc = _document(s, document_id)
            state = review_state(s, doc, self.needed)
            version = current_version(s, doc)
            own = [d for d in state.open_round if d.account_id == who.id]
            if own:
                target, what = own[-1], f"撤销本人的{own[-1].stage}签署"
            elif state.in_force and doc.attribute != PENDING:
                target, what = state.in_force[-1], f"撤销已生效的决定（{doc.attribute}），文件回到待审"
                doc.attribute = PENDING
            elif doc.attribute != PENDING:
                # the pipeline's own determination (定期评估 reopens a withheld document): no row to supersede
                target, what = None, f"重新审核自动认定的公开属性（{doc.attribute}），文件回到待审"
                doc.attribute, reopened = PENDING, doc.attribute
            else:
                raise DecisionError(f"文件 {doc.id} 没有可由账号 {who.username} 撤销的决定。")
            s.add(ReviewDecision(document_id=doc.id, action="undo",
                                 attribute=target.attribute if target else reopened, reviewer=who.username,
                                 account_id=who.id, comment=comment, supersedes=target.id if target else None,
                                 version=version.version, decided_at=utcnow()))
            self.accounts.audit("undo", who.username, doc.id, f"{what}；{comment}", source, session=s)
            return Outcome(doc.id, doc.attribute, None, self.needed, False)

    def withdraw(self, document_id: int, who: Who, reason: str, source: str = "cli") -> Outcome:
        return self._set_withdrawn(document_id, who, reason, source, withdrawn=True)

    def reinstate(self, document_id: int, who: Who, reason: str, source: str = "cli") -> Outcome:
        return self._set_withdrawn(document_id, who, reason, source, withdrawn=False)

    def _set_withdrawn(self, document_id: int, who: Who, reason: str, source: str, *, withdrawn: bool) -> Outcome:
        """Withdraw (撤回) or reinstate (恢复) a document, with its trail entry and audit line."""
        action = "withdraw" if withdrawn else "reinstate"
        reason = (reason or "").strip()
        if not reason:
            raise DecisionError("撤回须填写理由。" if withdrawn else "恢复须填写理由。")
        with self.library.session() as s, s.begin():
            _check_reviewer(s, who)
            doc = _document(s, document_id)
            if bool(doc.withdrawn) == withdrawn:
                raise DecisionError(f"文件 {doc.id} 已撤回，不能重复撤回；如需恢复请使用恢复（reinstate）。" if withdrawn
                                    else f"文件 {doc.id} 未被撤回，无需恢复。")
            doc.withdrawn = withdrawn
            version = current_version(s, doc)
            s.add(ReviewDecision(document_id=doc.id, action=action, attribute=doc.attribute, reviewer=who.username,
                                 account_id=who.id, comment=reason, version=version.version if version else None,
                                 decided_at=utcnow()))
            self.accounts.audit(action, who.username, doc.id, reason, source, session=s)
            return Outcome(doc.id, doc.attribute, None, 0, False)
