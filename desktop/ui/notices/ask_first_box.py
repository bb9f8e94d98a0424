"""A question asked before an action that cannot be taken back (End chat, Cancel callback).

Each choice is a button that names what it does; the one that changes nothing is the
default and Esc's (a stray key undoes nothing), and the box goes when answered.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class AskFirstBox(QMessageBox):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setIcon(QMessageBox.Icon.Question)
        self.finished.connect(self.deleteLater)

    def choice(self, name: str, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        """A button named for tests and screen readers by what it does."""
        button = self.addButton(text, role)
        button.setObjectName(name)
        button.setAccessibleName(text)
        return button

    def keep_by_default(self, button: QPushButton) -> None:
        """``button`` changes nothing: Enter and Esc choose it."""
        self.setDefaultButton(button)
        self.setEscapeButton(button)
