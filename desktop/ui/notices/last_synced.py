"""Whether what a page shows is as last synced, and since when (Insights, Recommendations).

Offline, a page's content is as last synced: read from this computer's copy (its time is
kept with it), or read from the service before the connection went (issue 19: a page on
screen as the service went away kept what it had read with nothing to say it might be out
of date). The page says so in its own words, in the app's one style for a past moment
("5 min ago", the full date and time in the tooltip), kept current by a clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.insights import Shown
from desktop.ui.notices.connection_indicator import ConnectionIndicator
from desktop.ui.notices.followed_connection import FollowedConnection
from desktop.ui.text.durations import relative_time
from desktop.ui.text.formatting import long_datetime


class LastSynced(QObject):
    changed = Signal()  # offline or back, or a minute passed: the page says it again

    def __init__(
        self,
        page: QWidget,
        shown: Callable[[], Shown[Any] | None],
        now: Callable[[], datetime],
        reload: Callable[[], None],
    ) -> None:
        """``shown``: what the page shows now; ``now``: the page's clock (the service's);
        ``reload``: the page reads the service again (back online, if on screen)."""
        super().__init__(page)
        self._page = page
        self._shown = shown
        self._now = now
        self._reload = reload
        self.offline = False  # as the window's status bar says it (follow)
        self._connection = FollowedConnection()
        # When what is shown was read from the service, and whether the connection went
        # since: it is then as last synced, though not read from the stored copy.
        self._read_at: datetime | None = None
        self._read_before_offline = False
        # "as last synced 5 min ago" stays true as the minutes pass.
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self.changed)

    def follow(self, indicator: ConnectionIndicator) -> None:
        """The window's connection, as the status bar and the offline banner say it: the
        window hands it over when it builds the page (the page never looks for it)."""
        self._connection.follow(indicator, self.set_offline)

    def set_offline(self, offline: bool) -> None:
        was_offline, self.offline = self.offline, offline
        shown = self._shown()
        if offline and shown is not None and shown.stored_at is None:
            self._read_before_offline = True
        self.changed.emit()
        # Back: what the page on screen shows is read again (hidden, the page reads it
        # when shown).
        if was_offline and not offline and self._shown() is not None and self._page.isVisible():
            self._reload()

    def read(self, shown: Shown[Any]) -> None:
        """The page shows what it has just read: from the service, as of now, or the copy."""
        if shown.stored_at is None:
            self._read_at = datetime.now(UTC)
            self._read_before_offline = False

    def at(self) -> datetime | None:
        """When what is shown was last synced, if it may be out of date: the stored copy's
        time, or, offline, when it was read before the connection went."""
        shown = self._shown()
        if shown is None:
            return None
        if shown.stored_at is not None:
            return shown.stored_at
        return self._read_at if self.offline and self._read_before_offline else None

    def when(self) -> str:
        """ "5 min ago" (or the day, before today), and the clock kept going while it is
        said; empty, and the clock stopped, when nothing is as last synced."""
        at = self.at()
        if at is None:
            self._clock.stop()
            return ""
        self._clock.start()
        return relative_time(at, self._now())

    def full_time(self) -> str:
        """For the tooltip: the full date and time (empty when nothing is as last synced)."""
        at = self.at()
        return long_datetime(at) if at is not None else ""
