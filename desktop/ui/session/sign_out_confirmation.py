"""Signing out with work not sent yet: the box says how much there is and that it is kept.

Drafts and the outbox live in the account's store, which a sign-out closes but never
deletes: the same account finds them again at its next sign-in (and the outbox sends).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store.account import AccountStore


class Unsent(NamedTuple):
    drafts: int
    outbox: int

    @property
    def total(self) -> int:
        return self.drafts + self.outbox


def unsent_in(store: AccountStore | None) -> Unsent:
    if store is None:
        return Unsent(0, 0)
    return Unsent(drafts=len(store.drafts.all()), outbox=len(store.outbox.items()))


class SignOutConfirmation(QMessageBox):
    """Asks before signing out; ``confirmed`` runs when the user signs out anyway."""

    def __init__(self, unsent: Unsent, confirmed: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sign_out_confirmation")
        self.setIcon(QMessageBox.Icon.Question)
        self.unsent = unsent
        self.sign_out_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.sign_out_button.setObjectName("sign_out_confirm_button")
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.sign_out_button.clicked.connect(confirmed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign out"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.setText(self.tr("%n item(s) not sent yet.", "", self.unsent.total))
        parts = []
        if self.unsent.drafts:
            parts.append(self.tr("%n draft(s)", "", self.unsent.drafts))
        if self.unsent.outbox:
            parts.append(self.tr("%n message(s) waiting in the outbox", "", self.unsent.outbox))
        self.setInformativeText(
            "\n".join(parts)
            + "\n\n"
            + self.tr(
                "They are kept on this computer. When you sign in with this account again, "
                "your drafts are there and the outbox sends what is waiting."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def confirm_sign_out(
    store: AccountStore | None, sign_out: Callable[[], None], parent: QWidget
) -> SignOutConfirmation | None:
    """Signs out at once when nothing is waiting; else asks first (the box is returned)."""
    unsent = unsent_in(store)
    if not unsent.total:
        sign_out()
        return None
    box = SignOutConfirmation(unsent, sign_out, parent)
    box.finished.connect(box.deleteLater)
    box.open()  # never exec(): a nested loop would stall the async work
    return box
