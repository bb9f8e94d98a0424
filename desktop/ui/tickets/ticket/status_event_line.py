"""A quiet line in the thread for what happened besides messages: "Noah marked this solved",
"Sam Agent joined the chat"."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from desktop.api.models import TicketEvent
from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.formatting import long_datetime, message_time
from desktop.ui.text.labels import status_label
from desktop.ui.text.wrapped_label import WrappedLabel


class StatusEventLine(WrappedLabel):
    """One status change or chat event, centred and in italics: part of the story, not a
    message (R17, R3)."""

    def __init__(self, event: TicketEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket_event = event
        self.setObjectName(f"event_{event.id}")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setItalic(True)
        self.setFont(font)
        # Quiet beside the messages: the secondary tone (4.5:1 still), never a link's blue.
        set_text_role(self, TextRole.SECONDARY)
        self.retranslate_ui()

    def what_happened(self) -> str:
        event = self.ticket_event
        mine = event.actor_kind == "self"
        if event.kind == "chat_joined":
            return self.tr("{name} joined the chat").format(name=event.actor_name)
        if event.kind == "chat_ended":
            if mine:
                return self.tr("You ended the chat")
            return self.tr("{name} ended the chat").format(name=event.actor_name)
        if event.status == "solved":
            if mine:
                return self.tr("You marked this solved")
            return self.tr("{name} marked this solved").format(name=event.actor_name)
        if event.status == "open":
            if mine:
                return self.tr("You reopened this")
            return self.tr("{name} reopened this").format(name=event.actor_name)
        if mine:
            return self.tr("You set the status to {status}").format(
                status=status_label(event.status or "")
            )
        return self.tr("{name} set the status to {status}").format(
            name=event.actor_name, status=status_label(event.status or "")
        )

    def retranslate_ui(self) -> None:
        what = self.what_happened()
        moment = self.ticket_event.created_at
        when = message_time(moment, datetime.now(UTC))
        self.setText(self.tr("{what} · {time}").format(what=what, time=when))
        self.setToolTip(long_datetime(moment))
        self.setAccessibleName(
            self.tr("{what}, {time}").format(what=what, time=long_datetime(moment))
        )

    def refresh_time(self) -> None:
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
