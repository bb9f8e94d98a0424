"""The service's command line on a fresh SQLite file."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.support.server import run_cli, running_server


def test_migrate_then_create_user_then_sign_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    migrated = run_cli(url, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert run_cli(url, "seed-demo").returncode == 0

    import subprocess
    import sys

    from tests.support.server import backend_env

    created = subprocess.run(
        [
            sys.executable,
            "-m",
            "backend",
            "create-user",
            "--email",
            "zoe@northwind.example",
            "--name",
            "Zoe Kramer",
            "--team",
            "Northwind Traders",
            "--password-stdin",
        ],
        input="a-long-password\n",
        env=backend_env(url),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "backend",
            "create-user",
            "--email",
            "zoe@northwind.example",
            "--name",
            "Zoe",
            "--team",
            "Northwind Traders",
            "--password-stdin",
        ],
        input="a-long-password\n",
        env=backend_env(url),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 1
    assert "exists already" in again.stderr

    with running_server(url, tmp_path, seed=False) as server:
        response = httpx.post(
            f"{server.url}/v1/auth/token",
            json={"email": "zoe@northwind.example", "password": "a-long-password"},
        )
        assert response.status_code == 200
        assert response.json()["user"]["role"] == "admin"


def test_bad_database_url_is_reported(tmp_path: Path) -> None:
    result = run_cli("mysql://nope", "migrate")
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr
