"""One ticket: its subject, state and response target, and the thread (read-only for now)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.api.errors import ServerUnreachable
from desktop.api.models import Message, Ticket
from desktop.services.tickets import TicketService
from desktop.store.draft_journal import Snapshot
from desktop.store.drafts import reply_key
from desktop.store.outbox import OutboxItem
from desktop.ui.look.theme import TextRole, TypeStep, set_font_style, set_text_role, set_type
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.error_text import describe
from desktop.ui.text.formatting import long_datetime, moment_text, thread_time
from desktop.ui.text.labels import (
    author_label,
    category_label,
    channel_label,
    product_label,
    status_label,
)
from desktop.ui.text.local_stopped import chat_not_shown, start_it_first
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.attachments.attachment_actions import AttachmentActions
from desktop.ui.tickets.chat.chat_handover import ChatHandoverBar, move_text
from desktop.ui.tickets.chat.end_chat_box import EndChatBox
from desktop.ui.tickets.ticket.cancel_call_box import CancelCallBox
from desktop.ui.tickets.ticket.conflict_bar import ConflictBar
from desktop.ui.tickets.ticket.followers_box import FollowersBox
from desktop.ui.tickets.ticket.message_card import MessageCard
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
from desktop.ui.tickets.ticket.satisfaction_box import SatisfactionBox
from desktop.ui.tickets.ticket.thread_view import SIDE_INDENT, ThreadView
from desktop.ui.tickets.ticket.title_row import GAP, TitleRow

if TYPE_CHECKING:
    from desktop.ui.tickets.chat.chat_window import ChatWindow

# Live events come in bursts (a line, then the state): read the ticket once per burst.
COALESCE_MS = 150
# A reply is saved this long after the last keystroke (and at once when focus leaves it).
DRAFT_SAVE_MS = 800
# A message reads well with lines of at least this many characters (of the font's
# average width): typography's 45-75, at its short end (some 26 characters in Japanese).
READABLE_LINE = 45


class TicketPage(QWidget):
    back_requested = Signal()
    ticket_shown = Signal(str)
    ticket_changed = Signal(str)  # status or thread changed here: lists may refresh
    chat_window_requested = Signal(object)  # Ticket: follow this chat in its own window
    new_request_requested = Signal(str)  # outbox key: a reply refused for a closed ticket
    follow_up_requested = Signal(str)  # ticket id: a closed ticket, followed up by a new one

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_page")
        self._tasks = tasks
        self._service: TicketService | None = None
        self.ticket: Ticket | None = None
        self._loading_id: str | None = None
        self._status_focus = False  # Mark solved or Reopen had the keyboard when pressed
        # A reply draft chosen in Drafts and outbox: the reply box takes the keyboard once
        # this ticket shows (focus_reply_when_shown); None: no such wish.
        self._reply_focus_for: str | None = None
        self._back_to = "mine"  # mine | team | drill_down | drafts | help: where Back goes
        self._card_widths: dict[tuple[str, str, str], int] = {}  # readable_width's
        # What the list the ticket was opened from is searched for ("" nothing): marked in
        # its messages, the first holding it scrolled to once per ticket shown.
        self._search = ""
        self._hit_shown_for: str | None = None

        self.back_button = QPushButton()
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(self.back_requested)
        # Esc and Back are the window's (desktop/ui/shell/going_back.py).
        self.solve_button = QPushButton()
        self.solve_button.setObjectName("mark_solved_button")
        self.solve_button.clicked.connect(lambda: self._set_status("solved"))
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopen_button")
        self.reopen_button.clicked.connect(lambda: self._set_status("open"))
        self.live_state = WrappedLabel()
        self.live_state.setObjectName("ticket_live_state")
        # Its weight and colour follow what it says (_show_live): never a link's blue,
        # since nothing in it can be clicked.
        self.composer = ReplyComposer()
        self.composer.send_requested.connect(self._send)
        self.composer.edited.connect(self._draft_edited)
        self.composer.focus_left.connect(self.save_draft)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._draft_ticket_id: str | None = None  # whose draft the composer holds
        # The thread's last message when the reply was begun: answers after it conflict.
        self._composer_base: str | None = None
        self.conflict_bar = ConflictBar()
        self.conflict_bar.send_anyway_requested.connect(self._send_anyway)
        self.conflict_bar.acknowledged.connect(self._acknowledge_conflict)
        self._offline_copy = False  # the thread shown is the stored one: no service
        # Offline, a ticket whose thread was never downloaded: what its list row knows.
        self._row_only = False
        self._unloaded_id: str | None = None  # its read failed offline, nothing to show
        self._offline = False  # the window says the service cannot be reached
        # The local demo workspace's service gave up: nothing loads until "Start it again".
        self._local_stopped = False
        QShortcut(QKeySequence("R"), self, self._focus_reply).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.chat_window_button = QPushButton()
        self.chat_window_button.setObjectName("chat_window_button")
        self.chat_window_button.clicked.connect(
            lambda: self.ticket is not None and self.chat_window_requested.emit(self.ticket)
        )
        # A live chat whose window is open is typed in there, not here (one box per chat).
        self.chat_handover = ChatHandoverBar()
        self.chat_handover.show_window_requested.connect(
            lambda: self.ticket is not None and self.chat_window_requested.emit(self.ticket)
        )
        self._chat_window_for: Callable[[str], ChatWindow | None] = lambda _ticket_id: None
        self.cancel_call_button = QPushButton()
        self.cancel_call_button.setObjectName("cancel_callback_button")
        self.cancel_call_button.clicked.connect(self._cancel_callback)
        # A live chat typed here (its window closed, or never opened) is ended here too.
        self.end_chat_button = QPushButton()
        self.end_chat_button.setObjectName("page_end_chat_button")
        self.end_chat_button.clicked.connect(self._end_chat)
        self._reread_timer = QTimer(self)
        self._reread_timer.setSingleShot(True)
        self._reread_timer.setInterval(COALESCE_MS)
        self._reread_timer.timeout.connect(self._refresh_live)

        self.title = QLabel()
        self.title.setObjectName("ticket_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_type(self.title, TypeStep.TICKET_TITLE)
        self.meta = WrappedLabel()
        self.meta.setObjectName("ticket_meta")
        self.sla = WrappedLabel()
        self.sla.setObjectName("ticket_sla")
        self.read_only_note = WrappedLabel()
        self.read_only_note.setObjectName("ticket_read_only_note")
        set_text_role(self.read_only_note, TextRole.SECONDARY)
        # The note says "contact support again": the way to do so is right beside it.
        self.follow_up_button = QPushButton()
        self.follow_up_button.setObjectName("ticket_follow_up_button")
        self.follow_up_button.clicked.connect(self._follow_up)

        self.thread_scroll = ThreadView()
        self.thread_scroll.setObjectName("ticket_thread_scroll")
        self.attachments = AttachmentActions(tasks, lambda: self._service, self)
        self.thread_scroll.attachment_open_requested.connect(self.attachments.open)
        self.thread_scroll.attachment_save_requested.connect(self.attachments.save)
        self.thread_scroll.image_view_requested.connect(self.attachments.view)
        self.thread_scroll.thumbnail_requested.connect(self.attachments.load_thumbnail)
        self.thread_scroll.retry_requested.connect(self._retry_item)
        self.thread_scroll.edit_requested.connect(self._edit_item)
        self.thread_scroll.discard_requested.connect(self._discard_item)
        self.thread_scroll.new_request_requested.connect(self.new_request_requested)
        self.status_line = WrappedLabel()
        self.status_line.setObjectName("ticket_status_line")
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Beside "not downloaded yet": the thread loads by itself once the connection
        # returns; this asks now.
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("ticket_retry_button")
        self.retry_button.clicked.connect(self._retry_load)

        # No ticket to show (a new user's empty list beside it): a quiet line saying why,
        # in the thread's place, rather than an empty white box.
        self.empty_note = WrappedLabel()
        self.empty_note.setObjectName("ticket_empty_note")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_role(self.empty_note, TextRole.SECONDARY)
        self.empty_note.hide()

        # Back, and the ticket's actions: on a line of their own when the page is narrow.
        self.title_row = TitleRow(
            self.back_button,
            (
                self.chat_window_button,
                self.end_chat_button,
                self.cancel_call_button,
                self.solve_button,
                self.reopen_button,
            ),
        )
        layout = QVBoxLayout(self)
        # Tight between the header's lines: each pixel saved here is the thread's (issue 21).
        layout.setSpacing(4)
        layout.addWidget(self.title_row)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.sla)
        layout.addWidget(self.live_state)
        # Issue 21: teammates mailed the answers; a change comes back as the ticket.
        self.followers_box = FollowersBox(tasks, lambda: self._service)
        self.followers_box.changed.connect(self.show_ticket)
        self.followers_box.changed.connect(lambda t: self.ticket_changed.emit(t.id))
        layout.addWidget(self.followers_box)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_line, 1)
        status_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(status_row)
        self._status_row = status_row  # the page's middle when there is no thread to show
        layout.addWidget(self.thread_scroll, 1)
        layout.addWidget(self.empty_note, 1)
        # Issue 21: rate a solved ticket; the answer is shown like any write's.
        self.satisfaction_box = SatisfactionBox(tasks, lambda: self._service)
        self.satisfaction_box.rated.connect(self.show_ticket)
        self.satisfaction_box.rated.connect(lambda t: self.ticket_changed.emit(t.id))
        layout.addWidget(self.satisfaction_box)
        closed_row = QHBoxLayout()
        closed_row.addWidget(self.read_only_note, 1)
        closed_row.addWidget(self.follow_up_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(closed_row)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.composer)
        layout.addWidget(self.chat_handover)
        self.retranslate_ui()

    def readable_width(self) -> int:
        """The least width this page reads well at, whichever ticket it shows, in this
        language and font (a reading pane is never given less): a message's lines hold
        READABLE_LINE characters, the reply box's row reads whole (ReplyComposer), the
        ticket's actions stand on one line."""
        layout = self.layout()
        assert layout is not None
        page = layout.contentsMargins().left() + layout.contentsMargins().right()
        thread = self.thread_scroll
        inner = thread.widget()
        inner_layout = inner.layout() if inner is not None else None
        indent = 0
        if inner_layout is not None:
            edges = inner_layout.contentsMargins()
            indent = edges.left() + edges.right()
        # A card's own margins are the style's, as the thread's are; its header (support's
        # name and a date with its time) on one line too.
        card = max(
            indent + READABLE_LINE * self.fontMetrics().averageCharWidth(), self._card_width()
        )
        message = (
            2 * thread.frameWidth()
            + thread.verticalScrollBar().sizeHint().width()
            + indent
            + SIDE_INDENT
            + card
        )
        # Solved or not, and a chat's or a callback's button beside it.
        actions = (
            max(self.solve_button.sizeHint().width(), self.reopen_button.sizeHint().width())
            + max(
                self.chat_window_button.sizeHint().width()
                + GAP
                + self.end_chat_button.sizeHint().width(),
                self.cancel_call_button.sizeHint().width(),
            )
            + 3 * GAP
        )
        return page + max(message, self.composer.readable_width(), actions)

    def _card_width(self) -> int:
        """The least width of a message from support on another day, as the thread shows
        it in this language and font (its header is wider than a line of it in a narrow
        pane: the thread scrolled sideways). Measured once per language and font."""
        moment = datetime(2026, 12, 30, 23, 50, tzinfo=UTC)  # two-digit day and hour
        sample = Message(
            id="sample",
            ticket_id="sample",
            author_kind="agent",
            author_name="Sam Agent",
            body="",
            attachments=(),
            created_at=moment,
        )
        key = (self.font().toString(), long_datetime(moment), author_label("agent", "Sam"))
        if self._card_widths.get(key) is None:
            card = MessageCard(sample, self)
            card.hide()
            self._card_widths[key] = card.minimumSizeHint().width()
            card.deleteLater()
        return self._card_widths[key]

    def set_embedded(self, embedded: bool) -> None:
        """Beside a list (the reading pane): no Back button, the list is right there."""
        self.back_button.setVisible(not embedded)

    def set_chat_windows(self, lookup: Callable[[str], ChatWindow | None]) -> None:
        """Where the page finds a ticket's chat window (the main window keeps them)."""
        self._chat_window_for = lookup

    def chat_window_changed(self, window: ChatWindow) -> None:
        """A chat window opened or closed, or its chat went live or ended."""
        if self.ticket is not None and self.ticket.id == window.ticket.id:
            self._sync_chat_handover(window)

    def _chat_window(self) -> ChatWindow | None:
        return self._chat_window_for(self.ticket.id) if self.ticket is not None else None

    def _handed_over(self) -> bool:
        """Is the shown ticket's chat typed in its window now (so not here)?"""
        window = self._chat_window()
        return window is not None and window.holds_the_chat

    def _sync_chat_handover(self, window: ChatWindow | None = None) -> None:
        """The typed text goes where the chat is typed now: never in two boxes, never lost.

        ``window``: the one that just changed (when the windows close at sign-out, the
        main window no longer lists it).
        """
        if window is None:
            window = self._chat_window()
        if window is not None and self.ticket is not None:
            if window.holds_the_chat:
                if move_text(self.composer, window.composer):
                    self._composer_base = None
                    self.save_draft()  # now empty: the draft goes (the window holds the text)
            elif move_text(window.composer, self.composer):
                if self._composer_base is None:
                    self._composer_base = self._last_message_id()
                self.save_draft()
            self._update_conflict()
        self.retranslate_ui()

    def set_back_target(self, where: str) -> None:
        self._back_to = where
        self.retranslate_ui()

    def bind(self, service: TicketService | None) -> None:
        self._reply_focus_for = None
        self.save_draft()
        self._draft_ticket_id = None
        self.composer.restore("", ())
        self._service = service
        self._reread_timer.stop()
        self.ticket = None
        self._offline_copy = self._row_only = False
        self._unloaded_id = None
        self.followers_box.show_for(None)
        self.satisfaction_box.show_for(None)
        self.followers_box.set_offline(self._offline)
        self.thread_scroll.clear()
        if service is not None:
            # Pending replies show in their thread; a confirmed one gives way to the message.
            service.outbox.store.on_change(lambda: self._outbox_changed(service))
            service.outbox.on_sent(lambda item, ticket: self._item_sent(service, item, ticket))
            service.drafts.on_thrown_away(lambda key: self._draft_thrown_away(service, key))
        self.retranslate_ui()

    def show_none(self) -> None:
        """No ticket: the list beside the pane shows none (a search that found nothing, a
        filter that left no row); its reply saved first. A newcomer's search for "ideeen"
        said "0 tickets" while the pane still showed #1006 beside the empty list."""
        if self.ticket is None and self._loading_id is None:
            return
        self.save_draft()
        self._draft_ticket_id = None
        self.composer.restore("", ())
        self._reply_focus_for = None
        self._loading_id = None  # a ticket still on its way is no longer wanted
        self.ticket = None
        self._offline_copy = self._row_only = False
        self._unloaded_id = None
        self.thread_scroll.clear()
        self.followers_box.show_for(None)
        self.satisfaction_box.show_for(None)
        self.retranslate_ui()

    def load(self, ticket_id: str) -> None:
        if self._service is None:
            return
        if self._reply_focus_for != ticket_id:
            self._reply_focus_for = None  # another ticket opened: not that one's box
        self._loading_id = ticket_id
        self._unloaded_id = None
        if self.ticket is None or self.ticket.id != ticket_id:
            self.save_draft()  # the reply to the ticket being left
            self.ticket = None
            self._offline_copy = self._row_only = False
            self.thread_scroll.clear()
            # Another ticket's rating must not stay (an open ticket showed one).
            self.satisfaction_box.show_for(None)
            # The thread as last seen shows at once; the service's copy follows.
            cached = self._service.cached_ticket(ticket_id)
            if cached is not None:
                self.show_ticket(cached)
                self._offline_copy = self._offline  # no fresher copy can come now
            elif self._offline:
                self._show_row(ticket_id)  # said at once: no "Loading…" that cannot end
        self.retranslate_ui()
        self._tasks.run(
            self._fetch(self._service, ticket_id),
            on_error=lambda error: self._failed(error, ticket_id),
        )

    async def _fetch(self, service: TicketService, ticket_id: str) -> None:
        ticket = await service.ticket(ticket_id)
        if self._loading_id != ticket_id:
            return  # the user opened another ticket meanwhile
        self._loading_id = None
        self._fresh()
        self.show_ticket(ticket)
        self.ticket_shown.emit(ticket.id)

    def _fresh(self) -> None:
        """The service answered with the thread: no longer the stored copy, nor the row."""
        self._offline_copy = self._row_only = False
        self._unloaded_id = None
        self.followers_box.set_offline(self._offline)

    def _show_row(self, ticket_id: str) -> bool:
        """Offline, a thread never downloaded: the ticket as its list row knows it (subject,
        number, status), the reply box too (a reply waits in the outbox). False: no row."""
        service = self._service
        summary = service.store.get(ticket_id) if service is not None else None
        if summary is None:
            return False
        self.show_ticket(Ticket(*summary))
        self._row_only = True
        # Its rating, its followers are not known here: none is offered.
        self.satisfaction_box.show_for(None)
        self.followers_box.set_offline(True)
        return True

    def set_offline(self, offline: bool) -> None:
        """The window's word on the connection (the status bar's). Offline: the thread is
        the stored copy, and a reply under way waits. Back: read the ticket again at once."""
        if offline == self._offline:
            return
        self._offline = offline
        self.thread_scroll.set_offline(offline)
        self.followers_box.set_offline(offline or self._row_only)
        if offline:
            self._offline_copy = self.ticket is not None and not self._row_only
            self.retranslate_ui()
            return
        wanted = self.ticket.id if self.ticket is not None else self._unloaded_id
        if self._service is not None and wanted is not None:
            self.load(wanted)  # what needs the service comes back when it answers

    @property
    def shown_id(self) -> str | None:
        """The ticket this page shows, or would show once its conversation is downloaded."""
        return self.ticket.id if self.ticket is not None else self._unloaded_id

    def set_local_stopped(self, stopped: bool) -> None:
        """The local service gave up: a conversation not downloaded cannot load until it is
        started again (not by itself, nor by Retry, which is then not offered)."""
        if stopped != self._local_stopped:
            self._local_stopped = stopped
            self.retry_button.setEnabled(not stopped)
            # Its actions too (they were offered, and failed after the click); a reply
            # still waits in the outbox, and says it waits for "Start it again".
            self.followers_box.set_local_stopped(stopped)
            self.satisfaction_box.set_local_stopped(stopped)
            self.thread_scroll.set_local_stopped(stopped)
            # A reply (a chat's line) still goes into the outbox: the box says so first.
            self.composer.set_local_stopped(stopped)
            self.retranslate_ui()

    def _retry_load(self) -> None:
        wanted = self.ticket.id if self.ticket is not None else self._unloaded_id
        if wanted is not None:
            self.load(wanted)

    def show_ticket(self, ticket: Ticket) -> None:
        self.ticket = ticket
        self.thread_scroll.show_messages(ticket.messages, ticket.events)
        self.satisfaction_box.show_for(ticket)
        self.followers_box.show_for(ticket)
        if self._draft_ticket_id != ticket.id:
            self._restore_draft(ticket.id)
        user = self._service.user if self._service else None
        colleague = ""
        if user is not None and ticket.submitter.id != user.id:
            colleague = ticket.submitter.name  # R17: they are told of the reply
        self.composer.configure(
            chat=ticket.channel == "chat" and ticket.chat_state != "ended", colleague_name=colleague
        )
        # R13: the contact form a refused reply goes to as a new request is the admins'.
        self.thread_scroll.offers_new_request = user is not None and user.is_admin
        self._show_pending()
        self._update_conflict()
        self._sync_chat_handover()
        if self._search and self._hit_shown_for != ticket.id:
            self._show_first_hit()
        self._focus_reply_if_wanted()

    def focus_reply_when_shown(self, ticket_id: str) -> None:
        """The keyboard in the reply box, at the end of its draft, once ``ticket_id`` shows
        (at once if it does): Ctrl+Enter sends what was written, typing goes on after it."""
        self._reply_focus_for = ticket_id
        self._focus_reply_if_wanted()

    def _focus_reply_if_wanted(self) -> None:
        ticket = self.ticket
        if ticket is None or ticket.id != self._reply_focus_for or not self.isVisible():
            return
        self._reply_focus_for = None  # once: a later re-read of the ticket leaves it be
        if not self._reading():
            return  # moved on while the ticket loaded (Tab to a button): not taken back
        if self.chat_handover.isVisible():
            self.chat_window_requested.emit(ticket)  # the chat's box is in its window
        elif self.composer.isVisible():
            self.composer.editor.moveCursor(QTextCursor.MoveOperation.End)
            self.composer.editor.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Left before the ticket came (Esc back to Drafts): opened later from a list, it
        # keeps the keyboard on the conversation, as any ticket opened from a list does.
        self._reply_focus_for = None
        super().hideEvent(event)

    def set_search(self, text: str) -> None:
        """What the list the ticket is opened from is searched for ("" nothing, or cleared):
        its words marked in the messages, and the first message holding them scrolled to."""
        text = text.strip()
        if text == self._search:
            return
        self._search = text
        self._hit_shown_for = None
        self.thread_scroll.set_search(text)
        if text and self.ticket is not None:
            self._show_first_hit()

    @property
    def search(self) -> str:
        return self._search

    def _show_first_hit(self) -> None:
        card = self.thread_scroll.first_hit()
        if card is not None and self.ticket is not None:
            self._hit_shown_for = self.ticket.id
            self.thread_scroll.keep_in_view(card)

    # -- the outbox: replies sent but not confirmed yet ------------------------------

    def _pending(self) -> tuple[OutboxItem, ...]:
        service = self._service
        if service is None or self.ticket is None or not service.outbox.store.is_open:
            return ()
        return tuple(service.outbox.store.items(self.ticket.id))

    def _show_pending(self) -> None:
        self.thread_scroll.show_pending(self._pending())
        self._show_thread_frame()  # a reply waiting for a thread never downloaded shows

    def _outbox_changed(self, service: TicketService) -> None:
        if service is self._service:
            self._show_pending()

    def _item_sent(self, service: TicketService, item: OutboxItem, ticket: Ticket) -> None:
        if service is self._service and self.ticket is not None and ticket.id == self.ticket.id:
            self.show_ticket(ticket)
            self.ticket_changed.emit(ticket.id)

    def _retry_item(self, key: str) -> None:
        if self._service is not None:
            self._tasks.run(self._service.outbox.retry(key))

    def _edit_item(self, key: str) -> None:
        if self._service is not None and self.ticket is not None:
            self._tasks.run(self._take_back(self._service, self.ticket.id, key))

    async def _take_back(self, service: TicketService, ticket_id: str, key: str) -> None:
        saving = self.save_draft()  # what is in the box now is kept: the item joins it
        if saving is not None:
            await saving
        await service.outbox.edit(key)
        if self.ticket is not None and self.ticket.id == ticket_id:
            self._restore_draft(ticket_id)
            # A closed ticket shows the box again, to copy from; a chat in its window
            # gets the line there.
            self._sync_chat_handover()
            if self.composer.isVisible():
                self.composer.editor.setFocus()

    def _discard_item(self, key: str) -> None:
        service = self._service
        if service is None:
            return
        from desktop.ui.text.wrapped_message_box import WrappedMessageBox  # when needed

        box = WrappedMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard reply"))
        box.setText(self.tr("Discard this reply? It has not been sent, and its text will be lost."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Discard | buttons.Cancel)
        box.setObjectName("discard_outbox_box")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(
            lambda button: (
                box.standardButton(button) == QMessageBox.StandardButton.Discard
                and self._tasks.run(service.outbox.discard(key))
            )
        )
        box.open()

    # -- conflicts: the ticket changed while the reply was written ------------------

    def _new_answers(self) -> list[Message]:
        ticket = self.ticket
        if ticket is None or self._composer_base is None:
            return []
        if not self.composer.editor.toPlainText().strip():
            return []
        ids = [m.id for m in ticket.messages]
        if self._composer_base not in ids:
            return []
        newer = ticket.messages[ids.index(self._composer_base) + 1 :]
        return [m for m in newer if m.author_kind == "agent"]

    def _update_conflict(self) -> None:
        self.conflict_bar.show_answers(len(self._new_answers()))

    def _last_message_id(self) -> str | None:
        if self.ticket is None or not self.ticket.messages:
            return None
        return self.ticket.messages[-1].id

    def _acknowledge_conflict(self) -> None:
        self._composer_base = self._last_message_id()
        self._update_conflict()
        service, ticket = self._service, self.ticket
        if service is not None and ticket is not None and service.drafts.is_open:
            self._tasks.run(service.drafts.rebase(reply_key(ticket.id), self._composer_base))

    def _send_anyway(self) -> None:
        self._acknowledge_conflict()
        self.composer.send()

    # -- drafts: nothing typed is lost ---------------------------------------------

    def _restore_draft(self, ticket_id: str) -> None:
        self._draft_timer.stop()
        self._draft_ticket_id = ticket_id
        drafts = self._service.drafts if self._service else None
        draft = drafts.get(reply_key(ticket_id)) if drafts is not None and drafts.is_open else None
        self.composer.restore(draft.body if draft else "", draft.files if draft else ())
        self._composer_base = draft.based_on if draft else None

    def _draft_edited(self) -> None:
        if self._composer_base is None:
            self._composer_base = self._last_message_id()  # the reply begins here
        ticket_id = self._draft_ticket_id
        if ticket_id is not None:
            self._draft_timer.start()
            if self._service is not None and self._service.drafts.is_open:
                # Journaled within a moment (the save waits for a pause): kill -9 loses nothing.
                self._service.drafts.typing(reply_key(ticket_id), lambda: self._snapshot(ticket_id))
        self._update_conflict()

    def _draft_thrown_away(self, service: TicketService, key: str) -> None:
        """Discarded in Drafts and outbox: the box lets it go (or leaving would save it again)."""
        ticket_id = self._draft_ticket_id
        if service is self._service and ticket_id is not None and reply_key(ticket_id) == key:
            self._draft_timer.stop()
            self.composer.restore("", ())

    def _snapshot(self, ticket_id: str) -> Snapshot | None:
        # The box may hold another ticket's reply by the time the burst is written.
        return self.composer.snapshot(ticket_id) if self._draft_ticket_id == ticket_id else None

    def holds_unsent_reply(self) -> bool:
        """Whether the reply box holds words or files not sent: kept as a draft on leaving."""
        if self._draft_ticket_id is None or self.composer.busy:
            return False
        return bool(self.composer.editor.toPlainText().strip() or self.composer.attachments.files)

    def save_draft(self) -> asyncio.Task[None] | None:
        """Write what is in the composer now (on a thread; the window does not wait)."""
        self._draft_timer.stop()
        ticket_id = self._draft_ticket_id
        drafts = self._service.drafts if self._service else None
        if ticket_id is None or drafts is None or not drafts.is_open:
            return None
        if self.composer.busy:
            return None  # the text is going into the outbox: it is no draft any more
        text = self.composer.editor.toPlainText()
        files = tuple(self.composer.attachments.files)
        return self._tasks.run(
            drafts.save(
                reply_key(ticket_id), text, files, ticket_id=ticket_id, based_on=self._composer_base
            ),
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
            self._fresh()
            self.show_ticket(ticket)
            self.retranslate_ui()

    def _live_failed(self, _error: BaseException) -> None:
        pass  # the next event reads it again; a real failure shows on the next action

    def _cancel_callback(self) -> None:
        """R15: asked first (CancelCallBox); keeping the call is the default."""
        if self._service is None or self.ticket is None or self.ticket.callback is None:
            return
        from desktop.services.phones import international  # the callback's only: not at start

        service, ticket_id = self._service, self.ticket.id
        box = CancelCallBox(international(self.ticket.callback.phone), self)
        box.chosen.connect(lambda keep_open: self._cancel_chosen(service, ticket_id, keep_open))
        box.open()

    def _cancel_chosen(self, service: TicketService, ticket_id: str, keep_open: bool) -> None:
        if service is not self._service or self.ticket is None or self.ticket.id != ticket_id:
            return
        if self._local_stopped:
            # Asked before the local service gave up, answered after: sent, it would fail
            # on a port nobody serves. The call is kept; said where the answer would be.
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    self.tr("The callback was not cancelled: {why}").format(why=start_it_first()),
                    15_000,
                )
            return
        self.cancel_call_button.setEnabled(False)
        self._tasks.run(
            self._do_cancel(service, ticket_id, keep_open), on_error=self._status_failed
        )

    async def _do_cancel(self, service: TicketService, ticket_id: str, keep_open: bool) -> None:
        updated = await service.cancel_callback(ticket_id, keep_open=keep_open)
        self.show_ticket(updated)
        self.ticket_changed.emit(updated.id)
        window = self.window()
        if isinstance(window, QMainWindow):
            done = (
                self.tr("Callback for ticket #{number} cancelled; the ticket stays open.")
                if keep_open
                else self.tr("Callback for ticket #{number} cancelled; the ticket is solved.")
            )
            window.statusBar().showMessage(done.format(number=updated.number), 10_000)

    def _end_chat(self) -> None:
        """Asked first (EndChatBox): an ended chat cannot be taken up again."""
        if self._service is None or self.ticket is None:
            return
        service, ticket_id = self._service, self.ticket.id
        box = EndChatBox(self)
        box.confirmed.connect(lambda: self._end_chat_confirmed(service, ticket_id))
        box.open()

    def _end_chat_confirmed(self, service: TicketService, ticket_id: str) -> None:
        ticket = self.ticket
        if service is not self._service or ticket is None or ticket.id != ticket_id:
            return
        if ticket.chat_state not in ("waiting", "connected"):
            return  # ended meanwhile (by the agent, or in its window)
        self.end_chat_button.setEnabled(False)
        self._tasks.run(self._do_end_chat(service, ticket_id), on_error=self._status_failed)

    async def _do_end_chat(self, service: TicketService, ticket_id: str) -> None:
        updated = await service.end_chat(ticket_id)
        window = self._chat_window()
        if window is not None and window.ticket.id == updated.id:
            window.show_ticket(updated)  # its box closes too: the chat is over
        if self.ticket is not None and self.ticket.id == ticket_id:
            self.show_ticket(updated)
        self.ticket_changed.emit(updated.id)

    def _focus_reply(self) -> None:
        if not self._reading():
            return
        if self.chat_handover.isVisible() and self.ticket is not None:
            self.chat_window_requested.emit(self.ticket)  # the chat's box is there
        elif self.composer.isVisible():
            self.composer.editor.setFocus()

    def _reading(self) -> bool:
        """Whether a single-letter key (R) is the page's: only while the keyboard is on the
        thread (the thread itself or a message's text), or on the page with no control.

        Never from a text field (the letter is text; they take it before the shortcut) nor
        from a button, the rating's Good or Bad among them: a comment typed after pressing
        one began with "r" and went, but for its first letter, to the reply box."""
        focus = QApplication.focusWidget()
        if focus is None or focus is self:
            return True
        if isinstance(focus, QAbstractButton | QLineEdit | QTextEdit | QPlainTextEdit):
            return False  # a message's attachment, and the composer's editor among them
        return focus is self.thread_scroll or self.thread_scroll.isAncestorOf(focus)

    def _send(self, text: str, files: list[Path]) -> None:
        if self._service is None or self.ticket is None:
            return
        if self._new_answers():
            # Seen before sending: the answer may change what the user wants to say.
            self.composer.show_error(
                lambda: self.tr("Support answered meanwhile: read it, or Send anyway.")
            )
            self.conflict_bar.send_anyway_button.setFocus()
            return
        self._draft_timer.stop()
        self._tasks.run(
            self._queue(self._service, self.ticket, text, files), on_error=self._send_failed
        )

    async def _queue(
        self, service: TicketService, ticket: Ticket, text: str, files: list[Path]
    ) -> None:
        live_chat = ticket.channel == "chat" and ticket.chat_state != "ended"
        # Into the outbox (the draft leaves in the same step); it goes out from there.
        await service.outbox.send_reply(ticket, text, tuple(files), chat=live_chat)
        self.composer.sent()
        self._composer_base = None
        self._update_conflict()

    def _send_failed(self, error: BaseException) -> None:
        message = describe(error)
        self.composer.show_error(lambda: describe(error).text)  # the text stays in the editor
        if not message.expected:
            self._tasks.report(error)

    def _told_of_status(self) -> str:
        ticket = self.ticket
        user = self._service.user if self._service is not None else None
        if ticket is None or user is None or ticket.submitter.id == user.id:
            return ""
        return self.tr("{name} is told by e-mail.").format(name=ticket.submitter.name)

    def _set_status(self, status: str) -> None:
        if self._service is None or self.ticket is None:
            return
        focus = QApplication.focusWidget()
        # Turned off while the service answers, the button hands the keyboard to whatever
        # follows it (the followers' Add follower…): it is brought back once answered.
        self._status_focus = focus in (self.solve_button, self.reopen_button)
        self.solve_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self._tasks.run(
            self._do_set_status(self._service, self.ticket.id, status), on_error=self._status_failed
        )

    async def _do_set_status(self, service: TicketService, ticket_id: str, status: str) -> None:
        updated = await service.set_status(ticket_id, status)
        self.show_ticket(updated)
        self.ticket_changed.emit(updated.id)
        if self._status_focus and self.ticket is not None and self.ticket.id == ticket_id:
            self._focus_after_status(rating_first=True)
        self._status_focus = False
        # Said where it stays: a filtered list may drop the ticket from view at once.
        window = self.window()
        if isinstance(window, QMainWindow):
            done = (
                self.tr("Ticket #{number} is marked solved.")
                if updated.status == "solved"
                else self.tr("Ticket #{number} is open again.")
            )
            window.statusBar().showMessage(done.format(number=updated.number), 10_000)

    def _focus_after_status(self, *, rating_first: bool = False) -> None:
        """Where the keyboard goes once the status changed: the rating the solved ticket
        now asks for, else the status button that is shown now (Reopen, Mark solved)."""
        first = (self.satisfaction_box.good_button,) if rating_first else ()
        for control in (*first, self.reopen_button, self.solve_button):
            if control.isVisibleTo(self) and control.isEnabled():
                control.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _status_failed(self, error: BaseException) -> None:
        self.retranslate_ui()
        if self._status_focus:
            self._status_focus = False
            self._focus_after_status()  # not changed: back on the button pressed
        self._tasks.report(error)

    def _failed(self, error: BaseException, ticket_id: str) -> None:
        if self._loading_id != ticket_id:
            return  # another ticket was opened meanwhile: this one's failure is old news
        self._loading_id = None
        if type(error) is ServerUnreachable:
            # Offline is an expected state, said on the page (and by the status bar), not
            # in a dialog: the stored thread, else what the list row knows, else that much.
            if self.ticket is not None and not self._row_only:
                self._offline_copy = True  # offline: the stored thread is what there is
                self.followers_box.set_offline(True)
            elif self.ticket is None and not self._show_row(ticket_id):
                self._unloaded_id = ticket_id
            self.retranslate_ui()
            return
        self.retranslate_ui()
        self._tasks.report(error)

    def message_cards(self) -> list[MessageCard]:
        return self.thread_scroll.cards()

    def retranslate_ui(self) -> None:
        self.back_button.setText(
            {
                "team": self.tr("← Team tickets"),
                # Opened from the tickets behind an Insights chart: the list's own title.
                "drill_down": self.tr("← Tickets from Insights"),
                "help": self.tr("← Get help"),
                "drafts": self.tr("← Drafts"),
            }.get(self._back_to)
            or self.tr("← My tickets")
        )
        self.back_button.setToolTip(self.tr("Back (Esc)"))
        self.thread_scroll.setAccessibleName(self.tr("Conversation"))
        self.thread_scroll.setAccessibleDescription(
            self.tr("Arrow and Page keys scroll it; R writes a reply.")
        )
        ticket = self.ticket
        loading = bool(self._loading_id) and ticket is None
        unloaded = self._row_only or (ticket is None and self._unloaded_id is not None)
        unloaded_chat = unloaded and ticket is not None and ticket.channel == "chat"
        if unloaded_chat and self._local_stopped:
            # Said plainly: no box, no chat buttons, no frame with nothing in it.
            self.status_line.setText(chat_not_shown())
        elif unloaded and self._local_stopped:
            self.status_line.setText(
                self.tr(
                    "This ticket's conversation has not been downloaded yet. It loads once "
                    "the local demo workspace is started again."
                )
            )
        elif unloaded:
            # Said plainly, with what happens next; Retry beside it asks at once.
            self.status_line.setText(
                self.tr(
                    "Offline: this ticket's conversation has not been downloaded yet. "
                    "It loads by itself when the connection returns."
                )
            )
        elif loading:
            self.status_line.setText(self.tr("Loading the conversation…"))
        elif self._offline_copy and self._local_stopped:
            # Not "Offline": nothing is tried again until "Start it again" (newcomer 29).
            self.status_line.setText(
                self.tr("The local demo workspace is not running: the conversation as last synced.")
            )
        elif self._offline_copy:
            self.status_line.setText(self.tr("Offline: the conversation as last synced."))
        else:
            self.status_line.clear()
        self.status_line.setVisible(loading or self._offline_copy or unloaded)
        self._show_thread_frame()
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setToolTip(start_it_first() if self._local_stopped else "")
        self.retry_button.setAccessibleDescription(self.status_line.text())
        self.retry_button.setVisible(unloaded)
        self.solve_button.setText(self.tr("Mark solved"))
        self.reopen_button.setText(self.tr("Reopen"))
        # R17: on a teammate's ticket, say who hears of it (the service mails them).
        told = self._told_of_status()
        for button in (self.solve_button, self.reopen_button):
            button.setToolTip(told)
            button.setAccessibleDescription(told)
        self.follow_up_button.setText(self.tr("Contact support…"))
        self.follow_up_button.setAccessibleName(self.tr("Contact support"))
        self.follow_up_button.setToolTip(self.tr("Ask a new question that follows up this one"))
        # One name with the hand-over line's button (ChatHandoverBar): the same action.
        self.chat_window_button.setText(self.tr("Show chat window"))
        self.chat_window_button.setToolTip(self.tr("Follow this chat in a window of its own"))
        self.cancel_call_button.setText(self.tr("Cancel callback"))
        self.cancel_call_button.setToolTip(
            self.tr(
                "You no longer need the call: leave the queue. You are asked whether the "
                "ticket stays open."
            )
        )
        self.end_chat_button.setText(self.tr("End chat"))
        self.end_chat_button.setToolTip(
            start_it_first() if self._local_stopped else self.tr("End this live chat with support")
        )
        nothing = ticket is None and not loading and not unloaded
        self.empty_note.setText(
            self.tr("No ticket to show. The ticket you select in the list is shown here.")
        )
        self.empty_note.setVisible(nothing)  # the thread's frame hidden then (_show_thread_frame)
        if ticket is None:
            for label in (self.title, self.meta, self.sla, self.read_only_note, self.live_state):
                label.clear()
            self.satisfaction_box.hide()  # no ticket, no rating
            for widget in (
                self.chat_window_button,
                self.end_chat_button,
                self.solve_button,
                self.reopen_button,
                self.cancel_call_button,
                self.composer,
                self.live_state,
                self.conflict_bar,
                self.chat_handover,
                self.followers_box,
                self.follow_up_button,
            ):
                widget.hide()
            return
        # Offline, a chat never downloaded: no box to type in (a chat line cannot reach
        # the agent, nor wait for one), only "not downloaded yet" and Retry. An ordinary
        # ticket keeps its reply box: the reply waits in the outbox. (Its list row tells
        # no chat state: no chat window nor End chat is offered either.)
        unloaded_chat = self._row_only and ticket.channel == "chat"
        # An ended chat's transcript is the thread here: no window to follow it in.
        live_chat = ticket.channel == "chat" and ticket.chat_state in ("waiting", "connected")
        self.chat_window_button.setVisible(live_chat)
        self.end_chat_button.setVisible(live_chat and not self._handed_over())
        self.end_chat_button.setEnabled(not self._local_stopped)
        queued_call = ticket.callback is not None and ticket.callback.state == "queued"
        self.cancel_call_button.setVisible(queued_call)
        closed = ticket.status == "closed"
        self.solve_button.setVisible(ticket.status in ("new", "open", "pending"))
        self.reopen_button.setVisible(ticket.status == "solved")
        # Offline they cannot succeed: off, saying why (on again as soon as it answers;
        # the local demo workspace stopped, once it is started again).
        if self._local_stopped:
            waiting = start_it_first()
        elif self._offline:
            waiting = self.tr("Offline: possible once the service answers again.")
        else:
            waiting = ""
        for button in (self.solve_button, self.reopen_button, self.cancel_call_button):
            button.setEnabled(not waiting)
            if waiting:
                button.setToolTip(waiting)
                button.setAccessibleDescription(waiting)
        # Closed while a reply was written: the text stays visible, to be copied.
        typed = bool(self.composer.editor.toPlainText().strip())
        handed = self._handed_over()
        self.composer.setVisible((not closed or typed) and not handed and not unloaded_chat)
        self.chat_handover.setVisible(handed and not unloaded_chat)
        # One "Show chat window": the one at the top, read first, beside End chat (R, the
        # page's key for the reply box, goes to the window too).
        self.chat_handover.show_button.setVisible(not self.chat_window_button.isVisibleTo(self))
        self.composer.set_can_send(not closed)
        live = self._live_text(ticket)
        self.live_state.setText(live)
        self.live_state.setVisible(bool(live))
        self._show_live(ticket)
        self.title.setText(
            self.tr("#{number} {subject}").format(number=ticket.number, subject=ticket.subject)
        )
        # Each part a unit that wraps whole: Japanese "…に Ava Jansenが作成" left 作成 alone
        # on the next line. The dot between parts reads the same in en, ja and nl.
        self.meta.set_units(
            [
                status_label(ticket.status),
                product_label(ticket.product),
                channel_label(ticket.channel),
                category_label(ticket.category),
                self.tr("opened {created} by {name}").format(
                    created=thread_time(ticket.created_at, self._now()),
                    name=ticket.submitter.name,
                ),
            ]
        )
        self.sla.setText(self._sla_text(ticket))
        # The full dates, where the lines say "35 min ago" or "19:30".
        self.meta.setToolTip(long_datetime(ticket.created_at))
        self.sla.setToolTip(long_datetime(ticket.first_response_due_at))
        self.read_only_note.setVisible(closed)
        self.follow_up_button.setVisible(closed)
        if closed and typed:
            note = self.tr(
                "This ticket was closed while you were writing. Your text is kept below: "
                "copy it, then contact support again."
            )
        elif closed:
            note = self.tr(
                "This ticket is closed: it was solved and then quiet for 7 days. "
                "To follow up, contact support again."
            )
        else:
            note = ""
        self.read_only_note.setText(note)

    def _show_thread_frame(self) -> None:
        """A conversation never downloaded shows no empty frame (newcomer 29: a stopped
        chat's blank box read as a conversation with nothing in it): the sentence that
        says so takes the page's middle instead, until a reply waits in it (outbox)."""
        unloaded = self._row_only or (self.ticket is None and self._unloaded_id is not None)
        empty = unloaded and not self.thread_scroll.pending_cards()
        # No ticket at all (none in the list beside): the empty note stands in its place.
        nothing = self.ticket is None and not self._loading_id and not unloaded
        self.thread_scroll.setVisible(not empty and not nothing)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(self._status_row, 1 if empty else 0)

    def _follow_up(self) -> None:
        if self.ticket is not None:
            self.follow_up_requested.emit(self.ticket.id)

    def _show_live(self, ticket: Ticket) -> None:
        """A chat or call under way stands out (bold, in the text's colour); one that is
        over is a quiet note, like the thread's other system lines."""
        call = ticket.callback
        if ticket.chat_state is not None:  # _live_text tells the chat before any call
            over = ticket.chat_state == "ended"
        else:
            over = call is not None and call.state not in ("queued", "calling")
        set_font_style(self.live_state, bold=not over)
        set_text_role(self.live_state, TextRole.SECONDARY if over else TextRole.PRIMARY)

    def _live_text(self, ticket: Ticket) -> str:
        """R15: where a chat or a requested call stands."""
        if ticket.chat_state == "waiting" and ticket.chat_position:
            return self.tr(
                "Chat: waiting for a support agent to join… You are number {position} in the queue."
            ).format(position=ticket.chat_position)
        if ticket.chat_state == "waiting":
            return self.tr("Chat: waiting for a support agent to join…")
        if ticket.chat_state == "connected":
            return self.tr("Chat: a support agent is with you.")
        if ticket.chat_state == "ended":
            return self.tr("Chat ended.")
        callback = ticket.callback
        if callback is None:
            return ""
        from desktop.services.phones import international  # the callback's only: not at start

        phone = international(callback.phone)  # shown as the contact form read it back
        if callback.state == "queued":
            return self.tr(
                "Callback to {phone}: number {position} in the queue, about {minutes} min."
            ).format(
                phone=phone,
                position=callback.queue_position or 1,
                minutes=callback.estimated_wait_minutes or 0,
            )
        if callback.state == "calling":
            return self.tr("Callback: calling {phone} now.").format(phone=phone)
        if callback.state == "completed":
            return self.tr("Callback to {phone} completed.").format(phone=phone)
        if (
            callback.state == "cancelled"
            and ticket.status in ("new", "open")
            and not (ticket.first_responded_at)
        ):
            return self.tr(
                "Callback to {phone} cancelled: support answers in writing, here and by e-mail."
            ).format(phone=phone)
        if callback.state == "cancelled":
            return self.tr("Callback to {phone} cancelled.").format(phone=phone)
        return self.tr("Callback to {phone} failed: nobody answered.").format(phone=phone)

    def _now(self) -> datetime:
        """The service's clock (a shifted one in the demo workspace), else the computer's."""
        return self._service.now() if self._service is not None else datetime.now(UTC)

    def _sla_text(self, ticket: Ticket) -> str:
        now = self._now()
        due = moment_text(ticket.first_response_due_at, now)
        answered = ticket.first_responded_at
        if answered is not None and ticket.sla_state == "met":
            return self.tr("Answered in time: first response {answered} (target {due}).").format(
                answered=moment_text(answered, now), due=due
            )
        if answered is not None:
            return self.tr(
                "Response target missed: first response {answered}, it was due {due}."
            ).format(answered=moment_text(answered, now), due=due)
        if ticket.status in ("solved", "closed"):
            # Solved before support wrote (a call cancelled, say): nothing is awaited.
            return self.tr("Solved without a response from support.")
        if ticket.sla_state == "breached":
            return self.tr("Response target missed: the first response was due {due}.").format(
                due=due
            )
        return self.tr("Waiting for the first response, due {due}.").format(due=due)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
