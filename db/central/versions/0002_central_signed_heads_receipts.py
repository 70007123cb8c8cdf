"""signed audit heads, ballot receipts, secret choices kept apart from voters

Revision ID: 0002_central
Revises: 0001_central
Create Date: 2026-11-30 08:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_central"
down_revision: str | Sequence[str] | None = "0001_central"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("head_signature", sa.String(length=100), nullable=True))
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.add_column(sa.Column("receipt", sa.String(length=64), nullable=True))
    op.create_table(
        "secret_choice",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("poll_id", sa.String(length=36), nullable=False),
        sa.Column("option_id", sa.String(length=64), nullable=False),
        sa.Column("receipt", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        info={"scope": "central"},
    )
    with op.batch_alter_table("secret_choice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_secret_choice_poll_id"), ["poll_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("secret_choice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_secret_choice_poll_id"))
    op.drop_table("secret_choice")
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.drop_column("receipt")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("head_signature")
