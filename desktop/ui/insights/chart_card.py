"""One insight: a chart, the same numbers as a table, and ways to take them away.

The card shows an explanation instead of empty axes when there is nothing to draw.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QAbstractItemModel, QByteArray, QEvent, QMargins, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.insights.chart_keys import ChartKeys
from desktop.ui.insights.chart_subject import ChartSubject, ChartTexts
from desktop.ui.insights.charts import fit_category_labels, legend_entries
from desktop.ui.insights.hover import TableHover
from desktop.ui.insights.png_caption import with_caption
from desktop.ui.insights.table_model import Cell, RowsModel
from desktop.ui.look.chart_legend import ChartLegend
from desktop.ui.look.theme import TextRole, set_text_role, style_selected_rows
from desktop.ui.shell.save_folder import in_save_folder
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.export_stamp import dated_name, local_day
from desktop.ui.text.wrapped_label import WrappedLabel

CHART_HEIGHT = 280
Draw = Callable[[QChart, QPalette], object]


class ExportFailed(Exception):
    """A chart or its data could not be written; ``path`` says where."""

    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# PNG's registered keyword for when the image's content was made (its tEXt chunk).
PNG_TIME_KEY = "Creation Time"
PNG_TITLE_KEY = "Title"  # and its caption, in the registered keywords for them
PNG_DESCRIPTION_KEY = "Description"


def write_png(image: QImage, path: Path) -> None:
    """Encodes and writes the image; runs on a worker thread (QImage is reentrant)."""
    writer = QImageWriter(str(path), QByteArray(b"png"))
    if not writer.write(image):
        # Qt's errorString is English only: the card says it in the user's words instead.
        raise ExportFailed(path)


def write_text(text: str, path: Path) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ExportFailed(path, error.strerror or str(error)) from error


class ChartCard(QFrame):
    table_toggled = Signal(bool)
    # Enter or double-click on a table cell (row, column): the tickets it counts
    cell_activated = Signal(int, int)

    def __init__(self, name: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._name = name
        self._tasks = tasks
        self._export_error: ExportFailed | None = None
        # Offline, the numbers are as last synced (the page says since when): a file saved
        # from them says so too, with the time, for the file outlives the page's note.
        self._synced_at: Callable[[], datetime | None] = lambda: None
        # The file last saved, and the moment its numbers are as of if not up to date.
        self._saved: tuple[str, datetime | None] | None = None
        # The period and whose tickets, as the page names them: in a saved file's name
        # and a saved PNG's caption (None: not said, a card on its own).
        self.subject: ChartSubject | None = None
        self._draw: Draw | None = None
        self._on_drawn: Callable[[object], None] | None = None
        self.drawn: object = None  # what the last draw returned: its bar sets or lines
        self.title = WrappedLabel()
        self.title.setObjectName(f"{name}_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # Which tickets the numbers count: open now, or opened in the period (R20).
        self.caption = WrappedLabel()
        self.caption.setObjectName(f"{name}_caption")
        set_text_role(self.caption, TextRole.SECONDARY)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart)
        self.view.setObjectName(f"{name}_chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Issue names wrapped to the width the chart has, and the chart as tall as they
        # need: QtCharts cuts a label that does not fit to "…".
        self.chart.geometryChanged.connect(self._fit_labels)
        # Its height from its minimum (the labels' need) and the card's stretch, not its
        # scene's size: that only grows, and a chart once tall at a large font stayed so.
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        # Tab reaches the chart, the arrows its bars, Enter opens one (the page gives the
        # parts with each drawing).
        self.keys = ChartKeys(self.view)
        # Under the chart, wrapping (QtCharts' own legend overlaps the plot when its
        # entries do not fit on one line: large text, narrow window, long words).
        self.legend = ChartLegend()
        self.legend.setObjectName(f"{name}_legend")
        self.legend.hide()
        self.chart_page = QWidget()
        chart_layout = QVBoxLayout(self.chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.view, 1)
        chart_layout.addWidget(self.legend)
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move within
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        style_selected_rows(self.table)  # the row a drill-down opens stands out, as in lists
        self.table.activated.connect(
            lambda index: self.cell_activated.emit(index.row(), index.column())
        )
        self.table_hover = TableHover(self.table, self.model)
        self.explanation = WrappedLabel()
        self.explanation.setObjectName(f"{name}_explanation")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.chart_page, self.table, self.explanation):
            self.stack.addWidget(widget)
        self.stack.setMinimumHeight(CHART_HEIGHT)
        self.export_status = WrappedLabel()
        self.export_status.setObjectName(f"{name}_export_status")
        self.export_status.hide()

        self.table_button = QPushButton()
        self.table_button.setObjectName(f"{name}_table_button")
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._show_table)
        # A push button with a menu keeps room for its arrow beside the text; a tool
        # button's instant popup squeezed the arrow into its corner, over the text.
        self.export_button = QPushButton()
        self.export_button.setObjectName(f"{name}_export_button")
        self.export_menu = QMenu(self)
        # The actions belong to the card, not to the menu (addAction(text) makes them the
        # menu's): a newcomer's session lost them while the card lived on, and every later
        # visit to Insights, sign-out included, then failed on the deleted action.
        self.png_action = QAction(self)
        self.png_action.triggered.connect(self._ask_png)
        self.csv_action = QAction(self)
        self.csv_action.triggered.connect(self._ask_csv)
        self.copy_action = QAction(self)
        self.copy_action.triggered.connect(self.copy_table)
        self.export_menu.addActions([self.png_action, self.csv_action, self.copy_action])
        self.export_button.setMenu(self.export_menu)

        header = self._header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.table_button)
        header.addWidget(self.export_button)
        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.export_status)
        self.retranslate_ui()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the title and both buttons, shown or not: a card that explains why it
        has no chart hides them, and Insights grew narrower as its figures came (Dutch:
        the products' card 299 px before them, 110 after), the navigation wider."""
        hint = super().minimumSizeHint()
        parts = (self.title, self.table_button, self.export_button)
        gaps = max(0, self._header.spacing()) * (len(parts) - 1)
        margins = self.contentsMargins() + self._layout.contentsMargins()
        header = sum(p.minimumSizeHint().width() for p in parts) + gaps
        return QSize(max(hint.width(), header + margins.left() + margins.right()), hint.height())

    def set_caption(self, text: str) -> None:
        """Which tickets the card counts, also for screen readers (after the title)."""
        self.caption.setText(text)
        self.keys.set_caption(text)  # the chart's description while no bar is highlighted
        self.table.setAccessibleDescription(text)

    def show_data(
        self,
        draw: Draw,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        explanation: str | None = None,
        on_drawn: Callable[[object], None] | None = None,
    ) -> None:
        """The numbers to show; with an explanation, the card says that instead of drawing.

        ``on_drawn`` gets the bar sets or lines of every drawing (new ones each time).
        """
        self.model.set_rows(headers, rows)
        self._draw = None if explanation else draw
        self._on_drawn = on_drawn
        self.explanation.setText(explanation or "")
        has_data = explanation is None
        # Nothing to export or tabulate: those buttons would do nothing, so they go.
        self.table_button.setVisible(has_data)
        self.export_button.setVisible(has_data)
        self.redraw()

    def redraw(self) -> None:
        if self._draw is None:
            self.drawn = None
            self.keys.set_parts([], lambda: None)  # nothing drawn, nothing to reach
            self.stack.setCurrentWidget(self.explanation)
            return
        self.drawn = self._draw(self.chart, self.palette())
        self._fit_labels()
        self.chart.legend().hide()  # ours, under the chart, instead
        entries = legend_entries(self.chart)
        self.legend.show_entries(entries)
        self.legend.setVisible(bool(entries))
        if self._on_drawn is not None:
            self._on_drawn(self.drawn)
        self.stack.setCurrentWidget(
            self.table if self.table_button.isChecked() else self.chart_page
        )

    def _fit_labels(self) -> None:
        self.view.setMinimumHeight(fit_category_labels(self.chart))

    def _show_table(self, on: bool) -> None:
        if self._draw is not None:
            self.stack.setCurrentWidget(self.table if on else self.chart_page)
        self.retranslate_ui()
        self.table_toggled.emit(on)

    # -- export ---------------------------------------------------------------------

    def set_subject(self, subject: ChartSubject | None) -> None:
        """The period and whose tickets the chart counts, as the page names them."""
        self.subject = subject

    def file_name(self, as_of: datetime, suffix: str) -> str:
        """ "Top issues - Last 12 weeks - Whole team 2026-12-07.png", in the user's language."""
        stem = ChartTexts().file_stem(self.title.text() or self._name, self.subject)
        return dated_name(stem, local_day(as_of), suffix)

    def caption_lines(self, as_of: datetime) -> list[str]:
        """What a saved PNG says above its chart: title, period and days, whose, as of when."""
        return ChartTexts().caption_lines(self.title.text(), self.subject, as_of)

    def render_png(self, as_of: datetime | None = None) -> QImage:
        """The chart and its legend as they show, under a caption saying what they count
        and as of when; widgets can only be painted on the GUI thread."""
        lines = self.caption_lines(as_of or datetime.now(UTC))
        return with_caption(self.chart_page.grab().toImage(), lines, self.font(), self.palette())

    async def save_png(self, path: Path, as_of: datetime | None = None) -> None:
        """``as_of``: when the numbers are so (None: now), in the caption and in the PNG's
        own "Creation Time" text (an image viewer's file details show it)."""
        # Encoding and writing take long enough on a slow disk to freeze the window,
        # so only the painting stays on the GUI thread (as every other file write).
        moment = as_of or datetime.now(UTC)
        image = self.render_png(moment)
        image.setText(PNG_TIME_KEY, moment.isoformat(timespec="seconds"))
        # The caption as text too: a viewer's details, a search, a screen reader.
        lines = self.caption_lines(moment)
        image.setText(PNG_TITLE_KEY, lines[0])
        image.setText(PNG_DESCRIPTION_KEY, "\n".join(lines[1:]))
        await asyncio.to_thread(write_png, image, path)

    async def save_csv(self, path: Path, as_of: datetime | None = None) -> None:
        """``as_of``: when the numbers are so (None: now), in a column of its own."""
        text = self.model.to_csv(as_of or datetime.now(UTC))
        await asyncio.to_thread(write_text, text, path)

    def as_of(self) -> datetime:
        """When the numbers shown are so: as last synced offline, else now."""
        return self._synced_at() or datetime.now(UTC)

    def copy_table(self) -> None:
        """Tab-separated for spreadsheets, HTML for e-mail: the pasting program chooses."""
        # Made by Qt, not constructed in Python: a Python-made QMimeData left on the
        # clipboard crashed the process at exit (PySide6 6.11: its wrapper's
        # destructor calls into an interpreter already gone).
        data = QAbstractItemModel.mimeData(self.model, [self.model.index(0, 0)])
        if data is None:
            return
        data.setText(self.model.to_tsv())
        data.setHtml(self.model.to_html())
        QGuiApplication.clipboard().setMimeData(data)

    def _ask_png(self) -> None:
        as_of = self.as_of()  # the numbers' moment when asked, not when the dialog closed
        name = self.file_name(as_of, "png")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), in_save_folder(name), self.tr("PNG image (*.png)")
        )
        if path:
            self._export(self.save_png(Path(path), as_of), Path(path).name)

    def _ask_csv(self) -> None:
        as_of = self.as_of()  # the numbers' moment when asked, not when the dialog closed
        name = self.file_name(as_of, "csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save data"), in_save_folder(name), self.tr("CSV file (*.csv)")
        )
        if path:
            self._export(self.save_csv(Path(path), as_of), Path(path).name)

    def synced_at_from(self, synced_at: Callable[[], datetime | None]) -> None:
        """The page's: when its numbers were last synced, if they may be out of date."""
        self._synced_at = synced_at

    def _export(self, write: Coroutine[Any, Any, None], name: str = "") -> None:
        self._export_error = None
        self._saved = None
        self.retranslate_ui()
        self._tasks.run(
            self._written(write, name, self._synced_at()),
            on_error=self._export_failed,
            name=f"{self._name}_export",
        )

    async def _written(
        self, write: Coroutine[Any, Any, None], name: str, synced_at: datetime | None
    ) -> None:
        await write
        if name:  # said where it went (a newcomer saw nothing happen); as last synced: when
            self._saved = (name, synced_at)
            self.retranslate_ui()

    def _export_failed(self, error: BaseException) -> None:
        if not isinstance(error, ExportFailed):
            self._tasks.report(error)  # not the disk: our bug, shown as such
            return
        self._export_error = error
        self.retranslate_ui()

    # -- text -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.table_button.setText(
            self.tr("Show chart") if self.table_button.isChecked() else self.tr("Show table")
        )
        self.table_button.setAccessibleName(self.tr("Switch between chart and table"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.png_action.setText(self.tr("Save chart as PNG…"))
        self.csv_action.setText(self.tr("Save data as CSV…"))
        self.copy_action.setText(self.tr("Copy as table"))
        self.view.setAccessibleName(self.title.text())
        self.table.setAccessibleName(self.title.text())
        error = self._export_error
        saved = self._saved
        self.export_status.setVisible(error is not None or saved is not None)
        if saved is not None and saved[1] is None:
            self.export_status.setText(self.tr("Saved {file}.").format(file=saved[0]))
        elif saved is not None and saved[1] is not None:
            from desktop.ui.text.formatting import long_datetime

            self.export_status.setText(
                self.tr("Saved {file}, with the numbers as last synced on {time}.").format(
                    file=saved[0], time=long_datetime(saved[1])
                )
            )
        if error is not None and error.reason:
            self.export_status.setText(
                self.tr("Could not save {file}: {reason}").format(
                    file=error.path.name, reason=error.reason
                )
            )
        elif error is not None:
            self.export_status.setText(
                self.tr(
                    "Could not save {file}. Check that its folder exists and that you may "
                    "write there."
                ).format(file=error.path.name)
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.redraw()  # light ↔ dark, larger text: the chart's own colours and fonts follow
        super().changeEvent(event)
