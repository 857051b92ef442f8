"""The console's pages. Every route checks the session and the role (security.py); every form
post checks the CSRF token; decisions go through library/decisions.py as the signed-in account."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from normdocs.console import page
from normdocs.console.security import (
    ADMIN, COOKIE, DECIDE, LOGIN_COOKIE, READ, Forbidden, client, current, require, require_post,
)
from normdocs.schemas.library import DocumentDetail, QuarantinedFile, QueueRow

router = APIRouter()
EVENT_LABELS = {
    "login": "登录", "logout": "退出", "login_failed": "登录失败", "login_refused": "登录被拒（锁定）",
    "account_locked": "账号锁定", "account_added": "新建账号", "account_disabled": "停用账号",
    "account_enabled": "启用账号", "decision": "签署", "release": "发布（主动公开）", "withhold": "决定不主动公开",
    "return": "退回", "undo": "撤销决定", "withdraw": "撤回", "reinstate": "恢复",
}


def _signer(request: Request):
    from itsdangerous import URLSafeTimedSerializer

    state = request.app.state
    if not hasattr(state, "signer"):
        import secrets

        state.signer = URLSafeTimedSerializer(secrets.token_hex(32), salt="normdocs-login")
    return state.signer


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# -- signing in and out ----------------------------------------------------------------------

@router.get("/login")
def login_form(request: Request, error: str | None = None, status: int = 200):
    import secrets

    nonce = secrets.token_urlsafe(16)
    token = _signer(request).dumps(nonce)
    response = page(request, "login.html.j2", status=status, who=None, csrf=token, error=error)
    response.set_cookie(LOGIN_COOKIE, nonce, httponly=True, samesite="strict", max_age=900, path="/login")
    return response


@router.post("/login")
async def login(request: Request):
    from itsdangerous import BadSignature

    from normdocs.library.accounts import AccountError

    form = dict(await request.form())
    try:
        nonce = _signer(request).loads(str(form.get("csrf", "")), max_age=900)
    except BadSignature:
        nonce = None
    if nonce is None or nonce != request.cookies.get(LOGIN_COOKIE):
        raise Forbidden("登录表单已失效（CSRF 校验失败），请刷新页面后重试。")
    state, source = request.app.state, client(request)
    if state.throttle.blocked(source):
        return login_form(request, error="登录失败次数过多，请稍后再试。", status=429)
    try:
        who = state.accounts.authenticate(str(form.get("username", "")), str(form.get("password", "")), source)
    except AccountError as exc:
        state.throttle.fail(source)
        return login_form(request, error=str(exc), status=401)
    token, _ = state.accounts.open_session(who, source)
    response = _see_other("/queue")
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
async def logout(request: Request):
    await require_post(request, READ)
    request.app.state.accounts.close_session(request.cookies.get(COOKIE, ""), client(request))
    response = _see_other("/login")
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/")
def home(request: Request):
    require(request, READ)
    return _see_other("/queue")


# -- the review queue --------------------------------------------------------------------------

SORTS: dict[str, Callable[[QueueRow], Any]] = {
    "id": lambda r: r.document_id, "title": lambda r: r.title or "", "proposed": lambda r: r.proposed or "",
    "findings": lambda r: -len(r.findings), "stage": lambda r: -len(r.signed)}


UNDECIDED_TOPIC = "待定"  # what the queue's 主题分类 select calls a document with no topic


def topic_counts(rows: list[QueueRow]) -> list[tuple[str, int]]:
    """(topic, documents) for the 主题分类 select: the taxonomy's order (rules/topics.yaml), only
    topics some row has, 待定 last."""
    from normdocs.library.filters import allowed_values

    counts = Counter(r.topic or UNDECIDED_TOPIC for r in rows)
    order = [*allowed_values()["topic"], UNDECIDED_TOPIC]
    return [(t, counts[t]) for t in order if t in counts] + sorted(
        (t, n) for t, n in counts.items() if t not in order)  # a topic since dropped from the rules


@router.get("/queue")
def queue(request: Request, q: str = "", kind: str = "", proposed: str = "", conflict: str = "", topic: str = "",
          sort: str = "id"):
    from normdocs.cli.console_views import review_rows

    who, csrf = require(request, READ)
    rows = review_rows(request.app.state.library)
    total = len(rows)
    topics = topic_counts(rows)
    if q:
        rows = [r for r in rows if q in (r.title or "") or q in (r.doc_number or "") or q in (r.issuer or "")]
    if kind:
        rows = [r for r in rows if any(f.kind == kind for f in r.findings)]
    if proposed:
        rows = [r for r in rows if r.proposed == proposed]
    if conflict:
        rows = [r for r in rows if r.conflict]
    if topic:
        rows = [r for r in rows if (r.topic or UNDECIDED_TOPIC) == topic]
    rows.sort(key=SORTS.get(sort, SORTS["id"]))
    secret = len(_secret_entries(request))
    return page(request, "queue.html.j2", who=who, csrf=csrf, rows=rows, total=total, secret=secret, topics=topics,
                filters={"q": q, "kind": kind, "proposed": proposed, "conflict": conflict, "topic": topic,
                         "sort": sort})


def _secret_entries(request: Request) -> list[QuarantinedFile]:
    return [e for e in request.app.state.library.quarantined() if e.secret]


@router.get("/secrecy")
def secrecy(request: Request):
    """Held out for a state-secret mark: for the secrecy office, masked evidence, no text."""
    who, csrf = require(request, READ)
    return page(request, "secrecy.html.j2", who=who, csrf=csrf, entries=_secret_entries(request))


@router.get("/quarantine")
def quarantine(request: Request):
    who, csrf = require(request, READ)
    return page(request, "quarantine.html.j2", who=who, csrf=csrf, entries=request.app.state.library.quarantined())


# -- one document ----------------------------------------------------------------------------

def _document(request: Request, doc_id: int) -> DocumentDetail:
    from starlette.exceptions import HTTPException

    info = request.app.state.library.document(doc_id)
    if info is None:
        raise HTTPException(404)
    return info


def _original(info: DocumentDetail) -> Path | None:
    if not info.versions:
        return None
    path = Path(info.versions[-1].file)
    return path if path.is_file() else None


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: int, error: str | None = None):
    from normdocs.console.evidence import IMAGE_FORMATS, can_draw, context_lines
    from normdocs.library.decisions import ATTRIBUTES

    who, csrf = require(request, READ)
    library = request.app.state.library
    info = _document(request, doc_id)
    state = library.decisions().state(doc_id)
    body = library.current_bodies([doc_id], redacted=True).get(doc_id)
    original = _original(info)
    places = []
    for i, f in enumerate(info.findings):
        drawable = (info.format in IMAGE_FORMATS and original is not None and f.bbox is not None
                    and can_draw(info.findings, f.page))
        places.append({"image": f"/documents/{doc_id}/findings/{i}.png" if drawable else None,
                       "lines": [] if drawable else context_lines(body, f)})
    return page(request, "document.html.j2", who=who, csrf=csrf, doc=info, state=state, places=places,
                attributes=ATTRIBUTES, error=error, can_decide=who.role in DECIDE,
                original_missing=original is None)


@router.get("/documents/{doc_id}/findings/{index}.png")
def finding_image(request: Request, doc_id: int, index: int):
    from starlette.exceptions import HTTPException

    from normdocs.console.evidence import can_draw, render_finding

    require(request, READ)
    info = _document(request, doc_id)
    if not 0 <= index < len(info.findings):
        raise HTTPException(404)
    finding = info.findings[index]
    original = _original(info)
    if original is None or finding.bbox is None or finding.page is None or not can_draw(info.findings, finding.page):
        raise HTTPException(404)
    try:
        png = render_finding(original, info.format or "", finding.page, info.findings, finding.bbox)
    except Exception as exc:  # noqa: BLE001 - an unreadable original is a missing image, not a crash
        raise HTTPException(404) from exc
    return Response(png, media_type="image/png", headers={"Cache-Control": "no-store"})


async def _decision(request: Request, doc_id: int, act):
    from normdocs.library.decisions import DecisionError

    who, form = await require_post(request, DECIDE)
    _document(request, doc_id)
    try:
        act(request.app.state.library.decisions(), who, form)
    except DecisionError as exc:
        return _see_other(f"/documents/{doc_id}?error={quote(str(exc))}")
    return _see_other(f"/documents/{doc_id}")


@router.post("/documents/{doc_id}/decide")
async def decide(request: Request, doc_id: int):
    return await _decision(request, doc_id, lambda d, who, form: d.decide(
        doc_id, str(form.get("attribute", "")), who, str(form.get("comment", "")).strip() or None,
        client(request)))


async def _commented(request: Request, doc_id: int, action: str):
    """A trail action that takes only the form's comment: return, undo, withdraw, reinstate."""
    return await _decision(request, doc_id, lambda d, who, form: getattr(d, action)(
        doc_id, who, str(form.get("comment", "")), client(request)))


