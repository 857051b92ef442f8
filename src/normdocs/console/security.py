"""Who is asking, and may they: sessions from the cookie, CSRF tokens, roles, login throttling.

- The session cookie (HttpOnly, SameSite=Strict) holds a random token of a server-side session
  (console_sessions) that ends after NORMDOCS_CONSOLE_IDLE_MINUTES without a request.
- Every form carries the session's CSRF token (the login form a signed pre-session token).
- Roles: an auditor reads, a reviewer reads and decides, an admin reads and manages accounts.
- Login throttling: besides the account lockout (library/accounts.py), one client address may
  fail only THROTTLE_FAILURES times in THROTTLE_SECONDS before it is refused for a while.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import defaultdict, deque

from fastapi import Request

from normdocs.library.accounts import Who

COOKIE = "normdocs_session"
LOGIN_COOKIE = "normdocs_login"
READ = frozenset({"reviewer", "auditor", "admin"})
DECIDE = frozenset({"reviewer"})
ADMIN = frozenset({"admin"})
THROTTLE_FAILURES = 10
THROTTLE_SECONDS = 300


class NotSignedIn(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def current(request: Request) -> tuple[Who, str]:
    """(account, CSRF token) of the request's session; NotSignedIn otherwise."""
    app = request.app.state
    found = app.accounts.session_for(request.cookies.get(COOKIE), app.idle_minutes)
    if found is None:
        raise NotSignedIn()
    return found


def require(request: Request, roles: frozenset[str]) -> tuple[Who, str]:
    who, csrf = current(request)
    if who.role not in roles:
        raise Forbidden("您的账号角色无权执行此操作。")
    return who, csrf


async def require_post(request: Request, roles: frozenset[str]) -> tuple[Who, dict]:
    """A form post by a signed-in account of `roles` carrying its session's CSRF token."""
    who, csrf = current(request)
    form = dict(await request.form())
    if not secrets.compare_digest(str(form.get("csrf", "")), csrf):
        raise Forbidden("表单已失效（CSRF 校验失败），请刷新页面后重试。")
    if who.role not in roles:
        raise Forbidden("您的账号角色无权执行此操作。")
    return who, form


class Throttle:
    """Failed logins per client address in a sliding window (in memory: one server process)."""

    def __init__(self, limit: int = THROTTLE_FAILURES, window: float = THROTTLE_SECONDS):
        self.limit, self.window = limit, window
        self._failures: dict[str, deque] = defaultdict(deque)
        self._lock = threading.Lock()

    def _trim(self, key: str, now: float) -> deque:
        q = self._failures[key]
        while q and q[0] < now - self.window:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        with self._lock:
            return len(self._trim(key, time.monotonic())) >= self.limit

    def fail(self, key: str) -> None:
        with self._lock:
            self._trim(key, time.monotonic()).append(time.monotonic())
