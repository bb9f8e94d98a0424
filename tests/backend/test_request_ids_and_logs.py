"""Structured logs: one JSON object a line, each request's lines carry its id, echoed back."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx

from tests.support.databases import sqlite_database
from tests.support.server import run_cli, running_server


def _entries(log: str) -> list[dict[str, Any]]:
    entries = []
    for line in log.splitlines():
        entry = json.loads(line)  # every line, from migration to shutdown
        assert isinstance(entry, dict) and {"time", "level", "logger", "message"} <= set(entry)
        entries.append(entry)
    return entries


def test_every_log_line_is_json_and_a_request_carries_its_id(tmp_path: Path) -> None:
    with sqlite_database(tmp_path) as url:
        # Seeded beforehand: `serve --seed-demo` prints a plain sentence.
        assert run_cli(url, "migrate").returncode == 0
        assert run_cli(url, "seed-demo").returncode == 0
        with running_server(url, tmp_path, seed=False) as server:
            kept = httpx.post(
                f"{server.url}/v1/auth/token",
                json={"email": "ava@northwind.example", "password": "demo-password"},
                headers={"X-Request-ID": "desk-7f3a:42"},
            )
            assert kept.status_code == 200
            assert kept.headers["X-Request-ID"] == "desk-7f3a:42"

            token = kept.json()["access_token"]
            refused = httpx.get(
                f"{server.url}/v1/tickets/tkt_nothing",
                headers={"Authorization": f"Bearer {token}", "X-Request-ID": "two words\tand"},
            )
            assert refused.status_code == 404
            made_up = refused.headers["X-Request-ID"]
            assert re.fullmatch(r"[0-9a-f]{32}", made_up)

            too_long = httpx.get(f"{server.url}/v1/health", headers={"X-Request-ID": "x" * 200})
            assert too_long.headers["X-Request-ID"] != "x" * 200

            none_sent = httpx.get(f"{server.url}/v1/health")
            assert re.fullmatch(r"[0-9a-f]{32}", none_sent.headers["X-Request-ID"])
            assert none_sent.headers["X-Request-ID"] != made_up

            # An error answer carries it too.
            assert "X-Request-ID" in httpx.post(f"{server.url}/v1/tickets", json={}).headers
        entries = _entries(server.log())

    access = [e for e in entries if e["logger"] == "backend.access"]
    sign_in = [e for e in access if e.get("request_id") == "desk-7f3a:42"]
    assert len(sign_in) == 1
    assert sign_in[0]["route"] == "/v1/auth/token" and sign_in[0]["status"] == 200
    assert sign_in[0]["duration_ms"] >= 0
    not_found = [e for e in access if e.get("request_id") == made_up]
    assert [(e["route"], e["status"]) for e in not_found] == [("/v1/tickets/{ticket_id}", 404)]
    assert not any("two words" in json.dumps(e) for e in entries)
    # Lines outside any request (start-up, shutdown) have no id.
    assert any("request_id" not in e for e in entries)
