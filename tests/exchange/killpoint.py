"""``kzpk`` that SIGKILLs itself at a chosen point (the kill tests run it as a process).

KZPK_KILL_AT:
- ``count``: kill nothing; print ``commits N`` to stderr at the end (how many commits a run makes);
- ``commit:N:MICROS``: MICROS µs after the N-th database commit starts (the commit runs on,
  the GIL released, while a thread waits to kill: a kill inside the commit, or just after it);
- ``write``: in the middle of writing a package file (half its bytes on disk).
"""
from __future__ import annotations

import atexit
import builtins
import os
import signal
import sys
import threading
import time

from sqlalchemy import event
from sqlalchemy.engine import Engine


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _arm() -> None:
    how = os.environ.get("KZPK_KILL_AT", "")
    if how == "count":
        commits = [0]

        @event.listens_for(Engine, "commit")
        def _count(conn):
            commits[0] += 1

        atexit.register(lambda: print(f"commits {commits[0]}", file=sys.stderr))
    elif how.startswith("commit:"):
        _, number, micros = how.split(":")
        seen = [0]

        @event.listens_for(Engine, "commit")
        def _at(conn):
            seen[0] += 1
            if seen[0] == int(number):
                threading.Thread(target=lambda: (time.sleep(int(micros) / 1e6), _kill()),
                                 daemon=True).start()
                if int(micros) == 0:
                    time.sleep(1)  # the kill lands before the commit reaches the database
    elif how == "write":
        real_open = builtins.open

        class HalfWriter:
            def __init__(self, f):
                self._f = f

            def write(self, data):
                self._f.write(data[:len(data) // 2])
                self._f.flush()
                os.fsync(self._f.fileno())
                _kill()

            def __getattr__(self, name):
                return getattr(self._f, name)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return self._f.__exit__(*exc)

        def opening(file, mode="r", *args, **kwargs):
            f = real_open(file, mode, *args, **kwargs)
            if "w" in mode and str(file).endswith(".kzpk.partial"):
                return HalfWriter(f)
            return f

        builtins.open = opening


if __name__ == "__main__":
    _arm()
    from kzpk_desktop.cli import main

    sys.argv[0] = "kzpk"
    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)
