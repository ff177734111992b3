"""Smoke test of the built bundle (dist/kzpk-desktop), run by .ci/run after packaging/build.py.

Only the bundle's own executables run, in an environment with no PYTHON*
variables and fresh per-user folders: ``kzpk`` creates the database in the
per-user data folder, fills it, checks it and exports a report (read back
here); ``kzpk-desktop`` opens offscreen (it migrates a new database and waits
at the first-account window) and, on a private X server, shows that window
with its Russian title; then an administrator signs in on the demo database
with the keyboard and opens every area of the main window. Prints one line per
step; exits 1 with the reason at the first failure.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import app_version  # noqa: E402
from xwindows import start_and_wait, stop, type_keys, wait_for_window, x_display  # noqa: E402

ROOT = HERE.parent
BUNDLE = ROOT / "dist" / "kzpk-desktop"
EXE = ".exe" if os.name == "nt" else ""
CLI, GUI = BUNDLE / f"kzpk{EXE}", BUNDLE / f"kzpk-desktop{EXE}"
FIRST_START_RU = "Первый запуск — KZPK Desktop"
SIGN_IN_RU = "Вход — KZPK Desktop"


class Failed(Exception):
    pass


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)


def kzpk(env: dict[str, str], *argv: str) -> str:
    done = subprocess.run([str(CLI), *argv], env=env, capture_output=True, text=True, timeout=300)
    expect(done.returncode == 0 and "Traceback" not in done.stderr,
           f"kzpk {' '.join(argv)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def schema(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.Error:
        return None  # not there yet (being created)


def run(work: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("QT_QPA_PLATFORM", "KZPK_DB",
                                                      "VIRTUAL_ENV")}
    env.update(XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"),
               HOME=str(work / "home"))
    (work / "home").mkdir()

    # The print preview's Qt modules and the libraries they load (QtPdf needs Qt's network
    # library); the plugin filter of the spec must not have taken them out.
    for pattern in ("PySide6/QtPdf.*", "PySide6/QtPrintSupport.*", "**/*Qt6Pdf.*",
                    "**/*Qt6PrintSupport.*", "**/*Qt6Network.*"):
        expect(any(BUNDLE.glob(f"_internal/{pattern}")) or any(BUNDLE.glob(pattern)),
               f"the bundle lacks {pattern} (the print preview needs it)")
    print("ok: the print preview's Qt modules are in the bundle")

    version = kzpk(env, "--version").strip()
    expect(version == f"kzpk {app_version()}", f"kzpk --version said {version!r}")
    print(f"ok: {version}")

    kzpk(env, "init")
    default_db = work / "data" / "kzpk-desktop" / "kzpk.sqlite"
    head = schema(default_db)
    expect(head is not None, f"kzpk init made no database in the per-user folder {default_db}")
    print(f"ok: kzpk init created {default_db} (schema {head})")
    kzpk(env, "demo", "--servicemen", "40", "--seed", "1")
    report = kzpk(env, "check")
    expect("integrity: ok" in report and "servicemen: 40" in report, f"kzpk check said {report}")
    print("ok: kzpk demo and check (40 servicemen, integrity ok)")

    out = work / "parliament.xlsx"
    kzpk(env, "export", "parliament-report", "--as-of", "2025-06-01", "--lang", "ru",
         "-o", str(out))
    book = load_workbook(out)
    sheet = book.worksheets[0]
    expect(sheet["A2"].value == "Министерство обороны Республики Казахстан"
           and sheet["A5"].value == "По состоянию на 01.06.2025",
           f"the report's title block reads {sheet['A2'].value!r} / {sheet['A5'].value!r}")
    expect(book.properties.version == app_version(),
           f"the workbook's version property is {book.properties.version!r}")
    print(f"ok: kzpk export parliament-report wrote {out.name} (Russian title block)")

    # Offscreen: a new database is created and migrated, then the app waits for
    # the first administrator's account (it must still be running).
    offscreen_db = work / "offscreen.sqlite"
    process = subprocess.Popen([str(GUI), "--db", str(offscreen_db)],
                               env=dict(env, QT_QPA_PLATFORM="offscreen"),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while schema(offscreen_db) != head and process.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(2)
        running = process.poll() is None
    finally:
        stop(process)
    expect(schema(offscreen_db) == head and running,
           f"kzpk-desktop offscreen: schema {schema(offscreen_db)}, "
           f"exit status {process.returncode}: {process.stdout.read()}")
    print("ok: kzpk-desktop opens offscreen (database created and migrated, "
          "waiting for the first account)")

    if sys.platform.startswith("linux"):
        with x_display() as display:
            process, seconds = start_and_wait([GUI, "--db", work / "x.sqlite"],
                                              FIRST_START_RU, display, env)
            stop(process)
            print(f"ok: kzpk-desktop shows {FIRST_START_RU!r} on an X display ({seconds:.1f} s)")
            sign_in_and_visit_every_area(env, display)


def area_titles_ru() -> list[str]:
    """The main window's title for each area, in Russian, in navigation order (read from
    the translation source, so nothing of Qt runs here)."""
    import xml.etree.ElementTree as ET

    from kzpk_desktop.gui.areas import AREAS

    tree = ET.parse(ROOT / "resources" / "translations" / "kzpk_ru.ts")
    [context] = [c for c in tree.getroot().iter("context") if c.findtext("name") == "areas"]
    russian = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    return [f"{russian[spec.title]} — KZPK Desktop" for spec in AREAS]


def sign_in_and_visit_every_area(env: dict[str, str], display: str) -> None:
    """The demo database in the per-user folder (no --db): an administrator signs in with
    the keyboard, then Ctrl+1..N opens every area (each built on first use)."""
    password = "smoke test password"
    done = subprocess.run([str(CLI), "user", "add", "admin", "--role", "admin"], env=env,
                          input=f"{password}\n{password}\n", capture_output=True, text=True,
                          timeout=120)
    expect(done.returncode == 0, f"kzpk user add: {done.stderr.strip()}")
    titles = area_titles_ru()
    process, _ = start_and_wait([GUI], SIGN_IN_RU, display, env)
    try:
        type_keys(display, SIGN_IN_RU, "text:admin", "Tab", f"text:{password}", "Return")
        wait_for_window(process, titles[0], display)
        for number, title in enumerate(titles[1:9], start=2):
            type_keys(display, titles[number - 2], f"ctrl+{number}")
            wait_for_window(process, title, display)
        expect(process.poll() is None, f"kzpk-desktop ended (status {process.returncode})")
    finally:
        stop(process)
    print(f"ok: signed in on {SIGN_IN_RU!r} and opened all {len(titles)} areas")


def main() -> int:
    if not (CLI.is_file() and GUI.is_file()):
        print(f"smoke test: no bundle in {BUNDLE}; run python packaging/build.py", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kzpk-smoke-") as work:
        try:
            run(Path(work))
        except (Failed, TimeoutError) as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
