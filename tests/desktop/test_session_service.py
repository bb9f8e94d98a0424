"""Staying signed in: the refresh token lives in the keyring, and only there."""

from __future__ import annotations

from pathlib import Path

from desktop.services.credentials import SERVICE_NAME, CredentialStore
from desktop.services.session import SessionService, SignedIn
from tests.conftest import MemoryKeyring
from tests.support.server import RunningServer


async def _noah_kept_signed_in(sessions: SessionService, server: RunningServer) -> SignedIn:
    return await sessions.sign_in(
        server_url=server.url,
        email="noah@northwind.example",
        password="demo-password",
        remember=True,
    )


async def test_keep_me_signed_in_stores_and_restores(
    server: RunningServer, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store = CredentialStore()
    sessions = SessionService(store)
    signed_in = await _noah_kept_signed_in(sessions, server)
    await store.flush()
    stored = [k for k in memory_keyring.store if k[0] == SERVICE_NAME and "noah@" in k[1]]
    assert len(stored) == 1
    await signed_in.client.aclose()

    restored = await sessions.restore(server_url=server.url, email="noah@northwind.example")
    assert restored is not None and restored.user.name == "Noah de Vries"
    await store.flush()
    # Refresh tokens rotate: the keyring holds the newest one.
    assert memory_keyring.store[stored[0]] == restored.client.refresh_token

    await sessions.sign_out(restored)
    await store.flush()
    assert stored[0] not in memory_keyring.store
    assert await sessions.restore(server_url=server.url, email="noah@northwind.example") is None
    store.close()
    # Nothing was written to disk by the session: no token in any file.
    assert not any(
        restored.client.refresh_token
        and restored.client.refresh_token in p.read_text(errors="ignore")
        for p in tmp_path.rglob("*")
        if p.is_file()
    )


async def test_without_keep_signed_in_nothing_is_stored(
    server: RunningServer, memory_keyring: MemoryKeyring
) -> None:
    store = CredentialStore()
    signed_in = await SessionService(store).sign_in(
        server_url=server.url,
        email="yuki@northwind.example",
        password="demo-password",
        remember=False,
    )
    await store.flush()
    assert not [k for k in memory_keyring.store if "yuki@" in k[1]]
    await signed_in.client.aclose()
    store.close()


async def test_signing_out_of_a_session_kept_offline_leaves_no_token_behind(
    server: RunningServer, memory_keyring: MemoryKeyring
) -> None:
    store = CredentialStore()
    sessions = SessionService(store)
    signed_in = await _noah_kept_signed_in(sessions, server)
    user = signed_in.user
    await signed_in.client.aclose()
    await store.flush()
    # As a cached start resumes it: a refresh token and no access token yet, so the
    # sign-out's own request is refused first and refreshes the tokens to go through.
    kept = await sessions.restore_offline(
        server_url=server.url, email="noah@northwind.example", user=user
    )
    assert kept is not None

    await sessions.sign_out(kept)
    await store.flush()

    assert not [k for k in memory_keyring.store if k[0] == SERVICE_NAME and "noah@" in k[1]]
    assert await sessions.restore(server_url=server.url, email="noah@northwind.example") is None
    store.close()
