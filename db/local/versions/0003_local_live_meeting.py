"""live meeting: current agenda item, item times, quorum rule, speaker queue order and times, minutes per agenda item

Revision ID: 0003_local_live
Revises: 0002_local_prepare
Create Date: 2026-11-30 07:10:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import meetings_app.domain.models

revision: str = "0003_local_live"
down_revision: str | Sequence[str] | None = "0002_local_prepare"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("current_item_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column(
                "item_started_at",
                meetings_app.domain.models.UTCDateTime(timezone=True),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("item_times", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
        batch_op.add_column(
            sa.Column("quorum", sa.String(length=20), nullable=False, server_default="majority")
        )
    with op.batch_alter_table("speaker_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("queue_key", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "floor_at", meetings_app.domain.models.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column(
                "ended_at", meetings_app.domain.models.UTCDateTime(timezone=True), nullable=True
            )
        )
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda_item_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("state", sa.String(length=12), nullable=False, server_default="published")
        )


def downgrade() -> None:
    with op.batch_alter_table("speaker_request", schema=None) as batch_op:
        batch_op.drop_column("ended_at")
        batch_op.drop_column("floor_at")
        batch_op.drop_column("queue_key")
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.drop_column("state")
        batch_op.drop_column("agenda_item_id")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("quorum")
        batch_op.drop_column("item_times")
        batch_op.drop_column("item_started_at")
        batch_op.drop_column("current_item_id")
