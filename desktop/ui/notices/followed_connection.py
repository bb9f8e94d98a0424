"""A page's hold on the window's connection, as the status bar and the offline banner say
it: followed once, and its state taken at once (Billing, and what is as last synced)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.ui.notices.connection_indicator import ConnectionIndicator


class FollowedConnection:
    def __init__(self) -> None:
        self._indicator: ConnectionIndicator | None = None

    def follow(self, indicator: ConnectionIndicator, set_offline: Callable[[bool], None]) -> None:
        """The window hands the indicator over when it builds the page (the page never
        looks for it). ``set_offline`` hears each change, and the state now at once;
        handed the same indicator again, it is not connected twice."""
        if self._indicator is indicator:
            return
        self._indicator = indicator
        indicator.offline_changed.connect(set_offline)
        set_offline(indicator.offline)
