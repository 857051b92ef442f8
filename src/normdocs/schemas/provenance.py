"""What ingest adds to a record before validation: provenance of dates, identity, validity."""

from __future__ import annotations

from pydantic import BaseModel, Field

from normdocs.schemas.rules import RuleModel
from normdocs.schemas.vocab import DateSource


class ProvenanceRules(RuleModel):
    """rules/provenance.yaml: where the published date comes from (the enrichment stage's rules)."""

    version: str = ""
    published_date_sources: list[DateSource] = Field(default_factory=lambda: list(DateSource), min_length=1)
    manifest_only: bool = False
    reupload_years: int = Field(2, ge=0)


class Provenance(BaseModel):
    identity: str | None = None  # issuer|number, else issuer|title|signed date
    published_date: str | None = None
    published_date_source: str | None = None  # a vocab.DateSource value
    published_date_derived: bool = False  # taken from the 印发 or 成文 date, not printed as published
    manifest: dict[str, str] | None = None  # the manifest entry applied, if any
    manifest_hash: str | None = None
    flags: list[str] = Field(default_factory=list)  # Chinese notes for auditors


class ValidityLinkTarget(BaseModel):
    kind: str  # 已废止 / 已修改 (vocab.Validity)
    title: str | None = None
    doc_number: str | None = None


class Validity(BaseModel):
    validity: str | None = None  # a vocab.Validity value
    normative: bool = False
    issued_title: str | None = None
    valid_until: str | None = None
    links: list[ValidityLinkTarget] = Field(default_factory=list)
