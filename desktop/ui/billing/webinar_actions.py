"""What can be done with the live webinar picked in the table: put it in a calendar
(an .ics file saved, or handed to the system's calendar) or open its page to join it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QTableView, QWidget

from desktop.api.billing import Webinar
from desktop.services.webinar_calendar import calendar_file_name
from desktop.ui.billing.table_models import ITEM_ROLE, WebinarModel
from desktop.ui.shell.save_folder import save_folder


def calendar_handoff_dir() -> Path:
    """Where a calendar file waits for the system's calendar to read it: the temporary
    folder, which the system cleans (the calendar keeps its own copy)."""
    temp = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    if not temp:
        raise OSError("no temporary folder")
    return Path(temp) / "premium-support-desk-calendar"


class WebinarActions(QWidget):
    save_requested = Signal(Webinar, Path)  # the webinar, the file chosen
    open_in_calendar_requested = Signal(Webinar, Path)  # a file to write, then open

    def __init__(self, table: QTableView, model: WebinarModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("webinar_actions")
        self._table = table
        self._model = model
        self.save_dialog: QFileDialog | None = None
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_webinar_ics_button")
        self.calendar_button = QPushButton()
        self.calendar_button.setObjectName("open_webinar_in_calendar_button")
        self.page_button = QPushButton()
        self.page_button.setObjectName("open_webinar_page_button")
        self.save_button.clicked.connect(self._choose_file)
        self.calendar_button.clicked.connect(self._open_in_calendar)
        self.page_button.clicked.connect(self._open_page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_button)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.page_button)
        layout.addStretch(1)
        model.modelReset.connect(self._pick_first)
        self._watch_selection()
        self._update()
        self.retranslate_ui()

    def _watch_selection(self) -> None:
        selection = self._table.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(self._selection_changed)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update()

    def _pick_first(self) -> None:
        # The soonest session is picked: the buttons work without a click in the table.
        if self._model.rowCount():
            self._table.selectRow(0)
        self._update()

    def current(self) -> Webinar | None:
        index = self._table.currentIndex()
        selection = self._table.selectionModel()
        if not index.isValid() or selection is None or not selection.hasSelection():
            return None
        webinar = self._model.index(index.row(), 0).data(ITEM_ROLE)
        return webinar if isinstance(webinar, Webinar) else None

    def _update(self) -> None:
        webinar = self.current()
        self.save_button.setEnabled(webinar is not None)
        self.calendar_button.setEnabled(webinar is not None)
        self.page_button.setEnabled(webinar is not None and bool(webinar.url))

    def _choose_file(self) -> None:
        webinar = self.current()
        if webinar is None:
            return
        # Not the static getSaveFileName: its nested event loop would stall the async work.
        dialog = QFileDialog(self, self.tr("Add the webinar to a calendar"))
        dialog.setObjectName("save_webinar_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Calendar files (*.ics)"))
        dialog.setDefaultSuffix("ics")
        dialog.setDirectory(str(save_folder()))  # not the working folder
        dialog.selectFile(calendar_file_name(webinar))
        dialog.fileSelected.connect(lambda name: self.save_requested.emit(webinar, Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.save_dialog = dialog
        dialog.open()

    def _open_in_calendar(self) -> None:
        webinar = self.current()
        if webinar is not None:
            target = calendar_handoff_dir() / calendar_file_name(webinar)
            self.open_in_calendar_requested.emit(webinar, target)

    def _open_page(self) -> None:
        webinar = self.current()
        if webinar is not None and webinar.url:
            QDesktopServices.openUrl(QUrl(webinar.url))

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Save to calendar file…"))
        self.calendar_button.setText(self.tr("Add to calendar"))
        self.page_button.setText(self.tr("Open webinar page"))
        self.save_button.setAccessibleName(
            self.tr("Save the chosen webinar as a calendar file (.ics)")
        )
        self.calendar_button.setAccessibleName(
            self.tr("Add the chosen webinar to your calendar app")
        )
        self.page_button.setAccessibleName(self.tr("Open the chosen webinar's page in the browser"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
