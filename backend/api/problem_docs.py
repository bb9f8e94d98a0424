"""OpenAPI entries for problem+json answers, so clients can see which codes a route gives."""

from __future__ import annotations

from typing import Any

from backend.api.problems import PROBLEM_JSON

_PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "title", "status", "code"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "code": {"type": "string"},
    },
}


def problem_response(description: str, *codes: str, retry_after: bool = False) -> dict[str, Any]:
    """One ``responses={status: ...}`` entry: the codes it carries, and Retry-After if sent."""
    entry: dict[str, Any] = {
        "description": f"{description} (code: {', '.join(codes)})",
        "content": {PROBLEM_JSON: {"schema": _PROBLEM_SCHEMA}},
    }
    if retry_after:
        entry["headers"] = {
            "Retry-After": {
                "description": "Seconds to wait before trying again.",
                "schema": {"type": "integer"},
            }
        }
    return entry


IDEMPOTENCY_IN_PROGRESS: dict[int | str, dict[str, Any]] = {
    409: problem_response(
        "A request with the same Idempotency-Key is still being processed; retry after "
        "Retry-After seconds to get its answer",
        "idempotency_in_progress",
        retry_after=True,
    )
}
