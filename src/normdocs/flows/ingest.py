"""The `ingest` Prefect flow: discover → read and extract → determine and check → validate →
load or quarantine → report. Tasks work on batches (a Prefect task run costs ~30 ms of
server time); results holding bodies are never persisted and nothing derived from a
document is logged: logs carry counts and file names only.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from normdocs.flows.report import write_report
from normdocs.flows.stages import (
    InputFile, content_hash, discover, library_item, prepare, quarantine_reasons, report_row, validation_row,
)
from normdocs.library.store import Library
from normdocs.schemas.record import Record
from normdocs.schemas.report import DocumentRow, RunReport
from normdocs.schemas.settings import OFFICE_TZ, Settings, office_today

BATCH_SIZE = 50
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


def plan_run(source: Path, manifest: Path | None, library: Library | None) -> Plan:
    """Which files need work: an unchanged file already handled is skipped before any parsing."""
    files, entries = discover(source, manifest)
    plan = Plan()
    from normdocs.extractors.manifest import entry_hash

    for file in files:
        entry = entries.get(file.rel)
        sha = content_hash(file.path)
        if library is not None and sha is not None and library.handled(sha, entry_hash(entry)):
            plan.skipped.append(file)
        else:
            plan.todo.append(Planned(file, entry, sha))
    return plan


def _prepare_one(args: tuple[InputFile, dict | None, dt.date]) -> Record:
    file, entry, today = args
    return prepare(file, entry, today)


def prepare_batch(batch: list[Planned], today: dt.date, workers: int = 1) -> list[Record]:
    """Read, decide and date a batch; CPU-bound, so several processes when workers > 1."""
    args = [(p.file, p.entry, today) for p in batch]
    if workers <= 1 or len(batch) < 2:
        return [_prepare_one(a) for a in args]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_prepare_one, args, chunksize=max(1, len(args) // (workers * 4))))


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
                       run_id: str) -> list[DocumentRow]:
    """Every record ends loaded or quarantined with its reasons; with no library (dry run) nothing is written."""
    rows = []
    for i, record in enumerate(records):
        messages = failures.get(str(i), [])
        held = quarantine_reasons(record, messages)
        prov = record.provenance
        if held is not None:
            stage, reasons = held
            if library is not None:
                library.quarantine(file=record.file, content_hash=record.sha256,
                                   manifest_hash=prov.manifest_hash if prov else None, run_id=run_id, stage=stage,
                                   reasons=reasons, metadata=record.metadata.model_dump(
                                       exclude={"body", "body_redacted"}))
            rows.append(report_row(record, "quarantined", failures=reasons if stage != "extract" else []))
            continue
        if library is None:
            rows.append(report_row(record, "loaded"))
            continue
        result = library.load(library_item(record), run_id)
        library.release_quarantined(record.sha256)
        rows.append(report_row(record, "loaded", doc_id=result.document_id, version=result.version,
                               new_version=result.new_version))
    return rows


def skipped_rows(files: list[InputFile]) -> list[DocumentRow]:
    return [DocumentRow(file=f.path, status="skipped") for f in files]


# -- Prefect wiring ---------------------------------------------------------------------------

@task(name="prepare-batch", retries=2, retry_delay_seconds=2, persist_result=False, cache_policy=NO_CACHE)
def prepare_batch_task(batch: list[Planned], today: dt.date, workers: int) -> list[Record]:
    return prepare_batch(batch, today, workers)


@task(name="validate", persist_result=False, cache_policy=NO_CACHE)
def validate_task(records: list[Record], library_url: str | None, gx_root: Path, today: dt.date):
    return validate_records(records, Library(library_url) if library_url else None, gx_root, today)


@task(name="load-or-quarantine", retries=3, retry_delay_seconds=5, persist_result=False, cache_policy=NO_CACHE)
def load_task(records: list[Record], failures: dict[str, list[str]], library_url: str | None,
              run_id: str) -> list[DocumentRow]:
    return load_or_quarantine(records, failures, Library(library_url) if library_url else None, run_id)


@flow(name="ingest", flow_run_name="ingest-{run_id}", persist_result=False, log_prints=False)
def ingest_flow(source: str, manifest: str | None = None, dry_run: bool = False, run_id: str | None = None,
                workers: int | None = None) -> dict:
    logger = get_run_logger()
    settings = Settings()
    run_id = run_id or new_run_id()
    started = dt.datetime.now(OFFICE_TZ)
    today = office_today()
    workers = workers or os.cpu_count() or 1
    library = Library(settings.database_url, settings)
    library.upgrade()
    library.start_run(run_id, str(source), dry_run)
    plan = plan_run(Path(source), Path(manifest) if manifest else None, None if dry_run else library)
    logger.info("run %s: %d files, %d unchanged", run_id, len(plan.todo) + len(plan.skipped), len(plan.skipped))

    batches = [plan.todo[i : i + BATCH_SIZE] for i in range(0, len(plan.todo), BATCH_SIZE)]
    records: list[Record] = []
    if progress_hook:
        progress_hook(total=len(plan.todo) + len(plan.skipped), advance=len(plan.skipped))
    for batch in batches:
        records.extend(prepare_batch_task(batch, today, workers))
        if progress_hook:
            progress_hook(advance=len(batch))
    failures, data_docs = validate_task(records, None if dry_run else library.url, settings.gx_root, today)
    rows = load_task(records, failures, None if dry_run else library.url, run_id)
    rows += skipped_rows(plan.skipped)

    report = RunReport.build(
        run_id=run_id, started_at=started, finished_at=dt.datetime.now(OFFICE_TZ), source=str(source),
        rules_version=_rules_version(records), documents=rows, data_docs=str(data_docs) if data_docs else None,
        dry_run=dry_run,
    )
    index = write_report(report, settings.reports_dir)
    summary = {"run_id": run_id, **report.totals.model_dump(), "report": str(index)}
    library.finish_run(run_id, "completed", report.totals.model_dump(), str(index))
    create_table_artifact(
        key="ingest-summary", table=[{k: v for k, v in summary.items() if k != "report"}],
        description=f"normdocs 运行 {run_id}：报告 {index}",
    )
    logger.info("run %s: %s", run_id, {k: v for k, v in summary.items() if k != "report"})
    return summary


def _rules_version(records: list[Record]) -> str:
    versions = sorted({r.disclosure.rules_version for r in records if r.disclosure})
    from normdocs.extractors.nlp import load_rules

    return "; ".join([f"elements {load_rules().version}", *(f"disclosure {v}" for v in versions)])


def new_run_id() -> str:
    return dt.datetime.now(OFFICE_TZ).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
