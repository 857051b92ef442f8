"""Reads for what the office publishes (normdocs.publish: the column, the annual report).

Typed models out (CatalogueEntry), so that the publishing code never touches SQLAlchemy."""

from __future__ import annotations

from sqlalchemy import func, select

from normdocs.library.models import Document, ReviewDecision, ValidityLink, Version
from normdocs.library.store import Library
from normdocs.schemas.library import CatalogueEntry, DocumentSummary, LinkedDocument, TrailEntry, VersionMetadata, shared


def _current_versions(s, ids: list[int]) -> dict[int, Version]:
    out: dict[int, Version] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        latest = select(Version.document_id, func.max(Version.version).label("v")).where(
            Version.document_id.in_(chunk)).group_by(Version.document_id).subquery()
        for v in s.scalars(select(Version).join(
                latest, (Version.document_id == latest.c.document_id) & (Version.version == latest.c.v))):
            out[v.document_id] = v
    return out


def document_rows(library: Library, *, with_text: bool = False, published_only: bool = False) -> list[CatalogueEntry]:
    """Every document with its fields, the current version's annotations (topic, format checks,
    attachments) and its validity links both ways, each with the other document's title, number and
    dates. `with_text` adds the redacted body of the current version (never the original)."""
    with library.session() as s:
        query = select(Document).order_by(Document.id)
        if published_only:
            query = query.where(Document.attribute == "主动公开", Document.withdrawn.is_(False))
        docs = list(s.scalars(query))
        ids = [d.id for d in docs]
        versions = _current_versions(s, ids)
        links = list(s.scalars(select(ValidityLink).where(ValidityLink.target_document_id.is_not(None))))
        linked_ids = {ln.source_document_id for ln in links} | {ln.target_document_id for ln in links}
        brief = {d.id: d for d in s.scalars(select(Document).where(Document.id.in_(linked_ids)))} if linked_ids else {}
        rows = []
        for d in docs:
            v = versions.get(d.id)
            stored = dict(v.metadata_json or {}) if v else {}
            # the advisory annotations only: the elements are the document's own columns
            md = VersionMetadata.model_validate(
                {k: stored[k] for k in ("attachments", "topic", "format_checks") if stored.get(k) is not None})

            def other(doc_id: int, kind: str, applied) -> LinkedDocument:
                o = brief.get(doc_id)
                summary = DocumentSummary.model_validate(o) if o is not None else None
                return LinkedDocument(
                    **shared(summary, LinkedDocument, exclude={"id"}), id=doc_id, kind=kind,
                    published=bool(summary and summary.attribute == "主动公开" and not summary.withdrawn),
                    applied_at=applied.isoformat() if applied else None)

            rows.append(CatalogueEntry(
                **DocumentSummary.model_validate(d).model_dump(), year=d.year,
                updated_at=d.updated_at.isoformat() if d.updated_at else None,
                version=v.version if v else None, content_hash=v.content_hash if v else None,
                attachments=md.attachments, topic=md.topic, format_checks=md.format_checks,
                changed_by=[other(ln.source_document_id, ln.kind, ln.applied_at) for ln in links
                            if ln.target_document_id == d.id],
                changes=[other(ln.target_document_id, ln.kind, ln.applied_at) for ln in links
                         if ln.source_document_id == d.id and ln.target_document_id is not None],
                body_redacted=v.body_redacted if v and with_text else None,
            ))
    return rows


def trail_rows(library: Library) -> list[TrailEntry]:
    """The review trail: every sign-off and withdrawal, oldest first."""
    with library.session() as s:
        return [TrailEntry.model_validate(t) for t in s.scalars(select(ReviewDecision).order_by(ReviewDecision.id))]
