"""The "remove add-on" confirmation keeps Japanese words whole across its lines (issue 19:
以降 ended one line with 以 and began the next with 降)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.api.billing import Subscription
from desktop.api.client import ApiClient
from desktop.bootstrap.shooting import settle
from desktop.services.billing import BillingService
from desktop.ui.billing.billing_page import BillingPage
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from tests.desktop.test_billing_next_charge import START, overview
from tests.support.text_lines import laid_out


async def test_the_removal_question_never_splits_a_japanese_word(
    qtbot: QtBot, english: LanguageSwitcher
) -> None:
    page = BillingPage(TaskRunner(lambda error: None))
    qtbot.addWidget(page)
    client = ApiClient("http://127.0.0.1:9")  # never asked: the box only asks the admin
    try:
        english.apply("ja")
        await settle()
        page.bind(BillingService(client))
        active = Subscription("dropbox", "enhanced", "active", START, None, 60, None)
        page.show_overview(overview(active))
        page.show()
        row = page.rows["dropbox"]
        await settle()
        qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
        box = page.remove_box
        assert box is not None
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        text = label.text()
        assert "以" in text and "降" in text
        # At every width the box may have, no line ends inside a word.
        for width in range(120, 601, 2):
            lines = laid_out(text, label.font(), width)
            for before, after in zip(lines, lines[1:], strict=False):
                pair = before.read[-1:] + after.read[:1]
                assert pair != "以降", (width, [line.read for line in lines])
        # Read out as written: the joiners are only drawn.
        assert "以降" in label.accessibleName()
        box.reject()
    finally:
        english.apply("en")
        await client.aclose()
