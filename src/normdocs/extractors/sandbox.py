"""One document at a time in a long-lived child process, with a budget.

A hostile or broken file may crash a parser (a segfault in a C library), loop, or inflate
until the machine swaps. The work for one document runs in a child process that is kept
between documents (its imports and loaded models are paid once); the parent waits with a
deadline that grows with the document's pages and watches the child's resident memory. A
child that dies, overruns its time or its memory is killed and replaced, and the document
gets a failure (stage, code, Chinese reason) instead of a result; the batch goes on.

A plain subprocess, no Prefect: the same sandbox serves the plain loop, the flow (its
threads share the run's children) and Dask workers. The function run in the child is named by
"module:function" and is called as fn(arg, report); report("stage", name) and report("pages", n) tell the
parent where the work is and how long it may take.
"""

from __future__ import annotations

import importlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Callable

from normdocs.schemas.record import ErrorCode


@dataclass(frozen=True)
class Budget:
    """What one document may cost: seconds grow with its pages, memory is capped."""

    base_seconds: float = 60.0
    seconds_per_page: float = 20.0  # OCR on a loaded machine; a 500-page scan gets ~2.8 hours
    memory_mb: int = 3072  # resident memory of the child; a decompression bomb hits this
    max_pages: int = 5000  # a page count above this is treated as this (a lying header)

    def seconds(self, pages: int | None) -> float:
        return self.base_seconds + self.seconds_per_page * min(max(pages or 1, 1), self.max_pages)


@dataclass
class Failure:
    """Why a document has no result: the stage it was in, a code and a reason for staff."""

    stage: str
    code: ErrorCode
    message: str
    detail: str = ""  # for developers: exception type and where it was raised; never document text


@dataclass
class Outcome:
    result: Any = None
    failure: Failure | None = None


# -- the child ------------------------------------------------------------------------------

def _watch_parent(parent: int) -> None:
    """Exit when the parent is gone (a SIGKILLed run leaves no orphan reading documents)."""
    while True:
        if os.getppid() != parent:
            os._exit(0)
        time.sleep(1.0)


def watch_parent() -> None:
    """Start the watchdog in this process."""
    threading.Thread(target=_watch_parent, args=(os.getppid(),), name="parent-watch", daemon=True).start()


def _resolve(target: str) -> Callable:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def child_entry(argv: list[str]) -> None:
    fd, target, warmup = int(argv[0]), argv[1], argv[2] or None
    _child_main(Connection(fd), target, warmup)


