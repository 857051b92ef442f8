"""Commands of the review console and of decisions by account: `serve`, `user add/list/disable/enable`,
`review decide/return/undo`, `withdraw`, `reinstate`. Registered on the main app by cli/main.py.

Every decision is made by an authenticated account (`--account`), whose password comes from
NORMDOCS_PASSWORD_FILE or a prompt; a typed name is never recorded as the reviewer.
"""

from __future__ import annotations

import typer
from rich.console import Console

user_app = typer.Typer(help="Accounts of the review console (reviewer, auditor, admin).", no_args_is_help=True)


def _library():
    from normdocs.library.store import Library

    library = Library()
    library.upgrade()
    return library


def _fail(message: str, code: int = 1) -> None:
    Console(stderr=True).print(f"[red]{message}[/red]", highlight=False)
    raise typer.Exit(code)


def _password(prompt: str = "密码", confirm: bool = False) -> str:
    from normdocs.schemas.settings import Settings

    path = Settings().password_file
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            _fail(f"无法读取 NORMDOCS_PASSWORD_FILE（{path}）：{exc.strerror}")
    return typer.prompt(prompt, hide_input=True, confirmation_prompt=confirm)


def _signed_in(library, account: str):
    from normdocs.library.accounts import AccountError

    try:
        return library.accounts().authenticate(account, _password(), source="cli")
    except AccountError as exc:
        _fail(str(exc))


@user_app.command("add")
def user_add(
    name: str = typer.Argument(..., help="Account name (no blanks)."),
    role: str = typer.Option(..., "--role", help="reviewer (decides), auditor (reads) or admin (manages accounts)."),
) -> None:
    """Create an account; the password is prompted (or read from NORMDOCS_PASSWORD_FILE)."""
    from normdocs.library.accounts import ROLE_LABELS, AccountError

    library = _library()
    try:
        who = library.accounts().add(name, role, _password("新密码", confirm=True))
    except AccountError as exc:
        _fail(str(exc))
    Console().print(f"已创建账号 {who.username}（{ROLE_LABELS[who.role]}）。", highlight=False)


@user_app.command("list")
def user_list() -> None:
    """Accounts with their role and state."""
    from rich.table import Table

    from normdocs.library.accounts import ROLE_LABELS

    table = Table("账号", "角色", "状态", "创建时间", title="账号")
    for a in _library().accounts().list():
        table.add_row(a.username, ROLE_LABELS.get(a.role, a.role), "已停用" if a.disabled else "启用",
                      a.created_at.strftime("%Y-%m-%d %H:%M"))
    Console().print(table)


@user_app.command("disable")
def user_disable(name: str = typer.Argument(...)) -> None:
    """Disable an account (its console sessions end at once)."""
    _set_disabled(name, True)


@user_app.command("enable")
def user_enable(name: str = typer.Argument(...)) -> None:
    """Enable an account again (also lifts a lockout)."""
    _set_disabled(name, False)


def _set_disabled(name: str, disabled: bool) -> None:
    from normdocs.library.accounts import AccountError

    try:
        _library().accounts().set_disabled(name, disabled)
    except AccountError as exc:
        _fail(str(exc))
    Console().print(f"账号 {name.strip()} 已{'停用' if disabled else '启用'}。", highlight=False)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; 127.0.0.1 unless told otherwise."),
    port: int = typer.Option(8765, "--port"),
) -> None:
    """The review and audit console (web, Chinese): runs, review queue, documents, decisions, audit."""
    import uvicorn

    from normdocs.console import create_app

    library = _library()
    if not library.accounts().list():
        Console(stderr=True).print("[yellow]还没有账号：先用 normdocs user add 名称 --role admin 创建。[/yellow]")
    Console().print(f"审核控制台：http://{host}:{port}/", highlight=False)
    uvicorn.run(create_app(library), host=host, port=port, log_level="warning", proxy_headers=False)


