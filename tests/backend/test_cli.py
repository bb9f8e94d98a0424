"""The service's command line on a fresh SQLite file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support.server import backend_env, run_cli, running_server


def _create_user(
    url: str, email: str, name: str, password: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "backend",
            "create-user",
            "--email",
            email,
            "--name",
            name,
            "--team",
            "Northwind Traders",
            "--password-stdin",
        ],
        input=f"{password}\n",
        env=backend_env(url),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_migrate_then_create_user_then_sign_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    migrated = run_cli(url, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert run_cli(url, "seed-demo").returncode == 0

    created = _create_user(url, "zoe@northwind.example", "Zoe Kramer", "a-long-password")
    assert created.returncode == 0, created.stderr
    again = _create_user(url, "zoe@northwind.example", "Zoe", "a-long-password")
    assert again.returncode == 1
    assert "exists already" in again.stderr
    short = _create_user(url, "max@northwind.example", "Max", "short")
    assert short.returncode == 2

    with running_server(url, tmp_path, seed=False) as server:
        response = httpx.post(
            f"{server.url}/v1/auth/token",
            json={"email": "zoe@northwind.example", "password": "a-long-password"},
        )
        assert response.status_code == 200
        assert response.json()["user"]["role"] == "admin"


def test_bad_database_url_is_reported() -> None:
    result = run_cli("mysql://nope", "migrate")
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_serve_parses_http_with_httptools(tmp_path: Path) -> None:
    # A dependency of the service (pyproject.toml): uvicorn's HTTP parser in C, a large part
    # of a request's cost outside the app (bench/README.md, issue 22).
    url = f"sqlite:///{tmp_path / 'parser.db'}"
    with running_server(url, tmp_path, seed=False) as server:
        assert httpx.get(f"{server.url}/v1/health").status_code == 200
        loaded = Path(f"/proc/{server.process.pid}/maps").read_text()
    assert "/httptools/parser/parser." in loaded
    assert "/uvloop/" not in loaded  # asyncio's loop, even where uvloop is installed
