"""The nightly refresh of the 政府信息公开 column (NORMDOCS_PUBLISH_DIR), as a Prefect task."""

from __future__ import annotations

from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from normdocs.library.store import Library


@task(name="publish-column", retries=2, retry_delay_seconds=10, persist_result=False, cache_policy=NO_CACHE)
def publish_task(library_url: str, publish_dir: Path | None) -> dict:
    """Refresh the site where NORMDOCS_PUBLISH_DIR is set (after the sweep: validities are current)."""
    if publish_dir is None:
        return {"published": None}
    from normdocs.publish.site import publish_site

    result = publish_site(Library(library_url), Path(publish_dir))
    get_run_logger().info("publish: %d documents, %d files written, %d pages removed",
                          result.documents, len(result.written), len(result.removed))
    return {"published": result.documents, "written": len(result.written), "removed": len(result.removed)}
