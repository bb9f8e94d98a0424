"""Contact support's last row, Attachments, is whole in view, or scrolls wholly into it
(issue 19).

Dutch at the app's default size: the row "Bijlagen: Bestanden bijvoegen…" was cut in
half at the scroll area's bottom. Measuring the form at its tallest (the phone row shown
once, when the dialog is first sized) left the page pinned at that height; in a dialog
capped by its main window the page was then a few pixels taller than its viewport, and
the description could not give up its spare height.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import WINDOW_SIZE, settle
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.e2e.conftest import OpenContact
from tests.support.client_flows import area_in, in_every_language, on_screens


def attachments_row(dialog: ContactSupportDialog) -> QRect:
    """The row, label and field, where it is in the scroll area's viewport."""
    viewport = dialog.form_scroll.viewport()
    label = dialog.form.labelForField(dialog.attachments)
    assert label is not None
    return area_in(dialog.attachments, viewport).united(area_in(label, viewport))


async def assert_row_reachable(dialog: ContactSupportDialog) -> None:
    scroll = dialog.form_scroll
    page, viewport, bar = scroll.widget(), scroll.viewport(), scroll.verticalScrollBar()
    assert page is not None and page.layout() is not None
    needed = page.layout().heightForWidth(page.width())  # type: ignore[union-attr]
    if needed <= viewport.height():
        # What the form holds fits: nothing scrolls, the row is whole where it is.
        assert bar.maximum() == 0, (needed, viewport.height(), page.minimumHeight())
    bar.setValue(bar.maximum())
    await settle()
    row = attachments_row(dialog)
    assert viewport.rect().contains(row), (row, viewport.rect(), bar.maximum())


@on_screens((1024, 640), (1280, 800))
@in_every_language()
async def test_the_attachments_row_is_whole_in_view_or_scrolls_into_it(
    contact_form: OpenContact, qtbot: QtBot, language: str, screen: tuple[int, int]
) -> None:
    # On the larger screen the main window has the app's default size (1100×720): the
    # form's dialog is capped by it (the screenshots' case).
    window_size = WINDOW_SIZE if screen == (1280, 800) else None
    async with contact_form(language=language, screen=screen, window_size=window_size) as dialog:
        await assert_row_reachable(dialog)  # as it opens
        # Sent untouched: every missing field is marked, the form at its tallest.
        dialog.form_scroll.verticalScrollBar().setValue(0)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await settle()
        await assert_row_reachable(dialog)
