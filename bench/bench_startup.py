"""Start-up to the sign-in window, and size on disk: the desktop bundle vs a venv install.

    python bench/bench_startup.py [--runs N] [--bundle dist/kzpk-desktop] [--venv DIR]

The bundle is built by ``python packaging/build.py``; the venv is made here (the
wheel built from the checkout, installed with its dependencies into a fresh
virtual environment, the time it takes printed) unless ``--venv`` names one.
Both open the same database, which has an account, so the first window is the
sign-in dialog ("Вход — KZPK Desktop"); the time is from starting the program
to that window on a private X server (Xvfb, seen with xwininfo, as a user sees
it). "Cold": before each such run the pages of every file of the install (and,
for the venv, of the Python it runs on) are dropped from the page cache with
posix_fadvise, so they are read from disk again; "warm" runs follow at once.
Linux only (xvfb, x11-utils).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from build import folder_size  # noqa: E402
from xwindows import start_and_wait, stop, x_display  # noqa: E402

SIGN_IN_RU = "Вход — KZPK Desktop"
PASSWORD = "bench password 1"


def clean_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("QT_QPA_PLATFORM", "KZPK_DB", "VIRTUAL_ENV")}
    env.update(XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
    return env


def evict(*places: Path) -> int:
    """Drop the cached pages of every file under ``places`` (files or folders); how many."""
    count = 0
    for place in places:
        for path in (place.rglob("*") if place.is_dir() else [place]):
            if "site-packages" in path.relative_to(place).parts:
                continue  # the base Python's own packages: not the venv's, leave them
            if path.is_file() and not path.is_symlink():
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                    count += 1
                finally:
                    os.close(fd)
    return count


def make_venv(work: Path) -> Path:
    wheels, venv = work / "wheels", work / "venv"
    env = clean_env(work)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels),
                    str(ROOT)], check=True, env=env)
    built = time.perf_counter()
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    [wheel] = wheels.glob("kzpk_desktop-*.whl")
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, env=env, cwd=work)
    done = time.perf_counter()
    print(f"venv: wheel built in {built - started:.1f} s, venv made and the wheel installed "
          f"with its dependencies in {done - built:.1f} s")
    return venv


def measure(name: str, argv: list, cache_dirs: list[Path], env: dict, runs: int) -> dict:
    cold, warm = [], []
    with x_display() as display:
        for i in range(runs):
            evict(*cache_dirs)
            process, seconds = start_and_wait(argv, SIGN_IN_RU, display, env)
            stop(process)
            cold.append(seconds)
            process, seconds = start_and_wait(argv, SIGN_IN_RU, display, env)
            stop(process)
            warm.append(seconds)
    print(f"{name}: cold {', '.join(f'{s:.2f}' for s in cold)} s; "
          f"warm {', '.join(f'{s:.2f}' for s in warm)} s")
    return {"cold": statistics.median(cold), "warm": statistics.median(warm)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kzpk-desktop")
    parser.add_argument("--venv", type=Path, help="an existing venv with the wheel installed")
    args = parser.parse_args()
    if not (args.bundle / "kzpk-desktop").is_file():
        print(f"no bundle in {args.bundle}: run python packaging/build.py", file=sys.stderr)
        return 1
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="kzpk-bench-start-") as tmp:
        work = Path(tmp)
        venv = args.venv or make_venv(work)
        env = clean_env(work)
        db = work / "kzpk.sqlite"
        subprocess.run([str(args.bundle / "kzpk"), "--db", str(db), "init"], check=True,
                       env=env, capture_output=True)
        subprocess.run([str(args.bundle / "kzpk"), "--db", str(db), "user", "add", "admin",
                        "--role", "admin"], check=True, env=env, capture_output=True,
                       input=f"{PASSWORD}\n{PASSWORD}\n", text=True)
        # The venv runs on the base Python: its standard library and libpython count too.
        base_python = [Path(sysconfig.get_paths(vars={"base": sys.base_prefix})["stdlib"]),
                       *Path(sys.base_prefix, "lib").glob("libpython*")]
        results = {
            "bundle": measure("bundle", [args.bundle / "kzpk-desktop", "--db", db],
                              [args.bundle], env, args.runs),
            "venv": measure("venv", [venv / "bin" / "kzpk-desktop", "--db", db],
                            [venv, *base_python], env,
                            args.runs),
        }
        sizes = {"bundle": folder_size(args.bundle), "venv": folder_size(venv)}
    print(f"\nload average at the start {load[0]:.1f}; medians of {args.runs} runs")
    print("| install | size on disk | cold start to sign-in | warm start |")
    print("|---|---:|---:|---:|")
    for name in ("bundle", "venv"):
        print(f"| {name} | {sizes[name] / 2**20:.0f} MB | {results[name]['cold']:.2f} s "
              f"| {results[name]['warm']:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
