"""library state: what the library was last keyed with (the issuer authority's digest)

A row per fact the library must remember about itself. `issuer_authority` holds the digest of
rules/issuers.yaml and rules/divisions.tsv that the documents' identities were computed with;
ingest re-keys the library (normdocs.library.rekey) when the packaged authority differs. No row
is written here: the first run after this upgrade re-keys once and records the digest.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "library_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(255), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("library_state")
