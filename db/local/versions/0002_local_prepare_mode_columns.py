"""prepare mode: meeting time zone, version change note, participant substitute_for,
poll reminded_at

The meeting's zone is the one its times are entered and shown in; a version's change
note tells members what changed from the previous version; a substitute's participation
names the member they attend for; a poll's reminder time makes a notice for those who have
not answered.

Revision ID: 0002_local_prepare
Revises: 0001_local
Create Date: 2026-11-30 07:15:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from meetings_app.domain.models import UTCDateTime

revision: str = "0002_local_prepare"
down_revision: str | Sequence[str] | None = "0001_local"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Every existing meeting is taken to be in Vietnam time (the demo's and the seed's)."""
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "time_zone", sa.String(length=64), nullable=False, server_default="Asia/Ho_Chi_Minh"
            )
        )
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("change_note", sa.String(length=1000), nullable=False, server_default="")
        )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("substitute_for", sa.String(length=36), nullable=True))
    with op.batch_alter_table("poll", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminded_at", UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("poll", schema=None) as batch_op:
        batch_op.drop_column("reminded_at")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("substitute_for")
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.drop_column("change_note")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
