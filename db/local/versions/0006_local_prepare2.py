"""amendments held until published; a person's unit

A published meeting's later changes are held on the meeting (``amendments``) until the
secretariat publishes them, then announced to participants as one notice
(``amendment_notice``). A person's unit is kept beside their title so the directory finds
people by unit.

Revision ID: 0006_local_prepare2
Revises: 0005_local_docs2
Create Date: 2026-11-30 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_local_prepare2"
down_revision: str | Sequence[str] | None = "0005_local_docs2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Existing meetings start with nothing held and no notice."""
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amendments", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(
            sa.Column("amendment_notice", sa.JSON(), nullable=False, server_default="{}")
        )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unit", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("unit")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("amendment_notice")
        batch_op.drop_column("amendments")
