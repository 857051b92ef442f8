"""The `normdocs` command line: a thin layer over the stages, callable in-process for tests."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

app = typer.Typer(
    help="normdocs: 公文归档 → 规范性文件库。Extract, determine and validate official documents.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_UNREAD = 3  # some file could not be read; 2 stays typer's usage error
PROGRESS_MIN_FILES = 5  # a clerk's quick look at one file needs no bar


def iter_inputs(paths: list[Path]) -> Iterator[str]:
    """Files as given, folders walked recursively in sorted order; hidden files skipped."""
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name)
        else:
            yield str(path)


def mask_layout(record) -> None:
    """Only metadata.body may carry a full personal number: the layout's lines are masked."""
    from normdocs.review import redact

    for line in record.layout.lines():
        line.text, line.orig = redact(line.text), redact(line.orig)


@app.callback()
def main() -> None:
    """normdocs command line."""


@app.command()
def inspect(
    paths: List[Path] = typer.Argument(..., help="Files, or folders walked recursively in sorted order."),
    body: bool = typer.Option(False, "--body", help="Include metadata.body, the cleaned full text, and metadata.body_redacted beside it."),
    layout: bool = typer.Option(False, "--layout", help="Include the page/line/zone document model."),
) -> None:
    """Print one JSON object per file (JSON Lines) with its GB/T 9704 metadata, the
    confidentiality findings and the proposed disclosure attribute (公开属性).

    Exit status 0 when every file was read, 3 when any was not.
    """
    from normdocs.extractors import extract_file
    from normdocs.review import review

    files = list(iter_inputs(paths))
    failed = 0
    stderr = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=stderr, transient=True,
        disable=len(files) < PROGRESS_MIN_FILES or not stderr.is_terminal,
    ) as progress:
        task = progress.add_task("提取元数据", total=len(files))
        for file in files:
            # the layout locates findings on page and line; it is printed only with --layout
            record = review(extract_file(file, keep_layout=True))
            if not layout:
                record.layout = None
            else:
                mask_layout(record)
            failed += record.status != "ok"
            sys.stdout.write(record.to_json(body=body, layout=layout) + "\n")
            sys.stdout.flush()
            progress.advance(task)
    if failed:
        stderr.print(f"[yellow]{failed} 个文件未能读取（见各记录的 error 字段）。[/yellow]")
        raise typer.Exit(EXIT_UNREAD)


def _prefect_defaults() -> None:
    """Quiet, offline-friendly defaults for Prefect's local ephemeral server and for GX."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@contextmanager
def _stopped_cleanly():
    """SIGTERM (and SIGINT) stop the run as an exception would: the library lock is released, the
    run is marked, sandbox children are stopped, and Prefect's ephemeral server
    stops with the interpreter (its atexit hook) instead of being orphaned."""
    import psutil

    def stop(signum, _frame):
        for child in psutil.Process().children(recursive=True):
            if "prefect.server.api.server:create_app" in _cmdline(child):
                continue  # the ephemeral server: stopped by its own atexit hook, after the run is marked
            try:
                child.terminate()
            except psutil.Error:
                pass
        raise KeyboardInterrupt(f"signal {signal.Signals(signum).name}")

    from prefect.exceptions import TerminationSignal  # Prefect's own SIGTERM handler while a flow runs

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    except (KeyboardInterrupt, TerminationSignal):
        Console(stderr=True).print("[yellow]运行被中断；文库锁已释放，本次运行标记为 crashed。[/yellow]")
        raise typer.Exit(130)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _cmdline(proc) -> list[str]:
    try:
        return proc.cmdline()
    except Exception:  # noqa: BLE001 - a process that just ended
        return []


def _run_flow(source: Path, manifest: Optional[Path], dry_run: bool, as_json: bool) -> dict:
    _prefect_defaults()
    from normdocs.flows import ingest as ingest_module

    stderr = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=stderr, transient=True, disable=not stderr.is_terminal,
    ) as progress:
        bar = progress.add_task("校验（试运行）" if dry_run else "入库", total=None)

        def hook(total: int | None = None, advance: int = 0) -> None:
            if total is not None:
                progress.update(bar, total=total)
            progress.advance(bar, advance)

        token = ingest_module.progress_callback.set(hook)
        try:
            with _stopped_cleanly():
                from normdocs.flows.params import MaskedPath

                summary = ingest_module.ingest_flow(
                    source=MaskedPath(str(source)), manifest=MaskedPath(str(manifest)) if manifest else None,
                    dry_run=dry_run,
                    run_id=ingest_module.new_run_id())
        finally:
            ingest_module.progress_callback.reset(token)
    if as_json:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    else:
        from normdocs.cli.terminal import line

        # whole lines: a cron log is grepped for `待审 6`
        line(f"运行 {summary['run_id']}：输入 {summary['inputs']}，入库 {summary['loaded']}，"
             f"隔离 {summary['quarantined']}，跳过（未变化）{summary['skipped']}，"
             f"待审 {summary['pending_review']}，新版本 {summary['new_versions']}")
        line(f"报告：{summary['report']}")
    return summary


@app.command()
def ingest(
    source: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of documents."),
    manifest: Optional[Path] = typer.Option(None, "--manifest", help="Manifest CSV/YAML (default: the folder's normdocs-manifest.csv)."),
    as_json: bool = typer.Option(False, "--json", help="Print only the run summary as one JSON line."),
) -> None:
    """Ingest a folder into the library: extract, determine, validate, load or quarantine, report."""
    _run_flow(source, manifest, dry_run=False, as_json=as_json)


@app.command()
def validate(
    source: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of documents."),
    manifest: Optional[Path] = typer.Option(None, "--manifest", help="Manifest CSV/YAML."),
    as_json: bool = typer.Option(False, "--json", help="Print only the run summary as one JSON line."),
) -> None:
    """Dry run: everything ingest does except loading; writes the report."""
    _run_flow(source, manifest, dry_run=True, as_json=as_json)


db_app = typer.Typer(help="The library's database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the library's tables to the newest revision (Alembic)."""
    from normdocs.library.store import Library

    library = Library()
    library.upgrade()
    Console().print(f"数据库已升级到最新版本：{_safe_url(library.url)}")


