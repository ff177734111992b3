"""Alembic environment: always run programmatically with a live connection."""
from alembic import context

from kzpk_desktop.db import models  # noqa: F401  (registers every table)
from kzpk_desktop.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic without one
    raise RuntimeError("KZPK migrations run through kzpk_desktop.db.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
