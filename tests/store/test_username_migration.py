"""Issue 12, probe 9: usernames stored before normalisation are brought to their canonical
form by the migration, except one whose canonical form another person already holds."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from meetings_app.store.engine import make_engine
from meetings_app.store.migrate import alembic_config, upgrade


def test_existing_usernames_are_normalised(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    command.upgrade(alembic_config(engine, "central"), "0002_central_prepare")
    people = [("1", "Thuky "), ("2", "ＡＮ"), ("3", "lan"), ("4", "LAN")]
    with engine.begin() as conn:
        for person_id, name in people:
            conn.execute(
                text(
                    "INSERT INTO person (id, version, deleted, updated_at, username, full_name,"
                    " title, role, disabled) VALUES (:id, 1, false, '', :u, 'x', '', 'user', false)"
                ),
                {"id": person_id, "u": name},
            )
    upgrade(engine, "central")
    with engine.connect() as conn:
        names = dict(conn.execute(text("SELECT id, username FROM person")).all())
    assert names == {"1": "thuky", "2": "an", "3": "lan", "4": "LAN"}  # "lan" was taken
    engine.dispose()
