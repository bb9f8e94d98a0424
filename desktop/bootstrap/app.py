"""Run the client: QApplication, translations, the window on the cached list, then the loop.

A start has two steps. First the window is built and painted with what the local
store has, importing only Qt, sqlite3 and the window's own modules; then
:mod:`desktop.bootstrap.app_loop` imports asyncio, the services and the HTTP
client, and resumes the session on the loop. The first paint comes at about a
third of the start's cost that way (bench/bench_offline.py).
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.bootstrap import catalogs, paths
from desktop.bootstrap.cached_start import CachedSession, find_cached_session
from desktop.bootstrap.main_thread_gc import collect_on_the_gui_thread, keep_for_good
from desktop.store.tickets import TicketStore
from desktop.ui.look.theme import readable_placeholders
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.first_paint import await_the_first_paint, paint_before_the_loop
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher, account_language, system_language

log = logging.getLogger("desktop")

ORGANIZATION = "Premium Support Desk"
APPLICATION = "Premium Support Desk"


class StartOptions(NamedTuple):
    screenshots: Path | None = None
    language: str | None = None
    link: str | None = None  # premium-support-desk://ticket/<number>: open that ticket


def parse_args(argv: Sequence[str]) -> StartOptions:
    if not argv:  # how the app is started: building the parser would cost ~2 ms of that
        return StartOptions()
    import argparse

    parser = argparse.ArgumentParser(
        prog="premium-support-desk",
        description="Premium Support Desk: your team's Premium Support tickets, chats,"
        " insights and billing.",
        # How to try it is the first thing a newcomer looks for here (there is no --demo).
        epilog="With no server set in File > Settings > Server, the app starts its local demo"
        " workspace and signs you in as the demo admin Ava Jansen; every demo account's"
        " password is demo-password (README.md, docs/demo-world.md). A ticket link"
        " (premium-support-desk://ticket/<number>) as an argument opens that ticket.",
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="render every main view in en, ja and nl into DIR/<view>-<lang>.png, then exit",
    )
    parser.add_argument("--language", choices=("en", "ja", "nl"), help="start in this language")
    # A ticket link is told by its scheme, not its place: Qt's own options ("-style
    # fusion") take values that a positional argument would swallow.
    from desktop.ui.tickets.links.link_format import is_link

    links = [argument for argument in argv if is_link(argument)]
    args, _qt_args = parser.parse_known_args([a for a in argv if not is_link(a)])
    return StartOptions(
        screenshots=args.screenshots, language=args.language, link=links[0] if links else None
    )


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    # Wayland and X11 match the window to the installed .desktop file by this name.
    app.setDesktopFileName("premium-support-desk")
    # The main window's close ends the session ourselves, after a clean shutdown.
    app.setQuitOnLastWindowClosed(False)
    readable_placeholders(app)  # hints in empty fields read like every other hint
    return app


def run(argv: Sequence[str]) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    args = parse_args(argv[1:])
    app = make_application(argv)
    languages = LanguageSwitcher(app, catalogs.ensure_compiled())

    if args.screenshots is not None:
        from desktop.bootstrap import event_loop
        from desktop.bootstrap.app_icon import app_icon
        from desktop.bootstrap.screenshots import take_screenshots

        collect_on_the_gui_thread(app)
        app.setWindowIcon(app_icon())
        finish_the_look(app)
        return int(event_loop.run(take_screenshots(args.screenshots, languages)))

    settings = AppSettings(paths.make_qsettings())
    languages.apply(args.language or settings.language or system_language())
    languages.pinned = args.language is not None
    # One app per data folder: another start's link or wish for the window goes to the app
    # that runs, never to a second store and local service on the same folder.
    from desktop.bootstrap.second_start import become_the_app

    folder_lock = become_the_app(paths.data_dir(), args.link)
    if isinstance(folder_lock, int):
        return folder_lock
    window, cached = open_window(settings, paths.data_dir(), languages)
    # Worker threads must never destroy Qt objects: garbage is collected on this thread, by
    # a timer started once the window is painted. Until then no worker thread exists, and
    # automatic collection is off from the first line (qt_import.start_the_app_s_way): a
    # start slower than the timer's 250 ms (a busy or slow machine) collected the start's
    # objects before its first paint.
    collect_on_the_gui_thread(app)
    keep_for_good()  # the modules and the window painted: never garbage
    # After the first paint too (~2 ms with QIcon's): the window manager shows it a moment later.
    from desktop.bootstrap.app_icon import app_icon

    app.setWindowIcon(app_icon())
    finish_the_look(app)
    from desktop.bootstrap.app_loop import run_session  # asyncio and the rest: after the paint

    try:
        return run_session(settings, languages, window, cached, link=args.link)
    finally:
        folder_lock.release()  # after the session's end: its local service has stopped


def finish_the_look(app: QApplication) -> None:
    """After the first paint: the keyboard focus ring on every control (nothing has the
    focus before it), and dialog buttons without the style's stock icons (no dialog is
    open before it; a proxy style answers every style hint through Python)."""
    from desktop.ui.look.app_style import plain_dialog_buttons
    from desktop.ui.look.focus_ring import install_focus_rings

    install_focus_rings(app)
    plain_dialog_buttons(app)


def open_window(
    settings: AppSettings, data_dir: Path, languages: LanguageSwitcher | None = None
) -> tuple[MainWindow, CachedSession | None]:
    """The main window, painted: on a kept admin session's cached tickets if there are any.

    ``languages``: switched to the kept account's language before the paint, unless a
    language was chosen on this machine or for this run.
    """
    # Errors of the window's tasks go to the controller's error surface once it exists.
    tasks = TaskRunner(lambda error: log.error("task failed", exc_info=error))
    cached = find_cached_session(settings, data_dir)
    if cached is not None and languages is not None:
        # Before the window is made: switched later, every widget would translate twice.
        code = account_language(cached.user.locale)
        if not languages.pinned and not settings.language and code != languages.current:
            languages.apply(code)
    await_the_first_paint()  # what the window's widgets put off waits for its paint
    window = MainWindow(tasks, settings)
    # What the controller says first anyway: no "Not signed in." before it takes over.
    window.show_connecting(server=settings.server_url, local=not settings.server_url)
    if cached is not None and cached.user.is_admin:
        try:
            window.show_cached(cached.user, TicketStore(cached.database))
        except sqlite3.DatabaseError as error:
            # Damaged: the controller opens the store in full, which rebuilds it.
            log.warning("the cached tickets cannot be read: %s", error)
            cached.database.close_unused()
            cached = None
    paint_before_the_loop(window, window.content())
    return window, cached
