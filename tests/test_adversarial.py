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


@pytest.mark.slow
def test_the_suite_through_the_real_command_leaks_no_number_and_accounts_for_every_file(adversarial_ingest):
    """`normdocs ingest` of the whole suite: the run ends, every file is accounted for, no marked
    document is published unreviewed, secret ones stay out, and no planted number is anywhere
    but the original files and the library's original-text column. One run holds this suite and
    round 6's (tests/conftest.py `adversarial_ingest`); the counts below are this round's."""
    result = adversarial_ingest
    assert not result["hung"] and not result["crashed"], result.get("stderr_tail")
    assert result["accounted"], result["totals"]
    mine = result["by_group"]["round1"]
    assert mine["files"] == len(CASES)
    assert mine["published_unreviewed_marked"] == 0
    assert mine["published_controls"] == mine["controls"]  # the unmarked notices are published
    assert mine["secret_kept_out"] == mine["secret"] > 0
    assert result["planted_in_original_text"] > 0
    assert result["full_numbers_outside_originals"] == 0, result["leaks_by_place"]
