"""Bench: importing servicemen from a spreadsheet (issue 6).

Target: 10,000 rows validated and committed in under 5 s. Also compares the
two readers the importer could use (openpyxl read-only vs python-calamine) on
10,000 and 100,000 rows, and times a re-import of the same file (all rows
unchanged) and a --dry-run of 100,000 rows.

    python bench/bench_import.py [--rows 10000] [--big 100000] [--write]

Workbooks are generated (seed 1) in a temporary folder, like a clerk's list:
a merged title row, the header in row 3, IINs as numbers and as text, real
dates and DD.MM.YYYY text, ranks by name, a unit column. ``--write`` replaces
the "Import" section of bench/RESULTS.md with the figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook, load_workbook  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402

from kzpk_desktop.db import migrate  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session  # noqa: E402
from kzpk_desktop.services import importer, units  # noqa: E402
from kzpk_desktop.services.identity import make_iin  # noqa: E402

HEADERS = ["№", "Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения", "Пол", "Воинское звание",
           "Личный номер", "№ паспорта", "Паспорт действителен до", "Подразделение",
           "Должность", "Группа крови", "Телефон", "Примечание"]
SURNAMES = ["Ахметов", "Серікбаев", "Иванов", "Нұрланов", "Ким", "Жұмабеков", "Петров"]
GIVEN = ["Ерлан", "Сергей", "Айдос", "Дәулет", "Виктор", "Нұрсұлтан"]
RANKS = ["рядовой", "Сержант", "ст. сержант", "Лейтенант", "КАПИТАН", "Major", "Қатардағы жауынгер"]
POSITIONS = ["стрелок", "пулемётчик", "командир отделения", "водитель", "санитар"]
UNIT = "1-я миротворческая рота"
SECTION = "## Import (issue 6)"


def make_workbook(path: Path, rows: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Личный состав")
    ws.merged_cells.add("A1:H1")
    ws.append(["Список военнослужащих КАЗБРИГ"])
    ws.append([])
    ws.append(HEADERS)
    serial, day0 = 0, dt.date(1975, 1, 1)
    for i in range(rows):
        while True:
            birth = day0 + dt.timedelta(days=rng.randrange(0, 11000))
            serial = (serial + 1) % 10000
            iin = make_iin(birth, "M", serial)
            if iin:
                break
        date_cell = WriteOnlyCell(ws, value=birth)
        date_cell.number_format = "DD.MM.YYYY"
        ws.append([i + 1, rng.choice(SURNAMES), rng.choice(GIVEN), "Серікұлы",
                   int(iin) if i % 2 else iin,
                   date_cell if i % 3 else f"{birth:%d.%m.%Y}", "м",
                   rng.choice(RANKS), f"KZ-{i:06d}", f"N{10_000_000 + i}",
                   f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 13):02d}.2031", UNIT,
                   rng.choice(POSITIONS), "A(II) Rh+", f"+7 701 {i % 1000:03d} {i % 100:02d} 00",
                   "доброволец"])
    wb.save(path)
    return path


def fresh_db(folder: Path, name: str):
    path = folder / name
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, backup=None)
    factory = make_session_factory(engine)
    with write_session(factory) as s:
        units.add_unit(s, units.UnitData(name_kk="1-ші бітімгершілік рота", name_ru=UNIT,
                                         name_en="1st peacekeeping company", kind="infantry"))
    return engine, factory


def read_openpyxl(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def read_calamine(path: Path) -> int:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    n = len(book.get_sheet_by_index(0).to_python(skip_empty_area=False))
    book.close()
    return n


def bench_isolation(folder: Path, small: Path, big: Path) -> dict:
    """The child process the cells are read in (sheets/isolated.py): its start-up (a
    one-row workbook, median of 5), and reading 10,000 / 100,000 rows through it (bounds
    measured first) against calamine in this process; the child's peak memory."""
    from kzpk_desktop.services import import_columns
    from kzpk_desktop.sheets import isolated, readers

    tiny = make_workbook(folder / "tiny.xlsx", 1)
    parts = [isolated.SheetPart(i.name, i.part) for i in readers.list_sheets(tiny)]
    startup = timed(isolated.read_rows, tiny, parts, readers.LIMITS, runs=5)
    out = {"startup": startup}
    for key, path in (("small", small), ("big", big)):
        parts = [isolated.SheetPart(i.name, i.part) for i in readers.list_sheets(path)]
        got = isolated.read_rows(path, parts, readers.LIMITS)
        out[f"{key}_peak_mb"] = (got.usage.peak_kib or 0) / 1024
        out[key] = timed(readers.read_table, path, None, import_columns.match_header, runs=3)
    return out


