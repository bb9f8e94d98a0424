"""An image attachment as a picture in the thread: a placeholder until its bytes arrive."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from desktop.api.models import Attachment
from desktop.ui.look.theme import style_focus_ring
from desktop.ui.tickets.attachments.image_decode import THUMBNAIL_SIZE


class ThumbnailButton(QToolButton):
    """Click, Enter or Space shows the full image. Loaded by whoever owns the service
    (``requested`` is set then): the thread asks only for thumbnails scrolled into view."""

    LOADING, SHOWN, FAILED = "loading", "shown", "failed"

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName(f"thumbnail_{attachment.id}")
        self.requested = False
        self.state = self.LOADING
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A button's frame: the placeholder reads as something to click, not as empty space.
        self.setAutoRaise(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # The placeholder takes the thumbnail's room, so the thread does not jump on load.
        self.setFixedSize(THUMBNAIL_SIZE + QSize(8, 8))
        style_focus_ring(self)
        self.retranslate_ui()

    def show_image(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        self.setIcon(QIcon(pixmap))
        self.setIconSize(pixmap.size())
        self.setFixedSize(pixmap.size() + QSize(8, 8))  # a tall image: no empty room beside it
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.state = self.SHOWN
        self.retranslate_ui()

    def show_failed(self) -> None:
        self.state = self.FAILED
        self.requested = False  # asked again when the thread is next drawn
        self.retranslate_ui()

    def thumbnail_size(self) -> QSize:
        return self.iconSize() if self.state == self.SHOWN else QSize()

    def retranslate_ui(self) -> None:
        name = self.attachment.filename
        # A long name is shortened in the picture's place; the chip below has it in full.
        shown = self.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideMiddle, THUMBNAIL_SIZE.width() - 16
        )
        if self.state == self.LOADING:
            self.setText(self.tr("{name}\nLoading…").format(name=shown))
            self.setToolTip(self.tr("Loading the image"))
        elif self.state == self.FAILED:
            self.setText(self.tr("{name}\nNo preview").format(name=shown))
            self.setToolTip(
                self.tr("The preview could not be loaded (offline?). Click to try to show it.")
            )
        else:
            self.setText(name)
            self.setToolTip(self.tr("Show {name} full size").format(name=name))
        self.setAccessibleName(self.tr("Image {name}").format(name=name))
        self.setAccessibleDescription(self.tr("Press Enter to show it full size"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # A tool button clicks on Space only; Enter shows the image too.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
