"""Said after a follower is removed: "Noah de Vries was removed. [Undo]", for a while.

A removal takes one press and sends no question first, so it can be taken back: Undo
asks the followers box to add the person again (through the same service call as Add
follower…). The line leaves by itself after UNDO_MS, or when another ticket is shown;
never while ``held()`` says the admin is in the followers section (the keyboard or the
mouse there): it waits until they have been out of it for HELD_RECHECK_MS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.ui.look.theme import FOCUS_RING_ROOM, TextRole, set_text_role
from desktop.ui.text.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from desktop.api.models import Follower

UNDO_MS = 10_000  # long enough to notice, read and reach Undo by keyboard
# Held past UNDO_MS (the admin in the section): looked at again this often, so the line
# stays this long after they leave it, and is never gone under the hand reaching Undo.
HELD_RECHECK_MS = 3_000


class RemovedFollowerLine(QWidget):
    undo_requested = Signal(object)  # Follower: the one to add back
    expiring = Signal()  # about to leave by itself: the keyboard may be on Undo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removed_follower_line")
        self.follower: Follower | None = None
        # Whether the admin is where the line is (set by its box): it stays meanwhile.
        self.held: Callable[[], bool] = lambda: False
        self.undo_ms = UNDO_MS
        self.recheck_ms = HELD_RECHECK_MS
        self.label = WrappedLabel()
        self.label.setObjectName("removed_follower_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as it is
        set_text_role(self.label, TextRole.SECONDARY)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_remove_follower_button")
        self.undo_button.clicked.connect(self._undo)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expire)
        layout = QHBoxLayout(self)
        # Room for Undo's focus ring all round (drawn in this line, cut at its edges).
        room = FOCUS_RING_ROOM
        layout.setContentsMargins(0, room, room, room)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_removed(self, follower: Follower) -> None:
        self.follower = follower
        self.retranslate_ui()
        self.show()
        self.timer.start(self.undo_ms)

    def dismiss(self) -> None:
        self.timer.stop()
        self.follower = None
        self.hide()

    def _undo(self) -> None:
        if self.follower is not None:
            self.undo_requested.emit(self.follower)

    def _expire(self) -> None:
        if self.held():
            self.timer.start(self.recheck_ms)  # not while the admin may be reaching Undo
            return
        self.expiring.emit()
        self.dismiss()

    def retranslate_ui(self) -> None:
        name = self.follower.name if self.follower is not None else ""
        self.label.setText(self.tr("{name} was removed from the followers.").format(name=name))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(
            self.tr("Undo: add {name} back to the followers").format(name=name)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
