"""Tabs whose titles are always whole: the full titles where they fit, short ones where not.

At a 150 % font in Dutch the Billing page's four titles were wider than the page: Qt
scrolled the bar and showed the fourth one as "F" at the edge. A tab bar cannot wrap,
and eliding ("Beschik…") reads no better; the page is not made wider either (the window
would outgrow a 1024×640 screen). So each tab has a short title as well, from the same
glossary ("Add-ons", "Compare"); while the full ones do not all fit, the bar shows the
short ones, with the full title in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QWidget


class FittingTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = self.tabBar()
        # Never "Beschik…": a title is shown whole (the short one if need be).
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setExpanding(False)
        self._titles: list[tuple[str, str]] = []

    def set_titles(self, titles: list[tuple[str, str]]) -> None:
        """``titles``: (full, short) for each tab, in order (after a language change too)."""
        self._titles = list(titles)
        self._fit()

    @property
    def shortened(self) -> bool:
        """Whether the bar shows the short titles now."""
        return any(
            self.tabText(i) != full and self.tabText(i) == short
            for i, (full, short) in enumerate(self._titles)
        )

    def _width_with(self, texts: list[str]) -> int:
        """The bar's width with ``texts`` as titles: each tab as Qt sizes it now, with the
        difference of the text's width (the padding, frame and icon stay as they are)."""
        bar = self.tabBar()
        metrics = bar.fontMetrics()
        width = 0
        for index, text in enumerate(texts):
            now = bar.tabText(index)
            width += (
                bar.tabSizeHint(index).width()
                - metrics.horizontalAdvance(now)
                + metrics.horizontalAdvance(text)
            )
        return width

    def _fit(self) -> None:
        count = min(len(self._titles), self.count())
        if count == 0:
            return
        full = [self._titles[i][0] for i in range(count)]
        short = [self._titles[i][1] for i in range(count)]
        # The tabs have the widget's width (no corner widgets here).
        chosen = full if self._width_with(full) <= self.width() else short
        for index in range(count):
            if self.tabText(index) != chosen[index]:
                self.setTabText(index, chosen[index])
            # The full title on hover, and for a screen reader, whichever is shown.
            self.setTabToolTip(index, full[index] if chosen[index] != full[index] else "")
            self.tabBar().setAccessibleTabName(index, full[index].replace("&", ""))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # a larger desktop font: the full titles may no longer fit
