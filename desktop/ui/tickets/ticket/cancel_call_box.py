"""Cancel callback: asked first, each choice naming what it does (R15).

R15 lets the admin cancel a call still queued and says nothing of the ticket, so the
admin chooses: the call cancelled and the ticket kept open (support answers it in
writing, as a request), the call cancelled and the ticket solved, or no change. Keeping
the call is the default (Enter, Esc): nothing is undone by a stray key.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.notices.ask_first_box import AskFirstBox


class CancelCallBox(AskFirstBox):
    chosen = Signal(bool)  # keep_open: True keeps the ticket open, False solves it

    def __init__(self, phone: str, parent: QWidget | None = None) -> None:
        super().__init__("cancel_callback_box", parent)
        self.setWindowTitle(self.tr("Cancel callback"))
        self.setText(
            self.tr(
                "Cancel the call to {phone}? You leave the queue: support will not call."
            ).format(phone=phone)
        )
        self.setInformativeText(
            self.tr(
                "Kept open, the ticket stays with support as a written request: the answer "
                "comes here and by e-mail. Mark it solved only if you no longer need help."
            )
        )
        self.keep_open_button = self.choice(
            "cancel_call_keep_open_button",
            self.tr("Cancel the call, keep the ticket open"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.solve_button = self.choice(
            "cancel_call_solve_button",
            self.tr("Cancel the call and mark solved"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.keep_call_button = self.choice(
            "keep_call_button",
            self.tr("Keep waiting for the call"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.keep_by_default(self.keep_call_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.keep_open_button:
            self.chosen.emit(True)
        elif button is self.solve_button:
            self.chosen.emit(False)
