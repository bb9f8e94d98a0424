"""The client's settings: every QSettings key declared once, with its type and default."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

# The network settings' helpers when they are read or set (after the first paint): the
# start reads these settings before it and has no use for them (nor NetworkOptions).
if TYPE_CHECKING:
    from desktop.api.network import NetworkOptions

LANGUAGE = "ui/language"
SERVER_URL = "server/url"
LAST_EMAIL = "server/last_email"
KEEP_SIGNED_IN = "server/keep_signed_in"
NOTIFY_ANSWERS = "notifications/new_answers"
TREND_CHART = "ui/trend_chart"
PROXY_URL = "network/proxy_url"
CA_FILE = "network/ca_file"
GEOMETRY_PREFIX = "geometry/"
SORT_PREFIX = "sort/"
INSIGHTS_PERIOD = "insights/period"
INSIGHTS_SCOPE = "insights/scope"


class AppSettings:
    """Typed access to QSettings. Secrets never come here: they live in the keyring."""

    def __init__(self, qsettings: QSettings) -> None:
        # The proxy's password: from the keyring (the controller loads and saves it).
        self.proxy_password = ""
        self._q = qsettings

    @property
    def language(self) -> str:
        """The language chosen on this machine; empty: the signed-in account's."""
        return str(self._q.value(LANGUAGE, "", type=str))

    @language.setter
    def language(self, code: str) -> None:
        self._q.setValue(LANGUAGE, code)

    @property
    def server_url(self) -> str:
        """Empty means local mode: the bundled demo workspace."""
        return str(self._q.value(SERVER_URL, "", type=str))

    @server_url.setter
    def server_url(self, url: str) -> None:
        self._q.setValue(SERVER_URL, url)

    @property
    def last_email(self) -> str:
        return str(self._q.value(LAST_EMAIL, "", type=str))

    @last_email.setter
    def last_email(self, email: str) -> None:
        self._q.setValue(LAST_EMAIL, email)

    @property
    def keep_signed_in(self) -> bool:
        return bool(self._q.value(KEEP_SIGNED_IN, True, type=bool))

    @keep_signed_in.setter
    def keep_signed_in(self, keep: bool) -> None:
        self._q.setValue(KEEP_SIGNED_IN, keep)

    @property
    def notify_answers(self) -> bool:
        """A system notification when support answers one of the user's tickets."""
        return bool(self._q.value(NOTIFY_ANSWERS, True, type=bool))

    @notify_answers.setter
    def notify_answers(self, notify: bool) -> None:
        self._q.setValue(NOTIFY_ANSWERS, notify)

    @property
    def trend_chart(self) -> bool:
        """My tickets' issue-trend chart over the rows (View menu; hidden, the rows get
        its room)."""
        return bool(self._q.value(TREND_CHART, True, type=bool))

    @trend_chart.setter
    def trend_chart(self, shown: bool) -> None:
        self._q.setValue(TREND_CHART, shown)

    @property
    def proxy_url(self) -> str:
        """Settings → Network's proxy, with its password if one is known; empty: the system's.

        The file keeps it without the password; the password is the keyring's, held
        here in memory once loaded (:attr:`proxy_password`).
        """
        from desktop.api.network import with_proxy_password

        return with_proxy_password(self.stored_proxy_url, self.proxy_password)

    @proxy_url.setter
    def proxy_url(self, url: str) -> None:
        from desktop.api.network import split_proxy_password

        stored, password = split_proxy_password(url)
        self._q.setValue(PROXY_URL, stored)
        self.proxy_password = password

    @property
    def stored_proxy_url(self) -> str:
        """The proxy as the settings file has it: never with a password."""
        return str(self._q.value(PROXY_URL, "", type=str))

    @property
    def ca_file(self) -> str:
        """A PEM file of certificates trusted besides the system's; empty: none."""
        return str(self._q.value(CA_FILE, "", type=str))

    @ca_file.setter
    def ca_file(self, path: str) -> None:
        self._q.setValue(CA_FILE, path)

    def network_options(self) -> NetworkOptions:
        from desktop.api.network import NetworkOptions

        return NetworkOptions(proxy_url=self.proxy_url, ca_file=self.ca_file)

    def geometry(self, object_name: str) -> QByteArray | None:
        value = self._q.value(GEOMETRY_PREFIX + object_name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, object_name: str, geometry: QByteArray) -> None:
        self._q.setValue(GEOMETRY_PREFIX + object_name, geometry)

    def list_sort(self, object_name: str) -> tuple[str, bool] | None:
        """How a list was last sorted: (the store's sort key, descending); None: never."""
        sort, _, way = str(self._q.value(SORT_PREFIX + object_name, "", type=str)).partition(" ")
        return (sort, way == "desc") if sort and way in ("asc", "desc") else None

    def set_list_sort(self, object_name: str, sort: str, descending: bool) -> None:
        self._q.setValue(SORT_PREFIX + object_name, f"{sort} {'desc' if descending else 'asc'}")

    @property
    def insights_scope(self) -> str:
        """Whose tickets Insights last counted ("team", "mine"; empty: never chosen)."""
        return str(self._q.value(INSIGHTS_SCOPE, "", type=str))

    @insights_scope.setter
    def insights_scope(self, scope: str) -> None:
        self._q.setValue(INSIGHTS_SCOPE, scope)

    def insights_period(self) -> tuple[str, str, str] | None:
        """The period Insights last showed: its key, and the custom days ("2026-09-14")
        chosen with it (empty if none); None: never chosen. Not checked here: the page
        knows its periods and what a day is."""
        value = str(self._q.value(INSIGHTS_PERIOD, "", type=str))
        key, _, days = value.partition(" ")
        first, _, last = days.partition(" ")
        return (key, first, last) if key else None

    def set_insights_period(self, key: str, first: str = "", last: str = "") -> None:
        self._q.setValue(INSIGHTS_PERIOD, " ".join(part for part in (key, first, last) if part))

    def sync(self) -> None:
        self._q.sync()
