"""``--screenshots``: the ticket views in dark mode, in a small window (1024×640), and the
main views with the font at 150 %; a button's focus ring, light and dark."""

from __future__ import annotations

from pathlib import Path

from desktop.bootstrap.shooting import (
    SMALL_WINDOW_SIZE,
    WIDE_WINDOW_SIZE,
    WINDOW_SIZE,
    dark_mode,
    large_font,
    list_counted,
    save,
    settle,
    wait_for,
)
from desktop.ui.shell.main_window import MainWindow


async def open_own_ticket(window: MainWindow, ticket_id: str) -> None:
    """Ava's own ticket, opened from My tickets as she would open it. Opened while Team
    tickets was shown (ticket-small), the navigation and Back rightly named Team tickets,
    a list this ticket is not in: the picture said what no admin would see."""
    window.show_my_tickets()
    window.open_ticket(ticket_id)
    page = window.ticket_page
    await wait_for(
        lambda: page.ticket is not None and page.ticket.id == ticket_id and not page._loading_id
    )
    await settle()


async def shoot_focused_button(window: MainWindow, out_dir: Path, view: str, lang: str) -> None:
    """My tickets with Refresh reached by Tab: its focus ring, as the keyboard shows it."""
    from PySide6.QtCore import Qt

    button = window.my_tickets.refresh_button
    window.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    await settle()
    save(window, out_dir, view, lang)
    window.my_tickets.table.setFocus(Qt.FocusReason.OtherFocusReason)
    await settle()


async def shoot_dark_and_small(
    window: MainWindow, ticket_id: str, out_dir: Path, lang: str
) -> None:
    """My tickets, the reading pane, a ticket and Team tickets in the dark; then the lists
    and a ticket at 1024×640."""
    lists = window.my_tickets
    window.show_my_tickets()
    await shoot_focused_button(window, out_dir, "focus-ring", lang)
    async with dark_mode():
        window.show_my_tickets()
        await settle()
        save(window, out_dir, "my-tickets-dark", lang)
        await shoot_focused_button(window, out_dir, "focus-ring-dark", lang)
        window.resize(*WIDE_WINDOW_SIZE)
        await wait_for(lambda: lists.docked)
        lists.table.selectRow(1)
        await wait_for(
            lambda: (
                window.ticket_page.ticket is not None
                and window.ticket_page.ticket.id == lists.model.ticket_at(1).id
                and not window.ticket_page._loading_id
            )
        )
        await settle()
        save(window, out_dir, "reading-pane-dark", lang)
        window.resize(*WINDOW_SIZE)
        await wait_for(lambda: not lists.docked)
        await open_own_ticket(window, ticket_id)
        save(window, out_dir, "ticket-dark", lang)
        window.show_team_tickets()
        await list_counted(window.team_tickets)
        save(window, out_dir, "team-tickets-dark", lang)

    window.resize(*SMALL_WINDOW_SIZE)
    window.show_my_tickets()
    await list_counted(lists)
    save(window, out_dir, "my-tickets-small", lang)
    window.show_team_tickets()
    await list_counted(window.team_tickets)
    save(window, out_dir, "team-tickets-small", lang)
    await open_own_ticket(window, ticket_id)
    save(window, out_dir, "ticket-small", lang)
    window.resize(*WINDOW_SIZE)
    window.show_my_tickets()
    await settle()


async def shoot_large_font(window: MainWindow, ticket_id: str, out_dir: Path, lang: str) -> None:
    """The main views with the font at 150 % (as low-vision settings give it), at the
    usual window size: nothing may be cut off."""
    async with large_font():
        window.resize(*WINDOW_SIZE)
        for view, show in (
            ("my-tickets-large", window.show_my_tickets),
            ("drafts-large", window.show_drafts),
            ("billing-large", window.show_billing),
            ("insights-large", window.show_insights),
            ("recommendations-large", window.show_recommendations),
        ):
            show()
            if view == "billing-large":
                # Read from the service the first time it is shown: not "Loading…" in the
                # picture (a busy machine took longer than a settle).
                await wait_for(lambda: window.billing.overview is not None)
            await settle()
            save(window, out_dir, view, lang)
        save(window.insights.body, out_dir, "insights-full-large", lang)  # every chart
        await open_own_ticket(window, ticket_id)
        save(window, out_dir, "ticket-large", lang)
    window.show_my_tickets()
    # Larger text can need a wider window (Dutch at 150 %); Qt never narrows it back.
    window.resize(*WINDOW_SIZE)
    await settle()
