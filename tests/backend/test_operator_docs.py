"""The operator guide names every setting, and the README links only into the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backend.config import Settings

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "operator-guide.md"
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_the_guide_names_every_environment_variable() -> None:
    guide = GUIDE.read_text()
    missing = [name.upper() for name in Settings.model_fields if f"`{name.upper()}`" not in guide]
    assert not missing, f"docs/operator-guide.md does not describe {missing}"


@pytest.mark.parametrize("document", [ROOT / "README.md", GUIDE], ids=lambda p: p.name)
def test_links_stay_inside_the_repository(document: Path) -> None:
    for target in LINK.findall(document.read_text()):
        assert "://" not in target and not target.startswith("//"), target
        path = target.split("#", 1)[0]
        if path:
            assert (document.parent / path).exists(), f"{document.name} links to missing {path}"
