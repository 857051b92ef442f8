"""Folder and manifest paths are stored masked: a folder's name may carry a personal number
(材料_110101199003071233). Only the original file itself keeps it."""

import json
from pathlib import Path

import pytest

from normdocs.flows.params import MaskedPath, path_value
from normdocs.review.redaction import mask_personal
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


def test_a_masked_path_is_found_on_disk_again(tmp_path):
    from normdocs.flows.params import unmask_path

    inbox = tmp_path / f"张三{ID2}材料"
    (inbox / "子目录").mkdir(parents=True)
    masked = mask_personal(str(inbox / "子目录"))
    assert ID2 not in masked
    assert path_value(masked) == str(inbox / "子目录")  # a retried deployment run reads its stored parameters
    assert unmask_path(str(inbox)) == str(inbox)
    for mobile in ("13812345678", "13899995678"):  # two folders masking alike: not guessed between
        (tmp_path / f"联系人{mobile}").mkdir()
    assert unmask_path(str(tmp_path / "联系人138****5678")) == str(tmp_path / "联系人138****5678")


@pytest.mark.slow
def test_a_deployment_run_s_parameters_are_stored_masked_once_it_starts(prefect_server, home, tmp_path):
    """`prefect deployment run ingest/ingest-manual --param source=…` stores the folder as typed;
    the run stores it again masked when it starts, and a retry from the stored parameters works."""
    from prefect.client.orchestration import get_client
    from prefect.flow_engine import run_flow

    from normdocs.flows.ingest import ingest_flow

    inbox = tmp_path / f"张三{ID2}材料"
    inbox.mkdir()
    make_pdf(inbox / "notice.pdf")
    typed = {"source": str(inbox), "run_id": "deployed", "workers": 1}
    with get_client(sync_client=True) as client:
        flow_id = client.create_flow_from_name("ingest")
        deployment = client.create_deployment(flow_id=flow_id, name="ingest-manual",
                                              entrypoint="src/normdocs/flows/ingest.py:ingest_flow")
        created = client.create_flow_run_from_deployment(deployment, parameters=typed)
        assert ID2 in json.dumps(client.read_flow_run(created.id).parameters, ensure_ascii=False)  # as typed
        summary = run_flow(ingest_flow, flow_run=client.read_flow_run(created.id), parameters=typed)
        stored = client.read_flow_run(created.id)
        assert summary["loaded"] == 1
        assert ID2 not in json.dumps(stored.parameters, ensure_ascii=False)
        assert "****" in stored.parameters["source"]
        again = client.create_flow_run_from_deployment(deployment, parameters={**stored.parameters, "run_id": "retry"})
        summary = run_flow(ingest_flow, flow_run=client.read_flow_run(again.id),
                           parameters={**stored.parameters, "run_id": "retry"})
    assert (summary["inputs"], summary["skipped"]) == (1, 1)  # the folder was found from its masked name


@pytest.mark.slow
def test_a_folder_that_does_not_exist_fails_the_run_naming_it_masked(prefect_server, home, tmp_path):
    from normdocs.flows.ingest import ingest_flow

    missing = tmp_path / f"张三{ID2}材料"
    with pytest.raises(NotADirectoryError, match="来源文件夹不存在") as caught:
        ingest_flow(source=MaskedPath(str(missing)), workers=1, run_id="missing")
    assert ID2 not in str(caught.value)


def test_a_deployment_run_holds_a_reference_that_the_flow_reads_back(tmp_path, monkeypatch):
    from normdocs.flows.run_refs import reference, resolve_ref, shown_part

    home = tmp_path / "home"
    monkeypatch.setenv("NORMDOCS_HOME", str(home))
    folder = tmp_path / f"张三{ID2}材料"
    folder.mkdir()
    stored = reference(str(folder), home)
    assert ID2 not in stored and "****" in stored and shown_part(stored) == mask_personal(str(folder))
    assert resolve_ref(stored, home) == str(folder) and path_value(stored) == str(folder)
    ref_file = next((home / "run-refs").iterdir())
    assert ref_file.stat().st_mode & 0o777 == 0o600 and (home / "run-refs").stat().st_mode & 0o777 == 0o700
    assert reference("/data/收件/2024", home) == "/data/收件/2024"  # nothing to hide: the path itself
    ref_file.write_text(str(tmp_path / "elsewhere"), encoding="utf-8")  # a file that does not match its shown path
    assert resolve_ref(stored, home) == shown_part(stored)
    ref_file.unlink()  # gone (pruned): the masked path is still found on disk
    assert path_value(stored) == str(folder)
