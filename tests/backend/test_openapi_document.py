"""The OpenAPI document in the repository is the one the service publishes."""

from __future__ import annotations

import json
from typing import Any

import httpx

from backend.api.problems import PROBLEM_JSON
from backend.openapi import DOCUMENT, openapi_text


def test_kept_document_is_current() -> None:
    assert DOCUMENT.read_text() == openapi_text(), (
        "backend/openapi.json is stale: run `python -m backend openapi > backend/openapi.json`"
    )


async def test_service_publishes_it(api: httpx.AsyncClient) -> None:
    response = await api.get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {
        "/v1/auth/token",
        "/v1/auth/refresh",
        "/v1/auth/logout",
        "/v1/me",
        "/v1/health",
        "/v1/tickets",
        "/v1/tickets/{ticket_id}",
    } <= set(paths)


def _operations() -> list[tuple[str, dict[str, Any]]]:
    document = json.loads(openapi_text())
    return [
        (f"{method.upper()} {path}", operation)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]


def test_every_error_answer_is_a_problem_naming_its_codes() -> None:
    for name, operation in _operations():
        for status, answer in operation["responses"].items():
            if int(status) < 400:
                continue
            assert list(answer["content"]) == [PROBLEM_JSON], f"{name} {status}"
            schema = answer["content"][PROBLEM_JSON]["schema"]["properties"]
            assert schema["status"]["enum"] == [int(status)], f"{name} {status}"
            assert schema["code"]["enum"], f"{name} {status}"
            for code in schema["code"]["enum"]:
                assert f"`{code}`" in answer["description"], f"{name} {status} {code}"


def test_shared_refusals_are_declared_where_they_can_happen() -> None:
    for name, operation in _operations():
        answers = operation["responses"]
        if operation.get("security"):  # needs an access token
            assert "not_authenticated" in _codes(answers, "401"), name
        if "requestBody" in operation:
            assert {"400", "413", "422"} <= set(answers), name
        if any(not _any_text(p["schema"]) for p in operation.get("parameters", [])):
            assert "validation_error" in _codes(answers, "422"), name


def _any_text(schema: dict[str, Any]) -> bool:
    """A parameter any string satisfies: nothing to refuse."""
    return {k: v for k, v in schema.items() if k not in ("title", "description")} == {
        "type": "string"
    }


def _codes(answers: dict[str, Any], status: str) -> list[str]:
    if status not in answers:
        return []
    codes: list[str] = answers[status]["content"][PROBLEM_JSON]["schema"]["properties"]["code"][
        "enum"
    ]
    return codes
