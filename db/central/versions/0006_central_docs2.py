"""the document register kept by the store (register_entry)

Revision ID: 0006_central_docs2
Revises: 0005_central_usernames
Create Date: 2026-11-30 10:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import meetings_app.domain.models

revision: str = "0006_central_docs2"
down_revision: str | Sequence[str] | None = "0005_central_usernames"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """One line per issued report; numbers unique per issuer and year."""
    op.create_table(
        "register_entry",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("issuer", sa.String(length=16), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column(
            "issued_at", meetings_app.domain.models.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=48), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("issuer", "year", "number", name="uq_register_number"),
        sa.UniqueConstraint("issuer", "subject", name="uq_register_subject"),
    )
    with op.batch_alter_table("register_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_entry_meeting_id"), ["meeting_id"], unique=False
        )


def downgrade() -> None:
    """Drop the register."""
    with op.batch_alter_table("register_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_entry_meeting_id"))
    op.drop_table("register_entry")
