"""The kit every list is made of, and the base of a page that is one list.

``ListKit`` is what each list table shares, wherever it stands (an area, a
tab, a dialog): the look (``table.setup_table``), titles never cut short
(``list_header.ListHeader``), the column chooser (header context menu and the
window's "Columns…"), the columns shown, their order, widths and the sort
remembered per list in the user's settings, and "Export…" of exactly what is
shown (the visible columns in the clerk's order, each written as its
``Column`` declares it).

``ListPage`` is an area that is one list with its filters: a search box that
waits the one typing delay (``table.TYPING_DELAY_MS``) and Esc clears, filter
widgets that apply at once, the count, "Export…", the empty state, and reading
itself again when a change it cares about is announced (``ops.Change``).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ..area import EXPORT, REFRESH, AreaContext, AreaPage
from ..ops import Change
from ..settings import Settings
from .list_header import ColumnChooser, ListHeader
from .table import Column, clear_on_escape, setup_table, typing_timer

#: Pause after a column is dragged wider or moved before the layout is remembered.
_REMEMBER_DELAY_MS = 500


class ListKit(QObject):
    """One list table's shared behaviour (see the module docstring).

    ``key`` names the list in the settings (``tables/<key>/header``); ``settings``
    may be None (then nothing is remembered), ``sort`` is the first-run
    (column, order) of a sortable list.
    """

    def __init__(self, table: QTableView, columns: Sequence[Column], key: str, *,
                 settings: Settings | None = None, stretch: str | None = None,
                 multi: bool = False, movable: bool = True,
                 sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        super().__init__(table)
        self.setObjectName(f"{key}ListKit")
        self.table = table
        self.columns = tuple(columns)
        self.key = key
        self.settings = settings
        setup_table(table, self.columns, multi=multi, stretch=stretch)
        header = self.header
        header.setSectionsMovable(movable)
        if sort is not None:
            header.setSortIndicator(*sort)
            table.setSortingEnabled(True)
        header.fit()
        self._defaults = header.saveState()
        self._remember = QTimer(self, singleShot=True, interval=_REMEMBER_DELAY_MS)
        self._remember.timeout.connect(self.save)
        header.sectionResized.connect(self._layout_changed)
        header.sectionMoved.connect(self._layout_changed)
        header.sortIndicatorChanged.connect(self._layout_changed)
        header.chooserRequested.connect(self.show_chooser)
        self._restoring = False

    @property
    def header(self) -> ListHeader:
        return self.table.horizontalHeader()

    @classmethod
    def of(cls, table: QTableView) -> ListKit | None:
        """The kit of a table (None for a table without one)."""
        return table.findChild(ListKit, options=Qt.FindChildOption.FindDirectChildrenOnly)

    # -- columns shown -------------------------------------------------------------
    def visible_keys(self) -> list[str]:
        """The keys of the columns shown, in the clerk's order."""
        header = self.header
        logical = (header.logicalIndex(v) for v in range(header.count()))
        return [self.columns[c].key for c in logical if not header.isSectionHidden(c)]

    def set_column_shown(self, key: str, shown: bool) -> None:
        section = next(i for i, c in enumerate(self.columns) if c.key == key)
        self._toggle(section, shown)

    def _toggle(self, section: int, shown: bool) -> None:
        header = self.header
        if not shown and sum(not header.isSectionHidden(s) for s in range(header.count())) <= 1:
            return  # the last column stays
        header.setSectionHidden(section, not shown)
        header.fit()
        self.save()

    def restore_defaults(self) -> None:
        """Every column shown, in the first order and widths (the sort is kept)."""
        header = self.header
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self._restoring = True
        try:
            header.restoreState(self._defaults)
            header.setSortIndicator(column, order)
        finally:
            self._restoring = False
        header.fit()
        self.save()

    def chooser(self, parent: QWidget | None = None) -> ColumnChooser:
        return ColumnChooser(self.header, self._toggle, self.restore_defaults,
                             parent or self.table)

    def show_chooser(self, where: QPoint | None = None) -> None:
        """The column chooser as a menu at ``where`` (global; the mouse pointer)."""
        menu = self.chooser()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where if where is not None else QCursor.pos())

    # -- remembered ----------------------------------------------------------------
    def save(self, settings: Settings | None = None) -> None:
        self._remember.stop()
        target = settings or self.settings
        if target is not None:
            target.remember_header(self.key, self.header)

    def restore(self, settings: Settings | None = None) -> None:
        """The remembered columns, order, widths and sort; widths a title needs kept."""
        source = settings or self.settings
        if source is None:
            return
        self._restoring = True
        try:
            source.restore_header(self.key, self.header)
        finally:
            self._restoring = False
        self.header.fit()

    def _layout_changed(self, *_args) -> None:
        if not self._restoring:
            self._remember.start()

    # -- export --------------------------------------------------------------------
    def export(self, parent: QWidget | None, ops, settings: Settings, *, name: str,
               title: str, lines: Sequence[str] = (), details: Mapping[str, Any] | None = None,
               lang: str = "ru"):
        """"Export…" of what the table shows (its visible columns, rows and order)."""
        from ..list_export import export_paged_view, export_view
        from .paged import PagedModel

        run = export_paged_view if isinstance(self.table.model(), PagedModel) else export_view
        return run(parent, ops, settings, self.table, name=name, title=title, lines=lines,
                   details=details, lang=lang)


