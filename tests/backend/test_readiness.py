"""``/v1/ready`` asks the database; ``/v1/health`` only says the process answers."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.conftest import DATABASE_KINDS
from tests.support.databases import database, pg_admin
from tests.support.server import running_server


@pytest.mark.parametrize("kind", DATABASE_KINDS)
def test_ready_when_the_database_answers(kind: str, tmp_path: Path) -> None:
    with database(kind, tmp_path) as url, running_server(url, tmp_path, seed=False) as server:
        response = httpx.get(f"{server.url}/v1/ready")
        assert response.status_code == 200
        assert response.json() == {"status": "ready"}


@pytest.mark.postgres
def test_not_ready_when_the_database_is_gone_but_still_alive(tmp_path: Path) -> None:
    with database("postgres", tmp_path) as url, running_server(url, tmp_path, seed=False) as server:
        assert httpx.get(f"{server.url}/v1/ready").status_code == 200
        name = url.rsplit("/", 1)[1]
        pg_admin(f'DROP DATABASE "{name}" WITH (FORCE)')

        response = httpx.get(f"{server.url}/v1/ready", timeout=10)
        assert response.status_code == 503
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "not_ready"
        # Liveness is not readiness: the process itself is fine.
        assert httpx.get(f"{server.url}/v1/health").status_code == 200

        pg_admin(f'CREATE DATABASE "{name}"')
        assert httpx.get(f"{server.url}/v1/ready", timeout=10).status_code == 200
