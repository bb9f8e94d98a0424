"""A refused reply's card: no Retry that can never succeed (issue 20)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.store.outbox import FAILED, QUEUED, REPLY, OutboxItem
from desktop.ui.tickets.ticket.outbox_card import OutboxCard


def _item(state: str, code: str = "") -> OutboxItem:
    return OutboxItem(
        key="k1",
        seq=1,
        kind=REPLY,
        ticket_id="tkt_1",
        body="Any news?",
        fields={"chat": False},
        files=(Path("log.txt"),),
        uploads={},
        state=state,
        error_status=409 if code else None,
        error_code=code,
    )


def test_a_reply_to_a_closed_ticket_offers_a_new_request_not_retry(qtbot: QtBot) -> None:
    shown = []
    for offers in (True, False):  # False: a member's (R13) or a chat window's thread
        card = OutboxCard(_item(FAILED, "ticket_closed"), offers_new_request=offers)
        qtbot.addWidget(card)
        card.new_request_requested.connect(shown.append)
        assert card.retry_button.isHidden()
        assert card.new_request_button.isHidden() is not offers
        assert not card.edit_button.isHidden() and not card.discard_button.isHidden()
    card = OutboxCard(_item(FAILED, "ticket_closed"), offers_new_request=True)
    qtbot.addWidget(card)
    card.new_request_requested.connect(shown.append)
    card.new_request_button.click()
    assert shown == ["k1"]


def test_other_refusals_keep_retry(qtbot: QtBot) -> None:
    card = OutboxCard(_item(FAILED, "blank_text"), offers_new_request=True)
    qtbot.addWidget(card)
    assert not card.retry_button.isHidden() and card.new_request_button.isHidden()
    queued = OutboxCard(_item(QUEUED), offers_new_request=True)
    qtbot.addWidget(queued)
    assert queued.retry_button.isHidden() and queued.new_request_button.isHidden()
