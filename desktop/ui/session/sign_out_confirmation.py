"""Signing out with work not sent yet: the box says what there is, and what becomes of it.

Drafts and the outbox live in the account's store, which a sign-out closes but never
deletes: the same account finds them again at its next sign-in. The outbox then sends
what was waiting (also what failed only for being signed out, Outbox.session_restored);
what the service refused (or a file gone) waits there with its reason, as before.
Each kind is named only when there is some: a draft alone is no "message in the outbox".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.outbox import SIGNED_OUT
from desktop.store.account import AccountStore


class Unsent(NamedTuple):
    drafts: int
    waiting: int  # in the outbox, sent at the next sign-in
    failed: int  # in the outbox, not sent by itself: the user decides

    @property
    def total(self) -> int:
        return self.drafts + self.waiting + self.failed


def unsent_in(store: AccountStore | None) -> Unsent:
    if store is None:
        return Unsent(0, 0, 0)
    items = store.outbox.items()
    failed = sum(1 for i in items if i.failed and i.error_code != SIGNED_OUT)
    return Unsent(drafts=len(store.drafts.all()), waiting=len(items) - failed, failed=failed)


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
        self.setText(
            self.tr(
                "Sign out? What you have not sent stays on this computer, for when you "
                "sign in with this account again."
            )
        )
        unsent, lines = self.unsent, []
        if unsent.drafts:
            lines.append(self.tr("%n draft(s), in Drafts and outbox.", "", unsent.drafts))
        if unsent.waiting:
            lines.append(
                self.tr(
                    "%n message(s) waiting in the outbox: sent when you sign in again.",
                    "",
                    unsent.waiting,
                )
            )
        if unsent.failed:
            lines.append(
                self.tr(
                    "%n message(s) that could not be sent: in Drafts and outbox, with the reason.",
                    "",
                    unsent.failed,
                )
            )
        # One bullet a kind: a line that wraps still reads as one (ja wraps each).
        self.setInformativeText("\n".join(f"• {line}" for line in lines))

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
