"""What an empty list says, and the next thing to do (Contact support, Clear search).

Two things at most: a search with no hits under a filter offers to clear either
("Clear search", "Clear filters"), each saying what it clears.
"""

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
        self.second_action = QPushButton()
        self.second_action.setObjectName(f"{name}_empty_second_action")
        self.second_action.hide()
        self.second_action.clicked.connect(self._act_second)
        self._do_second: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        row = QHBoxLayout()  # centred by stretches: an alignment would name Qt's enums
        row.addStretch(1)
        row.addWidget(self.action)
        row.addWidget(self.second_action)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_state(
        self,
        text: str,
        action: tuple[str, Callable[[], None]] | None = None,
        second: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        """The message, and a button for what to do next (none: nothing to do here), and
        a second one beside it where there are two."""
        self.label.setText(text)
        self._do = action[1] if action is not None else None
        self.action.setVisible(action is not None)
        if action is not None:
            self.action.setText(action[0])
        self._do_second = second[1] if second is not None else None
        self.second_action.setVisible(second is not None)
        if second is not None:
            self.second_action.setText(second[0])

    def _act(self) -> None:
        if self._do is not None:
            self._do()

    def _act_second(self) -> None:
        if self._do_second is not None:
            self._do_second()
