"""A real service process per database kind, seeded with the demo world."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.databases import postgres_database, sqlite_database
from tests.support.server import RunningServer, run_cli, running_server


@pytest.fixture(
    scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp(f"server-{request.param}")
    databases = postgres_database() if request.param == "postgres" else sqlite_database(directory)
    with databases as url, running_server(url, directory) as running:
        yield running


@pytest.fixture
async def api(server: RunningServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=10) as client:
        yield client


async def sign_in(
    api: httpx.AsyncClient, email: str, password: str = "demo-password"
) -> dict[str, str]:
    """Sign in and return the Authorization header."""
    response = await api.post("/auth/token", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
async def ava(api: httpx.AsyncClient) -> dict[str, str]:
    return await sign_in(api, "ava@northwind.example")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path


@pytest.fixture(scope="module")
def demo_postgres() -> Iterator[str]:
    """A PostgreSQL database of the module's own, migrated, with the demo world."""
    with postgres_database() as made:
        assert run_cli(made, "migrate").returncode == 0
        assert run_cli(made, "seed-demo").returncode == 0
        yield made
