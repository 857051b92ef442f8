"""The `normdocs` command line: a thin layer over the stages, callable in-process for tests."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
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
    from normdocs.validators import redact

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
    from normdocs.validators import review

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
    run is marked, pool workers and sandbox children are stopped, and Prefect's ephemeral server
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
                summary = ingest_module.ingest_flow(
                    source=str(source), manifest=str(manifest) if manifest else None, dry_run=dry_run,
                    run_id=ingest_module.new_run_id())
        finally:
            ingest_module.progress_callback.reset(token)
    if as_json:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    else:
        out = Console()
        out.print(f"运行 {summary['run_id']}：输入 {summary['inputs']}，入库 {summary['loaded']}，"
                  f"隔离 {summary['quarantined']}，跳过（未变化）{summary['skipped']}，"
                  f"待审 {summary['pending_review']}，新版本 {summary['new_versions']}")
        out.print(f"报告：{summary['report']}")
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
        for e in entries:
            sys.stdout.write(json.dumps({"id": e.id, "file": e.file, "stage": e.stage, "reasons": e.reasons,
                                         "run_id": e.run_id}, ensure_ascii=False) + "\n")
        return
    table = Table("编号", "文件", "环节", "原因", title=f"隔离区（{len(entries)} 个文件）")
    stages = {"extract": "读取", "validate": "校验", "review": "保密审查"}
    for e in entries:
        table.add_row(str(e.id), e.file, stages.get(e.stage, e.stage), "\n".join(e.reasons))
    Console().print(table)


review_app = typer.Typer(help="Documents awaiting a human decision on their disclosure attribute.",
                         no_args_is_help=True)
app.add_typer(review_app, name="review")


@review_app.command("list")
def review_list(as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table.")) -> None:
    """Documents whose attribute reads 待审, with the proposal and masked evidence."""
    queue = _library().review_queue()
    rows = []
    for doc, decision, findings in queue:
        rows.append({
            "id": doc.id, "title": doc.title, "doc_number": doc.doc_number,
            "proposed": decision.proposed if decision else None,
            "reasons": decision.reasons if decision else [], "conflict": bool(decision and decision.conflict),
            "findings": [{"kind": f.kind, "evidence": f.evidence, "page": f.page, "line": f.line,
                          "severity": f.severity} for f in findings],
        })
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table("编号", "标题", "文号", "建议属性", "理由", "发现项（已遮蔽）", title=f"待审（{len(rows)} 件）")
    for row in rows:
        table.add_row(str(row["id"]), row["title"] or "", row["doc_number"] or "", row["proposed"] or "",
                      "\n".join(row["reasons"]),
                      "\n".join(f"{f['kind']} {f['evidence']}" for f in row["findings"]))
    Console().print(table)


@review_app.command("lapsed")
def review_lapsed(as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table.")) -> None:
    """定期评估: 依申请公开/不予公开 documents whose secrecy period has run out (what weekly-review lists)."""
    from normdocs.flows.review import lapsed_withheld
    from normdocs.schemas.settings import office_today

    rows = lapsed_withheld(_library(), office_today())
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table("编号", "标题", "文号", "公开属性", "期限届满", "可转主动公开", "评估意见",
                  title=f"不公开理由已届满（{len(rows)} 件）")
    for row in rows:
        table.add_row(str(row["id"]), row["title"] or "", row["doc_number"] or "", row["attribute"] or "",
                      row["lapsed_on"] or "", "是" if row["candidate"] else "否", row["reason"])
    Console().print(table)


@app.command()
def sweep() -> None:
    """The validity sweep the nightly run does: documents past their stated period become 已失效."""
    from normdocs.flows.nightly import sweep as run_sweep
    from normdocs.schemas.settings import office_today

    lapsed = run_sweep(_library(), office_today())
    Console().print(f"标为已失效：{len(lapsed)} 件" + (f"（编号 {', '.join(map(str, lapsed))}）" if lapsed else ""))


ATTRIBUTES = ("主动公开", "依申请公开", "不予公开")


def _no_such_document(doc: int) -> None:
    Console(stderr=True).print(f"[red]文库中没有编号为 {doc} 的文件。[/red]")
    raise typer.Exit(1)


@review_app.command("decide")
def review_decide(
    doc: int = typer.Argument(..., help="The document's library id (shown by every listing)."),
    attribute: str = typer.Option(..., "--attribute", help="主动公开, 依申请公开 or 不予公开."),
    reviewer: str = typer.Option(..., "--reviewer", help="Who signs off."),
    comment: Optional[str] = typer.Option(None, "--comment", help="Why."),
) -> None:
    """Record a sign-off in the append-only trail; the attribute applies after the last one needed."""
    if attribute not in ATTRIBUTES:
        raise typer.BadParameter(f"公开属性须为 {'、'.join(ATTRIBUTES)} 之一", param_hint="--attribute")
    library = _library()
    try:
        document = library.decide(doc, attribute, reviewer, comment)
    except KeyError:
        _no_such_document(doc)
    Console().print(f"已记录 {reviewer} 的审核意见：{attribute}。文件 {doc} 当前公开属性：{document.attribute}")


@app.command()
def withdraw(
    doc: int = typer.Argument(..., help="The document's library id."),
    reason: str = typer.Option(..., "--reason", help="Why it is withdrawn."),
    reviewer: str = typer.Option(..., "--reviewer", help="Who withdraws it."),
) -> None:
    """Take a loaded document out of the published view, with a trail entry."""
    try:
        _library().withdraw(doc, reviewer, reason)
    except KeyError:
        _no_such_document(doc)
    Console().print(f"文件 {doc} 已撤回，不再出现在公开视图中。")


@app.command()
def search(
    query: str = typer.Argument(..., help="关键词: searched in titles and redacted bodies."),
    limit: int = typer.Option(50, "--limit"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Full-text search of the library."""
    from normdocs.library.search import search as run_search

    docs = run_search(_library(), query, limit)
    if as_json:
        for d in docs:
            sys.stdout.write(json.dumps(_doc_summary(d), ensure_ascii=False) + "\n")
        return
    table = Table("编号", "标题", "文号", "成文日期", "有效性", "公开属性", title=f"“{query}” 的检索结果（{len(docs)}）")
    for d in docs:
        table.add_row(str(d.id), d.title or "", d.doc_number or "", d.signed_date or "", d.validity or "",
                      d.attribute or "")
    Console().print(table)


