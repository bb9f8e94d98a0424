"""Run the client: QApplication, translations, the qasync loop, and a clean shutdown."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.bootstrap import catalogs, event_loop, paths
from desktop.bootstrap.app_icon import app_icon
from desktop.bootstrap.controller import AppController
from desktop.bootstrap.main_thread_gc import collect_on_the_gui_thread
from desktop.services.credentials import CredentialStore
from desktop.ui.app_settings import AppSettings
from desktop.ui.i18n import LanguageSwitcher, system_language

log = logging.getLogger("desktop")

ORGANIZATION = "Premium Support Desk"
APPLICATION = "Premium Support Desk"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="premium-support-desk")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="render every main view in en, ja and nl into DIR/<view>-<lang>.png, then exit",
    )
    parser.add_argument("--language", choices=("en", "ja", "nl"), help="start in this language")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Wayland and X11 match the window to the installed .desktop file by this name.
    app.setDesktopFileName("premium-support-desk")
    # The main window's close ends the session ourselves, after a clean shutdown.
    app.setQuitOnLastWindowClosed(False)
    return app


def run(argv: Sequence[str]) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    args = parse_args(argv[1:])
    app = make_application(argv)
    # Worker threads must never destroy Qt objects: garbage is collected on this thread.
    collect_on_the_gui_thread(app)
    languages = LanguageSwitcher(app, catalogs.ensure_compiled())

    if args.screenshots is not None:
        from desktop.bootstrap.screenshots import take_screenshots

        return int(event_loop.run(take_screenshots(args.screenshots, languages)))

    settings = AppSettings(paths.make_qsettings())
    languages.apply(args.language or settings.language or system_language())
    return int(event_loop.run(_main(settings, languages)))


async def _main(settings: AppSettings, languages: LanguageSwitcher) -> int:
    controller = AppController(
        settings=settings,
        languages=languages,
        data_dir=paths.data_dir(),
        credentials=CredentialStore(),
    )
    _install_excepthook(controller)
    closed = asyncio.Event()
    controller.window.window_closed.connect(closed.set)
    _close_on_terminate(controller)
    controller.start()
    await closed.wait()
    await controller.shutdown()
    controller.credentials.close()
    return 0


def _close_on_terminate(controller: AppController) -> None:
    """SIGTERM/SIGINT close the window like the user would: settings saved, service stopped."""
    if sys.platform == "win32":
        return  # no such signals to catch on Windows; closing goes through the window
    loop = asyncio.get_running_loop()

    def close() -> None:
        loop.call_soon_threadsafe(controller.window.close)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda _signum, _frame: close())


def _install_excepthook(controller: AppController) -> None:
    """An exception escaping a Qt slot is a bug: show it, keep running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        controller.errors.show(error.with_traceback(tb))

    sys.excepthook = hook
