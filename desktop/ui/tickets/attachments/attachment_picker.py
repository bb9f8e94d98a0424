"""Files to send with a reply or a new ticket: added by button or drag-and-drop, size checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.services import file_types
from desktop.ui.look.icons import button_icon
from desktop.ui.look.theme import FOCUS_RING_ROOM

# The service's limits: 25 MB a file, 20 files a message.
MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_FILES = 20


class AttachmentPicker(QWidget):
    """An "Attach files…" button and one removable chip per chosen file.

    ``drop_target`` (the editor, say) also accepts files dropped on it.
    Refused files are reported through ``refused`` with a reason to show.
    """

    changed = Signal()
    refused = Signal(str)  # why a file was not added, ready to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_picker")
        self.files: list[Path] = []
        self.add_button = QPushButton()
        self.add_button.setIcon(button_icon("paperclip"))
        self.add_button.setObjectName("attach_button")
        self.add_button.clicked.connect(self._choose)
        self._chips = QHBoxLayout()
        self._chips.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        # Room for the focus ring of its buttons (drawn in this widget, cut at its edges).
        room = FOCUS_RING_ROOM
        layout.setContentsMargins(room, room, room, room)
        layout.addWidget(self.add_button)
        layout.addLayout(self._chips)
        layout.addStretch(1)
        self.setAcceptDrops(True)
        self._dialog: QFileDialog | None = None
        self.retranslate_ui()

    def watch_drops_on(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    # -- adding and removing -------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        reasons = []
        for path in paths:
            reason = self._refusal(path)
            if reason:
                reasons.append(reason)
            elif path not in self.files:
                self.files.append(path)
        self._redraw()
        if reasons:
            self.refused.emit("\n".join(reasons))

    def remove(self, path: Path) -> None:
        if path in self.files:
            self.files.remove(path)
            self._redraw()

    def clear(self) -> None:
        self.files.clear()
        self._redraw()

    def _refusal(self, path: Path) -> str:
        if not path.is_file():
            return self.tr("{name} is not a file.").format(name=path.name)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return self.tr("{name} is {size}; an attachment can be at most 25 MB.").format(
                name=path.name, size=QLocale().formattedDataSize(size)
            )
        if file_types.blocked_file(path):
            # The service refuses programs too (422 attachment_type_blocked); say it now.
            return self.tr(
                "{name} is a program or script and cannot be attached. You can attach "
                "documents, images, videos, text and log files, and archives of them."
            ).format(name=path.name)
        if len(self.files) >= MAX_FILES and path not in self.files:
            return self.tr("At most 20 files can be attached to one message.")
        return ""

    def _choose(self) -> None:
        # Not the static getOpenFileNames: its nested event loop would stall the async work.
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setObjectName("attach_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda names: self.add_files([Path(n) for n in names]))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _redraw(self) -> None:
        while self._chips.count():
            item = self._chips.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        for path in self.files:
            chip = QToolButton()
            chip.setObjectName("attachment_chip")
            size = QLocale().formattedDataSize(path.stat().st_size) if path.exists() else ""
            chip.setText(f"{path.name} ({size}) ✕")
            chip.setToolTip(self.tr("Remove {name}").format(name=path.name))
            chip.setAccessibleName(self.tr("Remove {name}").format(name=path.name))
            chip.clicked.connect(lambda _=False, p=path: self.remove(p))
            self._chips.addWidget(chip)
        self.changed.emit()

    # -- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self._take_drop(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.mimeData().hasUrls():
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                self._take_drop(event)
            else:
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def _take_drop(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- text ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Attach files…"))
        self.add_button.setToolTip(
            self.tr("Add files, up to 25 MB each (or drop them on the message)")
        )
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
