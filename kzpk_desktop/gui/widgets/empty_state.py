"""What an empty list says: what to do first, with the button that does it.

``EmptyState.attach(view, ...)`` lays a message over a table or tree view whose
model has no rows, and takes it away as soon as there are some. A list that
is empty because of the clerk's own search or filter says that instead (the
``filtered`` callable tells which), so nobody is invited to import people who
are merely filtered out.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: (button text, slot, enabled) — ``enabled`` False when the role may not do it.
Action = tuple[str, Callable[[], None], bool]


class EmptyState(QWidget):
    """The message over an empty view's viewport (see the module docstring)."""

    def __init__(self, view: QAbstractItemView, text: str, actions: Sequence[Action] = (), *,
                 filtered: Callable[[], bool] | None = None, filtered_text: str = "",
                 name: str = "emptyState") -> None:
        super().__init__(view.viewport())
        self.setObjectName(name)
        self._view = view
        self._filtered = filtered
        self.label = QLabel(self, objectName=f"{name}Label", wordWrap=True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for i, (caption, slot, enabled) in enumerate(actions):
            button = QPushButton(caption, self, objectName=f"{name}Button{i}")
            button.clicked.connect(slot)
            button.setEnabled(enabled)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addStretch(2)
        self.set_texts(text, filtered_text)
        view.viewport().installEventFilter(self)
        self._watch(view.model())
        self.update_visibility()

    @classmethod
    def attach(cls, view: QAbstractItemView, text: str, actions: Sequence[Action] = (),
               **kwargs) -> EmptyState:
        return cls(view, text, actions, **kwargs)

    def set_texts(self, text: str, filtered_text: str = "") -> None:
        self._text, self._filtered_text = text, filtered_text
        self.update_visibility()

    def set_action_texts(self, captions: Sequence[str]) -> None:
        for button, caption in zip(self.buttons, captions):
            button.setText(caption)

    def _watch(self, model) -> None:
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            # Counted once the model has settled (a reset may be followed by a fetch).
            signal.connect(lambda *_: QTimer.singleShot(0, self, self.update_visibility))

    def is_empty(self) -> bool:
        model = self._view.model()
        return model is None or model.rowCount() == 0

    def update_visibility(self) -> None:
        empty = self.is_empty()
        filtered = empty and self._filtered is not None and self._filtered()
        self.label.setText(self._filtered_text if filtered else self._text)
        for button in self.buttons:
            button.setVisible(not filtered)
        self.setVisible(empty and bool(self._filtered_text if filtered else self._text))
        if self.isVisible():
            self.setGeometry(self._view.viewport().rect())
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view.viewport() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False
