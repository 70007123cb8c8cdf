"""Alembic environment for the central schema (see meetings_app.store.migrate)."""

from alembic import context

from meetings_app.store.migrate import run_env

run_env(context, "central")
