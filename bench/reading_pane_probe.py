"""Where does the reading pane go, and does the list beside it fit? (issue 19)

Builds the window as ``--screenshots`` does (the local demo workspace, Ava signed in),
then for each language and window size shows My tickets and Team tickets, selects the
second row and saves ``DIR/<list>-<width>x<height>-<lang>[-150].png``, printing for each:
docked or not, the navigation's, the list's and the pane's widths, what the list's
columns take and whether any is cut or scrolls sideways. The same at 150 % text.

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python bench/reading_pane_probe.py DIR
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.bootstrap import catalogs, event_loop
from desktop.bootstrap.app import make_application
from desktop.bootstrap.controller import AppController
from desktop.bootstrap.shooting import large_font, save, settle, wait_for
from desktop.services.credentials import CredentialStore
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.text.i18n import LANGUAGE_CODES, LanguageSwitcher
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column

SIZES = [(1280, 800), (1366, 768), (1440, 900)]


def describe(window: MainWindow, page: TicketListPage) -> str:
    table = page.table
    header = table.horizontalHeader()
    shown = [c for c in Column if not table.isColumnHidden(c)]
    columns = sum(header.sectionSize(c) for c in shown)
    cut = [
        c.name
        for c in shown
        if c != Column.SUBJECT and header.sectionSize(c) < table.sizeHintForColumn(c)
    ]
    sideways = table.horizontalScrollBar().isVisible()
    pane = window.ticket_page.width() if page.docked else 0
    aside = ",".join(c.name.lower() for c in page.columns.gave_way) or "-"
    return (
        f"need={page.needed_width():4} pane_least={window.reading_pane.pane_least():3} "
        f"docked={page.docked!s:5} nav={window.navigation.width():3} "
        f"list={page.table.width():4} room={table.room():4} columns={columns:4} "
        f"pane={pane:4} aside={aside:24} cut={','.join(cut) or '-':10} sideways={sideways}"
    )


async def shoot(window: MainWindow, page: TicketListPage, out: Path, name: str, lang: str) -> None:
    await settle()
    if page.docked and page.model.rowCount() > 1:
        page.table.selectRow(1)
        wanted = page.model.ticket_at(1).id
        ticket = window.ticket_page
        await wait_for(
            lambda: (
                ticket.ticket is not None and ticket.ticket.id == wanted and not ticket._loading_id
            )
        )
        await settle()
    save(window, out, name, lang)


async def probe(languages: LanguageSwitcher, scratch: Path, out: Path) -> None:
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    languages.apply("en")
    languages.pinned = True
    controller = AppController(
        settings=settings,
        languages=languages,
        data_dir=scratch / "data",
        credentials=CredentialStore(),
    )
    window = controller.window
    window.resize(1100, 720)
    controller.start()
    out.mkdir(parents=True, exist_ok=True)
    try:
        await wait_for(lambda: window.my_tickets.model.rowCount() > 0)
        window.show_team_tickets()
        await wait_for(lambda: window.team_tickets.model.rowCount() > 0)
        for scale in ("", "-150"):
            async with contextlib.AsyncExitStack() as stack:
                if scale:
                    await stack.enter_async_context(large_font())
                for lang in LANGUAGE_CODES:
                    languages.apply(lang)
                    for width, height in SIZES:
                        window.resize(width, height)
                        for name, show, page in (
                            ("my", window.show_my_tickets, window.my_tickets),
                            ("team", window.show_team_tickets, window.team_tickets),
                        ):
                            show()
                            await shoot(window, page, out, f"{name}-{width}x{height}{scale}", lang)
                            line = describe(window, page)
                            print(f"{lang} {scale or '100':4} {width}x{height} {name:4} {line}")
                            sys.stdout.flush()
    finally:
        await controller.shutdown()
        window.close()
        controller.credentials.close()


def main() -> int:
    app = make_application(sys.argv)
    languages = LanguageSwitcher(app, catalogs.ensure_compiled())
    with tempfile.TemporaryDirectory(prefix="psd-pane-") as tmp:
        event_loop.run(probe(languages, Path(tmp), Path(sys.argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
