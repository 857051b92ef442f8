"""The run report of `normdocs ingest` / `normdocs validate`: one row per input file, plus totals.

Written by `normdocs.reports.run_report.write_report` as `reports/<run_id>/index.html` (Chinese, for the
auditors who decide the cases flagged for review) and its JSON twin `report.json` (for machines).

Nothing in a report carries a full personal number or a document body: finding evidence is the
masked form already (see `normdocs.schemas.determination.Finding`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, field_validator, model_validator

from normdocs.schemas import vocab
from normdocs.schemas.annotations import FormatCheck
from normdocs.schemas.determination import Finding
from normdocs.schemas.record import OcrInfo

REPORT_SCHEMA_VERSION = "1"
REPORT_TZ = ZoneInfo("Asia/Shanghai")

RowStatus = vocab.RowStatus
PublishedDateSource = vocab.DateSource
AttributeInForce = vocab.Attribute


class DocumentRow(BaseModel):
    """One input file and what the run did with it."""

    file: str  # the path as given on the command line / found in the folder
    doc_id: int | None = None  # id in the library; None when not loaded (quarantined, dry run)
    status: RowStatus
    version: int | None = None
    new_version: bool = False  # this run added a new version of an existing document
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    doc_type: str | None = None
    signed_date: str | None = None  # ISO date
    published_date: str | None = None  # ISO date
    published_date_source: PublishedDateSource | None = None
    published_date_derived: bool = False  # inferred (推算), not stated by a manifest or the site
    validity: str | None = None  # 有效 / 失效 / 废止 / 已修改 ...
    attribute: AttributeInForce | None = None  # disclosure attribute in force
    proposed: str | None = None  # what the rules propose
    needs_review: bool = False
    reasons: list[str] = Field(default_factory=list)  # Chinese, for staff
    findings: list[Finding] = Field(default_factory=list)  # evidence already masked
    failures: list[str] = Field(default_factory=list)  # failed expectations, in words (Chinese)
    error: str | None = None  # extraction error message
    flags: list[str] = Field(default_factory=list)  # e.g. 发布日期晚于成文日期多年，可能为旧文重传
    format_checks: list[FormatCheck] = Field(default_factory=list)  # GB/T 9704 departures, advisory
    ocr: OcrInfo | None = None  # pages read by OCR and how confidently; None when none was


class Totals(BaseModel):
    inputs: int = 0
    loaded: int = 0
    quarantined: int = 0
    skipped: int = 0
    ignored: int = 0  # hidden files and linked folders, each with its reason in its row
    pending_review: int = 0
    new_versions: int = 0

    @model_validator(mode="after")
    def _inputs_add_up(self) -> Totals:
        if self.inputs != self.loaded + self.quarantined + self.skipped + self.ignored:
            raise ValueError(
                f"totals do not add up: inputs={self.inputs} != loaded+quarantined+skipped+ignored="
                f"{self.loaded + self.quarantined + self.skipped + self.ignored}"
            )
        return self

    @classmethod
    def from_rows(cls, rows: list[DocumentRow]) -> Totals:
        return cls(
            inputs=len(rows),
            loaded=sum(r.status == "loaded" for r in rows),
            quarantined=sum(r.status == "quarantined" for r in rows),
            skipped=sum(r.status == "skipped" for r in rows),
            ignored=sum(r.status == "ignored" for r in rows),
            # both count among the loaded documents
            pending_review=sum(r.status == "loaded" and r.needs_review for r in rows),
            new_versions=sum(r.status == "loaded" and r.new_version for r in rows),
        )


class Backlog(BaseModel):
    """What the library holds waiting when the run ends, whatever run brought it in."""

    pending: int = 0  # documents whose attribute reads 待审
    quarantined: int = 0  # quarantine entries not released


class RunReport(BaseModel):
    schema_version: str = REPORT_SCHEMA_VERSION
    run_id: str
    started_at: datetime  # timezone-aware; shown in Asia/Shanghai
    finished_at: datetime
    source: str  # the folder ingested
    rules_version: str
    totals: Totals
    documents: list[DocumentRow] = Field(default_factory=list)
    data_docs: str | None = None  # path to the Great Expectations Data Docs index.html of the run
    dry_run: bool = False  # `normdocs validate`: report written, nothing loaded
    backlog: Backlog | None = None  # the library's backlog after the run (None for a dry run)

    @field_validator("started_at", "finished_at")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        if v.tzinfo is None or v.tzinfo.utcoffset(v) is None:
            raise ValueError("timestamps must be timezone-aware")
        return v

    @field_validator("run_id")
    @classmethod
    def _safe_run_id(cls, v: str) -> str:
        # the run id names a folder under reports/
        if not v or v in {".", ".."} or any(c in v for c in "/\\\0"):
            raise ValueError(f"run_id must be a plain folder name, got {v!r}")
        return v

    @classmethod
    def build(cls, *, documents: list[DocumentRow], **kwargs: Any) -> RunReport:
        """A report whose totals are counted from the rows."""
        return cls(documents=documents, totals=Totals.from_rows(documents), **kwargs)