def _decide_as(account: str, act):
    """Sign `account` in and run `act(decisions, who)`: the account and the outcome, or a clear
    message and exit status 1 for a refusal or an unknown document."""
    from normdocs.library.decisions import DecisionError

    library = _library()
    who = _signed_in(library, account)
    try:
        return who, act(library.decisions(), who)
    except KeyError as exc:
        _fail(f"文库中没有文档编号为 {exc.args[0]} 的文件（文档编号见 review list / search；隔离编号不是文档编号）。")
    except DecisionError as exc:
        _fail(str(exc))


ACCOUNT = typer.Option(..., "--account", help="Your console account; the password is prompted or read from NORMDOCS_PASSWORD_FILE.")


def review_decide(
    doc: int = typer.Argument(..., help="文档编号 (the library document id of `review list`)."),
    attribute: str = typer.Option(..., "--attribute", help="主动公开, 依申请公开 or 不予公开."),
    account: str = ACCOUNT,
    comment: str = typer.Option(None, "--comment", help="Why."),
) -> None:
    """Sign off on a 待审 document as the next stage (初审/复审/终审); the attribute applies after the last."""
    from normdocs.library.decisions import ATTRIBUTES

    if attribute not in ATTRIBUTES:
        raise typer.BadParameter(f"公开属性须为 {'、'.join(ATTRIBUTES)} 之一", param_hint="--attribute")
    who, out = _decide_as(account, lambda d, who: d.decide(doc, attribute, who, comment))
    if out.released:
        Console().print(f"{who.username} 已{out.stage}：{attribute}。文件 {doc} 公开属性现为 {out.attribute}。", highlight=False)
    else:
        Console().print(f"{who.username} 已{out.stage}：{attribute}。文件 {doc} 仍待审，还需 {out.remaining} 位"
                        "其他审核人签署。", highlight=False)


def review_return(
    doc: int = typer.Argument(..., help="文档编号."),
    comment: str = typer.Option(..., "--comment", help="Why it goes back (required)."),
    account: str = ACCOUNT,
) -> None:
    """Return a 待审 document (退回): the open round of sign-offs no longer counts."""
    _decide_as(account, lambda d, who: d.return_(doc, who, comment))
    Console().print(f"文件 {doc} 已退回，本轮签署作废，需重新初审。", highlight=False)


def review_undo(
    doc: int = typer.Argument(..., help="文档编号."),
    comment: str = typer.Option(..., "--comment", help="Why (required)."),
    account: str = ACCOUNT,
) -> None:
    """Undo your own sign-off in the open round, or the decision in force (the document is 待审 again)."""
    _, out = _decide_as(account, lambda d, who: d.undo(doc, who, comment))
    Console().print(f"已撤销。文件 {doc} 当前公开属性：{out.attribute}。", highlight=False)


def withdraw(
    doc: int = typer.Argument(..., help="文档编号."),
    reason: str = typer.Option(..., "--reason", help="Why it is withdrawn."),
    account: str = ACCOUNT,
) -> None:
    """Take a loaded document out of the published view, with a trail entry (once)."""
    _decide_as(account, lambda d, who: d.withdraw(doc, who, reason))
    Console().print(f"文件 {doc} 已撤回，不再出现在公开视图中。", highlight=False)


def reinstate(
    doc: int = typer.Argument(..., help="文档编号."),
    reason: str = typer.Option(..., "--reason", help="Why it comes back."),
    account: str = ACCOUNT,
) -> None:
    """Bring a withdrawn document back into the published view (when its attribute is 主动公开)."""
    _decide_as(account, lambda d, who: d.reinstate(doc, who, reason))
    Console().print(f"文件 {doc} 已恢复。", highlight=False)


def register(app: typer.Typer, review_app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
    app.command("serve")(serve)
    app.command("withdraw")(withdraw)
    app.command("reinstate")(reinstate)
    review_app.command("decide")(review_decide)
    review_app.command("return")(review_return)
    review_app.command("undo")(review_undo)
