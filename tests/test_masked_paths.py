"""Folder and manifest paths are stored masked: a folder's name may carry a personal number
(材料_110101199003071233). Only the original file itself keeps it."""

import json
from pathlib import Path

import pytest

from normdocs.flows.params import MaskedPath, path_value
from tests.adversarial import ID2
from tests.make_docs import make_pdf


def test_a_path_parameter_is_serialised_masked_and_read_whole():
    from normdocs.flows.ingest import ingest_flow

    folder = f"/data/收件/张三{ID2}材料"
    stored = ingest_flow.serialize_parameters({"source": MaskedPath(folder), "manifest": MaskedPath(folder + "/m.csv")})
    assert ID2 not in json.dumps(stored, ensure_ascii=False)
    assert stored["source"].startswith("/data/收件/张三") and "****" in stored["source"]
    assert path_value(MaskedPath(folder)) == folder and path_value(folder) == folder and path_value(None) is None


@pytest.mark.slow
def test_the_run_report_library_run_and_prefect_parameters_name_the_folder_masked(prefect_server, home, tmp_path):
    import asyncio

    from prefect.client.orchestration import get_client

    from normdocs.flows.ingest import ingest_flow
    from normdocs.library.models import Run
    from normdocs.library.store import Library
    from normdocs.schemas.settings import Settings

    inbox = tmp_path / f"张三{ID2}材料"
    inbox.mkdir()
    make_pdf(inbox / "notice.pdf")
    summary = ingest_flow(source=MaskedPath(str(inbox)), workers=1, run_id="masked-folder")
    report = (Path(summary["report"]).parent / "report.json").read_text(encoding="utf-8")
    assert ID2 not in report and "张三" in json.loads(report)["source"]
    library = Library(Settings().database_url, Settings())
    with library.session() as s:
        sources = [r.source for r in s.query(Run).all()]
    assert sources and all(ID2 not in src for src in sources), sources

    async def parameters():
        async with get_client() as client:
            runs = await client.read_flow_runs()
            return [(r.name, r.parameters) for r in runs]
    stored = json.dumps(asyncio.run(parameters()), ensure_ascii=False, default=str)
    assert "masked-folder" in stored and ID2 not in stored
