"""Why a spreadsheet, or one of its cells, is not read: English templates with named fields."""
from __future__ import annotations

from ..messages import N_, MessageError


class SpreadsheetRefused(MessageError):
    """The file cannot be imported; nothing was read from it."""


class CellError(MessageError, ValueError):
    """A cell's value cannot be read as what its column holds."""


def damaged(file: str) -> SpreadsheetRefused:
    return SpreadsheetRefused(N_("{file} is damaged: it cannot be opened as a workbook."),
                              file=file)


def unreadable(file: str, reason: str) -> SpreadsheetRefused:
    return SpreadsheetRefused(N_("{file} is damaged: it cannot be read ({reason})."),
                              file=file, reason=reason)
