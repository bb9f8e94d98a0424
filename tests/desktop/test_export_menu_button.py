"""Insights' Export: its menu arrow has room of its own beside the text (en, ja, nl)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from desktop.ui.insights.chart_card import ChartCard
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher


@pytest.mark.parametrize("code", ["en", "ja", "nl"])
def test_the_export_arrow_is_not_squeezed_into_the_corner(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str
) -> None:
    switcher.apply(code)
    card = ChartCard("top_issues", TaskRunner(lambda error: None))
    qtbot.addWidget(card)
    card.retranslate_ui()
    button = card.export_button
    assert button.menu() is card.export_menu and button.accessibleName()
    style = button.style()
    text = button.fontMetrics().horizontalAdvance(button.text())
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    # The text, the arrow beside it and the button's own margins all fit: no overlap.
    assert button.sizeHint().width() >= text + arrow + margins
