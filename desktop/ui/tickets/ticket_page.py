"""One ticket: its subject, state and response target, and the thread (read-only for now)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import Ticket
from desktop.services.tickets import TicketService
from desktop.store.drafts import reply_key
from desktop.ui.error_text import describe
from desktop.ui.formatting import long_datetime
from desktop.ui.labels import category_label, channel_label, product_label, status_label
from desktop.ui.tasks import TaskRunner
from desktop.ui.tickets.attachment_actions import AttachmentActions
from desktop.ui.tickets.message_card import MessageCard
from desktop.ui.tickets.reply_composer import ReplyComposer
from desktop.ui.tickets.thread_view import ThreadView

# Live events come in bursts (a line, then the state): read the ticket once per burst.
COALESCE_MS = 150
# A reply is saved this long after the last keystroke (and at once when focus leaves it).
DRAFT_SAVE_MS = 800


class TicketPage(QWidget):
    back_requested = Signal()
    ticket_shown = Signal(str)
    ticket_changed = Signal(str)  # status or thread changed here: lists may refresh
    chat_window_requested = Signal(object)  # Ticket: follow this chat in its own window

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_page")
        self._tasks = tasks
        self._service: TicketService | None = None
        self.ticket: Ticket | None = None
        self._loading_id: str | None = None
        self._back_to = "mine"  # mine | team | help: where Back goes

        self.back_button = QPushButton()
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(self.back_requested)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        self.solve_button = QPushButton()
        self.solve_button.setObjectName("mark_solved_button")
        self.solve_button.clicked.connect(lambda: self._set_status("solved"))
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopen_button")
        self.reopen_button.clicked.connect(lambda: self._set_status("open"))
        self.live_state = QLabel()
        self.live_state.setObjectName("ticket_live_state")
        self.live_state.setWordWrap(True)
        self.live_state.setStyleSheet("font-weight: bold; color: #0b57d0;")
        self.composer = ReplyComposer()
        self.composer.send_requested.connect(self._send)
        self.composer.edited.connect(self._draft_edited)
        self.composer.focus_left.connect(self.save_draft)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._draft_ticket_id: str | None = None  # whose draft the composer holds
        QShortcut(QKeySequence("R"), self, self._focus_reply).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.chat_window_button = QPushButton()
        self.chat_window_button.setObjectName("chat_window_button")
        self.chat_window_button.clicked.connect(
            lambda: self.ticket is not None and self.chat_window_requested.emit(self.ticket)
        )
        self.cancel_call_button = QPushButton()
        self.cancel_call_button.setObjectName("cancel_callback_button")
        self.cancel_call_button.clicked.connect(self._cancel_callback)
        self._reread_timer = QTimer(self)
        self._reread_timer.setSingleShot(True)
        self._reread_timer.setInterval(COALESCE_MS)
        self._reread_timer.timeout.connect(self._refresh_live)

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

        self.thread_scroll = ThreadView()
        self.thread_scroll.setObjectName("ticket_thread_scroll")
        self.attachments = AttachmentActions(tasks, lambda: self._service, self)
        self.thread_scroll.attachment_open_requested.connect(self.attachments.open)
        self.thread_scroll.attachment_save_requested.connect(self.attachments.save)
        self.status_line = QLabel()
        self.status_line.setObjectName("ticket_status_line")
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.chat_window_button)
        top.addWidget(self.cancel_call_button)
        top.addWidget(self.solve_button)
        top.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.sla)
        layout.addWidget(self.live_state)
        layout.addWidget(self.status_line)
        layout.addWidget(self.thread_scroll, 1)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.composer)
        self.retranslate_ui()

    def set_back_target(self, where: str) -> None:
        self._back_to = where
        self.retranslate_ui()

    def bind(self, service: TicketService | None) -> None:
        self.save_draft()
        self._draft_ticket_id = None
        self.composer.restore("", ())
        self._service = service
        self._reread_timer.stop()
        self.ticket = None
        self.thread_scroll.clear()
        self.retranslate_ui()

    def load(self, ticket_id: str) -> None:
        if self._service is None:
            return
        self._loading_id = ticket_id
        if self.ticket is None or self.ticket.id != ticket_id:
            self.save_draft()  # the reply to the ticket being left
            self.ticket = None
            self.thread_scroll.clear()
        self.retranslate_ui()
        self._tasks.run(self._fetch(self._service, ticket_id), on_error=self._failed)

    async def _fetch(self, service: TicketService, ticket_id: str) -> None:
        ticket = await service.ticket(ticket_id)
        if self._loading_id != ticket_id:
            return  # the user opened another ticket meanwhile
        self._loading_id = None
        self.show_ticket(ticket)
        self.ticket_shown.emit(ticket.id)

    def show_ticket(self, ticket: Ticket) -> None:
        self.ticket = ticket
        self.thread_scroll.show_messages(ticket.messages)
        if self._draft_ticket_id != ticket.id:
            self._restore_draft(ticket.id)
        user = self._service.user if self._service else None
        colleague = ""
        if user is not None and ticket.submitter.id != user.id:
            colleague = ticket.submitter.name  # R17: they are told of the reply
        self.composer.configure(
            chat=ticket.channel == "chat" and ticket.chat_state != "ended", colleague_name=colleague
        )
        self.retranslate_ui()

    # -- drafts: nothing typed is lost ---------------------------------------------

    def _restore_draft(self, ticket_id: str) -> None:
        self._draft_timer.stop()
        self._draft_ticket_id = ticket_id
        drafts = self._service.drafts if self._service else None
        draft = drafts.get(reply_key(ticket_id)) if drafts is not None else None
        self.composer.restore(draft.body if draft else "", draft.files if draft else ())

    def _draft_edited(self) -> None:
        if self._draft_ticket_id is not None:
            self._draft_timer.start()

    def save_draft(self) -> asyncio.Task[None] | None:
        """Write what is in the composer now (on a thread; the window does not wait)."""
        self._draft_timer.stop()
        ticket_id = self._draft_ticket_id
        drafts = self._service.drafts if self._service else None
        if ticket_id is None or drafts is None or not drafts.is_open:
            return None
        text = self.composer.editor.toPlainText()
        files = tuple(self.composer.attachments.files)
        return self._tasks.run(
            drafts.save(reply_key(ticket_id), text, files, ticket_id=ticket_id),
            on_error=self._tasks.report,
        )

    def ticket_touched(self, ticket_id: str) -> None:
        """A live event named this ticket: if it is the one shown, read it again."""
        if self.ticket is not None and self.ticket.id == ticket_id:
            self._reread_timer.start()

    def _refresh_live(self) -> None:
        if self._service is None or self.ticket is None:
            return
        self._tasks.run(self._reread(self._service, self.ticket.id), on_error=self._live_failed)

    async def _reread(self, service: TicketService, ticket_id: str) -> None:
        ticket = await service.ticket(ticket_id)
        if self.ticket is not None and self.ticket.id == ticket_id:
            self.show_ticket(ticket)

    def _live_failed(self, _error: BaseException) -> None:
        pass  # the next event reads it again; a real failure shows on the next action

    def _cancel_callback(self) -> None:
        if self._service is None or self.ticket is None:
            return
        self.cancel_call_button.setEnabled(False)
        self._tasks.run(
            self._do_cancel(self._service, self.ticket.id), on_error=self._status_failed
        )

    async def _do_cancel(self, service: TicketService, ticket_id: str) -> None:
        updated = await service.cancel_callback(ticket_id)
        self.show_ticket(updated)
        self.ticket_changed.emit(updated.id)

    def _focus_reply(self) -> None:
        if self.composer.isVisible():
            self.composer.editor.setFocus()

    def _send(self, text: str, key: str, files: list[Path]) -> None:
        if self._service is None or self.ticket is None:
            return
        self._tasks.run(
            self._do_send(self._service, self.ticket, text, key, files),
            on_error=self._send_failed,
        )

    async def _do_send(
        self, service: TicketService, ticket: Ticket, text: str, key: str, files: list[Path]
    ) -> None:
        updated = await service.reply(ticket, text, key, files)
        self.show_ticket(updated)
        self._draft_timer.stop()
        self.composer.sent()
        self.ticket_changed.emit(updated.id)
        if service.drafts is not None:
            await service.drafts.discard(reply_key(ticket.id))  # the server has it now

    def _send_failed(self, error: BaseException) -> None:
        message = describe(error)
        self.composer.show_error(message.text)  # the text stays in the editor
        if not message.expected:
            self._tasks.report(error)

    def _set_status(self, status: str) -> None:
        if self._service is None or self.ticket is None:
            return
        self.solve_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self._tasks.run(
            self._do_set_status(self._service, self.ticket.id, status), on_error=self._status_failed
        )

    async def _do_set_status(self, service: TicketService, ticket_id: str, status: str) -> None:
        updated = await service.set_status(ticket_id, status)
        self.show_ticket(updated)
        self.ticket_changed.emit(updated.id)

    def _status_failed(self, error: BaseException) -> None:
        self.retranslate_ui()
        self._tasks.report(error)

    def _failed(self, error: BaseException) -> None:
        self._loading_id = None
        self.retranslate_ui()
        self._tasks.report(error)

    def message_cards(self) -> list[MessageCard]:
        return self.thread_scroll.cards()

    def retranslate_ui(self) -> None:
        self.back_button.setText(
            {
                "team": self.tr("← Team tickets"),
                "help": self.tr("← Get help"),
                "drafts": self.tr("← Drafts"),
            }.get(self._back_to)
            or self.tr("← My tickets")
        )
        self.back_button.setToolTip(self.tr("Back (Esc)"))
        self.thread_scroll.setAccessibleName(self.tr("Conversation"))
        ticket = self.ticket
        self.status_line.setText(self.tr("Loading the conversation…") if self._loading_id else "")
        self.status_line.setVisible(bool(self._loading_id))
        self.solve_button.setText(self.tr("Mark solved"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.chat_window_button.setText(self.tr("Open chat window"))
        self.chat_window_button.setToolTip(self.tr("Follow this chat in a window of its own"))
        self.cancel_call_button.setText(self.tr("Cancel callback"))
        self.cancel_call_button.setToolTip(
            self.tr("You no longer need the call: leave the queue and mark the ticket solved.")
        )
        if ticket is None:
            for label in (self.title, self.meta, self.sla, self.read_only_note, self.live_state):
                label.clear()
            for widget in (
                self.chat_window_button,
                self.solve_button,
                self.reopen_button,
                self.cancel_call_button,
                self.composer,
                self.live_state,
            ):
                widget.hide()
            return
        self.chat_window_button.setVisible(ticket.channel == "chat")
        queued_call = ticket.callback is not None and ticket.callback.state == "queued"
        self.cancel_call_button.setVisible(queued_call)
        self.cancel_call_button.setEnabled(True)
        closed = ticket.status == "closed"
        self.solve_button.setVisible(ticket.status in ("new", "open", "pending"))
        self.reopen_button.setVisible(ticket.status == "solved")
        self.solve_button.setEnabled(True)
        self.reopen_button.setEnabled(True)
        self.composer.setVisible(not closed)
        live = self._live_text(ticket)
        self.live_state.setText(live)
        self.live_state.setVisible(bool(live))
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
        self.read_only_note.setVisible(closed)
        self.read_only_note.setText(
            self.tr(
                "This ticket is closed: it was solved and then quiet for 7 days. "
                "To follow up, contact support again."
            )
            if closed
            else ""
        )

    def _live_text(self, ticket: Ticket) -> str:
        """R15: where a chat or a requested call stands."""
        if ticket.chat_state == "waiting" and ticket.chat_position:
            return self.tr(
                "Chat: waiting for a support agent to join… You are number {position} in the queue."
            ).format(position=ticket.chat_position)
        if ticket.chat_state == "waiting":
            return self.tr("Chat: waiting for a support agent to join…")
        if ticket.chat_state == "connected":
            return self.tr("Chat: a support agent is with you. Type below and press Ctrl+Enter.")
        if ticket.chat_state == "ended":
            return self.tr("Chat ended.")
        callback = ticket.callback
        if callback is None:
            return ""
        if callback.state == "queued":
            return self.tr(
                "Callback to {phone}: number {position} in the queue, about {minutes} min."
            ).format(
                phone=callback.phone,
                position=callback.queue_position or 1,
                minutes=callback.estimated_wait_minutes or 0,
            )
        if callback.state == "calling":
            return self.tr("Callback: calling {phone} now.").format(phone=callback.phone)
        if callback.state == "completed":
            return self.tr("Callback to {phone} completed.").format(phone=callback.phone)
        if callback.state == "cancelled":
            return self.tr("Callback to {phone} cancelled.").format(phone=callback.phone)
        return self.tr("Callback to {phone} failed: nobody answered.").format(phone=callback.phone)

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
