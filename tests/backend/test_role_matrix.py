"""Every endpoint × every kind of caller: admin, member, agent, another team, anonymous.

One row per operation of the OpenAPI document; a new endpoint fails the
completeness test until it has a row here.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.backend.conftest import sign_in
from tests.support.databases import postgres_database, sqlite_database
from tests.support.server import RunningServer, running_server

CALLERS = ("anonymous", "member", "agent", "other_team", "admin")  # admin last: it changes things


@dataclass(frozen=True)
class Row:
    method: str
    path: str  # with {placeholders} filled from the fixture's objects
    body: dict[str, object] | None
    expect: dict[str, int]  # caller → status


def ticket(channel: str = "request", **extra: object) -> dict[str, object]:
    return {
        "product": "dropbox",
        "channel": channel,
        "category": "sync",
        "language": "en",
        "subject": "Matrix",
        "body": "Matrix test",
    } | extra


def rows() -> list[Row]:
    everyone_200 = dict.fromkeys(CALLERS, 200)
    signed_in = {"anonymous": 401, "member": 200, "agent": 200, "other_team": 200, "admin": 200}
    admin_only = {"anonymous": 401, "member": 403, "agent": 403, "other_team": 200, "admin": 200}
    team_only = {"anonymous": 401, "member": 200, "agent": 403, "other_team": 200, "admin": 200}
    agent_only = {"anonymous": 401, "member": 403, "agent": 200, "other_team": 403, "admin": 403}
    own_ticket = {"anonymous": 401, "member": 404, "agent": 403, "other_team": 404}
    return [
        Row("GET", "/health", None, everyone_200),
        Row("GET", "/ready", None, everyone_200),
        Row("GET", "/openapi.json", None, everyone_200),
        Row("GET", "/me", None, signed_in),
        Row("GET", "/tickets", None, signed_in),
        Row("GET", "/tickets?scope=team", None, admin_only | {"agent": 403}),
        Row("GET", "/tickets/trend", None, signed_in),
        Row("POST", "/tickets", ticket(), admin_only | {"other_team": 409, "admin": 201}),
        Row("GET", "/tickets/{ticket}", None, signed_in | {"member": 404, "other_team": 404}),
        Row("PATCH", "/tickets/{open}", {"status": "solved"}, own_ticket | {"admin": 200}),
        Row("POST", "/tickets/{ticket}/messages", {"body": "hi"}, own_ticket | {"admin": 409}),
        Row(
            "PUT",
            "/tickets/{solved}/satisfaction",
            {"rating": "good"},
            own_ticket | {"admin": 200},
        ),
        Row(
            "PUT",
            "/tickets/{ticket}/satisfaction",
            {"rating": "bad"},
            own_ticket | {"admin": 409},  # closed: ticket_closed
        ),
        # Followers (issue 21): admins who see the ticket; the follower is a teammate.
        Row("GET", "/team/members", None, admin_only),
        Row(
            "GET", "/tickets/{open}/followers", None, signed_in | {"member": 404, "other_team": 404}
        ),
        Row("PUT", "/tickets/{open}/followers/{liam}", None, admin_only | {"other_team": 404}),
        Row(
            "PUT",
            "/tickets/{ticket}/followers/{liam}",
            None,
            admin_only | {"other_team": 404, "admin": 409},  # closed: ticket_closed
        ),
        Row("DELETE", "/tickets/{open}/followers/{liam}", None, admin_only | {"other_team": 404}),
        Row("POST", "/tickets/{chat}/chat/messages", {"body": "hi"}, own_ticket | {"admin": 201}),
        Row("POST", "/tickets/{chat}/chat/end", None, own_ticket | {"admin": 200}),
        Row(
            "POST",
            "/tickets/{queued_call}/callback/cancel",
            None,
            admin_only | {"other_team": 404, "admin": 200},
        ),
        Row(
            "POST",
            "/attachments",
            None,
            team_only | {"member": 201, "other_team": 201, "admin": 201},
        ),
        Row(
            "GET", "/attachments/{attachment}", None, signed_in | {"member": 404, "other_team": 404}
        ),
        Row("GET", "/team", None, admin_only),
        Row("GET", "/addon/offer", None, admin_only),
        Row(
            "POST",
            "/addon/quote",
            {"product": "dash", "tier": "basic"},
            admin_only | {"other_team": 409, "admin": 201},
        ),
        Row(
            "POST",
            "/addon/purchases",
            {"quote_id": "{quote}"},
            admin_only | {"other_team": 404, "admin": 201},
        ),
        Row("POST", "/addon/dropbox/removal", None, admin_only | {"other_team": 404}),
        Row("DELETE", "/addon/dropbox/removal", None, admin_only | {"other_team": 404}),
        Row("GET", "/invoices", None, admin_only),
        Row("GET", "/entitlements", None, admin_only),
        Row(
            "GET",
            "/consultations/slots?product=dropbox",
            None,
            admin_only | {"other_team": 409},
        ),
        Row(
            "POST",
            "/consultations",
            {"product": "dropbox", "starts_at": "{slot}"},
            admin_only | {"other_team": 409, "admin": 201},
        ),
        Row("GET", "/webinars", None, admin_only | {"other_team": 409}),
        Row(
            "POST",
            "/sales/contact",
            {"message": "Call me"},
            admin_only | {"other_team": 201, "admin": 201},
        ),
        Row(
            "POST",
            "/help/requests",
            {"product": "dropbox", "category": "sync", "subject": "s", "body": "b"},
            team_only | {"member": 201, "other_team": 201, "admin": 201},
        ),
        Row("GET", "/support/availability", None, team_only),
        Row("GET", "/recommendations", None, admin_only),
        Row(
            "PUT",
            "/recommendations/sharing-policies-video/feedback",
            {"verdict": "done"},
            admin_only,
        ),
        Row(
            "DELETE",
            "/recommendations/sharing-policies-video/feedback",
            None,
            admin_only | {"other_team": 204, "admin": 204},
        ),
        Row("GET", "/insights", None, admin_only),
        Row("GET", "/help-articles?q=sync", None, admin_only),
        Row(
            "POST",
            "/deflections",
            {"article_key": "files-not-syncing"},
            admin_only | {"other_team": 201, "admin": 201},
        ),
        Row("GET", "/events", None, signed_in),
        Row("GET", "/agent/queue", None, agent_only),
        Row(
            "POST",
            "/agent/tickets/{open}/messages",
            {"body": "Answer"},
            agent_only | {"agent": 201},
        ),
        Row("POST", "/agent/tickets/{agent_chat}/chat/join", None, agent_only),
        Row("POST", "/agent/tickets/{agent_chat}/chat/end", None, agent_only),
        Row("POST", "/agent/tickets/{callback}/callback/state", {"state": "calling"}, agent_only),
    ]


PUBLIC_AUTH = {
    ("POST", "/v1/auth/token"),
    ("POST", "/v1/auth/refresh"),
    ("POST", "/v1/auth/logout"),
}


def test_every_operation_has_a_row() -> None:
    document = json.loads((Path(__file__).parents[2] / "backend" / "openapi.json").read_text())
    operations = {(m.upper(), p) for p, item in document["paths"].items() for m in item}
    covered = {(r.method, "/v1" + r.path.split("?")[0]) for r in rows()}
    templated = {
        (
            method,
            path.replace("{ticket}", "{ticket_id}")
            .replace("{chat}", "{ticket_id}")
            .replace("{open}", "{ticket_id}")
            .replace("{solved}", "{ticket_id}")
            .replace("{agent_chat}", "{ticket_id}")
            .replace("{callback}", "{ticket_id}")
            .replace("{queued_call}", "{ticket_id}")
            .replace("{attachment}", "{attachment_id}")
            .replace("{liam}", "{user_id}")
            .replace("/addon/dropbox/", "/addon/{product}/")
            .replace("/recommendations/sharing-policies-video/", "/recommendations/{key}/"),
        )
        for method, path in covered
    }
    assert operations - PUBLIC_AUTH - {("GET", "/v1/openapi.json")} <= templated, (
        operations - templated
    )


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def matrix_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp(f"matrix-{request.param}")
    databases = postgres_database() if request.param == "postgres" else sqlite_database(directory)
    with databases as url, running_server(url, directory) as running:
        yield running


@pytest.fixture(scope="module")
async def callers(
    matrix_server: RunningServer,
) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, dict[str, str]], dict[str, str]]]:
    async with httpx.AsyncClient(base_url=f"{matrix_server.url}/v1", timeout=20) as api:
        headers = {
            "anonymous": {},
            "member": await sign_in(api, "mia@northwind.example"),
            "agent": await sign_in(api, "agent@vendor.example"),
            "other_team": await sign_in(api, "tia@tiny.example"),
            "admin": await sign_in(api, "ava@northwind.example"),
        }
        admin = headers["admin"]
        objects: dict[str, str] = {}
        closed = (
            await api.get("/tickets", params={"status": "closed", "limit": 1}, headers=admin)
        ).json()
        objects["ticket"] = closed["items"][0]["id"]  # replying: 409 ticket_closed for the admin
        open_ticket = (await api.post("/tickets", json=ticket(), headers=admin)).json()
        objects["open"] = open_ticket["id"]
        solved = (await api.post("/tickets", json=ticket(), headers=admin)).json()
        await api.patch(f"/tickets/{solved['id']}", json={"status": "solved"}, headers=admin)
        objects["solved"] = solved["id"]
        for name in ("chat", "agent_chat"):
            objects[name] = (await api.post("/tickets", json=ticket("chat"), headers=admin)).json()[
                "id"
            ]
        for name, phone in (("callback", "+31201234567"), ("queued_call", "+31201234561")):
            objects[name] = (
                await api.post("/tickets", json=ticket("callback", phone=phone), headers=admin)
            ).json()["id"]
        upload = await api.post("/attachments", files={"file": ("a.txt", b"abc")}, headers=admin)
        attachment = upload.json()["id"]
        await api.post(
            f"/tickets/{objects['open']}/messages",
            json={"body": "see file", "attachment_ids": [attachment]},
            headers=admin,
        )
        objects["attachment"] = attachment
        people = (await api.get("/team/members", headers=admin)).json()["items"]
        objects["liam"] = next(p["id"] for p in people if p["name"] == "Liam Smit")
        objects["quote"] = (
            await api.post(
                "/addon/quote", json={"product": "dash", "tier": "enhanced"}, headers=admin
            )
        ).json()["quote_id"]
        objects["slot"] = (
            await api.get("/consultations/slots", params={"product": "dropbox"}, headers=admin)
        ).json()["items"][0]["starts_at"]
        yield api, headers, objects


@pytest.mark.parametrize("row", rows(), ids=lambda r: f"{r.method} {r.path}")
async def test_role_matrix(
    row: Row, callers: tuple[httpx.AsyncClient, dict[str, dict[str, str]], dict[str, str]]
) -> None:
    api, headers, objects = callers
    path = row.path.format(**objects)
    body = None
    if row.body:
        text = json.dumps(row.body)
        for name in ("quote", "slot"):
            text = text.replace("{" + name + "}", objects[name])
        body = json.loads(text)
    seen = {}
    for caller in CALLERS:
        if path == "/events":
            async with api.stream("GET", path, headers=headers[caller]) as response:
                seen[caller] = response.status_code
            continue
        files = {"file": ("m.txt", b"matrix")} if path == "/attachments" else None
        response = await api.request(
            row.method, path, json=body, files=files, headers=headers[caller]
        )
        seen[caller] = response.status_code
        if response.status_code >= 400:
            assert response.headers["content-type"].startswith("application/problem+json")
    assert seen == row.expect
