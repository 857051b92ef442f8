"""The `ingest` Prefect flow: discover → read and extract → determine and check → validate →
load or quarantine → report. Tasks work on batches (a Prefect task run costs ~30 ms of
server time) dispatched by Prefect's task runners; inside a batch each document runs in a
sandboxed child process with its budget (extractors/sandbox.py). Results holding bodies are
never persisted and nothing derived from a document is logged: logs carry counts and file
names only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import time
import traceback
import uuid
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Callable

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import TerminationSignal
from prefect.utilities.annotations import quote

from normdocs.extractors.sandbox import SandboxPool, close_pools, shared_pool
from normdocs.flows.params import MaskedPath, mask_stored_parameters, path_value
from normdocs.flows.run_refs import shown_part
from normdocs.reports.run_report import write_report
from normdocs.flows.runlock import library_lock, lock_name  # noqa: F401 - lock_name: the lock's name
from normdocs.pipeline.stages import (
    IgnoredFile, InputFile, content_hash, find_inputs, library_item, prepare_isolated, quarantine_reasons, refused_hash,
    report_row, sandbox_failed, validation_row,
)
from normdocs.library.store import Library
from normdocs.schemas.library import quarantine_item
from normdocs.schemas.record import Record
from normdocs.schemas.report import DocumentRow, RunReport
from normdocs.schemas.settings import OFFICE_TZ, Settings, office_today
from normdocs.review.redaction import mask_personal

log = logging.getLogger("normdocs.ingest")

BATCH_SIZE = 100  # documents per prepare task (a task run costs the server ~30 ms; a Dask worker's ~1 s of CPU)
CHUNK_SIZE = 500  # documents validated and loaded together; bounds the memory a run holds


@dataclass
class Planned:
    file: InputFile
    entry: dict[str, str] | None
    sha256: str | None


@dataclass
class Plan:
    todo: list[Planned] = field(default_factory=list)
    skipped: list[InputFile] = field(default_factory=list)
    ignored: list[IgnoredFile] = field(default_factory=list)


RULE_FILE_ENDINGS = (".yaml", ".yml", ".jsonl", ".tsv")
# the packages whose code reads and decides a document (what `validators/` held before the
# stages had folders of their own): a change in any of them re-decides every document
DECIDING_CODE = ("normdocs.extractors", "normdocs.review", "normdocs.enrichment", "normdocs.validation")


def rules_version(root: Traversable | Path | None = None) -> str:
    """A digest of every rule file in force (in `root`, the packaged normdocs.rules by default)
    and of the code that reads and decides documents: staff edit rules without always bumping
    `version`, developers fix parsers without bumping one.

    Part of what makes a file "handled": a change of any rule or of that code re-decides the
    documents (from the extraction cache, without re-reading them, unless the extraction code
    changed: its digest is also in the cache's key)."""
    from normdocs.extractors.cache import code_digest

    digest = hashlib.sha256(code_digest(*DECIDING_CODE).encode())
    root = root or resources.files("normdocs.rules")
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(RULE_FILE_ENDINGS):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def plan_run(source: Path, manifest: Path | None, library: Library | None, rules: str | None = None) -> Plan:
    """Which files need work: a file whose content, manifest entry and rules are unchanged since
    it was handled is skipped before any parsing (a moved or renamed file is known by its hash).
    A refused file (FIFO, device, link outside the folder) is never opened: it is keyed by its
    path and refusal, so it is quarantined once, not at every run."""
    from normdocs.intake.manifest import entry_hash

    found = find_inputs(source, manifest)
    planned = [Planned(f, found.manifest.get(f.rel), refused_hash(f) if f.refused else content_hash(f.path))
               for f in found.files]
    done: set = set()
    if library is not None:
        rules = rules or rules_version()
        done = library.handled_under([(p.sha256, entry_hash(p.entry)) for p in planned if p.sha256], rules)
    plan = Plan(ignored=found.ignored)
    for p in planned:
        if p.sha256 is not None and (p.sha256, entry_hash(p.entry)) in done:
            plan.skipped.append(p.file)
        else:
            plan.todo.append(p)
    return plan


SANDBOX_TARGET = "normdocs.pipeline.stages:prepare_isolated"
SANDBOX_WARMUP = "normdocs.pipeline.stages:warm_up"


def _outcome_record(planned: Planned, outcome) -> Record:
    if outcome.failure is None:
        return outcome.result
    failure = outcome.failure
    if failure.detail:
        log.warning("%s: %s at %s: %s", planned.file.path, failure.code.value, failure.stage, failure.detail)
    return sandbox_failed(planned.file, planned.sha256, planned.entry, failure.stage, failure.code, failure.message)


def prepare_batch(batch: list[Planned], today: dt.date, workers: int = 1, cache_dir: Path | None = None,
                  *, isolate: bool = True) -> list[Record]:
    """Read, decide and date a batch, each document in a sandboxed child process with its budget:
    a document that crashes, hangs or inflates is quarantined with its stage, the batch goes on.

    The children are long-lived (`workers` of them per process, shared by every batch this
    process runs, also by batches running side by side in threads) and replaced when one dies or
    overruns; each document goes to whichever child is free."""
    args = [(p.file, p.entry, today, p.sha256, cache_dir) for p in batch]
    if not isolate:  # the stages in this process, as tests of the stages themselves want them
        return [prepare_isolated(a) for a in args]
    outcomes = sandboxes(workers).map(args)
    return [_outcome_record(p, o) for p, o in zip(batch, outcomes)]


def sandboxes(workers: int) -> SandboxPool:
    return shared_pool(SANDBOX_TARGET, workers, SANDBOX_WARMUP)


def shutdown_sandboxes() -> None:
    close_pools()


def validate_records(records: list[Record], library: Library | None, gx_root: Path, today: dt.date,
                     run_id: str | None = None) -> tuple[dict[str, list[str]], Path | None]:
    from normdocs.validation.expectations import validate_batch

    ok = [(str(i), r) for i, r in enumerate(records) if r.status == "ok"]
    # the clash check reads only what this chunk's documents may clash with, not the whole library
    wanted = {r.provenance.identity for _, r in ok if r.provenance and r.provenance.identity}
    known = library.stored_identities(wanted) if library is not None else {}
    result = validate_batch([validation_row(r, row_id) for row_id, r in ok], library=known, gx_root=gx_root,
                            today=today, run_name=run_id)
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
        if held is not None:
            stage, reasons = held
            if library is not None:
                library.quarantine(quarantine_item(record, stage, reasons), run_id)
            rows.append(report_row(record, "quarantined", failures=reasons if stage != "extract" else []))
            continue
        if library is None:
            rows.append(report_row(record, "loaded"))
            continue
        item = library_item(record).under_rules(rules)
        result = library.load(item, run_id)
        if result.unchanged:
            library.redecide(result.document_id, item)
        library.release_quarantined(item.content_hash)
        rows.append(report_row(record, "loaded", doc_id=result.document_id, version=result.version,
                               new_version=result.new_version))
    return rows


def skipped_rows(files: list[InputFile]) -> list[DocumentRow]:
    return [DocumentRow(file=mask_personal(f.path), status="skipped") for f in files]


def ignored_rows(files: list[IgnoredFile]) -> list[DocumentRow]:
    return [DocumentRow(file=mask_personal(f.path), status="ignored", reasons=[f.reason]) for f in files]


# -- Prefect wiring ---------------------------------------------------------------------------

# Reading is deterministic and a document that crashes or hangs its child is that document's
# failure (the sandbox), so no retries; neither for validation. Loading meets a database that is
# briefly away: retries.
@task(name="prepare-batch", persist_result=False, cache_policy=NO_CACHE)
def prepare_batch_task(batch: list[Planned], today: dt.date, cache_dir: Path | None = None,
                       slots: int = 1) -> list[Record]:
    """`slots`: the sandbox children of the process the task runs in (the flow's: one per worker,
    shared by the batches its threads run; a Dask worker's: one)."""
    # by the package's name, also when Prefect loaded this file by path (a deployment's entrypoint):
    # the sandbox children are then the module's, kept between batches
    from normdocs.flows.ingest import prepare_batch as run

    return run(batch, today, slots, cache_dir)


# The libraries of the flow runs in this process, by URL: a task run in the flow's process uses
# the run's engine (its connection pool) instead of opening an engine of its own per chunk.
_open_libraries: dict[str, Library] = {}


def _library(url: str | None) -> Library | None:
    if not url:
        return None
    return _open_libraries.get(url) or Library(url)


# functions, not the dict, are what the flow's body names (it is pickled by value for Dask: see _progress)
def _register_library(library: Library) -> None:
    _open_libraries.setdefault(library.url, library)


def _unregister_library(library: Library) -> None:
    if _open_libraries.get(library.url) is library:
        del _open_libraries[library.url]


@task(name="validate", persist_result=False, cache_policy=NO_CACHE)
def validate_task(records: list[Record], library_url: str | None, gx_root: Path, today: dt.date,
                  run_id: str | None = None) -> tuple[dict[str, list[str]], Path | None]:
    return validate_records(records, _library(library_url), gx_root, today, run_id)


@task(name="load-or-quarantine", retries=3, retry_delay_seconds=5, persist_result=False, cache_policy=NO_CACHE)
def load_task(records: list[Record], failures: dict[str, list[str]], library_url: str | None,
              run_id: str, rules: str | None = None) -> list[DocumentRow]:
    return load_or_quarantine(records, failures, _library(library_url), run_id, rules)


def task_runner(settings: Settings, workers: int):
    """Where batches run: an existing Dask cluster when configured (a sandbox child per Dask
    worker), else Prefect's thread pool in the flow's process, its threads sharing `workers`
    sandbox children; with one worker, in the flow's thread.

    Threads, not Prefect's process pool: the documents are read in the sandbox children, so a
    pool worker process would only add its own imports (two of them: ~320 MB PSS, seconds of CPU), ~1 s
    of CPU per task run and a second pickling of every record (child -> worker -> flow)."""
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    if workers > 1:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=workers)
    return None


