"""The operating system's word that the network is back: worth trying the service at once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation

log = logging.getLogger(__name__)


class NetworkWatch(QObject):
    back_online = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Not every system has a backend (a container, a headless test): then the
        # back-off alone decides when to try again.
        if not QNetworkInformation.loadDefaultBackend():
            log.info("no network information backend: retrying on the back-off only")
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Site,
            QNetworkInformation.Reachability.Local,
        ):
            self.back_online.emit()
