"""The `ingest` Prefect flow: discover → read and extract → determine and check → validate →
load or quarantine → report. Tasks work on batches (a Prefect task run costs ~30 ms of
server time); results holding bodies are never persisted and nothing derived from a
document is logged: logs carry counts and file names only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import traceback
import uuid
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from normdocs.extractors.cache import cached_extract
from normdocs.flows.report import write_report
from normdocs.flows.stages import (
    InputFile, content_hash, discover, library_item, prepare, quarantine_reasons, report_row, validation_row,
)
from normdocs.library.store import Library
from normdocs.schemas.record import Record
from normdocs.schemas.report import DocumentRow, RunReport
from normdocs.schemas.settings import OFFICE_TZ, Settings, office_today
from normdocs.validators.redaction import mask_personal

BATCH_SIZE = 50  # documents per prepare task (a task run costs ~30 ms of server time)
CHUNK_SIZE = 500  # documents validated and loaded together; bounds the memory a run holds
# The command line sets this to advance its progress bar; tasks run in the flow's process.
progress_hook = None


@dataclass
class Planned:
    file: InputFile
    entry: dict[str, str] | None
    sha256: str | None


@dataclass
class Plan:
    todo: list[Planned] = field(default_factory=list)
    skipped: list[InputFile] = field(default_factory=list)


def rules_version() -> str:
    """A digest of every rule file in force and of the code that reads and decides documents:
    staff edit rules without always bumping `version`, developers fix parsers without bumping one.

    Part of what makes a file "handled": a change of any rule or of that code re-decides the
    documents (from the extraction cache, without re-reading them, unless the extraction code
    changed: its digest is also in the cache's key)."""
    from normdocs.extractors.cache import code_digest

    digest = hashlib.sha256(code_digest("normdocs.extractors", "normdocs.validators").encode())
    root = resources.files("normdocs.rules")
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml", ".jsonl")):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def plan_run(source: Path, manifest: Path | None, library: Library | None, rules: str | None = None) -> Plan:
    """Which files need work: a file whose content, manifest entry and rules are unchanged since
    it was handled is skipped before any parsing (a moved or renamed file is known by its hash)."""
    from normdocs.extractors.manifest import entry_hash

    files, entries = discover(source, manifest)
    planned = [Planned(f, entries.get(f.rel), content_hash(f.path)) for f in files]
    done: set = set()
    if library is not None:
        rules = rules or rules_version()
        done = library.handled_under([(p.sha256, entry_hash(p.entry)) for p in planned if p.sha256], rules)
    plan = Plan()
    for p in planned:
        if p.sha256 is not None and (p.sha256, entry_hash(p.entry)) in done:
            plan.skipped.append(p.file)
        else:
            plan.todo.append(p)
    return plan


def _prepare_one(args: tuple[InputFile, dict | None, dt.date, str | None, Path | None]) -> Record:
    file, entry, today, sha, cache_dir = args
    extract = partial(cached_extract, sha=sha, cache_dir=cache_dir) if cache_dir is not None and sha else None
    return prepare(file, entry, today, extract=extract)


# One process pool per flow run (per process), not per batch: workers keep their loaded models.
_pool: ProcessPoolExecutor | None = None
_pool_workers = 0


def _shared_pool(workers: int) -> ProcessPoolExecutor:
    global _pool, _pool_workers
    if _pool is None or _pool_workers != workers:
        shutdown_pool()
        _pool, _pool_workers = ProcessPoolExecutor(max_workers=workers), workers
    return _pool


def shutdown_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None


def prepare_batch(batch: list[Planned], today: dt.date, workers: int = 1, cache_dir: Path | None = None) -> list[Record]:
    """Read, decide and date a batch; CPU-bound, so the flow's process pool when workers > 1.

    A worker process that dies breaks the pool: it is dropped (the next call starts a new one)
    and BrokenProcessPool propagates, so the task is retried."""
    args = [(p.file, p.entry, today, p.sha256, cache_dir) for p in batch]
    if workers <= 1 or len(batch) < 2:
        return [_prepare_one(a) for a in args]
    pool = _shared_pool(workers)
    # by its package name, also when Prefect loaded this file by path (a deployment's entrypoint)
    from normdocs.flows.ingest import _prepare_one as work

    try:
        return list(pool.map(work, args, chunksize=max(1, len(args) // (workers * 4))))
    except BrokenProcessPool:
        global _pool
        if _pool is pool:
            _pool = None
            pool.shutdown(wait=False, cancel_futures=True)
        raise


def validate_records(records: list[Record], library: Library | None, gx_root: Path, today: dt.date):
    from normdocs.validators.expectations import validate_batch

    ok = [(str(i), r) for i, r in enumerate(records) if r.status == "ok"]
    known = {}
    if library is not None:
        for ident, info in library.identities().items():
            known[ident] = {"title": info["title"], "content_hash": info["content_hashes"][-1]}
    result = validate_batch([validation_row(r, row_id) for row_id, r in ok], library=known, gx_root=gx_root,
                            today=today)
    return {row_id: result.messages(row_id) for row_id, _ in ok}, result.data_docs


def load_or_quarantine(records: list[Record], failures: dict[str, list[str]], library: Library | None,
                       run_id: str, rules: str | None = None) -> list[DocumentRow]:
    """Every record ends loaded or quarantined with its reasons; with no library (dry run) nothing is written.

    Loading is idempotent (a retried or re-run batch loads each document once); a text already
    loaded under other rules or another manifest entry is re-decided in place. `rules` (see
    rules_version) is recorded with the decision so the next run can skip the file."""
    rows = []
    for i, record in enumerate(records):
        messages = failures.get(str(i), [])
        held = quarantine_reasons(record, messages)
        prov = record.provenance
        if held is not None:
            stage, reasons = held
            if library is not None:
                library.quarantine(
                    file=record.file, content_hash=record.sha256, manifest_hash=prov.manifest_hash if prov else None,
                    run_id=run_id, stage=stage, reasons=reasons,
                    metadata=record.metadata.model_dump(exclude={"body", "body_redacted"}))
            rows.append(report_row(record, "quarantined", failures=reasons if stage != "extract" else []))
            continue
        if library is None:
            rows.append(report_row(record, "loaded"))
            continue
        item = library_item(record)
        if rules and item.get("disclosure"):
            item["disclosure"]["rules_version"] = f"{item['disclosure'].get('rules_version') or ''}+{rules}"
        result = library.load(item, run_id)
        if result.unchanged:
            library.redecide(result.document_id, item)
        library.release_quarantined(record.sha256)
        rows.append(report_row(record, "loaded", doc_id=result.document_id, version=result.version,
                               new_version=result.new_version))
    return rows


def skipped_rows(files: list[InputFile]) -> list[DocumentRow]:
    return [DocumentRow(file=mask_personal(f.path), status="skipped") for f in files]


# -- Prefect wiring ---------------------------------------------------------------------------

@task(name="prepare-batch", retries=2, retry_delay_seconds=2, persist_result=False, cache_policy=NO_CACHE)
def prepare_batch_task(batch: list[Planned], today: dt.date, workers: int,
                       cache_dir: Path | None = None) -> list[Record]:
    return prepare_batch(batch, today, workers, cache_dir)


@task(name="validate", retries=2, retry_delay_seconds=5, persist_result=False, cache_policy=NO_CACHE)
def validate_task(records: list[Record], library_url: str | None, gx_root: Path, today: dt.date):
    return validate_records(records, Library(library_url) if library_url else None, gx_root, today)


@task(name="load-or-quarantine", retries=3, retry_delay_seconds=5, persist_result=False, cache_policy=NO_CACHE)
def load_task(records: list[Record], failures: dict[str, list[str]], library_url: str | None,
              run_id: str, rules: str | None = None) -> list[DocumentRow]:
    return load_or_quarantine(records, failures, Library(library_url) if library_url else None, run_id, rules)


def lock_name(url: str) -> str:
    """The Prefect global concurrency limit that keeps runs on one library from overlapping."""
    import re

    plain = re.sub(r"//([^:/@]+):[^@]+@", r"//\1@", url)
    return "normdocs-library-" + hashlib.sha256(plain.encode()).hexdigest()[:10]


@contextmanager
def library_lock(url: str):
    """Hold the library's one slot (a Prefect global concurrency limit of 1, created when
    missing) for the block: manual and nightly runs on the same library queue behind each other."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.concurrency.sync import concurrency
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

    name = lock_name(url)
    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(name)
        except ObjectNotFound:
            try:
                client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1))
            except ObjectAlreadyExists:
                pass
    with concurrency(name, occupy=1, strict=True):
        yield


def write_failure(reports_dir: Path, run_id: str, source: str, started: dt.datetime, exc: BaseException) -> Path:
    """A failed run's report: failure.json and an index.html page with the reason (no document data)."""
    import html
    import json

    run_dir = Path(reports_dir) / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    reason = mask_personal(f"{type(exc).__name__}: {exc}")  # an error may quote a file name
    info = {"run_id": run_id, "status": "failed", "source": source, "started_at": started.isoformat(),
            "failed_at": dt.datetime.now(OFFICE_TZ).isoformat(), "reason": reason,
            "traceback": [mask_personal(line) for line in traceback.format_exception(exc)[-3:]]}
    (run_dir / "failure.json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    index = run_dir / "index.html"
    if not index.exists():
        index.write_text(
            "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>运行失败 "
            f"{html.escape(run_id)}</title></head><body><h1>运行失败：{html.escape(run_id)}</h1>"
            f"<p>来源：{html.escape(source)}</p><p>原因：{html.escape(reason)}</p>"
            "<p>已入库的文件不受影响；重新运行时只处理尚未处理的文件。</p></body></html>\n", encoding="utf-8")
    return index


@flow(name="ingest", flow_run_name="ingest-{run_id}", persist_result=False, log_prints=False)
def ingest_flow(source: str, manifest: str | None = None, dry_run: bool = False, run_id: str | None = None,
                workers: int | None = None) -> dict:
    """Ingest a folder. One run at a time per library (see library_lock); a failure marks the run
    failed in the library and writes the reason into its report, then fails the flow run."""
    settings = Settings()
    run_id = run_id or new_run_id()
    started = dt.datetime.now(OFFICE_TZ)
    library = Library(settings.database_url, settings)
    try:
        with library_lock(library.url):
            library.upgrade()
            library.start_run(run_id, str(source), dry_run)
            return _ingest(library, settings, source, manifest, dry_run, run_id, started, workers)
    except BaseException as exc:
        index = write_failure(settings.reports_dir, run_id, str(source), started, exc)
        try:
            library.fail_run(run_id, str(source), mask_personal(f"{type(exc).__name__}: {exc}"), str(index), dry_run)
        except Exception:  # the library itself may be what failed; the report still says why
            pass
        get_run_logger().error("run %s failed: %s (report %s)", run_id, type(exc).__name__, index)
        raise
    finally:
        shutdown_pool()


def _ingest(library: Library, settings: Settings, source: str, manifest: str | None, dry_run: bool, run_id: str,
            started: dt.datetime, workers: int | None) -> dict:
    logger = get_run_logger()
    today = office_today()
    workers = workers or settings.workers or os.cpu_count() or 1
    rules = rules_version()
    if not dry_run:
        library.note_run_rules(run_id, rules)
    plan = plan_run(Path(source), Path(manifest) if manifest else None, None if dry_run else library, rules)
    logger.info("run %s: %d files, %d unchanged", run_id, len(plan.todo) + len(plan.skipped), len(plan.skipped))
    if progress_hook:
        progress_hook(total=len(plan.todo) + len(plan.skipped), advance=len(plan.skipped))

    cache_dir = settings.cache_dir / "extract"
    runner = None
    if settings.dask_address and plan.todo:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=settings.dask_address)
    rows: list[DocumentRow] = []
    decided_rules: set[str] = set()
    data_docs = None
    chunks = [plan.todo[i : i + CHUNK_SIZE] for i in range(0, len(plan.todo), CHUNK_SIZE)]
    with runner if runner is not None else nullcontext():
        # the next chunk is read while this one is validated and loaded (two chunks in memory at most)
        pending = _submit_chunk(chunks[0], today, workers, cache_dir, runner) if chunks else None
        for k in range(len(chunks)):
            records = _collect_chunk(pending, today, workers, cache_dir)
            pending = _submit_chunk(chunks[k + 1], today, workers, cache_dir, runner) if k + 1 < len(chunks) else None
            decided_rules.update(r.disclosure.rules_version for r in records if r.disclosure)
            failures, docs = validate_task(records, None if dry_run else library.url, settings.gx_root, today)
            data_docs = docs or data_docs
            rows += load_task(records, failures, None if dry_run else library.url, run_id, rules)
            del records
    rows += skipped_rows(plan.skipped)

    report = RunReport.build(
        run_id=run_id, started_at=started, finished_at=dt.datetime.now(OFFICE_TZ), source=str(source),
        rules_version=_rules_version(decided_rules, rules), documents=rows,
        data_docs=str(data_docs) if data_docs else None, dry_run=dry_run,
    )
    index = write_report(report, settings.reports_dir)
    summary = {"run_id": run_id, **report.totals.model_dump(), "report": str(index)}
    library.finish_run(run_id, "completed", {**report.totals.model_dump(), "rules_version": rules}, str(index))
    create_table_artifact(
        key="ingest-summary", table=[{k: v for k, v in summary.items() if k != "report"}],
        description=f"normdocs 运行 {run_id}：报告 {index}",
    )
    logger.info("run %s: %s", run_id, {k: v for k, v in summary.items() if k != "report"})
    return summary


def _submit_chunk(chunk: list[Planned], today: dt.date, workers: int, cache_dir: Path, runner):
    """Batches of a chunk: on the Dask cluster when configured (one process per batch there), else
    submitted together so the flow's process pool stays busy across batch boundaries. With one
    worker the batches run in the flow's thread when collected."""
    batches = [chunk[i : i + BATCH_SIZE] for i in range(0, len(chunk), BATCH_SIZE)]
    if runner is not None:
        return batches, [runner.submit(prepare_batch_task, parameters={"batch": b, "today": today, "workers": 1,
                                                                       "cache_dir": cache_dir}) for b in batches]
    if workers > 1:
        return batches, [prepare_batch_task.submit(b, today, workers, cache_dir) for b in batches]
    return batches, None


def _collect_chunk(pending, today: dt.date, workers: int, cache_dir: Path) -> list[Record]:
    batches, futures = pending
    records: list[Record] = []
    for i, batch in enumerate(batches):
        records.extend(futures[i].result() if futures else prepare_batch_task(batch, today, workers, cache_dir))
        if progress_hook:
            progress_hook(advance=len(batch))
    return records


def _rules_version(decided: set[str], rules: str) -> str:
    from normdocs.extractors.nlp import load_rules

    return "; ".join([f"elements {load_rules().version}", *(f"disclosure {v}" for v in sorted(decided)),
                      f"rules {rules}"])


def new_run_id() -> str:
    return dt.datetime.now(OFFICE_TZ).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
