"""The agents' side and the live channels (R15), and the demo agent."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from backend.agents.demo_agent import SECONDS_PER_CALL
from backend.domain.ticket_rules import callback_wait
from tests.backend.conftest import sign_in
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import RunningServer, running_server
from tests.support.smtp_sink import SmtpSink, smtp_sink
from tests.support.tickets import sync_request


def _ticket(channel: str, **extra: object) -> dict[str, object]:
    body = "Our desktop app shows 'Can't sync'."
    return sync_request(channel=channel, subject=f"Live {channel}", body=body) | extra


async def test_queue_is_for_agents_and_ordered_by_due_time(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    agent = await sign_in(api, "agent@vendor.example")
    items = (await api.get("/agent/queue", params={"limit": 200}, headers=agent)).json()["items"]
    assert items and {i["status"] for i in items} <= {"new", "open"}
    unanswered = [i["first_response_due_at"] for i in items if i["first_responded_at"] is None]
    assert unanswered == sorted(unanswered)
    assert {"team_name"} <= set(items[0])
    refused = await api.get("/agent/queue", headers=ava)
    assert refused.status_code == 403 and refused.json()["code"] == "not_agent"


async def test_agent_answer_sets_the_first_response(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R3
    agent = await sign_in(api, "agent@vendor.example")
    ticket = (await api.post("/tickets", json=_ticket("request"), headers=ava)).json()
    answer = await api.post(
        f"/agent/tickets/{ticket['id']}/messages", json={"body": "Restart the app."}, headers=agent
    )
    assert answer.status_code == 201 and answer.json()["author"]["kind"] == "agent"
    seen = (await api.get(f"/tickets/{ticket['id']}", headers=ava)).json()
    assert seen["first_responded_at"] is not None
    assert (seen["status"], seen["sla_state"]) == ("pending", "met")
    assert seen["messages"][-1]["author"] == {"kind": "agent", "name": "Sam Agent"}
    # The team answers back: it is open again.
    await api.post(
        f"/tickets/{ticket['id']}/messages", json={"body": "Done, still stuck."}, headers=ava
    )
    assert (await api.get(f"/tickets/{ticket['id']}", headers=ava)).json()["status"] == "open"


async def test_chat_waiting_connected_ended(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R15
    agent = await sign_in(api, "agent@vendor.example")
    ticket = (await api.post("/tickets", json=_ticket("chat"), headers=ava)).json()
    assert ticket["chat"]["state"] == "waiting"
    behind = (await api.post("/tickets", json=_ticket("chat"), headers=ava)).json()

    async def position(ticket_id: str) -> int:
        chat = (await api.get(f"/tickets/{ticket_id}", headers=ava)).json()["chat"]
        return int(chat["queue_position"])

    first_place = await position(ticket["id"])
    assert await position(behind["id"]) == first_place + 1
    joined = (await api.post(f"/agent/tickets/{ticket['id']}/chat/join", headers=agent)).json()
    assert joined["chat"]["state"] == "connected"
    assert joined["first_responded_at"] is None  # R3: joining is an event, not an answer
    assert joined["chat"]["queue_position"] is None
    assert await position(behind["id"]) == first_place  # moved up
    line = await api.post(
        f"/tickets/{ticket['id']}/chat/messages", json={"body": "Hi Sam!"}, headers=ava
    )
    assert line.status_code == 201
    again = await api.post(f"/agent/tickets/{ticket['id']}/chat/join", headers=agent)
    assert again.status_code == 409 and again.json()["code"] == "chat_not_waiting"
    ended = (await api.post(f"/tickets/{ticket['id']}/chat/end", headers=ava)).json()
    assert ended["chat"]["state"] == "ended"
    late = await api.post(
        f"/tickets/{ticket['id']}/chat/messages", json={"body": "One more"}, headers=ava
    )
    assert late.status_code == 409 and late.json()["code"] == "chat_ended"
    not_chat = (await api.post("/tickets", json=_ticket("request"), headers=ava)).json()
    wrong = await api.post(
        f"/tickets/{not_chat['id']}/chat/messages", json={"body": "x"}, headers=ava
    )
    assert wrong.status_code == 409 and wrong.json()["code"] == "not_a_chat"


async def test_callback_queued_calling_completed(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R15
    agent = await sign_in(api, "agent@vendor.example")
    first = (
        await api.post("/tickets", json=_ticket("callback", phone="+31201234567"), headers=ava)
    ).json()
    second = (
        await api.post("/tickets", json=_ticket("callback", phone="+31201234568"), headers=ava)
    ).json()
    assert second["callback"]["queue_position"] == first["callback"]["queue_position"] + 1
    wrong = await api.post(
        f"/agent/tickets/{first['id']}/callback/state", json={"state": "completed"}, headers=agent
    )
    assert wrong.status_code == 409 and wrong.json()["code"] == "invalid_callback_state"
    calling = (
        await api.post(
            f"/agent/tickets/{first['id']}/callback/state", json={"state": "calling"}, headers=agent
        )
    ).json()
    assert (
        calling["callback"]["state"] == "calling" and calling["callback"]["queue_position"] is None
    )
    moved_up = (await api.get(f"/tickets/{second['id']}", headers=ava)).json()["callback"]
    assert moved_up["queue_position"] == second["callback"]["queue_position"] - 1
    done = (
        await api.post(
            f"/agent/tickets/{first['id']}/callback/state",
            json={"state": "completed", "note": "Called; re-linked the account."},
            headers=agent,
        )
    ).json()
    assert done["callback"]["state"] == "completed"
    assert done["first_responded_at"] is not None
    assert done["messages"][-1]["body"] == "Called; re-linked the account."


async def test_admin_cancels_a_queued_callback(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R15
    agent = await sign_in(api, "agent@vendor.example")
    first = (
        await api.post("/tickets", json=_ticket("callback", phone="+31201234569"), headers=ava)
    ).json()
    second = (
        await api.post("/tickets", json=_ticket("callback", phone="+31201234560"), headers=ava)
    ).json()
    by_agent = await api.post(f"/tickets/{first['id']}/callback/cancel", headers=agent)
    assert by_agent.status_code == 403
    cancelled = await api.post(f"/tickets/{first['id']}/callback/cancel", headers=ava)
    assert cancelled.status_code == 200, cancelled.text
    body = cancelled.json()
    assert body["callback"]["state"] == "cancelled" and body["status"] == "solved"
    assert body["callback"]["queue_position"] is None
    moved_up = (await api.get(f"/tickets/{second['id']}", headers=ava)).json()["callback"]
    assert moved_up["queue_position"] == second["callback"]["queue_position"] - 1
    again = await api.post(f"/tickets/{first['id']}/callback/cancel", headers=ava)
    assert again.status_code == 409 and again.json()["code"] == "callback_not_queued"
    not_a_call = await api.post("/tickets", json=_ticket("request"), headers=ava)
    refused = await api.post(f"/tickets/{not_a_call.json()['id']}/callback/cancel", headers=ava)
    assert refused.status_code == 409 and refused.json()["code"] == "not_a_callback"


async def test_admin_cancels_the_call_and_keeps_the_ticket_open(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R15
    """R15 lets a queued call be cancelled and says nothing of the ticket: kept open, it
    stays with support as a written request, its response target unchanged."""
    call = (
        await api.post("/tickets", json=_ticket("callback", phone="+31201234561"), headers=ava)
    ).json()
    kept = await api.post(
        f"/tickets/{call['id']}/callback/cancel", json={"keep_open": True}, headers=ava
    )
    assert kept.status_code == 200, kept.text
    body = kept.json()
    assert body["callback"]["state"] == "cancelled" and body["callback"]["queue_position"] is None
    assert body["status"] == "new" and body["first_responded_at"] is None
    assert body["first_response_due_at"] == call["first_response_due_at"]
    # Support answers it in writing, as any request.
    agent = await sign_in(api, "agent@vendor.example")
    answer = await api.post(
        f"/agent/tickets/{call['id']}/messages",
        json={"body": "Fixed: re-upload it."},
        headers=agent,
    )
    assert answer.status_code == 201
    seen = (await api.get(f"/tickets/{call['id']}", headers=ava)).json()
    assert seen["status"] == "pending" and seen["first_responded_at"] is not None


def _heard_of(url: str, headers: dict[str, str], ticket_id: str) -> dict[str, object]:
    """The first event naming ``ticket_id`` on the stream (a worker thread's blocking read),
    within 20 s (a stream that stays quiet times out)."""
    deadline = time.monotonic() + 20
    with httpx.stream("GET", url, headers=headers, timeout=20) as response:
        for line in response.iter_lines():
            assert time.monotonic() < deadline, "not heard of"
            if line.startswith("data: "):
                event = json.loads(line[6:])
                if event.get("ticket_id") == ticket_id:
                    assert isinstance(event, dict)
                    return event
    raise AssertionError("the stream ended")


async def test_a_caller_moved_up_the_queue_is_told(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R15
    """A place in the queue changes when a call ahead is made or cancelled: the waiting
    caller's client hears of it, so its "number 2" does not stay on screen."""
    first = (
        await api.post("/tickets", json=_ticket("callback", phone="+31201234564"), headers=ava)
    ).json()
    second = (
        await api.post("/tickets", json=_ticket("callback", phone="+31201234565"), headers=ava)
    ).json()
    url = str(api.base_url.join("events"))
    listening = asyncio.create_task(asyncio.to_thread(_heard_of, url, ava, second["id"]))
    await asyncio.sleep(0.5)  # the stream is open before the change happens
    await api.post(f"/tickets/{first['id']}/callback/cancel", headers=ava)
    heard = await listening
    assert heard["type"] == "callback.state" and heard["state"] == "queued"
    assert heard["queue_position"] == second["callback"]["queue_position"] - 1


@pytest.fixture(scope="module", params=DATABASE_KINDS)
def demo_world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[RunningServer, SmtpSink]]:
    directory: Path = tmp_path_factory.mktemp("demo-agent")
    with (
        smtp_sink() as sink,
        database(request.param, directory) as url,
        running_server(url, directory, DEMO_AGENT="true", SMTP_URL=sink.url) as running,
    ):
        yield running, sink


