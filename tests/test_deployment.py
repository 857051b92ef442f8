"""End to end as an office runs it: a real Prefect server, the process work pool, the
deployments from prefect.yaml, a run of `ingest-manual` created with `normdocs deployment run`
(checked in Prefect before any worker starts), a worker that runs it on a few samples.

Everything is started in its own process group and stopped by PID in a finally.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from normdocs.library.store import Library
from tests.conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow

PREFECT = str(Path(sys.executable).with_name("prefect"))
NORMDOCS = str(Path(sys.executable).with_name("normdocs"))
FILES = ("decision_qingdao.pdf", "policy_hebei.html", "opinion_nanning.docx")
PERSON_ID = "11010119900307123" + "3"  # a valid resident ID (check digit 3)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, server: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"prefect server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"prefect server not healthy after {timeout} s")


def _flow_runs(api: str, deployment: str | None = None) -> list[dict]:
    """Flow runs as Prefect's API holds them (of one deployment: the scheduled ones are there too)."""
    body = {"deployments": {"name": {"any_": [deployment]}}} if deployment else {}
    request = urllib.request.Request(api + "/flow_runs/filter", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=5)


def test_deploy_and_run_ingest_manual(tmp_path, prefect_home_template):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    home = tmp_path / "home"
    db_url = f"sqlite:///{tmp_path / 'library.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NORMDOCS_"))}
    env.update({
        "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "GX_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING",
        "NORMDOCS_HOME": str(home), "NORMDOCS_DATABASE_URL": db_url, "PWD": str(REPO),
        "PREFECT_WORKER_QUERY_SECONDS": "2",  # the worker finds the scheduled run soon (default 10 s)
    })
    shutil.copytree(prefect_home_template, tmp_path / "prefect")  # the server starts on a migrated database
    inbox = tmp_path / f"inbox_{PERSON_ID}"  # a folder named after a person: Prefect must hold it masked
    inbox.mkdir()
    for name in FILES:
        shutil.copy(SAMPLES / name, inbox / name)
    shutil.copy(SAMPLES / "bad" / "corrupt.pdf", inbox / "corrupt.pdf")

    logs = tmp_path / "logs"
    logs.mkdir()
    started: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> subprocess.Popen:
        proc = subprocess.Popen([PREFECT, *args], env=env, cwd=REPO, start_new_session=True,
                                stdout=open(logs / f"{name}.log", "wb"), stderr=subprocess.STDOUT)
        started.append(proc)
        return proc

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        done = subprocess.run([PREFECT, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
        assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        return done

    try:
        server = start("server", "server", "start", "--host", "127.0.0.1", "--port", str(port))
        _wait_healthy(api, server)
        run("work-pool", "create", "normdocs", "--type", "process")
        deployed = run("--no-prompt", "deploy", "--all")
        for name in ("ingest-manual", "nightly", "weekly-review"):
            assert name in deployed.stdout
        nightly = run("deployment", "inspect", "nightly/nightly").stdout
        for expected in ("0 2 * * *", "Asia/Shanghai", str(home), "set_working_directory", "'limit': 1"):
            assert expected in nightly, (expected, nightly[-3000:])
        # the run is created by reference: before any worker starts, Prefect holds the folder masked
        created = subprocess.run([NORMDOCS, "deployment", "run", "ingest/ingest-manual", "--source", str(inbox)],
                                 env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
        assert created.returncode == 0, f"{created.stdout[-2000:]}\n{created.stderr[-3000:]}"
        assert PERSON_ID not in created.stdout + created.stderr
        pending = _flow_runs(api, "ingest-manual")
        assert len(pending) == 1 and pending[0]["state"]["type"] == "SCHEDULED", pending
        source = pending[0]["parameters"]["source"]
        assert PERSON_ID not in json.dumps(pending, ensure_ascii=False) and "****" in source and "[ref:" in source
        refs = home / "run-refs"
        assert oct(refs.stat().st_mode & 0o777) == "0o700"
        assert [oct(f.stat().st_mode & 0o777) for f in refs.iterdir()] == ["0o600"]

        start("worker", "worker", "start", "--pool", "normdocs", "--limit", "2")
        deadline = time.monotonic() + 180
        while (state := _flow_runs(api, "ingest-manual")[0]["state"]["type"]) not in ("COMPLETED", "FAILED", "CRASHED"):
            assert time.monotonic() < deadline, f"run still {state}"
            time.sleep(2)
        worker_log = (logs / "worker.log").read_text(errors="replace")[-4000:]
        assert state == "COMPLETED", worker_log
        stored = _flow_runs(api)
        assert stored and all(PERSON_ID not in json.dumps(r["parameters"], ensure_ascii=False) for r in stored)
        assert any("****" in str(r["parameters"].get("source")) for r in stored)
        assert all(PERSON_ID not in r["name"] for r in stored)
    finally:
        for proc in reversed(started):
            _stop(proc)

    library = Library(db_url)
    runs = library.runs()
    assert [r.status for r in runs] == ["completed"]
    assert runs[0].totals["inputs"] == 4 and runs[0].totals["loaded"] >= 2
    assert runs[0].totals["rules_version"]
    loaded = list(library.documents())
    assert len(loaded) == runs[0].totals["loaded"]
    assert any(e.file.endswith("corrupt.pdf") for e in library.quarantined())
    report = json.loads((Path(runs[0].report).parent / "report.json").read_text(encoding="utf-8"))
    assert {Path(d["file"]).name for d in report["documents"]} == {*FILES, "corrupt.pdf"}
    assert Path(runs[0].report).is_relative_to(home)
