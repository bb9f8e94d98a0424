"""Telling the admin that support answered: a system-tray message, or the taskbar's alert."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from desktop.api.models import TicketSummary

MESSAGE_MS = 10_000


class AnswerNotifier(QObject):
    """Shows one notification per new answer, unless Settings turned them off."""

    notified = Signal(str, str)  # title, text: also shown in the status bar
    open_requested = Signal(str)  # the user clicked the notification: open this ticket

    def __init__(self, window: QWidget, enabled: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._enabled = enabled
        self._last_ticket_id = ""
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(QIcon(icon), self)
            self._tray.messageClicked.connect(self._clicked)
            self._tray.activated.connect(lambda _reason: self._clicked())

    @property
    def uses_tray(self) -> bool:
        return self._tray is not None

    def answer_arrived(self, ticket: TicketSummary) -> None:
        if not self._enabled():
            return
        self._last_ticket_id = ticket.id
        title = self.tr("New answer from support")
        text = self.tr("#{number} {subject}").format(number=ticket.number, subject=ticket.subject)
        self.notified.emit(title, text)
        if self._tray is not None:
            self._tray.show()
            self._tray.setToolTip(self.tr("Premium Support Desk"))
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        else:
            QApplication.alert(self._window)  # flashes the taskbar entry or bounces the dock

    def _clicked(self) -> None:
        if self._last_ticket_id:
            self.open_requested.emit(self._last_ticket_id)
