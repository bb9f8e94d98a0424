"""The thread tells who solved or reopened a ticket (R17), and who joined or ended a chat
(R3: events, not messages by the agent), between its messages."""

from __future__ import annotations

import httpx
from pytestqt.qtbot import QtBot

from desktop.api.models import Ticket
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.ticket.message_card import MessageCard
from desktop.ui.tickets.ticket.status_event_line import StatusEventLine
from desktop.ui.tickets.ticket.thread_view import ThreadView
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


async def _avas_chat_joined_answered_and_ended(server: RunningServer) -> Ticket:
    """As the service tells Ava: the agent joins her chat, writes a line, she ends it."""
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        ava = await sign_in(api, "ava@northwind.example")
        agent = await sign_in(api, "agent@vendor.example")
        request = {
            "product": "dropbox",
            "channel": "chat",
            "category": "sync",
            "language": "en",
            "subject": "Chat events",
            "body": "Sync is stuck at 99%.",
        }
        ticket = (await api.post("/tickets", json=request, headers=ava)).json()
        path = f"/tickets/{ticket['id']}"
        assert (await api.post(f"/agent{path}/chat/join", headers=agent)).status_code == 200
        answer = {"body": "Hi Ava, let's look at it."}
        assert (await api.post(f"/agent{path}/messages", json=answer, headers=agent)).is_success
        assert (await api.post(f"{path}/chat/end", headers=ava)).status_code == 200
        return Ticket.from_json((await api.get(path, headers=ava)).json())


async def test_the_thread_shows_joining_and_ending_a_chat_as_quiet_lines(
    qtbot: QtBot, server: RunningServer, english: LanguageSwitcher
) -> None:  # R3
    ticket = await _avas_chat_joined_answered_and_ended(server)
    # The agent's only message is the line they wrote; joining is no message of theirs.
    assert [m.author_kind for m in ticket.messages] == ["self", "agent"]
    assert ticket.first_responded_at == ticket.messages[1].created_at
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_messages(ticket.messages, ticket.events)

    assert [line.what_happened() for line in view.event_lines()] == [
        "Sam Agent joined the chat",
        "You ended the chat",
    ]
    layout = view.widget().layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count() - 1)]
    kinds = ["message" if w.findChild(MessageCard) else "event" for w in order]
    assert kinds == ["message", "event", "message", "event"]

    english.apply("nl")
    try:
        assert [line.what_happened() for line in view.event_lines()] == [
            "Sam Agent heeft zich bij de chat gevoegd",
            "Je hebt de chat beëindigd",
        ]
        english.apply("ja")
        assert [line.what_happened() for line in view.event_lines()] == [
            "Sam Agentさんがチャットに参加しました",
            "あなたがチャットを終了しました",
        ]
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