class ListPage(AreaPage):
    """An area that is one list (see the module docstring).

    A subclass builds its model, then calls ``make_list(...)``, adds its filters
    with ``add_filter`` and lays out ``self.bar`` (search, filters, count,
    export) above ``self.table``; it says what a filter means in ``apply_filter``
    and, for the export, in ``export_lines`` / ``export_details``.
    """

    #: Change kinds (``ops.changes``) after which the list reads itself again.
    WATCHES: tuple[str, ...] = ()
    #: The list's name in the settings (its remembered columns).
    LIST_NAME = ""
    #: Its name in the export's file name and audit trail (default: ``LIST_NAME``).
    EXPORT_NAME = ""

    def __init__(self, ctx: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ctx.ops
        self._settings = ctx.settings
        self._lang = ctx.lang
        self._typing = typing_timer(self, self.apply_filter)
        self.searchEdit: QLineEdit | None = None
        ctx.ops.changed.connect(self._heard)

    # -- building ------------------------------------------------------------------
    def make_list(self, model, columns: Sequence[Column], table_name: str, *,
                  stretch: str | None = None, multi: bool = False,
                  sort: tuple[int, Qt.SortOrder] | None = None,
                  search: str | None = None, search_tip: str = "",
                  export_tip: str = "") -> None:
        """The table, its kit, the count, "Export…" and (given a placeholder) the search box."""
        self.model = model
        self.table = QTableView(self, objectName=table_name)
        self.table.setModel(model)
        self.kit = ListKit(self.table, columns, self.LIST_NAME, settings=self._settings,
                           stretch=stretch, multi=multi, sort=sort)
        self.countLabel = QLabel(self, objectName="countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The base's own context: self.tr would look the words up under the subclass's name.
        self.exportButton = QPushButton(QCoreApplication.translate("ListPage", "Export…"),
                                        self, objectName="exportButton")
        self.exportButton.setToolTip(export_tip or QCoreApplication.translate(
            "ListPage", "Save the list as shown (filters, order, columns) to an Excel or CSV "
                        "file (Ctrl+E)"))
        self.exportButton.clicked.connect(self.export_list)
        if search is not None:
            self.searchEdit = QLineEdit(self, objectName="searchEdit", clearButtonEnabled=True)
            self.searchEdit.setPlaceholderText(search)
            if search_tip:
                self.searchEdit.setToolTip(search_tip)
            self.searchEdit.textChanged.connect(self._typing.start)
            self.searchEdit.returnPressed.connect(self.apply_filter)
            clear_on_escape(self.searchEdit)
        self.setFocusProxy(self.searchEdit or self.table)

    def add_filter(self, widget: QWidget) -> QWidget:
        """A filter: a choice applies at once, a typed number after the typing delay."""
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.apply_filter)
        elif hasattr(widget, "valueChanged"):
            widget.valueChanged.connect(self._typing.start)
        elif hasattr(widget, "textChanged"):
            widget.textChanged.connect(self._typing.start)
        return widget

    def bar(self, left: Iterable[QWidget] = (), *, stretch_search: int = 1) -> QHBoxLayout:
        """A row of the search box, ``left`` widgets, then the count and "Export…"."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if self.searchEdit is not None:
            row.addWidget(self.searchEdit, stretch_search)
        for widget in left:
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.countLabel)
        row.addWidget(self.exportButton)
        return row

    # -- what subclasses say ---------------------------------------------------------
    def search_text(self) -> str:
        return self.searchEdit.text().strip() if self.searchEdit is not None else ""

    def apply_filter(self) -> None:
        """Show the rows the search and filters ask for (override; call ``super()`` first)."""
        self._typing.stop()

    def export_title(self) -> str:
        raise NotImplementedError

    def export_lines(self) -> list[str]:
        """The search and filters as lines under the sheet's title."""
        text = self.search_text()
        if not text:
            return []
        return [QCoreApplication.translate("ListPage", "Search: %1").replace("%1", text)]

    def export_details(self) -> dict[str, Any]:
        """The filter as the export's audit event records it."""
        return {"search": self.search_text()} if self.searchEdit is not None else {}

    def changed(self, change: Change) -> None:
        """A change this list watches was announced: read it again (override to do more)."""
        self.refresh()

    # -- AreaPage ------------------------------------------------------------------
    def commands(self) -> set[str]:
        return {REFRESH, EXPORT}

    def find(self) -> None:
        target = self.searchEdit or self.table
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.searchEdit is not None:
            self.searchEdit.selectAll()

    def export_list(self) -> None:
        self.apply_filter()  # a search typed a moment ago counts
        if self.kit.export(self, self._ops, self._settings,
                           name=self.EXPORT_NAME or self.LIST_NAME,
                           title=self.export_title(), lines=self.export_lines(),
                           details=self.export_details() or None,
                           lang=self._lang) is not None:
            self.statusMessage.emit(QCoreApplication.translate("ListPage",
                                                               "The list is exported."))

    def save_state(self, settings: Settings) -> None:
        self.kit.save(settings)

    def restore_state(self, settings: Settings) -> None:
        self.kit.restore(settings)

    def _heard(self, change: Change) -> None:
        if self.WATCHES and change.touches(*self.WATCHES):
            self.changed(change)
