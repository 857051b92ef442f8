"""issuer ids: documents keyed by the authority's ids of their issuers, the same across renames

Adds documents.issuer_ids and re-keys every loaded document: its identity becomes
"<ids>|<number>" (or "<ids>|<title>|<date>"), with the ids the issuer authority gives the
stored issuer. Documents that now share an identity (the same document loaded under a body's
old and new names) are merged into the oldest: versions with another text are appended as
new versions, a text already kept is not stored twice; review trail, links and index follow.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _current_metadata(bind, document_id: int) -> dict:
    row = bind.execute(sa.text(
        "SELECT metadata_json FROM versions WHERE document_id = :d ORDER BY version DESC LIMIT 1"
    ), {"d": document_id}).first()
    value = row[0] if row else None
    if isinstance(value, str):
        import json

        value = json.loads(value)
    return dict(value or {})


def _merge(bind, keep: int, drop: int) -> None:
    """Move document `drop` into `keep`: its distinct texts become new versions of `keep`."""
    kept = {r[0] for r in bind.execute(sa.text("SELECT content_hash FROM versions WHERE document_id = :d"),
                                       {"d": keep})}
    top = bind.execute(sa.text("SELECT COALESCE(MAX(version), 0) FROM versions WHERE document_id = :d"),
                       {"d": keep}).scalar()
    for vid, content_hash in bind.execute(sa.text(
            "SELECT id, content_hash FROM versions WHERE document_id = :d ORDER BY version"), {"d": drop}).all():
        if content_hash in kept:
            bind.execute(sa.text("DELETE FROM findings WHERE version_id = :v"), {"v": vid})
            bind.execute(sa.text("DELETE FROM determinations WHERE version_id = :v"), {"v": vid})
            bind.execute(sa.text("DELETE FROM versions WHERE id = :v"), {"v": vid})
            continue
        top += 1
        kept.add(content_hash)
        bind.execute(sa.text("UPDATE versions SET document_id = :k, version = :n WHERE id = :v"),
                     {"k": keep, "n": top, "v": vid})
    bind.execute(sa.text("UPDATE review_decisions SET document_id = :k WHERE document_id = :d"), {"k": keep, "d": drop})
    bind.execute(sa.text("UPDATE validity_links SET source_document_id = :k WHERE source_document_id = :d"),
                 {"k": keep, "d": drop})
    bind.execute(sa.text("UPDATE validity_links SET target_document_id = :k WHERE target_document_id = :d"),
                 {"k": keep, "d": drop})
    bind.execute(sa.text("DELETE FROM search_index WHERE document_id = :d"), {"d": drop})
    if bind.dialect.name == "sqlite":
        bind.execute(sa.text("DELETE FROM search_fts WHERE rowid = :d"), {"d": drop})
    bind.execute(sa.text("DELETE FROM documents WHERE id = :d"), {"d": drop})


def upgrade() -> None:
    from normdocs.extractors.issuer import issuer_ids_of
    from normdocs.enrichment.provenance import identity
    from normdocs.schemas.record import Metadata

    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("issuer_ids", sa.String(512), nullable=True))
        batch.create_index("ix_documents_issuer_ids", ["issuer_ids"])
    bind = op.get_bind()
    documents = bind.execute(sa.text("SELECT id, identity FROM documents ORDER BY id")).all()
    new_keys: dict[int, tuple[str, str | None]] = {}
    for document_id, old in documents:
        # as stored, not validated again (an old row need not pass today's schema)
        md = Metadata.model_construct(**_current_metadata(bind, document_id))
        ids = issuer_ids_of(md)
        key = identity(md.model_copy(update={"issuer_ids": ids})) or old
        new_keys[document_id] = (key, ";" + ";".join(ids) + ";" if ids else None)
    # free every identity first (the unique index), then write the new ones, merging clashes
    for document_id, _ in documents:
        bind.execute(sa.text("UPDATE documents SET identity = :i WHERE id = :d"),
                     {"i": f"rekey-0003-{document_id}", "d": document_id})
    owner: dict[str, int] = {}
    for document_id, _ in documents:
        key, ids = new_keys[document_id]
        if key in owner:
            _merge(bind, owner[key], document_id)
            continue
        owner[key] = document_id
        bind.execute(sa.text("UPDATE documents SET identity = :i, issuer_ids = :s WHERE id = :d"),
                     {"i": key, "s": ids, "d": document_id})


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_issuer_ids")
        batch.drop_column("issuer_ids")
