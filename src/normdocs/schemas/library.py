"""The library's contract: what a load stores (`LibraryItem`, built by `library_item` from the
reviewed record) and what the library's reads hand out (`DocumentSummary`, `DocumentDetail` with its
`StoredVersion`, `StoredProposal`, `StoredFinding`, `StoredLink` and `TrailEntry`, `StoredIdentity`).

A field that two models share is copied by name, through `shared`, never written out by hand:
the report row, the validation row, the library item and the library's reads all take their
metadata that way.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer

from normdocs.schemas.annotations import FormatCheck, TopicAssignment
from normdocs.schemas.determination import Decision, Finding
from normdocs.schemas.provenance import Provenance, Validity, ValidityLinkTarget
from normdocs.schemas.record import Metadata, Record
from normdocs.schemas.vocab import DateSource


def shared(source: BaseModel | None, target: type[BaseModel], *, exclude: set[str] | frozenset[str] = frozenset(),
           mode: str = "python") -> dict[str, Any]:
    """The fields of `source` that `target` declares too (by name), minus `exclude`: {} for None."""
    if source is None:
        return {}
    names = (set(type(source).model_fields) & set(target.model_fields)) - set(exclude)
    return source.model_dump(include=names, mode=mode)


class VersionMetadata(Metadata):
    """A version's stored metadata (`versions.metadata_json`): the masked elements without the
    texts, the published date, and the advisory annotations read by normdocs.publish."""

    published_date: str | None = None
    format_checks: list[FormatCheck] = Field(default_factory=list)
    topic: TopicAssignment = Field(default_factory=TopicAssignment)

    def stored(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude={"body", "body_redacted"})


class LibraryItem(BaseModel):
    """One validated document as `Library.load` stores it: the masked view, the original text as
    `body` (the only full text), the decision and findings (masked), provenance and validity."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    identity: str
    content_hash: str
    file: str
    format: str
    pages: int | None = None
    metadata: VersionMetadata
    body: str | None = None
    body_redacted: str | None = None
    published_date_source: DateSource | None = None
    manifest_hash: str | None = None
    disclosure: Decision | None = None
    findings: list[Finding] = Field(default_factory=list)
    normative: bool = False
    issued_title: str | None = None
    valid_until: str | None = None
    validity: str | None = None
    validity_links: list[ValidityLinkTarget] = Field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        """No decision, or one that asks a human: the document waits as 待审."""
        return self.disclosure is None or self.disclosure.needs_review

    def attribute_on_load(self) -> str | None:
        """The attribute in force when this text is loaded: 待审 until a human signs off."""
        if self.needs_review or self.disclosure is None:
            return "待审"
        return str(self.disclosure.attribute)

    def under_rules(self, rules: str | None) -> LibraryItem:
        """The item with the run's rules version appended to its decision's (`<decision>+<rules>`)."""
        if not rules or self.disclosure is None:
            return self
        decision = self.disclosure.model_copy(update={"rules_version": f"{self.disclosure.rules_version or ''}+{rules}"})
        return self.model_copy(update={"disclosure": decision})


def library_item(record: Record) -> LibraryItem:
    """The item of a reviewed, enriched record (its masked view; see normdocs.review)."""
    prov, val = record.provenance or Provenance(), record.validity or Validity()
    if not prov.identity or not record.sha256:
        raise ValueError(f"a record without identity or content hash is not loaded: {record.file}")
    metadata = VersionMetadata.model_validate({
        **record.metadata.model_dump(exclude={"body", "body_redacted"}), "published_date": prov.published_date,
        "format_checks": record.format_checks, "topic": record.topic,
    })
    return LibraryItem(
        identity=prov.identity, content_hash=record.sha256, file=record.file, format=record.format,
        pages=record.pages, metadata=metadata, body=record.metadata.body, body_redacted=record.metadata.body_redacted,
        published_date_source=prov.published_date_source, manifest_hash=prov.manifest_hash,
        disclosure=record.disclosure, findings=record.findings,
        **shared(val, LibraryItem), validity_links=val.links,
    )


