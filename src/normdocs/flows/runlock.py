"""The library lock: one writing run at a time, released on every exit, taken over from a dead run.

A row in the library's `library_locks` table names the holder (run, host, process) and is
renewed by a heartbeat thread. A run that finds it held waits (`等待…`, naming the holder);
when the holder's heartbeat is older than the lease, or its process on this host is gone (a
SIGKILL), the waiting run takes the lock over, says so, marks the dead run crashed and stops
the processes it left (Prefect's ephemeral server, sandbox children).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import socket
import sys
import threading
import time
from contextlib import contextmanager

import psutil

from normdocs.library.store import Library

log = logging.getLogger("normdocs.lock")

LEASE_SECONDS = 60.0  # a holder whose heartbeat is older than this is dead
HEARTBEAT_SECONDS = 5.0
WAIT_MESSAGE_SECONDS = 30.0


def lock_name(url: str) -> str:
    """The lock's name: one per library (the URL without its password)."""
    plain = re.sub(r"//([^:/@]+):[^@]+@", r"//\1@", url)
    return "normdocs-library-" + hashlib.sha256(plain.encode()).hexdigest()[:10]


def _started(pid: int) -> float | None:
    try:
        return psutil.Process(pid).create_time()
    except psutil.Error:
        return None


def _is_alive(pid: int, started: float | None) -> bool:
    now = _started(pid)
    return now is not None and (started is None or abs(now - started) < 1.0)


def own_processes() -> list[list]:
    """This process's descendants as [pid, start time]: what a run taking over stops if we die."""
    out = []
    try:
        for child in psutil.Process().children(recursive=True):
            try:
                out.append([child.pid, child.create_time()])
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return out


def holder_is_gone(holder: dict) -> bool:
    """The holder's process is known to have ended (same host, pid gone or reused)."""
    return holder["host"] == socket.gethostname() and not _is_alive(holder["pid"], holder.get("pid_started"))


def stop_leftovers(processes: list) -> list[int]:
    """Stop what a dead run left on this host (only processes whose pid and start time match)."""
    found = []
    for pid, started in processes:
        if pid == os.getpid() or not _is_alive(pid, started):
            continue
        try:
            proc = psutil.Process(pid)
            proc.terminate()
            found.append(proc)
        except psutil.Error:
            pass
    _, alive = psutil.wait_procs(found, timeout=10)
    for proc in alive:
        try:
            proc.kill()
        except psutil.Error:
            pass
    return [p.pid for p in found]


class LockBusy(Exception):
    """The lock is held by a live run (raised when the caller does not wait)."""

    def __init__(self, holder: dict):
        super().__init__(holder.get("run_id"))
        self.holder = holder


def _say(message: str) -> None:
    """Staff see this whatever the logging level (the command line quiets Prefect's logs)."""
    log.warning(message)
    print(message, file=sys.stderr, flush=True)


@contextmanager
def library_lock(library: Library, run_id: str, *, lease: float = LEASE_SECONDS,
                 heartbeat: float = HEARTBEAT_SECONDS, poll: float = 2.0, wait: bool = True):
    """Hold the library's lock for the block; always released on the way out. With `wait=False`
    a lock held by a live run raises LockBusy at once (a dead holder is still taken over)."""
    name = lock_name(library.url)
    me = os.getpid()
    holder = {"run_id": run_id, "host": socket.gethostname(), "pid": me, "pid_started": _started(me),
              "processes": own_processes()}
    said = 0.0
    while True:
        state, other = library.try_lock(name, holder, lease, holder_is_gone)
        if state == "acquired":
            break
        if state == "taken_over" and other is not None:
            why = ("其进程已不存在" if holder_is_gone(other) else f"心跳已停止 {other['heartbeat_age']:.0f} 秒，超过租期 {lease:.0f} 秒")
            _say(f"接管文库锁：运行 {other['run_id']}（进程 {other['pid']}@{other['host']}）已中断（{why}），"
                 "标记为 crashed 并清理其遗留进程。")
            library.crash_runs(f"运行中断（{why}），由运行 {run_id} 接管文库锁。", run_ids=[other["run_id"]])
            if other["host"] == holder["host"]:
                stopped = stop_leftovers(other["processes"])
                if stopped:
                    _say(f"已停止中断运行遗留的 {len(stopped)} 个进程：{', '.join(map(str, stopped))}")
            break
        if not wait:
            raise LockBusy(other or {})
        now = time.monotonic()
        if other is not None and now - said >= WAIT_MESSAGE_SECONDS:
            _say(f"等待运行 {other['run_id']}（进程 {other['pid']}@{other['host']}，"
                 f"{other['heartbeat_age']:.0f} 秒前有心跳）释放文库锁…")
            said = now
        time.sleep(poll)
    # holding the lock: no other run on this library can be alive
    library.crash_runs(f"运行中断，由运行 {run_id} 发现并标记。", keep=run_id)
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(heartbeat):
            try:
                if not library.heartbeat_lock(name, run_id, own_processes()):
                    log.error("run %s: the library lock was taken over by another run", run_id)
            except Exception:  # noqa: BLE001 - a missed beat is retried; the lease allows several
                log.warning("run %s: heartbeat failed", run_id, exc_info=True)

    thread = threading.Thread(target=beat, name="library-lock-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=heartbeat + 5)
        try:
            library.release_lock(name, run_id)
        except Exception:  # noqa: BLE001 - the lease frees it then
            log.warning("run %s: could not release the library lock; it lapses after %.0f s", run_id, lease,
                        exc_info=True)
