"""Is the database already at the newest schema? Answered without loading Alembic.

Start-up must be quick, and importing Alembic (with its DDL dialects and Mako)
costs a noticeable part of it. Nearly every start finds the schema current, so
the answer is read straight from the revision files and ``alembic_version``;
anything unusual (no table, another revision, branched history) answers False
and the caller runs ``migrate.upgrade``, which decides with Alembic itself.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

from sqlalchemy import Engine, text

from ..paths import MIGRATIONS_DIR

_ASSIGNMENT = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?P<value>.+?)\s*(?:#.*)?$")


def script_head(versions_dir: Path | None = None) -> str | None:
    """The single newest revision id of the migration scripts, or None if not clear-cut."""
    versions_dir = versions_dir if versions_dir is not None else MIGRATIONS_DIR / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions_dir.glob("*.py"):
        values = _assignments(path, ("revision", "down_revision"))
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, (tuple, list)):
            parents.update(down)
        elif down is not None:
            return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """True only when the database is certainly at the newest schema."""
    head = script_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except Exception:  # no such table, not a database...: migrate.upgrade explains
        return False
    return rows == [head]


def _assignments(path: Path, names: tuple[str, ...]) -> dict[str, object]:
    # Only the module-level "name = literal" lines: parsing the whole file
    # (tables and seed data) would cost more than it saves.
    found: dict[str, object] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _ASSIGNMENT.match(line)
        if match and match["name"] in names:
            try:
                found[match["name"]] = ast.literal_eval(match["value"].strip())
            except (ValueError, SyntaxError):  # e.g. a tuple over several lines
                found[match["name"]] = ...
    return found
