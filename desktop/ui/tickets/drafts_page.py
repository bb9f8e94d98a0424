"""Drafts: every reply written and not sent yet, newest first; Enter opens its ticket."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.tickets import TicketService
from desktop.ui.durations import relative_time

EXCERPT = 90  # characters of the draft shown in the list


class DraftsPage(QWidget):
    ticket_open_requested = Signal(str)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafts_page")
        self._service: TicketService | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # secondary text
        self.list = QListWidget()
        self.list.setObjectName("drafts_list")
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget#drafts_list::item { padding: 6px 4px; }")
        self.list.itemActivated.connect(self._open)
        self.empty = QLabel()
        self.empty.setObjectName("drafts_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.list)
        # Saves come in bursts while typing: redraw once they settle.
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(200)
        self._redraw_timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self._stack, 1)
        self.retranslate_ui()

    def bind(self, service: TicketService | None) -> None:
        self._service = service
        if service is not None and service.drafts is not None:
            service.drafts.on_change(self._redraw_timer.start)
        self.refresh()

    def refresh(self) -> None:
        service = self._service
        drafts = service.drafts if service is not None else None
        self.list.clear()
        if service is None or drafts is None or not drafts.is_open:
            self.count_changed.emit(0)
            self.retranslate_ui()
            return
        now = datetime.now(UTC)  # drafts are saved on this computer's clock
        for draft in drafts.all():
            ticket = service.store.get(draft.ticket_id) if draft.ticket_id else None
            heading = (
                self.tr("#{number} {subject}").format(number=ticket.number, subject=ticket.subject)
                if ticket is not None
                else self.tr("A ticket not loaded yet")
            )
            excerpt = " ".join(draft.body.split())
            if len(excerpt) > EXCERPT:
                excerpt = excerpt[: EXCERPT - 1] + "…"
            saved = self.tr("saved {when}").format(when=relative_time(draft.updated_at, now))
            item = QListWidgetItem(f"{heading}\n{excerpt}  ·  {saved}")
            item.setData(Qt.ItemDataRole.UserRole, draft.ticket_id)
            self.list.addItem(item)
        self.count_changed.emit(self.list.count())
        self.retranslate_ui()

    def _open(self, item: QListWidgetItem) -> None:
        ticket_id = item.data(Qt.ItemDataRole.UserRole)
        if ticket_id:
            self.ticket_open_requested.emit(str(ticket_id))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Drafts"))
        self.note.setText(
            self.tr(
                "Replies you started and have not sent. They are saved on this computer as "
                "you type. Press Enter to continue one."
            )
        )
        self.empty.setText(self.tr("No drafts: everything you wrote has been sent."))
        self.list.setAccessibleName(self.tr("Drafts"))
        self._stack.setCurrentWidget(self.list if self.list.count() else self.empty)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
