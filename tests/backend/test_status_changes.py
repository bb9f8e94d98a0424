"""Solving or reopening a ticket leaves a trace in its thread, live and by mail (R17)."""

from __future__ import annotations

import asyncio
import time
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest

from tests.backend.conftest import sign_in
from tests.backend.test_events import _events
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import running_server
from tests.support.smtp_sink import SmtpSink, smtp_sink
from tests.support.tickets import sync_request


def _request(subject: str) -> dict[str, object]:
    return sync_request(subject=subject, body="The Board folder stopped syncing.")


async def _mails_to(
    sink: SmtpSink, address: str, want: int, timeout: float = 20
) -> list[EmailMessage]:
    deadline = time.monotonic() + timeout
    while len(sink.to(address)) < want:
        assert time.monotonic() < deadline, f"no {want} mail(s) for {address}"
        await asyncio.sleep(0.1)
    return sink.to(address)


@pytest.mark.parametrize("kind", DATABASE_KINDS)
async def test_a_colleague_solving_and_reopening_shows_in_the_thread_and_mails_the_submitter(
    kind: str, tmp_path: Path
) -> None:  # R17
    with (
        smtp_sink() as sink,
        database(kind, tmp_path) as url,
        running_server(url, tmp_path, SMTP_URL=sink.url) as server,
    ):
        async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
            noah = await sign_in(api, "noah@northwind.example")  # the submitter, Dutch
            ava = await sign_in(api, "ava@northwind.example")  # a teammate, admin
            ticket = (await api.post("/tickets", json=_request("Board sync"), headers=noah)).json()
            assert ticket["events"] == []

            async def ava_solves() -> None:
                answer = await api.patch(
                    f"/tickets/{ticket['id']}", json={"status": "solved"}, headers=ava
                )
                assert answer.status_code == 200

            listening = asyncio.create_task(_events(api, noah, 2))
            await asyncio.sleep(0.5)  # the stream is open before the change
            await ava_solves()
            heard = await asyncio.wait_for(listening, 20)
            assert [e["type"] for e in heard] == ["ticket.updated", "ticket.status_changed"]
            assert heard[1]["actor_name"] == "Ava Jansen" and heard[1]["status"] == "solved"

            await api.patch(f"/tickets/{ticket['id']}", json={"status": "open"}, headers=noah)

            seen_by_noah = (await api.get(f"/tickets/{ticket['id']}", headers=noah)).json()
            events = seen_by_noah["events"]
            assert [(e["kind"], e["status"], e["actor"]["kind"]) for e in events] == [
                ("status_changed", "solved", "colleague"),
                ("status_changed", "open", "self"),
            ]
            assert events[0]["actor"]["name"] == "Ava Jansen"
            assert events[0]["created_at"] <= events[1]["created_at"]
            seen_by_ava = (await api.get(f"/tickets/{ticket['id']}", headers=ava)).json()
            assert [e["actor"]["kind"] for e in seen_by_ava["events"]] == ["self", "submitter"]

            mails = await _mails_to(sink, "noah@northwind.example", 1)
            await asyncio.sleep(1)  # his own reopening must not mail him as well
            mails = sink.to("noah@northwind.example")
            assert len(mails) == 1
            mail = mails[0]
            assert mail["Subject"] == (
                f"Ava Jansen heeft je ticket #{ticket['number']} als opgelost gemarkeerd"
            )
            assert "Board sync" in mail.get_content()


@pytest.mark.parametrize("kind", DATABASE_KINDS)
async def test_a_colleague_reopening_mails_the_submitter(kind: str, tmp_path: Path) -> None:  # R17
    with (
        smtp_sink() as sink,
        database(kind, tmp_path) as url,
        running_server(url, tmp_path, SMTP_URL=sink.url) as server,
    ):
        async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
            yuki = await sign_in(api, "yuki@northwind.example")  # Japanese
            ava = await sign_in(api, "ava@northwind.example")
            ticket = (await api.post("/tickets", json=_request("Sync 2"), headers=yuki)).json()
            await api.patch(f"/tickets/{ticket['id']}", json={"status": "solved"}, headers=yuki)
            await api.patch(f"/tickets/{ticket['id']}", json={"status": "open"}, headers=ava)
            mails = await _mails_to(sink, "yuki@northwind.example", 1)
            subject = str(mails[0]["Subject"])
            assert subject == f"Ava Jansen さんがチケット #{ticket['number']} を再オープンしました"
