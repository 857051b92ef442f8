"""Disclosure review: confidentiality findings, the attribute decision and the redacted body.

`review(record)` is the stage's one entry point; it fills `record.findings`,
`record.disclosure` and `record.metadata.body_redacted`, and the advisory annotations read from
the record and its layout: `record.format_checks` (GB/T 9704) and `record.topic` (主题分类); then
masks what the record shows (file name, metadata): from here on only `metadata.body` holds a full
personal number.
"""

from __future__ import annotations

from normdocs.schemas.record import Record
from normdocs.review.determination import decide, decide_unreadable
from normdocs.review.findings import find_findings
from normdocs.enrichment.format_checks import check_format
from normdocs.review.periodic import check_lapse
from normdocs.review.redaction import mask_record, redact
# the module, not its function: enrichment.topics imports review.phrases, so importing topics first
# runs this file while topics is half loaded
from normdocs.enrichment import topics

__all__ = ["review", "check_lapse", "decide", "find_findings", "mask_record", "redact"]


def review(record: Record) -> Record:
    """Adds findings, the disclosure decision and the redacted body; returns the same record."""
    if record.status != "ok":
        record.findings = []
        record.disclosure = decide_unreadable()
        return mask_record(record)
    record.findings = find_findings(record)
    record.disclosure = decide(record.metadata, record.findings)
    record.metadata.body_redacted = redact(record.metadata.body)
    record.format_checks = check_format(record)  # quotes only masked text
    record.topic = topics.classify_topic(record)
    return mask_record(record)