def timed(fn, *args, runs: int = 1) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_import(folder: Path, path: Path, run: int) -> dict[str, float]:
    """Wall and CPU seconds (the process's own time, which other work on the machine does
    not inflate) of preview + commit into a fresh database, then of a re-import."""
    engine, factory = fresh_db(folder, f"import-{path.stem}-{run}.sqlite")
    out = {}
    start, cpu = time.perf_counter(), time.process_time()
    with write_session(factory) as s:
        preview = importer.preview(s, path)
        out["preview"], out["preview_cpu"] = time.perf_counter() - start, time.process_time() - cpu
        assert not preview.counts()["refused"], preview.problems[:3]
        t, c = time.perf_counter(), time.process_time()
        result = importer.commit(s, preview)
    out["commit"], out["commit_cpu"] = time.perf_counter() - t, time.process_time() - c
    out["total"], out["total_cpu"] = time.perf_counter() - start, time.process_time() - cpu
    assert result.created == preview.counts()["create"]
    start, cpu = time.perf_counter(), time.process_time()
    with write_session(factory) as s:
        again = importer.preview(s, path)
        importer.commit(s, again)
    out["reimport"], out["reimport_cpu"] = time.perf_counter() - start, time.process_time() - cpu
    out["reimport_unchanged"] = again.counts()["unchanged"]
    engine.dispose()
    return out


def bench_with_rotation(folder: Path, path: Path) -> float:
    """Import and nominate everyone to a rotation (rosters.add_to_roster, eligibility)."""
    from sqlalchemy import select

    from kzpk_desktop.db.models import Mission
    from kzpk_desktop.services.decisions import DecisionData, create_decision
    from kzpk_desktop.services.rotations import RotationData, create_rotation

    engine, factory = fresh_db(folder, f"rotation-{path.stem}.sqlite")
    with write_session(factory) as s:
        undof = s.execute(select(Mission.id).where(Mission.acronym == "UNDOF")).scalar_one()
        dec = create_decision(s, DecisionData(number="B-1", date=dt.date(2024, 1, 19),
                                              title="bench", ceiling=430,
                                              ceilings={undof: 430}))
        rot = create_rotation(s, RotationData(
            mission_id=undof, number=1, name="bench", decision_id=dec.id,
            planned_start=dt.date(2026, 9, 1), planned_end=dt.date(2027, 2, 28))).id
    start = time.perf_counter()
    with write_session(factory) as s:
        result = importer.commit(s, importer.preview(s, path, rotation_id=rot))
    elapsed = time.perf_counter() - start
    assert result.nominated == result.created
    engine.dispose()
    return elapsed


