"""``--screenshots DIR``: every main view in every language, against a local-mode workspace."""

from __future__ import annotations

import contextlib
import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.api.models import TicketSummary
from desktop.bootstrap.billing_screenshots import shoot_billing, shoot_not_eligible_views
from desktop.bootstrap.controller import AppController
from desktop.bootstrap.demo_sign_in import sign_in_demo
from desktop.bootstrap.insights_screenshots import shoot_empty_views, shoot_insights
from desktop.bootstrap.look_screenshots import shoot_dark_and_small, shoot_large_font
from desktop.bootstrap.shooting import (
    SMALL_WINDOW_SIZE,
    WIDE_WINDOW_SIZE,
    WINDOW_SIZE,
    save,
    settle,
    wait_for,
)
from desktop.bootstrap.store_screenshots import shoot_store_notices
from desktop.services.credentials import CredentialStore
from desktop.services.tickets import TicketService
from desktop.store.drafts import NEW_TICKET_KEY
from desktop.ui.session.sign_in_dialog import SignInDialog
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.text.i18n import LANGUAGE_CODES, LanguageSwitcher
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog

log = logging.getLogger(__name__)


async def take_screenshots(out_dir: Path, languages: LanguageSwitcher) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="psd-shots-") as tmp:
        settings = AppSettings(
            QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        )
        languages.apply("en")
        languages.pinned = True  # each view is shot in each language, whoever is signed in
        controller = AppController(
            settings=settings,
            languages=languages,
            data_dir=Path(tmp) / "data",
            credentials=CredentialStore(),
        )
        window = controller.window
        window.resize(*WINDOW_SIZE)
        controller.start()
        try:
            await wait_for(lambda: window.my_tickets.model.rowCount() > 0)
            for lang in LANGUAGE_CODES:
                languages.apply(lang)
                await shoot_language(controller, out_dir, lang)
                await shoot_billing(controller, out_dir, lang)
                await shoot_insights(controller, out_dir, lang)
                await shoot_store_notices(controller, out_dir, lang)
            await shoot_member_views(controller, out_dir, languages)
            await shoot_not_eligible_views(controller, out_dir, languages)
            await shoot_empty_views(controller, out_dir, languages)
        finally:
            await controller.shutdown()
            window.close()
            controller.credentials.close()
    log.info("screenshots written to %s", out_dir)
    return 0


async def shoot_member_views(
    controller: AppController, out_dir: Path, languages: LanguageSwitcher
) -> None:
    """A member (Mia, an epic champion) sees only Get help (R6, R7)."""
    member, store = await sign_in_demo(controller, "mia@northwind.example")
    controller.window.show_session(
        member.user,
        TicketService(member.client, store),
        server=member.client.server_url,
        local=True,
    )
    page = controller.window.get_help
    await wait_for(lambda: page.requests.model.rowCount() > 0)
    # Counted a moment after the rows: the first language's picture (English) was taken
    # before "3 tickets" came, the later ones after it.
    await wait_for(lambda: bool(page.requests.count_said))
    for lang in LANGUAGE_CODES:
        languages.apply(lang)
        await settle()
        save(controller.window, out_dir, "get-help", lang)
    # A small laptop's window: the requests' rows whole under the form (issue 19).
    controller.window.resize(*SMALL_WINDOW_SIZE)
    for lang in LANGUAGE_CODES:
        languages.apply(lang)
        await settle()
        save(controller.window, out_dir, "get-help-small", lang)
    controller.window.resize(*WINDOW_SIZE)
    await member.client.aclose()
    await store.close()


