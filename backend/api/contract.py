"""The published OpenAPI document, with every error answer each operation can give.

What a route shares with every route of its kind follows from what it depends
on, so it is added here, once, rather than written beside each route: a
signed-in caller can answer 401, a role 403, validated input 422 (as
problem+json, not FastAPI's own shape), a body 400 and 413. What only one route
can answer is declared beside it and merged in here, status by status.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from backend.api import deps
from backend.api.problem_docs import (
    BAD_REQUEST,
    NOT_ADMIN,
    NOT_AGENT,
    NOT_AUTHENTICATED,
    NOT_TEAM_MEMBER,
    PROBLEM_SCHEMA,
    PROBLEM_SCHEMA_NAME,
    RATE_LIMITED,
    REQUEST_TOO_LARGE,
    VALIDATION_ERROR,
    Problem,
    merge_responses,
    problem_responses,
)
from backend.api.problems import PROBLEM_JSON
from backend.ops.rate_limits import is_limited

# What a dependency can refuse with, whichever route asks for it.
DEPENDENCY_PROBLEMS: dict[Callable[..., Any], tuple[Problem, ...]] = {
    deps.get_current_user: (NOT_AUTHENTICATED,),
    deps.get_admin: (NOT_ADMIN,),
    deps.get_team_user: (NOT_TEAM_MEMBER,),
    deps.get_agent: (NOT_AGENT,),
}

# FastAPI's own 422 body, which this service never sends (it sends problem+json).
_FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")


def _dependants(dependant: Dependant) -> Iterator[Dependant]:
    yield dependant
    for child in dependant.dependencies:
        yield from _dependants(child)


def _can_fail(annotation: Any, constrained: bool) -> bool:
    # Any text is a valid plain string: such a parameter cannot be refused.
    return constrained or annotation not in (str, str | None)


def shared_problems(route: APIRoute) -> list[Problem]:
    """The problems ``route`` answers because of what it depends on and what it takes."""
    found: list[Problem] = []
    validated = False
    for dependant in _dependants(route.dependant):
        if dependant.call is not None:
            found += DEPENDENCY_PROBLEMS.get(dependant.call, ())
        params = (
            dependant.path_params
            + dependant.query_params
            + dependant.header_params
            + dependant.cookie_params
        )
        validated = validated or any(
            _can_fail(p.field_info.annotation, bool(p.field_info.metadata)) for p in params
        )
    if route.body_field is not None:
        found += [BAD_REQUEST, REQUEST_TOO_LARGE]
        validated = True
    if validated:
        found.append(VALIDATION_ERROR)
    return found


def declare_problems(document: dict[str, Any], routers: Iterable[APIRouter], prefix: str) -> None:
    """Add each route's shared problems to its operations in ``document`` (in place)."""
    for router in routers:
        for route in router.routes:
            if not isinstance(route, APIRoute) or not route.include_in_schema:
                continue
            problems = shared_problems(route)
            for method in sorted(route.methods or ()):
                path = prefix + route.path
                # Writes of a signed-in user are rate-limited (backend/ops/rate_limits.py).
                limited = is_limited(method, path) and NOT_AUTHENTICATED in problems
                shared = problem_responses(*problems, *([RATE_LIMITED] if limited else []))
                _merge(document["paths"][path][method.lower()]["responses"], shared)
    document["components"]["schemas"][PROBLEM_SCHEMA_NAME] = copy.deepcopy(PROBLEM_SCHEMA)
    _drop_fastapi_validation_schemas(document)


def _merge(responses: dict[str, Any], shared: dict[int | str, dict[str, Any]]) -> None:
    for status, entry in shared.items():
        own = responses.get(str(status))
        if own is not None and PROBLEM_JSON in own.get("content", {}):
            responses[str(status)] = merge_responses(entry, own)
        else:
            responses[str(status)] = entry
    default_422 = responses.get("422")
    if default_422 is not None and PROBLEM_JSON not in default_422.get("content", {}):
        # FastAPI's guess for a route whose input cannot be refused.
        del responses["422"]


def _drop_fastapi_validation_schemas(document: dict[str, Any]) -> None:
    # ``_merge`` replaced or removed every 422 that referred to them (a route left out of
    # ``routers`` would keep one: tests/backend/test_openapi_document.py catches that).
    for name in _FASTAPI_VALIDATION_SCHEMAS:
        document["components"]["schemas"].pop(name, None)


def publish(app: FastAPI, routers: Iterable[APIRouter], prefix: str) -> None:
    """Make ``app`` serve (and ``backend.openapi`` keep) the document with all problems."""
    routers = list(routers)
    generate = app.openapi  # FastAPI's: builds the document once and keeps it

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            declare_problems(generate(), routers, prefix)
        assert app.openapi_schema is not None
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
