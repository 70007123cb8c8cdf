"""The store suite runs every test against SQLite and, when configured, PostgreSQL."""

from tests.support.store_fixtures import db_url, world

__all__ = ["db_url", "world"]
