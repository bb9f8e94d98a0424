"""What the window shows while no one is signed in: that, and a way to sign in.

My tickets stood there before, empty, with its search box, filters, "2 columns hidden"
and a trend chart saying "Loading issue trends…" that never came: none of it works
without a session, and nothing said how to sign in again once the form was closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.look.theme import style_primary
from desktop.ui.tickets.list.empty_state import EmptyState


class SignedOutPage(EmptyState):
    """Says no one is signed in, and offers Sign in… (which opens the sign-in form)."""

    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("signed_out", parent)
        self.setObjectName("signed_out_page")
        style_primary(self.action)  # the one thing to do here
        self._covered = False
        self.retranslate_ui()

    def set_covered(self, covered: bool) -> None:
        """Hide the sentence and its button while the sign-in form is open over them:
        the form, centred on the window, left the sentence's end peeking out beside it
        ("t tickets."). Shown again, the button has the focus back."""
        self._covered = covered
        self.label.setVisible(not covered)
        self.action.setVisible(not covered)
        if not covered and self.isVisible():
            self.action.setFocus()

    def retranslate_ui(self) -> None:
        self.show_state(
            self.tr("You are not signed in. Sign in to see your support tickets."),
            (self.tr("Sign in…"), self.sign_in_requested.emit),
        )
        self.action.setAccessibleName(self.tr("Sign in"))
        if self._covered:  # show_state shows them
            self.set_covered(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