def _child_main(conn, target: str, warmup: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; Ctrl-C reaches the whole group
    watch_parent()
    fn = _resolve(target)
    if warmup:
        try:
            _resolve(warmup)()
        except Exception:  # noqa: BLE001 - a failed warm-up shows again on the first document
            pass
    conn.send(("ready", os.getpid()))

    def report(kind: str, value: Any) -> None:
        conn.send((kind, value))

    while True:
        try:
            arg = conn.recv()
        except (EOFError, OSError):
            return
        if arg is None:
            return
        try:
            result = fn(arg, report)
        except MemoryError:
            conn.send(("error", ("memory", "MemoryError", "")))
        except Exception as exc:  # noqa: BLE001 - any failure of one document is that document's
            # where it failed, never the exception's message: that may quote the document
            frames = traceback.extract_tb(exc.__traceback__)[-4:]
            where = " <- ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames))
            conn.send(("error", ("exception", type(exc).__name__, f"{type(exc).__name__} at {where}")))
        else:
            conn.send(("done", result))


# -- the parent -----------------------------------------------------------------------------

def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _tree_rss_mb(pid: int) -> float:
    """The child's resident memory, with its own children (LibreOffice for .doc files)."""
    total = _rss_mb(pid)
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            total += sum(_rss_mb(int(c)) for c in fh.read().split())
    except (OSError, ValueError):
        pass
    return total


class Sandbox:
    """A child process that runs `target` on one argument at a time under a budget."""

    def __init__(self, target: str, *, warmup: str | None = None, budget: Budget | None = None,
                 start_timeout: float = 300.0):
        self.target, self.warmup = target, warmup
        self.budget = budget or Budget()
        self.start_timeout = start_timeout
        self._process: subprocess.Popen | None = None
        self._conn: Connection | None = None
        self._ready = False
        self.replaced = 0  # children killed or lost and started again

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the child now (it imports in the background); run() waits for it to be ready.

        A plain subprocess over a socket pair, not multiprocessing: it works from daemonic
        processes too (Dask's workers), never forks a process that has threads and never
        re-imports the parent's __main__."""
        if self._process is not None and self._process.poll() is None:
            return
        parent_sock, child_sock = socket.socketpair()
        code = "import sys; from normdocs.extractors.sandbox import child_entry; child_entry(sys.argv[1:])"
        argv = [sys.executable, "-c", code, str(child_sock.fileno()), self.target, self.warmup or ""]
        try:
            process = subprocess.Popen(argv, pass_fds=(child_sock.fileno(),), stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, close_fds=True)
        finally:
            child_sock.close()
        self._process, self._conn, self._ready = process, Connection(parent_sock.detach()), False

    def _channel(self) -> Connection:
        """The socket to the child (set by start() with the process)."""
        if self._conn is None:
            raise RuntimeError("sandbox child not started")
        return self._conn

    def _wait_ready(self) -> None:
        if self._ready:
            return
        if not self._channel().poll(self.start_timeout):
            self._kill()
            raise RuntimeError("sandbox child did not start")
        kind, _ = self._channel().recv()
        if kind != "ready":
            self._kill()
            raise RuntimeError(f"sandbox child sent {kind!r} before ready")
        self._ready = True

    def _kill(self) -> None:
        process, self._process = self._process, None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if process is not None:
            if process.poll() is None:
                process.kill()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            self.replaced += 1

    def close(self) -> None:
        """Ask the child to exit; kill it if it does not."""
        process = self._process
        if process is None:
            return
        try:
            self._channel().send(None)
            process.wait(timeout=5)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        self._kill()
        self.replaced -= 1  # a requested exit is not a replacement

    def run(self, arg: Any) -> Outcome:
        """Run the target on `arg`; never raises for what the document does."""
        try:
            self.start()
            self._wait_ready()
            self._channel().send(arg)
        except (OSError, EOFError, RuntimeError) as exc:
            self._kill()
            return Outcome(failure=Failure("extract", ErrorCode.internal_error,
                                           "处理进程无法启动，文件未处理（内部错误）。", repr(exc)))
        stage, pages = "extract", None
        started = time.monotonic()
        deadline = started + self.budget.seconds(pages)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                seconds = round(time.monotonic() - started)
                self._kill()
                return Outcome(failure=Failure(stage, ErrorCode.too_large,
                                               f"处理超时：{seconds} 秒内未完成（上限按页数计算），文件未处理。"))
            try:
                channel = self._channel()
                ready = channel.poll(min(0.5, remaining))
                message = channel.recv() if ready else None
            except (EOFError, OSError):
                process = self._process
                code = None
                if process is not None:
                    try:
                        code = process.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        pass
                self._kill()
                how = f"信号 {-code}" if code is not None and code < 0 else f"退出码 {code}"
                return Outcome(failure=Failure(stage, ErrorCode.internal_error,
                                               f"处理进程意外终止（{how}），文件未处理（内部错误）。"))
            except Exception as exc:  # noqa: BLE001 - a result that does not unpickle here (mixed code versions)
                self._kill()
                return Outcome(failure=Failure(stage, ErrorCode.internal_error,
                                               "处理结果无法读取，文件未处理（内部错误）。", type(exc).__name__))
            if message is None:
                if self.pid is not None and _tree_rss_mb(self.pid) > self.budget.memory_mb:
                    self._kill()
                    return Outcome(failure=Failure(stage, ErrorCode.too_large,
                                                   f"处理时占用内存超过上限（{self.budget.memory_mb} MB），"
                                                   "疑似解压炸弹或超大图像，文件未处理。"))
                continue
            kind, value = message
            if kind == "done":
                return Outcome(result=value)
            if kind == "stage":
                stage = value
            elif kind == "pages":
                pages = value
                deadline = started + self.budget.seconds(pages)
            elif kind == "error":
                what, name, detail = value
                if what == "memory":
                    # the child may be left in a poor state: start a fresh one for the next document
                    self._kill()
                    return Outcome(failure=Failure(stage, ErrorCode.too_large,
                                                   "处理时内存不足，文件过大，未处理。", name))
                return Outcome(failure=Failure(stage, ErrorCode.internal_error,
                                               f"处理出错（{name}），文件未处理（内部错误）。", detail))


class SandboxPool:
    """N sandboxes driven by threads: the documents of every batch handed to it are dealt to
    whichever child is free. Several threads may call map() at once (Prefect's thread task
    runner runs batches side by side): they share the same N children."""

    def __init__(self, target: str, size: int, **kwargs: Any):
        from queue import SimpleQueue

        self.sandboxes = [Sandbox(target, **kwargs) for _ in range(max(1, size))]
        self._free: SimpleQueue = SimpleQueue()
        for box in self.sandboxes:
            self._free.put(box)

    def start(self) -> None:
        """Start the children now (they import in the background while the caller goes on);
        call it before any map() (a child is otherwise started by its first document)."""
        for box in self.sandboxes:
            box.start()

    def map(self, args: list[Any]) -> list[Outcome]:
        from concurrent.futures import ThreadPoolExecutor

        def one(arg: Any) -> Outcome:
            box = self._free.get()
            try:
                return box.run(arg)
            finally:
                self._free.put(box)

        with ThreadPoolExecutor(min(len(self.sandboxes), max(1, len(args)))) as threads:
            return list(threads.map(one, args))

    def close(self) -> None:
        for box in self.sandboxes:
            box.close()


# -- one pool per process, kept between batches ----------------------------------------------

_pools: dict[tuple, SandboxPool] = {}
_pools_lock = threading.Lock()


def shared_pool(target: str, size: int, warmup: str | None = None) -> SandboxPool:
    """This process's sandboxes for `target` (kept between batches: their imports are paid once),
    started when first asked for; one pool also when several threads ask at once."""
    key = (target, size, warmup)
    with _pools_lock:
        pool = _pools.get(key)
        if pool is None:
            pool = _pools[key] = SandboxPool(target, size, warmup=warmup)
            pool.start()
    return pool


def close_pools() -> None:
    with _pools_lock:
        while _pools:
            _pools.popitem()[1].close()

