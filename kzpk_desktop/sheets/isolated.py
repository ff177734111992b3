"""Reading a sheet's cells in a child process, so that no file can take the app down with it.

python-calamine is fast, but it is native code: a hostile or broken file can
make it panic (a date serial no calendar holds), allocate until the process
aborts (exit 134), or spend minutes. Here the cells are read by a child
process (``python -m kzpk_desktop.sheets.isolated``) that

1. sets its own limits first: an address-space ceiling (``RLIMIT_AS``) and a
   CPU-time ceiling (``RLIMIT_CPU``), so a runaway allocation ends as a
   ``MemoryError`` or an abort of the child, never as swapping;
2. measures the workbook (``bounds.check_parts``, ``bounds.check_extent``)
   before calamine opens it;
3. reads the first candidate sheet that has data and sends back its non-empty
   rows (pickled on stdout), or the refusal, or why it failed.

The parent turns every other ending (a signal, an exit code, no answer, a
garbled answer) into one ``SpreadsheetRefused`` line; it waits for the child
in short steps so that ``cancelled()`` can stop it, and it measures the
child's peak memory (``ChildUsage``).

Windows has no ``resource`` module: there the child puts itself into a Job
Object whose ``JOB_OBJECT_LIMIT_PROCESS_MEMORY`` is the same memory ceiling
(committed memory: an allocation past it fails, which Python raises as
``MemoryError``); no CPU ceiling there. If Windows refuses the job, the child
reads without the ceiling: it still isolates the app from the reader, and the
bounds checked before reading keep the work within what the limit would
allow. (This Windows part has not been run by the tests, which run on Linux.)

Start-up costs 40-80 ms (a Python interpreter, this package and calamine;
nothing of Qt, SQLAlchemy or the services is imported): bench/RESULTS.md.
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..messages import N_
from .bounds import MB, Limits, SheetExtent, check_dimension, check_parts, declared_dimension
from .cells import filled
from .errors import SpreadsheetRefused, damaged

#: Rows sent back: (Excel row number, the row's cells from column A).
Rows = list[tuple[int, tuple]]
#: How often the parent looks at ``cancelled()`` while the child reads.
_POLL_SECONDS = 0.05
#: The child's answer on stdout; everything else it prints goes to stderr.
_MAGIC = b"KZPK-SHEET-1\n"


@dataclass(frozen=True)
class SheetPart:
    """A sheet to read: its name (calamine's key) and its part in the zip."""

    name: str
    part: str


@dataclass(frozen=True)
class ChildUsage:
    """What the reading process cost: its peak resident memory (KiB; None if unknown)."""

    peak_kib: int | None
    seconds: float


@dataclass(frozen=True)
class SheetRows:
    """The first candidate sheet with data and its non-empty rows; ``sheet`` None: all empty."""

    sheet: str | None
    rows: Rows
    usage: ChildUsage


class ReadCancelled(Exception):
    """``cancelled()`` answered True; the child was stopped."""


# --- the parent ------------------------------------------------------------------------------

def read_rows(path: Path, candidates: list[SheetPart], limits: Limits, *,
              cancelled: Callable[[], bool] | None = None) -> SheetRows:
    """Read, in a child process, the first of ``candidates`` that has a filled cell.

    Raises ``SpreadsheetRefused`` (its ``usage``: the ``ChildUsage``) for a file
    over the limits, damaged, or one the reader could not read for any reason;
    ``ReadCancelled`` when ``cancelled()`` turned True.
    """
    request = pickle.dumps({"path": str(path), "candidates": candidates, "limits": limits},
                           protocol=pickle.HIGHEST_PROTOCOL)
    started = time.perf_counter()
    try:
        child = subprocess.Popen(
            _child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=_child_env(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError as exc:
        raise SpreadsheetRefused(
            N_("The spreadsheet reader could not be started ({reason}); nothing was imported."),
            reason=exc.strerror or str(exc)) from None
    out, err = _Collector(child.stdout), _Collector(child.stderr, keep=8192)
    try:
        child.stdin.write(request)
        child.stdin.close()
    except OSError:
        pass  # the child ended at once: its exit status says why
    status, peak = _wait(child, cancelled, limits)
    out.join(), err.join()
    answer = _answer(out.data)
    if answer is not None and len(answer) == 4 and answer[3] is not None:
        # The child's own count: the rusage its parent sees starts from the parent's size
        # at the fork, which says nothing of what the file cost.
        peak, answer = answer[3], answer[:3]
    usage = ChildUsage(peak, time.perf_counter() - started)
    if answer is None:
        refusal = _failure(path.name, status, err.data, limits)
    elif answer[0] == "rows":
        return SheetRows(answer[1], answer[2], usage)
    else:
        refusal = SpreadsheetRefused(answer[1], **answer[2])
    refusal.usage = usage  # what the refused read cost (tests, benchmarks)
    raise refusal


#: The argument that turns a frozen executable (the desktop bundle's ``kzpk`` or
#: ``kzpk-desktop``) into the reading process: there ``sys.executable`` is the app itself,
#: not a Python that could run ``-c``.
CHILD_FLAG = "--kzpk-spreadsheet-reader"


def serve_if_asked(argv: list[str] | None = None) -> None:
    """Called first by the entry points: when started as the reading process, read the one
    spreadsheet asked for on standard input, answer on standard output and exit."""
    argv = sys.argv if argv is None else argv
    if argv[1:2] == [CHILD_FLAG]:
        sys.exit(_child_main())


def _child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    # -P: the working folder is not put on sys.path; the child imports this very
    # package (wherever the parent imported it from) as a module, not as __main__,
    # so the classes pickled both ways are the same ones.
    root = str(Path(__file__).resolve().parents[2])
    code = (f"import sys; sys.path.insert(0, {root!r}); "
            f"from {__name__} import _child_main; sys.exit(_child_main())")
    return [sys.executable, "-P", "-c", code]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["RUST_BACKTRACE"] = "0"  # a panic is one line on stderr, not a backtrace
    return env


class _Collector(threading.Thread):
    """Reads a pipe to its end in the background (``keep``: only the last bytes)."""

    def __init__(self, pipe, keep: int | None = None) -> None:
        super().__init__(daemon=True)
        self._pipe, self._keep = pipe, keep
        self._chunks: list[bytes] = []
        self.start()

    def run(self) -> None:
        with self._pipe:
            while chunk := self._pipe.read(1024 * 1024):
                self._chunks.append(chunk)
                if self._keep is not None and len(self._chunks) > 2:
                    self._chunks = [b"".join(self._chunks)[-self._keep:]]

    @property
    def data(self) -> bytes:
        return b"".join(self._chunks)


def _wait(child: subprocess.Popen, cancelled: Callable[[], bool] | None, limits: Limits
          ) -> tuple[int, int | None]:
    """Wait for the child; its exit status and peak memory (KiB). Kills it on cancel."""
    deadline = time.monotonic() + limits.cpu_seconds * 2  # a child stuck without using CPU
    stop = None
    while True:
        ended = _reap(child)
        if ended is not None:
            break
        if stop is None and cancelled is not None and cancelled():
            stop = "cancelled"
        elif stop is None and time.monotonic() > deadline:
            stop = "deadline"
        if stop is not None:
            child.kill()
            ended = _reap(child, block=True)
            break
        time.sleep(_POLL_SECONDS)
    if stop == "cancelled":
        raise ReadCancelled()
    return ended


def _reap(child: subprocess.Popen, block: bool = False) -> tuple[int, int | None] | None:
    """(exit status, peak KiB) once the child has ended; None while it runs."""
    if hasattr(os, "wait4"):
        pid, status, usage = os.wait4(child.pid, 0 if block else os.WNOHANG)
        if pid == 0:
            return None
        # Reaped here, so Popen must not wait for it again.
        child.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        return child.returncode, peak
    try:
        child.wait(timeout=None if block else 0)
    except subprocess.TimeoutExpired:
        return None
    return child.returncode, None


def _answer(data: bytes):
    start = data.rfind(_MAGIC)
    if start < 0:
        return None
    try:
        return pickle.loads(data[start + len(_MAGIC):])
    except Exception:  # a child killed while writing: no answer
        return None


def _failure(file: str, status: int, stderr: bytes, limits: Limits) -> SpreadsheetRefused:
    """The refusal for a child that ended without an answer."""
    text = stderr.decode("utf-8", "replace")
    if "memory allocation" in text or "MemoryError" in text:
        # Rust's allocator aborts (SIGABRT) when the address-space ceiling is reached.
        return _memory(file, limits)
    if status in (-24, -9, 152, 137):  # SIGXCPU at the CPU ceiling, or SIGKILL past the deadline
        return SpreadsheetRefused(
            N_("{file} was still being read after {limit} seconds; it is not imported. Save "
               "the list alone in a new workbook and import that."),
            file=file, limit=limits.cpu_seconds)
    return SpreadsheetRefused(
        N_("{file} could not be read: the spreadsheet reader stopped ({reason}). Open it in "
           "Excel, save it again and import the new file."),
        file=file, reason=_last_line(text) or f"exit status {status}")


def _memory(file: str, limits: Limits) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        N_("{file} needs more than {limit} MB of memory to read; it is not imported. Save the "
           "list alone in a new workbook and import that."),
        file=file, limit=limits.memory_bytes // MB)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


# --- the child -------------------------------------------------------------------------------

def _set_limits(limits: Limits) -> None:
    if sys.platform == "win32":
        _limit_windows_memory(limits.memory_bytes)
        return
    try:
        import resource
    except ImportError:  # neither POSIX nor Windows: no ceilings
        return
    for name, value in (("RLIMIT_AS", limits.memory_bytes), ("RLIMIT_CPU", limits.cpu_seconds)):
        kind = getattr(resource, name, None)
        if kind is None:
            continue
        soft, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(kind, (value, hard))
        except (ValueError, OSError):
            pass  # a lower ceiling is already set: it applies


def _limit_windows_memory(memory_bytes: int) -> bool:
    """Put this process into a new Job Object limited to ``memory_bytes`` of committed memory;
    False when Windows refused (the child then reads without the ceiling).

    Since Windows 8 a process may be in several (nested) jobs, so this works also when
    the app itself runs inside one. The job's handle is never closed: the job, and its
    limit, last as long as this process.
    """
    import ctypes
    from ctypes import wintypes

    class BasicLimits(ctypes.Structure):  # JOBOBJECT_BASIC_LIMIT_INFORMATION
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64),  # LARGE_INTEGER
                    ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", wintypes.DWORD),
                    ("MinimumWorkingSetSize", ctypes.c_size_t),  # SIZE_T
                    ("MaximumWorkingSetSize", ctypes.c_size_t),
                    ("ActiveProcessLimit", wintypes.DWORD),
                    ("Affinity", ctypes.c_size_t),  # ULONG_PTR
                    ("PriorityClass", wintypes.DWORD),
                    ("SchedulingClass", wintypes.DWORD)]

    class IoCounters(ctypes.Structure):  # IO_COUNTERS
        _fields_ = [(name, ctypes.c_uint64) for name in (
            "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
            "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

    class ExtendedLimits(ctypes.Structure):  # JOBOBJECT_EXTENDED_LIMIT_INFORMATION
        _fields_ = [("BasicLimitInformation", BasicLimits),
                    ("IoInfo", IoCounters),
                    ("ProcessMemoryLimit", ctypes.c_size_t),
                    ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t),
                    ("PeakJobMemoryUsed", ctypes.c_size_t)]

    job_object_extended_limit_information = 9  # JOBOBJECTINFOCLASS
    job_object_limit_process_memory = 0x00000100
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.argtypes = [wintypes.LPVOID, wintypes.LPCWSTR]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int,
                                                 wintypes.LPVOID, wintypes.DWORD]
    kernel32.SetInformationJobObject.restype = wintypes.BOOL
    kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
    kernel32.GetCurrentProcess.argtypes = []
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE

    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return False
    info = ExtendedLimits()
    info.BasicLimitInformation.LimitFlags = job_object_limit_process_memory
    info.ProcessMemoryLimit = memory_bytes
    if not kernel32.SetInformationJobObject(job, job_object_extended_limit_information,
                                            ctypes.byref(info), ctypes.sizeof(info)):
        return False
    return bool(kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()))


