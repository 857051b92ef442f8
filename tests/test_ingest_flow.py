"""End to end: the real Prefect flow on a folder, against a real library and a real report."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from normdocs.library.store import Library
from tests.conftest import SAMPLES, sample_inbox
from tests.make_docs import NOTICE, make_pdf
from tests.test_console_browser import sign_in, submit

pytestmark = pytest.mark.slow


def _inbox(tmp_path: Path) -> Path:
    inbox = sample_inbox(tmp_path)
    make_pdf(inbox / "notice.pdf")
    (inbox / "normdocs-manifest.csv").write_text("path,published_date\nnotice.pdf,2023-07-28\n", encoding="utf-8")
    return inbox


def test_ingest_loads_quarantines_skips_and_versions(prefect_server, home, tmp_path):
    from normdocs.flows.ingest import ingest_flow

    inbox = _inbox(tmp_path)
    first = ingest_flow(source=str(inbox), workers=1)
    assert first["inputs"] == 5 == first["loaded"] + first["quarantined"] + first["skipped"]
    assert first["quarantined"] >= 1 and first["skipped"] == 0
    report = json.loads((Path(first["report"]).parent / "report.json").read_text(encoding="utf-8"))
    by_file = {Path(d["file"]).name: d for d in report["documents"]}
    assert by_file["corrupt.pdf"]["status"] == "quarantined"
    assert by_file["notice.pdf"]["status"] == "loaded"
    assert by_file["notice.pdf"]["published_date"] == "2023-07-28"
    assert by_file["notice.pdf"]["published_date_source"] == "manifest"

    library = Library()
    loaded = {d.doc_number: d for d in library.documents()}
    assert "聊政办发〔2023〕9号" in loaded
    assert any(e.file.endswith("corrupt.pdf") for e in library.quarantined())

    again = ingest_flow(source=str(inbox), workers=1)
    assert (again["loaded"], again["quarantined"], again["skipped"]) == (0, 0, 5)

    changed = [(k, t.replace("请认真贯彻落实", "请结合实际认真贯彻落实")) for k, t in NOTICE]
    make_pdf(inbox / "notice.pdf", lines=changed)
    third = ingest_flow(source=str(inbox), workers=2)
    assert (third["loaded"], third["new_versions"], third["skipped"]) == (1, 1, 4)
    shown = library.document(loaded["聊政办发〔2023〕9号"].id)
    assert [v.version for v in shown.versions] == [1, 2]


@pytest.fixture(scope="module")
def samples_run(tmp_path_factory):
    """`normdocs ingest data/samples --json` as a user runs it, on Prefect's ephemeral server."""
    tmp = tmp_path_factory.mktemp("samples")
    env = {**os.environ, "NORMDOCS_HOME": str(tmp / "home"), "PREFECT_HOME": str(tmp / "prefect"),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "GX_ANALYTICS_ENABLED": "false"}
    for name in ("PREFECT_API_URL", "NORMDOCS_DATABASE_URL", "NORMDOCS_DASK_ADDRESS", "NORMDOCS_REVIEW_SIGNOFFS"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-m", "normdocs.cli.main", "ingest", str(SAMPLES), "--json"],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), tmp / "home"


def test_readme_main_job_on_the_samples(samples_run):
    summary, _ = samples_run
    assert summary["inputs"] == sum(1 for p in SAMPLES.rglob("*") if p.is_file())
    assert summary["inputs"] == summary["loaded"] + summary["quarantined"] + summary["skipped"]
    assert summary["loaded"] >= 20
    assert Path(summary["report"]).is_file()


def test_a_reviewer_clears_the_samples_review_queue_in_a_browser(samples_run, browser):
    """Every document the samples leave 待审 is decided in the console by a signed-in reviewer."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from tests.console_server import PASSWORD, Server

    summary, home = samples_run
    library = Library(f"sqlite:///{home / 'normdocs.db'}")
    library.accounts().add("审核员", "reviewer", PASSWORD)
    pending = [d.id for d, _, _ in library.review_queue()]
    assert len(pending) == summary["pending_review"] > 0
    with Server(library) as base:
        sign_in(browser, base, "审核员")
        for doc in pending:
            browser.get(f"{base}/documents/{doc}")
            Select(browser.find_element(By.ID, "attribute-choice")).select_by_visible_text("不予公开")
            submit(browser, "decide")
        browser.get(f"{base}/queue")
        assert browser.find_element(By.ID, "total").text == "0"
    assert library.review_queue() == []
    library.engine.dispose()
