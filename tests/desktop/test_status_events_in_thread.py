"""The thread tells who solved or reopened a ticket, between its messages (R17)."""

from __future__ import annotations

import httpx
from pytestqt.qtbot import QtBot

from desktop.api.models import Ticket
from desktop.ui.i18n import LanguageSwitcher
from desktop.ui.tickets.message_card import MessageCard
from desktop.ui.tickets.status_event_line import StatusEventLine
from desktop.ui.tickets.thread_view import ThreadView
from tests.backend.conftest import sign_in
from tests.support.server import RunningServer


async def _noahs_ticket_solved_by_ava_then_reopened(server: RunningServer) -> Ticket:
    """As the service tells Noah: his ticket, a reply, Ava solves it, he reopens it."""
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        noah = await sign_in(api, "noah@northwind.example")
        ava = await sign_in(api, "ava@northwind.example")
        request = {
            "product": "dropbox",
            "channel": "request",
            "category": "sync",
            "language": "en",
            "subject": "Thread events",
            "body": "The Board folder stopped syncing.",
        }
        ticket = (await api.post("/tickets", json=request, headers=noah)).json()
        path = f"/tickets/{ticket['id']}"
        await api.post(f"{path}/messages", json={"body": "Still broken."}, headers=noah)
        assert (await api.patch(path, json={"status": "solved"}, headers=ava)).status_code == 200
        assert (await api.patch(path, json={"status": "open"}, headers=noah)).status_code == 200
        return Ticket.from_json((await api.get(path, headers=noah)).json())


async def test_the_thread_says_who_solved_and_reopened_it_in_time_order(
    qtbot: QtBot, server: RunningServer, english: LanguageSwitcher
) -> None:  # R17
    ticket = await _noahs_ticket_solved_by_ava_then_reopened(server)
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_messages(ticket.messages, ticket.events)

    lines = view.event_lines()
    assert [line.what_happened() for line in lines] == [
        "Ava Jansen marked this solved",
        "You reopened this",
    ]
    assert all(line.toolTip() for line in lines)  # the full date and time on hover
    layout = view.widget().layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count() - 1)]
    # A message sits in a row of its own (indented on its side); an event is a line.
    kinds = ["message" if w.findChild(MessageCard) else "event" for w in order]
    assert kinds == ["message", "message", "event", "event"]
    assert all(isinstance(w, StatusEventLine) for w in order[2:])

    english.apply("nl")
    try:
        assert [line.what_happened() for line in view.event_lines()] == [
            "Ava Jansen heeft dit als opgelost gemarkeerd",
            "Je hebt dit heropend",
        ]
        english.apply("ja")
        assert view.event_lines()[0].what_happened() == "Ava Jansenさんが解決済みにしました"
    finally:
        english.apply("en")


def test_event_kinds_this_client_does_not_know_are_left_out() -> None:
    document = {
        "id": "t1",
        "number": 1,
        "subject": "s",
        "status": "open",
        "product": "dropbox",
        "channel": "request",
        "premium": True,
        "category": "sync",
        "language": "en",
        "submitter": {"id": "u1", "name": "Noah"},
        "created_at": "2026-12-01T10:00:00Z",
        "updated_at": "2026-12-01T10:00:00Z",
        "first_response_due_at": "2026-12-01T14:00:00Z",
        "first_responded_at": None,
        "sla_state": "due",
        "messages": [],
        "events": [
            {
                "id": "e1",
                "kind": "assigned",  # a kind the service may add one day
                "status": "open",
                "actor": {"kind": "agent", "name": "Kenji"},
                "created_at": "2026-12-01T11:00:00Z",
            }
        ],
    }
    assert Ticket.from_json(document).events == ()
