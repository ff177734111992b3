"""Typed access to the user's preferences and remembered window state (QSettings).

Only things that belong to one user on one machine live here; business
settings shared by every workstation live in the database (``Setting``).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QHeaderView, QSplitter

UI_LANGUAGES = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
#: Where the registry's record pane stands: beside the list or under it.
RECORD_PANE_RIGHT, RECORD_PANE_BOTTOM = "right", "bottom"


class Settings:
    """Properties with defaults over one QSettings store.

    Tests pass a QSettings on a temporary ini file; the app uses the
    organisation / application names set on the QApplication.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store if store is not None else QSettings()

    @property
    def store(self) -> QSettings:
        return self._s

    def sync(self) -> None:
        self._s.sync()

    # -- preferences -------------------------------------------------------
    @property
    def ui_language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in UI_LANGUAGES else DEFAULT_LANGUAGE

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        if value not in UI_LANGUAGES:
            raise ValueError(f"unknown UI language {value!r}")
        self._s.setValue("ui/language", value)

    @property
    def last_folder(self) -> str:
        folder = str(self._s.value("files/last_folder", "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._s.setValue("files/last_folder", str(value))

    def export_language(self, report: str) -> str | None:
        """The label language last chosen for a report (None: its default)."""
        value = self._s.value(f"exports/{report}/language")
        return str(value) if value else None

    def set_export_language(self, report: str, value: str) -> None:
        self._s.setValue(f"exports/{report}/language", value)

    # -- remembered state --------------------------------------------------
    @property
    def last_username(self) -> str:
        """Who signed in last on this machine (offered in the sign-in dialog)."""
        return str(self._s.value("session/last_username", "") or "")

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._s.setValue("session/last_username", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def current_area(self) -> str:
        return str(self._s.value("window/area", "") or "")

    @current_area.setter
    def current_area(self, value: str) -> None:
        self._s.setValue("window/area", value)

    @property
    def record_pane(self) -> str:
        value = str(self._s.value("window/record_pane", RECORD_PANE_RIGHT) or "")
        return value if value in (RECORD_PANE_RIGHT, RECORD_PANE_BOTTOM) else RECORD_PANE_RIGHT

    @record_pane.setter
    def record_pane(self, value: str) -> None:
        if value not in (RECORD_PANE_RIGHT, RECORD_PANE_BOTTOM):
            raise ValueError(f"unknown record pane position {value!r}")
        self._s.setValue("window/record_pane", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"splitters/{name}", value)

    def header_state(self, table: str) -> QByteArray | None:
        """Column widths, order and sort indicator of a table (QHeaderView.saveState)."""
        return self._bytes(f"tables/{table}/header")

    def set_header_state(self, table: str, value: QByteArray) -> None:
        self._s.setValue(f"tables/{table}/header", value)

    # The areas remember their splitters and table columns the same way.
    def remember_splitter(self, name: str, splitter: QSplitter) -> None:
        self.set_splitter_state(name, splitter.saveState())

    def restore_splitter(self, name: str, splitter: QSplitter,
                         default: Sequence[int] | None = None) -> bool:
        """The remembered sizes; else ``default`` (shares of the room, scaled to it).
        True when remembered sizes were restored."""
        state = self.splitter_state(name)
        if state is not None and splitter.restoreState(state):
            return True
        if default is not None:
            splitter.setSizes(list(default))
        return False

    def remember_header(self, table: str, header: QHeaderView) -> None:
        self.set_header_state(table, header.saveState())

    def restore_header(self, table: str, header: QHeaderView) -> None:
        state = self.header_state(table)
        if state is not None:
            header.restoreState(state)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, (bytes, bytearray)) and value:
            return QByteArray(bytes(value))
        return None