def _doc_summary(d) -> dict:
    return {"id": d.id, "title": d.title, "doc_number": d.doc_number, "issuer": d.issuer,
            "signed_date": d.signed_date, "published_date": d.published_date, "validity": d.validity,
            "attribute": d.attribute, "normative": d.normative, "withdrawn": d.withdrawn}


@app.command()
def show(doc: int = typer.Argument(..., help="The document's library id.")) -> None:
    """A document with its versions, validity links, decision, findings (masked) and review trail."""
    info = _library().document(doc)
    if info is None:
        _no_such_document(doc)
    sys.stdout.write(json.dumps(info, ensure_ascii=False, indent=2) + "\n")


@app.command()
def export(
    out: Path = typer.Option(..., "--out", help="File to write: .csv or .xlsx."),
    issuer: Optional[str] = typer.Option(None, "--issuer"),
    year: Optional[int] = typer.Option(None, "--year"),
    validity: Optional[str] = typer.Option(None, "--validity"),
    attribute: Optional[str] = typer.Option(None, "--attribute"),
    normative: Optional[bool] = typer.Option(None, "--normative/--not-normative"),
    published: bool = typer.Option(False, "--published", help="Only the published view (主动公开, not withdrawn)."),
) -> None:
    """Export the library, or a filtered part, to CSV or Excel; bodies are the redacted ones."""
    import pandas as pd

    library = _library()
    docs = [_doc_summary(d) for d in library.documents(
        issuer=issuer, year=year, validity=validity, attribute=attribute, normative=normative,
        published_only=published)]
    bodies = library.current_bodies([d["id"] for d in docs], redacted=True)
    for d in docs:
        d["body"] = bodies.get(d["id"])
    frame = pd.DataFrame(docs)
    if out.suffix.lower() == ".xlsx":
        frame.to_excel(out, index=False)
    else:
        frame.to_csv(out, index=False, encoding="utf-8-sig")  # Excel opens UTF-8 with a BOM
    Console().print(f"已导出 {len(docs)} 件到 {out}")


if __name__ == "__main__":
    app()
