"""Three ``serve`` instances on one PostgreSQL behind a real HAProxy.

Each instance is its own process on its own loopback address (127.0.0.11-13);
HAProxy runs packaging/service/haproxy.cfg, the example the operator guide
gives. Proven here: an event caused through one instance reaches streams on
the others; killing an instance (SIGKILL) under load loses and duplicates
nothing, and streams resume through the balancer without a gap; the periodic
work (renewals, closing, mail) is done once, not once per instance.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from tests.support.databases import postgres_database
from tests.support.event_follower import Follower
from tests.support.instances import Instance, balancer, haproxy_binary, three_instances
from tests.support.server import run_cli
from tests.support.smtp_sink import smtp_sink

pytestmark = pytest.mark.postgres

AGENT = "agent@vendor.example"
TICKET = {
    "product": "dropbox",
    "channel": "request",
    "category": "sync",
    "language": "en",
    "subject": "Written through three instances",
    "body": "Each reply may land on another instance.",
}
WRITES_PER_WRITER = 40
KILL_AFTER = 12  # acknowledged writes per writer before instance C is killed


@pytest.fixture(scope="module")
def haproxy() -> str:
    found = haproxy_binary()
    if found is None:
        pytest.skip(
            "HAProxy is not installed and cannot be installed here "
            "(needs apt-get and root); scripts/setup.sh installs it"
        )
    return found


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """One fresh PostgreSQL database, migrated once and seeded (not by every instance)."""
    with postgres_database() as url:
        for command in ("migrate", "seed-demo"):
            done = run_cli(url, command)
            assert done.returncode == 0, done.stderr
        yield url


@contextlib.asynccontextmanager
async def connected(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    try:
        yield connection
    finally:
        await connection.close()


async def sign_in(base_url: str, email: str) -> str:
    async with httpx.AsyncClient(timeout=10) as client:
        answer = await client.post(
            f"{base_url}/v1/auth/token", json={"email": email, "password": "demo-password"}
        )
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["access_token"]
    return token


async def create_ticket(base_url: str, token: str, subject: str) -> str:
    async with httpx.AsyncClient(timeout=10) as client:
        answer = await client.post(
            f"{base_url}/v1/tickets",
            json=TICKET | {"subject": subject},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert answer.status_code == 201, answer.text
    ticket_id: str = answer.json()["id"]
    return ticket_id


async def event_ids_after(database_url: str, start: int) -> list[int]:
    async with connected(database_url) as db:
        rows = await db.fetch("SELECT id FROM event WHERE id > $1 ORDER BY id", start)
    return [row["id"] for row in rows]


async def newest_event_id(database_url: str) -> int:
    async with connected(database_url) as db:
        return int(await db.fetchval("SELECT coalesce(max(id), 0) FROM event"))


async def eventually(condition: Callable[[], Awaitable[bool]], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.1)


async def caught_up(followers: list[Follower], database_url: str, start: int) -> list[int]:
    """Wait until every follower has every committed event; those events' ids."""
    committed: list[int] = []

    async def all_there() -> bool:
        committed[:] = await event_ids_after(database_url, start)
        return all(f.last >= (committed[-1] if committed else start) for f in followers)

    await eventually(all_there, 30, "every stream to reach the newest committed event")
    return committed


@contextlib.asynccontextmanager
async def following(followers: list[Follower]) -> AsyncIterator[None]:
    tasks = [asyncio.create_task(f.run()) for f in followers]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task


# (a) ---------------------------------------------------------------------------------


async def _event_through_a_reaches_b_and_c(instances: list[Instance], database_url: str) -> None:
    a, b, c = instances
    agent = await sign_in(a.url, AGENT)  # one shared key: valid on every instance
    ava = await sign_in(a.url, "ava@northwind.example")
    start = await newest_event_id(database_url)
    pinned = [Follower(b.url, agent, start), Follower(c.url, agent, start)]
    async with following(pinned):
        for follower in pinned:
            await asyncio.wait_for(follower.connected.wait(), 10)
        ticket_id = await create_ticket(a.url, ava, "Caused through instance A")
        async with httpx.AsyncClient(timeout=10) as client:
            answer = await client.post(
                f"{a.url}/v1/tickets/{ticket_id}/messages",
                json={"body": "A reply written through A."},
                headers={"Authorization": f"Bearer {ava}"},
            )
        assert answer.status_code == 201, answer.text
        message_id = answer.json()["id"]
        committed = await caught_up(pinned, database_url, start)
    for follower, name in zip(pinned, ("B", "C"), strict=True):
        assert follower.ids == committed, name
        created = [
            e
            for e in follower.events
            if e["type"] == "message.created" and e["message_id"] == message_id
        ]
        assert len(created) == 1, (name, follower.events)


