"""The client's HTTP layer against the real service (no Qt widgets involved)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from desktop.api.client import ApiClient, normalise_server_url
from desktop.api.errors import (
    ApiError,
    InvalidServerUrl,
    NotPremiumSupportServer,
    ServerUnreachable,
    SessionExpired,
)
from desktop.api.models import Tokens
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, free_port, running_server


@pytest.mark.parametrize(
    "text", ["", "support.example.com", "ftp://x.example", "http://", "https://x.example/?a=1"]
)
def test_bad_server_urls_are_refused(text: str) -> None:
    with pytest.raises(InvalidServerUrl):
        normalise_server_url(text)


def test_server_url_is_normalised() -> None:
    assert normalise_server_url(" https://support.example.com/ ") == "https://support.example.com"


async def test_sign_in_and_list_my_tickets(server: RunningServer) -> None:
    client = ApiClient(server.url)
    try:
        assert await client.health()
        user = await client.sign_in("ava@northwind.example", "demo-password")
        assert user.name == "Ava Jansen" and user.is_admin
        page = await client.tickets(limit=5)
        assert len(page.items) == 5 and page.next_cursor
        second = await client.tickets(limit=5, cursor=page.next_cursor)
        assert not {t.id for t in page.items} & {t.id for t in second.items}
        ticket = await client.ticket(page.items[0].id)
        assert ticket.messages and ticket.messages[0].author_kind == "self"
    finally:
        await client.aclose()


async def test_wrong_password_is_an_api_error_with_its_code(server: RunningServer) -> None:
    client = ApiClient(server.url)
    try:
        with pytest.raises(ApiError) as caught:
            await client.sign_in("ava@northwind.example", "nope")
        assert caught.value.code == "bad_credentials" and caught.value.status == 401
    finally:
        await client.aclose()


async def test_unreachable_server() -> None:
    client = ApiClient(f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(ServerUnreachable):
            await client.health()
    finally:
        await client.aclose()


class _NotOurs(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html>a web page</html>")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def other_web_server() -> Iterator[str]:
    httpd = HTTPServer(("127.0.0.1", 0), _NotOurs)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


async def test_a_web_page_is_not_a_premium_support_server(other_web_server: str) -> None:
    client = ApiClient(other_web_server)
    try:
        with pytest.raises(NotPremiumSupportServer):
            await client.health()
    finally:
        await client.aclose()


@pytest.fixture(scope="module")
def short_lived_tokens_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    # Access tokens that live two seconds: a short wait forces the refresh path.
    directory: Path = tmp_path_factory.mktemp("short-tokens")
    with (
        sqlite_database(directory) as url,
        running_server(url, directory, ACCESS_TOKEN_SECONDS="2") as running,
    ):
        yield running


async def test_expired_access_token_is_refreshed_once(
    short_lived_tokens_server: RunningServer,
) -> None:
    client = ApiClient(short_lived_tokens_server.url)
    seen: list[Tokens] = []
    client.on_tokens(seen.append)
    try:
        await client.sign_in("ava@northwind.example", "demo-password")
        await asyncio.sleep(2.2)  # past the token's expiry
        first_refresh = client.refresh_token
        results = await asyncio.gather(client.me(), client.me(), client.tickets(limit=1))
        assert results[0].email == "ava@northwind.example"
        assert client.refresh_token != first_refresh
        # Concurrent calls share one refresh: the rotated token is not reused.
        assert len(seen) >= 2
    finally:
        await client.aclose()


async def test_revoked_refresh_token_means_session_expired(server: RunningServer) -> None:
    client = ApiClient(server.url)
    other = ApiClient(server.url)
    try:
        await client.sign_in("ava@northwind.example", "demo-password")
        stale = client.refresh_token
        assert stale
        await other.resume(stale)  # rotates: the first client's token is now spent
        with pytest.raises(SessionExpired):
            await ApiClient(server.url).resume(stale)
    finally:
        await client.aclose()
        await other.aclose()
