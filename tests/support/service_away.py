"""The real service on a port fixed for the test, stopped under the page on screen and
started again on the same port: the client keeps the one address it knows, so it goes
offline and comes back as it would with a service that went away for a while."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import TracebackType

from tests.support.databases import sqlite_database
from tests.support.server import free_port, running_server


class ServiceThatGoesAway:
    def __init__(self, database_url: str, log_dir: Path, port: int) -> None:
        self.database_url = database_url
        self.port = port
        self._log_dir = log_dir
        self._running: ExitStack | None = None
        self._seeded = False

    @property
    def url(self) -> str:
        """Base URL, without /v1: the same whether it runs or not."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServiceThatGoesAway:
        """Started on its port: seeded the first time; again, with the data it had. As a
        ``with`` block, stopped when it ends (and in any case when the test's ends)."""
        assert self._running is None, "the service is running already"
        running = ExitStack()
        running.enter_context(
            running_server(self.database_url, self._log_dir, port=self.port, seed=not self._seeded)
        )
        self._running, self._seeded = running, True
        return self

    def stop(self) -> None:
        """The service goes away (nothing when it is not running)."""
        running, self._running = self._running, None
        if running is not None:
            running.close()

    def __enter__(self) -> ServiceThatGoesAway:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


@contextmanager
def service_that_goes_away(tmp_path: Path) -> Iterator[ServiceThatGoesAway]:
    """The demo service on a SQLite file, running; stopped at the end if it still runs."""
    with (
        sqlite_database(tmp_path) as url,
        ServiceThatGoesAway(url, tmp_path, free_port()) as service,
    ):
        service.start()
        yield service
