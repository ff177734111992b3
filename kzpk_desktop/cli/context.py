"""What every command needs: the database, opened and migrated on first use."""
from __future__ import annotations

from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..db import migrate
from ..db.engine import make_engine, make_session_factory
from ..paths import resolve_db_url


class CliError(Exception):
    """A refusal worded for the shell (exit 1)."""


class CliContext:
    def __init__(self, db: str | None) -> None:
        self.url = resolve_db_url(db)
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url)
        return self._engine

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """Session factory on a database brought to the current schema."""
        migrate.upgrade(self.engine)
        return make_session_factory(self.engine)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
