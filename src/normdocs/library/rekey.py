"""Re-keying: every loaded document's issuer ids and identity recomputed by today's issuer authority.

A document's identity is "<issuer ids>|<number>" (or "<ids>|<title>|<date>"). When the
authority changes (a body added, a rename, an abbreviation learnt), documents loaded before
keep the key the old authority gave them (`name:<printed>` for a body it did not know), and a
re-run would load the same document again under its new key. `rekey` recomputes the ids from
each document's current stored version (the printed name, its source, number, 版记, title and
text, as ingest reads them) and writes the new identity and issuer columns; documents that now
share an identity are merged into the oldest (each distinct text a version, the review trail,
links and audit follow). Plain SQL on the given connection, inside the caller's transaction:
an Alembic migration calls it (0008), and so can any later one after an authority change, or
`normdocs db rekey`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text


@dataclass
class RekeyReport:
    documents: int = 0
    rekeyed: list[tuple[int, str, str]] = field(default_factory=list)  # (id, old identity, new identity)
    merged: list[tuple[int, int]] = field(default_factory=list)  # (dropped id, kept id)


def _json(value: Any) -> dict:
    if isinstance(value, str):
        value = json.loads(value)
    return dict(value or {})


def _current(connection: Any) -> dict[int, tuple[dict, str | None]]:
    """document id -> (metadata, body) of its current (highest) version."""
    rows = connection.execute(text(
        "SELECT v.document_id, v.metadata_json, v.body FROM versions v JOIN "
        "(SELECT document_id, MAX(version) AS top FROM versions GROUP BY document_id) t "
        "ON t.document_id = v.document_id AND t.top = v.version"
    )).all()
    return {r[0]: (_json(r[1]), r[2]) for r in rows}


def _ids_column(ids: list[str]) -> str | None:
    return ";" + ";".join(ids) + ";" if ids else None


def new_identity(metadata: dict, body: str | None) -> tuple[str, str | None, list[str]] | None:
    """(identity, canonical issuer, ids) today's authority gives a stored version; None to keep its key."""
    from normdocs.enrichment.provenance import identity
    from normdocs.extractors.issuer import reresolve_stored

    md = reresolve_stored(metadata, body)
    if md is None:
        return None
    key = identity(md)
    if key is None:
        return None
    return key, md.issuer, md.issuer_ids


def _merge(connection: Any, keep: int, drop: int) -> None:
    """Move document `drop` into `keep`: its distinct texts become new versions of `keep`."""
    kept = set(connection.execute(text("SELECT content_hash FROM versions WHERE document_id = :d"),
                                  {"d": keep}).scalars())
    top = connection.execute(text("SELECT COALESCE(MAX(version), 0) FROM versions WHERE document_id = :d"),
                             {"d": keep}).scalar()
    for vid, content_hash in connection.execute(text(
            "SELECT id, content_hash FROM versions WHERE document_id = :d ORDER BY version"), {"d": drop}).all():
        if content_hash in kept:
            connection.execute(text("DELETE FROM findings WHERE version_id = :v"), {"v": vid})
            connection.execute(text("DELETE FROM determinations WHERE version_id = :v"), {"v": vid})
            connection.execute(text("DELETE FROM versions WHERE id = :v"), {"v": vid})
            continue
        top += 1
        kept.add(content_hash)
        connection.execute(text("UPDATE versions SET document_id = :k, version = :n WHERE id = :v"),
                           {"k": keep, "n": top, "v": vid})
    for sql in ("UPDATE review_decisions SET document_id = :k WHERE document_id = :d",
                "UPDATE validity_links SET source_document_id = :k WHERE source_document_id = :d",
                "UPDATE validity_links SET target_document_id = :k WHERE target_document_id = :d",
                "UPDATE audit_log SET document_id = :k WHERE document_id = :d",
                "DELETE FROM search_index WHERE document_id = :d"):
        connection.execute(text(sql), {"k": keep, "d": drop})
    if connection.dialect.name == "sqlite":
        connection.execute(text("DELETE FROM search_titles WHERE rowid = :d"), {"d": drop})
        connection.execute(text("DELETE FROM search_bodies WHERE rowid = :d"), {"d": drop})
    else:
        connection.execute(text("DELETE FROM search_terms WHERE document_id = :d"), {"d": drop})
    connection.execute(text("DELETE FROM documents WHERE id = :d"), {"d": drop})
    _reindex(connection, keep)


def _reindex(connection: Any, document_id: int) -> None:
    """The search index follows the document's current version (a merge may have changed it)."""
    from normdocs.library import search_index

    row = connection.execute(text("SELECT metadata_json, body_redacted FROM versions WHERE document_id = :d "
                                  "ORDER BY version DESC LIMIT 1"), {"d": document_id}).first()
    if row is None:
        return
    md = _json(row[0])
    connection.execute(text("UPDATE search_index SET title = :t, body = :b WHERE document_id = :d"),
                       {"t": md.get("title"), "b": row[1], "d": document_id})
    search_index.put(connection, connection.dialect.name, document_id, md.get("title"), md.get("doc_number"), row[1])


