"""What an empty list says, and the one thing to do next (Contact support, Clear filters)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.look.qt_values import ALIGN_CENTER
from desktop.ui.text.wrapped_label import WrappedLabel


class EmptyState(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = WrappedLabel()
        self.label.setObjectName(f"{name}_placeholder")
        # As a property: setAlignment() would name Qt.AlignmentFlag (qt_values.py).
        self.label.setProperty("alignment", ALIGN_CENTER)
        self.action = QPushButton()
        self.action.setObjectName(f"{name}_empty_action")
        self.action.hide()
        self.action.clicked.connect(self._act)
        self._do: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        row = QHBoxLayout()  # centred by stretches: an alignment would name Qt's enums
        row.addStretch(1)
        row.addWidget(self.action)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_state(self, text: str, action: tuple[str, Callable[[], None]] | None = None) -> None:
        """The message, and a button for what to do next (none: nothing to do here)."""
        self.label.setText(text)
        self._do = action[1] if action is not None else None
        self.action.setVisible(action is not None)
        if action is not None:
            self.action.setText(action[0])

    def _act(self) -> None:
        if self._do is not None:
            self._do()
