"""The per-file record `normdocs inspect` prints: origin, status, error and metadata."""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from normdocs.schemas.annotations import FormatCheck, TopicAssignment
from normdocs.schemas.determination import Decision, Finding
from normdocs.schemas.layout import Layout
from normdocs.schemas.provenance import Provenance, Validity
from normdocs.schemas.vocab import IssuerSource

SCHEMA_VERSION = "2"  # 2: Layout.extra (the confidentiality view)


class ErrorCode(str, Enum):
    """The closed list of reasons a file could not be read."""

    empty_file = "empty_file"
    corrupt_file = "corrupt_file"
    encrypted = "encrypted"
    unsupported_format = "unsupported_format"
    unreadable = "unreadable"
    vanished = "vanished"
    no_text_layer = "no_text_layer"
    garbled_text_layer = "garbled_text_layer"
    too_large = "too_large"  # over a cap: time, memory, decompressed bytes, pixels or characters
    internal_error = "internal_error"  # the reader or a check failed on this file: a bug to report
    special_file = "special_file"  # a FIFO, device or socket: never opened
    outside_source = "outside_source"  # a link leading outside the folder ingested: never opened


class ExtractionError(Exception):
    """Bad input: the file cannot be read. Carries a code and a message for staff (Chinese)."""

    def __init__(self, code: ErrorCode, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class ErrorInfo(BaseModel):
    code: ErrorCode
    message: str


class Metadata(BaseModel):
    """GB/T 9704 elements. `None` means the document does not print the element."""

    model_config = ConfigDict(extra="allow")

    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None  # canonical full name in force on the signing date; joint ones joined with 、
    issuer_printed: str | None = None  # as printed (joint ones joined with 、)
    issuer_source: IssuerSource | None = None
    issuer_ids: list[str] = Field(default_factory=list)  # the authority's stable ids; name:<printed> when unknown
    issuer_repaired: bool = False  # an OCR'd name was repaired to a known one within a small edit distance
    doc_type: str | None = None
    recipients: list[str] = Field(default_factory=list)
    signed_date: str | None = None
    printed_date: str | None = None
    printer: str | None = None
    cc: list[str] = Field(default_factory=list)
    classification: Literal["绝密", "机密", "秘密"] | None = None
    classification_period: str | None = None
    urgency: Literal["特急", "加急", "特提", "平急"] | None = None
    copy_number: str | None = None
    signer: str | None = None
    disclosure_marker: Literal["主动公开", "依申请公开", "不予公开"] | None = None
    attachments: list[str] = Field(default_factory=list)
    body: str | None = None
    # the body with personal numbers and sensitive terms masked (区分处理); printed with --body only
    body_redacted: str | None = None


class OcrInfo(BaseModel):
    """Which pages were read by OCR, how sure it was, and fields to check by eye."""

    pages: list[int] = Field(default_factory=list)  # 1-based
    mean_confidence: float | None = None  # over the OCR'd lines, weighted by characters
    # fields whose value was read from an OCR line less confident than the threshold
    low_confidence_fields: list[str] = Field(default_factory=list)


class Record(BaseModel):
    model_config = ConfigDict(extra="allow")

    schema_version: str = SCHEMA_VERSION
    file: str
    sha256: str | None = None
    format: str = "unknown"
    pages: int | None = None
    status: Literal["ok", "error"] = "ok"
    error: ErrorInfo | None = None
    metadata: Metadata = Field(default_factory=Metadata)
    layout: Layout | None = None
    ocr: OcrInfo | None = None  # set when any page's text came from OCR
    disclosure: Decision | None = None  # set by normdocs.review.review
    findings: list[Finding] = Field(default_factory=list)
    provenance: Provenance | None = None  # set by ingest: dates' sources, identity, manifest
    validity: Validity | None = None  # set by ingest before validation
    # GB/T 9704-2012 departures (advisory, never a reason to quarantine) and 主题分类; set by review
    format_checks: list[FormatCheck] = Field(default_factory=list)
    topic: TopicAssignment = Field(default_factory=TopicAssignment)
    # the stage a sandboxed file failed at (flows.stages.sandbox_failed); None when it did not fail there
    failed_stage: str | None = None

    def to_json(self, *, body: bool = False, layout: bool = False) -> str:
        exclude: dict[str, Any] = {}
        if self.failed_stage is None:
            exclude["failed_stage"] = True  # `inspect` prints what it printed before the field existed
        if not layout:
            exclude["layout"] = True
        if not body:
            exclude["metadata"] = {"body", "body_redacted"}
        return self.model_dump_json(exclude=exclude)
