"""The validation stage's input: one `ValidationRow` per document, built by
pipeline.stages.validation_row from the masked record and checked by validation.expectations."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ValidationRow(BaseModel):
    """The columns Great Expectations sees: scalars only from the masked record, never the body."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    row_id: str
    doc_type: str | None = None
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    signed_date: str | None = None
    printed_date: str | None = None
    published_date: str | None = None
    validity: str | None = None
    attribute: str | None = None
    classification: str | None = None
    has_body: bool = False
    identity: str | None = None
    content_hash: str | None = None