async def _until(check: object, timeout: float = 40) -> object:
    deadline = time.monotonic() + timeout
    while True:
        result = await check()  # type: ignore[operator]
        if result:
            return result
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.5)


async def test_demo_agent_brings_every_channel_alive(
    demo_world: tuple[RunningServer, SmtpSink],
) -> None:  # R15
    server, sink = demo_world
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        yuki = await sign_in(api, "yuki@northwind.example")
        chat = (await api.post("/tickets", json=_ticket("chat"), headers=yuki)).json()
        call = (
            await api.post("/tickets", json=_ticket("callback", phone="+81312345678"), headers=yuki)
        ).json()
        written = (
            await api.post(
                "/tickets",
                json=_ticket("request", language="ja", subject="同期エラー"),
                headers=yuki,
            )
        ).json()

        async def get(ticket_id: str) -> dict[str, object]:
            response = (await api.get(f"/tickets/{ticket_id}", headers=yuki)).json()
            assert isinstance(response, dict)
            return response

        async def chatting() -> bool:
            ticket = await get(chat["id"])
            agent_lines = [m for m in ticket["messages"] if m["author"]["kind"] == "agent"]  # type: ignore[index, union-attr]
            return ticket["chat"]["state"] == "connected" and len(agent_lines) >= 2  # type: ignore[index]

        await _until(chatting)
        # R3: the demo agent's join is an event; its first written line is the first response.
        joined = await get(chat["id"])
        assert [e["kind"] for e in joined["events"]] == ["chat_joined"]  # type: ignore[attr-defined, index]
        first_line = next(m for m in joined["messages"] if m["author"]["kind"] == "agent")  # type: ignore[attr-defined, index]
        assert joined["first_responded_at"] == first_line["created_at"]

        async def called() -> bool:
            return (await get(call["id"]))["callback"]["state"] == "completed"  # type: ignore[index]

        await _until(called)

        async def answered() -> dict[str, object] | None:
            ticket = await get(written["id"])
            return ticket if ticket["first_responded_at"] else None

        ticket = await _until(answered)
        assert isinstance(ticket, dict)
        answer = ticket["messages"][-1]["body"]
        assert "Yuki" in answer and "様" in answer  # in Japanese, to her by name

        async def mailed() -> bool:
            return len(sink.to("yuki@northwind.example")) >= 2  # the written answer and the call

        await _until(mailed)
        subjects = {m["Subject"] for m in sink.to("yuki@northwind.example")}
        assert f"チケット #{written['number']} にサポートが回答しました" in subjects


