#!/usr/bin/env python3
"""Render the service's OpenAPI document (backend/openapi.json) as docs/api.md.

    python scripts/api_reference.py > docs/api.md

The reference is only ever made by this script, so it says what the document
says; tests/backend/test_api_reference.py fails when the two drift apart.
"""

from __future__ import annotations

import json
import sys
from http import HTTPStatus
from pathlib import Path
from typing import Any

DOCUMENT = Path(__file__).resolve().parent.parent / "backend" / "openapi.json"
REF = "#/components/schemas/"
PROBLEM_JSON = "application/problem+json"

Schema = dict[str, Any]

# Fixed here: Python's own phrases change between versions (413, 422).
PHRASES = {413: "Content Too Large", 422: "Unprocessable Content"}


def main() -> None:
    document = json.loads(DOCUMENT.read_text())
    sys.stdout.write(render(document))


def render(document: dict[str, Any]) -> str:
    lines = [
        "# API reference",
        "",
        "<!-- Made by scripts/api_reference.py from backend/openapi.json: do not edit. -->",
        "",
        f"The {document['info']['title']}, version 1: every operation under `/v1`, what it",
        "takes and every answer it gives. The same document is served at `/v1/openapi.json`;",
        "the product rules the answers refer to (R1–R20) are in [rules.md](rules.md).",
        "",
        *_conventions(),
    ]
    operations = _operations(document)
    tags = sorted({tag for _path, _method, op in operations for tag in op.get("tags", [""])})
    lines += ["## Operations", ""]
    for tag in tags:
        names = [
            f"`{method.upper()} {path}`"
            for path, method, op in operations
            if tag in op.get("tags", [""])
        ]
        lines.append(f"- **{tag}**: {', '.join(names)}")
    lines.append("")
    for tag in tags:
        lines += [f"## {tag.capitalize()}", ""]
        for path, method, operation in operations:
            if tag in operation.get("tags", [""]):
                lines += _operation(document, path, method, operation)
    lines += ["## Schemas", ""]
    for name, schema in sorted(document["components"]["schemas"].items()):
        lines += [f"### {name}", ""]
        if schema.get("description"):
            lines += [_one_line(schema["description"]), ""]
        lines += _fields(schema)
    return "\n".join(lines).rstrip("\n") + "\n"


def _conventions() -> list[str]:
    return [
        "## Conventions",
        "",
        "- Operations marked *signed in* need `Authorization: Bearer <access token>` "
        "(from `POST /v1/auth/token` or `POST /v1/auth/refresh`).",
        "- Bodies are JSON (`application/json`) unless said otherwise; unknown fields are refused.",
        f"- Every error is `{PROBLEM_JSON}` ([Problem](#problem)): `type`, `title`, `status`, "
        "`detail` and a stable `code` a client can act on; a 422 adds `errors` "
        "(`field`, `message`, `type` each), and an answer with `Retry-After` adds "
        "`retry_after` (seconds). Each operation below lists every code it can answer.",
        "- Times are RFC 3339 with a zone offset; a request body is at most 30 MB.",
        "",
    ]


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, methods in sorted(document["paths"].items())
        for method, operation in sorted(methods.items())
    ]


def _operation(
    document: dict[str, Any], path: str, method: str, operation: dict[str, Any]
) -> list[str]:
    lines = [f"### `{method.upper()} {path}`", ""]
    who = "signed in" if operation.get("security") else "no sign-in needed"
    lines += [f"{operation.get('summary', '')} ({who}).", ""]
    if operation.get("description"):
        lines += [operation["description"].strip(), ""]
    parameters = operation.get("parameters", [])
    if parameters:
        lines += [
            "**Parameters**",
            "",
            "| Name | In | Type | Required | Notes |",
            "|---|---|---|---|---|",
        ]
        for p in parameters:
            schema = p.get("schema", {})
            notes = _notes(schema, p.get("description") or schema.get("description"))
            required = "yes" if p.get("required") else "no"
            lines.append(f"| `{p['name']}` | {p['in']} | {_type(schema)} | {required} | {notes} |")
        lines.append("")
    body = operation.get("requestBody")
    if body:
        for media_type, content in body["content"].items():
            schema = content.get("schema", {})
            lines += [f"**Body** (`{media_type}`): {_type(schema)}", ""]
            lines += _fields(_resolve(document, schema))
    lines += ["**Answers**", ""]
    for status, answer in sorted(operation["responses"].items()):
        lines += _answer(status, answer)
    lines.append("")
    return lines


def _answer(status: str, answer: dict[str, Any]) -> list[str]:
    phrase = PHRASES.get(int(status)) or HTTPStatus(int(status)).phrase
    content = answer.get("content", {})
    if PROBLEM_JSON in content:
        head = f"- `{status}` {phrase}:"
        return [head, *(f"  {line}" for line in answer["description"].splitlines())]
    kinds = [f"{_type(c.get('schema', {}))} (`{media_type}`)" for media_type, c in content.items()]
    what = ", ".join(kinds) if kinds else "no body"
    description = answer.get("description", "")
    extra = "" if description in ("", "Successful Response") else f" — {description}"
    return [f"- `{status}` {phrase}: {what}{extra}"]


def _fields(schema: Schema) -> list[str]:
    properties = schema.get("properties")
    if not properties:
        return []
    required = set(schema.get("required", []))
    lines = ["| Field | Type | Required | Notes |", "|---|---|---|---|"]
    for name, prop in properties.items():
        notes = _notes(prop, prop.get("description"))
        lines.append(
            f"| `{name}` | {_type(prop)} | {'yes' if name in required else 'no'} | {notes} |"
        )
    return [*lines, ""]


def _resolve(document: dict[str, Any], schema: Schema) -> Schema:
    if "$ref" in schema:
        resolved: Schema = document["components"]["schemas"][schema["$ref"].removeprefix(REF)]
        return resolved
    return schema


def _type(schema: Schema) -> str:
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(REF)
        return f"[{name}](#{name.lower()})"
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"])
    if "const" in schema:
        return f"`{json.dumps(schema['const'])}`"
    if "enum" in schema:
        return "one of " + ", ".join(f"`{v}`" for v in schema["enum"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {_type(schema.get('items', {}))}"
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"map of {_type(schema['additionalProperties'])}"
    if kind == "string" and (schema.get("format") == "binary" or "contentMediaType" in schema):
        return "file"
    if kind == "string" and "format" in schema:
        return f"string ({schema['format']})"
    return str(kind)


def _notes(schema: Schema, description: str | None) -> str:
    """Constraints (of the non-null alternative too) and the description, for a table cell."""
    notes = []
    for s in [schema, *schema.get("anyOf", [])]:
        if "minLength" in s or "maxLength" in s:
            notes.append(f"{_range(s.get('minLength'), s.get('maxLength'))} characters")
        if "minimum" in s or "maximum" in s:
            notes.append(_range(s.get("minimum"), s.get("maximum")))
        if "maxItems" in s:
            notes.append(f"at most {s['maxItems']} items")
        if "pattern" in s:
            notes.append(f"matches `{_visible(s['pattern'])}`")
    if "default" in schema:
        notes.append(f"default `{json.dumps(schema['default'])}`")
    if description:
        notes.append(_one_line(description))
    return "; ".join(notes).replace("|", "\\|")


def _range(low: object, high: object) -> str:
    if low is not None and high is not None:
        return f"{low}–{high}"
    return f"at least {low}" if low is not None else f"at most {high}"


def _visible(text: str) -> str:
    # Zero-width characters in a pattern would vanish on the page.
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":
    main()
