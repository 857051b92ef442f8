"""Failures: a sandbox child that dies or overruns costs its document, a database that is
briefly away costs a retry, not the run; a run interrupted half-way and started again loads each document exactly once; loads
from several processes at once make no duplicate rows (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from normdocs.extractors.sandbox import Budget, Sandbox
from normdocs.flows import ingest
from normdocs.flows.runlock import lock_name
from normdocs.library.models import QuarantineEntry, Version
from normdocs.library.store import Library
from normdocs.schemas.record import ErrorCode
from tests.conftest import INBOX_SAMPLES, sample_inbox
from tests.db import library_url
from tests.make_docs import make_pdf
from tests.test_library import item

def _inbox(tmp_path: Path) -> Path:
    inbox = sample_inbox(tmp_path)
    make_pdf(inbox / "notice.pdf")
    return inbox


# Targets the sandbox's child runs (imported there by name).
def sleepy(arg, report):
    report("stage", "review")
    time.sleep(arg)
    return os.getpid()


def crashing(arg, report):
    report("stage", "extract")
    if arg == "die":
        os.kill(os.getpid(), signal.SIGSEGV)  # as a C parser's crash would
    if arg == "raise":
        raise ValueError("parser bug")
    return os.getpid()


# -- plain functions, no Prefect --------------------------------------------------------------

@pytest.mark.slow  # child processes and their time budgets: 10-15 s each
def test_the_sandbox_keeps_one_child_and_replaces_it_when_it_dies():
    box = Sandbox("tests.test_failures:crashing")
    try:
        first = box.run("ok").result
        assert box.run("ok").result == first  # one long-lived child, not one per document
        died = box.run("die").failure
        assert died.code == ErrorCode.internal_error and died.stage == "extract"
        assert "意外终止（信号 11）" in died.message
        raised = box.run("raise").failure
        assert raised.code == ErrorCode.internal_error and "ValueError" in raised.message
        assert "test_failures.py" in raised.detail and "parser bug" not in raised.detail  # no message: it may quote the text
        again = box.run("ok").result
        assert again != first and box.replaced == 1  # replaced once (an exception keeps the child)
    finally:
        box.close()


@pytest.mark.slow  # child processes and their time budgets: 10-15 s each
def test_the_sandbox_stops_a_document_that_overruns_its_budget():
    box = Sandbox("tests.test_failures:sleepy", budget=Budget(base_seconds=1.0, seconds_per_page=0.0))
    try:
        assert box.run(0.01).result
        began = time.monotonic()
        late = box.run(60).failure
        assert time.monotonic() - began < 30
        assert late.code == ErrorCode.too_large and late.stage == "review" and "超时" in late.message
        assert box.run(0.01).result  # a fresh child takes the next document
    finally:
        box.close()


@pytest.mark.slow  # child processes: a few seconds
def test_batches_running_side_by_side_share_the_pool_s_children():
    """Prefect's thread task runner runs batches at once in one process: they share its N
    children (one document per child at a time), each batch gets its own results in order."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ingest.SandboxPool("tests.test_failures:sleepy", 2)
    try:
        pool.start()
        children = {box.pid for box in pool.sandboxes}
        with ThreadPoolExecutor(3) as threads:
            batches = list(threads.map(pool.map, [[0.05] * 6, [0.01] * 5, [0.02] * 4]))
        assert [len(b) for b in batches] == [6, 5, 4]
        assert all(o.failure is None for b in batches for o in b)
        assert {o.result for b in batches for o in b} == children  # no third child, none replaced
        assert sum(box.replaced for box in pool.sandboxes) == 0
    finally:
        pool.close()