def write_failure(reports_dir: Path, run_id: str, source: str, started: dt.datetime, exc: BaseException,
                  where: dict | None = None) -> Path:
    """A failed run's report: failure.json and an index.html page with the reason, the stage and
    the file it was working on (no document data)."""
    import html
    import json

    run_dir = Path(reports_dir) / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    reason = mask_personal(f"{type(exc).__name__}: {exc}") or ""  # an error may quote a file name
    where = where or {}
    info = {"run_id": run_id, "status": "failed", "source": source, "started_at": _utc(started),
            "failed_at": _utc(dt.datetime.now(dt.timezone.utc)), "reason": reason,
            "stage": where.get("stage"), "file": where.get("file"), "files": where.get("files", []),
            "traceback": [mask_personal(line) for line in traceback.format_exception(exc)[-3:]]}
    (run_dir / "failure.json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    index = run_dir / "index.html"
    if not index.exists():
        place = ""
        if where.get("stage"):
            place = f"<p>阶段：{html.escape(where['stage'])}</p>"
        if where.get("file"):
            place += f"<p>文件：{html.escape(where['file'])}</p>"
        index.write_text(
            "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>运行失败 "
            f"{html.escape(run_id)}</title></head><body><h1>运行失败：{html.escape(run_id)}</h1>"
            f"<p>来源：{html.escape(source)}</p><p>原因：{html.escape(reason)}</p>{place}"
            "<p>已入库的文件不受影响；重新运行时只处理尚未处理的文件。</p></body></html>\n", encoding="utf-8")
    return index


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat()


def _run_name() -> str:
    """The flow run's name: the run id when given, else the folder and the office's time."""
    from prefect.runtime import flow_run

    params = flow_run.parameters or {}
    if params.get("run_id"):
        return f"ingest-{params['run_id']}"
    folder = mask_personal(Path(shown_part(str(params.get("source") or ""))).name) or "source"
    return f"ingest-{folder}-{dt.datetime.now(OFFICE_TZ):%Y%m%d-%H%M%S}"


@dataclass
class Progress:
    """Where the run is (the failure report names it) and whom to tell (the command line's bar)."""

    stage: str = "plan"
    files: list[str] = field(default_factory=list)
    on_advance: Callable[..., None] | None = None

    def at(self, stage: str, files: list[str] | None = None) -> None:
        self.stage, self.files = stage, list(files or [])

    def advance(self, **kwargs) -> None:
        if self.on_advance is not None:
            self.on_advance(**kwargs)

    def where(self) -> dict:
        """Stage and files, by their masked names (a file name may carry a personal number)."""
        files = [mask_personal(f) for f in self.files[:50]]
        return {"stage": self.stage, "file": files[0] if len(self.files) == 1 else None, "files": files}


# The command line's progress bar for the run started in this thread (a flow parameter must be data).
progress_callback: ContextVar[Callable[..., None] | None] = ContextVar("normdocs_progress", default=None)


def _progress() -> Progress:
    # a function, not the variable, is what the flow's body names: Prefect pickles the flow (by
    # value) into the context of every task it sends to another process (Dask), and a ContextVar does not pickle
    return Progress(on_advance=progress_callback.get())


@flow(name="ingest", flow_run_name=_run_name, persist_result=False, log_prints=False)
def ingest_flow(source: MaskedPath, manifest: MaskedPath | None = None, dry_run: bool = False,
                run_id: str | None = None, workers: int | None = None) -> dict:
    """Ingest a folder. One run at a time per library (see flows/runlock.py); a failure marks the
    run failed in the library and writes the reason, stage and file into its report, then fails
    the flow run. `source` and `manifest` are paths (plain strings are accepted): Prefect stores
    them with personal numbers masked, as the library's run and the report name the folder."""
    folder, manifest_file = path_value(source) or "", path_value(manifest)
    shown = mask_personal(folder) or ""  # the folder as every stored record names it
    mask_stored_parameters()
    settings = Settings()
    run_id = run_id or new_run_id()
    started = dt.datetime.now(dt.timezone.utc)
    library = Library(settings.database_url, settings)
    _register_library(library)
    progress = _progress()
    try:
        progress.at("lock")
        _upgrade(library)
        with library_lock(library, run_id):
            library.start_run(run_id, shown, dry_run)
            return _ingest(library, settings, folder, shown, manifest_file, dry_run, run_id, started, workers,
                           progress)
    except BaseException as exc:
        where = progress.where()
        index = write_failure(settings.reports_dir, run_id, shown, started, exc, where)
        reason = mask_personal(f"{type(exc).__name__}: {exc}") or ""
        # crashed: the run's processes were stopped (a signal, a killed pool worker); failed: the work failed
        # (Prefect's own SIGTERM handler raises TerminationSignal while a flow runs)
        stopped = (KeyboardInterrupt, SystemExit, BrokenProcessPool, TerminationSignal)
        status = "crashed" if isinstance(exc, stopped) else "failed"
        try:
            library.fail_run(run_id, shown, reason, str(index), dry_run, status=status, where=where)
        except Exception:  # the library itself may be what failed; the report still says why
            pass
        get_run_logger().error("run %s %s at %s: %s (report %s)", run_id, status, where["stage"],
                               type(exc).__name__, index)
        raise
    finally:
        shutdown_sandboxes()
        _unregister_library(library)
        library.engine.dispose()


def _upgrade(library: Library) -> None:
    """Two runs starting together may both migrate: the second one's attempt is repeated."""
    try:
        library.upgrade()
    except Exception:  # noqa: BLE001
        time.sleep(1)
        library.upgrade()


def _ingest(library: Library, settings: Settings, source: str, shown: str, manifest: str | None, dry_run: bool,
            run_id: str, started: dt.datetime, workers: int | None, progress: Progress) -> dict:
    logger = get_run_logger()
    today = office_today()
    workers = workers or settings.workers or os.cpu_count() or 1
    rules = rules_version()
    if not dry_run:
        library.note_run_rules(run_id, rules)
    # the documents are read in this process's sandbox children unless a Dask cluster reads them
    slots = 1 if settings.dask_address else workers
    if not settings.dask_address:
        sandboxes(slots)  # started now: their imports overlap discovery and hashing
    if not dry_run:
        progress.at("rekey")
        _rekey_if_authority_changed(library, logger)
    progress.at("discover")
    if not Path(source).is_dir():  # else a mistyped folder would be a completed run of nothing
        raise NotADirectoryError(f"来源文件夹不存在或不是文件夹：{shown}")
    plan = plan_run(Path(source), Path(manifest) if manifest else None, None if dry_run else library, rules)
    total = len(plan.todo) + len(plan.skipped) + len(plan.ignored)
    logger.info("run %s: %d names, %d unchanged, %d ignored", run_id, total, len(plan.skipped), len(plan.ignored))
    progress.advance(total=len(plan.todo) + len(plan.skipped), advance=len(plan.skipped))

    cache_dir = settings.cache_dir / "extract"
    rows: list[DocumentRow] = []
    decided_rules: set[str] = set()
    data_docs = None
    chunks = [plan.todo[i : i + CHUNK_SIZE] for i in range(0, len(plan.todo), CHUNK_SIZE)]
    runner = task_runner(settings, workers) if chunks else None
    with runner if runner is not None else nullcontext():
        # the next chunk is read while this one is validated and loaded (two chunks in memory at most)
        pending = _submit_chunk(chunks[0], today, cache_dir, runner, slots) if chunks else None
        for k in range(len(chunks)):
            progress.at("prepare", [p.file.path for p in chunks[k]])
            records = _collect_chunk(pending, today, cache_dir, progress, slots)
            pending = _submit_chunk(chunks[k + 1], today, cache_dir, runner, slots) if k + 1 < len(chunks) else None
            decided_rules.update(r.disclosure.rules_version for r in records if r.disclosure)
            progress.at("validate", [r.file for r in records])
            # quote(): Prefect would otherwise walk every field of every record looking for futures
            # (Prefect unwraps it before the task runs; its type stubs do not say so)
            failures, docs = validate_task(quote(records), None if dry_run else library.url,  # type: ignore[call-overload]
                                           settings.gx_root, today, run_id)
            data_docs = docs or data_docs
            progress.at("load", [r.file for r in records])
            rows += load_task(quote(records), quote(failures),  # type: ignore[call-overload]
                              None if dry_run else library.url, run_id, rules)
            del records
    rows += skipped_rows(plan.skipped)
    rows += ignored_rows(plan.ignored)

    progress.at("report")
    report = RunReport.build(
        run_id=run_id, started_at=started, finished_at=dt.datetime.now(dt.timezone.utc),
        source=shown,
        rules_version=_rules_version(decided_rules, rules), documents=rows,
        data_docs=str(data_docs) if data_docs else None, dry_run=dry_run,
        backlog=None if dry_run else library.backlog(),
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


def _rekey_if_authority_changed(library: Library, logger) -> None:
    """Documents loaded under another issuer authority are keyed again before this run plans (see
    library/rekey.py): its files then find them, as new versions or unchanged, never as duplicates."""
    report = library.rekey_if_authority_changed(source="ingest")
    if report is not None and (report.rekeyed or report.merged):
        logger.info("issuer authority changed: %d of %d documents re-keyed, %d merged",
                    len(report.rekeyed), report.documents, len(report.merged))


def _submit_chunk(chunk: list[Planned], today: dt.date, cache_dir: Path, runner, slots: int):
    """A chunk's batches, submitted together to the task runner so its workers stay busy across
    batch boundaries; with no runner (one worker) they run in the flow's thread when collected."""
    batches = [chunk[i : i + BATCH_SIZE] for i in range(0, len(chunk), BATCH_SIZE)]
    if runner is None:
        return batches, None
    # no quote() here: Dask would take the annotation (a tuple) apart before Prefect unwraps it
    return batches, [runner.submit(prepare_batch_task, parameters={"batch": b, "today": today,
                                                                   "cache_dir": cache_dir, "slots": slots})
                     for b in batches]


def _collect_chunk(pending, today: dt.date, cache_dir: Path, progress: Progress, slots: int) -> list[Record]:
    batches, futures = pending
    records: list[Record] = []
    for i, batch in enumerate(batches):
        records.extend(futures[i].result() if futures else prepare_batch_task(batch, today, cache_dir, slots))
        progress.advance(advance=len(batch))
    return records


def _rules_version(decided: set[str], rules: str) -> str:
    from normdocs.extractors.nlp import load_rules

    return "; ".join([f"elements {load_rules().version}", *(f"disclosure {v}" for v in sorted(decided)),
                      f"rules {rules}"])


def new_run_id() -> str:
    return dt.datetime.now(OFFICE_TZ).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
