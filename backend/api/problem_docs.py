"""OpenAPI entries for problem+json answers, so clients can see which codes a route gives.

A route lists the problems only it can answer beside itself
(``responses=problem_responses(...)``); the ones every route of a kind shares
(not signed in, wrong role, invalid input) are added by ``backend.api.contract``.
Each status's entry names its codes in the schema (``code`` is an enum), so a
code the service answers but the document leaves out fails the contract test.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from backend.api.problems import PROBLEM_JSON
from backend.domain import text

# An OpenAPI ``responses`` mapping, as FastAPI takes it.
Responses = dict[int | str, dict[str, Any]]


@dataclass(frozen=True)
class Problem:
    """One answer a route can give: its status, its stable code, and when it happens."""

    status: int
    code: str
    meaning: str
    retry_after: bool = False  # sent with a Retry-After header (seconds)


_RETRY_AFTER_HEADER = {
    "description": "Seconds to wait before trying again.",
    "schema": {"type": "integer"},
}

# The shape every problem shares, once in the document's components; each answer
# narrows it to its status and its codes.
PROBLEM_SCHEMA_NAME = "Problem"
PROBLEM_SCHEMA: dict[str, Any] = {
    "title": PROBLEM_SCHEMA_NAME,
    "description": "An error (RFC 9457). A few codes add fields of their own: "
    "`next_open_at` (japanese_support_closed), `max_bytes` (attachment_too_large).",
    "type": "object",
    "required": ["type", "title", "status", "code"],
    "properties": {
        "type": {"type": "string", "description": "A URI naming the problem."},
        "title": {"type": "string", "description": "Short, in English."},
        "status": {"type": "integer", "description": "The HTTP status."},
        "detail": {"type": "string", "description": "What happened, in English."},
        "code": {"type": "string", "description": "Stable: what a client acts on."},
        "errors": {
            "type": "array",
            "description": "With 422: each field that was wrong.",
            "items": {
                "type": "object",
                "properties": {
                    "field": {"type": "string"},
                    "message": {"type": "string"},
                    "type": {"type": "string"},
                },
            },
        },
        "field": {"type": "string", "description": "With blank_text: the blank field."},
        "retry_after": {
            "type": "integer",
            "description": "With a Retry-After header: the same seconds.",
        },
    },
}


def _line(problem: Problem) -> str:
    retry = " Sent with `Retry-After`." if problem.retry_after else ""
    return f"- `{problem.code}`: {problem.meaning}{retry}"


def _entry(status: int, problems: list[Problem]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "description": "\n".join(_line(p) for p in problems),
        "content": {
            PROBLEM_JSON: {
                "schema": {
                    "allOf": [{"$ref": f"#/components/schemas/{PROBLEM_SCHEMA_NAME}"}],
                    "properties": {
                        "status": {"enum": [status]},
                        "code": {"enum": [p.code for p in problems]},
                    },
                }
            }
        },
    }
    if any(p.retry_after for p in problems):
        entry["headers"] = {"Retry-After": dict(_RETRY_AFTER_HEADER)}
    return entry


def problem_responses(*problems: Problem) -> Responses:
    """``responses=`` for a route: one entry per status, listing each of its codes once."""
    by_status: dict[int, list[Problem]] = {}
    for problem in problems:
        listed = by_status.setdefault(problem.status, [])
        if all(p.code != problem.code for p in listed):
            listed.append(problem)
    return {status: _entry(status, listed) for status, listed in sorted(by_status.items())}


def merge_responses(shared: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """One status's entry from two made by ``problem_responses``: codes of both, shared first."""
    merged = copy.deepcopy(shared)
    lines = merged["description"].split("\n")
    lines += [line for line in own["description"].split("\n") if line not in lines]
    merged["description"] = "\n".join(lines)
    schema = merged["content"][PROBLEM_JSON]["schema"]
    own_schema = own["content"][PROBLEM_JSON]["schema"]
    codes = schema["properties"]["code"]["enum"]
    codes += [c for c in own_schema["properties"]["code"]["enum"] if c not in codes]
    if "headers" in own:
        merged.setdefault("headers", {}).update(copy.deepcopy(own["headers"]))
    return merged


# --- Shared by every route of a kind (added by backend.api.contract) ---

NOT_AUTHENTICATED = Problem(
    401, "not_authenticated", "No valid access token (missing, expired, or its user is gone)."
)
NOT_ADMIN = Problem(403, "not_admin", "Only team admins can use this.")
NOT_TEAM_MEMBER = Problem(403, "not_team_member", "Only team users can use this (not agents).")
NOT_AGENT = Problem(403, "not_agent", "Only support agents can use this.")
VALIDATION_ERROR = Problem(
    422, "validation_error", "A parameter or body field is missing or not valid (see `errors`)."
)
BAD_REQUEST = Problem(400, "bad_request", "The body could not be read (not the declared format).")
REQUEST_TOO_LARGE = Problem(413, "request_too_large", "The request body is over 30 MB.")
# For per-token limits on writes; a route declares it where such a limit applies.
RATE_LIMITED = Problem(
    429,
    "rate_limited",
    "This user sends writes faster than WRITE_RATE_LIMIT_PER_MINUTE allows.",
    True,
)
NOT_READY = Problem(
    503, "not_ready", "The database does not answer, or the instance is shutting down."
)

# --- Route-specific: each route names the ones it can answer ---

NOT_FOUND = Problem(
    404, "not_found", "No such object, or one the caller may not see (never told apart)."
)
BLANK_TEXT = Problem(
    422, text.BLANK_TEXT, "A text field (named in `field`) is empty or only whitespace."
)
IDEMPOTENCY_IN_PROGRESS = Problem(
    409,
    "idempotency_in_progress",
    "A request with the same Idempotency-Key is still being processed; retrying later "
    "gives its answer.",
    retry_after=True,
)
IDEMPOTENCY_KEY_REUSED = Problem(
    422, "idempotency_key_reused", "This Idempotency-Key was used for a different request."
)
# Every route that takes an Idempotency-Key (backend/api/idempotency.py).
IDEMPOTENT = (IDEMPOTENCY_IN_PROGRESS, IDEMPOTENCY_KEY_REUSED)
INVALID_PHONE = Problem(422, "invalid_phone", "The phone number cannot be dialled directly.")
ATTACHMENT_NOT_FOUND = Problem(
    422, "attachment_not_found", "An attachment id is unknown, or attached already."
)
TICKET_CLOSED = Problem(409, "ticket_closed", "The ticket is closed: it is read-only.")
ADDON_REQUIRED = Problem(
    409, "addon_required", "The team has no Premium Support (for this product) now."
)
CHAT_ENDED = Problem(409, "chat_ended", "The live chat has ended (or the ticket is no chat).")
NOT_A_CHAT = Problem(409, "not_a_chat", "The ticket is not a live chat.")
NOT_A_CALLBACK = Problem(409, "not_a_callback", "The ticket is not a callback.")
ATTACHMENT_TYPE_BLOCKED = Problem(
    422,
    "attachment_type_blocked",
    "A program or script (by name or content); the detail says what is allowed.",
)
ATTACHMENT_TOO_LARGE = Problem(413, "attachment_too_large", "The attachment is over 25 MB.")
