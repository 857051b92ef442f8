"""Where a document's publication date comes from, and the identity that names it in the library."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from normdocs.schemas.normalize import normalize_date
from normdocs.schemas.provenance import ProvenanceRules
from normdocs.schemas.record import Metadata
from normdocs.schemas.rules import load_rules

RULES_FILE = "provenance.yaml"


def load_provenance_rules(name: str = RULES_FILE) -> ProvenanceRules:
    """rules/provenance.yaml, checked (cached per process by load_rules)."""
    return load_rules(name, ProvenanceRules)


@dataclass
class PublishedDate:
    value: str | None
    source: str | None
    derived: bool  # not printed or given as a publication date: taken from another date
    flags: list[str] = field(default_factory=list)


def _iso(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    try:
        return dt.date.fromisoformat(text.replace("/", "-")).isoformat()
    except ValueError:
        return normalize_date(text)


def published_date(
    metadata: Metadata, site: dict[str, str], manifest: dict[str, str] | None, rules: ProvenanceRules | None = None,
) -> PublishedDate:
    """The first source of `rules` (default rules/provenance.yaml: manifest → site's 发布日期 →
    印发日期 → 成文日期) that holds a date wins; a site's date years after the signed date does not."""
    rules = rules or load_provenance_rules()
    flags: list[str] = []
    signed = metadata.signed_date
    candidates = {
        "manifest": _iso((manifest or {}).get("published_date") or (manifest or {}).get("发布日期")),
        "site": _iso(site.get("发布日期")),
        "printed": metadata.printed_date,
        "signed": signed,
    }
    order = ("manifest",) if rules.manifest_only else tuple(s for s in rules.published_date_sources if s in candidates)
    for source in order:
        value = candidates[source]
        if not value:
            continue
        if source == "site" and signed and int(value[:4]) - int(signed[:4]) >= rules.reupload_years:
            flags.append(f"网站发布日期 {value} 晚于成文日期 {signed} 多年，可能为旧文重传，未采用。")
            continue
        return PublishedDate(value, source, derived=source in ("printed", "signed"), flags=flags)
    return PublishedDate(None, None, derived=False, flags=flags)


def issuer_key(metadata: Metadata) -> str:
    """The issuer part of an identity: the authority's ids of the bodies, the same across renames."""
    from normdocs.extractors.issuer import issuer_ids_of

    return "+".join(issuer_ids_of(metadata))


def identity(metadata: Metadata) -> str | None:
    """Issuer ids and number when there is a number, else issuer ids, title and signed date."""
    issuer = issuer_key(metadata)
    if metadata.doc_number:
        return f"{issuer or ''}|{metadata.doc_number}"
    if metadata.title:
        return f"{issuer or ''}|{metadata.title}|{metadata.signed_date or ''}"
    return None
