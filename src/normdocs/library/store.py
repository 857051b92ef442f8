"""The library: loading is idempotent, every version is kept, writes are safe under concurrency.

This module (with models.py and search.py) is the only place that imports SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, cast

from sqlalchemy import create_engine, delete, event, func, or_, select, update
from sqlalchemy.engine import CursorResult, Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer, sessionmaker

from normdocs.library import search_index
from normdocs.library.rekey import RekeyReport
from normdocs.library.models import (
    Determination, Document, Finding, LibraryLock, QuarantineEntry, ReviewDecision, Run, SearchIndex, ValidityLink,
    Version, utcnow,
)
from normdocs.schemas.library import (
    DocumentDetail, DocumentSummary, LibraryItem, QuarantinedFile, QuarantineItem, StoredDecision, StoredFinding, StoredIdentity,
    StoredLink, StoredProposal, StoredVersion, TrailEntry, WithheldDocument, shared,
)
from normdocs.schemas.determination import Decision
from normdocs.schemas.record import Metadata
from normdocs.schemas.settings import Settings

PUBLISHED = "主动公开"
PENDING = "待审"
REVIEW_BATCH = 500  # documents per IN list when reading the review queue
IDENTITY_BATCH = 500  # identities per IN list in the clash check
# a document's own fields that no version sets
_NOT_FOLLOWED = frozenset({"id", "identity", "attribute", "withdrawn"})


def issuer_ids_of(metadata: Metadata) -> list[str]:
    from normdocs.extractors.issuer import issuer_ids_of as ids_of

    return ids_of(metadata)


def issuer_ids_column(ids: list[str]) -> str | None:
    """Ids stored as ";a;b;" so that one id matches with LIKE '%;a;%' on every backend."""
    return ";" + ";".join(ids) + ";" if ids else None


def issuer_facet_ids(name: str) -> list[str]:
    from normdocs.extractors.authority import load_authority
    from normdocs.extractors.issuer import issuer_ids_of

    authority = load_authority()
    return [i for eid in issuer_ids_of(Metadata(issuer=name)) for i in authority.lineage(eid)]


@dataclass(frozen=True)
class LoadResult:
    document_id: int
    version: int
    new_document: bool
    new_version: bool  # a changed file of a known document
    unchanged: bool  # the same content was already loaded


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # concurrent readers with one writer
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True)


def current_version(s: Session, doc: Document) -> Version:
    """The document's newest version (the one its fields show); decisions read the same one."""
    version = s.scalar(select(Version).where(Version.document_id == doc.id).order_by(Version.version.desc()).limit(1))
    if version is None:  # every loaded document has a version: a broken library
        raise LookupError(f"document {doc.id} has no version")
    return version


def current_version_ids(s: Session, document_ids: list[int]) -> dict[int, int]:
    """document id → id of its newest version, in one query (the review queue and page read a batch)."""
    latest = (select(Version.document_id, func.max(Version.version).label("v"))
              .where(Version.document_id.in_(document_ids)).group_by(Version.document_id).subquery())
    return dict(s.execute(select(Version.document_id, Version.id).join(
        latest, (Version.document_id == latest.c.document_id) & (Version.version == latest.c.v))).all())


