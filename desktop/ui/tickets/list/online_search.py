"""A list's search, asked of the service as well (issue 21): debounced, latest text wins.

The list searches its store on every key (subjects, and the threads cached here); this
asks the service, which has every message, once typing pauses. A newer text cancels the
question under way, and an answer to an older one is dropped: only the latest counts.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    import asyncio

    from desktop.services.ticket_search import ServiceMatches
    from desktop.services.tickets import TicketService
    from desktop.ui.shell.tasks import TaskRunner

log = logging.getLogger(__name__)

# What the service filters a search by itself.
SERVICE_FILTERS = frozenset({"status", "product", "category"})
# Typing pauses this long before the service is asked: a word typed at speed is one
# request, not one per letter.
PAUSE_MS = 350


class SearchState:
    """Where the online search is (plain strings: the page's texts key on them)."""

    IDLE = "idle"  # nothing to search, or no service (the store alone answers)
    WAITING = "waiting"  # the text changed: the service is asked once typing pauses
    RUNNING = "running"  # the service is searching
    DONE = "done"  # the service's finds are in the list
    OFFLINE = "offline"  # the service could not be reached: this computer's copies only
    FAILED = "failed"  # the service answered with an error: this computer's copies only


class OnlineSearch(QObject):
    # The state changed (the list says what is searched); the service's finds for the
    # current text arrived (a ServiceMatches): the list reads them in its order.
    state_changed = Signal(str)
    found = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.state = SearchState.IDLE
        self._service: TicketService | None = None
        self._ask: tuple[str, tuple[str, ...], dict[str, str]] | None = None
        self._matches: ServiceMatches | None = None
        self._running: asyncio.Task[None] | None = None
        # Counts the texts asked: an answer carries the number it was asked under.
        self._generation = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._start)

    @property
    def matches(self) -> ServiceMatches | None:
        """The service's finds for the current text (None: none yet, or not asked)."""
        return self._matches

    @property
    def text(self) -> str:
        """The search text last asked about ("" when none)."""
        return self._ask[0] if self._ask is not None else ""

    def found_ids(self, text: str) -> tuple[str, ...]:
        """The tickets the service found for ``text``; none when it was asked another."""
        matches = self._matches
        if matches is None or matches.text != text.strip():
            return ()
        return tuple(matches.snippets)

    def ask(
        self,
        service: TicketService | None,
        text: str,
        scopes: tuple[str, ...],
        filters: dict[str, str],
    ) -> None:
        """The list's search changed: ask the service once typing pauses (with text and a
        service), else stop asking. What it found for earlier text no longer counts."""
        from desktop.services.ticket_search import searchable

        text = text.strip()
        wanted = (text, scopes, {k: v for k, v in filters.items() if v})
        if service is self._service and wanted == self._ask and self.state != SearchState.IDLE:
            return  # the same question (a re-read of the list, a sort): its answer stands
        self._cancel()
        self._matches = None
        self._service = service
        self._ask = wanted
        if service is None or not searchable(text) or not scopes:
            self._set_state(SearchState.IDLE)
            return
        self._set_state(SearchState.WAITING)
        self._pause.start()

    def retry(self) -> None:
        """The service is reachable again: ask what it could not answer (offline, failed)."""
        if self.state in (SearchState.OFFLINE, SearchState.FAILED) and self._ask is not None:
            self._cancel()
            self._set_state(SearchState.WAITING)
            self._pause.start()

    def stop(self) -> None:
        """No more asking (signed out, another session): forget the question and its finds."""
        self._cancel()
        self._matches = None
        self._service = None
        self._ask = None
        self._set_state(SearchState.IDLE)

    def _cancel(self) -> None:
        self._generation += 1
        self._pause.stop()
        if self._running is not None and not self._running.done():
            self._running.cancel()  # a newer text: its answer would be dropped anyway
        self._running = None

    def _start(self) -> None:
        service, ask = self._service, self._ask
        if service is None or ask is None:
            return
        text, scopes, filters = ask
        generation = self._generation
        self._set_state(SearchState.RUNNING)
        self._running = self._tasks.run(
            self._search(service, text, scopes, filters, generation),
            on_error=lambda error: self._failed(error, generation),
            name="online search",
        )

    async def _search(
        self,
        service: TicketService,
        text: str,
        scopes: tuple[str, ...],
        filters: dict[str, str],
        generation: int,
    ) -> None:
        # The service has no "unsolved" (an Insights drill-down's): the store narrows by
        # it, and by a drill-down's dates, as it narrows its own finds.
        service_filters = {
            k: v for k, v in filters.items() if k in SERVICE_FILTERS and v != "unsolved"
        }
        matches = await service.search(text, scopes, service_filters)
        if generation != self._generation:
            return  # typed on meanwhile: a newer search is asked, or asked for
        self._matches = matches
        self._running = None
        self._set_state(SearchState.DONE)
        self.found.emit(matches)

    def _failed(self, error: BaseException, generation: int) -> None:
        from desktop.api.errors import ServerUnreachable, ServiceError

        if generation != self._generation:
            return
        self._running = None
        log.info("online search failed, the store's results stay: %s", error)
        self._set_state(
            SearchState.OFFLINE if isinstance(error, ServerUnreachable) else SearchState.FAILED
        )
        if not isinstance(error, ServiceError):
            self._tasks.report(error)  # not the world failing: our bug, shown as one

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
