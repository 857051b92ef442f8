"""What masking and the encrypted extraction cache cost, per document, on the samples.

    python benchmarks/mask_bench.py [DIR]      # default data/samples

Prints medians over 5 runs (after a warm-up) of: masking a reviewed record's metadata and file
name (mask_record), sealing (gzip + AES-GCM) and unsealing a cached record against plain gzip,
and the code digest that versions the cache (once per process).
"""

from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from normdocs.extractors import extract_file
from normdocs.extractors import cache as cache_module
from normdocs.review import find_findings
from normdocs.review.redaction import mask_record


def _median(fn, runs: int = 5) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(folder: Path) -> None:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    records = [r for r in (extract_file(str(p), keep_layout=True) for p in files) if r.status == "ok"]
    for r in records:
        r.findings = find_findings(r)
    blobs = [r.model_dump_json().encode() for r in records]
    key = os.urandom(32)
    n = len(records)

    mask = _median(lambda: [mask_record(r.model_copy(deep=True)) for r in records])
    copy = _median(lambda: [r.model_copy(deep=True) for r in records])
    plain = _median(lambda: [gzip.decompress(gzip.compress(b, compresslevel=1)) for b in blobs])
    sealed = _median(lambda: [cache_module.unseal(cache_module.seal(b, key, "x"), key, "x") for b in blobs])
    start = time.perf_counter()
    cache_module.code_digest("normdocs.extractors")
    digest = time.perf_counter() - start
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"commit {commit}, {n} documents from {folder}, mean record JSON {sum(map(len, blobs)) / n / 1024:.0f} KiB")
    print(f"mask_record:               {(mask - copy) / n * 1000:.2f} ms/doc (deep copy excluded)")
    print(f"cache write+read, gzip:    {plain / n * 1000:.2f} ms/doc")
    print(f"cache write+read, +AES-GCM:{sealed / n * 1000:.2f} ms/doc")
    print(f"code digest (once per process): {digest * 1000:.0f} ms")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("data/samples"))
