"""meeting time zone (the zone its times are entered and shown in)

Revision ID: 0002_central_tz
Revises: 0001_central
Create Date: 2026-11-30 07:15:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_central_tz"
down_revision: str | Sequence[str] | None = "0001_central"
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


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
