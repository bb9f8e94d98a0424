"""docs/: the API reference is what scripts/api_reference.py makes of backend/openapi.json,
never stale; the rules R1–R20 that code and tests cite are all written down."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from backend.openapi import DOCUMENT

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "api.md"
RULES = ROOT / "docs" / "rules.md"


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


def test_each_rule_is_written_down_once_in_order() -> None:
    numbers = [int(n) for n in re.findall(r"^\*\*R(\d+) — ", RULES.read_text(), re.MULTILINE)]
    assert numbers == list(range(1, 21))


def test_every_rule_the_code_cites_is_one_of_them() -> None:
    cited = {
        int(n)
        for folder in ("backend", "desktop", "tests")
        for path in (ROOT / folder).rglob("*.py")
        for n in re.findall(r"\bR(\d+)\b", path.read_text(errors="replace"))
    }
    assert cited, "the code cites rules as R<n>"
    assert cited <= set(range(1, 21)), sorted(cited - set(range(1, 21)))
