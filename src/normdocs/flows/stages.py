"""The ingest stages as plain functions on plain records; flows/ingest.py only wires them.

file → extracted record → determination and findings → provenance and validity →
validation row → library item or quarantine → report row.

The stage boundary for personal data is `review` (validators): it masks the record it returns
(file name, every metadata field, error message; see validators.redaction.mask_record), so the
identity, validation row, library item, quarantine entry and report row are all built from the
masked view; only `metadata.body` (the library's original-text column) keeps full numbers.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from normdocs.extractors import extract_file, file_sha256
from normdocs.extractors.manifest import MANIFEST_NAMES, PROBLEMS, entry_hash, find_manifest, read_manifest
from normdocs.schemas.determination import ATTRIBUTE_RANK
from normdocs.schemas.provenance import Provenance, Validity, ValidityLinkTarget
from normdocs.schemas.record import Record
from normdocs.schemas.report import DocumentRow
from normdocs.validators import review
from normdocs.validators.provenance import identity, published_date
from normdocs.validators.validity import assess_validity

# Manifest columns that override what extraction found.
OVERRIDABLE = [
    "title", "doc_number", "issuer", "doc_type", "signed_date", "printed_date", "classification", "urgency",
    "disclosure_marker",
]


@dataclass(frozen=True)
class InputFile:
    path: str  # as found under the source folder
    rel: str  # relative to the source folder, POSIX: the manifest's key


def discover(source: Path, manifest_path: Path | None = None) -> tuple[list[InputFile], dict[str, dict]]:
    """Files under the folder in sorted order (hidden files and the manifest left out), and the manifest."""
    source = Path(source)
    manifest_path = manifest_path or find_manifest(source)
    manifest = read_manifest(manifest_path) if manifest_path else {}
    files: list[InputFile] = []
    for root, dirs, names in os.walk(source):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or name in MANIFEST_NAMES:
                continue
            path = Path(root) / name
            files.append(InputFile(str(path), path.relative_to(source).as_posix()))
    return files, manifest


def content_hash(path: str) -> str | None:
    """SHA-256 of the file, or None when it cannot be read (extraction then says why)."""
    try:
        return file_sha256(path)
    except OSError:
        return None


def prepare(file: InputFile, manifest_entry: dict[str, str] | None, today: dt.date,
            *, sources: tuple[str, ...] = ("manifest", "site", "printed", "signed"),
            manifest_only: bool = False, extract: Callable[[str], Record] | None = None) -> Record:
    """Read, decide and date one file: everything up to validation, no database.

    `extract` reads the file with its layout (default: extract_file; ingest passes the cache)."""
    record = extract(file.path) if extract else extract_file(file.path, keep_layout=True)
    site = record.layout.site_metadata if record.layout else {}
    conflicts = _apply_overrides(record, manifest_entry) if record.status == "ok" else []
    record = review(record)
    _flag_manifest_conflicts(record, conflicts)
    record.layout = None  # the model served the findings' page and line; it is not stored
    md = record.metadata.model_dump()
    published = published_date(md, site, manifest_entry, sources=sources, manifest_only=manifest_only)
    record.provenance = Provenance(
        identity=identity(md), published_date=published.value, published_date_source=published.source,
        published_date_derived=published.derived, manifest=manifest_entry or None,
        manifest_hash=entry_hash(manifest_entry), flags=published.flags,
    )
    if record.status == "ok":
        info = assess_validity(md, record.metadata.body or "", today)
        record.validity = Validity(
            validity=(manifest_entry or {}).get("validity") or info.validity, normative=info.normative,
            issued_title=info.issued_title, valid_until=info.valid_until,
            links=[ValidityLinkTarget(**link) for link in info.links],
        )
    return record


_LEVEL_RANK = {"秘密": 1, "机密": 2, "绝密": 3}


def _apply_overrides(record: Record, entry: dict[str, str] | None) -> list[str]:
    """The manifest's fields over what extraction found; it may make the document stricter,
    never laxer: a laxer disclosure marker is not applied and comes back as a conflict (Chinese)."""
    md, conflicts = record.metadata, []
    for field in OVERRIDABLE:
        value = (entry or {}).get(field)
        if not value:
            continue
        if field == "disclosure_marker" and md.disclosure_marker and \
                ATTRIBUTE_RANK[value] < ATTRIBUTE_RANK[md.disclosure_marker]:
            conflicts.append(f"清单标注为{value}，但文件印有{md.disclosure_marker}的附注；清单不能放宽文件自身的标注，"
                             "二者冲突，须人工审核。")
            continue
        if field == "classification" and md.classification and \
                _LEVEL_RANK.get(value, 0) < _LEVEL_RANK.get(md.classification, 0):
            continue  # the printed level is the stricter one
        setattr(md, field, value)
    return conflicts


def _flag_manifest_conflicts(record: Record, conflicts: list[str]) -> None:
    """A manifest laxer than the printed marker: a conflict a reviewer settles (待审)."""
    decision = record.disclosure
    if not conflicts or decision is None:
        return
    decision.needs_review, decision.conflict, decision.attribute = True, True, "待审"
    decision.reasons = [*decision.reasons, *(c for c in conflicts if c not in decision.reasons)]


def validation_row(record: Record, row_id: str) -> dict:
    """The columns Great Expectations sees: scalars only from the masked record, never the body."""
    md, prov, val = record.metadata, record.provenance or Provenance(), record.validity or Validity()
    return {
        "row_id": row_id, "doc_type": md.doc_type, "title": md.title, "doc_number": md.doc_number,
        "issuer": md.issuer, "signed_date": md.signed_date, "printed_date": md.printed_date,
        "published_date": prov.published_date, "validity": val.validity,
        "attribute": record.disclosure.attribute if record.disclosure else None,
        "classification": md.classification, "has_body": bool(md.body), "identity": prov.identity,
        "content_hash": record.sha256,
    }


def quarantine_reasons(record: Record, failures: list[str]) -> tuple[str, list[str]] | None:
    """(stage, reasons) when the document must not be loaded; None when it may.

    A state secret (a 密级 mark, or a term the rules call secret) stays out of the library,
    with its masked evidence, for the secrecy office. Everything else a reviewer must see —
    personal numbers, internal marks, a conflict with the 附注 or the manifest — is loaded
    with its text as 待审 (the decision says needs_review), to be released or withheld."""
    if record.status != "ok":
        return "extract", [record.error.message if record.error else "文件无法读取。"]
    problems = ((record.provenance.manifest if record.provenance else None) or {}).get(PROBLEMS)
    if problems:
        return "manifest", [problems]
    if failures:
        return "validate", failures
    decision = record.disclosure
    secret = [f for f in record.findings if f.secret or f.kind == "state_secret"]
    if secret or record.metadata.classification:
        evidence = "、".join(dict.fromkeys(f.evidence for f in secret)) or record.metadata.classification
        reasons = [f"文件标有国家秘密标志或涉密内容（{evidence}），不得入库，须交保密工作机构处理。"]
        if decision is not None and decision.conflict:
            reasons += [r for r in decision.reasons if r not in reasons]  # they say what conflicts with the 附注
        return "review", reasons
    return None


def library_item(record: Record) -> dict:
    """The flat dict Library.load stores: the masked view, plus the original text as `body`."""
    prov, val = record.provenance or Provenance(), record.validity or Validity()
    metadata = record.metadata.model_dump(exclude={"body", "body_redacted"})
    metadata["published_date"] = prov.published_date
    # advisory annotations travel with the version's metadata (read by normdocs.publish)
    metadata["format_checks"] = [c.model_dump() for c in record.format_checks]
    metadata["topic"] = record.topic.model_dump()
    return {
        "identity": prov.identity, "content_hash": record.sha256, "file": record.file, "format": record.format,
        "pages": record.pages, "metadata": metadata, "body": record.metadata.body,
        "body_redacted": record.metadata.body_redacted, "published_date_source": prov.published_date_source,
        "manifest_hash": prov.manifest_hash,
        "disclosure": record.disclosure.model_dump() if record.disclosure else None,
        "findings": [f.model_dump() for f in record.findings], "normative": val.normative,
        "issued_title": val.issued_title, "valid_until": val.valid_until, "validity": val.validity,
        "validity_links": [link.model_dump() for link in val.links],
    }


def report_row(record: Record, status: str, *, failures: list[str] = (), doc_id: int | None = None,
               version: int | None = None, new_version: bool = False) -> DocumentRow:
    md, prov, val = record.metadata, record.provenance or Provenance(), record.validity or Validity()
    decision = record.disclosure
    return DocumentRow(
        file=record.file, doc_id=doc_id, status=status, version=version, new_version=new_version,
        title=md.title, doc_number=md.doc_number, issuer=md.issuer, doc_type=md.doc_type,
        signed_date=md.signed_date, published_date=prov.published_date,
        published_date_source=prov.published_date_source, published_date_derived=prov.published_date_derived,
        validity=val.validity, attribute=decision.attribute if decision else None,
        proposed=decision.proposed if decision else None, needs_review=bool(decision and decision.needs_review),
        reasons=list(decision.reasons) if decision else [],
        findings=[f.model_dump() for f in record.findings], failures=list(failures),
        error=record.error.message if record.error else None, flags=list(prov.flags),
        format_checks=list(record.format_checks),
    )
