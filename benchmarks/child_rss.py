"""Peak RSS and wall time of a snippet run in a fresh interpreter (extract_speed.py, ocr_bench.py).

A fresh, small interpreter starts each measured child and reaps it with os.wait4, which
returns that child's own rusage. Not spawned from the benchmark directly: on Linux a child's
peak RSS includes the parent's RSS at fork time (copied into the forked image before exec),
and a benchmark holds a corpus' worth of state by then.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

LAUNCHER = """
import json, os, sys, time
start = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ)
_, status, rusage = os.wait4(pid, 0)
print(json.dumps({"maxrss": rusage.ru_maxrss, "exit": os.waitstatus_to_exitcode(status),
                  "wall_s": time.perf_counter() - start}))
"""


def peak_rss_mb(maxrss: int) -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS
    return maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def run_child(code: str, args: list[str], env: dict | None = None) -> dict:
    """Run `code` with `args` (and `env` over this environment) in a fresh interpreter: its peak
    RSS, wall time and exit status, with the child's own last JSON line or its last error line."""
    proc = subprocess.run([sys.executable, "-c", LAUNCHER, sys.executable, "-c", code, *args],
                          capture_output=True, text=True, env={**os.environ, **(env or {})})
    lines = proc.stdout.strip().splitlines()
    report = json.loads(lines[-1])  # the launcher's line comes after everything the child printed
    row = {"peak_rss_mb": round(peak_rss_mb(report["maxrss"]), 1),
           "wall_s": round(report["wall_s"], 2), "exit": report["exit"]}
    if report["exit"] == 0 and len(lines) > 1:
        row.update(json.loads(lines[-2]))
    else:
        row["error"] = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return row