@router.post("/documents/{doc_id}/return")
async def return_(request: Request, doc_id: int):
    return await _commented(request, doc_id, "return_")


@router.post("/documents/{doc_id}/undo")
async def undo(request: Request, doc_id: int):
    return await _commented(request, doc_id, "undo")


@router.post("/documents/{doc_id}/withdraw")
async def withdraw(request: Request, doc_id: int):
    return await _commented(request, doc_id, "withdraw")


@router.post("/documents/{doc_id}/reinstate")
async def reinstate(request: Request, doc_id: int):
    return await _commented(request, doc_id, "reinstate")


# -- runs ------------------------------------------------------------------------------------

@router.get("/runs")
def runs(request: Request):
    who, csrf = require(request, READ)
    rows = list(reversed(request.app.state.library.runs()))
    return page(request, "runs.html.j2", who=who, csrf=csrf, runs=rows)


@router.get("/runs/{run_id}")
def run(request: Request, run_id: str):
    from normdocs.console import runs as run_views

    who, csrf = require(request, READ)
    found = run_views.find_run(request.app.state.library, run_id)
    detail = run_views.run_detail(request.app.state.library, found)
    return page(request, "run.html.j2", who=who, csrf=csrf, run=found, detail=detail)


@router.get("/runs/{run_id}/report")
def run_report(request: Request, run_id: str):
    from normdocs.console import runs as run_views

    require(request, READ)
    found = run_views.find_run(request.app.state.library, run_id)
    return run_views.report_page(found)


