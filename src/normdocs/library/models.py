"""The library's tables (SQLAlchemy 2). Alembic migrations in library/migrations create them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UtcDateTime(TypeDecorator):
    """Aware datetimes stored in UTC; read back aware on every backend (SQLite keeps no zone).
    Shown in Asia/Shanghai by whoever prints them."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value


# Facets (browse.facet_columns) and the columns browsing filters on (filters.conditions). Each
# facet has an index leading with its column and holding every filter column, so that counting
# a facet under any filters reads that index alone, never the rows (migration 0007).
FACET_COLUMNS = ("issuer", "year", "doc_type", "attribute", "validity", "topic")
FILTER_COLUMNS = ("withdrawn", "attribute", "validity", "doc_type", "year", "normative", "topic", "issuer")


def facet_index_columns(column: str) -> list[str]:
    return [column] + [c for c in FILTER_COLUMNS if c != column]


class Base(DeclarativeBase):
    pass


class Document(Base):
    """One official document, identified by issuer and number (or issuer, title and date)."""

    __tablename__ = "documents"
    # newest first (browse.sort_date), as migration 0005 creates it; the facets' covering indexes (0007)
    __table_args__ = (Index("ix_documents_sort_date", text("coalesce(published_date, signed_date, '')"), "id"),
                      # a year's documents newest first, without sorting them (migration 0007)
                      Index("ix_documents_year_sort_date", "year", text("coalesce(published_date, signed_date, '')"),
                            "id"),
                      *(Index(f"ix_documents_facet_{c}", *facet_index_columns(c)) for c in FACET_COLUMNS))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identity: Mapped[str] = mapped_column(String(512), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    doc_number: Mapped[str | None] = mapped_column(String(128), index=True)
    issuer: Mapped[str | None] = mapped_column(String(512))
    # the authority's ids of the issuing bodies as ";id;id;" (the issuer facet; same across renames)
    issuer_ids: Mapped[str | None] = mapped_column(String(512), index=True)
    doc_type: Mapped[str | None] = mapped_column(String(32))
    signed_date: Mapped[str | None] = mapped_column(String(10))
    published_date: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    normative: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_title: Mapped[str | None] = mapped_column(Text)  # the 办法 a 通知 issues
    validity: Mapped[str | None] = mapped_column(String(8))  # 有效/已修改/已废止/已失效
    valid_until: Mapped[str | None] = mapped_column(String(10))
    attribute: Mapped[str | None] = mapped_column(String(8))  # in force; 待审 until signed off
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    topic: Mapped[str | None] = mapped_column(String(64))  # 主题分类 of the current version (enrichment/topics.py)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    versions: Mapped[list[Version]] = relationship(back_populates="document", order_by="Version.version")


class Version(Base):
    """Every historical text of a document is kept (历史文本), never overwritten."""

    __tablename__ = "versions"
    __table_args__ = (
        UniqueConstraint("document_id", "version"),
        UniqueConstraint("document_id", "content_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    file: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    pages: Mapped[int | None] = mapped_column(Integer)
    metadata_json: Mapped[dict] = mapped_column(JSON)
    body: Mapped[str | None] = mapped_column(Text)
    body_redacted: Mapped[str | None] = mapped_column(Text)
    published_date_source: Mapped[str | None] = mapped_column(String(16))
    manifest_hash: Mapped[str | None] = mapped_column(String(64))
    run_id: Mapped[str | None] = mapped_column(String(64))
    loaded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="versions")
    determination: Mapped[Determination | None] = relationship(back_populates="version", uselist=False)
    findings: Mapped[list[Finding]] = relationship(back_populates="version")


class Determination(Base):
    __tablename__ = "determinations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"), unique=True)
    proposed: Mapped[str | None] = mapped_column(String(8))
    attribute: Mapped[str | None] = mapped_column(String(8))
    source: Mapped[str | None] = mapped_column(String(16))
    basis: Mapped[list] = mapped_column(JSON, default=list)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=True)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    rules_version: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    version: Mapped[Version] = relationship(back_populates="determination")


