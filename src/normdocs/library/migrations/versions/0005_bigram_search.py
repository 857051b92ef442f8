"""bigram search index on both backends; indexes for browsing

Replaces 0002's trigram indexes (nothing for two-character words, which fell back to a LIKE
scan) with tokens normdocs writes itself (library/search_index.py), and builds them for the
documents already loaded.

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from normdocs.library.search_index import rebuild

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SORT_DATE = "coalesce(published_date, signed_date, '')"


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
        # `ascii`: tokens are split on the spaces only; non-ASCII characters are kept as they are
        op.execute("CREATE VIRTUAL TABLE search_titles USING fts5(terms, tokenize='ascii', columnsize=0)")
        op.execute("CREATE VIRTUAL TABLE search_bodies USING fts5(terms, tokenize='ascii', columnsize=0)")
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_index_title_trgm")
        op.execute("DROP INDEX IF EXISTS ix_search_index_body_trgm")
        op.create_table(
            "search_terms",
            sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id"), primary_key=True),
            sa.Column("part", sa.Integer(), primary_key=True),  # 0 the title, 1.. body chunks
            sa.Column("terms", sa.dialects.postgresql.TSVECTOR(), nullable=False),
        )
        op.execute("CREATE INDEX ix_search_terms_terms ON search_terms USING gin (terms)")
        op.execute("CREATE INDEX ix_search_terms_title ON search_terms USING gin (terms) WHERE part = 0")
    # browsing: newest first, and the facets' columns
    op.create_index("ix_documents_sort_date", "documents", [sa.text(SORT_DATE), "id"])
    op.create_index("ix_documents_doc_type", "documents", ["doc_type"])
    rebuild(bind, dialect)


def downgrade() -> None:
    op.drop_index("ix_documents_doc_type", "documents")
    op.drop_index("ix_documents_sort_date", "documents")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_titles")
        op.execute("DROP TABLE search_bodies")
        op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize='trigram')")
        op.execute("INSERT INTO search_fts(rowid, title, body) "
                   "SELECT document_id, coalesce(title, ''), coalesce(body, '') FROM search_index")
    else:
        op.drop_table("search_terms")
        op.execute("CREATE INDEX ix_search_index_title_trgm ON search_index USING gin (title gin_trgm_ops)")
        op.execute("CREATE INDEX ix_search_index_body_trgm ON search_index USING gin (body gin_trgm_ops)")
