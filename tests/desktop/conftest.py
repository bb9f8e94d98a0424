"""A real service process (SQLite, demo world) shared by the client tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.ui.i18n import LanguageSwitcher
from tests.support.app import english_catalog
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("desktop-server")
    with sqlite_database(directory) as url, running_server(url, directory) as running:
        yield running


@pytest.fixture(scope="session", autouse=True)
def english() -> LanguageSwitcher:
    """English plurals come from the en catalog, as in the app."""
    return english_catalog()
