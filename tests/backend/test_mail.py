"""Notifications by e-mail through a real SMTP server, in the recipient's language."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from desktop.ui.tickets.links.link_format import parse_ticket_link
from tests.backend.conftest import sign_in
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import free_port, running_server
from tests.support.smtp_sink import smtp_sink
from tests.support.tickets import sharing_request


async def _wait_for(predicate: object, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


@pytest.mark.parametrize("kind", DATABASE_KINDS)
async def test_colleague_reply_mails_the_submitter_in_dutch(
    kind: str, tmp_path: Path
) -> None:  # R17
    with (
        smtp_sink() as sink,
        database(kind, tmp_path) as url,
        running_server(url, tmp_path, SMTP_URL=sink.url) as server,
    ):
        async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
            noah = await sign_in(api, "noah@northwind.example")  # locale nl
            ava = await sign_in(api, "ava@northwind.example")
            ticket = (
                await api.post("/tickets", json=sharing_request("Board links"), headers=noah)
            ).json()
            own = await api.post(
                f"/tickets/{ticket['id']}/messages", json={"body": "Any idea?"}, headers=noah
            )
            assert own.status_code == 201
            reply = await api.post(
                f"/tickets/{ticket['id']}/messages",
                json={"body": "Check the link expiry setting."},
                headers=ava,
            )
            assert reply.status_code == 201
            await _wait_for(lambda: sink.to("noah@northwind.example"))
            mails = sink.to("noah@northwind.example")
            assert len(mails) == 1  # his own reply notified nobody
            mail = mails[0]
            assert (
                mail["Subject"] == f"Een collega heeft gereageerd op je ticket #{ticket['number']}"
            )
            assert "Check the link expiry setting." in mail.get_content()
            assert "Noah de Vries" in str(mail["To"])
            # The link the app opens, in his language, before the signature.
            link = f"premium-support-desk://ticket/{ticket['number']}"
            content = mail.get_content().replace("\r\n", "\n")
            assert f"Open het ticket in Premium Support Desk: {link}\n\n— " in content
            assert parse_ticket_link(link) == ticket["number"]


@pytest.mark.parametrize("kind", DATABASE_KINDS)
async def test_mail_waits_for_the_smtp_server_and_survives_a_restart(
    kind: str, tmp_path: Path
) -> None:
    port = free_port()
    smtp_url = f"smtp://127.0.0.1:{port}"  # nothing listens here yet
    with database(kind, tmp_path) as url:
        with running_server(url, tmp_path, SMTP_URL=smtp_url, MAIL_RETRY_SECONDS="0.5") as server:
            async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
                noah = await sign_in(api, "noah@northwind.example")
                ava = await sign_in(api, "ava@northwind.example")
                ticket = (
                    await api.post("/tickets", json=sharing_request("Offline mail"), headers=noah)
                ).json()
                await api.post(
                    f"/tickets/{ticket['id']}/messages", json={"body": "Reply"}, headers=ava
                )
                await asyncio.sleep(1.5)  # a few failed attempts
        # The service is down; the mail is still owed. Bring up mail, then the service.
        with (
            smtp_sink(port) as sink,
            running_server(url, tmp_path, seed=False, SMTP_URL=smtp_url, MAIL_RETRY_SECONDS="0.5"),
        ):
            await _wait_for(lambda: sink.to("noah@northwind.example"), timeout=30)
            assert len(sink.to("noah@northwind.example")) == 1
