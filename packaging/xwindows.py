"""Start a program on a private X server (Xvfb) and wait for a window of a given title.

Shared by packaging/smoke_test.py (does the bundle's GUI open, in Russian?) and
bench/bench_startup.py (how long until the sign-in window is on screen). It looks
from outside, as a user would: the window's title on a real X display, read
with xwininfo, so it needs nothing inside the app. Linux only (apt-get install
xvfb x11-utils).
"""
from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def x_display():
    """A fresh Xvfb server; yields its DISPLAY value (":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def window_titles(display: str) -> list[str]:
    done = subprocess.run(["xwininfo", "-root", "-tree"], env=dict(os.environ, DISPLAY=display),
                          capture_output=True, text=True, check=True)
    titles = []
    for line in done.stdout.splitlines():
        # 0x400007 "Вход — KZPK Desktop": ("kzpk-desktop" "kzpk-desktop")  500x300+0+0 ...
        start = line.find('"')
        end = line.find('"', start + 1)
        if start >= 0 and end > start:
            titles.append(line[start + 1:end])
    return titles


def start_and_wait(argv: Sequence[str | os.PathLike], title: str, display: str,
                   env: dict[str, str], timeout: float = 60) -> tuple[subprocess.Popen, float]:
    """Start ``argv`` on ``display``; return the process and the seconds until ``title``
    was shown. Raises TimeoutError (with what the program wrote) when it never is."""
    env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    started = time.perf_counter()
    process = subprocess.Popen([str(a) for a in argv], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    while time.perf_counter() - started < timeout:
        if title in window_titles(display):
            return process, time.perf_counter() - started
        if process.poll() is not None:
            break
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    stop(process)
    output = process.stdout.read() if process.stdout else ""
    raise TimeoutError(f"{Path(str(argv[0])).name}: no window {title!r} after {elapsed:.1f} s "
                       f"(exit status {process.returncode}); it wrote:\n{output}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