class QuarantineItem(BaseModel):
    """One file held back, as `Library.quarantine` stores it: the masked metadata (no texts), the
    stage that held it, its reasons for staff and its masked findings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    content_hash: str | None = None
    manifest_hash: str | None = None
    stage: str
    reasons: list[str]
    metadata: Metadata = Field(default_factory=Metadata)
    findings: list[Finding] = Field(default_factory=list)

    def stored_metadata(self) -> dict[str, Any]:
        return self.metadata.model_dump(mode="json", exclude={"body", "body_redacted"})


def quarantine_item(record: Record, stage: str, reasons: list[str]) -> QuarantineItem:
    """The quarantine entry of a reviewed record (its metadata is masked by then)."""
    return QuarantineItem(file=record.file, content_hash=record.sha256,
                          manifest_hash=record.provenance.manifest_hash if record.provenance else None,
                          stage=stage, reasons=reasons, metadata=record.metadata, findings=record.findings)


# -- what the library's reads hand out ------------------------------------------------------

class DocumentSummary(BaseModel):
    """A document's own fields as the library holds them (read from the row by attribute)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    identity: str | None = None
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    doc_type: str | None = None
    signed_date: str | None = None
    published_date: str | None = None
    validity: str | None = None
    valid_until: str | None = None
    normative: bool = False
    issued_title: str | None = None
    attribute: str | None = None
    withdrawn: bool = False


# What a listing shows of a document (`normdocs list/search --json`).
LISTING: set[str] = set(DocumentSummary.model_fields) - {"identity", "issued_title"}


# An aware UTC time as the library stores it; in JSON, Python's isoformat ("…+00:00"), not pydantic's "…Z".
UtcTime = Annotated[dt.datetime, PlainSerializer(dt.datetime.isoformat, return_type=str, when_used="json")]


class StoredProposal(BaseModel):
    """What the rules proposed when a version was loaded (its determination without the attribute:
    the attribute in force is the document's). Values as stored: older rows may lack some."""

    model_config = ConfigDict(from_attributes=True)

    proposed: str | None = None
    source: str | None = None
    basis: list[str] | None = Field(default_factory=list)
    reasons: list[str] | None = Field(default_factory=list)
    needs_review: bool | None = True
    conflict: bool | None = False
    rules_version: str | None = None


class StoredDecision(StoredProposal):
    """The determination stored with a version: the proposal and the attribute the rules gave."""

    attribute: str | None = None


class MaskedFinding(BaseModel):
    """What listings show of a stored finding (evidence masked; no boxes)."""

    model_config = ConfigDict(from_attributes=True)

    kind: str
    evidence: str
    page: int | None = None
    line: int | None = None
    severity: str


class StoredFinding(MaskedFinding):
    """A finding as stored (evidence masked), with the boxes that place it on a page image."""

    bbox: list[float] | None = None
    span: list[list[float]] | None = None


class StoredVersion(BaseModel):
    """One kept text of a document (历史文本), without its texts."""

    model_config = ConfigDict(from_attributes=True)

    version: int
    file: str
    content_hash: str
    loaded_at: UtcTime
    run_id: str | None = None


class StoredLink(BaseModel):
    """A validity link: the source document abolishes or amends (`kind`) the target it names by
    title or number; `target_document_id` is set once that target is loaded."""

    model_config = ConfigDict(from_attributes=True)

    kind: str
    source_document_id: int
    target_document_id: int | None = None
    target_title: str | None = None
    target_doc_number: str | None = None


