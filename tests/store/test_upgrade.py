"""Upgrades through Alembic from the first schema revision, with data in every table.

Rows are written at the first revision through the tables as *that* revision made them
(reflected, no model code), then the store is upgraded to the newest schema the way a
start does it; every row must still be there and load through today's models. The data is
generated from the first revision's columns, so the test keeps working as migrations are
added and fails when one loses or breaks rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Engine, MetaData, Table, func, insert, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import Base
from meetings_app.store.engine import make_engine
from meetings_app.store.migrate import Scope, alembic_config, scoped_metadata, upgrade
from tests.support.pg import fresh_schema_url

SCOPES: tuple[Scope, ...] = ("central", "local")
NOW = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)


def first_revision(engine: Engine, scope: Scope) -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine, scope))
    (base,) = script.get_bases()
    return base


def sample(table: Table, column: Any, parents: dict[tuple[str, str], Any]) -> Any:
    """A value for ``column`` that the first schema accepts (foreign keys point at the
    row written for the parent table)."""
    for fk in column.foreign_keys:
        target = (fk.column.table.name, fk.column.name)
        return parents.get(target) if fk.column.table.name != table.name else None
    if isinstance(column.type, JSON):
        return {"kept": "giữ nguyên"}
    kind = column.type.python_type
    if kind is str:
        length = getattr(column.type, "length", None) or 64
        value = str(uuid.uuid4()) if length >= 36 else uuid.uuid4().hex[:length]
        return value
    samples: dict[type, Any] = {
        int: 1,
        bool: False,
        float: 1.5,
        dt.datetime: NOW,
        dt.date: NOW.date(),
        dict: {"kept": "giữ nguyên"},
        list: ["giữ"],
        bytes: b"\x00kept",
    }
    return samples[kind]


def fill_first_schema(engine: Engine) -> dict[str, dict[str, Any]]:
    """One row in every table of the first schema; returns them by table name."""
    reflected = MetaData()
    reflected.reflect(engine)
    written: dict[str, dict[str, Any]] = {}
    parents: dict[tuple[str, str], Any] = {}
    with engine.begin() as connection:
        for table in reflected.sorted_tables:
            if table.name == "alembic_version":
                continue
            row = {c.name: sample(table, c, parents) for c in table.columns}
            connection.execute(insert(table), row)
            parents.update({(table.name, k): v for k, v in row.items()})
            written[table.name] = row
    return written


def check_upgrade_keeps_rows(engine: Engine, scope: Scope) -> None:
    from alembic import command

    command.upgrade(alembic_config(engine, scope), first_revision(engine, scope))
    written = fill_first_schema(engine)
    assert written, "the first schema has tables"
    upgrade(engine, scope)  # what every start does

    current = scoped_metadata(scope)
    with engine.connect() as connection:
        for name in written:
            if name in current.tables:
                table = current.tables[name]
                count = connection.execute(select(func.count()).select_from(table)).scalar()
                assert count == 1, f"{name} lost its row in the upgrade"
    with Session(engine) as session:  # today's models read every upgraded row
        for mapper in Base.registry.mappers:
            table = mapper.local_table
            if isinstance(table, Table) and table.name in written and table.name in current.tables:
                assert len(session.scalars(select(mapper.class_)).all()) == 1, table.name


@pytest.mark.parametrize("scope", SCOPES)
def test_sqlite_upgrade_from_the_first_schema_keeps_data(tmp_path: Path, scope: Scope) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        check_upgrade_keeps_rows(engine, scope)
    finally:
        engine.dispose()


@pytest.mark.parametrize("scope", SCOPES)
def test_postgres_upgrade_from_the_first_schema_keeps_data(pg_url: str, scope: Scope) -> None:
    with fresh_schema_url(pg_url) as url:
        engine = make_engine(url)
        try:
            check_upgrade_keeps_rows(engine, scope)
        finally:
            engine.dispose()
