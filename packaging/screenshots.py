"""The README's pictures, made from the real window on a demo database.

    python packaging/screenshots.py [--out resources/screenshots] [--size 1280x720]

Builds a demo database in a temporary folder (``kzpk init``, ``kzpk demo``), signs in
an administrator, opens the main window at the given size (Qt's offscreen platform,
the same widgets a clerk sees) and saves, in Russian: the Overview, the registry with
a record open, a rotation's roster, the Audit area and the import preview of a
spreadsheet with a few faulty rows; the Overview in Kazakh; the registry in English
(``main-window.png``). Look at every picture before committing it.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEMO_SERVICEMEN = 400
PASSWORD = "screenshot password 1"


def _kzpk(db: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-c", "from kzpk_desktop.cli import run; run()",
                    "--db", str(db), *args], check=True, cwd=ROOT,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL)


def _faulty_sheet(path: Path, people: list[tuple[str, str, str]]) -> None:
    """A roster sheet as clerks send them: good rows, a bad IIN, a known person, a typo."""
    import datetime as dt

    from openpyxl import Workbook

    from kzpk_desktop.services.identity import make_iin

    def iin(birth: str, sex: str, serial: int) -> str:
        while (found := make_iin(dt.date.fromisoformat(birth), sex, serial)) is None:
            serial += 1
        return found

    book = Workbook()
    sheet = book.active
    sheet.append(["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Звание",
                  "Личный номер"])
    sheet.append([iin("1991-03-14", "M", 7001), "Сейтқали", "Ержан", "Маратұлы", "1991-03-14", "М", "капитан",
                  "KZ-90001"])
    sheet.append(["900101300001", "Омарова", "Дана", "", "1990-01-01", "Ж", "лейтенант",
                  "KZ-90002"])
    known, surname, given = people[0]
    sheet.append([known, surname, given, "", "", "", "", ""])
    sheet.append([iin("1992-02-11", "M", 7003), "Жұмабаев", "", "", "31.02.1992", "М", "генерал армии", "KZ-90004"])
    sheet.append([iin("1995-07-02", "F", 7005), "Ахметова", "Айгерім", "Серікқызы", "1995-07-02", "Ж", "сержант",
                  "KZ-90005"])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    work = Path(tempfile.mkdtemp(prefix="kzpk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "cfg"))
    db = work / "demo.sqlite"
    _kzpk(db, "init")
    _kzpk(db, "demo", "--servicemen", str(DEMO_SERVICEMEN), "--seed", "1")

    from sqlalchemy import select

    from kzpk_desktop.db.engine import write_session
    from kzpk_desktop.db.models import Rotation, Serviceman
    from kzpk_desktop.gui.i18n import install_translators
    from kzpk_desktop.gui.security.database import Database
    from kzpk_desktop.gui.security.session import SessionController
    from kzpk_desktop.gui.settings import Settings
    from kzpk_desktop.services import accounts

    app = QApplication(sys.argv[:1])
    database = Database.open(f"sqlite:///{db}")
    with write_session(database.sessions) as session:
        accounts.create_user(session, "a.seitkali", PASSWORD, "admin", "Сейтқали А. Б.")
    actor = accounts.sign_in(database.sessions, "a.seitkali", PASSWORD)
    with database.sessions() as session:
        people = [(p.iin, p.surname, p.given_name) for p in session.scalars(
            select(Serviceman).order_by(Serviceman.id).limit(5))]
        rotation = session.scalars(select(Rotation).order_by(Rotation.id.desc())).first()
        rotation_id, mission_id = rotation.id, rotation.mission_id
    sheet = work / "roster.xlsx"
    _faulty_sheet(sheet, people)

    def session_in(lang: str) -> tuple[SessionController, object]:
        settings = Settings()
        settings.ui_language = lang
        install_translators(app, lang)
        controller = SessionController(app, settings, database, actor)
        window = controller.open_window(signed_in=True)
        window.resize(width, height)
        window.show()
        return controller, window

    def shoot(window, name: str) -> None:
        controller.ops.settle()
        for _ in range(5):
            app.processEvents()
        controller.ops.settle()
        app.processEvents()
        path = args.out / name
        window.grab().save(str(path))
        print(path)

    args.out.mkdir(parents=True, exist_ok=True)
    for lang, shots in (("ru", ("overview", "registry", "roster", "audit", "import")),
                        ("kk", ("overview",)), ("en", ("registry",))):
        controller, window = session_in(lang)
        for shot in shots:
            if shot == "overview":
                window.show_area("overview")
                shoot(window, f"overview-{lang}.png")
            elif shot == "registry":
                window.show_area("registry")
                controller.ops.settle()
                window.open_serviceman(1)
                shoot(window, "main-window.png" if lang == "en" else f"registry-{lang}.png")
            elif shot == "roster":
                page = window.show_area("missions")
                controller.ops.settle()
                page.select_mission(mission_id)
                controller.ops.settle()
                page.open_roster(rotation_id)
                shoot(window, f"roster-{lang}.png")
            elif shot == "audit":
                window.show_area("audit")
                shoot(window, f"audit-{lang}.png")
            elif shot == "import":
                from kzpk_desktop.gui.importing.wizard import ImportWizard

                wizard = ImportWizard(window._ctx, window)
                wizard.resize(width, height)
                wizard.show()
                wizard.filePage.set_path(sheet)
                controller.ops.settle()
                app.processEvents()
                wizard.next()
                controller.ops.settle()
                shoot(wizard, f"import-preview-{lang}.png")
                wizard.reject()
        window.page("registry").form.load(None)
        controller.close_window(discard=True)
        controller.shutdown()
        controller.setParent(None)
    database.dispose()


if __name__ == "__main__":
    main()
