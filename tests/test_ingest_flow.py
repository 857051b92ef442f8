"""End to end: the real Prefect flow on a folder, against a real library and a real report."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from normdocs.library.store import Library
from tests.conftest import SAMPLES
from tests.make_docs import NOTICE, make_pdf

pytestmark = pytest.mark.slow


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("decision_qingdao.pdf", "policy_hebei.html", "opinion_nanning.docx"):
        shutil.copy(SAMPLES / name, inbox / name)
    shutil.copy(SAMPLES / "bad" / "corrupt.pdf", inbox / "corrupt.pdf")
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
    assert [v["version"] for v in shown["versions"]] == [1, 2]


def test_readme_main_job_on_the_samples(tmp_path):
    """`normdocs ingest data/samples --json` as a user runs it, on Prefect's ephemeral server."""
    env = {**os.environ, "NORMDOCS_HOME": str(tmp_path / "home"), "PREFECT_HOME": str(tmp_path / "prefect"),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "GX_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([sys.executable, "-m", "normdocs.flows.cli", "ingest", str(SAMPLES), "--json"],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["inputs"] == sum(1 for p in SAMPLES.rglob("*") if p.is_file())
    assert summary["inputs"] == summary["loaded"] + summary["quarantined"] + summary["skipped"]
    assert summary["loaded"] >= 20
    assert Path(summary["report"]).is_file()
