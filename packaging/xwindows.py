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


def windows(display: str) -> dict[str, str]:
    """Title -> window id of the named windows on ``display``."""
    done = subprocess.run(["xwininfo", "-root", "-tree"], env=dict(os.environ, DISPLAY=display),
                          capture_output=True, text=True)
    if done.returncode:  # a window went away while the tree was read: look again later
        return {}
    found = {}
    for line in done.stdout.splitlines():
        # 0x400007 "Вход — KZPK Desktop": ("kzpk-desktop" "kzpk-desktop")  500x300+0+0 ...
        start = line.find('"')
        end = line.find('"', start + 1)
        if start >= 0 and end > start:
            found.setdefault(line[start + 1:end], line.split()[0])
    return found


def window_titles(display: str) -> list[str]:
    return list(windows(display))


def is_viewable(display: str, window: str) -> bool:
    """Mapped on the screen (a window gets its title before it is shown)."""
    done = subprocess.run(["xwininfo", "-id", window], env=dict(os.environ, DISPLAY=display),
                          capture_output=True, text=True)
    return done.returncode == 0 and "Map State: IsViewable" in done.stdout


def start_and_wait(argv: Sequence[str | os.PathLike], title: str, display: str,
                   env: dict[str, str], timeout: float = 60) -> tuple[subprocess.Popen, float]:
    """Start ``argv`` on ``display``; return the process and the seconds until ``title``
    was shown. Raises TimeoutError (with what the program wrote) when it never is."""
    env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    started = time.perf_counter()
    process = subprocess.Popen([str(a) for a in argv], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    wait_for_window(process, title, display, timeout, started)
    return process, time.perf_counter() - started


def wait_for_window(process: subprocess.Popen, title: str, display: str,
                    timeout: float = 60, started: float | None = None) -> None:
    """Wait until ``process`` shows a window titled ``title``; TimeoutError (ending the
    process, with what it wrote) if it does not, or exits first."""
    started = time.perf_counter() if started is None else started
    while time.perf_counter() - started < timeout:
        window = windows(display).get(title)
        if window is not None and is_viewable(display, window):
            return
        if process.poll() is not None:
            break
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    stop(process)
    output = process.stdout.read() if process.stdout else ""
    raise TimeoutError(f"{Path(str(process.args[0])).name}: no window {title!r} after "
                       f"{elapsed:.1f} s (exit status {process.returncode}, windows "
                       f"{window_titles(display)}); it wrote:\n{output}")


def type_keys(display: str, title: str, *strokes: str) -> None:
    """Keyboard input to the window titled ``title`` (given the focus first: Xvfb has no
    window manager to do it): "text:admin" types text, others are key names for
    xdotool ("Return", "ctrl+2"). Needs xdotool."""
    env = dict(os.environ, DISPLAY=display)
    window = windows(display).get(title)
    if window is None:
        raise TimeoutError(f"no window {title!r} to type into (windows {window_titles(display)})")
    for _attempt in range(20):  # the window may still be settling on a loaded machine
        if subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env,
                          capture_output=True).returncode == 0:
            break
        time.sleep(0.25)
    else:
        raise TimeoutError(f"the window {title!r} did not take the keyboard focus")
    for stroke in strokes:
        argv = (["xdotool", "type", "--delay", "30", stroke.removeprefix("text:")]
                if stroke.startswith("text:") else ["xdotool", "key", stroke])
        subprocess.run(argv, env=env, check=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
