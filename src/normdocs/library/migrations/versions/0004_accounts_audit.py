"""accounts, console sessions, audit log; decisions by account with stage and supersedes; finding boxes

Revision ID: 0004
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "console_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("event", sa.String(32), nullable=False, index=True),
        sa.Column("account", sa.String(64), nullable=True, index=True),
        sa.Column("document_id", sa.Integer(), nullable=True, index=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("source", sa.String(64), nullable=True),
    )
    with op.batch_alter_table("review_decisions") as batch:
        batch.add_column(sa.Column("account_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("stage", sa.String(8), nullable=True))
        batch.add_column(sa.Column("supersedes", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("version", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_review_decisions_account", "accounts", ["account_id"], ["id"])
        batch.create_foreign_key("fk_review_decisions_supersedes", "review_decisions", ["supersedes"], ["id"])
        batch.create_index("ix_review_decisions_account_id", ["account_id"])
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("bbox", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("span", sa.JSON(), nullable=True))
    with op.batch_alter_table("quarantine") as batch:
        batch.add_column(sa.Column("findings", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_column("findings")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("span")
        batch.drop_column("bbox")
    with op.batch_alter_table("review_decisions") as batch:
        batch.drop_index("ix_review_decisions_account_id")
        batch.drop_constraint("fk_review_decisions_supersedes", type_="foreignkey")
        batch.drop_constraint("fk_review_decisions_account", type_="foreignkey")
        for column in ("version", "supersedes", "stage", "account_id"):
            batch.drop_column(column)
    op.drop_table("audit_log")
    op.drop_table("console_sessions")
    op.drop_table("accounts")
