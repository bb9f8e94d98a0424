"""Sign-in, rotating refresh, sign-out, throttling."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from backend.api.callers import Caller, CallerCache
from backend.config import Settings
from backend.db.models import User
from backend.db.session import make_engine
from tests.backend.conftest import sign_in
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import running_server


async def _token(api: httpx.AsyncClient, email: str = "ava@northwind.example") -> dict[str, object]:
    response = await api.post("/auth/token", json={"email": email, "password": "demo-password"})
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


async def test_sign_in_returns_tokens_and_the_user(api: httpx.AsyncClient) -> None:
    body = await _token(api)
    assert body["access_token"] and body["refresh_token"]
    assert isinstance(body["expires_in"], int) and body["expires_in"] > 0
    user = body["user"]
    assert isinstance(user, dict)
    assert user["name"] == "Ava Jansen"
    assert user["role"] == "admin"


async def test_me_describes_the_signed_in_user(api: httpx.AsyncClient) -> None:
    headers = await sign_in(api, "mia@northwind.example")
    response = await api.get("/me", headers=headers)
    assert response.status_code == 200
    me = response.json()
    assert me["email"] == "mia@northwind.example"
    assert me["role"] == "member"
    assert me["champion"] == "epic"
    assert me["locale"] == "en"
    assert me["team_id"]


async def test_wrong_password_is_bad_credentials(api: httpx.AsyncClient) -> None:
    response = await api.post(
        "/auth/token", json={"email": "ava@northwind.example", "password": "wrong"}
    )
    assert response.status_code == 401
    assert response.json()["code"] == "bad_credentials"


async def test_unknown_email_is_bad_credentials_too(api: httpx.AsyncClient) -> None:
    response = await api.post(
        "/auth/token", json={"email": "nobody@nowhere.example", "password": "demo-password"}
    )
    assert response.status_code == 401
    assert response.json()["code"] == "bad_credentials"


async def test_repeated_failures_are_throttled(api: httpx.AsyncClient) -> None:
    email = f"guess-{uuid.uuid4().hex[:8]}@nowhere.example"
    codes = []
    for _ in range(6):
        response = await api.post("/auth/token", json={"email": email, "password": "x"})
        codes.append(response.status_code)
    assert codes == [401] * 5 + [429]
    assert int(response.headers["Retry-After"]) > 0
    assert response.json()["code"] == "too_many_attempts"


async def test_refresh_rotates_the_refresh_token(api: httpx.AsyncClient) -> None:
    first = await _token(api)
    response = await api.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert response.status_code == 200
    second = response.json()
    assert second["refresh_token"] != first["refresh_token"]
    me = await api.get("/me", headers={"Authorization": f"Bearer {second['access_token']}"})
    assert me.status_code == 200
    reused = await api.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert reused.status_code == 401
    assert reused.json()["code"] == "invalid_refresh_token"


async def test_logout_revokes_the_refresh_token(api: httpx.AsyncClient) -> None:
    body = await _token(api)
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    response = await api.post(
        "/auth/logout", json={"refresh_token": body["refresh_token"]}, headers=headers
    )
    assert response.status_code == 204
    refreshed = await api.post("/auth/refresh", json={"refresh_token": body["refresh_token"]})
    assert refreshed.status_code == 401


async def test_reusing_a_rotated_refresh_token_ends_every_session(api: httpx.AsyncClient) -> None:
    first = await _token(api, "yuki@northwind.example")
    rotated = (
        await api.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    ).json()
    # Someone replays the old token: refused, and the rotated one dies with it.
    replay = await api.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    after = await api.post("/auth/refresh", json={"refresh_token": rotated["refresh_token"]})
    assert after.status_code == 401 and after.json()["code"] == "invalid_refresh_token"


@pytest.mark.parametrize("kind", DATABASE_KINDS)
async def test_a_role_changed_in_the_database_counts_within_the_cache_bound(
    kind: str, tmp_path: Path
) -> None:  # R17
    # Each process remembers a token's user for AUTH_CACHE_SECONDS (backend/api/callers.py);
    # a change made behind the service's back must count within that bound.
    bound = 1.0
    with (
        database(kind, tmp_path) as url,
        running_server(url, tmp_path, AUTH_CACHE_SECONDS=str(bound)) as server,
    ):
        async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
            ava = await sign_in(api, "ava@northwind.example")
            team = await api.get("/tickets", params={"scope": "team"}, headers=ava)
            assert team.status_code == 200  # remembered as an admin from here on
            engine = make_engine(Settings(database_url=url))
            async with engine.begin() as connection:
                await connection.execute(
                    update(User).where(User.email == "ava@northwind.example").values(role="member")
                )
            await engine.dispose()
            changed = time.monotonic()
            while True:
                team = await api.get("/tickets", params={"scope": "team"}, headers=ava)
                if team.status_code == 403:
                    break
                assert team.status_code == 200
                assert time.monotonic() - changed < bound + 1.0, "still an admin past the bound"
                await asyncio.sleep(0.05)
            me = await api.get("/me", headers=ava)
            assert me.json()["role"] == "member"


def test_a_cached_caller_is_refused_once_the_token_expires() -> None:
    # The expiry is checked on every request, remembered or not.
    cache = CallerCache(seconds=60)
    user = User(id="usr_1", team_id=None, name="Sam", email="sam@vendor.example", role="agent")
    key = cache.key("a-token")
    cache.put(key, user, expires=1_000)
    hit = cache.get(key, now_epoch=999.0)
    assert hit is not None and hit[0].id == "usr_1" and hit[0] is not user
    assert cache.get(key, now_epoch=1_000.0) is None
    cache.put(key, user, expires=2_000)
    # The lean read path's snapshot of the same entry, refused by the same rule.
    assert cache.caller(key, now_epoch=1_999.0) == Caller("usr_1", None, "agent")
    assert cache.caller(key, now_epoch=2_000.0) is None
    cache.put(key, user, expires=2_000)
    cache.forget_user("usr_1")  # signing out
    assert cache.get(key, now_epoch=999.0) is None