async def test_demo_agent_calls_the_queue_in_its_order_with_honest_waits(
    demo_world: tuple[RunningServer, SmtpSink],
) -> None:  # R15
    """The demo world's queued call (made before the agent started) is called before any
    newer one, and the waits are the demo agent's pace, not an agent's minutes."""
    server, _sink = demo_world
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        ava = await sign_in(api, "ava@northwind.example")
        mine = (await api.get("/tickets", params={"limit": 200}, headers=ava)).json()["items"]
        # The demo world's calls, its queued one among them (served by now, or still queued).
        seeded = [t for t in mine if t["channel"] == "callback"]
        assert seeded
        created = (
            await api.post("/tickets", json=_ticket("callback", phone="+31201234563"), headers=ava)
        ).json()
        new = created["callback"]
        assert new["estimated_wait_minutes"] == callback_wait(
            new["queue_position"], SECONDS_PER_CALL
        )
        new_id = created["id"]

        async def states() -> list[str]:
            ids = [*(t["id"] for t in seeded), new_id]
            found = [(await api.get(f"/tickets/{i}", headers=ava)).json() for i in ids]
            return [t["callback"]["state"] for t in found]

        async def served() -> list[str] | None:
            seen = await states()
            # Never the newer call while an older one still waits.
            assert not (seen[-1] != "queued" and "queued" in seen[:-1]), seen
            return seen if seen[-1] == "completed" else None

        await _until(served)
