"""Drafts and the outbox: everything written and not on the service yet.

Drafts first (newest first; Enter continues one), then what waits in the
outbox with its state (Enter opens its thread, or brings a refused new ticket
back into the form).
"""

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
from desktop.store.drafts import NEW_TICKET_KEY, Draft
from desktop.store.outbox import FAILED, NEW_TICKET, OutboxItem
from desktop.ui.durations import relative_time
from desktop.ui.theme import TextRole, TypeStep, set_text_role, set_type
from desktop.ui.tickets.outbox_card import state_text

EXCERPT = 90  # characters of the draft shown in the list


DRAFT = "draft"
OUTBOX = "outbox"


class DraftsPage(QWidget):
    ticket_open_requested = Signal(str)
    new_ticket_requested = Signal()  # continue the new-ticket form
    outbox_edit_requested = Signal(str)  # a refused new ticket: back into the form
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafts_page")
        self._service: TicketService | None = None
        self.title = QLabel()
        set_type(self.title, TypeStep.PAGE_TITLE)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_text_role(self.note, TextRole.SECONDARY)
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
        # Focus given to the page goes to the list (it may only just have appeared).
        self.setFocusProxy(self.list)
        self.retranslate_ui()

    def bind(self, service: TicketService | None) -> None:
        self._service = service
        if service is not None:
            service.drafts.on_change(self._redraw_timer.start)
            service.outbox.store.on_change(self._redraw_timer.start)
        self.refresh()

    def refresh(self) -> None:
        service = self._service
        self.list.clear()
        if service is None or not service.drafts.is_open:
            self.count_changed.emit(0)
            self.retranslate_ui()
            return
        now = datetime.now(UTC)  # drafts are saved on this computer's clock
        for draft in service.drafts.all():
            saved = self.tr("saved {when}").format(when=relative_time(draft.updated_at, now))
            self._add(self._draft_heading(service, draft), draft.body, saved, (DRAFT, draft))
        for item in service.outbox.store.items():
            self._add(
                self._outbox_heading(service, item), item.body, state_text(item), (OUTBOX, item)
            )
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)  # Enter continues the newest at once
        self.count_changed.emit(self.list.count())
        self.retranslate_ui()

    def _add(self, heading: str, body: str, status: str, data: tuple[str, object]) -> None:
        excerpt = " ".join(body.split())
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[: EXCERPT - 1] + "…"
        item = QListWidgetItem(f"{heading}\n{excerpt}  ·  {status}")
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.list.addItem(item)

    def _draft_heading(self, service: TicketService, draft: Draft) -> str:
        if draft.key == NEW_TICKET_KEY:
            return self.tr("New ticket: {subject}").format(
                subject=draft.fields.get("subject") or self.tr("(no subject yet)")
            )
        return self._ticket_heading(service, draft.ticket_id)

    def _outbox_heading(self, service: TicketService, item: OutboxItem) -> str:
        if item.kind == NEW_TICKET:
            return self.tr("New ticket: {subject}").format(subject=item.fields.get("subject", ""))
        return self._ticket_heading(service, item.ticket_id)

    def _ticket_heading(self, service: TicketService, ticket_id: str | None) -> str:
        ticket = service.store.get(ticket_id) if ticket_id else None
        if ticket is None:
            return self.tr("A ticket not loaded yet")
        return self.tr("#{number} {subject}").format(number=ticket.number, subject=ticket.subject)

    def _open(self, list_item: QListWidgetItem) -> None:
        kind, entry = list_item.data(Qt.ItemDataRole.UserRole)
        if isinstance(entry, Draft):
            if entry.key == NEW_TICKET_KEY:
                self.new_ticket_requested.emit()
            elif entry.ticket_id:
                self.ticket_open_requested.emit(entry.ticket_id)
        elif isinstance(entry, OutboxItem):
            if entry.ticket_id:
                self.ticket_open_requested.emit(entry.ticket_id)  # its card has the buttons
            elif entry.state == FAILED:
                self.outbox_edit_requested.emit(entry.key)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Drafts and outbox"))
        self.note.setText(
            self.tr(
                "What you started and have not sent, saved on this computer as you type, and "
                "what waits to be sent. Press Enter to continue one."
            )
        )
        self.empty.setText(self.tr("Nothing waiting: everything you wrote has been sent."))
        self.list.setAccessibleName(self.tr("Drafts"))
        self._stack.setCurrentWidget(self.list if self.list.count() else self.empty)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