@pytest.mark.slow  # child processes and their time budgets: 10-15 s each
def test_overruns_quarantine_each_document_with_its_stage_and_the_batch_goes_on(tmp_path):
    """Real documents under a budget too small for any: each is quarantined with the stage it was
    in and a reason; with the normal budget the same batch reads."""
    inbox = _inbox(tmp_path)
    plan = ingest.plan_run(inbox, None, None)
    pool = ingest.SandboxPool(ingest.SANDBOX_TARGET, 2, warmup=ingest.SANDBOX_WARMUP,
                              budget=Budget(base_seconds=0.001, seconds_per_page=0.0))
    try:
        outcomes = pool.map([(p.file, p.entry, dt.date(2026, 1, 1), p.sha256, None) for p in plan.todo])
    finally:
        pool.close()
    records = [ingest._outcome_record(p, o) for p, o in zip(plan.todo, outcomes)]
    assert all(r.status == "error" and r.error.code == ErrorCode.too_large for r in records)
    held = [ingest.quarantine_reasons(r, []) for r in records]
    assert {stage for stage, _ in held} <= {"extract", "review", "enrich"}
    assert all("超时" in reasons[0] for _, reasons in held)
    records = ingest.prepare_batch(plan.todo, dt.date(2026, 1, 1), workers=2)
    assert [Path(r.file).name for r in records] == [p.file.rel for p in plan.todo]
    assert sum(r.status == "ok" for r in records) == 4


def _load_items(url: str, items: list[dict], barrier) -> list[tuple[int, int]]:
    library = Library(url)
    barrier.wait(timeout=30)
    return [(r.document_id, r.version) for r in (library.load(i, "proc") for i in items)]


@pytest.mark.slow  # child processes and their time budgets: 10-15 s each
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
        assert [v.version for v in library.document(results[0][1][0]).versions] == [1, 2]
        library.engine.dispose()
    finally:
        cleanup()


# -- the flow -----------------------------------------------------------------------------------

def _versions_per_hash(library: Library) -> dict[str, int]:
    with library.session() as s:
        return dict(s.execute(select(Version.content_hash, func.count(Version.id)).group_by(Version.content_hash)).all())


pytest_slow = pytest.mark.slow


@pytest_slow
def test_flow_on_two_workers_retries_an_unavailable_database(prefect_server, home, tmp_path, monkeypatch):
    inbox = _inbox(tmp_path)
    monkeypatch.setattr(ingest, "load_task", ingest.load_task.with_options(retry_delay_seconds=0))
    real_load, calls = Library.load, []

    def flaky_load(self, item, run_id=None):
        calls.append(item.content_hash)
        if len(calls) == 2:  # after one document went in
            raise OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))
        return real_load(self, item, run_id)

    monkeypatch.setattr(Library, "load", flaky_load)
    summary = ingest.ingest_flow(source=str(inbox), workers=2, run_id="pool")
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        assert "ingest-pool" in {r.name for r in client.read_flow_runs()}  # a run's name says which run
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


# -- killed runs, for real: `normdocs ingest` in a subprocess --------------------------------------

def _cli_env(home: Path) -> dict:
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if not k.startswith("NORMDOCS_")}
    env.update(NORMDOCS_HOME=str(home), NORMDOCS_WORKERS="2", PREFECT_API_URL=PREFECT_API_URL.value(),
               PREFECT_LOGGING_LEVEL="WARNING")
    return env


def _big_inbox(tmp_path: Path, copies: int = 12) -> Path:
    """Enough documents that a run is still reading when it is killed."""
    inbox = _inbox(tmp_path)
    for i in range(copies):
        lines = [("number", f"聊政办发〔2024〕{i + 1}号"), ("title", f"关于第{i + 1}项工作的通知"),
                 ("text", "各县（市、区）人民政府："), ("text", f"现将第{i + 1}项工作安排如下。"),
                 ("right", "聊城市人民政府办公室"), ("right", "2024年3月1日")]
        make_pdf(inbox / f"copy{i:02d}.pdf", lines, pages=3 + i % 4)
    return inbox