@router.get("/runs/{run_id}/datadocs/{path:path}")
def run_data_docs(request: Request, run_id: str, path: str):
    from normdocs.console import runs as run_views

    require(request, READ)
    library = request.app.state.library
    found = run_views.find_run(library, run_id)
    return run_views.data_docs_page(library, found, path)


# -- audit -----------------------------------------------------------------------------------

def _events(request: Request, event: str, account: str, document: str):
    doc_id = int(document) if document.strip().isdigit() else None
    return request.app.state.accounts.events(event=event or None, account=account.strip() or None,
                                             document_id=doc_id, limit=2000)


@router.get("/audit")
def audit(request: Request, event: str = "", account: str = "", document: str = ""):
    who, csrf = require(request, READ)
    events = _events(request, event, account, document)
    return page(request, "audit.html.j2", who=who, csrf=csrf, events=events, labels=EVENT_LABELS,
                filters={"event": event, "account": account, "document": document})


@router.get("/audit.csv")
def audit_csv(request: Request, event: str = "", account: str = "", document: str = ""):
    from normdocs.console import _local_time

    require(request, READ)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["编号", "时间（北京时间）", "事件", "账号", "文档编号", "说明", "来源"])
    for e in _events(request, event, account, document):
        writer.writerow([_neutral(v) for v in (e.id, _local_time(e.at), EVENT_LABELS.get(e.event, e.event),
                                               e.account or "", e.document_id or "", e.detail or "", e.source or "")])
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": "attachment; filename=normdocs-audit.csv"})


def _neutral(value) -> str:
    """A spreadsheet never evaluates a cell: leading = + - @ (and tab, CR) get a quote."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# -- accounts (admin) ------------------------------------------------------------------------

@router.get("/accounts")
def accounts(request: Request, error: str | None = None):
    from normdocs.library.accounts import ROLE_LABELS, ROLES

    who, csrf = require(request, ADMIN)
    return page(request, "accounts.html.j2", who=who, csrf=csrf, accounts=request.app.state.accounts.list(),
                roles=ROLES, role_labels=ROLE_LABELS, error=error)


@router.post("/accounts")
async def add_account(request: Request):
    from normdocs.library.accounts import AccountError

    who, form = await require_post(request, ADMIN)
    try:
        request.app.state.accounts.add(str(form.get("username", "")), str(form.get("role", "")),
                                       str(form.get("password", "")), by=who.username, source=client(request))
    except AccountError as exc:
        return _see_other(f"/accounts?error={quote(str(exc))}")
    return _see_other("/accounts")


@router.post("/accounts/{name}/{action}")
async def set_account(request: Request, name: str, action: str):
    from starlette.exceptions import HTTPException

    from normdocs.library.accounts import AccountError

    who, _ = await require_post(request, ADMIN)
    if action not in ("disable", "enable"):
        raise HTTPException(404)
    if action == "disable" and name == who.username:
        return _see_other(f"/accounts?error={quote('不能停用自己的账号。')}")
    try:
        request.app.state.accounts.set_disabled(name, action == "disable", by=who.username, source=client(request))
    except AccountError as exc:
        return _see_other(f"/accounts?error={quote(str(exc))}")
    return _see_other("/accounts")


@router.get("/me")
def me(request: Request):
    who, csrf = current(request)
    return page(request, "me.html.j2", who=who, csrf=csrf)
