"""Operations: the validity sweep, report retention, the weekly review of withheld documents,
incremental runs (rules version, extraction cache, moved files) and the nightly flow."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from normdocs.extractors import cache as cache_module
from normdocs.flows import ingest
from normdocs.flows.nightly import prune_reports, prune_validation_results, sweep
from normdocs.flows.review import lapsed_withheld, write_review
from normdocs.library.store import Library
from normdocs.schemas.library import LibraryItem
from tests.conftest import INBOX_SAMPLES, sample_inbox
from tests.test_library import item


def test_sweep_marks_documents_past_their_period_lapsed(library):
    gone = library.load(item(number="聊政办发〔2020〕1号", content="a", valid_until="2025-12-31"))
    kept = library.load(item(number="聊政办发〔2020〕2号", content="b", valid_until="2027-12-31"))
    assert sweep(library, dt.date(2026, 11, 26)) == [gone.document_id]
    assert library.document(gone.document_id).validity == "已失效"
    assert library.document(kept.document_id).validity == "有效"
    assert sweep(library, dt.date(2026, 11, 26)) == []


def test_prune_validation_results_keeps_recent_ones(tmp_path):
    old = tmp_path / "gx" / "uncommitted" / "validations" / "suite" / "old.json"
    new = tmp_path / "gx" / "uncommitted" / "data_docs" / "local_site" / "validations" / "new.html"
    suite = tmp_path / "gx" / "expectations" / "suite.json"
    for path in (old, new, suite):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")
    month_ago = time.time() - 40 * 86400
    os.utime(old, (month_ago, month_ago))
    os.utime(suite, (month_ago, month_ago))
    assert prune_validation_results(tmp_path / "gx", 30) == [old]
    assert new.exists() and suite.exists()  # recent results and the suite itself stay
    assert prune_validation_results(tmp_path / "gx", 0) == []


def test_prune_reports_keeps_recent_run_folders(tmp_path):
    reports = tmp_path / "reports"
    for name, age_days in (("old", 40), ("recent", 3)):
        folder = reports / name
        folder.mkdir(parents=True)
        (folder / "report.json").write_text("{}")
        stamp = time.time() - age_days * 86400
        os.utime(folder / "report.json", (stamp, stamp))
    assert prune_reports(reports, 0) == []
    assert prune_reports(reports, 30) == [reports / "old"]
    assert sorted(p.name for p in reports.iterdir()) == ["recent"]


def _withheld(number: str, content: str, attribute: str, classification: str | None, period: str | None,
              basis: list[str]) -> LibraryItem:
    md = {"classification": classification, "classification_period": period}
    return item(number=number, content=content, disclosure={
        "proposed": attribute, "attribute": attribute, "source": "rules", "needs_review": False,
        "rules_version": "r1", "reasons": ["涉密"], "basis": basis}, **{"metadata": {
            "title": f"文件{number}", "doc_number": number, "issuer": "聊城市人民政府办公室",
            "signed_date": "2015-03-01", **md}})


def test_weekly_review_lists_withheld_documents_whose_secrecy_period_lapsed(library, tmp_path):
    lapsed = library.load(_withheld("聊政发〔2015〕1号", "a", "不予公开", "秘密", "5年", ["政府信息公开条例第十四条"]))
    still = library.load(_withheld("聊政发〔2015〕2号", "b", "不予公开", "机密", None, ["政府信息公开条例第十四条"]))
    other = library.load(_withheld("聊政发〔2015〕3号", "c", "依申请公开", "秘密", "3年", ["政府信息公开条例第十六条"]))
    personal = library.load(_withheld("聊政发〔2015〕4号", "d", "依申请公开", None, None, ["政府信息公开条例第十五条"]))
    public = library.load(item(number="聊政发〔2015〕5号", content="e"))
    rows = lapsed_withheld(library, dt.date(2026, 11, 26))
    by_id = {r.id: r for r in rows}
    assert set(by_id) == {lapsed.document_id, other.document_id}
    assert by_id[lapsed.document_id].candidate and by_id[lapsed.document_id].lapsed_on == "2020-03-01"
    assert not by_id[other.document_id].candidate and "人工复核" in by_id[other.document_id].reason
    assert still.document_id not in by_id and personal.document_id not in by_id and public.document_id not in by_id
    index = write_review(rows, tmp_path / "reports", dt.date(2026, 11, 26))
    assert index.parent.name == "weekly-review-20261126"
    saved = json.loads((index.parent / "review.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in saved["documents"]] == [r.id for r in rows]
    assert "聊政发〔2015〕1号" in index.read_text(encoding="utf-8")


def _run_plain(inbox: Path, library: Library, rules: str, run_id: str, cache: Path) -> tuple[ingest.Plan, list]:
    """The ingest stages without Prefect and without validation: what the flow does per chunk."""
    library.start_run(run_id, str(inbox))
    library.note_run_rules(run_id, rules)
    plan = ingest.plan_run(inbox, None, library, rules)
    records = ingest.prepare_batch(plan.todo, dt.date(2026, 11, 26), workers=1, cache_dir=cache, isolate=False)
    rows = ingest.load_or_quarantine(records, {}, library, run_id, rules)
    return plan, rows


def test_rules_change_re_decides_from_the_extraction_cache(library, tmp_path, monkeypatch):
    inbox = sample_inbox(tmp_path)
    cache = tmp_path / "cache"
    reads = []
    real = cache_module.extract_file
    monkeypatch.setattr(cache_module, "extract_file", lambda path, **kw: reads.append(Path(path).name) or real(path, **kw))

    plan, rows = _run_plain(inbox, library, "rulesA", "r1", cache)
    assert len(plan.todo) == 4 and sorted(reads) == sorted([*INBOX_SAMPLES, "corrupt.pdf"])
    assert {r.status for r in rows} == {"loaded", "quarantined"}
    assert ingest.plan_run(inbox, None, library, "rulesA").todo == []  # unchanged: nothing to do

    reads.clear()
    plan, rows = _run_plain(inbox, library, "rulesB", "r2", cache)
    assert len(plan.todo) == 4
    assert reads == ["corrupt.pdf"]  # documents re-decided from the cache; errors are never cached
    assert ingest.plan_run(inbox, None, library, "rulesB").todo == []
    docs = list(library.documents())
    assert len(docs) == 3
    for doc in docs:
        shown = library.document(doc.id)
        assert len(shown.versions) == 1 and shown.determination.rules_version.endswith("+rulesB")
    assert len(library.quarantined()) == 1  # the older entry was superseded, not duplicated

    (inbox / "moved").mkdir()
    shutil.move(inbox / INBOX_SAMPLES[0], inbox / "moved" / "renamed.pdf")
    assert ingest.plan_run(inbox, None, library, "rulesB").todo == []  # known by its hash


def test_a_corrected_manifest_entry_takes_a_quarantined_file_again(library, tmp_path):
    inbox = sample_inbox(tmp_path)
    (inbox / "normdocs-manifest.csv").write_text("path,published_date\ncorrupt.pdf,2023-07-28\n", encoding="utf-8")
    _run_plain(inbox, library, "rulesA", "r1", tmp_path / "cache")
    assert ingest.plan_run(inbox, None, library, "rulesA").todo == []
    (inbox / "normdocs-manifest.csv").write_text("path,published_date\ncorrupt.pdf,2023-07-29\n", encoding="utf-8")
    assert [p.file.rel for p in ingest.plan_run(inbox, None, library, "rulesA").todo] == ["corrupt.pdf"]


def test_rules_version_covers_the_code_of_every_stage_that_decides_a_document():
    """A stage package the sandbox's stage function imports is in the code digest: a fix in it
    re-decides the documents (a new stage folder must not be left out)."""
    import ast
    import subprocess
    import sys

    probe = ("import sys, normdocs.pipeline.stages as s; s.warm_up(); "
             "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('normdocs.') and m.count('.') > 1}))")
    packages = ast.literal_eval(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
                    .stdout.strip().splitlines()[-1])
    not_deciding = {"schemas", "pipeline", "intake", "library", "flows", "rules"}  # models, wiring, inputs, storage
    assert {f"normdocs.{p}" for p in packages} - {f"normdocs.{p}" for p in not_deciding} <= set(ingest.DECIDING_CODE)


def test_rules_version_follows_the_rule_files(tmp_path):
    from importlib import resources

    rules = tmp_path / "rules"
    shutil.copytree(Path(str(resources.files("normdocs.rules"))), rules)
    packaged = ingest.rules_version()
    assert len(packaged) == 12 and ingest.rules_version(rules) == packaged  # a copy is the same rules
    validity = rules / "validity.yaml"
    text = validity.read_text(encoding="utf-8")
    assert "provisional_cap_years: 2 " in text
    validity.write_text(text.replace("provisional_cap_years: 2 ", "provisional_cap_years: 3 "), encoding="utf-8")
    changed = ingest.rules_version(rules)
    assert changed != packaged  # a staff edit that leaves `version` alone still counts
    divisions = rules / "divisions.tsv"
    divisions.write_text(divisions.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with_divisions = ingest.rules_version(rules)
    assert with_divisions not in (packaged, changed)  # data files count too
    (rules / "notes.txt").write_text("not a rule file", encoding="utf-8")
    assert ingest.rules_version(rules) == with_divisions
    validity.write_text(text, encoding="utf-8")
    divisions.write_text(divisions.read_text(encoding="utf-8")[:-1], encoding="utf-8")
    assert ingest.rules_version(rules) == packaged  # back as it was: the same version


# -- flows --------------------------------------------------------------------------------------

@pytest.fixture
def home(home, monkeypatch):
    monkeypatch.setenv("NORMDOCS_REPORT_RETENTION_DAYS", "30")
    return home


@pytest.mark.slow
def test_nightly_then_unchanged_nightly_then_weekly_review(prefect_server, home, tmp_path):
    from normdocs.flows.nightly import nightly_flow
    from normdocs.flows.review import weekly_review_flow

    inbox = sample_inbox(tmp_path)
    old = home / "reports" / "20250101T020000-abcdef"
    old.mkdir(parents=True)
    (old / "report.json").write_text("{}")
    os.utime(old / "report.json", (time.time() - 90 * 86400,) * 2)

    first = nightly_flow(inbox=str(inbox), workers=1)
    assert (first["inputs"], first["skipped"], first["pruned_reports"]) == (4, 0, 1)
    assert not old.exists()
    again = nightly_flow(inbox=str(inbox), workers=1)
    assert (again["inputs"], again["skipped"], again["loaded"]) == (4, 4, 0)  # no document read again

    review = weekly_review_flow()
    assert review["documents"] == 0 and Path(review["report"]).is_file()
    assert Path(review["report"]).is_relative_to(home)


def test_runs_on_one_library_do_not_overlap(home, capsys):
    from normdocs.flows.runlock import library_lock, lock_name

    library = Library(f"sqlite:///{home / 'normdocs.db'}")
    library.upgrade()
    events = []
    first_in = threading.Event()

    def hold(name: str) -> None:
        with library_lock(library, name, poll=0.1):
            events.append(f"{name} in")
            first_in.set()
            time.sleep(1.5)
            events.append(f"{name} out")

    first = threading.Thread(target=hold, args=("a",))
    first.start()
    # b asks only once a holds the lock: a sleep here lost the race on a loaded machine
    assert first_in.wait(30)
    second = threading.Thread(target=hold, args=("b",))
    second.start()
    first.join(30)
    second.join(30)
    assert events == ["a in", "a out", "b in", "b out"]
    assert "等待运行 a" in capsys.readouterr().err  # the waiting run says whom it waits for
    assert library.lock_holder(lock_name(library.url)) is None  # released
    assert lock_name(library.url) != lock_name(library.url + "x")
    assert "secret" not in lock_name("postgresql://u:secret@h/db")


def test_a_lock_whose_heartbeat_stopped_is_taken_over_after_its_lease(home, capsys):
    """A holder on another machine that stopped beating: taken over after the lease, its run crashed."""
    from normdocs.flows.runlock import library_lock, lock_name

    library = Library(f"sqlite:///{home / 'normdocs.db'}")
    library.upgrade()
    library.start_run("dead", "/archive")
    stale = {"run_id": "dead", "host": "elsewhere", "pid": 1, "pid_started": None, "processes": []}
    began = time.monotonic()  # before its last heartbeat is written: the lease counts from that beat
    assert library.try_lock(lock_name(library.url), stale, 60, lambda h: False) == ("acquired", None)
    with library_lock(library, "alive", lease=1.0, poll=0.1):
        assert library.lock_holder(lock_name(library.url))["run_id"] == "alive"
    assert time.monotonic() - began >= 0.95  # not before the lease ran out (the database clock's grain aside)
    err = capsys.readouterr().err
    assert "接管文库锁：运行 dead" in err and "心跳已停止" in err
    assert {r.id: r.status for r in library.runs()} == {"dead": "crashed"}
    assert library.lock_holder(lock_name(library.url)) is None
