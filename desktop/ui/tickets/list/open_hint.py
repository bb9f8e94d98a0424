"""Under a list that stands alone (a narrow window: no reading pane), how a ticket opens.

A new admin at 1024 px saw rows, selected one, and nothing said that Enter (or a double
click) opens it over the list; in a wide window the selected ticket shows beside the list
and needs no such line. The keys named are the ones the table answers
(TicketTableView.keyPressEvent: Return and the keypad's Enter; a double click).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.wrapped_label import WrappedLabel


class OpenHint(WrappedLabel):
    """A quiet line under ``table``, and the table's accessible description, while the
    list stands alone; nothing at all beside a reading pane or over an empty list."""

    def __init__(self, name: str, table: QAbstractItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_open_hint")
        set_text_role(self, TextRole.SECONDARY)
        self._table = table
        self._wanted = False
        self._said = ""
        self.retranslate_ui()
        self.hide()

    def show_for(self, *, rows_shown: bool, docked: bool) -> None:
        """Shown under rows in a list with no reading pane beside it."""
        self._wanted = rows_shown and not docked
        self.setVisible(self._wanted)
        self._table.setAccessibleDescription(self._said if self._wanted else "")

    def retranslate_ui(self) -> None:
        # "Enter", as the keyboard shortcuts list names the key (Qt calls it Return).
        self._said = self.tr("Enter or double-click opens the selected ticket.")
        self.setText(self._said)
        if self._wanted:
            self._table.setAccessibleDescription(self._said)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
