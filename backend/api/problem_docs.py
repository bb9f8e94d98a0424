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


# Routes taking text a person wrote (backend/api/schemas.NonBlankText).
BLANK_TEXT: dict[int | str, dict[str, Any]] = {
    422: problem_response(
        "Invalid request; a text field (named in `field`) made only of whitespace answers "
        "blank_text",
        "validation_error",
        "blank_text",
    )
}

ATTACHMENT_TYPE_BLOCKED: dict[int | str, dict[str, Any]] = {
    422: problem_response(
        "Invalid request; a program or script (by name or content) answers "
        "attachment_type_blocked, whose detail says what is allowed",
        "validation_error",
        "attachment_type_blocked",
    ),
    413: problem_response("The attachment is over 25 MB", "attachment_too_large"),
}
