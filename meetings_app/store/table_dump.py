"""A logical copy of the central store's tables: rows read in one consistent snapshot and
written as JSON lines, or copied straight from one engine to another.

Used for PostgreSQL backups (see :mod:`meetings_app.store.backup` for why not ``pg_dump``)
and for restoring a backup into a database of the other kind. Rows are read through
*reflected* tables, so values are what the database holds (no field decryption or other
model-side conversion), and each value travels with a type tag, so nothing is guessed on
the way back.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, func, insert, select, text

from meetings_app.store.migrate import scoped_metadata

BATCH = 1000


def central_tables(connection: Connection) -> list[Table]:
    """The central schema's tables as the database defines them, parents before children."""
    wanted = [t.name for t in scoped_metadata("central").sorted_tables]
    reflected = MetaData()
    reflected.reflect(bind=connection, only=wanted)
    return [reflected.tables[name] for name in wanted]


def encode(value: Any) -> list[Any]:
    """A value as ``[tag, json value]``: exact for every type the store holds."""
    if isinstance(value, dt.datetime):
        return ["dt", value.isoformat()]
    if isinstance(value, dt.date):
        return ["d", value.isoformat()]
    if isinstance(value, bytes | bytearray | memoryview):
        return ["b", base64.b64encode(bytes(value)).decode("ascii")]
    if isinstance(value, decimal.Decimal):
        return ["dec", str(value)]
    if isinstance(value, uuid.UUID):
        return ["s", str(value)]
    return ["j", value]


_DECODERS: dict[str, Any] = {
    "dt": dt.datetime.fromisoformat,
    "d": dt.date.fromisoformat,
    "b": base64.b64decode,
    "dec": decimal.Decimal,
    "s": str,
    "j": lambda value: value,
}


def decode(tagged: list[Any]) -> Any:
    tag, value = tagged
    return _DECODERS[tag](value)


def rows(connection: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` in primary-key order, streamed."""
    query = select(table).order_by(*table.primary_key.columns)
    for row in connection.execution_options(yield_per=BATCH).execute(query):
        yield dict(row._mapping)


def dump_table(connection: Connection, table: Table, out: Path) -> int:
    """Write ``table`` to ``out`` as JSON lines (a header of column names, then rows);
    returns the row count."""
    columns = [c.name for c in table.columns]
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(columns) + "\n")
        for row in rows(connection, table):
            handle.write(json.dumps([encode(row[c]) for c in columns]) + "\n")
            count += 1
    return count


def read_table(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a file written by :func:`dump_table`."""
    with path.open(encoding="utf-8") as handle:
        columns = json.loads(handle.readline())
        for line in handle:
            yield dict(zip(columns, map(decode, json.loads(line)), strict=True))


def load_rows(connection: Connection, table: Table, source: Iterable[dict[str, Any]]) -> int:
    """Insert ``source`` into ``table`` in batches; returns the row count."""
    count = 0
    batch: list[dict[str, Any]] = []
    for row in source:
        batch.append(row)
        if len(batch) >= BATCH:
            connection.execute(insert(table), batch)
            count += len(batch)
            batch.clear()
    if batch:
        connection.execute(insert(table), batch)
        count += len(batch)
    return count


def count_rows(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def reset_sequences(engine: Engine, connection: Connection, tables: list[Table]) -> None:
    """After rows were inserted with their own ids, PostgreSQL's sequences must continue
    after the largest one (SQLite needs nothing)."""
    if engine.dialect.name != "postgresql":
        return
    for table in tables:
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            ).scalar()
            if sequence:
                connection.execute(
                    text(
                        f'SELECT setval(:s, COALESCE((SELECT MAX("{column.name}") '
                        f'FROM "{table.name}"), 0) + 1, false)'
                    ),
                    {"s": sequence},
                )
