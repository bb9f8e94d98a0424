"""Client tests: the en catalog is installed, as in the app."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.support.client_flows import contact_on_screen
from tests.support.server import RunningServer

# contact_form(language=…, screen=…[, window_size=…]): see contact_on_screen.
OpenContact = Callable[..., AbstractAsyncContextManager[ContactSupportDialog]]


@pytest.fixture(autouse=True)
def _english(english: Any) -> Any:
    return english


@pytest.fixture
def contact_form(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> OpenContact:
    """Ava's Contact support on a screen of a size, in a language (contact_on_screen)."""
    return partial(contact_on_screen, server, qtbot, tmp_path, monkeypatch)
