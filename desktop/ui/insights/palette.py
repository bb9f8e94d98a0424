"""Chart colours: Okabe–Ito (safe for colour-blind eyes), on the light or dark palette."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication

from desktop.ui.look.theme import is_dark, small_font

# Okabe & Ito, "Color Universal Design": distinguishable with every common colour-vision deficiency.
ORANGE = "#e69f00"
SKY_BLUE = "#56b4e9"
GREEN = "#009e73"
BLUE = "#0072b2"
VERMILLION = "#d55e00"
PURPLE = "#cc79a7"


def primary(palette: QPalette) -> QColor:
    """The one-series colour: Okabe–Ito blue, its lighter sibling on a dark background."""
    return QColor(SKY_BLUE if is_dark(palette) else BLUE)


def product_colour(product: str, palette: QPalette) -> QColor:
    return primary(palette) if product == "dropbox" else QColor(ORANGE)


def apply_theme(chart: QChart, palette: QPalette) -> None:
    """Background, text and grid from the palette, so the chart sits in light and dark windows."""
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = palette.color(QPalette.ColorRole.Mid)
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundPen(QPen(grid))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    # Chart text a point below the UI's at most (QtCharts' default is smaller still).
    small = small_font(QApplication.font())
    chart.legend().setFont(small)
    for axis in chart.axes():
        axis.setLabelsFont(small)
        axis.setLabelsColor(text)
        axis.setTitleBrush(QBrush(text))
        axis.setLinePenColor(grid)
        axis.setGridLineColor(grid)
