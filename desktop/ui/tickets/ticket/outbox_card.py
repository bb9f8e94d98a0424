"""A reply in the outbox, shown in its thread where it will appear: queued, sending or failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.api.errors import ApiError
from desktop.services.outbox import FILE_MISSING, SIGNED_OUT, TICKET_CLOSED
from desktop.store.outbox import FAILED, SENDING, OutboxItem
from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.error_text import describe
from desktop.ui.text.local_stopped import reply_waits
from desktop.ui.text.wrapped_label import WrappedLabel


def failure_text(item: OutboxItem) -> str:
    """Why the service did not take the item, in the user's language."""
    if item.error_code == SIGNED_OUT:
        return QCoreApplication.translate(
            "OutboxText", "You are signed out. Sign in again and it is sent."
        )
    if item.error_code == FILE_MISSING:
        return QCoreApplication.translate(
            "OutboxText", "An attached file is no longer there: {path}"
        ).format(path=item.error_detail)
    error = ApiError(
        status=item.error_status or 400, code=item.error_code, detail=item.error_detail
    )
    return describe(error).text


def goes_as_new_request(item: OutboxItem) -> bool:
    """A reply refused because its ticket closed: no retry can succeed, a new request can."""
    return item.failed and item.ticket_id is not None and item.error_code == TICKET_CLOSED


def state_text(item: OutboxItem, *, offline: bool = False, local_stopped: bool = False) -> str:
    """``offline``: the window says the service cannot be reached. A reply whose request
    still hangs then waits, as the banner says, and is not "Sending…". ``local_stopped``:
    the local demo workspace's service gave up; it waits for "Start it again"."""
    if item.state == FAILED:
        return QCoreApplication.translate("OutboxText", "Not sent: {reason}").format(
            reason=failure_text(item)
        )
    if local_stopped:
        return reply_waits()  # "Waiting to be sent" alone read as if it would go by itself
    if item.state == SENDING and not offline:
        return QCoreApplication.translate("OutboxText", "Sending…")
    return QCoreApplication.translate("OutboxText", "Waiting to be sent")


class OutboxCard(QFrame):
    retry_requested = Signal(str)  # item key
    edit_requested = Signal(str)
    discard_requested = Signal(str)
    new_request_requested = Signal(str)

    def __init__(
        self, item: OutboxItem, parent: QWidget | None = None, *, offers_new_request: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_card")
        self.item = item
        self._offers_new_request = offers_new_request
        self._offline = False
        self._local_stopped = False
        self.setStyleSheet(
            "#outbox_card { border: 1px dashed palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        self.body = QLabel(item.body)
        self.body.setObjectName("outbox_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = WrappedLabel()
        self.state.setObjectName("outbox_state")
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("outbox_retry_button")
        self.retry_button.clicked.connect(lambda: self.retry_requested.emit(item.key))
        self.new_request_button = QPushButton()
        self.new_request_button.setObjectName("outbox_new_request_button")
        self.new_request_button.clicked.connect(lambda: self.new_request_requested.emit(item.key))
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("outbox_edit_button")
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(item.key))
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("outbox_discard_button")
        self.discard_button.clicked.connect(lambda: self.discard_requested.emit(item.key))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.new_request_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        item = self.item
        failed = item.state == FAILED
        self.state.setText(
            state_text(item, offline=self._offline, local_stopped=self._local_stopped)
        )
        set_text_role(self.state, TextRole.DANGER if failed else TextRole.SECONDARY)
        self.retry_button.setText(self.tr("Retry"))
        self.new_request_button.setText(self.tr("Send as a new request"))
        self.new_request_button.setToolTip(
            self.tr("Open Contact support with this text and its files; sent, it leaves here")
        )
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Take the text back into the reply box"))
        self.discard_button.setText(self.tr("Discard"))
        # Retry is for what failed; a queued item goes by itself. Nothing moves mid-send.
        # A closed ticket takes no reply however often it is tried: a new request instead.
        closed = goes_as_new_request(item)
        self.retry_button.setVisible(failed and not closed)
        self.new_request_button.setVisible(closed and self._offers_new_request)
        self.edit_button.setVisible(item.state != SENDING)
        self.discard_button.setVisible(item.state != SENDING)

    def set_offline(self, offline: bool) -> None:
        """Whether the window says offline (a reply under way then waits for the service)."""
        if offline != self._offline:
            self._offline = offline
            self.retranslate_ui()

    def set_local_stopped(self, stopped: bool) -> None:
        if stopped != self._local_stopped:
            self._local_stopped = stopped
            self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
