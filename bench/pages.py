"""Every report as printed: `python bench/pages.py [--servicemen 1000]`.

Builds a demo database (seed 1, today 15.01.2026), writes each report, has
LibreOffice print it to PDF, and for each PDF prints its pages and the size the
body text prints at (from the height of the words' boxes: Liberation Sans boxes
are 1.3 times the font size). Page 1 of each (and page 1 of the roll's second
sheet) goes to bench/pages/NAME.png at 60 dpi, committed for the README and
RESULTS.md. Needs soffice and pdftoppm / pdftotext (poppler-utils), and the
Liberation fonts (metric twins of Arial) for faithful line breaks.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import func, select  # noqa: E402

from kzpk_desktop.db import migrate  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from kzpk_desktop.db.models import RosterEntry, Rotation, Serviceman  # noqa: E402
from kzpk_desktop.exports.reports import (  # noqa: E402
    export_contributions,
    export_expiring,
    export_nominal_roll,
    export_parliament_report,
    export_personnel_card,
    export_table,
)
from kzpk_desktop.exports.reports.audit_trail import export_audit  # noqa: E402
from kzpk_desktop.exports.workbook import Column  # noqa: E402
from kzpk_desktop.services import demo  # noqa: E402
from kzpk_desktop.services.registry import RegistryFilter, stream  # noqa: E402

TODAY = dt.date(2026, 1, 15)
NOW = dt.datetime(2026, 1, 15, 10, 0)
PAGES = HERE / "pages"
BOX_PER_POINT = 1.3


def write_reports(sessions, out: Path) -> list[Path]:
    with sessions() as s:
        rotation = s.execute(
            select(Rotation.id).join(RosterEntry, RosterEntry.rotation_id == Rotation.id)
            .where(Rotation.status == "deployed").group_by(Rotation.id)
            .order_by(func.count().desc())).scalars().first()
        woman = s.execute(select(Serviceman.iin).join(
            RosterEntry, RosterEntry.serviceman_id == Serviceman.id)
            .where(Serviceman.sex == "F").order_by(Serviceman.id)).scalars().first()
        common = {"user": "Жанар Ахметова", "now": NOW}
        files = [
            export_nominal_roll(s, out / "nominal-roll.xlsx", rotation_id=rotation, **common),
            export_parliament_report(s, out / "parliament-report.xlsx", as_of=TODAY,
                                     **common),
            export_contributions(s, out / "contributions.xlsx", as_of=TODAY, **common),
            export_personnel_card(s, out / "personnel-card.xlsx", iin=woman, today=TODAY,
                                  **common),
            export_expiring(s, out / "expiring.xlsx", within_days=180, today=TODAY, **common),
            export_audit(s, out / "audit.xlsx", lang="ru", **common),
        ]
        columns = [Column(h) for h in ("ИИН", "Фамилия", "Имя", "Отчество", "Звание",
                                       "Воинская часть", "Статус")]
        rows = ((r.iin, r.surname, r.given_name, r.patronymic, r.rank, r.unit, r.status)
                for r in stream(s, RegistryFilter(), lang="ru"))
        files.append(export_table(out / "servicemen-list.xlsx", columns, rows,
                                  title="Военнослужащие", **common))
    return files


def measure(pdf: Path) -> tuple[int, float, float]:
    """Pages, and the most common and the smallest printed text size (points)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True).stdout
    sizes = collections.Counter(
        round((float(b) - float(a)) / BOX_PER_POINT, 1)
        for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes))
    return pages, sizes.most_common(1)[0][0], min(sizes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--servicemen", type=int, default=1000)
    args = parser.parse_args()
    if not shutil.which("soffice"):
        sys.exit("LibreOffice (soffice) is needed")
    work = Path(tempfile.mkdtemp(prefix="kzpk-pages-"))
    engine = make_engine(f"sqlite:///{work / 'demo.sqlite'}")
    migrate.upgrade(engine, backup=None)  # a new database
    sessions = make_session_factory(engine)
    demo.generate(sessions, servicemen=args.servicemen, seed=1, today=TODAY)
    files = write_reports(sessions, work)
    engine.dispose()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work), *map(str, files)],
                   check=True, capture_output=True, timeout=600)
    PAGES.mkdir(exist_ok=True)
    print("| report | pages | body text (pt) | smallest text (pt) |")
    print("|---|---|---|---|")
    for path in files:
        pdf = path.with_suffix(".pdf")
        pages, body, smallest = measure(pdf)
        print(f"| {path.stem} | {pages} | {body} | {smallest} |")
        wanted = [1]
        if path.stem == "nominal-roll":  # page 1 of the second sheet: the documents
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                  text=True).stdout.split("\f")
            wanted.append(next(i for i, page in enumerate(text, 1) if "Part 2 of 2" in page))
        for n, page in enumerate(wanted):
            name = path.stem if n == 0 else f"{path.stem}-documents"
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page),
                            "-l", str(page), str(pdf), str(PAGES / name)], check=True)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