def migration_config(connection):
    """The Alembic configuration of the library's migrations, run on `connection`."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("normdocs.library") / "migrations"))
    config.attributes["connection"] = connection
    return config


class Library:
    def __init__(self, url: str | None = None, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.url = url or self.settings.database_url
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # -- schema --------------------------------------------------------------------------

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema to an Alembic revision, the newest by default (`normdocs db upgrade`)."""
        from alembic import command

        with self.engine.begin() as connection:
            command.upgrade(migration_config(connection), revision)

    def rekey_if_authority_changed(self, source: str = "ingest", force: bool = False) -> RekeyReport | None:
        """Re-key the loaded documents when the issuer authority changed since they were keyed
        (library/rekey.py); the RekeyReport, or None when it had not changed."""
        from normdocs.library.rekey import rekey_if_authority_changed

        with self.engine.begin() as connection:
            return rekey_if_authority_changed(connection, source, force)

    def session(self) -> Session:
        return self._sessions()

    # -- runs ----------------------------------------------------------------------------

    def start_run(self, run_id: str, source: str, dry_run: bool = False) -> None:
        with self.session() as s, s.begin():
            s.merge(Run(id=run_id, source=source, dry_run=dry_run, status="running", started_at=utcnow()))

    def finish_run(self, run_id: str, status: str, totals: dict, report: str | None) -> None:
        with self.session() as s, s.begin():
            run = _run(s, run_id)
            run.status, run.totals, run.report, run.finished_at = status, totals, report, utcnow()

    def crash_runs(self, reason: str, *, run_ids: list[str] | None = None, keep: str | None = None) -> list[str]:
        """Mark runs still `running` as `crashed` (their process is gone): those named, or every
        one but `keep` (called by the run that holds the lock: no other run can be alive)."""
        with self.session() as s, s.begin():
            query = select(Run).where(Run.status == "running")
            if run_ids is not None:
                query = query.where(Run.id.in_(run_ids))
            if keep is not None:
                query = query.where(Run.id != keep)
            runs = s.scalars(query).all()
            for run in runs:
                run.status, run.finished_at = "crashed", utcnow()
                run.totals = {**(run.totals or {}), "error": reason}
            return [r.id for r in runs]

    # -- the lock ------------------------------------------------------------------------

    def try_lock(self, name: str, holder: dict, lease_seconds: float, gone) -> tuple[str, dict | None]:
        """One attempt at the lock. `holder`: run_id, host, pid, pid_started, processes.

        Returns ("acquired", None), ("taken_over", the dead holder) when the holder's heartbeat
        is older than the lease or `gone(holder)` says its process has ended, or ("busy", the
        holder). Taking over is a compare-and-set on the old holder: two waiting runs never
        both win."""
        now = utcnow()
        for _ in range(3):
            try:
                with self.session() as s, s.begin():
                    row = s.get(LibraryLock, name)
                    if row is None:
                        s.add(LibraryLock(name=name, acquired_at=now, heartbeat_at=now, **holder))
                        s.flush()
                        return "acquired", None
            except IntegrityError:
                continue  # another run inserted it meanwhile: look again
            with self.session() as s, s.begin():
                row = s.get(LibraryLock, name)
                if row is None:
                    continue
                old = _lock_info(row)
                age = (now - _aware(row.heartbeat_at)).total_seconds()
                if age <= lease_seconds and not gone(old):
                    return "busy", {**old, "heartbeat_age": age}
                # an UPDATE's result is a CursorResult (it has the row count)
                taken = cast(CursorResult, s.execute(
                    update(LibraryLock)
                    .where(LibraryLock.name == name, LibraryLock.run_id == row.run_id,
                           LibraryLock.heartbeat_at == row.heartbeat_at)
                    .values(acquired_at=now, heartbeat_at=now, **holder)
                )).rowcount
                if taken == 1:
                    return "taken_over", {**old, "heartbeat_age": age}
        return "busy", None

    def heartbeat_lock(self, name: str, run_id: str, processes: list | None = None) -> bool:
        """Renew the lease; False when the lock is no longer this run's (it was taken over)."""
        values: dict = {"heartbeat_at": utcnow()}
        if processes is not None:
            values["processes"] = processes
        with self.engine.begin() as connection:
            return connection.execute(update(LibraryLock).where(
                LibraryLock.name == name, LibraryLock.run_id == run_id).values(**values)).rowcount == 1

    def release_lock(self, name: str, run_id: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(LibraryLock).where(
                LibraryLock.name == name, LibraryLock.run_id == run_id))

    def lock_holder(self, name: str) -> dict | None:
        with self.session() as s:
            row = s.get(LibraryLock, name)
            return _lock_info(row) if row is not None else None

    # -- incremental ---------------------------------------------------------------------

    def stored_identities(self, identities: Iterable[str]) -> dict[str, StoredIdentity]:
        """identity -> title and content hash of the current version, for these identities only
        (a chunk's clash check reads what its own documents may clash with, not the whole library)."""
        wanted = sorted(set(identities))
        out: dict[str, StoredIdentity] = {}
        with self.session() as s:
            for start in range(0, len(wanted), IDENTITY_BATCH):
                batch = wanted[start : start + IDENTITY_BATCH]
                latest = (select(Version.document_id, func.max(Version.version).label("v"))
                          .join(Document, Document.id == Version.document_id)
                          .where(Document.identity.in_(batch)).group_by(Version.document_id).subquery())
                rows = s.execute(select(Document.identity, Document.title, Version.content_hash)
                                 .join(Version, Version.document_id == Document.id)
                                 .join(latest, (Version.document_id == latest.c.document_id)
                                       & (Version.version == latest.c.v))).all()
                for identity, title, content_hash in rows:
                    out[identity] = StoredIdentity(title=title, content_hash=content_hash)
        return out

    # -- loading -------------------------------------------------------------------------

    def load(self, item: LibraryItem, run_id: str | None = None) -> LoadResult:
        """Load one validated document (schemas.library.library_item builds the item)."""
        for attempt in range(3):
            try:
                return self._load_once(item, run_id)
            except IntegrityError:
                # Another worker inserted the same document or version meanwhile: look again.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _load_once(self, item: LibraryItem, run_id: str | None) -> LoadResult:
        with self.session() as s, s.begin():
            doc = s.scalar(select(Document).where(Document.identity == item.identity))
            new_document = doc is None
            if doc is None:
                doc = Document(identity=item.identity)
                s.add(doc)
                s.flush()
            else:
                same = s.scalar(
                    select(Version).where(Version.document_id == doc.id, Version.content_hash == item.content_hash)
                )
                if same is not None:
                    return LoadResult(doc.id, same.version, False, False, True)
            number = (s.scalar(select(func.max(Version.version)).where(Version.document_id == doc.id)) or 0) + 1
            version = Version(
                document_id=doc.id, version=number, content_hash=item.content_hash, file=item.file,
                format=item.format, pages=item.pages, metadata_json=item.metadata.stored(),
                body=item.body, body_redacted=item.body_redacted,
                published_date_source=item.published_date_source, manifest_hash=item.manifest_hash,
                run_id=run_id,
            )
            s.add(version)
            s.flush()
            self._write_decision(s, version, item, None)
            self._follow(doc, item)
            # A new text needs its own decision: earlier sign-offs were for another text.
            doc.attribute = item.attribute_on_load()
            self._index(s, doc, item.metadata.title, item.body_redacted)
            for link in item.validity_links:
                s.add(ValidityLink(source_document_id=doc.id, kind=link.kind, target_title=link.title,
                                   target_doc_number=link.doc_number))
            s.flush()
            self._apply_links(s)
            return LoadResult(doc.id, number, new_document, not new_document, False)

    def _index(self, s: Session, doc: Document, title: str | None, body_redacted: str | None) -> None:
        """The search index holds the masked title (see flows.stages.library_item) and the redacted body;
        its tokens follow the row just written: what is indexed is what it holds."""
        s.merge(SearchIndex(document_id=doc.id, title=title, body=body_redacted))
        search_index.put(s, self.engine.dialect.name, doc.id, title, doc.doc_number, body_redacted)

    def _apply_links(self, s: Session) -> None:
        """Resolve pending abolition/amendment links against loaded documents, both ways."""
        for link in s.scalars(select(ValidityLink).where(ValidityLink.target_document_id.is_(None))):
            query = select(Document).where(Document.id != link.source_document_id)
            if link.target_doc_number:
                target = s.scalar(query.where(Document.doc_number == link.target_doc_number))
            else:
                target = None
            if target is None and link.target_title:
                target = s.scalar(query.where(
                    (Document.title == link.target_title) | (Document.issued_title == link.target_title)
                ))
            if target is not None:
                link.target_document_id = target.id
                link.applied_at = utcnow()
                target.validity = link.kind

    # -- quarantine ----------------------------------------------------------------------

    def release_quarantined(self, content_hash: str) -> None:
        """A quarantined file that now loads (e.g. its manifest entry was corrected) leaves quarantine."""
        with self.session() as s, s.begin():
            for entry in s.scalars(select(QuarantineEntry).where(
                QuarantineEntry.content_hash == content_hash, QuarantineEntry.released_at.is_(None)
            )):
                entry.released_at = utcnow()

    def quarantined(self) -> list[QuarantinedFile]:
        """The open quarantine entries, oldest first."""
        with self.session() as s:
            return [QuarantinedFile.model_validate(e) for e in s.scalars(
                select(QuarantineEntry).where(QuarantineEntry.released_at.is_(None)).order_by(QuarantineEntry.id)
            )]

    # -- review --------------------------------------------------------------------------

    def review_queue(self, limit: int | None = None, after: int | None = None
                     ) -> list[tuple[Document, Determination | None, list[Finding]]]:
        """待审 documents (not withdrawn) by id, with their current version's determination and
        findings. A page is `limit` documents after document id `after` (keyset paging: a page
        costs the same at the head of a queue of 10^5 as anywhere in it); at most four queries
        per REVIEW_BATCH documents, never some per document."""
        with self.session() as s:
            query = select(Document).where(Document.attribute == PENDING, Document.withdrawn.is_(False))
            if after is not None:
                query = query.where(Document.id > after)
            query = query.order_by(Document.id)
            if limit is not None:
                query = query.limit(limit)
            docs = s.scalars(query).all()
            out = []
            for start in range(0, len(docs), REVIEW_BATCH):
                batch = docs[start : start + REVIEW_BATCH]
                current = current_version_ids(s, [d.id for d in batch])
                vids = list(current.values())
                decided = {d.version_id: d for d in s.scalars(
                    select(Determination).where(Determination.version_id.in_(vids)))}
                found: dict[int, list[Finding]] = {}
                for f in s.scalars(select(Finding).where(Finding.version_id.in_(vids)).order_by(Finding.id)):
                    found.setdefault(f.version_id, []).append(f)
                for d in batch:
                    vid = current.get(d.id, -1)  # every loaded document has a version
                    out.append((d, decided.get(vid), found.get(vid, [])))
            return out

    def backlog(self) -> dict:
        """What waits for a human, whatever run brought it: 待审 documents and open quarantine entries."""
        with self.session() as s:
            pending = s.scalar(select(func.count()).select_from(Document).where(
                Document.attribute == PENDING, Document.withdrawn.is_(False)))
            held = s.scalar(select(func.count()).select_from(QuarantineEntry).where(
                QuarantineEntry.released_at.is_(None)))
        return {"pending": pending or 0, "quarantined": held or 0}

    def decisions(self):
        """Sign-offs, returns, undos, withdrawals by authenticated accounts (library/decisions.py)."""
        from normdocs.library.decisions import Decisions

        return Decisions(self)

    def accounts(self):
        from normdocs.library.accounts import Accounts

        return Accounts(self)

    def decide(self, document_id: int, attribute: str, who, comment: str | None = None, source: str = "cli"):
        """A sign-off by an authenticated account (accounts.Who); see decisions.Decisions.decide."""
        return self.decisions().decide(document_id, attribute, who, comment, source)

    def withdraw(self, document_id: int, who, reason: str, source: str = "cli"):
        return self.decisions().withdraw(document_id, who, reason, source)

    # -- reading -------------------------------------------------------------------------

    def document(self, document_id: int) -> DocumentDetail | None:
        """A document with its versions, decisions, findings (masked), links and trail."""
        with self.session() as s:
            doc = s.get(Document, document_id)
            if doc is None:
                return None
            # the page shows no text: the bodies (two per version, the bulk of a row) stay unread
            versions = s.scalars(select(Version).options(defer(Version.body), defer(Version.body_redacted),
                                                         defer(Version.metadata_json))
                                 .where(Version.document_id == doc.id).order_by(Version.version)).all()
            current = versions[-1] if versions else None
            vid = current.id if current else None
            determination = s.scalar(select(Determination).where(Determination.version_id == vid))
            findings = s.scalars(select(Finding).where(Finding.version_id == vid).order_by(Finding.id))
            links = s.scalars(select(ValidityLink).where(
                (ValidityLink.source_document_id == doc.id) | (ValidityLink.target_document_id == doc.id)
            ).order_by(ValidityLink.id))
            trail = s.scalars(select(ReviewDecision).where(ReviewDecision.document_id == doc.id)
                              .order_by(ReviewDecision.id))
            return DocumentDetail(
                **shared(DocumentSummary.model_validate(doc), DocumentDetail),
                versions=[StoredVersion.model_validate(v) for v in versions],
                determination=None if determination is None else StoredProposal.model_validate(determination),
                format=current.format if current else None, pages=current.pages if current else None,
                findings=[StoredFinding.model_validate(f) for f in findings],
                links=[StoredLink.model_validate(ln) for ln in links],
                trail=[TrailEntry.model_validate(t) for t in trail],
            )

    def documents(self, **filters: Any) -> Iterator[Document]:
        query = select(Document).order_by(Document.id)
        if filters.get("issuer") is not None:
            # the facet: any body the name resolves to (a renamed body's documents under all its names)
            ids = issuer_facet_ids(filters["issuer"])
            query = query.where(or_(Document.issuer == filters["issuer"],
                                    *[Document.issuer_ids.like(f"%;{i};%") for i in ids]))
        for field in ("validity", "attribute", "year", "normative"):
            if filters.get(field) is not None:
                query = query.where(getattr(Document, field) == filters[field])
        if filters.get("published_only"):
            query = query.where(Document.attribute == PUBLISHED, Document.withdrawn.is_(False))
        with self.session() as s:
            yield from s.scalars(query)

    def current_bodies(self, document_ids: list[int], redacted: bool = True) -> dict[int, str | None]:
        column = Version.body_redacted if redacted else Version.body
        with self.session() as s:
            latest = select(Version.document_id, func.max(Version.version).label("v")).where(
                Version.document_id.in_(document_ids)).group_by(Version.document_id).subquery()
            rows = s.execute(select(Version.document_id, column).join(
                latest, (Version.document_id == latest.c.document_id) & (Version.version == latest.c.v))).all()
        return dict(rows)

    def mark_lapsed(self, today: dt.date) -> list[int]:
        """Documents in force whose stated period has passed become 已失效."""
        with self.session() as s, s.begin():
            docs = s.scalars(select(Document).where(
                Document.validity == "有效", Document.valid_until.is_not(None), Document.valid_until < today.isoformat()
            )).all()
            for doc in docs:
                doc.validity = "已失效"
            return [d.id for d in docs]

    # -- operations (nightly, weekly review, incremental runs) -----------------------------

    def note_run_rules(self, run_id: str, rules_version: str) -> None:
        """Record the rules a run decides under (in the run's totals), for handled_under."""
        with self.session() as s, s.begin():
            run = _run(s, run_id)
            run.totals = {**(run.totals or {}), "rules_version": rules_version}

    def handled_under(self, pairs: list[tuple[str, str | None]], rules_version: str) -> set[tuple[str, str | None]]:
        """Which (content hash, manifest entry hash) pairs were handled under these rules.

        Loaded: a version with this content whose determination was made under `rules_version`
        (Determination.rules_version ends with "+<rules_version>") and the same manifest entry;
        a file found without a manifest entry (e.g. moved or renamed) matches any entry.
        Quarantined: an entry not released, same manifest entry, written by a run under these rules.
        """
        hashes = sorted({sha for sha, _ in pairs if sha})
        loaded: dict[str, set] = {}
        held: dict[str, set] = {}
        with self.session() as s:
            for i in range(0, len(hashes), 500):
                chunk = hashes[i : i + 500]
                for sha, mh in s.execute(
                    select(Version.content_hash, Version.manifest_hash).join(
                        Determination, Determination.version_id == Version.id
                    ).where(Version.content_hash.in_(chunk), Determination.rules_version.like(f"%+{rules_version}"))
                ):
                    loaded.setdefault(sha, set()).add(mh)
                rows = s.execute(select(QuarantineEntry.content_hash, QuarantineEntry.manifest_hash,
                                        QuarantineEntry.run_id).where(
                    QuarantineEntry.content_hash.in_(chunk), QuarantineEntry.released_at.is_(None))).all()
                run_ids = {r[2] for r in rows}
                rules_of = {rid: (totals or {}).get("rules_version") for rid, totals in s.execute(
                    select(Run.id, Run.totals).where(Run.id.in_(run_ids)))} if run_ids else {}
                for held_sha, held_mh, rid in rows:
                    if held_sha is not None and rules_of.get(rid) == rules_version:
                        held.setdefault(held_sha, set()).add(held_mh)
        done = set()
        for sha, mh in pairs:
            if sha is None:
                continue
            if sha in loaded and (mh is None or mh in loaded[sha]):
                done.add((sha, mh))
            elif mh in held.get(sha, ()):
                done.add((sha, mh))
        return done

    def quarantine(self, item: QuarantineItem, run_id: str) -> int:
        """Quarantine once: a retried task of the same run reuses its entry; an older run's entry for
        the same content is superseded (released), so the list shows each file's current reasons."""
        with self.session() as s, s.begin():
            if item.content_hash is not None:
                for entry in s.scalars(select(QuarantineEntry).where(
                    QuarantineEntry.content_hash == item.content_hash, QuarantineEntry.released_at.is_(None)
                )):
                    if entry.run_id == run_id and entry.manifest_hash == item.manifest_hash:
                        return entry.id
                    entry.released_at = utcnow()
            entry = QuarantineEntry(file=item.file, content_hash=item.content_hash, manifest_hash=item.manifest_hash,
                                    run_id=run_id, stage=item.stage, reasons=list(item.reasons),
                                    metadata_json=item.stored_metadata(),
                                    findings=[f.model_dump(mode="json") for f in item.findings])
            s.add(entry)
            s.flush()
            return entry.id

    def redecide(self, document_id: int, item: LibraryItem) -> bool:
        """Store a new decision for an already loaded text (rules or manifest entry changed):
        metadata, determination and findings of that version are replaced; when it is the current
        version, the document's fields follow. A human's sign-off stays unless the proposal changed.
        Returns False when the stored decision was already this one."""
        with self.session() as s, s.begin():
            version = s.scalar(select(Version).where(Version.document_id == document_id,
                                                     Version.content_hash == item.content_hash))
            if version is None:
                raise KeyError(item.content_hash)
            determination = s.scalar(select(Determination).where(Determination.version_id == version.id))
            decision = item.disclosure
            if (determination is not None and determination.rules_version == (decision and decision.rules_version)
                    and version.manifest_hash == item.manifest_hash):
                return False
            proposal_changed = determination is None or (
                (determination.proposed, determination.attribute, bool(determination.needs_review))
                != (decision and decision.proposed, decision and decision.attribute, item.needs_review))
            version.metadata_json = item.metadata.stored()
            version.manifest_hash = item.manifest_hash
            version.published_date_source = item.published_date_source
            self._write_decision(s, version, item, determination)
            doc = version.document
            if current_version(s, doc).id == version.id:
                self._follow(doc, item, keep=("已废止", "已修改", "已失效"))
                self._index(s, doc, item.metadata.title, version.body_redacted)
                if proposal_changed:
                    doc.attribute = item.attribute_on_load()
            return True

    @staticmethod
    def _write_decision(s: Session, version: Version, item: LibraryItem, determination: Determination | None) -> None:
        """The version's determination and findings, as the item gives them (replacing any)."""
        if determination is None:
            determination = Determination(version_id=version.id)
            s.add(determination)
        decision = item.disclosure.model_dump(mode="json") if item.disclosure else {}
        for field, value in StoredDecision.model_validate(decision).model_dump().items():
            setattr(determination, field, value)
        determination.decided_at = utcnow()
        for f in s.scalars(select(Finding).where(Finding.version_id == version.id)):
            s.delete(f)
        for finding in item.findings:
            stored = StoredFinding.model_validate(finding.model_dump(mode="json"))
            s.add(Finding(version_id=version.id, **stored.model_dump()))

    @staticmethod
    def _follow(doc: Document, item: LibraryItem, keep: tuple[str, ...] = ("已废止", "已修改")) -> None:
        """The document's fields follow its current version; validities in `keep` (set by a loaded
        decision, or by the sweep when re-deciding the same text) stay."""
        md = item.metadata
        fields = {**shared(md, DocumentSummary, exclude=_NOT_FOLLOWED),
                  **shared(item, DocumentSummary, exclude=_NOT_FOLLOWED | {"validity"})}
        for field, value in fields.items():
            setattr(doc, field, value)
        doc.issuer_ids = issuer_ids_column(issuer_ids_of(md))
        doc.year = int(md.signed_date[:4]) if md.signed_date else None
        doc.topic = md.topic.topic
        if doc.validity not in keep:
            doc.validity = item.validity

    def withheld(self) -> list[WithheldDocument]:
        """Documents in force as 依申请公开 or 不予公开 (not withdrawn), with the current version's
        metadata and decision: what the periodic review (定期评估) looks at."""
        out = []
        with self.session() as s:
            docs = s.scalars(select(Document).where(Document.attribute.in_(("依申请公开", "不予公开")),
                                                    Document.withdrawn.is_(False)).order_by(Document.id)).all()
            for doc in docs:
                version = current_version(s, doc)
                determination = s.scalar(select(Determination).where(Determination.version_id == version.id))
                stored = None if determination is None else StoredDecision.model_validate(determination)
                out.append(WithheldDocument(
                    summary=DocumentSummary.model_validate(doc),
                    metadata=Metadata.model_validate(version.metadata_json or {}),
                    decision=None if stored is None else Decision.model_validate(
                        {**stored.model_dump(), "basis": stored.basis or [], "reasons": stored.reasons or [],
                         "rules_version": stored.rules_version or ""}),
                ))
        return out

    def fail_run(self, run_id: str, source: str, error: str, report: str | None, dry_run: bool = False, *,
                 status: str = "failed", where: dict | None = None) -> None:
        """Mark a run failed (or crashed: interrupted) with its reason and where it was (stage,
        file), creating the row when the run died before starting."""
        with self.session() as s, s.begin():
            run = s.get(Run, run_id)
            if run is None:
                run = Run(id=run_id, source=source, dry_run=dry_run, started_at=utcnow(), totals={})
                s.add(run)
            run.status, run.report, run.finished_at = status, report, utcnow()
            extra = {k: v for k, v in (where or {}).items() if k in ("stage", "file") and v}
            run.totals = {**(run.totals or {}), "error": error, **extra}

    def runs(self, status: str | None = None) -> list[Run]:
        with self.session() as s:
            query = select(Run).order_by(Run.started_at)
            if status:
                query = query.where(Run.status == status)
            return list(s.scalars(query))


def _run(s: Session, run_id: str) -> Run:
    run = s.get(Run, run_id)
    if run is None:
        raise KeyError(f"no run {run_id}")
    return run


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes: they were stored in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.timezone.utc)


def _lock_info(row: LibraryLock) -> dict:
    return {"run_id": row.run_id, "host": row.host, "pid": row.pid, "pid_started": row.pid_started,
            "acquired_at": _aware(row.acquired_at), "heartbeat_at": _aware(row.heartbeat_at),
            "processes": list(row.processes or [])}


def default_library() -> Library:
    return Library()
