"""A live chat in its own window (R15): waiting, an agent joined, your lines, ended.

The window belongs to the main window and is only hidden when closed, so
reopening it shows the same conversation and whatever was being typed. While it is
open and the chat live, its box is the chat's only one (the ticket page points here:
chat_handover.py); Enter sends a line, Shift+Enter starts a new one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.api.models import Ticket
from desktop.services.tickets import TicketService
from desktop.store.drafts import reply_key
from desktop.store.outbox import OutboxItem
from desktop.ui.look.theme import TextRole, set_font_style, set_text_role
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.error_text import describe
from desktop.ui.text.local_stopped import start_it_first
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.attachments.attachment_actions import AttachmentActions
from desktop.ui.tickets.chat.chat_handover import holds_text
from desktop.ui.tickets.chat.end_chat_box import EndChatBox
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
from desktop.ui.tickets.ticket.thread_view import ThreadView

# The queue position moves with other teams' chats, which our event stream does
# not carry: while waiting, read it again this often.
WAITING_REFRESH_MS = 10_000
COALESCE_MS = 150


class ChatWindow(QWidget):
    ticket_changed = Signal(str)
    # Shown, hidden, or the chat went live or ended: whose box the chat is typed in changed.
    handover_changed = Signal(object)  # this window

    def __init__(
        self, tasks: TaskRunner, service: TicketService, ticket: Ticket, parent: QWidget
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("chat_window")
        self._tasks = tasks
        self._service = service
        self.ticket = ticket
        # The local demo workspace's service gave up: End chat cannot reach it until
        # "Start it again" (a line typed still waits in the outbox, and says so).
        self._local_stopped = False
        self._ending = False
        self.state = WrappedLabel()
        self.state.setObjectName("chat_state")
        set_font_style(self.state, bold=True)
        set_text_role(self.state, TextRole.LINK)
        self.transcript = ThreadView()
        self.transcript.setObjectName("chat_thread")
        self.attachments = AttachmentActions(tasks, lambda: self._service, self)
        self.transcript.attachment_open_requested.connect(self.attachments.open)
        self.transcript.attachment_save_requested.connect(self.attachments.save)
        self.transcript.image_view_requested.connect(self.attachments.view)
        self.transcript.thumbnail_requested.connect(self.attachments.load_thumbnail)
        # Lines not confirmed yet show under the transcript, like in the ticket's thread.
        self.transcript.retry_requested.connect(
            lambda key: self._tasks.run(self._service.outbox.retry(key))
        )
        self.transcript.discard_requested.connect(
            lambda key: self._tasks.run(self._service.outbox.discard(key))
        )
        self.transcript.edit_requested.connect(
            lambda key: self._tasks.run(self._take_back(key), on_error=self._failed)
        )
        service.outbox.store.on_change(self._show_pending)
        service.outbox.on_sent(self._line_sent)
        self.composer = ReplyComposer()
        self.composer.setObjectName("chat_composer")
        self.composer.send_requested.connect(self._send)
        self.end_button = QPushButton()
        self.end_button.setObjectName("end_chat_button")
        self.end_button.clicked.connect(self._end)
        # Ended, the window has nothing left to do: a button says how to put it away
        # (Ctrl+W and Esc do the same; it is only hidden, closeEvent).
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_chat_window_button")
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        # Esc closes it too, as a dialog would (only hidden: the chat goes on, closeEvent).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        self._reread_timer = QTimer(self)
        self._reread_timer.setSingleShot(True)
        self._reread_timer.setInterval(COALESCE_MS)
        self._reread_timer.timeout.connect(self._reread)
        self._waiting_timer = QTimer(self)
        self._waiting_timer.setInterval(WAITING_REFRESH_MS)
        self._waiting_timer.timeout.connect(self._reread)

        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.end_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.composer)
        self.resize(460, 560)
        self.show_ticket(ticket)

    @property
    def live(self) -> bool:
        return self.ticket.chat_state in ("waiting", "connected")

    @property
    def holds_the_chat(self) -> bool:
        """Is this window's box the one the chat is typed in now?"""
        return self.live and self.isVisible()

    def show_ticket(self, ticket: Ticket) -> None:
        was_live = self.live
        self.ticket = ticket
        # Joined and ended are the service's events: quiet lines, not the agent's messages.
        self.transcript.show_messages(ticket.messages, ticket.events)
        self._show_pending()
        live = self.live
        self.composer.configure(chat=live, colleague_name="")
        self.composer.setEnabled(live)
        # Ended: the ticket page's reply box is the one place to write (one box per chat).
        self.composer.setVisible(live)
        self.end_button.setVisible(live)
        self.close_button.setVisible(not live)
        if ticket.chat_state == "waiting":
            self._waiting_timer.start()
        else:
            self._waiting_timer.stop()
        self.retranslate_ui()
        if live != was_live:
            self.handover_changed.emit(self)

    def ticket_touched(self, ticket_id: str) -> None:
        if ticket_id == self.ticket.id:
            self._reread_timer.start()

    def _reread(self) -> None:
        self._tasks.run(self._fetch(), on_error=lambda _error: None)  # the next event retries

    async def _fetch(self) -> None:
        self.show_ticket(await self._service.ticket(self.ticket.id))

    def _show_pending(self) -> None:
        if self._service.outbox.store.is_open:
            self.transcript.show_pending(tuple(self._service.outbox.store.items(self.ticket.id)))

    def _line_sent(self, item: OutboxItem, ticket: Ticket) -> None:
        if ticket.id == self.ticket.id:
            self.show_ticket(ticket)
            self.ticket_changed.emit(ticket.id)

    def _send(self, text: str, files: list[Path]) -> None:
        self._tasks.run(self._queue(text, files), on_error=self._failed)

    async def _queue(self, text: str, files: list[Path]) -> None:
        await self._service.outbox.send_reply(self.ticket, text, tuple(files), chat=True)
        self.composer.sent()

    async def _take_back(self, key: str) -> None:
        """Edit: the line comes back into this window's box (it keeps no draft of its own)."""
        if await self._service.outbox.edit(key) is None:
            return
        key_of_draft = reply_key(self.ticket.id)
        draft = self._service.drafts.get(key_of_draft)
        if draft is not None:
            self.composer.restore(draft.body, draft.files)
            await self._service.drafts.discard(key_of_draft)
        self.composer.editor.setFocus()

    def set_local_stopped(self, stopped: bool) -> None:
        self._local_stopped = stopped
        self.transcript.set_local_stopped(stopped)
        self.composer.set_local_stopped(stopped)  # a line sent now waits: said before Send
        self._enable_end()

    def _enable_end(self) -> None:
        self.end_button.setEnabled(not self._ending and not self._local_stopped)
        self.end_button.setToolTip(start_it_first() if self._local_stopped else "")

    def _end(self) -> None:
        """Asked first (EndChatBox): an ended chat cannot be taken up again."""
        box = EndChatBox(self)
        box.confirmed.connect(self._end_confirmed)
        box.open()

    def _end_confirmed(self) -> None:
        if not self.live or self._ending:
            return  # ended meanwhile (by the agent, or from the ticket page)
        self._ending = True
        self._enable_end()
        self._tasks.run(self._do_end(), on_error=self._failed)

    async def _do_end(self) -> None:
        updated = await self._service.end_chat(self.ticket.id)
        self._ending = False
        self._enable_end()
        self.show_ticket(updated)
        self.ticket_changed.emit(updated.id)

    def _failed(self, error: BaseException) -> None:
        self._ending = False
        self._enable_end()
        message = describe(error)
        self.composer.show_error(message.text)  # the typed line stays
        if not message.expected:
            self._tasks.report(error)

    def retranslate_ui(self) -> None:
        ticket = self.ticket
        self.setWindowTitle(
            self.tr("Chat — #{number} {subject}").format(
                number=ticket.number, subject=ticket.subject
            )
        )
        self.end_button.setText(self.tr("End chat"))
        self._enable_end()  # its tooltip, in this language
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this window (Esc)"))
        self.transcript.setAccessibleName(self.tr("Chat transcript"))
        if ticket.chat_state == "waiting":
            if ticket.chat_position:
                text = self.tr(
                    "Waiting for a support agent… You are number {position} in the queue."
                ).format(position=ticket.chat_position)
            else:
                text = self.tr("Waiting for a support agent…")
        elif ticket.chat_state == "connected":
            text = self.tr("A support agent is with you.")
        else:
            # Nowhere to type here: say where an answer goes (a line the agent sent after
            # the end arrived in a window with no box, and nothing said why).
            text = self.tr(
                "This chat has ended, so nothing can be typed here. To answer, reply on "
                "ticket #{number} in the main window."
            ).format(number=ticket.number)
        self.state.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Only hidden: the chat goes on, and reopening shows it as it was left.
        self._waiting_timer.stop()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self.ticket.chat_state == "waiting":
            self._waiting_timer.start()
        super().showEvent(event)
        if event.spontaneous():
            return  # restored from the taskbar: it held the chat all along
        # The ticket page hands over what it had typed; else a saved draft comes in here.
        self.handover_changed.emit(self)
        if self.live and not holds_text(self.composer):
            self._tasks.run(self._take_draft(), on_error=self._tasks.report)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if event.spontaneous():
            return  # minimised (it, or the main window): still the chat's box
        # The ticket page takes the text back if it shows this ticket; else it is kept as
        # the ticket's draft, where the page (or this window, reopened) finds it.
        self.handover_changed.emit(self)
        if holds_text(self.composer) and not self.composer.busy:
            self._tasks.run(self._keep_as_draft(), on_error=self._tasks.report)

    async def _take_draft(self) -> None:
        drafts = self._service.drafts
        key = reply_key(self.ticket.id)
        draft = drafts.get(key) if drafts.is_open else None
        if draft is None or holds_text(self.composer) or not self.holds_the_chat:
            return
        self.composer.restore(draft.body, draft.files)
        await drafts.discard(key)

    async def _keep_as_draft(self) -> None:
        drafts = self._service.drafts
        if not drafts.is_open or self.isVisible() or not holds_text(self.composer):
            return
        text, files = self.composer.editor.toPlainText(), tuple(self.composer.attachments.files)
        ticket_id = self.ticket.id
        await drafts.save(reply_key(ticket_id), text, files, ticket_id=ticket_id)
        if not self.isVisible() and self.composer.editor.toPlainText() == text:
            self.composer.restore("", ())  # kept on disk now: one copy, not two
