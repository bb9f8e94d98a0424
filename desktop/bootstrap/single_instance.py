"""One app per account folder: a second start hands its link to the first and ends.

The running app listens on a local socket (a named pipe on Windows) named after its data
folder, so two users, or tests with their own folders, never reach each other's app; only
the same user may connect. A link opened while the app runs arrives here as text.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.ui.tickets.links.link_format import is_link

log = logging.getLogger(__name__)

MAX_MESSAGE = 2048  # a link; anything longer is not one of ours
CONNECT_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"premium-support-desk-{digest}"


def hand_over(name: str, message: str) -> bool:
    """Give ``message`` to the app listening on ``name``; False when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(message.encode()[:MAX_MESSAGE] + b"\n")
    delivered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return delivered


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
        if hand_over(self._name, ""):
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
        socket.abort()
        socket.deleteLater()
        text = bytes(buffer).split(b"\n", 1)[0][:MAX_MESSAGE].decode(errors="replace").strip()
        if text:
            self.message_received.emit(text)


class LinkReceiver(QObject):
    """Every way a link reaches the running app: another start's hand-over and, on macOS,
    the system's open-URL event (it wakes the app with one instead of starting another)."""

    def __init__(self, name: str, open_link: Callable[[str], None]) -> None:
        app = QCoreApplication.instance()
        super().__init__(app)
        self._open_link = open_link
        self._listener = InstanceListener(name, self)
        self._listener.message_received.connect(open_link)
        self._listener.listen()
        # Only there: a filter on the application sees every event of every widget.
        self._filtering = sys.platform == "darwin" and app is not None
        if self._filtering and app is not None:
            app.installEventFilter(self)

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
