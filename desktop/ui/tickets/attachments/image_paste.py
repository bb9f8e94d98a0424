"""A screenshot pasted (Ctrl+V) into a message box becomes a PNG attachment.

Shared by the reply box and Contact support. Text on the clipboard still pastes as
text: only a clipboard holding an image and no text is taken over. The PNG is written
into the app's data folder (not a temp folder): a draft keeps attachments as paths,
and a draft written offline must still have its screenshot after a restart.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLocale,
    QObject,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from desktop.bootstrap.paths import data_dir
from desktop.ui.tickets.attachments.attachment_picker import MAX_FILE_BYTES, AttachmentPicker

PASTED_DIR = "pasted-images"


def screenshot_name(moment: datetime) -> str:
    """E.g. "Screenshot 2026-12-06 01.23.45.png" in local time; dots, not colons (Windows)."""
    return QCoreApplication.translate("ImagePaste", "Screenshot {time}.png").format(
        time=moment.strftime("%Y-%m-%d %H.%M.%S")
    )


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(data.data())


class ImagePaste(QObject):
    """Watches one editor's Ctrl+V; puts a pasted image into ``picker`` as a PNG file."""

    pasted = Signal(Path)  # the file added: the form can show where it went

    def __init__(self, editor: QPlainTextEdit | QTextEdit, picker: AttachmentPicker) -> None:
        super().__init__(editor)
        self.setObjectName("image_paste")
        self._picker = picker
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            return self.paste_clipboard()
        return super().eventFilter(watched, event)

    def paste_clipboard(self) -> bool:
        """True if the clipboard held an image (taken or refused), False to paste text."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasImage() or mime.hasText() or mime.hasUrls():
            return False
        image = QImage(mime.imageData())
        if image.isNull():
            return False
        self.add_image(image)
        return True

    def add_image(self, image: QImage) -> Path | None:
        data = png_bytes(image)
        name = screenshot_name(datetime.now().astimezone())
        if len(data) > MAX_FILE_BYTES:
            # Nothing written, nothing added: the same limit the service holds (25 MB).
            self._picker.refused.emit(
                self.tr(
                    "The pasted image is {size}; an attachment can be at most 25 MB. "
                    "Paste a smaller part of the screen."
                ).format(size=QLocale().formattedDataSize(len(data)))
            )
            return None
        # A folder of its own: two pastes in the same second keep their own files.
        target = data_dir() / PASTED_DIR / uuid.uuid4().hex / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        self._picker.add_files([target])
        self.pasted.emit(target)
        return target
