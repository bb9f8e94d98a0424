"""Which parts hold the main window taller than a small laptop's 640 px?

Builds the window as ``--screenshots`` does (the local demo workspace, signed in, every
page built and filled, the reading pane docked once and given back), then prints, in each
language, every page's and every chrome part's minimumSizeHint().height(): first as the
pages stand after the screenshots' steps (a hidden page may still hold an old minimum),
then each page shown in turn (fresh).

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python bench/min_height_probe.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.bootstrap import catalogs, event_loop
from desktop.bootstrap.app import make_application
from desktop.bootstrap.billing_screenshots import shoot_billing
from desktop.bootstrap.controller import AppController
from desktop.bootstrap.insights_screenshots import shoot_insights
from desktop.bootstrap.screenshots import shoot_reading_pane
from desktop.bootstrap.shooting import SMALL_WINDOW_SIZE, WINDOW_SIZE, settle, wait_for
from desktop.services.credentials import CredentialStore
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.text.i18n import LANGUAGE_CODES, LanguageSwitcher


def pages(window: MainWindow) -> dict[str, QWidget]:
    return {
        "my tickets": window.my_tickets,
        "team tickets": window.team_tickets,
        "ticket": window.ticket_page,
        "drafts": window.drafts,
        "get help": window.get_help,
        "billing": window.billing,
        "insights": window.insights,
        "recommendations": window.recommendations,
    }


def chrome(window: MainWindow) -> dict[str, QWidget]:
    parts: dict[str, QWidget | None] = {
        "menu bar": window.menuBar(),
        "local banner": window.banner,
        "offline banner": window.offline_banner,
        "status bar": window.statusBar(),
    }
    return {name: part for name, part in parts.items() if part is not None}


def report(window: MainWindow, title: str) -> None:
    window_height = window.minimumSizeHint().height()
    print(f"  {title}: window {window_height}, stack {window.pages.minimumSizeHint().height()}")
    for name, page in pages(window).items():
        print(f"    page   {name:16} {page.minimumSizeHint().height():4}")


async def probe(languages: LanguageSwitcher, scratch: Path) -> None:
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
    window.resize(*WINDOW_SIZE)
    controller.start()
    shots = scratch / "shots"
    shots.mkdir()
    try:
        await wait_for(lambda: window.my_tickets.model.rowCount() > 0)
        await shoot_billing(controller, shots, "en")  # Billing, Insights, Recommendations filled
        await shoot_insights(controller, shots, "en")
        window.offline_banner.show()  # both banners: the tallest chrome there is
        for lang in LANGUAGE_CODES:
            languages.apply(lang)
            window.show_my_tickets()
            chart = window.my_tickets.trend_chart
            assert chart is not None
            await wait_for(lambda: chart.trend is not None)  # noqa: B023 - awaited here
            await settle()
            # As the screenshots go: the reading pane, then a ticket opened over the list.
            await shoot_reading_pane(window, shots, lang)
            model = window.my_tickets.model
            window.open_ticket(model.ticket_at(0).id)
            ticket = window.ticket_page
            await wait_for(lambda: ticket.ticket is not None and not ticket._loading_id)  # noqa: B023
            await settle()
            print(f"== {lang}")
            report(window, "after the reading pane, a ticket open")
            window.resize(*SMALL_WINDOW_SIZE)
            await settle()
            print(f"  resize(1024, 640) gives {window.width()}×{window.height()}")
            window.resize(*WINDOW_SIZE)
            await settle()
            print("  each page shown in turn (fresh):")
            for name, page in pages(window).items():
                window.pages.setCurrentWidget(page)
                await settle()
                least = page.minimumSizeHint().height()
                print(f"    page   {name:16} {least:4}  window {window.minimumSizeHint().height()}")
            for name, part in chrome(window).items():
                least = part.minimumSizeHint().height()
                print(f"    chrome {name:16} {least:4}  shown {part.isVisible()}")
            window.show_my_tickets()
            await settle()
    finally:
        await controller.shutdown()
        window.close()
        controller.credentials.close()


def main() -> int:
    app = make_application(sys.argv)
    languages = LanguageSwitcher(app, catalogs.ensure_compiled())
    with tempfile.TemporaryDirectory(prefix="psd-probe-") as tmp:
        event_loop.run(probe(languages, Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
