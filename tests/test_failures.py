"""Failures: a worker process that dies or a database that is briefly away costs a retry, not
the run; a run interrupted half-way and started again loads each document exactly once; loads
from several processes at once make no duplicate rows (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import shutil
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from normdocs.flows import ingest
from normdocs.library.models import QuarantineEntry, Version
from normdocs.library.store import Library
from tests.conftest import SAMPLES
from tests.db import library_url
from tests.make_docs import make_pdf
from tests.test_library import item

FILES = ("decision_qingdao.pdf", "policy_hebei.html", "opinion_nanning.docx")


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in FILES:
        shutil.copy(SAMPLES / name, inbox / name)
    shutil.copy(SAMPLES / "bad" / "corrupt.pdf", inbox / "corrupt.pdf")
    make_pdf(inbox / "notice.pdf")
    return inbox


def _killing_prepare(marker: Path):
    """prepare() that kills its worker process once (the first call that finds the marker)."""
    real = ingest.prepare

    def prepare(file, entry, today, **kw):
        try:
            os.remove(marker)
        except FileNotFoundError:
            return real(file, entry, today, **kw)
        os._exit(9)  # as if the OOM killer took the worker

    return prepare


# -- plain functions, no Prefect --------------------------------------------------------------

def test_a_killed_worker_breaks_the_batch_and_the_retry_succeeds(tmp_path, monkeypatch):
    inbox = _inbox(tmp_path)
    marker = tmp_path / "kill-once"
    marker.touch()
    monkeypatch.setattr(ingest, "prepare", _killing_prepare(marker))
    ingest.shutdown_pool()  # the pool forks after the patch
    plan = ingest.plan_run(inbox, None, None)
    try:
        with pytest.raises(BrokenProcessPool):
            ingest.prepare_batch(plan.todo, dt.date(2026, 1, 1), workers=2)
        records = ingest.prepare_batch(plan.todo, dt.date(2026, 1, 1), workers=2)  # what the retry does
    finally:
        ingest.shutdown_pool()
    assert [Path(r.file).name for r in records] == [p.file.rel for p in plan.todo]


def _load_items(url: str, items: list[dict], barrier) -> list[tuple[int, int]]:
    library = Library(url)
    barrier.wait(timeout=30)
    return [(r.document_id, r.version) for r in (library.load(i, "proc") for i in items)]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_loads_from_several_processes_make_no_duplicates(backend, tmp_path):
    url, cleanup = library_url(backend, tmp_path)
    try:
        library = Library(url)
        library.upgrade()
        items = [item(number=f"聊政办发〔2023〕{n}号", content=chr(ord("a") + n)) for n in range(8)]
        items += [item(number="聊政办发〔2023〕1号", content="y")]  # a second version of one of them
        context = multiprocessing.get_context("spawn")  # clean processes, no inherited engine
        with context.Manager() as manager:
            barrier = manager.Barrier(3)
            with context.Pool(3) as pool:
                results = pool.starmap(_load_items, [(url, items, barrier)] * 3)
        assert len({tuple(r) for r in results}) == 1  # every process saw the same ids and versions
        with library.session() as s:
            assert s.scalar(select(func.count(Version.id))) == 9
        assert len(list(library.documents())) == 8
        assert [v["version"] for v in library.document(results[0][1][0])["versions"]] == [1, 2]
        library.engine.dispose()
    finally:
        cleanup()


# -- the flow -----------------------------------------------------------------------------------

def _versions_per_hash(library: Library) -> dict[str, int]:
    with library.session() as s:
        return dict(s.execute(select(Version.content_hash, func.count(Version.id)).group_by(Version.content_hash)).all())


pytest_slow = pytest.mark.slow


@pytest_slow
def test_flow_retries_a_killed_worker_and_an_unavailable_database(prefect_server, home, tmp_path, monkeypatch):
    inbox = _inbox(tmp_path)
    marker = tmp_path / "kill-once"
    marker.touch()
    monkeypatch.setattr(ingest, "prepare", _killing_prepare(marker))
    ingest.shutdown_pool()
    monkeypatch.setattr(ingest, "prepare_batch_task", ingest.prepare_batch_task.with_options(retry_delay_seconds=0))
    monkeypatch.setattr(ingest, "load_task", ingest.load_task.with_options(retry_delay_seconds=0))
    real_load, calls = Library.load, []

    def flaky_load(self, item, run_id=None):
        calls.append(item["content_hash"])
        if len(calls) == 2:  # after one document went in
            raise OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))
        return real_load(self, item, run_id)

    monkeypatch.setattr(Library, "load", flaky_load)
    summary = ingest.ingest_flow(source=str(inbox), workers=2)
    assert not marker.exists()  # a worker was killed
    assert len(calls) > summary["loaded"]  # and loading was retried
    assert summary["inputs"] == 5 == summary["loaded"] + summary["quarantined"]
    library = Library()
    assert set(_versions_per_hash(library).values()) == {1}
    assert len(list(library.documents())) == summary["loaded"]
    assert [r.status for r in library.runs()] == ["completed"]


@pytest_slow
def test_an_interrupted_run_started_again_loads_each_document_once(prefect_server, home, tmp_path, monkeypatch):
    inbox = _inbox(tmp_path)
    monkeypatch.setattr(ingest, "load_task", ingest.load_task.with_options(retries=0))
    real_load, calls = Library.load, []

    def dying_load(self, item, run_id=None):
        calls.append(1)
        if len(calls) > 2:
            raise ConnectionResetError("the machine went down")
        return real_load(self, item, run_id)

    monkeypatch.setattr(Library, "load", dying_load)
    with pytest.raises(ConnectionResetError):
        ingest.ingest_flow(source=str(inbox), workers=1, run_id="first")
    library = Library()
    first = library.runs()
    assert [(r.id, r.status) for r in first] == [("first", "failed")]
    assert "ConnectionResetError" in first[0].totals["error"]
    failure = json.loads((home / "reports" / "first" / "failure.json").read_text(encoding="utf-8"))
    assert failure["status"] == "failed" and "the machine went down" in failure["reason"]
    assert (home / "reports" / "first" / "index.html").is_file()
    assert len(list(library.documents())) == 2

    monkeypatch.setattr(Library, "load", real_load)
    again = ingest.ingest_flow(source=str(inbox), workers=1, run_id="second")
    assert again["skipped"] >= 2  # what the interrupted run loaded is not read again
    assert again["inputs"] == 5
    assert set(_versions_per_hash(library).values()) == {1}
    loaded = {h for h in _versions_per_hash(library)}
    with library.session() as s:
        held = s.execute(select(QuarantineEntry.content_hash, func.count(QuarantineEntry.id)).where(
            QuarantineEntry.released_at.is_(None)).group_by(QuarantineEntry.content_hash)).all()
    assert all(n == 1 for _, n in held)
    assert len(loaded) + len(held) == 5
    third = ingest.ingest_flow(source=str(inbox), workers=1, run_id="third")
    assert third["skipped"] == 5
