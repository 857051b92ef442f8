"""The `nightly` flow: ingest the inbox incrementally, then the validity sweep (documents whose
stated period has passed become 已失效), then prune old run reports and extraction cache entries.

Deployed from prefect.yaml (cron 0 2 * * *, Asia/Shanghai). Thin: the work is in plain
functions (`sweep`, `prune_reports`) and in the ingest flow, run here as a subflow.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from normdocs.extractors.cache import prune_cache
from normdocs.flows.ingest import ingest_flow, new_run_id
from normdocs.flows.params import MaskedPath, mask_stored_parameters, path_value
from normdocs.flows.runlock import library_lock
from normdocs.flows.publish_flow import publish_task
from normdocs.library.store import Library
from normdocs.schemas.settings import Settings, office_today


def sweep(library: Library, today: dt.date) -> list[int]:
    """The validity sweep: documents in force past their stated period become 已失效."""
    return library.mark_lapsed(today)


def prune_reports(reports_dir: Path, days: int, now: float | None = None) -> list[Path]:
    """Delete run report folders last written more than `days` days ago (0 keeps everything)."""
    reports_dir = Path(reports_dir)
    if days <= 0 or not reports_dir.is_dir():
        return []
    cutoff = (now if now is not None else time.time()) - days * 86400
    removed = []
    for folder in sorted(p for p in reports_dir.iterdir() if p.is_dir()):
        newest = max((f.stat().st_mtime for f in folder.rglob("*") if f.is_file()), default=folder.stat().st_mtime)
        if newest < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


GX_RESULT_DIRS = ("uncommitted/validations", "uncommitted/data_docs/local_site/validations")


def prune_validation_results(gx_root: Path, days: int, now: float | None = None) -> list[Path]:
    """Delete Great Expectations results (and their Data Docs pages) older than `days` days:
    they grow with every run; the next run rebuilds the Data Docs index without them."""
    if days <= 0:
        return []
    cutoff = (now if now is not None else time.time()) - days * 86400
    removed = []
    for sub in GX_RESULT_DIRS:
        folder = Path(gx_root) / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


@task(name="validity-sweep", retries=3, retry_delay_seconds=10, persist_result=False, cache_policy=NO_CACHE)
def sweep_task(library_url: str, today: dt.date) -> list[int]:
    library = Library(library_url)
    try:
        with library_lock(library, f"sweep-{new_run_id()}"):
            return sweep(library, today)
    finally:
        library.engine.dispose()


@task(name="prune-reports", persist_result=False, cache_policy=NO_CACHE)
def prune_task(reports_dir: Path, gx_root: Path, days: int) -> list[str]:
    prune_validation_results(gx_root, days)
    return [str(p) for p in prune_reports(reports_dir, days)]


@task(name="prune-cache", persist_result=False, cache_policy=NO_CACHE)
def prune_cache_task(cache_dir: Path, days: int) -> int:
    return len(prune_cache(cache_dir, days))


def _nightly_name() -> str:
    return f"nightly-{office_today().isoformat()}"


@flow(name="nightly", flow_run_name=_nightly_name, persist_result=False, log_prints=False)
def nightly_flow(inbox: str | None = None, manifest: str | None = None, workers: int | None = None) -> dict:
    logger = get_run_logger()
    settings = Settings()
    mask_stored_parameters()  # an inbox given to the deployment may name a person
    inbox, manifest = path_value(inbox), path_value(manifest)
    source = Path(inbox) if inbox else (settings.inbox or settings.home / "inbox")
    source.mkdir(parents=True, exist_ok=True)
    summary = ingest_flow(source=MaskedPath(str(source)), manifest=MaskedPath(manifest) if manifest else None,
                          workers=workers)
    today = office_today()
    lapsed = sweep_task(settings.database_url, today)
    pruned = prune_task(settings.reports_dir, settings.gx_root, settings.report_retention_days)
    pruned_cache = prune_cache_task(settings.cache_dir / "extract", settings.cache_retention_days)
    publish_task(settings.database_url, settings.publish_dir)  # the 政府信息公开 column, where set
    result = {**summary, "lapsed": len(lapsed), "pruned_reports": len(pruned), "pruned_cache": pruned_cache}
    create_markdown_artifact(
        key="nightly-summary",
        markdown=(f"## 夜间运行 {today.isoformat()}\n\n"
                  f"- 输入 {summary['inputs']}，入库 {summary['loaded']}，隔离 {summary['quarantined']}，"
                  f"跳过（未变化）{summary['skipped']}，忽略 {summary.get('ignored', 0)}\n- 标为已失效：{len(lapsed)} 件\n"
                  f"- 清理旧报告：{len(pruned)} 个（保留 {settings.report_retention_days or '全部'} 天）\n"
                  f"- 清理提取缓存：{pruned_cache} 项（保留 {settings.cache_retention_days or '全部'} 天）\n"
                  f"- 报告：{summary['report']}\n"),
        description="normdocs nightly",
    )
    logger.info("nightly: %d lapsed, %d old reports pruned", len(lapsed), len(pruned))
    return result