def test_an_event_caused_through_one_instance_reaches_streams_on_the_others(
    database_url: str, tmp_path: Path
) -> None:
    with three_instances(database_url, tmp_path) as instances:
        asyncio.run(_event_through_a_reaches_b_and_c(instances, database_url))


# Commit order ------------------------------------------------------------------------


async def _reply(base_url: str, token: str, ticket_id: str, body: str, key: str) -> str:
    async with httpx.AsyncClient(timeout=30) as client:
        answer = await client.post(
            f"{base_url}/v1/tickets/{ticket_id}/messages",
            json={"body": body},
            headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
        )
    assert answer.status_code == 201, answer.text
    message_id: str = answer.json()["id"]
    return message_id


async def _slow_commit_then_fast_commit(instances: list[Instance], database_url: str) -> None:
    a, b, c = instances
    agent = await sign_in(c.url, AGENT)
    ava = await sign_in(a.url, "ava@northwind.example")
    noah = await sign_in(b.url, "noah@northwind.example")
    slow_ticket = await create_ticket(a.url, ava, "The slow commit")
    fast_ticket = await create_ticket(b.url, noah, "The fast commit")
    start = await newest_event_id(database_url)
    follower = Follower(c.url, agent, start)
    key = str(uuid.uuid4())
    async with following([follower]), connected(database_url) as blocker:
        await asyncio.wait_for(follower.connected.wait(), 10)
        # Hold ava's Idempotency-Key in an open transaction: her reply through A
        # does all its work, then waits at commit for this row's fate.
        blocking = blocker.transaction()
        await blocking.start()
        await blocker.execute(
            "INSERT INTO idempotency_record (id, user_id, key, request_hash, status_code, "
            "response_body, created_at) SELECT 'idm_blocker', id, $1, '', 201, '{}', now() "
            "FROM user_account WHERE email = 'ava@northwind.example'",
            key,
        )
        slow = asyncio.create_task(_reply(a.url, ava, slow_ticket, "Committed second", key))

        async def waiting_at_commit() -> bool:
            async with connected(database_url) as db:
                waiting = await db.fetchval(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            return int(waiting) > 0

        await eventually(waiting_at_commit, 10, "ava's reply to wait at its commit")
        # Meanwhile noah's reply through B commits at once, and C streams it.
        fast_id = await _reply(b.url, noah, fast_ticket, "Committed first", str(uuid.uuid4()))

        async def fast_streamed() -> bool:
            return any(e.get("message_id") == fast_id for e in follower.events)

        await eventually(fast_streamed, 10, "noah's reply on the stream")
        await blocking.rollback()  # ava's reply may commit now
        slow_id = await slow
        committed = await caught_up([follower], database_url, start)
    # Her events were committed last: they must come after noah's, and be streamed.
    assert follower.ids == committed
    streamed = [e.get("message_id") for e in follower.events if e["type"] == "message.created"]
    assert streamed == [fast_id, slow_id]


def test_events_committed_late_by_another_instance_are_not_skipped(
    database_url: str, tmp_path: Path
) -> None:
    with three_instances(database_url, tmp_path) as instances:
        asyncio.run(_slow_commit_then_fast_commit(instances, database_url))


# (b) ---------------------------------------------------------------------------------


async def _write_replies(
    base_url: str, token: str, ticket_id: str, label: str, acknowledged: dict[str, str]
) -> int:
    """Reply WRITES_PER_WRITER times, each until acknowledged, always with its own key.

    Returns how many sends had to be repeated (a lost answer, a 502, "in progress").
    """
    repeated = 0
    auth = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(timeout=10) as client:
        for number in range(WRITES_PER_WRITER):
            body = f"{label} reply {number}"
            headers = auth | {"Idempotency-Key": str(uuid.uuid4())}
            while True:
                try:
                    answer = await client.post(
                        f"{base_url}/v1/tickets/{ticket_id}/messages",
                        json={"body": body},
                        headers=headers,
                    )
                except httpx.TransportError:
                    answer = None
                if answer is not None and answer.status_code == 201:
                    acknowledged[body] = answer.json()["id"]
                    break
                if answer is not None and answer.status_code not in (409, 502, 503, 504):
                    raise AssertionError(f"{body}: {answer.status_code} {answer.text}")
                repeated += 1
                await asyncio.sleep(0.1)
    return repeated


async def _kill_one_under_load(
    instances: list[Instance], front: str, database_url: str
) -> dict[str, Any]:
    agent = await sign_in(front, AGENT)
    writers = {
        "ava": await sign_in(front, "ava@northwind.example"),
        "noah": await sign_in(front, "noah@northwind.example"),
    }
    tickets = {
        name: await create_ticket(front, token, f"{name}'s load") for name, token in writers.items()
    }
    start = await newest_event_id(database_url)
    # Six streams through the balancer: by least connections, two on each instance.
    followers = [Follower(front, agent, start) for _ in range(6)]
    acknowledged: dict[str, dict[str, str]] = {name: {} for name in writers}
    tasks = []
    try:
        for follower in followers:
            tasks.append(asyncio.create_task(follower.run()))
            await asyncio.wait_for(follower.connected.wait(), 10)
        writing = [
            asyncio.create_task(
                _write_replies(front, token, tickets[name], name, acknowledged[name])
            )
            for name, token in writers.items()
        ]

        async def enough_written() -> bool:
            return all(len(done) >= KILL_AFTER for done in acknowledged.values())

        await eventually(enough_written, 60, f"{KILL_AFTER} writes by each writer")
        victim = instances[2]
        os.kill(victim.process.pid, signal.SIGKILL)
        victim.process.wait(timeout=10)
        repeated = sum(await asyncio.gather(*writing))
        committed = await caught_up(followers, database_url, start)
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async with connected(database_url) as db:
        stored = {
            name: [
                (row["id"], row["body"])
                for row in await db.fetch(
                    "SELECT id, body FROM message WHERE ticket_id = $1", tickets[name]
                )
            ]
            for name in writers
        }
        created_events = Counter(
            row["message_id"]
            for row in await db.fetch(
                "SELECT data->>'message_id' AS message_id FROM event "
                "WHERE type = 'message.created' AND id > $1",
                start,
            )
        )
    return {
        "acknowledged": acknowledged,
        "stored": stored,
        "created_events": created_events,
        "committed": committed,
        "followers": followers,
        "repeated": repeated,
    }


def test_killing_an_instance_under_load_loses_and_repeats_nothing(
    database_url: str, tmp_path: Path, haproxy: str
) -> None:
    with (
        three_instances(database_url, tmp_path) as instances,
        balancer(haproxy, instances, tmp_path) as front,
    ):
        seen = asyncio.run(_kill_one_under_load(instances, front, database_url))
        survivors_logs = instances[0].log() + instances[1].log()
    assert "Traceback" not in survivors_logs

    for name, acknowledged in seen["acknowledged"].items():
        # Every write was acknowledged in the end (the writers retry until it is)...
        assert len(acknowledged) == WRITES_PER_WRITER
        written = [
            (mid, body) for mid, body in seen["stored"][name] if body.startswith(f"{name} reply ")
        ]
        bodies = Counter(body for _, body in written)
        # ...exists exactly once (none lost, none written twice by a repeated send)...
        assert set(bodies) == set(acknowledged), name
        assert max(bodies.values()) == 1, [b for b, n in bodies.items() if n > 1]
        # ...as the message the acknowledgement named, announced once.
        assert {body: mid for mid, body in written} == acknowledged
        for message_id in acknowledged.values():
            assert seen["created_events"][message_id] == 1, message_id

    # Every stream has every committed event, in order, each once: the ones on the
    # killed instance resumed elsewhere with Last-Event-ID and missed nothing.
    committed = seen["committed"]
    assert len(committed) >= 2 * 2 * WRITES_PER_WRITER  # message.created + ticket.updated
    for follower in seen["followers"]:
        assert follower.ids == committed
    assert sum(f.connections > 1 for f in seen["followers"]) >= 1, "no stream was on C"


# (c) ---------------------------------------------------------------------------------


MAILS = 20
CLOSING = 8


async def _make_work_due(database_url: str) -> dict[str, Any]:
    """Renewals, quiet solved tickets and mail, all due at the same moment."""
    now = datetime.now(UTC)
    async with connected(database_url) as db, db.transaction():
        teams = [row["id"] for row in await db.fetch("SELECT id FROM team")]
        renewing = {
            (row["team_id"], row["product"])
            for row in await db.fetch("SELECT team_id, product FROM addon WHERE status = 'active'")
        }
        renewed_at = now - timedelta(minutes=1)
        await db.execute("UPDATE team SET renewal_at = $1", renewed_at)
        quiet = [
            row["id"]
            for row in await db.fetch(
                "SELECT id FROM ticket WHERE status IN ('open', 'pending') ORDER BY id LIMIT $1",
                CLOSING,
            )
        ]
        await db.execute(
            "UPDATE ticket SET status = 'solved', updated_at = $2 WHERE id = ANY($1)",
            quiet,
            now - timedelta(days=8),
        )
        for number in range(MAILS):
            await db.execute(
                "INSERT INTO mail_outbox (id, to_address, to_name, locale, subject, body, "
                "created_at, attempts, next_attempt_at) VALUES ($1, $2, 'Due', 'en', $3, "
                "'Sent once, by one instance.', $4, 0, $4)",
                f"mail_due_{number}",
                f"due{number}@mail.example",
                f"Due mail {number}",
                now,
            )
    return {"teams": teams, "renewing": renewing, "quiet": quiet, "renewed_at": renewed_at}


async def _periodic_work_once(database_url: str, sink_to: Callable[[str], list[Any]]) -> None:
    start = await newest_event_id(database_url)
    async with connected(database_url) as db:
        charges_before = int(await db.fetchval("SELECT count(*) FROM charge WHERE kind = 'full'"))
    due = await _make_work_due(database_url)
    assert due["renewing"] and len(due["quiet"]) == CLOSING

    async def all_done() -> bool:
        async with connected(database_url) as db:
            still = await db.fetchval(
                "SELECT (SELECT count(*) FROM team WHERE renewal_at <= now()) + "
                "(SELECT count(*) FROM ticket WHERE id = ANY($1) AND status <> 'closed') + "
                "(SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL)",
                due["quiet"],
            )
        return int(still) == 0

    await eventually(all_done, 30, "the periodic work to be done")
    await asyncio.sleep(1)  # room for a second instance to do it again, if it would

    async with connected(database_url) as db:
        charges = await db.fetch(
            "SELECT team_id, product FROM charge WHERE kind = 'full' AND period_start = $1",
            due["renewed_at"],
        )
        total = int(await db.fetchval("SELECT count(*) FROM charge WHERE kind = 'full'"))
        closed_events = Counter(
            row["ticket_id"]
            for row in await db.fetch(
                "SELECT data->>'ticket_id' AS ticket_id FROM event WHERE id > $1 "
                "AND type = 'ticket.updated' AND data->>'status' = 'closed'",
                start,
            )
        )
    # R10: one full charge per renewing add-on, not one per instance.
    assert total - charges_before == len(due["renewing"])
    assert Counter((row["team_id"], row["product"]) for row in charges) == Counter(due["renewing"])
    # Each quiet ticket closed once: one event each.
    assert closed_events == Counter(dict.fromkeys(due["quiet"], 1))
    # Each mail at the SMTP server once.
    for number in range(MAILS):
        assert len(sink_to(f"due{number}@mail.example")) == 1, number


def test_periodic_work_runs_once_across_instances(database_url: str, tmp_path: Path) -> None:
    with (
        smtp_sink() as sink,
        three_instances(
            database_url,
            tmp_path,
            SMTP_URL=sink.url,
            # Every instance looks for work many times a second, so that they meet.
            MAINTENANCE_INTERVAL_SECONDS="0.05",
            MAIL_RETRY_SECONDS="0.05",
        ) as instances,
    ):
        asyncio.run(_periodic_work_once(database_url, sink.to))
        logs = "".join(i.log() for i in instances)
    assert "Traceback" not in logs
    # The work is not even tried twice (the constraint that would catch a second
    # charge never has to).
    assert "rolled over elsewhere" not in logs