@db_app.command("rekey")
def db_rekey() -> None:
    """Re-key loaded documents by today's issuer authority (after issuers.yaml or divisions.tsv changed)."""
    from normdocs.flows.runlock import LockBusy, library_lock

    library = _library()
    # held like a run's: a live run refuses it; a lock left by a killed run, or one whose lease
    # lapsed (another host), is taken over
    try:
        with library_lock(library, f"rekey-{uuid.uuid4().hex[:12]}", wait=False):
            report = library.rekey_if_authority_changed(source="command", force=True)
    except LockBusy as busy:
        Console().print(f"有入库任务正在运行（运行 {busy.holder.get('run_id')}），请待其结束后再更新标识。")
        raise typer.Exit(1) from None
    assert report is not None  # forced
    Console().print(f"共 {report.documents} 件文件：{len(report.rekeyed)} 件更新标识，{len(report.merged)} 件并入同一文件。")


def _safe_url(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]+@", r"//\1:***@", url)


def _library():
    from normdocs.library.store import Library

    library = Library()
    library.upgrade()
    return library


quarantine_app = typer.Typer(help="Files held back from the library, with their reasons.", no_args_is_help=True)
app.add_typer(quarantine_app, name="quarantine")


@quarantine_app.command("list")
def quarantine_list(as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table.")) -> None:
    """List quarantined files and why they were held."""
    entries = _library().quarantined()
    if as_json:
        from normdocs.schemas.library import QuarantineListing

        for e in entries:
            sys.stdout.write(json.dumps(QuarantineListing.of(e).model_dump(mode="json"), ensure_ascii=False) + "\n")
        return
    from normdocs.cli.console_views import quarantine_table

    Console().print(quarantine_table(entries))


review_app = typer.Typer(help="Documents awaiting a human decision on their disclosure attribute.",
                         no_args_is_help=True)
app.add_typer(review_app, name="review")


@review_app.command("list")
def review_list(as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table.")) -> None:
    """Documents whose attribute reads 待审 (文档编号, proposal, reasons, masked findings, sign-offs so far)."""
    from normdocs.cli.console_views import review_rows, review_table

    rows = review_rows(_library())
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row.model_dump(mode="json"), ensure_ascii=False) + "\n")
        return
    Console().print(review_table(rows))


@review_app.command("lapsed")
def review_lapsed(as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table.")) -> None:
    """定期评估: 依申请公开/不予公开 documents whose secrecy period has run out (what weekly-review lists)."""
    from normdocs.flows.review import lapsed_withheld
    from normdocs.schemas.settings import office_today

    rows = lapsed_withheld(_library(), office_today())
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row.model_dump(mode="json"), ensure_ascii=False) + "\n")
        return
    table = Table("编号", "标题", "文号", "公开属性", "期限届满", "可转主动公开", "评估意见",
                  title=f"不公开理由已届满（{len(rows)} 件）")
    for row in rows:
        table.add_row(str(row.id), row.title or "", row.doc_number or "", row.attribute or "",
                      row.lapsed_on or "", "是" if row.candidate else "否", row.reason)
    Console().print(table)


@app.command()
def sweep() -> None:
    """The validity sweep the nightly run does: documents past their stated period become 已失效."""
    from normdocs.flows.nightly import sweep as run_sweep
    from normdocs.schemas.settings import office_today

    lapsed = run_sweep(_library(), office_today())
    Console().print(f"标为已失效：{len(lapsed)} 件" + (f"（编号 {', '.join(map(str, lapsed))}）" if lapsed else ""))


def _no_such_document(doc: int) -> None:
    Console(stderr=True).print(f"[red]文库中没有文档编号为 {doc} 的文件。[/red]")
    raise typer.Exit(1)


@app.command()
def show(doc: int = typer.Argument(..., help="文档编号 (the document's library id)."),
         as_json: bool = typer.Option(False, "--json", help="The record as JSON instead of a panel.")) -> None:
    """A document with its versions, validity links, decision, findings (masked) and review trail."""
    info = _library().document(doc)
    if info is None:
        _no_such_document(doc)
    if as_json:
        sys.stdout.write(json.dumps(info.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
        return
    from normdocs.cli.console_views import document_panel

    Console().print(document_panel(info))


from normdocs.cli import library_commands  # noqa: E402 - search, list, export

library_commands.register(app)

from normdocs.cli import deployment_cli  # noqa: E402 - deployment run

deployment_cli.register(app)


from normdocs.cli.console_cli import register as _register_console  # noqa: E402 - after the sub-apps exist

_register_console(app, review_app)

from normdocs.cli import publish_cli  # noqa: E402,F401  (registers annual-report, publish)

if __name__ == "__main__":
    app()
