"""One app per account folder: a second start hands its request to the first and ends.

The running app listens on a local socket (a named pipe on Windows) named after its data
folder, so two users, or tests with their own folders, never reach each other's app; only
the same user may connect. A start's request arrives here as one line of text: a link to
open, or ``RAISE_REQUEST`` (a start without a link: the window comes forward, as Slack's
or Thunderbird's does). The app answers each line with ``ACK`` once it has read it, so a
start can tell an app that took its request from one that is there but hung
(desktop/bootstrap/second_start.py).
"""

from __future__ import annotations

import enum
import hashlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.ui.tickets.links.link_format import is_link

log = logging.getLogger(__name__)

MAX_MESSAGE = 2048  # a link; anything longer is not one of ours
CONNECT_TIMEOUT_MS = 1000
RAISE_REQUEST = "raise"  # not a link (links are told by their scheme)
ACK = b"ok\n"


class Answer(enum.Enum):
    NOBODY = "nobody"  # no app listens on the name (none runs, or it has not begun to)
    TAKEN = "taken"  # the app read the request and said so
    SILENT = "silent"  # an app holds the name but said nothing in time: hung, or stopped


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"premium-support-desk-{digest}"


def hand_over(name: str, message: str, answer_ms: int = CONNECT_TIMEOUT_MS) -> Answer:
    """Give ``message`` to the app listening on ``name`` and wait up to ``answer_ms`` for it
    to say it read it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return Answer.NOBODY
    try:
        socket.write(message.encode()[:MAX_MESSAGE] + b"\n")
        if not socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
            return Answer.SILENT
        # A hung app's socket still takes the connection and the line (the system queues
        # them): only its answer says it is alive.
        reply = bytearray()
        deadline = time.monotonic() + answer_ms / 1000
        while b"\n" not in reply:
            left_ms = int((deadline - time.monotonic()) * 1000)
            if left_ms <= 0 or not socket.waitForReadyRead(left_ms):
                break
            reply.extend(socket.readAll().data())
        reply.extend(socket.readAll().data())
        return Answer.TAKEN if reply.startswith(ACK) else Answer.SILENT
    finally:
        socket.abort()


def someone_listens(name: str) -> bool:
    """Whether an app holds ``name`` (a socket file nobody answers on is left by a killed one)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return connected


class InstanceListener(QObject):
    """The running app's end: each message another start hands over, as text."""

    message_received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self._name = name

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        # A socket file left by an app that was killed: nobody answers on it, so it goes.
        if someone_listens(self._name):
            log.warning("another app already listens on %s", self._name)
            return False
        QLocalServer.removeServer(self._name)
        listening = self._server.listen(self._name)
        if not listening:
            log.warning("cannot listen for links: %s", self._server.errorString())
        return listening

    def close(self) -> None:
        for socket in list(self._buffers):
            socket.readyRead.disconnect(self._read)
            socket.abort()
        self._buffers.clear()
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or socket not in self._buffers:
            return
        buffer = self._buffers[socket]
        buffer.extend(socket.readAll().data())
        # One line a start; the socket is done with then (or when it says too much).
        if b"\n" not in buffer and len(buffer) <= MAX_MESSAGE:
            return
        del self._buffers[socket]
        socket.readyRead.disconnect(self._read)
        # Read: the start that sent it may end now (closing lets the answer go out first).
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        socket.deleteLater()
        text = bytes(buffer).split(b"\n", 1)[0][:MAX_MESSAGE].decode(errors="replace").strip()
        if text:
            self.message_received.emit(text)


class LinkReceiver(QObject):
    """Every way another start's request reaches the running app: its hand-over (a link, or
    the window wanted in front) and, on macOS, the system's open-URL event (it wakes the
    app with one instead of starting another)."""

    def __init__(
        self, name: str, open_link: Callable[[str], None], bring_forward: Callable[[], None]
    ) -> None:
        app = QCoreApplication.instance()
        super().__init__(app)
        self._open_link = open_link
        self._bring_forward = bring_forward
        self._listener = InstanceListener(name, self)
        self._listener.message_received.connect(self._received)
        self._listener.listen()
        # Only there: a filter on the application sees every event of every widget.
        self._filtering = sys.platform == "darwin" and app is not None
        if self._filtering and app is not None:
            app.installEventFilter(self)

    def _received(self, text: str) -> None:
        if text == RAISE_REQUEST:
            log.info("another start asked for this app's window: brought forward")
            self._bring_forward()
        else:
            self._open_link(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url().toString()
            if is_link(url):
                self._open_link(url)
                return True
        return super().eventFilter(watched, event)

    def close(self) -> None:
        app = QCoreApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
        self._listener.close()
