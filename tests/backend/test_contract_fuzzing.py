"""Schemathesis against the running service: generated requests never meet a 500."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.support.databases import sqlite_database
from tests.support.server import running_server


def test_generated_requests_never_cause_a_server_error(tmp_path: Path) -> None:
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        token = httpx.post(
            f"{server.url}/v1/auth/token",
            json={"email": "ava@northwind.example", "password": "demo-password"},
        ).json()["access_token"]
        st = Path(sys.executable).with_name("st")  # installed beside this Python
        result = subprocess.run(
            [
                str(st),
                "run",
                f"{server.url}/v1/openapi.json",
                "-H",
                f"Authorization: Bearer {token}",
                "--checks",
                "not_a_server_error",
                "--max-examples",
                "10",
                "--phases",
                "coverage,fuzzing",
                "--exclude-path",
                "/v1/events",  # an endless stream
                "--generation-database",
                "none",
                "--seed",
                "20261125",
                "--workers",
                "2",
            ],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=tmp_path,
            check=False,
        )
        assert result.returncode == 0, result.stdout[-5000:]
        assert "passed" in result.stdout
        assert "Traceback" not in server.log()


def test_no_password_or_token_in_the_service_log(tmp_path: Path) -> None:
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        signed = httpx.post(
            f"{server.url}/v1/auth/token",
            json={"email": "ava@northwind.example", "password": "demo-password"},
        ).json()
        httpx.post(
            f"{server.url}/v1/auth/token",
            json={"email": "ava@northwind.example", "password": "guess-Xy9"},
        )
        refreshed = httpx.post(
            f"{server.url}/v1/auth/refresh", json={"refresh_token": signed["refresh_token"]}
        ).json()
        httpx.get(
            f"{server.url}/v1/me", headers={"Authorization": f"Bearer {refreshed['access_token']}"}
        )
        log = server.log()
        assert "/v1/auth/token" in log  # the log is there, and says what happened
        for secret in (
            "demo-password",
            "guess-Xy9",
            signed["access_token"],
            signed["refresh_token"],
            refreshed["access_token"],
            refreshed["refresh_token"],
        ):
            assert secret not in log
