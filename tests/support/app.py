"""Build the real client (controller, main window) for tests, isolated from the user's files."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop.bootstrap import catalogs
from desktop.bootstrap.controller import AppController
from desktop.services.credentials import CredentialStore
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.text.i18n import LanguageSwitcher
from tests.support.no_cycle_collection import leave_cycles_to_the_end


def compiled_catalogs() -> Path:
    directory = catalogs.source_dir()
    catalogs.compile_catalogs(directory, only_stale=True)
    return directory


@contextmanager
def languages_switched() -> Iterator[LanguageSwitcher]:
    """Languages to switch to (the app's compiled catalogs); English again after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageSwitcher(app, compiled_catalogs())
    try:
        yield languages
    finally:
        languages.apply("en")


def make_settings(tmp_path: Path, **values: object) -> AppSettings:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    for key, value in values.items():
        setattr(settings, key, value)
    return settings


@asynccontextmanager
async def running_client(
    tmp_path: Path, settings: AppSettings | None = None, language: str | None = "en"
) -> AsyncIterator[AppController]:
    """``language``: the run's, kept whoever signs in; None: English until an account
    signs in, then the account's (unless the settings name one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # As in the app (bootstrap/app.py): closing the window must not stop the tests' loop.
    app.setQuitOnLastWindowClosed(False)
    languages = LanguageSwitcher(app, compiled_catalogs())
    languages.apply(language or "en")
    languages.pinned = language is not None
    credentials = CredentialStore()
    controller = AppController(
        settings=settings or make_settings(tmp_path),
        languages=languages,
        data_dir=tmp_path / "data",
        credentials=credentials,
    )
    try:
        yield controller
    finally:
        await controller.shutdown()
        closing: list[QWidget] = [controller.window]
        if controller.sign_in_dialog is not None:
            closing.append(controller.sign_in_dialog)
        for widget in closing:
            widget.close()
            # Deleted now, not by a later test's garbage collection: a window tree torn
            # down from a cycle in the middle of another test crashed Qt (invalidating a
            # backing store that had gone).
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        credentials.close()
        languages.apply("en")


_session_languages: list[LanguageSwitcher] = []


def english_catalog() -> LanguageSwitcher:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    leave_cycles_to_the_end()  # no Qt object dies in a collection (see there)
    switcher = LanguageSwitcher(app, compiled_catalogs())
    switcher.apply("en")
    _session_languages.append(switcher)  # keeps the translators alive
    return switcher
