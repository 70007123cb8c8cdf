"""Apply the Alembic migrations in ``db/`` on start, for the central or the local schema.

Both trees share one ``Base.metadata``; each keeps only the tables of its scope (see
``meetings_app.domain.models``), so the central store never grows an outbox and a laptop
never holds password hashes.

Start-up is fast when nothing is to do: :func:`upgrade` first compares the database's
``alembic_version`` with the head revisions read from the tree's ``versions/`` files
(plain SQL, no Alembic import); only when they differ (a new store, a newer program, or a
store it cannot read) does it import Alembic and run the upgrade.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Engine, MetaData, Table
from sqlalchemy.exc import DBAPIError

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import StoreError
from meetings_app.domain.models import Base
from meetings_app.store.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.runtime.environment import EnvironmentContext

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir() / scope))
    config.attributes["engine"] = engine
    config.attributes["scope"] = scope
    return config


_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*(?:#.*)?$", re.MULTILINE
)


@cache
def head_revisions(scope: Scope) -> frozenset[str]:
    """The head revision ids of a tree, read from its ``versions/`` files without
    importing them (or Alembic): revisions no other revision names as its parent."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / scope / "versions").glob("*.py"):
        for name, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
            try:
                literal = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                return frozenset()  # not a plain literal: let Alembic read the tree
            found = [literal] if isinstance(literal, str) else list(literal or ())
            (revisions if name == "revision" else parents).update(found)
    return frozenset(revisions - parents)


def at_head(engine: Engine, scope: Scope) -> bool:
    """True when the database's ``alembic_version`` holds exactly the tree's heads
    (plain SQL; False when it cannot tell, e.g. a new store with no version table)."""
    heads = head_revisions(scope)
    if not heads:
        return False
    try:
        with engine.connect() as connection:
            stamped = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            return frozenset(str(row[0]) for row in stamped) == heads
    except DBAPIError:
        return False


def upgrade(engine: Engine, scope: Scope) -> None:
    """Bring the schema to the newest revision; idempotent, safe on every start (and
    quick when already there: Alembic is imported only when there is work to do)."""
    if at_head(engine, scope):
        return
    from alembic import command

    try:
        command.upgrade(alembic_config(engine, scope), "head")
    except DBAPIError as exc:
        raise StoreError(
            f"Could not prepare the database schema ({exc.orig}). Nothing was changed.",
            code=Code.MIGRATION_FAILED,
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
