"""New rows held back and written later, one multi-row ``INSERT`` per table.

Applying a push through the ORM unit of work costs far more CPU than the database's
work: every new object is tracked, sorted and flushed, one statement each. When a vote
opens, the store's one writer thread takes every waiting push at once, and pushes that
only add rows (a first ballot, its receipt, feed entry and audit event) need none of
that. While a session *defers* (:func:`deferring`), :func:`add_row` keeps a new row
aside instead of adding it to the session; :meth:`DeferredRows.write` then inserts all
of them with one Core ``INSERT … VALUES (…), (…)`` per table, in the order they came.

A deferred row is invisible to queries until written: only code that reads nothing it
added itself may defer (the caller decides), and the rows must be written before
anything else in the transaction reads them (the next push, the live count, commit).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

_KEY = "meetings_app.deferred_rows"


class DeferredRows:
    """New mapped objects kept aside, by table, in the order they were added."""

    def __init__(self) -> None:
        self._rows: dict[Table, list[Any]] = {}

    def __bool__(self) -> bool:
        return any(self._rows.values())

    def add(self, obj: Any) -> None:
        """Keep a new mapped object (its values are read when written: the caller may
        still set them, as before a flush)."""
        self._rows.setdefault(sa_inspect(type(obj)).local_table, []).append(obj)

    def mark(self) -> dict[Table, int]:
        """Where the rows stand now, for :meth:`restore`."""
        return {table: len(rows) for table, rows in self._rows.items()}

    def restore(self, mark: dict[Table, int]) -> None:
        """Drop the rows added since ``mark`` (what a rolled-back savepoint would undo)."""
        for table, rows in self._rows.items():
            del rows[mark.get(table, 0) :]

    def write(self, session: Session) -> None:
        """Insert every row kept, one multi-row statement per table, and forget them."""
        connection = session.connection()
        for table, objs in self._rows.items():
            if objs:
                connection.execute(insert(table), [_values(obj) for obj in objs])
        self._rows = {}


def _values(obj: Any) -> dict[str, Any]:
    """A new object's column values, its unset columns' defaults filled in as a flush would."""
    state = obj.__dict__
    return {
        column: state[key] if key in state else _default(default)
        for key, column, default in _columns(type(obj))
    }


_COLUMNS: dict[type[Any], tuple[tuple[str, str, Any], ...]] = {}


def _columns(model: type[Any]) -> tuple[tuple[str, str, Any], ...]:
    """(attribute, column, the column's default) of each column of a mapped class, read
    from its mapper once."""
    plan = _COLUMNS.get(model)
    if plan is None:
        props = sa_inspect(model).column_attrs
        plan = tuple((p.key, p.columns[0].key, p.columns[0].default) for p in props)
        _COLUMNS[model] = plan
    return plan


def _default(default: Any) -> Any:
    """The value of a column's Python-side default (None when it has none)."""
    if default is not None and default.is_scalar:
        return default.arg
    if default is not None and default.is_callable:
        return default.arg(None)
    return None


@contextmanager
def deferring(session: Session, rows: DeferredRows) -> Iterator[None]:
    """While inside, :func:`add_row` on ``session`` keeps new rows in ``rows``."""
    session.info[_KEY] = rows
    try:
        yield
    finally:
        session.info.pop(_KEY, None)


@contextmanager
def atomic(session: Session) -> Iterator[None]:
    """A savepoint; while the session defers, its equivalent without a round trip.

    Deferring code adds rows and moves the transaction's caches kept in ``session.info``
    (the feed and audit heads, the polls to recount), nothing else: on an exception those
    go back to what they were, as a rolled-back savepoint would leave them.
    """
    rows: DeferredRows | None = session.info.get(_KEY)
    if rows is None:
        with session.begin_nested():
            yield
        return
    mark, info = rows.mark(), dict(session.info)
    try:
        yield
    except BaseException:
        rows.restore(mark)
        session.info.clear()
        session.info.update(info)
        raise


def add_row(session: Session, obj: Any) -> None:
    """Add a new row: to the session, or kept aside while the session defers."""
    rows: DeferredRows | None = session.info.get(_KEY)
    if rows is None:
        session.add(obj)
    else:
        rows.add(obj)