async def shoot_outbox(
    controller: AppController, out_dir: Path, lang: str, tickets: list[TicketSummary]
) -> None:
    """A reply the service refused (the ticket closed meanwhile), and the offline banner."""
    window = controller.window
    service = controller.service
    closed = next((t for t in tickets if t.status == "closed"), None)
    if service is None or closed is None:
        return
    window.open_ticket(closed.id)
    page = window.ticket_page
    await wait_for(lambda: page.ticket is not None and page.ticket.id == closed.id)
    assert page.ticket is not None
    item = await service.outbox.send_reply(page.ticket, "Is there any news on this?")
    await wait_for(lambda: [c.item.state for c in page.thread_scroll.pending_cards()] == ["failed"])
    # How the window looks while the service cannot be reached (the banner is the real one).
    window.live_feed.live_connection(False)
    await settle()
    save(window, out_dir, "outbox", lang)
    # Drafts and outbox with the refused reply; then discarded, Undo on offer (issue 20).
    window.show_drafts()
    await wait_for(lambda: window.drafts.list.count() > 0)
    window.drafts.list.setCurrentRow(0)
    await settle()
    save(window, out_dir, "drafts-outbox", lang)
    # On a small laptop's screen too: each row fits, never scrolled sideways.
    window.resize(*SMALL_WINDOW_SIZE)
    await settle()
    save(window, out_dir, "drafts-outbox-small", lang)
    window.resize(*WINDOW_SIZE)
    await settle()
    window.drafts.discard()
    await settle()
    save(window, out_dir, "drafts-undo", lang)
    window.drafts.undo_bar.undo()
    window.live_feed.live_connection(True)
    await service.outbox.discard(item.key)
    window.show_my_tickets()


async def shoot_reading_pane(window: MainWindow, out_dir: Path, lang: str) -> None:
    """A wide window: the selected ticket read beside the list (issue 19)."""
    page = window.my_tickets
    window.resize(*WIDE_WINDOW_SIZE)
    await wait_for(lambda: page.docked)
    page.table.selectRow(1)
    wanted = page.model.ticket_at(1).id
    ticket_page = window.ticket_page
    await wait_for(
        lambda: (
            ticket_page.ticket is not None
            and ticket_page.ticket.id == wanted
            and not ticket_page._loading_id
        )
    )
    await settle()
    save(window, out_dir, "reading-pane", lang)
    window.resize(*WINDOW_SIZE)
    await wait_for(lambda: not page.docked)


def fill_as_an_admin(contact: ContactSupportDialog) -> None:
    """Every field the form asks for, chosen as an admin would (nothing is preselected).

    The language too where the app's is not one support speaks (Dutch): nothing was assumed
    there. Left unchosen, the picture of the filled Dutch form kept the mark Send had put
    beside it ("Kies de taal…"), as if the form complained of a field it never asked.
    """
    contact.category_combo.setCurrentIndex(contact.category_combo.findData("sign_in"))
    if contact.language is None:
        contact.language_combo.setCurrentIndex(contact.language_combo.findData("en"))
    contact.channel_buttons["callback"].setChecked(True)
    contact.phone_edit.setText("+31 20 123 4567")
    contact.subject_edit.setText("SSO sign-in fails for the Rotterdam office")
    contact.body_edit.setPlainText("Since 08:00 nobody in Rotterdam can sign in with Okta.")


