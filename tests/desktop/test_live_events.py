"""The event stream client: SSE parsing, back-off, and a real stream from the real service."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from desktop.api.client import ApiClient
from desktop.api.sse import LiveEvent, SseParser
from desktop.services.backoff import Backoff
from desktop.services.live_events import LiveEvents
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import create_ticket
from tests.support.waiting import wait_until


def test_parser_reads_ids_types_data_and_ignores_heartbeats() -> None:
    parser = SseParser()
    lines = [
        "retry: 3000",
        "",
        ": heartbeat",
        "id: 41",
        "event: message.created",
        'data: {"type":"message.created","ticket_id":"tkt_1","author_role":"agent"}',
        "",
        "id: 42",
        'data: {"type":"ticket.updated",',
        'data: "ticket_id":"tkt_1"}',
        "",
    ]
    events = [e for e in (parser.feed(line) for line in lines) if e is not None]
    assert events == [
        LiveEvent(
            "41",
            "message.created",
            {"type": "message.created", "ticket_id": "tkt_1", "author_role": "agent"},
        ),
        LiveEvent("42", "ticket.updated", {"type": "ticket.updated", "ticket_id": "tkt_1"}),
    ]
    assert parser.retry_ms == 3000
    assert events[0].ticket_id == "tkt_1"


def test_parser_survives_bad_data() -> None:
    parser = SseParser()
    assert parser.feed("data: not json") is None
    event = parser.feed("")
    assert event is not None and event.type == "message" and event.data == {}


def test_backoff_doubles_to_a_cap_with_jitter_and_resets() -> None:
    middle = Backoff(first=1, cap=30, jitter=0.2, rand=lambda: 0.5)  # no jitter at 0.5
    assert [middle.next_delay() for _ in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    middle.reset()
    assert middle.next_delay() == 1
    assert middle.next_delay(at_least=3) == 3  # the server's retry hint wins
    high = Backoff(first=10, jitter=0.2, rand=lambda: 1.0)
    assert high.next_delay() == pytest.approx(12)


class Recorder:
    def __init__(self) -> None:
        self.events: list[LiveEvent] = []
        self.states: list[bool] = []
        self.resets = 0

    def live_event(self, event: LiveEvent) -> None:
        self.events.append(event)

    def live_connection(self, connected: bool) -> None:
        self.states.append(connected)

    def live_reset(self) -> None:
        self.resets += 1

    def about(self, ticket_id: str) -> list[str]:
        return [e.type for e in self.events if e.ticket_id == ticket_id]


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("live")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


async def _create(server: RunningServer) -> str:
    return str((await create_ticket(server.url, subject="Live"))["id"])


@asynccontextmanager
async def _signed_in(server: RunningServer) -> AsyncIterator[ApiClient]:
    """Ava's client; closed when the block ends."""
    client = ApiClient(server.url)
    try:
        await client.sign_in("ava@northwind.example", "demo-password")
        yield client
    finally:
        await client.aclose()


@asynccontextmanager
async def _signed_in_to_a_service_gone(
    url: str, tmp_path: Path
) -> AsyncIterator[tuple[ApiClient, int]]:
    """Ava's client, signed in to a service that has since stopped, and the port to start
    it again on; closed when the block ends."""
    with running_server(url, tmp_path) as server:
        client = ApiClient(server.url)
        await client.sign_in("ava@northwind.example", "demo-password")
        port = int(server.url.rsplit(":", 1)[1])
    try:
        yield client, port
    finally:
        await client.aclose()


