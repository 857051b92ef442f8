"""re-key: loaded documents keyed by today's issuer authority (Party bodies, new abbreviations)

Documents loaded before the authority knew a body (the Party's committees and offices,
ids cpc/…) were keyed `name:<printed>|<number>`; a re-run keys them by the body's id and would
load them again as new documents. normdocs.library.rekey recomputes every document's issuer ids
and identity from its current stored version with the authority as the code has it now, and
merges documents that now share an identity (each distinct text kept once as a version). The
same function serves any later authority change: a later migration calls it again.

Downgrade leaves the keys as they are (the old authority is gone with the old code).

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from normdocs.library.rekey import rekey

    rekey(op.get_bind())


def downgrade() -> None:
    pass
