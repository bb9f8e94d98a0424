"""docs/api.md is what scripts/api_reference.py makes of backend/openapi.json, never stale."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from backend.openapi import DOCUMENT

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "api.md"


def _rendered() -> str:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_reference.py")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def test_the_committed_reference_is_the_scripts_output() -> None:
    assert REFERENCE.read_text() == _rendered(), (
        "docs/api.md is stale: run `python scripts/api_reference.py > docs/api.md`"
    )


def test_it_names_every_operation_and_every_code_it_can_answer() -> None:
    reference = _rendered()
    for path, methods in json.loads(DOCUMENT.read_text())["paths"].items():
        for method, operation in methods.items():
            section = reference.split(f"### `{method.upper()} {path}`\n", 1)[1]
            section = section.split("\n### ", 1)[0]
            for status, answer in operation["responses"].items():
                assert f"- `{status}` " in section, f"{method} {path} {status}"
                schema = answer.get("content", {}).get("application/problem+json", {})
                for code in (
                    schema.get("schema", {}).get("properties", {}).get("code", {}).get("enum", [])
                ):
                    assert f"`{code}`" in section, f"{method} {path} {code}"
