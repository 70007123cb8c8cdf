"""ballot receipts kept on the laptop

Revision ID: 0004_local_ledger
Revises: 0003_local_live
Create Date: 2026-11-30 08:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_local_ledger"
down_revision: str | Sequence[str] | None = "0003_local_live"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.add_column(sa.Column("receipt", sa.String(length=64), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.drop_column("receipt")
