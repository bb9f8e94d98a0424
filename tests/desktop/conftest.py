"""Client tests: the en catalog is installed, as in the app."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.bootstrap.shooting import scale_app_font
from desktop.ui.text.i18n import LanguageSwitcher
from tests.support.app import languages_switched


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


@pytest.fixture
def switcher() -> Iterator[LanguageSwitcher]:
    """Languages to switch to in a test; English again after it."""
    with languages_switched() as languages:
        yield languages


@pytest.fixture(params=[1.0, 1.5], ids=["100%", "150%"])
def text_scale(request: pytest.FixtureRequest) -> Iterator[float]:
    """The desktop's text at its size, or made 150 % larger while the app runs."""
    scale = float(request.param)
    normal = scale_app_font(scale)
    yield scale
    normal()
