"""The start-up shortcut that skips Alembic when the schema is already current."""
from __future__ import annotations

from sqlalchemy import text

from kzpk_desktop.db import migrate, schema_state
from kzpk_desktop.db.engine import make_engine


def test_script_head_agrees_with_alembic():
    assert schema_state.script_head() == migrate.head_revision()


def test_a_migrated_database_is_current(engine):
    assert schema_state.is_current(engine)


def test_an_older_or_newer_revision_is_not_current(engine):
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000_other'"))
    assert not schema_state.is_current(engine)


def test_a_new_file_or_a_foreign_file_is_not_current(tmp_path):
    for name, content in (("new.sqlite", None), ("notes.sqlite", b"plain text, no database")):
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        engine = make_engine(f"sqlite:///{path}")
        try:
            assert not schema_state.is_current(engine)
        finally:
            engine.dispose()


def _script(folder, name, revision, down):
    (folder / name).write_text(f"'''doc'''\nrevision = {revision!r}\ndown_revision = {down!r}\n"
                               "branch_labels = None\n", encoding="utf-8")


def test_head_of_a_chain_and_of_a_merge(tmp_path):
    _script(tmp_path, "0001_a.py", "0001", None)
    _script(tmp_path, "0002_b.py", "0002", "0001")
    assert schema_state.script_head(tmp_path) == "0002"
    _script(tmp_path, "0003_c.py", "0003", "0001")
    assert schema_state.script_head(tmp_path) is None  # two heads: let Alembic decide
    _script(tmp_path, "0004_merge.py", "0004", ("0002", "0003"))
    assert schema_state.script_head(tmp_path) == "0004"
