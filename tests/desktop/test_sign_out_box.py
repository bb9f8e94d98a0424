"""Signing out with work not sent: the box names each kind there is, counted apart, and
no other (a newcomer with one draft was told of "the outbox" that held nothing).

A real store file, read as File → Sign out reads the session's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services.outbox import SIGNED_OUT
from desktop.store.account import AccountStore
from desktop.store.drafts import NEW_TICKET_KEY, reply_key
from desktop.store.outbox import FAILED, REPLY
from desktop.ui.session.sign_out_confirmation import SignOutConfirmation, confirm_sign_out
from desktop.ui.text.i18n import LanguageSwitcher

ASKED = {
    "en": "Sign out? What you have not sent stays on this computer, for when you sign in "
    "with this account again.",
    "nl": "Afmelden? Wat je nog niet hebt verzonden, blijft bewaard op deze computer tot je "
    "je opnieuw aanmeldt met dit account.",
    "ja": "サインアウトしますか？未送信の内容はこのコンピューターに保存され、"
    "このアカウントで再びサインインすると使えます。",
}
ONE_DRAFT = {
    "en": "1 draft, in Drafts and outbox.",
    "nl": "1 concept, in Concepten en postvak UIT.",
    "ja": "下書き 1 件 (「下書きと送信トレイ」にあります)。",
}


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AccountStore]:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    return window


def _asked(window: QWidget, store: AccountStore, signed_out: list[bool]) -> SignOutConfirmation:
    box = confirm_sign_out(store, lambda: signed_out.append(True), window)
    assert box is not None and box.isVisible()
    return box


@pytest.mark.parametrize("language", ["en", "nl", "ja"])
async def test_a_draft_alone_is_named_and_the_outbox_is_not(
    window: QWidget, english: LanguageSwitcher, store: AccountStore, language: str
) -> None:
    await store.drafts.save(reply_key("tkt_1"), "Half a thought", ticket_id="tkt_1")
    english.apply(language)
    try:
        signed_out: list[bool] = []
        box = _asked(window, store, signed_out)
        assert box.text() == ASKED[language]
        assert box.informativeText() == f"• {ONE_DRAFT[language]}"  # no line of the empty outbox
        box.cancel_button.click()
        assert not signed_out
    finally:
        english.apply("en")


async def test_drafts_waiting_and_failed_messages_are_counted_apart(
    window: QWidget, store: AccountStore
) -> None:
    await store.drafts.save(reply_key("tkt_1"), "Half a thought", ticket_id="tkt_1")
    await store.drafts.save(NEW_TICKET_KEY, "Sync stopped on two laptops")
    await store.outbox.add(kind=REPLY, body="Any news?", ticket_id="tkt_2")
    # Failed only for being signed out: it goes again at the next sign-in, as the rest.
    late = await store.outbox.add(kind=REPLY, body="Still there?", ticket_id="tkt_3")
    await store.outbox.set_state(late.key, FAILED, error_status=401, error_code=SIGNED_OUT)
    refused = await store.outbox.add(kind=REPLY, body="Reopen it", ticket_id="tkt_4")
    await store.outbox.set_state(refused.key, FAILED, error_status=409, error_code="ticket_closed")

    signed_out: list[bool] = []
    box = _asked(window, store, signed_out)
    assert box.informativeText().split("\n") == [
        "• 2 drafts, in Drafts and outbox.",
        "• 2 messages waiting in the outbox: sent when you sign in again.",
        "• 1 message that could not be sent: in Drafts and outbox, with the reason.",
    ]
    box.sign_out_button.click()
    assert signed_out == [True]
