"""The Alembic trees and the models agree, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from meetings_app.store.engine import make_engine
from meetings_app.store.migrate import Scope, scoped_metadata, upgrade
from tests.support.pg import fresh_schema_url

SCOPES: list[Scope] = ["central", "local"]


def _differences(engine: Engine, scope: Scope) -> list[object]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, compare_to: (
                    name != "alembic_version"
                ),
            },
        )
        return list(compare_metadata(ctx, scoped_metadata(scope)))


@pytest.mark.parametrize("scope", SCOPES)
def test_sqlite_migrations_match_models(tmp_path: Path, scope: Scope) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    upgrade(engine, scope)
    assert _differences(engine, scope) == []
    upgrade(engine, scope)  # a second start changes nothing
    assert _differences(engine, scope) == []


@pytest.mark.parametrize("scope", SCOPES)
def test_postgres_migrations_match_models(pg_url: str, scope: Scope) -> None:
    with fresh_schema_url(pg_url) as url:
        engine = make_engine(url)
        try:
            upgrade(engine, scope)
            assert _differences(engine, scope) == []
        finally:
            engine.dispose()


def test_scopes_keep_secrets_off_laptops(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'laptop.db'}")
    upgrade(engine, "local")
    tables = set(inspect(engine).get_table_names())
    assert {"outbox", "rejection", "meeting", "ballot"} <= tables
    assert not {"credential", "token", "feed", "audit_event"} & tables


def test_central_has_no_outbox(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    upgrade(engine, "central")
    tables = set(inspect(engine).get_table_names())
    assert {"credential", "token", "feed", "change_receipt", "audit_event"} <= tables
    assert "outbox" not in tables


@pytest.mark.parametrize("scope", SCOPES)
def test_start_at_head_skips_alembic(
    tmp_path: Path, scope: Scope, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from meetings_app.store.migrate import at_head, head_revisions

    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    assert head_revisions(scope)  # read from the tree's versions/ files
    assert not at_head(engine, scope)  # a new store: no version table yet
    upgrade(engine, scope)
    assert at_head(engine, scope)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Alembic ran although the schema is at head")

    monkeypatch.setattr(command, "upgrade", refuse)
    upgrade(engine, scope)  # plain SQL says "at head": Alembic is not even imported

    with engine.begin() as conn:  # an older (or unknown) revision: the normal upgrade
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    assert not at_head(engine, scope)
    with pytest.raises(AssertionError, match="Alembic ran"):
        upgrade(engine, scope)


def test_secret_polls_closed_before_the_upgrade_are_parted_from_their_voters(
    tmp_path: Path,
) -> None:
    from alembic import command

    from meetings_app.store.migrate import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    command.upgrade(alembic_config(engine, "central"), "0001_central")
    poll_cols = "id, meeting_id, question, options, secret, state, version, updated_at, deleted"
    ballot_cols = (
        "id, poll_id, voter_id, option_id, comment, signature, version, updated_at, deleted"
    )
    with engine.begin() as conn:
        for pid, secret in (("p-secret", 1), ("p-open", 0)):
            conn.exec_driver_sql(
                f"INSERT INTO poll ({poll_cols}) VALUES (?, 'm', '?', '[]', ?, 'closed', 1, '', 0)",
                (pid, secret),
            )
            for voter, option in (("v1", "yes"), ("v2", "no")):
                conn.exec_driver_sql(
                    f"INSERT INTO ballot ({ballot_cols}) VALUES (?, ?, ?, ?, '', 'sig', 1, '', 0)",
                    (f"{pid}-{voter}", pid, voter, option),
                )
    upgrade(engine, "central")
    with engine.connect() as conn:
        parted = conn.exec_driver_sql(
            "SELECT option_id, signature FROM ballot WHERE poll_id = 'p-secret'"
        ).all()
        kept = conn.exec_driver_sql("SELECT option_id FROM ballot WHERE poll_id = 'p-open'").all()
        choices = conn.exec_driver_sql("SELECT poll_id, option_id FROM secret_choice").all()
    assert parted == [("", None), ("", None)]
    assert sorted(kept) == [("no",), ("yes",)]
    assert sorted(choices) == [("p-secret", "no"), ("p-secret", "yes")]
