"""Apply the Alembic migrations in ``db/`` on start, for the central or the local schema.

Both trees share one ``Base.metadata``; each keeps only the tables of its scope (see
``meetings_app.domain.models``), so the central store never grows an outbox and a laptop
never holds password hashes.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from sqlalchemy import Engine, MetaData, Table
from sqlalchemy.exc import DBAPIError

from meetings_app.domain.errors import StoreError
from meetings_app.domain.models import Base
from meetings_app.store.paths import migrations_dir

Scope = Literal["central", "local"]


def table_in_scope(table: Table, scope: Scope) -> bool:
    """Shared tables belong to both schemas; scoped ones to their own only."""
    return table.info.get("scope", "shared") in ("shared", scope)


def scoped_metadata(scope: Scope) -> MetaData:
    """A copy of the model metadata holding only this scope's tables."""
    meta = MetaData()
    for table in Base.metadata.sorted_tables:
        if table_in_scope(table, scope):
            table.to_metadata(meta)
    return meta


def alembic_config(engine: Engine, scope: Scope) -> Config:
    """An Alembic config for one tree, bound to ``engine`` (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir() / scope))
    config.attributes["engine"] = engine
    config.attributes["scope"] = scope
    return config


def upgrade(engine: Engine, scope: Scope) -> None:
    """Bring the schema to the newest revision; idempotent, safe on every start."""
    try:
        command.upgrade(alembic_config(engine, scope), "head")
    except DBAPIError as exc:
        raise StoreError(
            f"Could not prepare the database schema ({exc.orig}). Nothing was changed.",
            code="MIGRATION_FAILED",
        ) from exc


def run_env(context: EnvironmentContext, scope: Scope) -> None:
    """Body of both trees' ``env.py``: run migrations online on the configured engine."""
    config = context.config
    engine: Engine = config.attributes["engine"]

    def include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        if type_ == "table":
            if name == "alembic_version":
                return False
            if reflected and compare_to is None:
                # A table in the database but not in the models: FTS tables made at run time.
                return not (name or "").startswith("search_")
        return True

    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=scoped_metadata(scope),
            include_object=include,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
