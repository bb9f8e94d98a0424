"""The one error surface: a non-blocking message box, translated, with details to copy."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.text.error_text import describe
from desktop.ui.text.wrapped_message_box import WrappedMessageBox

log = logging.getLogger(__name__)


class ErrorPresenter:
    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self.last_box: QMessageBox | None = None

    def show(self, error: BaseException) -> QMessageBox:
        message = describe(error)
        if message.expected:
            log.info("shown to the user: %r", error)
        else:
            log.error("unexpected error", exc_info=error)
        # Wrapped as a label is: a plain box broke "ウィン" from "ドウ" at a line's end (a
        # newcomer). text() is still the text as set; a copied selection is cleaned.
        box = WrappedMessageBox(self._parent())
        box.setObjectName("error_box")
        box.setIcon(QMessageBox.Icon.Warning if message.expected else QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorPresenter", "Premium Support Desk"))
        box.setText(message.text)
        if message.details:
            box.setDetailedText(message.details)
            copy = box.addButton(
                QCoreApplication.translate("ErrorPresenter", "Copy details"),
                QMessageBox.ButtonRole.ActionRole,
            )
            copy.setObjectName("copy_details_button")
            details = message.details
            # ActionRole buttons close the box by default; copying should not.
            copy.clicked.disconnect()
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()  # never exec(): a nested loop would stall the async work
        self.last_box = box
        return box