class TrailEntry(BaseModel):
    """One row of the append-only review trail: a sign-off, return, undo, withdrawal or reinstatement."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    document_id: int
    action: str
    attribute: str | None = None
    reviewer: str
    account_id: int | None = None
    stage: str | None = None
    supersedes: int | None = None
    version: int | None = None
    comment: str | None = None
    proposal_rules_version: str | None = None
    decided_at: UtcTime


class DocumentDetail(DocumentSummary):
    """One document as `normdocs show` and the console's document page read it: its own fields, every
    version, the current version's proposal and findings (masked), its validity links both ways and
    its review trail. No text."""

    versions: list[StoredVersion] = Field(default_factory=list)
    determination: StoredProposal | None = None  # what the rules proposed; `attribute` is what is in force
    format: str | None = None
    pages: int | None = None
    findings: list[StoredFinding] = Field(default_factory=list)
    links: list[StoredLink] = Field(default_factory=list)
    trail: list[TrailEntry] = Field(default_factory=list)


class StoredIdentity(BaseModel):
    """What the library holds under an identity: the current version's title and content hash
    (validation's clash check: another title is a clash, the same title with other content a new version)."""

    model_config = ConfigDict(from_attributes=True)

    title: str | None = None
    content_hash: str | None = None


class LinkedDocument(BaseModel):
    """The other document of a validity link (已废止/已修改) as publishing reads it: its own fields
    copied from its DocumentSummary, whether it is published, when the link was applied."""

    id: int
    kind: str
    title: str | None = None
    doc_number: str | None = None
    signed_date: str | None = None
    published_date: str | None = None
    published: bool = False
    applied_at: str | None = None


class CatalogueEntry(DocumentSummary):
    """A document as publishing reads it (the column, the annual report): its own fields, its current
    version's annotations and its validity links both ways. The body is the redacted one, on request."""

    year: int | None = None
    updated_at: str | None = None
    version: int | None = None
    content_hash: str | None = None
    attachments: list[str] = Field(default_factory=list)
    topic: TopicAssignment = Field(default_factory=TopicAssignment)
    format_checks: list[FormatCheck] = Field(default_factory=list)
    changed_by: list[LinkedDocument] = Field(default_factory=list)  # what abolished or amended it
    changes: list[LinkedDocument] = Field(default_factory=list)  # what it abolishes or amends
    body_redacted: str | None = None


class WithheldDocument(BaseModel):
    """A document in force as 依申请公开 or 不予公开, with its current version's metadata and decision."""

    summary: DocumentSummary
    metadata: Metadata
    decision: Decision | None = None


class Signoff(BaseModel):
    """A sign-off of the open round: the stage (初审/复审/终审), the account's name, its attribute."""

    model_config = ConfigDict(from_attributes=True)

    stage: str | None = None
    account: str = Field(validation_alias="reviewer")  # ReviewDecision.reviewer: the account's name then
    attribute: str | None = None


class QueueRow(BaseModel):
    """One 待审 document as the review queue lists it (`review list`, the console's queue): its heading,
    the rules' proposal and reasons, masked findings, the sign-offs of the open round and what is next."""

    document_id: int
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    proposed: str | None = None
    reasons: list[str] = Field(default_factory=list)
    conflict: bool = False
    topic: str | None = None
    findings: list[MaskedFinding] = Field(default_factory=list)
    signed: list[Signoff] = Field(default_factory=list)
    next_stage: str
    signoffs_needed: int


class ExportedDocument(BaseModel):
    """A document as `normdocs export` lists it: its own fields (the masked title the search index
    holds), its current version's number and redacted body (as paragraphs)."""

    id: int
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    doc_type: str | None = None
    signed_date: str | None = None
    published_date: str | None = None
    validity: str | None = None
    valid_until: str | None = None
    attribute: str | None = None
    normative: bool = False
    withdrawn: bool = False
    version: int | None = None
    body: str | None = None


class ExportedDecision(TrailEntry):
    """A trail row as `normdocs export --trail` lists it: the decision with its document's title and number."""

    title: str | None = None
    doc_number: str | None = None


class LapsedDocument(BaseModel):
    """A withheld document whose secrecy period has run out (定期评估, `weekly-review`): a proposal
    for a human when `candidate`, else kept back by another reason that `reason` names."""

    id: int
    title: str | None = None
    doc_number: str | None = None
    attribute: str | None = None
    candidate: bool
    reason: str
    lapsed_on: str | None = None


class QuarantinedFile(BaseModel):
    """An open quarantine entry as `quarantine list` and the console read it: the file, the stage
    that held it, its reasons, its masked metadata (no texts) and findings. Its id (隔离编号) is no
    document id."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    file: str
    content_hash: str | None = None
    run_id: str | None = None
    stage: str
    reasons: list[str] = Field(default_factory=list)
    metadata: Metadata = Field(default_factory=Metadata, validation_alias="metadata_json")
    findings: Annotated[list[StoredFinding], BeforeValidator(lambda v: v or [])] = Field(default_factory=list)
    created_at: UtcTime

    @property
    def secret(self) -> bool:
        """Held for a state-secret mark or term: the secrecy office's list (保密办)."""
        return (any(f.kind == "state_secret" for f in self.findings) or bool(self.metadata.classification)
                or any("state_secret" in r or "密级" in r for r in self.reasons))


class QuarantineListing(BaseModel):
    """A line of `quarantine list --json`: the entry under its own name (隔离编号), findings as listings show them."""

    quarantine_id: int
    file: str
    stage: str
    reasons: list[str] = Field(default_factory=list)
    run_id: str | None = None
    findings: list[MaskedFinding] = Field(default_factory=list)

    @classmethod
    def of(cls, entry: QuarantinedFile) -> QuarantineListing:
        return cls(quarantine_id=entry.id, **shared(entry, cls))
