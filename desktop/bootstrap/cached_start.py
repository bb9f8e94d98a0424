"""The stored session a start can show at once: its account's store, and who was signed in.

Read before the event loop, the keyring or the HTTP client exist (bootstrap/app.py):
only the settings, the store's file and its last-seen user. Whether the session
still holds is for the controller to find out, after the window is painted.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
import logging
import sqlite3
from pathlib import Path
from typing import NamedTuple

from desktop.api.list_models import User
from desktop.bootstrap.store_location import store_path
from desktop.store.database import Database
from desktop.store.snapshots import SnapshotStore
from desktop.ui.settings.app_settings import AppSettings

log = logging.getLogger(__name__)

# The signed-in user as last seen, in the account's store: enough to start offline.
ME_KEY = "me"


class CachedSession(NamedTuple):  # not a dataclass: ~1 ms less before the first paint
    """A session kept from the last run, with its store open for reading."""

    server_url: str
    email: str
    user: User
    database: Database

    def matches(self, server_url: str, email: str) -> bool:
        return (self.server_url, self.email) == (server_url, email)


def find_cached_session(settings: AppSettings, data_dir: Path) -> CachedSession | None:
    """The kept session of the last account, if it has a store of this version to show."""
    server_url, email = settings.server_url, settings.last_email
    if not server_url or not email or not settings.keep_signed_in:
        return None
    database = Database.open_current(store_path(data_dir, server_url, email))
    if database is None:
        return None
    try:
        me = SnapshotStore(database).fields(ME_KEY, User._fields)
        user = User.from_json(me) if me is not None else None
    except (sqlite3.DatabaseError, KeyError, ValueError) as error:
        log.info("the kept session's user cannot be read (%s): it starts as usual", error)
        user = None
    if user is None:
        database.close_unused()
        return None
    return CachedSession(server_url=server_url, email=email, user=user, database=database)
