"""Adversarial documents through the real ingest stages: no mark and no personal number ends
主动公开 without a human, in any spelling, place or format (tests/adversarial.py makes them)."""

import datetime as dt

import pytest

from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons
from tests.adversarial import suite_matrix, write_case

TODAY = dt.date(2026, 12, 1)
CASES = suite_matrix()


def _outcome(path):
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    return record, quarantine_reasons(record, [])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_no_marked_or_personal_document_is_published_unreviewed(case, tmp_path):
    record, held = _outcome(write_case(case, tmp_path))
    assert record.status == "ok", record.error
    published = held is None and record.disclosure.attribute == "主动公开"
    if case.kind == "none":
        # the control: an ordinary public notice is published, not over-flagged
        assert published, (record.disclosure.reasons, [f.model_dump() for f in record.findings])
        return
    assert not published, [f.model_dump() for f in record.findings]
    if case.kind == "secret":
        assert held is not None and held[0] == "review"  # kept out of the library
    elif held is not None:
        # loaded with its text as 待审 for a reviewer; kept out only when a 密级 was read too
        assert held[0] == "review" and record.metadata.classification, held
    # evidence never carries a full number
    for f in record.findings:
        assert f.kind not in ("id_card", "bank_card", "mobile") or "****" in f.evidence, f.evidence
