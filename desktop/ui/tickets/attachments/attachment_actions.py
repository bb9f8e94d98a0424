"""Opening an attachment (downloaded once, opened by the system) and saving it elsewhere;
an image's thumbnail and full-size view read from that same downloaded copy."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from desktop.api.models import Attachment
from desktop.services.tickets import TicketService
from desktop.ui.shell.save_folder import save_folder
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.attachments.image_decode import THUMBNAIL_SIZE, read_scaled
from desktop.ui.tickets.attachments.image_thumbnail import ThumbnailButton
from desktop.ui.tickets.attachments.image_viewer import ImageViewer, screen_bounds

# Thumbnails downloaded and decoded at once: a thread of fifty images stays responsive.
THUMBNAILS_AT_ONCE = 2


class AttachmentActions(QObject):
    opened = Signal(Path)
    saved = Signal(Path)
    viewer_shown = Signal(object)  # ImageViewer

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
        self.viewer: ImageViewer | None = None
        self._waiting: list[ThumbnailButton] = []
        self._loading = 0

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
        dialog.setDirectory(str(save_folder()))  # not the working folder
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

    # -- images --------------------------------------------------------------------------

    def load_thumbnail(self, button: ThumbnailButton) -> None:
        """Queued; at most THUMBNAILS_AT_ONCE download and decode at a time."""
        self._waiting.append(button)
        self._next_thumbnail()

    def _next_thumbnail(self) -> None:
        service = self._service()
        while service is not None and self._waiting and self._loading < THUMBNAILS_AT_ONCE:
            button = self._waiting.pop(0)
            if not isValid(button):
                continue  # the thread was redrawn meanwhile
            self._loading += 1
            self._tasks.run(
                self._thumbnail(service, button),
                on_error=partial(self._thumbnail_failed, button),
            )

    async def _thumbnail(self, service: TicketService, button: ThumbnailButton) -> None:
        image = await _fetched_image(service, button.attachment, THUMBNAIL_SIZE)
        self._loading -= 1
        if isValid(button):
            if image is None:
                button.show_failed()
            else:
                button.show_image(image)
        self._next_thumbnail()

    def _thumbnail_failed(self, button: ThumbnailButton, _error: BaseException) -> None:
        # Offline or refused: the placeholder says so quietly; the file name stays usable.
        self._loading -= 1
        if isValid(button):
            button.show_failed()
        self._next_thumbnail()

    def view(self, attachment: Attachment) -> None:
        """The full image in a window of its own, fitted to the screen."""
        service = self._service()
        if self.viewer is not None and isValid(self.viewer):
            self.viewer.close()
        viewer = ImageViewer(attachment.filename, self._parent)
        self.viewer = viewer
        viewer.show()
        self.viewer_shown.emit(viewer)
        if service is None:
            viewer.show_failed()
            return
        self._tasks.run(
            self._view(service, attachment, viewer, screen_bounds(viewer)),
            on_error=partial(_viewer_failed, viewer),
        )

    async def _view(
        self, service: TicketService, attachment: Attachment, viewer: ImageViewer, bounds: QSize
    ) -> None:
        image = await _fetched_image(service, attachment, bounds)
        if not isValid(viewer):
            return
        if image is None:
            viewer.show_failed()
        else:
            viewer.show_image(image)


async def _fetched_image(
    service: TicketService, attachment: Attachment, bounds: QSize
) -> QImage | None:
    """Downloaded once into the attachment cache, decoded off the UI thread."""
    import asyncio

    path = await service.fetch_attachment(attachment)
    return await asyncio.to_thread(read_scaled, path, bounds)


def _viewer_failed(viewer: ImageViewer, _error: BaseException) -> None:
    if isValid(viewer):
        viewer.show_failed()
