"""The review and audit console (`normdocs serve`): FastAPI, server-rendered Jinja2 pages in Chinese,
no CDN (Great Expectations' Data Docs assets are vendored under static/gx/), bound to 127.0.0.1."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.exceptions import HTTPException as StarletteHTTPException

from normdocs.console.security import Forbidden, NotSignedIn, Throttle

CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")


def _environment() -> Environment:
    from normdocs.reports.run_report import FINDING_KIND_LABELS, SEVERITY_LABELS

    env = Environment(loader=PackageLoader("normdocs.console", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(kind_labels=FINDING_KIND_LABELS, severity_labels=SEVERITY_LABELS)
    env.filters["local"] = _local_time
    return env


def _local_time(value) -> str:
    from normdocs.schemas.settings import OFFICE_TZ

    if value is None:
        return ""
    if isinstance(value, str):
        return value[:19].replace("T", " ")
    if value.tzinfo is None:
        import datetime as dt

        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M:%S")


def create_app(library=None) -> FastAPI:
    from normdocs.console import routes
    from normdocs.library.store import Library

    if library is None:
        library = Library()
        library.upgrade()
    app = FastAPI(title="normdocs 审核控制台", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.library = library
    app.state.accounts = library.accounts()
    app.state.idle_minutes = library.settings.console_idle_minutes
    app.state.throttle = Throttle()
    app.state.templates = _environment()
    app.mount("/static", StaticFiles(directory=str(resources.files("normdocs.console") / "static")), name="static")
    app.include_router(routes.router)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)  # Data Docs pages set their own
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, exc: NotSignedIn):
        if request.method == "GET":
            return RedirectResponse("/login", status_code=303)
        return page(request, "error.html.j2", status=401, message="请先登录。", who=None)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden):
        return page(request, "error.html.j2", status=403, message=exc.message, who=None)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        messages = {404: "页面或文件不存在。", 405: "不支持的请求方式。"}
        return page(request, "error.html.j2", status=exc.status_code,
                    message=messages.get(exc.status_code, str(exc.detail)), who=None)

    return app


def page(request: Request, template: str, status: int = 200, **context) -> Response:
    html = request.app.state.templates.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)
