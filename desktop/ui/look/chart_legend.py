"""A chart's legend that wraps: every entry shown, however narrow the window or long the
language's words (QtCharts' own legend silently drops what does not fit)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.ui.look.theme import follow_app_font, small_font
from desktop.ui.text.wrapped_label import WrappedLabel


class ChartLegend(WrappedLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_legend")
        self.setFont(small_font(self.font()))
        follow_app_font(self)
        self.entries: list[tuple[str, QColor]] = []

    def show_entries(self, entries: list[tuple[str, QColor]]) -> None:
        """A coloured square and the name of each series; the text in the palette's colour."""
        from html import escape  # here: the legend is filled after the first paint (~2.5 ms)

        self.entries = entries
        # Non-breaking inside an entry, a plain space between: lines break between entries.
        self.setText(
            " &nbsp; ".join(
                f'<span style="color:{colour.name()}">■</span>&nbsp;'
                + escape(name).replace(" ", "&nbsp;")
                for name, colour in entries
            )
        )
        self.setAccessibleName(", ".join(name for name, _colour in entries))
