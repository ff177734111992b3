"""``kzpk demo``: fill the database with realistic synthetic data."""
from __future__ import annotations

import argparse
import sys
import time

from ..services import demo

#: Far beyond any demonstration; a typo with extra zeros should not run for hours.
MAX_SERVICEMEN = 1_000_000


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 1 <= value <= MAX_SERVICEMEN:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_SERVICEMEN:,}, got {value}")
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def register(sub) -> None:
    p = sub.add_parser("demo", help="add realistic synthetic servicemen, units, decisions, "
                                    "rotations and rosters (deterministic for a seed)")
    p.add_argument("--servicemen", type=_count, required=True, metavar="N",
                   help="how many servicemen to add")
    p.add_argument("--seed", type=_seed, default=1, metavar="S",
                   help="the same seed gives the same data (default 1)")
    p.add_argument("--yes", action="store_true",
                   help="add demo data to a database that already holds servicemen, mixing "
                        "invented people into real records (an administrator only)")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args, ctx) -> int:
    sessions = ctx.sessions  # migrates first, so the timer below measures the data only
    show = sys.stderr.isatty()
    shown = -1

    def progress(done: int, total: int) -> bool:
        nonlocal shown
        percent = 100 * done // total if total else 100
        if show and percent != shown:
            shown = percent
            print(f"\rdemo data: {percent}%", end="", file=sys.stderr, flush=True)
        return True

    started = time.perf_counter()
    try:
        summary = demo.generate(sessions, servicemen=args.servicemen, seed=args.seed,
                                progress=progress, into_existing=args.yes)
    finally:
        if show and shown >= 0:
            print(file=sys.stderr)
    print(f"{summary.line()} in {time.perf_counter() - started:.1f} s")
    return 0
