"""Ingest throughput and memory: the stages in a plain loop against the Prefect flow.

    python benchmarks/ingest_bench.py [-n 1000] [--corpus DIR] [--modes plain,flow1,flowall,dask,rerun]

Generates N text documents (PDF and DOCX, 1-20 pages, about 5 on average; PDFs from
benchmarks/corpus_gen.py), starts one Prefect server (its start-up is reported apart), then runs
each mode in a fresh process with a fresh NORMDOCS_HOME (library, extraction cache, reports):

  plain      the stages called in a plain loop (no Prefect), one sandbox child
  plainall   the same loop with one sandbox child per core
  flow1      the `ingest` flow, workers=1
  flowall    the `ingest` flow, workers=all cores (Prefect's ThreadPoolTaskRunner, one sandbox child per core)
  dask       the `ingest` flow on a Dask cluster of 2 workers started beforehand (NORMDOCS_DASK_ADDRESS)
  rerun      the `ingest` flow again over the unchanged folder of `flowall` (everything skipped; when
             the rule files changed in between, that run is reported as `redecide` and repeated)

Time is from flow start (after imports) to its return; peak memory is the summed PSS (resident
memory with pages shared between forked processes counted once) of the whole process tree
(the run's process and its children; for `dask` plus the cluster's processes),
sampled every 0.2 s. Every mode reads each document in a sandboxed child process (one long-lived
child per slot, extractors/sandbox.py). The machine's load average (`uptime`) is printed with each
figure. The tree's CPU seconds and the share of the machine other processes used
meanwhile are reported too: on a shared machine the wall times are only as good as that share.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PAGE_WEIGHTS = {p: w for p, w in zip(range(1, 21), [14, 16, 14, 11, 9, 7, 6, 5, 4, 3, 2, 2, 1.5, 1.2, 1, 1, 0.8, 0.8, 0.7, 0.7])}


# -- corpus ---------------------------------------------------------------------------------

def write_docx(path: Path, spec, rng: random.Random) -> None:
    import docx
    from corpus_gen import LINES_PER_PAGE, _paragraph_lines, cn_date

    document = docx.Document()
    document.add_paragraph(spec.issuer + "文件")
    document.add_paragraph(spec.doc_number)
    document.add_paragraph(spec.title)
    document.add_paragraph("、".join(spec.recipients) + "：")
    lines = _paragraph_lines(rng, max(4, spec.cover_pages + spec.attachment_pages) * LINES_PER_PAGE - 10)
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph(spec.issuer)
    document.add_paragraph(cn_date(spec.signed_date))
    if spec.disclosure:
        document.add_paragraph("（此件公开发布）")
    document.add_paragraph(f"{spec.printer}  {cn_date(spec.printed_date)}印发")
    document.save(str(path))


def generate(directory: Path, n: int, seed: int = 2026) -> dict:
    from corpus_gen import random_spec, write_pdf

    directory.mkdir(parents=True, exist_ok=True)
    stamp = directory / ".corpus.json"
    if stamp.exists() and json.loads(stamp.read_text())["n"] == n:
        return json.loads(stamp.read_text())
    for old in directory.iterdir():
        if old.is_file():
            old.unlink()
    rng = random.Random(seed)
    pages = rng.choices(list(PAGE_WEIGHTS), weights=list(PAGE_WEIGHTS.values()), k=n)
    total_pages, kinds = 0, {"pdf": 0, "docx": 0}
    for i, count in enumerate(pages):
        spec = random_spec(rng, count, seed=seed * 10000 + i)
        if rng.random() < 0.7:
            write_pdf(directory / f"doc{i:05d}.pdf", spec)
            total_pages += spec.pages
            kinds["pdf"] += 1
        else:
            write_docx(directory / f"doc{i:05d}.docx", spec, random.Random(spec.seed))
            total_pages += count
            kinds["docx"] += 1
    info = {"n": n, "pages": total_pages, "mean_pages": round(total_pages / n, 2), **kinds}
    stamp.write_text(json.dumps(info))
    return info


# -- one measured run, in its own process --------------------------------------------------------

def child(mode: str, corpus: str, workers: int) -> None:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    if mode.startswith("plain"):
        import datetime as dt

        from normdocs.flows import ingest
        from normdocs.reports.run_report import write_report
        from normdocs.library.store import Library
        from normdocs.schemas.report import RunReport
        from normdocs.schemas.settings import OFFICE_TZ, Settings, office_today

        settings = Settings()
        t0 = time.perf_counter()
        library = Library(settings.database_url, settings)
        library.upgrade()
        run_id, started, today, rules = ingest.new_run_id(), dt.datetime.now(OFFICE_TZ), office_today(), ingest.rules_version()
        library.start_run(run_id, corpus)
        library.note_run_rules(run_id, rules)
        plan = ingest.plan_run(Path(corpus), None, library, rules)
        rows = []
        for start in range(0, len(plan.todo), ingest.CHUNK_SIZE):
            chunk = plan.todo[start : start + ingest.CHUNK_SIZE]
            records = []
            for b in range(0, len(chunk), ingest.BATCH_SIZE):
                records += ingest.prepare_batch(chunk[b : b + ingest.BATCH_SIZE], today, workers,
                                                settings.cache_dir / "extract")
            failures, _ = ingest.validate_records(records, library, settings.gx_root, today)
            rows += ingest.load_or_quarantine(records, failures, library, run_id, rules)
        rows += ingest.skipped_rows(plan.skipped)
        report = RunReport.build(run_id=run_id, started_at=started, finished_at=dt.datetime.now(OFFICE_TZ),
                                 source=corpus, rules_version=rules, documents=rows)
        write_report(report, settings.reports_dir)
        ingest.shutdown_sandboxes()
        summary = report.totals.model_dump()
    else:
        from normdocs.flows.ingest import ingest_flow

        t0 = time.perf_counter()
        summary = ingest_flow(source=corpus, workers=workers)
    elapsed = time.perf_counter() - t0
    print("RESULT " + json.dumps({"seconds": elapsed, "summary": summary}), flush=True)


# -- the driver --------------------------------------------------------------------------------

def tree_sample(pids: list[int], cpu: dict[int, float]) -> int:
    """Summed PSS of the processes and their descendants; records each one's CPU seconds in `cpu`."""
    import psutil

    total = 0
    for pid in pids:
        try:
            proc = psutil.Process(pid)
            family = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            continue
        for p in family:
            try:
                with p.oneshot():
                    # PSS: pages shared after fork (the pool's workers) are counted once over the tree
                    total += p.memory_full_info().pss
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system  # own time only: reaped children are sampled too
            except psutil.Error:
                pass
    return total


