"""follow-the-presenter target stored per meeting (every store process streams it)

Revision ID: 0008_central_live2
Revises: 0007_central_prepare2
Create Date: 2026-11-30 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import meetings_app.domain.models

revision: str = "0008_central_live2"
down_revision: str | Sequence[str] | None = "0007_central_prepare2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follow_state",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column(
            "updated_at", meetings_app.domain.models.UTCDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("meeting_id"),
        sa.UniqueConstraint("seq"),
        info={"scope": "central"},
    )


def downgrade() -> None:
    op.drop_table("follow_state")
