"""Telling the admin that support answered: a system-tray message, or the taskbar's alert."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api.models import TicketSummary

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

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
        # Made with the first answer: the tray's classes are not needed to start.
        self._tray: QSystemTrayIcon | None = None
        self._tray_checked = False

    @property
    def uses_tray(self) -> bool:
        return self._tray_icon() is not None

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if not self._tray_checked:
            self._tray_checked = True
            from PySide6.QtGui import QIcon
            from PySide6.QtWidgets import QStyle, QSystemTrayIcon

            if QSystemTrayIcon.isSystemTrayAvailable():
                window = self._window
                icon = window.windowIcon()
                if icon.isNull():
                    pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
                    icon = window.style().standardIcon(pixmap)
                self._tray = QSystemTrayIcon(QIcon(icon), self)
                self._tray.messageClicked.connect(self._clicked)
                self._tray.activated.connect(lambda _reason: self._clicked())
        return self._tray

    def answer_arrived(self, ticket: TicketSummary) -> None:
        if not self._enabled():
            return
        self._last_ticket_id = ticket.id
        title = self.tr("New answer from support")
        text = self.tr("#{number} {subject}").format(number=ticket.number, subject=ticket.subject)
        self.notified.emit(title, text)
        tray = self._tray_icon()
        if tray is not None:
            tray.show()
            tray.setToolTip(self.tr("Premium Support Desk"))
            tray.showMessage(title, text, tray.MessageIcon.Information, MESSAGE_MS)
        else:
            QApplication.alert(self._window)  # flashes the taskbar entry or bounces the dock

    def _clicked(self) -> None:
        if self._last_ticket_id:
            self.open_requested.emit(self._last_ticket_id)