def _child_main() -> int:
    answer_to = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the answer goes to stdout
    request = pickle.loads(sys.stdin.buffer.read())
    limits: Limits = request["limits"]
    _set_limits(limits)
    path = Path(request["path"])
    try:
        answer = ("rows", *_read(path, request["candidates"], limits))
    except SpreadsheetRefused as exc:
        answer = ("refused", exc.template, exc.args_)
    except MemoryError:
        refusal = _memory(path.name, limits)
        answer = ("refused", refusal.template, refusal.args_)
    except BaseException as exc:  # noqa: BLE001 - calamine's PanicException is a BaseException
        refusal = _reader_error(path.name, exc)
        answer = ("refused", refusal.template, refusal.args_)
    data = pickle.dumps((*answer, _own_peak_kib()), protocol=pickle.HIGHEST_PROTOCOL)
    answer_to.write(_MAGIC + data)
    answer_to.flush()
    return 0


def _own_peak_kib() -> int | None:
    """This process's peak resident memory (KiB) since it started its program; None where
    /proc does not tell."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def _reader_error(file: str, exc: BaseException) -> SpreadsheetRefused:
    text = str(exc) or type(exc).__name__
    if type(exc).__name__ == "PanicException" and ("TimeDelta" in text or "date" in text.lower()):
        return SpreadsheetRefused(
            N_("{file} has a date cell holding a number no calendar has ({reason}). Find the "
               "cell (Excel shows it as #####), correct the date and import again."),
            file=file, reason=text.splitlines()[0][:200])
    return SpreadsheetRefused(N_("{file} is damaged: it cannot be read ({reason})."),
                              file=file, reason=text.splitlines()[0][:200])


def _read(path: Path, candidates: list[SheetPart], limits: Limits) -> tuple[str | None, Rows]:
    file = path.name
    try:
        zf = zipfile.ZipFile(path)
    except Exception:
        raise damaged(file) from None
    with zf:
        for c in candidates:
            try:
                with zf.open(c.part) as f:
                    head = f.read(4096)
            except KeyError:
                continue
            except Exception:
                raise damaged(file) from None
            check_dimension(file, c.name, declared_dimension(head), limits)
        # One pass over every part: real sizes, and the candidate sheets' cells as they
        # stream by (refused as soon as one is over the limits).
        check_parts(zf, file, limits,
                    scan={c.part: SheetExtent(file, c.name, limits) for c in candidates})
    import python_calamine  # only once the file is known to be within bounds

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        for c in candidates:
            sheet = book.get_sheet_by_name(c.name)
            rows = _filled_rows(sheet)
            if rows:
                return c.name, rows
    finally:
        book.close()
    return None, []


def _filled_rows(sheet) -> Rows:
    """The sheet's non-empty rows as (Excel row number, cells from column A)."""
    # skip_empty_area: the grid starts at the first used cell, not at A1 (a lone cell
    # at XFD20000 is one cell, not 327 million); ``start`` puts it back in place.
    grid = sheet.to_python(skip_empty_area=True)
    first_row, first_column = sheet.start or (0, 0)
    pad = ("",) * first_column
    rows: Rows = []
    for index, cells in enumerate(grid):
        if any(filled(v) for v in cells):
            while cells and not filled(cells[-1]):
                cells.pop()
            rows.append((first_row + index + 1, pad + tuple(cells)))
    return rows



