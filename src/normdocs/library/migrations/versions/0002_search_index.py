"""search index: FTS5 trigram on SQLite, pg_trgm on PostgreSQL

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_index",
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # trigram finds substrings of 3+ characters; shorter queries use LIKE on search_index
        op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize='trigram')")
    elif dialect == "postgresql":
        # in public: created in a test's own schema it would be dropped with that schema
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
        op.execute("CREATE INDEX ix_search_index_title_trgm ON search_index USING gin (title gin_trgm_ops)")
        op.execute("CREATE INDEX ix_search_index_body_trgm ON search_index USING gin (body gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")
    op.drop_table("search_index")