def bench_dry_run(folder: Path, path: Path) -> float:
    engine, factory = fresh_db(folder, f"dry-{path.stem}.sqlite")
    start = time.perf_counter()
    with factory() as s:
        importer.preview(s, path)
    engine.dispose()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--big", type=int, default=100_000, help="rows of the reader comparison")
    ap.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = make_workbook(folder / f"roster-{args.rows}.xlsx", args.rows)
        big = make_workbook(folder / f"roster-{args.big}.xlsx", args.big)
        readers = {
            (args.rows, "openpyxl"): timed(read_openpyxl, small, runs=3),
            (args.rows, "calamine"): timed(read_calamine, small, runs=3),
            (args.big, "openpyxl"): timed(read_openpyxl, big),
            (args.big, "calamine"): timed(read_calamine, big, runs=3),
        }
        isolation = bench_isolation(folder, small, big)
        runs = [bench_import(folder, small, i) for i in range(3)]
        result = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        with_rotation = bench_with_rotation(folder, small)
        dry_big = bench_dry_run(folder, big)
    lines = [
        SECTION, "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}, SQLite file, "
        f"{dt.date.today():%Y-%m-%d}; `python bench/bench_import.py`.", "",
        "| step | rows | wall s | CPU s |", "|---|---:|---:|---:|",
        f"| read with openpyxl read-only | {args.rows:,} | "
        f"{readers[(args.rows, 'openpyxl')]:.2f} | |",
        f"| read with python-calamine | {args.rows:,} | "
        f"{readers[(args.rows, 'calamine')]:.2f} | |",
        f"| read with openpyxl read-only | {args.big:,} | "
        f"{readers[(args.big, 'openpyxl')]:.2f} | |",
        f"| read with python-calamine | {args.big:,} | {readers[(args.big, 'calamine')]:.2f} | |",
        f"| reading process start-up (a one-row workbook) | 1 | {isolation['startup']:.2f} | |",
        f"| read in the reading process (bounds, calamine, rows back; peak "
        f"{isolation['small_peak_mb']:.0f} MB) | {args.rows:,} | {isolation['small']:.2f} | |",
        f"| read in the reading process (peak {isolation['big_peak_mb']:.0f} MB) | "
        f"{args.big:,} | {isolation['big']:.2f} | |",
        f"| preview (read + parse + check against the DB) | {args.rows:,} | "
        f"{result['preview']:.2f} | {result['preview_cpu']:.2f} |",
        f"| commit (servicemen, passports, search tokens, assignments) | {args.rows:,} | "
        f"{result['commit']:.2f} | {result['commit_cpu']:.2f} |",
        f"| **validated and committed (target < 5 s)** | {args.rows:,} | "
        f"**{result['total']:.2f}** | {result['total_cpu']:.2f} |",
        f"| validated, committed and nominated to a rotation (`--rotation`) | {args.rows:,} | "
        f"{with_rotation:.2f} | |",
        f"| re-import of the same file ({result['reimport_unchanged']:,.0f} unchanged) | "
        f"{args.rows:,} | {result['reimport']:.2f} | {result['reimport_cpu']:.2f} |",
        f"| dry run (preview only) | {args.big:,} | {dry_big:.2f} | |",
        "",
        "Seconds on the shared 2-core machine (other engineers' work runs beside it; load "
        f"average {os.getloadavg()[0]:.1f} at the end); the import rows are medians of 3 runs, "
        "each into a fresh database. "
        "The file: a merged title row, the header in row 3, IINs half as numbers, birth dates "
        "half as real dates and half as DD.MM.YYYY text, ranks by name in mixed case and "
        "language, one unit column. Reader choice: python-calamine reads the same workbook "
        "about 10 times faster than openpyxl in read-only mode; with openpyxl the read alone "
        "would take most of the 5 s budget at 10,000 rows and a 100,000-row preview would spend "
        "over 20 s just reading, so the importer reads with calamine (a dependency, pinned "
        "`~=0.9.1`). New servicemen are written with bulk inserts (the rows the record form "
        "writes); nominating 10,000 people to a rotation goes through the roster service (ORM, "
        "audited per entry) and roughly doubles the commit. Since issue 10 the cells are read "
        "in a child process with memory and CPU ceilings, after the zip's real part sizes and "
        "the sheet's extent are measured (sheets/isolated.py, sheets/bounds.py), so that no "
        "file can crash or exhaust the app; the preview's wall time includes that process "
        "(its CPU time is the child's, not counted in the CPU column).",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        results = ROOT / "bench" / "RESULTS.md"
        old = results.read_text(encoding="utf-8") if results.exists() else "# Bench results\n"
        if SECTION in old:
            before, _, rest = old.partition(SECTION)
            after = rest[rest.find("\n## "):] if "\n## " in rest else ""
            new = before + text + after
        else:
            new = old.rstrip("\n") + "\n\n" + text
        results.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