def measure(mode: str, corpus: Path, workers: int, env: dict, extra_pids: list[int] = ()) -> dict:
    """Runs one mode in a child process; wall time from flow start, peak tree PSS, the tree's CPU
    seconds and the CPU seconds the rest of the machine used meanwhile (other work skews the times)."""
    import psutil

    extra_cpu_before: dict[int, float] = {}
    tree_sample(list(extra_pids), extra_cpu_before)
    machine_before, wall_before = psutil.cpu_times(), time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", mode, "--corpus", str(corpus),
                             "--workers", str(workers)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    peak, cpu = 0, {}
    while proc.poll() is None:
        peak = max(peak, tree_sample([proc.pid, *extra_pids], cpu))
        time.sleep(0.2)
    out, err = proc.communicate()
    machine_after, wall = psutil.cpu_times(), time.perf_counter() - wall_before
    lines = [ln for ln in out.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{mode} failed ({proc.returncode}):\n{err[-4000:]}")
    result = json.loads(lines[-1][7:])
    result["peak_mb"] = round(peak / 2**20)
    own = sum(cpu.values()) - sum(extra_cpu_before.values())
    busy = sum(getattr(machine_after, f) - getattr(machine_before, f) for f in ("user", "system", "nice", "steal"))
    result["cpu_s"] = round(own, 1)
    result["others_cpu_pct"] = round(max(0.0, busy - own) / (wall * (os.cpu_count() or 1)) * 100)
    return result


def report_line(mode: str, result: dict, n: int) -> None:
    s = result["summary"]
    result["docs_per_s"] = round(n / result["seconds"], 1)
    result["load"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{mode:9s} load {result['load']} {result['seconds']:7.1f} s  {result['docs_per_s']:6.1f} docs/s  peak {result['peak_mb']} MB"
          f"  cpu {result['cpu_s']} s  others {result['others_cpu_pct']}%"
          f"  loaded {s['loaded']} quarantined {s['quarantined']} skipped {s['skipped']}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env: dict, logs: Path) -> tuple[subprocess.Popen, float, str]:
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    began = time.perf_counter()
    server = subprocess.Popen([str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=open(logs / "server.log", "wb"),
                              stderr=subprocess.STDOUT, start_new_session=True)
    while time.perf_counter() - began < 600:  # a loaded shared machine is slow to start it
        try:
            with urllib.request.urlopen(api + "/health", timeout=2):
                return server, time.perf_counter() - began, api
        except OSError:
            time.sleep(0.3)
    raise SystemExit("prefect server did not start in 600 s")


def start_dask(env: dict, logs: Path, n_workers: int = 2) -> tuple[list[subprocess.Popen], str]:
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    scheduler = subprocess.Popen([str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--dashboard-address", ":0"], env=env, stdout=open(logs / "scheduler.log", "wb"),
                                 stderr=subprocess.STDOUT, start_new_session=True)
    workers = [subprocess.Popen([str(bin_dir / "dask"), "worker", address, "--nworkers", "1", "--nthreads", "1",
                                 "--memory-limit", "0", "--no-dashboard"], env=env,
                                stdout=open(logs / f"worker{i}.log", "wb"), stderr=subprocess.STDOUT,
                                start_new_session=True) for i in range(n_workers)]
    from distributed import Client

    client = Client(address, timeout=60)
    client.wait_for_workers(n_workers, timeout=120)
    client.close()
    return [scheduler, *workers], address


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--modes", default="plain,plainall,flow1,flowall,rerun,dask")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--child", default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args()
    if args.child:
        child(args.child, str(args.corpus), args.workers)
        return 0

    work = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    corpus = args.corpus or work / "corpus"
    began = time.perf_counter()
    info = generate(corpus, args.n)
    print(f"corpus: {info} (generated in {time.perf_counter() - began:.0f} s) at {corpus}", flush=True)
    logs = work / "logs"
    logs.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NORMDOCS_"))}
    env.update({"PREFECT_HOME": str(work / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "GX_ANALYTICS_ENABLED": "false", "PREFECT_SERVER_UI_ENABLED": "false",
                "PREFECT_LOGGING_LEVEL": "WARNING"})
    started: list[subprocess.Popen] = []
    results: dict[str, dict] = {}
    cores = os.cpu_count() or 1
    try:
        server, startup, api = start_server(env, logs)
        started.append(server)
        env["PREFECT_API_URL"] = api
        print(f"prefect server start-up: {startup:.1f} s", flush=True)
        modes = args.modes.split(",")
        for mode in modes:
            run_env = dict(env)
            home_name = "flowall" if mode == "rerun" else mode
            run_env["NORMDOCS_HOME"] = str(work / f"home-{home_name}")
            extra = []
            workers = 1 if mode in ("plain", "flow1") else args.workers
            if mode == "rerun" and "flowall" not in results:
                continue
            if mode == "dask":
                cluster, address = start_dask(env, logs)
                started.extend(cluster)
                run_env["NORMDOCS_DASK_ADDRESS"] = address
                extra = [p.pid for p in cluster]
            result = measure(mode, corpus, workers, run_env, extra)
            if mode == "dask":
                for p in cluster:
                    stop(p)
            if mode == "rerun" and result["summary"]["skipped"] < args.n:
                # the rule files changed since `flowall` (someone edited them): that run re-decided
                # from the extraction cache; measure the unchanged re-run once more
                results["redecide"] = result
                report_line("redecide", result, args.n)
                result = measure(mode, corpus, workers, run_env, extra)
            results[mode] = result
            report_line(mode, result, args.n)
    finally:
        for proc in reversed(started):
            stop(proc)

    base = results.get("plain", {}).get("seconds")
    base_all = results.get("plainall", {}).get("seconds")
    print(f"\n{args.n} documents ({info['pdf']} PDF, {info['docx']} DOCX, {info['pages']} pages, "
          f"mean {info['mean_pages']}), {cores} cores; server start-up {startup:.1f} s (not counted)\n")
    print("| mode | seconds | docs/s | vs plain loop | peak MB (PSS, tree) | CPU s (tree) | others' CPU"
          " | load (1/5/15 min) | loaded / quarantined / skipped |")
    print("|---|---:|---:|---:|---:|---:|---:|---|---|")
    labels = {"plain": "stages, plain loop, 1 process", "plainall": f"stages, plain loop, {args.workers} processes",
              "flow1": "Prefect flow, 1 process", "flowall": f"Prefect flow, {args.workers} processes",
              "dask": "Prefect flow, Dask cluster of 2 workers", "rerun": "unchanged re-run (flow)",
              "redecide": "re-run after a rules change (flow, from the extraction cache)"}
    for mode, r in results.items():
        ref = base_all if mode in ("flowall", "dask") else base
        over = f"{(r['seconds'] / ref - 1) * 100:+.0f}%" if ref and mode not in ("rerun", "redecide") else ""
        s = r["summary"]
        print(f"| {labels[mode]} | {r['seconds']:.1f} | {r['docs_per_s']} | {over} | {r['peak_mb']} | {r['cpu_s']} | "
              f"{r['others_cpu_pct']}% | {r['load']} | {s['loaded']} / {s['quarantined']} / {s['skipped']} |")
    if args.json:
        args.json.write_text(json.dumps({"corpus": info, "server_startup_s": startup, "results": results}, indent=2))
    shutil.rmtree(work / "prefect", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
