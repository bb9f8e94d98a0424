"""One ticket: its subject, state and response target, and the thread (read-only for now)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import Ticket
from desktop.services.tickets import TicketService
from desktop.ui.formatting import long_datetime
from desktop.ui.labels import category_label, channel_label, product_label, status_label
from desktop.ui.tasks import TaskRunner
from desktop.ui.tickets.message_card import MessageCard


class TicketPage(QWidget):
    back_requested = Signal()
    ticket_shown = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_page")
        self._tasks = tasks
        self._service: TicketService | None = None
        self.ticket: Ticket | None = None
        self._loading_id: str | None = None

        self.back_button = QPushButton()
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(self.back_requested)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)

        self.title = QLabel()
        self.title.setObjectName("ticket_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setObjectName("ticket_meta")
        self.meta.setWordWrap(True)
        self.sla = QLabel()
        self.sla.setObjectName("ticket_sla")
        self.sla.setWordWrap(True)
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("ticket_read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setEnabled(False)

        self._thread = QWidget()
        self._thread.setObjectName("ticket_thread")
        self._thread_layout = QVBoxLayout(self._thread)
        self._thread_layout.addStretch(1)
        self.thread_scroll = QScrollArea()
        self.thread_scroll.setObjectName("ticket_thread_scroll")
        self.thread_scroll.setWidgetResizable(True)
        self.thread_scroll.setWidget(self._thread)
        self.status_line = QLabel()
        self.status_line.setObjectName("ticket_status_line")
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.sla)
        layout.addWidget(self.status_line)
        layout.addWidget(self.thread_scroll, 1)
        layout.addWidget(self.read_only_note)
        self.retranslate_ui()

    def bind(self, service: TicketService | None) -> None:
        self._service = service
        self.ticket = None
        self._clear_thread()
        self.retranslate_ui()

    def load(self, ticket_id: str) -> None:
        if self._service is None:
            return
        self._loading_id = ticket_id
        if self.ticket is None or self.ticket.id != ticket_id:
            self.ticket = None
            self._clear_thread()
        self.retranslate_ui()
        self._tasks.run(self._fetch(self._service, ticket_id), on_error=self._failed)

    async def _fetch(self, service: TicketService, ticket_id: str) -> None:
        ticket = await service.ticket(ticket_id)
        if self._loading_id != ticket_id:
            return  # the user opened another ticket meanwhile
        self._loading_id = None
        self.ticket = ticket
        self._render_thread(ticket)
        self.retranslate_ui()
        self.ticket_shown.emit(ticket.id)

    def _failed(self, error: BaseException) -> None:
        self._loading_id = None
        self.retranslate_ui()
        self._tasks.report(error)

    def _clear_thread(self) -> None:
        while self._thread_layout.count() > 1:
            item = self._thread_layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()

    def _render_thread(self, ticket: Ticket) -> None:
        self._clear_thread()
        for position, message in enumerate(ticket.messages):
            self._thread_layout.insertWidget(position, MessageCard(message, self._thread))
        bar = self.thread_scroll.verticalScrollBar()
        bar.rangeChanged.connect(
            lambda _lo, hi: bar.setValue(hi), Qt.ConnectionType.SingleShotConnection
        )

    def message_cards(self) -> list[MessageCard]:
        return self._thread.findChildren(MessageCard)

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← My tickets"))
        self.back_button.setToolTip(self.tr("Back to My tickets (Esc)"))
        self.thread_scroll.setAccessibleName(self.tr("Conversation"))
        ticket = self.ticket
        self.status_line.setText(self.tr("Loading the conversation…") if self._loading_id else "")
        self.status_line.setVisible(bool(self._loading_id))
        if ticket is None:
            for label in (self.title, self.meta, self.sla, self.read_only_note):
                label.clear()
            return
        self.title.setText(
            self.tr("#{number} {subject}").format(number=ticket.number, subject=ticket.subject)
        )
        self.meta.setText(
            self.tr(
                "{status} · {product} · {channel} · {category} · opened {created} by {name}"
            ).format(
                status=status_label(ticket.status),
                product=product_label(ticket.product),
                channel=channel_label(ticket.channel),
                category=category_label(ticket.category),
                created=long_datetime(ticket.created_at),
                name=ticket.submitter.name,
            )
        )
        self.sla.setText(self._sla_text(ticket))
        closed = ticket.status == "closed"
        self.read_only_note.setVisible(closed)
        self.read_only_note.setText(
            self.tr(
                "This ticket is closed: it was solved and then quiet for 7 days. "
                "To follow up, contact support again."
            )
            if closed
            else ""
        )

    def _sla_text(self, ticket: Ticket) -> str:
        due = long_datetime(ticket.first_response_due_at)
        answered = ticket.first_responded_at
        if answered is not None and ticket.sla_state == "met":
            return self.tr("Answered in time: first response {answered} (target {due}).").format(
                answered=long_datetime(answered), due=due
            )
        if answered is not None:
            return self.tr(
                "Response target missed: first response {answered}, it was due {due}."
            ).format(answered=long_datetime(answered), due=due)
        if ticket.sla_state == "breached":
            return self.tr("Response target missed: the first response was due {due}.").format(
                due=due
            )
        return self.tr("Waiting for the first response, due {due}.").format(due=due)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
