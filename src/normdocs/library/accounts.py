"""Accounts, console sessions and the audit log (SQLAlchemy, like the rest of library/).

Passwords are Argon2 hashes (argon2-cffi). Consecutive wrong passwords lock an account for a
while; sessions live server-side (the cookie holds a random token) and end after an idle time.
The audit log is append-only: nothing here updates or deletes its rows.
"""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from dataclasses import dataclass
from typing import overload

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select

from normdocs.library.models import Account, AuditEvent, ConsoleSession, utcnow

ROLES = ("reviewer", "auditor", "admin")
ROLE_LABELS = {"reviewer": "审核员", "auditor": "审计员", "admin": "管理员"}
MIN_PASSWORD = 8
LOCK_AFTER = 5  # consecutive wrong passwords
LOCK_MINUTES = 15
IDLE_MINUTES = 30

_hasher = PasswordHasher()
# verified against when the name is unknown, so that a wrong name costs as long as a wrong password
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    """A refusal with a Chinese message for the person at the keyboard."""


@dataclass(frozen=True)
class Who:
    """The authenticated account a decision or change is made by (a plain copy of the row)."""

    id: int
    username: str
    role: str


def clean_username(name: str) -> str:
    """Names are compared after NFKC and with no surrounding blanks; blanks inside are refused."""
    name = unicodedata.normalize("NFKC", name or "").strip()
    if not name:
        raise AccountError("账号名不能为空。")
    if len(name) > 64:
        raise AccountError("账号名过长（最多 64 个字符）。")
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in name):
        raise AccountError("账号名不能包含空白或控制字符。")
    return name


@overload
def _aware(value: dt.datetime) -> dt.datetime: ...


@overload
def _aware(value: None) -> None: ...


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite hands back naive UTC
        return value.replace(tzinfo=dt.timezone.utc)
    return value


