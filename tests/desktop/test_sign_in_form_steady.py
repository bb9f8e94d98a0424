"""A newcomer's report: an error line under the sign-in form pushed "Sign in" down 34 px,
just as it was to be clicked again. The error comes where it moves nothing, and a long one
(Japanese, Dutch) is still read whole: wrapped, never clipped."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from pytestqt.qtbot import QtBot

from desktop.ui.session.sign_in_dialog import SignInDialog
from desktop.ui.text.i18n import LanguageSwitcher


def _long_error() -> str:
    return QCoreApplication.translate(
        "ErrorText",
        "The proxy {proxy} refused the connection: it needs a user name and password "
        "(proxy authentication), and none or wrong ones were given. Enter them in the "
        "proxy address under Settings → Network, like http://name:password@{proxy}.",
    ).format(proxy="proxy.example:3128")


async def _settled() -> None:
    for _ in range(5):
        await asyncio.sleep(0.01)  # posted layout requests and LanguageChange are handled


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_an_error_moves_no_button(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        dialog = SignInDialog()
        qtbot.addWidget(dialog)
        dialog.prefill(server_url="https://support.example", email="", remember=True)
        dialog.show()
        await _settled()
        button = dialog.sign_in_button
        where = button.mapToGlobal(QPoint(0, 0))

        button.click()  # nothing typed: "Please fill in …"
        await _settled()
        error = dialog.error_label
        assert error.isVisible() and error.text()
        assert button.mapToGlobal(QPoint(0, 0)) == where

        dialog.show_error(_long_error())
        await _settled()
        assert button.mapToGlobal(QPoint(0, 0)) == where
        # Read whole: as tall as its wrapped lines need, and inside the window.
        assert error.height() >= error.heightForWidth(error.width())
        bottom = error.mapTo(dialog, QPoint(0, error.height()))
        assert bottom.y() <= dialog.contentsRect().bottom() + 1
    finally:
        english.apply("en")


@pytest.mark.parametrize("language", ["ja", "nl"])
async def test_a_form_opened_in_english_fits_its_buttons_after_a_switch(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:  # Dutch: "laats daarvan aanmelden bij een se", the link cut at both ends
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.prefill(server_url="", email="", remember=True, local_url="http://127.0.0.1:1")
    dialog.show()
    await _settled()
    try:
        english.apply(language)
        await _settled()
        buttons = (dialog.local_button, dialog.sign_in_button)
        for button in buttons:
            assert button.width() >= button.sizeHint().width(), button.text()
            inside = button.mapTo(dialog, QPoint(button.width(), 0)).x()
            assert 0 <= button.mapTo(dialog, QPoint(0, 0)).x() and inside <= dialog.width()
    finally:
        english.apply("en")


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_demo_workspace_says_its_password(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    """Signed out of the local demo workspace, a newcomer found its password nowhere: the
    empty password field says it there (and only there: a server's is its own)."""
    english.apply(language)
    try:
        dialog = SignInDialog()
        qtbot.addWidget(dialog)
        dialog.prefill(
            server_url="",
            email="ava@northwind.example",
            remember=False,
            local_url="http://127.0.0.1:9",
        )
        hint = dialog.password_edit.placeholderText()
        assert "demo-password" in hint and hint != "demo-password"  # said in words too
        dialog.show()
        # Whole in the field, in every language.
        field = dialog.password_edit
        assert field.fontMetrics().horizontalAdvance(hint) < field.width() - 8
        dialog.prefill(
            server_url="https://support.example", email="ava@northwind.example", remember=False
        )
        assert dialog.password_edit.placeholderText() == ""
    finally:
        english.apply("en")


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_demo_workspace_names_an_account_to_try(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    """Signed out of the demo workspace, a newcomer had no account to try but in the
    README (newcomer 30): the empty address field names its admin, whole."""
    english.apply(language)
    try:
        dialog = SignInDialog()
        qtbot.addWidget(dialog)
        dialog.prefill(server_url="", email="", remember=False, local_url="http://127.0.0.1:9")
        hint = dialog.email_edit.placeholderText()
        assert "ava@northwind.example" in hint and hint != "ava@northwind.example"
        dialog.show()
        field = dialog.email_edit
        assert field.fontMetrics().horizontalAdvance(hint) < field.width() - 8, hint
        dialog.prefill(server_url="https://support.example", email="", remember=False)
        assert "northwind" not in dialog.email_edit.placeholderText()
    finally:
        english.apply("en")
