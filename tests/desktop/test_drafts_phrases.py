"""Drafts and outbox in Japanese: a row's line cut with "…" ends between phrases, as the
app's wrapped Japanese breaks (issue 19: a refused reply's row ended "もう一度お問い…",
inside お問い合わせ). Still two lines that fit, the whole in the tooltip; English is cut
as Qt cuts it, without loading BudouX.

A real store file; the page reads it through a TicketService as the window binds it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop.services.outbox import TICKET_CLOSED
from desktop.services.tickets import TicketService
from desktop.store.drafts import reply_key
from desktop.store.outbox import FAILED, REPLY
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.line_breaks import WORD_JOINER, whole_words
from desktop.ui.tickets.compose.draft_rows import HEADING_ROLE, SEPARATOR, STATE_ROLE, TEXT_ROLE
from desktop.ui.tickets.compose.drafts_page import DraftsPage
from tests.desktop.test_drafts_fit import PAGE_SIZES, _lines
from tests.desktop.test_drafts_rows import service  # noqa: F401 - the fixture
from tests.support.waiting import wait_until

JAPANESE_DRAFT = (
    "チームフォルダーの設定を確認しましたが、招待できるのは「チームメンバーのみ」になっていて、"
    "監査担当者のアドレスは月曜日から許可リストに入っています。それでも招待を送り直すたびに"
    "拒否されます。"
)


def _ends_between_phrases(shown: str, whole: str) -> bool:
    """Does ``shown`` (the start of ``whole``, then "…") stop where a wrapped line of the
    app may break: not before a character whole_words holds to the one before it?"""
    start = shown.removesuffix("…")
    assert whole.startswith(start), (shown, whole)
    held = whole_words(whole)
    seen = 0
    for at, character in enumerate(held):
        if character == WORD_JOINER:
            continue
        if seen == len(start):
            return held[at - 1] != WORD_JOINER
        seen += 1
    return True


@pytest.mark.parametrize("size", PAGE_SIZES)
async def test_japanese_rows_are_cut_between_phrases(
    qtbot: QtBot,
    english: LanguageSwitcher,
    service: TicketService,  # noqa: F811 - the fixture
    size: tuple[int, int],
) -> None:
    await service.drafts.save(reply_key("tkt_1"), JAPANESE_DRAFT, ticket_id="tkt_1")
    item = await service.outbox.store.add(kind=REPLY, body="進捗はありますか?", ticket_id="tkt_2")
    await service.outbox.store.set_state(
        item.key, FAILED, error_status=409, error_code=TICKET_CLOSED
    )
    english.apply("ja")
    try:
        page = DraftsPage()
        qtbot.addWidget(page)
        page.resize(*size)
        with qtbot.waitExposed(page):
            page.show()
        page.bind(service)
        await wait_until(lambda: page.list.count() == 2, what="the draft and the reply listed")
        viewport = page.list.viewport().width()
        metrics = QFontMetrics(page.list.font())
        cut = 0
        for row in range(2):
            index = page.list.model().index(row, 0)
            heading, second = _lines(page, row)
            text, state = (str(index.data(r) or "") for r in (TEXT_ROLE, STATE_ROLE))
            assert metrics.horizontalAdvance(heading) <= viewport  # two lines that fit
            assert metrics.horizontalAdvance(second) <= viewport
            shown_text, shown_state = second.split(SEPARATOR)
            for shown, whole in (
                (heading, str(index.data(HEADING_ROLE))),
                (shown_text, text),
                (shown_state, state),
            ):
                if shown != whole:
                    cut += 1
                    assert shown.endswith("…"), shown
                    assert _ends_between_phrases(shown, whole), (shown, whole)
            tooltip = page.list.item(row).toolTip()
            assert text in tooltip and state in tooltip  # the whole, still
        assert cut >= 2  # the draft and the refusal, at least, were too long for the row
        # Pointed at, the whole draft wraps between phrases in its tooltip too.
        row = next(r for r in range(2) if "チームフォルダー" in page.list.item(r).text())
        place = page.list.visualItemRect(page.list.item(row)).center()
        viewport_widget = page.list.viewport()
        asked = QHelpEvent(QEvent.Type.ToolTip, place, viewport_widget.mapToGlobal(place))
        QApplication.sendEvent(viewport_widget, asked)
        try:
            assert whole_words(JAPANESE_DRAFT) in QToolTip.text()
        finally:
            QToolTip.hideText()
    finally:
        english.apply("en")


def test_english_rows_are_cut_as_qt_cuts_them_without_budoux() -> None:
    # The start is benched in English: a row cut there may not import BudouX.
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QApplication
        from desktop.ui.text.phrase_elide import elided_between_phrases
        app = QApplication([])
        font = app.font()
        text = "Thanks! I checked the team folder settings: 'Who can be invited' says"
        cut = elided_between_phrases(text, font, 150)
        assert cut == QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, 150)
        assert cut.endswith("…"), cut
        assert "budoux" not in sys.modules
        """
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
