"""Insights' header and its tile rows place their pieces again on a resize and on a
LayoutRequest through one base class (rearranging.py), not each with its own copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from pytestqt.qtbot import QtBot

from desktop.ui.insights.header_rows import HeaderRows
from desktop.ui.insights.rearranging import Rearranging
from desktop.ui.insights.tile_rows import TileRows


def test_header_and_tile_rows_share_one_rearranging_base() -> None:
    for cls in (HeaderRows, TileRows):
        assert issubclass(cls, Rearranging)
        # The when is the base's alone: neither repeats the overrides.
        assert "resizeEvent" not in vars(cls) and "event" not in vars(cls)


class Counting(Rearranging):
    def __init__(self) -> None:
        super().__init__()
        self.arranged = 0

    def arrange(self) -> None:
        self.arranged += 1


def test_it_arranges_on_resize_and_on_layout_request(qtbot: QtBot) -> None:
    widget = Counting()
    qtbot.addWidget(widget)
    widget.resize(QSize(300, 100))
    with qtbot.waitExposed(widget):
        widget.show()
    after_show = widget.arranged
    assert after_show >= 1  # the first resize
    widget.resize(QSize(200, 100))
    assert widget.arranged == after_show + 1
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LayoutRequest))
    assert widget.arranged == after_show + 2
