"""The notes the window lays above and below its pages: the local workspace's banner,
"Offline", "The local workspace is not running", and those other parts add.

Each is made the first time it is needed (most sessions never see one of them), so the
window's first paint imports none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.ui.shell.first_paint import after_the_first_paint

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desktop.ui.notices.connection_indicator import ConnectionIndicator
    from desktop.ui.notices.local_banner import LocalModeBanner
    from desktop.ui.notices.local_stopped_banner import LocalStoppedBanner
    from desktop.ui.notices.offline_banner import OfflineBanner


class WindowBanners:
    """Above the pages: banners read first (the local workspace's at the top). Below them:
    notices that come and go unasked, taking their room from the pages' bottom."""

    def __init__(
        self,
        layout: QVBoxLayout,
        pages: QWidget,
        navigation: QWidget,
        connection: ConnectionIndicator,
        *,
        server_settings_requested: SignalInstance,
        reconnect_requested: SignalInstance,
        restart_local: Callable[[], None],
    ) -> None:
        self._layout = layout  # the central widget's: banners, ``pages``, notices
        self._pages = pages
        self._navigation = navigation
        self._connection = connection
        self._server_settings_requested = server_settings_requested
        self._reconnect_requested = reconnect_requested
        self._restart_local = restart_local
        self.local_mode_built: LocalModeBanner | None = None  # made in local mode only
        self.offline_built: OfflineBanner | None = None  # made when first offline
        self.local_stopped_built: LocalStoppedBanner | None = None  # made when first needed

    @property
    def local_mode(self) -> LocalModeBanner:
        """The local workspace's banner, above everything."""
        if self.local_mode_built is None:
            from desktop.ui.notices.local_banner import LocalModeBanner

            banner = LocalModeBanner()
            banner.hide()
            banner.server_settings_requested.connect(self._server_settings_requested)
            self._layout.insertWidget(0, banner)
            self._first_in_tab_order()
            self.local_mode_built = banner
        return self.local_mode_built

    def show_local_mode(self, local: bool) -> None:
        if local:
            self.local_mode.show()
        elif self.local_mode_built is not None:
            self.local_mode_built.hide()

    @property
    def offline(self) -> OfflineBanner:
        """ "Offline — your replies will be sent …", below the pages."""
        if self.offline_built is None:
            from desktop.ui.notices.offline_banner import OfflineBanner

            banner = OfflineBanner(self._connection)  # shown while the status bar says offline
            banner.retry_requested.connect(self._reconnect_requested)
            # Below the pages: it comes and goes with the connection, unasked, and above
            # them it pushed the rows down under the admin's pointer (a click landed on
            # the row above the one aimed at). Here it takes its room from the bottom.
            self.add_below(banner)
            self.offline_built = banner
        return self.offline_built

    @property
    def local_stopped(self) -> LocalStoppedBanner:
        """The local demo workspace is not running: "Start it again"."""
        if self.local_stopped_built is None:
            from desktop.ui.notices.local_stopped_banner import LocalStoppedBanner

            banner = LocalStoppedBanner()
            banner.retry_requested.connect(self._restart_local)
            self.add_below(banner)  # where the offline banner comes: the same place
            self.local_stopped_built = banner
        return self.local_stopped_built

    def add_above(self, banner: QWidget) -> None:
        """Above the pages, below the banners already there (the local workspace's first)."""
        self._layout.insertWidget(self._layout.indexOf(self._pages), banner)
        # After the first paint when the start waits for it (a banner shown over the cached
        # list: the tab order names Qt's enums, ~14 ms); no key reaches the window before.
        after_the_first_paint(self._first_in_tab_order)

    def add_below(self, notice: QWidget) -> None:
        """Under the pages, above the status bar: shown, it takes its room from the pages'
        bottom, and nothing above it moves (a banner above the pages pushed them down,
        under the admin's pointer). Laid over them instead, it hid what is at their
        bottom (a ticket's Send button) until dismissed. Made last, Tab reaches it last,
        where it is read."""
        self._layout.addWidget(notice)

    def _first_in_tab_order(self) -> None:
        """Tab reaches the banners' links where they are read: before the sidebar."""
        from desktop.ui.shell.focus_order import put_before

        layout = self._layout
        # Those above the pages; a notice below them is read, and reached, last.
        items = [layout.itemAt(i) for i in range(layout.indexOf(self._pages))]
        banners = [item.widget() for item in items if item is not None]
        put_before([b for b in banners if b is not None], self._navigation)