class Accounts:
    def __init__(self, library):
        self.library = library

    # -- audit -------------------------------------------------------------------------------

    def audit(self, event: str, account: str | None = None, document_id: int | None = None,
              detail: str | None = None, source: str | None = None, session=None) -> None:
        row = AuditEvent(event=event, account=account, document_id=document_id, detail=detail, source=source,
                         at=utcnow())
        if session is not None:
            session.add(row)
            return
        with self.library.session() as s, s.begin():
            s.add(row)

    def events(self, *, event: str | None = None, account: str | None = None, document_id: int | None = None,
               since: dt.datetime | None = None, limit: int = 1000) -> list[AuditEvent]:
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
        if event:
            query = query.where(AuditEvent.event == event)
        if account:
            query = query.where(AuditEvent.account == account)
        if document_id is not None:
            query = query.where(AuditEvent.document_id == document_id)
        if since is not None:
            query = query.where(AuditEvent.at >= since)
        with self.library.session() as s:
            return list(s.scalars(query))

    # -- accounts ----------------------------------------------------------------------------

    def add(self, username: str, role: str, password: str, by: str = "cli", source: str = "cli") -> Who:
        username = clean_username(username)
        if role not in ROLES:
            raise AccountError(f"角色须为 {'、'.join(ROLES)} 之一。")
        if len(password or "") < MIN_PASSWORD:
            raise AccountError(f"密码至少 {MIN_PASSWORD} 个字符。")
        with self.library.session() as s, s.begin():
            if s.scalar(select(Account).where(Account.username == username)) is not None:
                raise AccountError(f"账号 {username} 已存在。")
            account = Account(username=username, role=role, password_hash=_hasher.hash(password), created_at=utcnow())
            s.add(account)
            s.flush()
            self.audit("account_added", by, detail=f"{username}（{ROLE_LABELS[role]}）", source=source, session=s)
            return Who(account.id, account.username, account.role)

    def list(self) -> list[Account]:
        with self.library.session() as s:
            return list(s.scalars(select(Account).order_by(Account.id)))

    def get(self, username: str) -> Account | None:
        with self.library.session() as s:
            return s.scalar(select(Account).where(Account.username == clean_username(username)))

    def set_disabled(self, username: str, disabled: bool, by: str = "cli", source: str = "cli") -> None:
        username = clean_username(username)
        with self.library.session() as s, s.begin():
            account = s.scalar(select(Account).where(Account.username == username))
            if account is None:
                raise AccountError(f"没有账号 {username}。")
            account.disabled = disabled
            if not disabled:
                account.failed_logins, account.locked_until = 0, None
            else:  # signed-in browsers of a disabled account are signed out
                s.execute(delete(ConsoleSession).where(ConsoleSession.account_id == account.id))
            self.audit("account_disabled" if disabled else "account_enabled", by, detail=username, source=source,
                       session=s)

    def authenticate(self, username: str, password: str, source: str = "cli") -> Who:
        """The account when the password is right; AccountError (and an audit entry) when not.

        Every wrong password counts; LOCK_AFTER in a row lock the account for LOCK_MINUTES,
        during which even the right password is refused."""
        try:
            name = clean_username(username)
        except AccountError:
            name = (username or "")[:64]
        now = utcnow()
        refusal = None  # raised after the commit, so that the count and the audit entry stay
        with self.library.session() as s, s.begin():
            account = s.scalar(select(Account).where(Account.username == name))
            if account is None:
                try:
                    _hasher.verify(_DUMMY_HASH, password or "")
                except VerificationError:
                    pass
                self.audit("login_failed", name, detail="账号不存在", source=source, session=s)
                refusal = "账号或密码错误。"
            elif account.disabled:
                self.audit("login_failed", name, detail="账号已停用", source=source, session=s)
                refusal = "账号已停用，请联系管理员。"
            elif (locked := _aware(account.locked_until)) is not None and locked > now:
                self.audit("login_refused", name, detail="账号锁定中", source=source, session=s)
                minutes = max(1, round((locked - now).total_seconds() / 60))
                refusal = f"密码错误次数过多，账号已锁定，请约 {minutes} 分钟后再试。"
            else:
                try:
                    _hasher.verify(account.password_hash, password or "")
                except (VerifyMismatchError, VerificationError, InvalidHashError):
                    account.failed_logins = (account.failed_logins or 0) + 1
                    self.audit("login_failed", name, detail="密码错误", source=source, session=s)
                    refusal = "账号或密码错误。"
                    if account.failed_logins >= LOCK_AFTER:
                        account.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                        account.failed_logins = 0
                        self.audit("account_locked", name, detail=f"连续 {LOCK_AFTER} 次密码错误", source=source,
                                   session=s)
                        refusal = f"密码错误次数过多，账号已锁定 {LOCK_MINUTES} 分钟。"
                else:
                    account.failed_logins, account.locked_until = 0, None
                    if _hasher.check_needs_rehash(account.password_hash):
                        account.password_hash = _hasher.hash(password)
                    who = Who(account.id, account.username, account.role)
        if refusal is not None:
            raise AccountError(refusal)
        return who

    # -- sessions ----------------------------------------------------------------------------

    def open_session(self, who: Who, source: str) -> tuple[str, str]:
        """(session token, CSRF token) of a new signed-in browser; the login is audited."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        with self.library.session() as s, s.begin():
            now = utcnow()
            s.add(ConsoleSession(id=token, account_id=who.id, csrf=csrf, created_at=now, last_seen=now))
            self.audit("login", who.username, source=source, session=s)
        return token, csrf

    def session_for(self, token: str | None, idle_minutes: int = IDLE_MINUTES) -> tuple[Who, str] | None:
        """(account, CSRF token) of a live session, touching it; None when unknown, idle or disabled."""
        if not token:
            return None
        now = utcnow()
        with self.library.session() as s, s.begin():
            row = s.get(ConsoleSession, token)
            if row is None:
                return None
            account = s.get(Account, row.account_id)
            if account is None or account.disabled or _aware(row.last_seen) < now - dt.timedelta(minutes=idle_minutes):
                s.delete(row)
                return None
            row.last_seen = now
            return Who(account.id, account.username, account.role), row.csrf

    def close_session(self, token: str, source: str) -> None:
        with self.library.session() as s, s.begin():
            row = s.get(ConsoleSession, token)
            if row is None:
                return
            account = s.get(Account, row.account_id)
            s.delete(row)
            self.audit("logout", account.username if account else None, source=source, session=s)