class Finding(Base):
    """Confidentiality findings; evidence is always masked."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    evidence: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    line: Mapped[int | None] = mapped_column(Integer)
    severity: Mapped[str] = mapped_column(String(8))
    bbox: Mapped[list | None] = mapped_column(JSON)  # the line's box on the page, points from the top left
    span: Mapped[list | None] = mapped_column(JSON)  # the value's box within it (personal numbers), points

    version: Mapped[Version] = relationship(back_populates="findings")


class ReviewDecision(Base):
    """Append-only trail of sign-offs, returns, undos, withdrawals and reinstatements.

    Rows are never changed or deleted: a later row (`supersedes`) undoes an earlier one.
    `account_id` is the authenticated account; `reviewer` its name at the time (legacy rows
    written before accounts existed have only the name)."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # decide / return / undo / withdraw / reinstate
    attribute: Mapped[str | None] = mapped_column(String(8))
    reviewer: Mapped[str] = mapped_column(String(128))
    comment: Mapped[str | None] = mapped_column(Text)
    proposal_rules_version: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    stage: Mapped[str | None] = mapped_column(String(8))  # 初审 / 复审 / 终审 for a sign-off
    supersedes: Mapped[int | None] = mapped_column(ForeignKey("review_decisions.id"))
    version: Mapped[int | None] = mapped_column(Integer)  # the document version decided on


class Account(Base):
    """A person who signs in to the console or signs off on the command line."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # reviewer / auditor / admin
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class ConsoleSession(Base):
    """A signed-in browser: the cookie holds `id`, a random token; `csrf` guards its forms."""

    __tablename__ = "console_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_seen: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class AuditEvent(Base):
    """Append-only audit log: logins, failures, decisions, releases, account changes."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    event: Mapped[str] = mapped_column(String(32), index=True)
    account: Mapped[str | None] = mapped_column(String(64), index=True)  # who acted (or tried to)
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(64))  # client address, or "cli"


class Run(Base):
    __tablename__ = "runs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16), default="running")
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False)
    totals: Mapped[dict] = mapped_column(JSON, default=dict)
    report: Mapped[str | None] = mapped_column(Text)


class QuarantineEntry(Base):
    """A file that failed extraction, validation or confidentiality review: kept, never loaded."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    manifest_hash: Mapped[str | None] = mapped_column(String(64))
    run_id: Mapped[str] = mapped_column(String(64))
    stage: Mapped[str] = mapped_column(String(16))  # extract / validate / review
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    metadata_json: Mapped[dict] = mapped_column(JSON, default=dict)
    findings: Mapped[list | None] = mapped_column(JSON)  # masked, with page and box, as for loaded documents
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    released_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class SearchIndex(Base):
    """Title and redacted body of each document's current version, for `normdocs search`: the
    text its tokens come from (search_index.py: FTS5 tables on SQLite, `search_terms` on
    PostgreSQL, created by migration 0005) and snippets are cut from."""

    __tablename__ = "search_index"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)


class ValidityLink(Base):
    """A decision that abolishes (废止) or amends (修改) a target; pending until the target is loaded."""

    __tablename__ = "validity_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # 已废止 / 已修改
    target_title: Mapped[str | None] = mapped_column(Text)
    target_doc_number: Mapped[str | None] = mapped_column(String(128))
    target_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    applied_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class LibraryLock(Base):
    """The one run that writes to the library at a time: held with a heartbeat, so the lock of a
    run that died (SIGKILL, power loss) is taken over after its lease, or at once when its process
    is known to be gone; `processes` lists the run's child processes, stopped by whoever takes over."""

    __tablename__ = "library_locks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    run_id: Mapped[str] = mapped_column(String(64))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    pid_started: Mapped[float | None] = mapped_column(Float)  # the process's start time: a reused pid is not it
    acquired_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    heartbeat_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    processes: Mapped[list] = mapped_column(JSON, default=list)  # [[pid, start time], ...] on `host`


class LibraryState(Base):
    """Facts the library keeps about itself, by key: `issuer_authority` is the digest of the issuer
    authority its identities were computed with (ingest re-keys when the packaged one differs)."""

    __tablename__ = "library_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
