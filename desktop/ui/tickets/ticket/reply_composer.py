"""The reply box under a thread: write, send with Ctrl+Enter (Enter in a live chat),
never lose the text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.store.draft_journal import Snapshot
from desktop.ui.look.icons import primary_icon
from desktop.ui.look.theme import TextRole, set_text_role, style_focus_ring, style_primary
from desktop.ui.text.local_stopped import reply_will_wait
from desktop.ui.text.said_again import SaidAgain, Text
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.attachments.attachment_picker import AttachmentPicker
from desktop.ui.tickets.attachments.image_paste import ImagePaste
from desktop.ui.tickets.ticket.editor_growth import EditorGrowth

MAX_BODY = 20_000


def sends(event: QKeyEvent, *, chat: bool) -> bool:
    """Is this key press "send"? Ctrl+Enter always; in a live chat Enter alone, as in every
    chat, with Shift+Enter left to the editor for a new line."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers & Qt.KeyboardModifier.ControlModifier:
        return True
    return chat and modifiers == Qt.KeyboardModifier.NoModifier


class ReplyComposer(QWidget):
    """Emits ``send_requested(text, files)``; cleared only by ``sent()``.

    The page puts the text into the outbox (which makes its idempotency key)
    and calls ``sent()`` once it is there; until then the text stays here.
    """

    send_requested = Signal(str, list)
    edited = Signal()  # the text or the files changed: time to save the draft soon
    focus_left = Signal()  # the editor lost focus: save the draft now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reply_composer")
        self.colleague_note = WrappedLabel()
        self.colleague_note.setObjectName("colleague_note")
        set_text_role(self.colleague_note, TextRole.SECONDARY)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("reply_editor")
        self.editor.setTabChangesFocus(True)
        style_focus_ring(self.editor)
        # Two lines at rest, growing as it is written in: the thread above keeps the room.
        self.growth = EditorGrowth(self.editor)
        self.send_button = QPushButton()
        self.send_button.setIcon(primary_icon("paper-plane"))
        self.send_button.setObjectName("send_button")
        style_primary(self.send_button)  # the main action
        self.send_button.setDefault(True)
        # Why Send is greyed out while the text is empty or only spaces: in a few words, as
        # it stands between Attach and Send (the whole sentence, "Write a message to send
        # it", took two lines in English and three in Japanese in the reading pane of a
        # 1296 × 810 window); Send's tooltip says it in full.
        self.send_hint = WrappedLabel()
        self.send_hint.setObjectName("send_hint")
        set_text_role(self.send_hint, TextRole.SECONDARY)
        # Wraps rather than widening the page: in a reading pane beside the list (Dutch:
        # "Schrijf een bericht om het te versturen") the row would hold the pane wide.
        self.send_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A live chat sends on Enter, unlike a reply: say so under the box.
        self.keys_hint = WrappedLabel()
        self.keys_hint.setObjectName("send_keys_hint")
        set_text_role(self.keys_hint, TextRole.SECONDARY)
        self.keys_hint.hide()
        # Ctrl+Enter sends a reply, but nothing near the box said so: once there is text to
        # send, where "Write a message to send it" was (no line of its own: the thread
        # keeps the room).
        self.reply_keys_hint = WrappedLabel()
        self.reply_keys_hint.setObjectName("reply_keys_hint")
        set_text_role(self.reply_keys_hint, TextRole.SECONDARY)
        self.reply_keys_hint.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.reply_keys_hint.hide()
        # The local demo workspace stopped: Send still works (into the outbox), and this
        # says, before it is pressed, that nothing goes until it is started again.
        self.waits_note = WrappedLabel()
        self.waits_note.setObjectName("reply_waits_note")
        set_text_role(self.waits_note, TextRole.WARNING)
        self.waits_note.hide()
        self._local_stopped = False
        self.status = WrappedLabel()
        self._said = SaidAgain(self.status)
        self.status.setObjectName("reply_status")
        # What went wrong (a program refused, a reply too long) on a line of its own under
        # the box, across its whole width: between Attach and the hint it had a few words'
        # room and took ~15 lines, squeezing the thread to one message. Dismiss puts it away.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("reply_status_dismiss_button")
        self.dismiss_button.clicked.connect(self._dismiss)
        self.status_row = QWidget()
        self.status_row.setObjectName("reply_status_row")
        status_row = QHBoxLayout(self.status_row)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.status_row.hide()
        self.attachments = AttachmentPicker()
        self.attachments.watch_drops_on(self.editor)
        self.image_paste = ImagePaste(self.editor, self.attachments)  # a pasted screenshot
        self.attachments.refused.connect(self.show_error)
        self.attachments.changed.connect(self._edited)

        row = self._row = QHBoxLayout()
        row.addWidget(self.attachments)
        row.addWidget(self.send_hint, 1)  # the room between Attach and Send
        row.addWidget(self.reply_keys_hint, 1)  # in its place once there is text
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.colleague_note)
        layout.addWidget(self.waits_note)
        layout.addWidget(self.editor)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.status_row)
        layout.addLayout(row)

        self.send_button.clicked.connect(self.send)
        # Ctrl+Enter sends (Cmd+Enter on macOS), and in a chat Enter alone: caught before the
        # editor makes a new line.
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.textChanged.connect(self._edited)
        self._restoring = False
        self._busy = False
        self._can_send = True
        self._chat = False
        self._colleague_name = ""
        self.set_busy(False)  # sets the texts, and Send off while there is no text

    def configure(self, *, chat: bool, colleague_name: str) -> None:
        """A live chat sends lines; a teammate's ticket shows who will be told (R17)."""
        self._chat = chat
        self._colleague_name = colleague_name
        self.set_busy(self._busy)  # the hints follow (a chat's keys are not a reply's)

    def set_local_stopped(self, stopped: bool) -> None:
        """The local demo workspace's service gave up: what is sent waits (say so)."""
        self._local_stopped = stopped
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        waits = self._local_stopped and self._can_send  # a closed ticket's box sends nothing
        self.waits_note.setVisible(waits)
        self.waits_note.setText(reply_will_wait(chat=self._chat) if waits else "")
        self.editor.setPlaceholderText(
            self.tr("Type a message…") if self._chat else self.tr("Write a reply…")
        )
        self.editor.setAccessibleName(self.tr("Reply"))
        self.send_button.setText(self.tr("Sending…") if self._busy else self.tr("Send"))
        keys = self.tr("Send (Enter)") if self._chat else self.tr("Send (Ctrl+Enter)")
        blank = not self.editor.toPlainText().strip()
        # Greyed out: why, in full (the hint beside it is short), then its keys.
        why = self.tr("Write a message to send it") if blank else ""
        self.send_button.setToolTip("\n".join(t for t in (why, keys) if t))
        self.send_button.setAccessibleDescription(self.send_button.toolTip())
        self.keys_hint.setText(self.tr("Enter to send, Shift+Enter for a new line"))
        self.keys_hint.setVisible(self._chat)
        self.send_hint.setText(self.tr("Nothing to send yet"))
        self.reply_keys_hint.setText(self.tr("Ctrl+Enter to send"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the message"))
        self.colleague_note.setVisible(bool(self._colleague_name))
        if self._colleague_name:
            self.colleague_note.setText(
                self.tr("Your reply is shown as from “Colleague” and {name} is notified.").format(
                    name=self._colleague_name
                )
            )

    def restore(self, text: str, files: tuple[Path, ...]) -> None:
        """Put a saved draft back, exactly where it was left."""
        self._restoring = True
        try:
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
            self.attachments.clear()
            self.attachments.add_files([f for f in files if f.exists()])
        finally:
            self._restoring = False

    def snapshot(self, ticket_id: str) -> Snapshot | None:
        """The draft as it stands, for the journal (None while it goes into the outbox)."""
        if self._busy:
            return None
        return Snapshot(self.editor.toPlainText(), tuple(self.attachments.files), ticket_id)

    def _edited(self) -> None:
        if not self._restoring:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and sends(event, chat=self._chat)
        ):
            self.send()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._said.retranslate()
            self._share_row()
        super().changeEvent(event)

    def set_can_send(self, can_send: bool) -> None:
        """A closed ticket takes no replies, but what was typed stays to be copied."""
        self._can_send = can_send
        self.set_busy(self._busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def send(self) -> None:
        text = self.editor.toPlainText().strip()
        if self._busy or not self._can_send or not text:
            return
        if len(text) > MAX_BODY:
            self.show_error(lambda: self.tr("A reply can be at most 20,000 characters."))
            return
        files = list(self.attachments.files)
        self.set_busy(True)
        self.status.clear()
        self._share_row()
        self.send_requested.emit(text, files)

    def sent(self) -> None:
        """The outbox has it: only now are the text and the files cleared."""
        self.set_busy(False)
        self._restoring = True  # clearing is not an edit: no draft to save
        try:
            self.editor.clear()
            self.attachments.clear()
        finally:
            self._restoring = False

    def show_error(self, text: Text) -> None:
        """``text``: a callable is said again in a new language (desktop/ui/text/said_again.py)."""
        self.set_busy(False)
        self._said.say(text)
        set_text_role(self.status, TextRole.DANGER)
        self._share_row()

    def readable_width(self) -> int:
        """The least width where the box's row reads well: Attach and Send whole, the hint
        between them ("Schrijf een bericht om het te versturen") in three lines at most
        (two asked a Dutch window ~1,500 px wide for the pane: a 1440 px laptop had none)."""
        spacing = max(self._row.spacing(), 0)
        hints = (self.send_hint, self.reply_keys_hint)
        hint = max(h.fontMetrics().horizontalAdvance(h.text()) for h in hints)
        # In three lines: a third of it and room for where the words break (2/5), in the
        # three quarters of the row's spare room (kept since the status, which took the
        # other quarter, moved to a line of its own: the pane's width is not changed).
        return (
            self.attachments.sizeHint().width()
            + hint * 8 // 15
            + self.send_button.sizeHint().width()
            + 3 * spacing
        )

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        chat = self._chat
        blank = not self.editor.toPlainText().strip()
        # Whitespace alone is refused by the service (blank_text): no Send for it here.
        self.send_button.setEnabled(not busy and self._can_send and not blank)
        self.send_hint.setVisible(blank and self._can_send and not busy)
        # A chat says its keys under the box (keys_hint); Enter alone sends there.
        self.reply_keys_hint.setVisible(not blank and self._can_send and not busy and not chat)
        self.attachments.setEnabled(not busy)
        self.retranslate_ui()
        self._share_row()

    def _share_row(self) -> None:
        """The message's line only while it says something."""
        self.status_row.setVisible(bool(self.status.text()))

    def _dismiss(self) -> None:
        """Read: put away, and the keyboard back in the box (the button it was on goes)."""
        self.status.clear()
        self._share_row()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_changed(self) -> None:
        self.set_busy(self._busy)
        if not self._busy and self.status.text():
            self.status.clear()
            self._share_row()
