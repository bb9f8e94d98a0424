"""One service signs with one key: its workers share it; several instances must be told it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from tests.backend.conftest import sign_in
from tests.support.databases import postgres_database, sqlite_database
from tests.support.server import free_port, run_cli, running_server

REQUESTS = 40


async def _on_new_connections(base_url: str, headers: dict[str, str]) -> list[int]:
    """GET /v1/me ``REQUESTS`` times, each on a connection of its own (so any worker answers)."""
    limits = httpx.Limits(max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
        responses = await asyncio.gather(
            *(client.get("/v1/me", headers=headers) for _ in range(REQUESTS))
        )
    return [r.status_code for r in responses]


@pytest.mark.postgres
async def test_two_workers_without_secret_key_accept_each_others_tokens(tmp_path: Path) -> None:
    with (
        postgres_database() as url,
        running_server(url, tmp_path, serve_args=("--workers", "2"), SECRET_KEY=None) as server,
    ):
        async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
            ava = await sign_in(api, "ava@northwind.example")
        statuses = await _on_new_connections(server.url, ava)
    assert statuses == [200] * REQUESTS


@pytest.mark.postgres
async def test_instances_share_the_key_from_secret_key_file(tmp_path: Path) -> None:
    key_file = tmp_path / "signing-key"
    key_file.write_text("a-mounted-secret-shared-by-both-instances\n")
    env: dict[str, str | None] = {
        "SECRET_KEY": None,
        "SECRET_KEY_FILE": str(key_file),
        "INSTANCES": "2",
    }
    with (
        postgres_database() as url,
        running_server(url, tmp_path, **env) as first,
        running_server(url, tmp_path, seed=False, **env) as second,
    ):
        async with httpx.AsyncClient(base_url=f"{first.url}/v1") as api:
            ava = await sign_in(api, "ava@northwind.example")
        async with httpx.AsyncClient(base_url=f"{second.url}/v1") as other:
            assert (await other.get("/me", headers=ava)).status_code == 200


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (("--instances", "2"), {}),
        ((), {"INSTANCES": "3"}),
        (("--workers", "2", "--instances", "2"), {}),
    ],
)
def test_several_instances_refuse_to_start_without_a_shared_key(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str]
) -> None:
    with sqlite_database(tmp_path) as url:
        result = run_cli(url, "serve", "--port", str(free_port()), *args, SECRET_KEY=None, **env)
    assert result.returncode == 2, result.stderr
    assert "SECRET_KEY" in result.stderr and "SECRET_KEY_FILE" in result.stderr


@pytest.mark.parametrize(
    ("file_text", "with_secret_key", "says"),
    [
        ("", False, "is empty"),
        (None, False, "No such file"),
        ("a key", True, "not both"),
    ],
)
def test_a_bad_secret_key_file_is_a_configuration_error(
    tmp_path: Path, file_text: str | None, with_secret_key: bool, says: str
) -> None:
    key_file = tmp_path / "signing-key"
    if file_text is not None:
        key_file.write_text(file_text)
    extra: dict[str, str | None] = {"SECRET_KEY_FILE": str(key_file)}
    if not with_secret_key:
        extra["SECRET_KEY"] = None
    with sqlite_database(tmp_path) as url:
        result = run_cli(url, "migrate", **extra)
    assert result.returncode == 2
    assert "SECRET_KEY_FILE" in result.stderr and says in result.stderr
