"""normalise usernames (NFKC, case-folded, trimmed)

Sign-in now looks a username up in its canonical form; stored names made before that
are brought to it. A name whose canonical form another person already holds is left as
it is (and reported), for the administrators to rename: nothing is merged silently.

Revision ID: 0005_central_usernames
Revises: 0004_central_ledger
Create Date: 2026-11-30 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from meetings_app.domain.usernames import normalize_username

revision: str = "0005_central_usernames"
down_revision: str | Sequence[str] | None = "0004_central_ledger"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Rewrite each username to its canonical form unless that form is taken."""
    bind = op.get_bind()
    person = sa.table("person", sa.column("id", sa.String), sa.column("username", sa.String))
    rows = bind.execute(sa.select(person.c.id, person.c.username)).all()
    taken = {name for _, name in rows}
    for person_id, name in rows:
        canonical = normalize_username(name)
        if canonical == name:
            continue
        if canonical in taken:
            print(f"username {name!r} kept: {canonical!r} is another person's; rename one.")
            continue
        bind.execute(person.update().where(person.c.id == person_id).values(username=canonical))
        taken.discard(name)
        taken.add(canonical)


def downgrade() -> None:
    """Nothing to undo: the canonical names remain valid usernames."""
