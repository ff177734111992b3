"""Qt's own dialogs speak the clerk's language: no English label left in the file dialog.

Qt's qtbase_ru.qm predates Qt 6's labels ("&Look in:", "Files of &type:", the
icon provider's "Folder"); resources/translations/qt_supplement_ru.ts fills them.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
                               QFileDialog, QLabel, QLineEdit, QWidget)

from kzpk_desktop.gui.i18n import install_translators

#: What Qt's file dialog shows in English (labels, buttons, tooltips, headers, file types).
ENGLISH = {"Look in:", "Files of type:", "File name:", "Open", "Save", "Cancel", "Choose",
           "Directory:", "Name", "Size", "Type", "Kind", "Date Modified", "Detail View",
           "List View", "Back", "Forward", "Parent Directory", "Create New Folder",
           "Folder", "File", "Drive", "Unknown", "Sidebar", "Files", "Computer",
           "My Computer", "Rename", "Delete", "Show hidden files", "New Folder"}


def plain(text: str) -> str:
    return text.replace("&", "").strip()


def texts_of(dialog: QFileDialog) -> list[str]:
    """Every word the clerk can read in the dialog, or hear read out."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        found += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), widget.rootIndex()
            found += [model.headerData(c, Qt.Orientation.Horizontal)
                      for c in range(model.columnCount(root))]
            # The Type column says "Folder" for a folder (QAbstractFileIconProvider).
            found += [model.index(r, c, root).data() for r in range(model.rowCount(root))
                      for c in range(model.columnCount(root)) if c != 1]  # 1: size, 1 bytes
    return [plain(t) for t in found if isinstance(t, str) and t.strip()]


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "rotation 3").mkdir()
    (tmp_path / "roster.xlsx").write_bytes(b"x")
    return tmp_path


def opened(qtbot, folder, mode) -> QFileDialog:
    dialog = QFileDialog(None, "KZPK", str(folder), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QAbstractItemView, "treeView")
    # The file system model fills its rows from a thread.
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 2)
    return dialog


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_no_english_word_is_left_in_qts_file_dialog(qtbot, folder, lang, mode):
    install_translators(QApplication.instance(), lang)
    dialog = opened(qtbot, folder, mode)
    shown = texts_of(dialog)
    assert "rotation 3" in shown  # the walk does reach the file list
    assert [t for t in shown if t in ENGLISH] == []


@pytest.mark.parametrize("lang, look_in, file_type, folder_type", [
    ("ru", "Папка:", "Тип файлов:", "Папка"),
    ("kk", "Қайда қарау:", "Файлдар түрі:", "Бума")])
def test_the_labels_qts_russian_file_lacked_are_in_words(qtbot, folder, lang, look_in,
                                                           file_type, folder_type):
    install_translators(QApplication.instance(), lang)
    dialog = opened(qtbot, folder, "open")
    assert plain(dialog.findChild(QLabel, "lookInLabel").text()) == look_in
    assert plain(dialog.findChild(QLabel, "fileTypeLabel").text()) == file_type
    view = dialog.findChild(QAbstractItemView, "treeView")
    root = view.rootIndex()
    rows = {view.model().index(r, 0, root).data(): view.model().index(r, 2, root).data()
            for r in range(view.model().rowCount(root))}
    assert rows["rotation 3"] == folder_type
