"""Contact support's ways of asking (R15), from a newcomer's report: the request, chat and
callback buttons had no letter to reach them by, unlike every other field of the form; and
with Chat chosen the form still promised the written request's "first answer within 1 hour"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.compose.contact_support_dialog import CHANNELS, ContactSupportDialog
from tests.desktop.test_composer_and_contact_form import options
from tests.desktop.test_contact_support_asks import dialog_for


def mnemonics(dialog: ContactSupportDialog) -> dict[str, list[str]]:
    """Each letter the form's labels and buttons are reached by, with what has it (shown
    or not: the phone number's row comes with a call)."""
    found: dict[str, list[str]] = {}
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    for widget in widgets:
        text = widget.text()
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            found.setdefault(key.toString(), []).append(text)
    return found


@pytest.mark.parametrize("code", ["en", "ja", "nl"])
def test_every_way_of_asking_has_a_letter_of_its_own(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str
) -> None:
    switcher.apply(code)
    dialog = dialog_for(qtbot, options(both_covered=True, japanese_open=True))
    letters = mnemonics(dialog)
    clashes = {key: texts for key, texts in letters.items() if len(texts) > 1}
    assert not clashes, clashes
    for channel in CHANNELS:
        key = QKeySequence.mnemonic(dialog.channel_buttons[channel].text())
        assert not key.isEmpty(), f"{channel} has no letter in {code}"
    # The letter chooses it, from wherever the admin is in the form.
    for channel in ("chat", "callback", "request"):
        key = QKeySequence.mnemonic(dialog.channel_buttons[channel].text())
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key(key[0].key()), Qt.KeyboardModifier.AltModifier)
        # A button pressed by its letter is clicked as if by the pointer (animated).
        qtbot.waitUntil(lambda channel=channel: dialog.channel == channel)
        assert dialog.channel_buttons[channel].hasFocus()


def test_a_chat_is_promised_what_is_so_of_a_chat(qtbot: QtBot) -> None:  # R3, R15
    """A chat's ticket carries the same response target (DOMAIN.md), and its first answer
    is the agent's first line in the chat: said of the chat, not as a written request's."""
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    request = dialog.promise.text()
    assert request == "Response target: first answer within 1 hour."
    dialog.channel_buttons["chat"].setChecked(True)
    assert dialog.promise.text() == (
        "Response target: a support agent's first answer in the chat within 1 hour."
    )
    dialog.channel_buttons["request"].setChecked(True)
    assert dialog.promise.text() == request
