"""Client tests: the en catalog is installed, as in the app."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _english(english: Any) -> Any:
    return english