async def shoot_language(controller: AppController, out_dir: Path, lang: str) -> None:
    window = controller.window
    window.show_my_tickets()
    page = window.my_tickets
    await wait_for(lambda: page.trend_chart is not None and page.trend_chart.trend is not None)
    # One answer not read yet, as after an agent's reply: the marker and the count show.
    window.unread.mark_unread(page.model.ticket_at(1).id)
    await wait_for(lambda: bool(page.count_said))  # counted a moment after the rows
    await settle()
    save(window, out_dir, "my-tickets", lang)
    window.unread.clear()
    await shoot_reading_pane(window, out_dir, lang)

    # An answered, still active ticket shows the most of the thread view.
    model = window.my_tickets.model
    tickets = [model.ticket_at(row) for row in range(model.rowCount())]
    shown = next(
        (t for t in tickets if t.first_responded_at and t.status in ("open", "pending")), tickets[0]
    )
    window.open_ticket(shown.id)
    await wait_for(
        lambda: window.ticket_page.ticket is not None and not window.ticket_page._loading_id
    )
    await settle()
    save(window, out_dir, "ticket", lang)
    await shoot_dark_and_small(window, shown.id, out_dir, lang)
    await shoot_large_font(window, shown.id, out_dir, lang)

    # A reply typed on a small screen: "Ctrl+Enter to send" beside Send.
    request = next((t for t in tickets if t.channel == "request" and t.status == "open"), shown)
    window.resize(*SMALL_WINDOW_SIZE)
    window.open_ticket(request.id)
    ticket_page = window.ticket_page
    await wait_for(
        lambda: (
            ticket_page.ticket is not None
            and ticket_page.ticket.id == request.id
            and not ticket_page._loading_id
        )
    )
    ticket_page.composer.editor.setPlainText("Thanks, that fixed it.")
    await settle()
    save(window, out_dir, "ticket-reply-typed", lang)
    window.resize(*WINDOW_SIZE)

    # A reply left half-written shows in Drafts.
    ticket_page.composer.editor.setPlainText(
        "Thanks! I checked the team folder settings: 'Who can be invited' says 'Only team"
    )
    saving = ticket_page.save_draft()
    if saving is not None:
        await saving
    window.show_drafts()
    await wait_for(lambda: window.drafts.list.count() > 0)
    await settle()
    save(window, out_dir, "drafts", lang)
    ticket_page.composer.editor.clear()
    saving = ticket_page.save_draft()  # an empty draft is discarded
    if saving is not None:
        await saving
    chat = next((t for t in tickets if t.channel == "chat" and t.status == "open"), None)
    if chat is not None:
        window.open_ticket(chat.id)
        await wait_for(
            lambda: (
                window.ticket_page.ticket is not None and window.ticket_page.ticket.id == chat.id
            )
        )
        assert window.ticket_page.ticket is not None
        window.open_chat_window(window.ticket_page.ticket)
        chat_window = window.chat_windows[chat.id]
        await settle()
        save(chat_window, out_dir, "chat-window", lang)
        chat_window.close()

    window.menus.show_shortcuts()
    assert window.menus.shortcuts_dialog is not None
    await settle()
    save(window.menus.shortcuts_dialog, out_dir, "shortcuts", lang)
    window.menus.shortcuts_dialog.close()

    window.menus.show_about()
    assert window.menus.about_box is not None
    await settle()
    save(window.menus.about_box, out_dir, "about", lang)
    window.menus.about_box.close()

    window.show_team_tickets()
    await wait_for(lambda: window.team_tickets.model.rowCount() > 0)
    await wait_for(lambda: bool(window.team_tickets.count_said))
    await settle()
    save(window, out_dir, "team-tickets", lang)
    window.show_my_tickets()

    window.contact_support()
    await wait_for(lambda: window.contact_dialog is not None and window.contact_dialog.isVisible())
    contact = window.contact_dialog
    assert contact is not None
    contact.send_button.click()  # sent untouched: what is missing is marked
    await settle()
    save(contact, out_dir, "contact-support-missing", lang)
    fill_as_an_admin(contact)
    await settle()
    save(contact, out_dir, "contact-support", lang)
    # Issue 21: the help articles suggested for what was typed, scrolled into view.
    with contextlib.suppress(TimeoutError):
        await wait_for(lambda: bool(contact.suggestions.rows), timeout=10)
    contact.form_scroll.ensureWidgetVisible(contact.suggestions, 0, 50)
    await settle()
    save(contact, out_dir, "contact-support-suggestions", lang)
    contact.reject()
    window.contact_dialog = None
    await settle()  # closing kept the form as a draft: not wanted in the next pictures
    if controller.store is not None:
        await controller.store.drafts.discard(NEW_TICKET_KEY)
    window.statusBar().clearMessage()  # nor the status bar's word that it was kept

    await shoot_outbox(controller, out_dir, lang, tickets)

    sign_in = SignInDialog(window)
    sign_in.prefill(
        server_url="https://support.northwind.example", email="ava@northwind.example", remember=True
    )
    sign_in.show()
    await settle()
    save(sign_in, out_dir, "sign-in", lang)
    sign_in.show_error(
        QApplication.translate("ErrorText", "The e-mail address or password is not correct.")
    )
    await settle()
    save(sign_in, out_dir, "sign-in-error", lang)
    sign_in.close()
    sign_in.deleteLater()

    # Signed out: what the window says, and its way back in (a window of its own: the
    # session's stays signed in for the next pictures).
    signed_out = MainWindow(window.tasks, controller.settings)
    signed_out.resize(*WINDOW_SIZE)
    signed_out.show_signed_out()
    signed_out.show()
    await settle()
    save(signed_out, out_dir, "signed-out", lang)
    signed_out.hide()
    signed_out.deleteLater()

    dialog = SettingsDialog(language=lang, server_url="", parent=window)
    dialog.show()
    await settle()
    save(dialog, out_dir, "settings", lang)
    dialog.close()
    dialog.deleteLater()
