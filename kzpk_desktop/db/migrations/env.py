"""Alembic environment: run programmatically, on a live connection or offline (``--sql``)."""
from alembic import context

from kzpk_desktop.db import models  # noqa: F401  (registers every table)
from kzpk_desktop.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if context.is_offline_mode():  # ``kzpk migrate --sql``: the script for a DBA to review
    context.configure(dialect_name=config.attributes["dialect_name"], literal_binds=True,
                      target_metadata=Base.metadata, render_as_batch=True)
elif connection is None:  # pragma: no cover - the app never runs alembic without one
    raise RuntimeError("KZPK migrations run through kzpk_desktop.db.migrate, not the alembic CLI")
else:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
with context.begin_transaction():
    context.run_migrations()
