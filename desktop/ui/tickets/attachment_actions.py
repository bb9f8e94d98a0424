"""Opening an attachment (downloaded once, opened by the system) and saving it elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.api.models import Attachment
from desktop.services.tickets import TicketService
from desktop.ui.tasks import TaskRunner


class AttachmentActions(QObject):
    opened = Signal(Path)
    saved = Signal(Path)

    def __init__(
        self,
        tasks: TaskRunner,
        service: Callable[[], TicketService | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service = service
        self._parent = parent
        self.save_dialog: QFileDialog | None = None

    def open(self, attachment: Attachment) -> None:
        service = self._service()
        if service is not None:
            self._tasks.run(self._open(service, attachment))

    async def _open(self, service: TicketService, attachment: Attachment) -> None:
        path = await service.fetch_attachment(attachment)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.opened.emit(path)

    def save(self, attachment: Attachment) -> None:
        service = self._service()
        if service is None:
            return
        # Not the static getSaveFileName: its nested event loop would stall the async work.
        dialog = QFileDialog(self._parent, self.tr("Save attachment"))
        dialog.setObjectName("save_attachment_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(attachment.filename)
        dialog.fileSelected.connect(
            lambda name: self._tasks.run(self._save(service, attachment, Path(name)))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.save_dialog = dialog
        dialog.open()

    async def _save(self, service: TicketService, attachment: Attachment, target: Path) -> None:
        await service.save_attachment(attachment, target)
        self.saved.emit(target)
