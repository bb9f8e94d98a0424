"""The sales contact form once sent is as tall as its message (a newcomer saw two lines of
thanks at the top of the form's whole empty height)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.billing.sales_contact_dialog import SalesContactDialog
from desktop.ui.text.i18n import LanguageSwitcher


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_sent_message_is_not_left_in_the_form_s_height(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        dialog = SalesContactDialog()
        qtbot.addWidget(dialog)
        dialog.message_edit.setPlainText("We would like Premium Support Enhanced.")
        with qtbot.waitExposed(dialog):
            dialog.show()
        form_height = dialog.height()
        dialog.show_sent()
        qtbot.wait(20)  # any layout still to come
        layout = dialog.layout()
        assert layout is not None
        needed = layout.totalHeightForWidth(dialog.width())
        assert dialog.height() == needed < form_height
        # The message whole, the Close button under it, nothing cut.
        message = dialog.confirmation
        assert message.height() >= message.heightForWidth(message.width())
        assert dialog.close_button.isVisible()
    finally:
        english.apply("en")
