"""Client tests: the en catalog is installed, as in the app."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _english(english: Any) -> Any:
    return english


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[QPalette]:
    """The application set to a light palette or to the screenshots' dark one (as the
    system hands it over: what follows the palette follows it), restored after."""
    from desktop.bootstrap.shooting import dark_palette
    from tests.support.palettes import light_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    chosen = light_palette() if request.param == "light" else dark_palette()
    app.setPalette(chosen)
    yield chosen
    app.setPalette(before)
