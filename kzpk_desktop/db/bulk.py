"""Many rows into one table: one compiled INSERT, values through the column types, the
driver's executemany.

``conn.execute(insert(table), rows)`` builds every row's parameters through SQLAlchemy's
compiled-statement machinery (``construct_params``), which costs more than SQLite's own
insert of the row. Here the statement is compiled once per table and set of columns, each
value goes through its column type's bind processor (so a DateTime, Date, Uuid or Boolean
is stored exactly as SQLAlchemy stores it, and a TypeDecorator still applies), and the
tuples go to the driver in one ``executemany`` on the same connection, in its transaction.
Statement-level events (``before_cursor_execute``) still run; ORM session events do not
(as for any statement executed on the connection).

On other databases than SQLite the rows go through ``conn.execute(insert(table), rows)``,
whose multi-row VALUES (insertmanyvalues) is what a server wants.
"""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, insert

_COMPILED: dict[tuple, tuple[str, tuple[str, ...], tuple, tuple[bool, ...]]] = {}


def _statement(conn: Connection, table: Table, keys: tuple[str, ...]):
    """(SQL, parameter names in order, their processors, whether each is a date or time
    column), worked out once."""
    dialect = conn.dialect
    cache_key = (type(dialect), dialect.paramstyle, table, keys)
    found = _COMPILED.get(cache_key)
    if found is None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        if compiled.insert_prefetch or set(compiled.binds) - set(keys):
            # A column left out whose default Python computes per row: the caller must
            # give every such column (a bulk insert has no row objects to run them on).
            missing = sorted(c.name for c in compiled.insert_prefetch)
            raise ValueError(f"{table.name}: bulk insert without {', '.join(missing)}")
        names = tuple(compiled.positiontup) if dialect.positional else tuple(keys)
        processors = compiled._bind_processors
        found = (compiled.string, names, tuple(processors.get(n) for n in names),
                 tuple(isinstance(table.c[n].type, (Date, DateTime)) for n in names))
        _COMPILED[cache_key] = found
    return found


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]],
                keys: Sequence[str] | None = None) -> None:
    """INSERT ``rows`` (dicts with the same keys: ``keys``, or the first row's) into
    ``table`` on ``conn``."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    keys = tuple(keys if keys is not None else rows[0])
    sql, names, processors, repeated = _statement(conn, table, keys)
    columns = []
    for name, process, few in zip(names, processors, repeated):
        values = [row[name] for row in rows]
        if process is not None:
            if few:  # a time or date column: mostly the same few values (created_at...)
                done = {v: process(v) for v in set(values)}
                values = [done[v] for v in values]
            else:
                values = [process(v) for v in values]
        columns.append(values)
    conn.exec_driver_sql(sql, list(zip(*columns)))


@contextmanager
def bulk_work(conn: Connection, *, cache_kib: int) -> Iterator[None]:
    """A block that writes very many rows on ``conn``: Python's cyclic garbage collector
    paused (process-wide; left off if it was off, as in the GUI) and, on SQLite, the page
    cache raised to ``cache_kib`` KiB; both as they were when the block ends.

    Such a block keeps hundreds of thousands of short-lived objects alive (a batch's rows,
    id caches) and makes next to no reference cycles, so each full collection walks them
    all for nothing (a third of a first package's import); reference counting frees them as
    usual. Index pages of random keys stay in memory instead of being spilled and re-read.
    """
    collecting = gc.isenabled()
    gc.disable()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{int(cache_kib)}")
    try:
        yield
    finally:
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
        if collecting:
            gc.enable()


def few_rows(conn: Connection, table: Table, limit: int) -> bool:
    """Does ``table`` hold at most ``limit`` rows? (Counted no further than that.)"""
    return conn.exec_driver_sql(
        f'SELECT count(*) FROM (SELECT 1 FROM "{table.name}" LIMIT {int(limit) + 1})'
    ).scalar() <= limit


@contextmanager
def indexes_deferred(conn: Connection, tables: Iterable[Table]) -> Iterator[list[str]]:
    """On SQLite, the non-unique indexes of ``tables`` dropped while the block writes many
    rows into them, and made again as they were (their own ``CREATE INDEX`` text) when it
    ends: one sort per index instead of a random insert into it for every row.

    Both happen on ``conn`` inside its transaction, so a rollback (or a process killed
    before the commit) leaves the indexes, like the rows, as they were. Unique indexes and
    constraints stay: they keep refusing duplicates, and the block's look-ups by them stay
    fast. Queries inside the block that would use a dropped index scan the table instead,
    so the block should only write. When the block raises, the indexes are not made again:
    the caller rolls the transaction back. Yields the names of the indexes dropped. Other
    databases: nothing is dropped.
    """
    dropped: list[tuple[str, str]] = []
    if conn.dialect.name == "sqlite":
        for table in tables:
            unique = {r[1] for r in conn.exec_driver_sql(
                f'PRAGMA index_list("{table.name}")') if r[2]}
            for name, sql in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                    "AND sql IS NOT NULL ORDER BY name", (table.name,)).all():
                if name not in unique:
                    dropped.append((name, sql))
        for name, _ in dropped:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield [name for name, _ in dropped]
    for _, sql in dropped:
        conn.exec_driver_sql(sql)
