"""signed audit heads, ballot receipts, secret choices kept apart from voters

Revision ID: 0004_central_ledger
Revises: 0003_central_live
Create Date: 2026-11-30 08:00:00

"""

import random
import secrets
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_central_ledger"
down_revision: str | Sequence[str] | None = "0003_central_live"
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
    _part_closed_secret_polls()


def _part_closed_secret_polls() -> None:
    """Secret polls closed before this version: part each choice from its voter, as the
    store now does at every close (their voters had no receipts: each gets a fresh one)."""
    poll = sa.table("poll", sa.column("id"), sa.column("secret"), sa.column("state"))
    ballot = sa.table(
        "ballot",
        sa.column("id"),
        sa.column("poll_id"),
        sa.column("option_id"),
        sa.column("signature"),
        sa.column("deleted"),
    )
    choice = sa.table(
        "secret_choice",
        sa.column("id"),
        sa.column("poll_id"),
        sa.column("option_id"),
        sa.column("receipt"),
    )
    bind = op.get_bind()
    closed = sa.select(poll.c.id).where(poll.c.secret.is_(True), poll.c.state == "closed")
    rows = list(bind.execute(sa.select(ballot).where(ballot.c.poll_id.in_(closed))))
    random.SystemRandom().shuffle(rows)
    for row in rows:
        if not row.deleted and row.option_id:
            bind.execute(
                choice.insert().values(
                    id=str(uuid.uuid4()),
                    poll_id=row.poll_id,
                    option_id=row.option_id,
                    receipt=secrets.token_hex(32),
                )
            )
        bind.execute(
            ballot.update().where(ballot.c.id == row.id).values(option_id="", signature=None)
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("secret_choice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_secret_choice_poll_id"))
    op.drop_table("secret_choice")
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.drop_column("receipt")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("head_signature")
