"""The app once its window is painted: the controller on the asyncio loop until it closes.

Imported by bootstrap/app.py after the first paint: asyncio, qasync, the services
and the HTTP client are most of the start's imports, and none of them are needed
to show the cached list.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from types import TracebackType

from desktop.bootstrap import event_loop, paths
from desktop.bootstrap.cached_start import CachedSession
from desktop.bootstrap.controller import AppController
from desktop.bootstrap.main_thread_gc import keep_for_good
from desktop.bootstrap.single_instance import LinkReceiver, server_name
from desktop.services.credentials import CredentialStore
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.links.ticket_links import bring_to_front


def run_session(
    settings: AppSettings,
    languages: LanguageSwitcher,
    window: MainWindow,
    cached: CachedSession | None,
    *,
    link: str | None = None,
) -> int:
    return int(event_loop.run(_main(settings, languages, window, cached, link)))


async def _main(
    settings: AppSettings,
    languages: LanguageSwitcher,
    window: MainWindow,
    cached: CachedSession | None,
    link: str | None,
) -> int:
    controller = AppController(
        settings=settings,
        languages=languages,
        data_dir=paths.data_dir(),
        credentials=CredentialStore(),
        window=window,
        cached=cached,
    )
    _install_excepthook(controller)
    closed = asyncio.Event()
    controller.window.window_closed.connect(closed.set)
    _close_on_terminate(controller)
    # Links opened while the app runs (a mail's, another start's) come to this one, and a
    # start without a link brings this window forward (desktop/bootstrap/second_start.py).
    links = LinkReceiver(
        server_name(paths.data_dir()),
        controller.ticket_links.open_link,
        lambda: bring_to_front(controller.window),
    )
    if link is not None:
        controller.ticket_links.open_link(link)
    if window.isVisible():
        controller.start()
        keep_for_good()  # the session's modules and objects, imported and made: never garbage
    else:
        closed.set()  # closed already, before the loop ran (while it was being painted)
    await closed.wait()
    links.close()
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