@asynccontextmanager
async def _streaming(stream: LiveEvents) -> AsyncIterator[None]:
    """``stream`` running as a task; cancelled (and finished) when the block ends: the
    connection breaks as when the app closes or the network goes."""
    task = asyncio.ensure_future(stream.run())
    try:
        yield
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_stream_delivers_events_and_resumes_after_a_break(
    own_server: RunningServer,
) -> None:
    async with _signed_in(own_server) as client:
        recorder = Recorder()
        stream = LiveEvents(client, recorder)
        async with _streaming(stream):
            await wait_until(lambda: recorder.states == [True], what="connected")
            first = await _create(own_server)
            await wait_until(lambda: recorder.about(first), what="the first ticket's event")
            assert recorder.about(first) == ["ticket.created"]
        # The connection broke; a ticket is created meanwhile.
        missed = await _create(own_server)
        # A new stream with the last id seen gets what was missed, and only that.
        resumed = Recorder()
        again = LiveEvents(client, resumed)
        again.last_event_id = stream.last_event_id
        async with _streaming(again):
            await wait_until(lambda: resumed.about(missed), what="the missed event")
            assert not resumed.about(first)


async def test_a_stream_says_where_it_starts_so_a_quiet_session_can_resume(
    own_server: RunningServer,
) -> None:
    """Nothing happens while the app runs, then a ticket is created after it closed: the
    place the stream started from (an id alone, first thing) is enough to hear of it."""
    async with _signed_in(own_server) as client:
        kept: list[str] = []
        stream = LiveEvents(client, Recorder(), handled=kept.append)
        async with _streaming(stream):
            await wait_until(lambda: kept, what="where the stream starts")
            assert stream.last_event_id == kept[-1] and kept[-1].isdigit()
        while_closed = await _create(own_server)
        resumed = Recorder()
        again = LiveEvents(client, resumed, last_event_id=kept[-1], handled=kept.append)
        async with _streaming(again):
            await wait_until(lambda: resumed.about(while_closed), what="the event while closed")
            assert kept[-1] == again.last_event_id and int(kept[-1]) > int(kept[0])


async def test_stream_reconnects_when_the_service_comes_back(tmp_path: Path) -> None:
    with sqlite_database(tmp_path) as url:
        async with _signed_in_to_a_service_gone(url, tmp_path) as (client, port):
            # The service is gone: the stream says so, and keeps trying.
            recorder = Recorder()
            stream = LiveEvents(client, recorder, backoff=Backoff(first=0.2, cap=0.5))
            async with _streaming(stream):
                await asyncio.sleep(1)
                assert recorder.states in ([], [False]) and not stream.connected
                with running_server(url, tmp_path, seed=False, port=port) as back:
                    assert back.url == client.server_url
                    await wait_until(lambda: stream.connected, what="reconnected", timeout=20)
                    created = await _create(back)
                    await wait_until(lambda: recorder.about(created), what="an event after it")


async def test_waking_tries_at_once_instead_of_after_the_back_off(tmp_path: Path) -> None:
    # "The network is back" (the OS, or Try again now) must not wait out a long back-off.
    with sqlite_database(tmp_path) as url:
        async with _signed_in_to_a_service_gone(url, tmp_path) as (client, port):
            recorder = Recorder()
            stream = LiveEvents(client, recorder, backoff=Backoff(first=600, cap=600))
            async with _streaming(stream):
                await wait_until(lambda: recorder.states == [False], what="offline reported")
                with running_server(url, tmp_path, seed=False, port=port):
                    await asyncio.sleep(1)
                    assert not stream.connected  # still waiting out its ten minutes
                    stream.wake()
                    await wait_until(lambda: stream.connected, what="reconnected", timeout=10)


def test_the_systems_network_back_means_try_now(qtbot: object) -> None:
    from PySide6.QtNetwork import QNetworkInformation

    from desktop.ui.live.network_watch import NetworkWatch

    watch = NetworkWatch()
    heard: list[bool] = []
    watch.back_online.connect(lambda: heard.append(True))
    reachability = QNetworkInformation.Reachability
    watch._reachability_changed(reachability.Disconnected)  # noqa: SLF001 - the OS's signal
    assert heard == []
    watch._reachability_changed(reachability.Online)  # noqa: SLF001
    assert heard == [True]