def rekey(connection: Any, source: str = "migration") -> RekeyReport:
    """Recompute every loaded document's issuer ids and identity with today's authority (see above);
    `source` names who asked in the audit log (migration, ingest, command)."""
    report = RekeyReport()
    documents = connection.execute(text("SELECT id, identity FROM documents ORDER BY id")).all()
    report.documents = len(documents)
    current = _current(connection)
    keys: dict[int, tuple[str, str | None, list[str]] | None] = {}
    for document_id, old in documents:
        md, body = current.get(document_id, ({}, None))
        keys[document_id] = new_identity(md, body) if md else None
    final = {d: (found[0] if (found := keys[d]) else old) for d, old in documents}
    changed = [(d, old) for d, old in documents if final[d] != old]
    if not changed:
        for document_id, _ in documents:  # the ids column alone may lag (a row loaded before 0003's code)
            _write_issuer(connection, document_id, keys[document_id])
        return report
    # free the identities that move first (the unique index), then write the new ones, merging clashes
    for document_id, _ in changed:
        connection.execute(text("UPDATE documents SET identity = :i WHERE id = :d"),
                           {"i": f"rekey-{document_id}", "d": document_id})
    owner = {final[d]: d for d, old in documents if final[d] == old}
    for document_id, old in changed:
        key = final[document_id]
        if key in owner:
            keep = owner[key]
            survivor, dropped = min(keep, document_id), max(keep, document_id)
            if survivor != keep:  # the older document keeps the identity (its address stays)
                connection.execute(text("UPDATE documents SET identity = :i WHERE id = :d"),
                                   {"i": f"rekey-{keep}", "d": keep})
                connection.execute(text("UPDATE documents SET identity = :i WHERE id = :d"),
                                   {"i": key, "d": survivor})
                owner[key] = survivor
            _merge(connection, survivor, dropped)
            report.merged.append((dropped, survivor))
            _audit(connection, survivor, f"文件 {dropped} 并入（发文机关标识更新为 {key}）", source)
            continue
        owner[key] = document_id
        connection.execute(text("UPDATE documents SET identity = :i WHERE id = :d"), {"i": key, "d": document_id})
        report.rekeyed.append((document_id, old, key))
    for document_id in set(owner.values()):
        _write_issuer(connection, document_id, keys[document_id])
    return report


def _write_issuer(connection: Any, document_id: int, key: tuple[str, str | None, list[str]] | None) -> None:
    if key is None:
        return
    connection.execute(text("UPDATE documents SET issuer = :s, issuer_ids = :i WHERE id = :d"),
                       {"s": key[1], "i": _ids_column(key[2]), "d": document_id})


def _audit(connection: Any, document_id: int, detail: str, source: str) -> None:
    connection.execute(text("INSERT INTO audit_log (at, event, document_id, detail, source) "
                            "VALUES (CURRENT_TIMESTAMP, 'document_rekeyed', :d, :t, :s)"),
                       {"d": document_id, "t": detail, "s": source})


AUTHORITY_KEY = "issuer_authority"


def keyed_authority(connection: Any) -> str | None:
    """The digest of the authority the library's identities were last computed with (None: never noted)."""
    return connection.execute(text("SELECT value FROM library_state WHERE key = :k"), {"k": AUTHORITY_KEY}).scalar()


def note_keyed_authority(connection: Any, digest: str) -> None:
    done = connection.execute(text("UPDATE library_state SET value = :v, updated_at = :t WHERE key = :k"),
                              {"v": digest, "t": dt.datetime.now(dt.timezone.utc), "k": AUTHORITY_KEY})
    if done.rowcount == 0:
        connection.execute(text("INSERT INTO library_state (key, value, updated_at) VALUES (:k, :v, :t)"),
                           {"v": digest, "t": dt.datetime.now(dt.timezone.utc), "k": AUTHORITY_KEY})


def rekey_if_authority_changed(connection: Any, source: str = "ingest", force: bool = False) -> RekeyReport | None:
    """Re-key when the packaged issuer authority is not the one the library was keyed with (an
    edited issuers.yaml or divisions.tsv, a new release), then note it; None when nothing changed.
    Ingest calls this under the library lock before it plans, so a re-run of the same files makes
    new versions of the documents already loaded, never duplicates."""
    from normdocs.extractors.authority import authority_digest

    digest = authority_digest()
    if not force and keyed_authority(connection) == digest:
        return None
    report = rekey(connection, source)
    note_keyed_authority(connection, digest)
    return report


__all__ = ["RekeyReport", "rekey", "new_identity", "keyed_authority", "rekey_if_authority_changed"]