def _start_ingest(inbox: Path, env: dict):
    import subprocess
    import sys

    normdocs = str(Path(sys.executable).with_name("normdocs"))
    return subprocess.Popen([normdocs, "ingest", str(inbox), "--json"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _cmdline(process) -> list[str]:
    """A child's command line; [] for one that just ended (a zombie or gone: a short-lived helper)."""
    import psutil

    try:
        return process.cmdline()
    except (psutil.ZombieProcess, psutil.NoSuchProcess, psutil.AccessDenied):
        return []


def _wait_for_sandboxes(proc, library_url: str, cache: Path, timeout: float = 400) -> tuple[dict, list]:
    """Until the run holds the lock, its sandbox children run and they have begun reading (the
    extraction cache holds a document): the children start before discovery, which may take a while."""
    import psutil

    began = time.monotonic()
    while time.monotonic() - began < timeout:
        assert proc.poll() is None, proc.communicate()
        try:
            holder = Library(library_url).lock_holder(lock_name(library_url))
        except Exception:  # noqa: BLE001 - the tables may not exist yet
            holder = None
        family = psutil.Process(proc.pid).children(recursive=True)
        sandboxes = [p for p in family if "normdocs.extractors.sandbox" in " ".join(_cmdline(p))]
        if holder and sandboxes and cache.is_dir() and any(p.is_file() for p in cache.rglob("*")):
            return holder, family
        time.sleep(0.5)
    raise AssertionError("the run did not start its sandboxes")


def _gone(family) -> bool:
    import psutil

    _, alive = psutil.wait_procs(family, timeout=30)
    return not alive


@pytest_slow
def test_a_sigkilled_run_is_taken_over_and_the_rerun_loads_each_document_once(prefect_server, home, tmp_path):
    inbox = _big_inbox(tmp_path)
    env = _cli_env(home)
    url = f"sqlite:///{home / 'normdocs.db'}"
    first = _start_ingest(inbox, env)
    holder, family = _wait_for_sandboxes(first, url, home / "cache" / "extract")
    os.kill(first.pid, signal.SIGKILL)
    first.wait(30)
    assert _gone(family)  # pool workers and sandbox children exit with the run (no orphans)

    second = _start_ingest(inbox, env)
    out, err = second.communicate(timeout=900)
    assert second.returncode == 0, err
    assert f"接管文库锁：运行 {holder['run_id']}" in err and "其进程已不存在" in err
    summary = json.loads(out.strip().splitlines()[-1])
    total = len(INBOX_SAMPLES) + 2 + 12
    assert summary["inputs"] == total == summary["loaded"] + summary["quarantined"] + summary["skipped"] + summary["ignored"]
    library = Library(url)
    assert set(_versions_per_hash(library).values()) == {1}  # each document loaded exactly once
    assert {r.id: r.status for r in library.runs()} == {holder["run_id"]: "crashed", summary["run_id"]: "completed"}
    third = _start_ingest(inbox, env)
    out, err = third.communicate(timeout=900)
    assert json.loads(out.strip().splitlines()[-1])["skipped"] == total
    assert "接管" not in err


@pytest_slow
def test_sigterm_stops_the_run_cleanly(prefect_server, home, tmp_path):
    inbox = _big_inbox(tmp_path)
    url = f"sqlite:///{home / 'normdocs.db'}"
    run = _start_ingest(inbox, _cli_env(home))
    holder, family = _wait_for_sandboxes(run, url, home / "cache" / "extract")
    os.kill(run.pid, signal.SIGTERM)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 130, err
    assert "运行被中断" in err
    assert _gone(family)  # pool workers, sandbox children: none left
    library = Library(url)
    assert library.lock_holder(lock_name(url)) is None  # released on the way out
    assert {r.id: r.status for r in library.runs()} == {holder["run_id"]: "crashed"}
    failure = json.loads((home / "reports" / holder["run_id"] / "failure.json").read_text(encoding="utf-8"))
    assert failure["stage"] in {"prepare", "validate", "load"} and failure["files"]
