"""An image attachment full size in a window of its own, fitted to the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.ui.text.wrapped_label import WrappedLabel

# Room left around the picture for the window's frame and the taskbar.
SCREEN_MARGIN = 64


def screen_bounds(widget: QWidget) -> QSize:
    """How big a picture may be to fit the screen the widget is on."""
    screen = widget.screen()
    area = screen.availableGeometry().size() if screen is not None else QSize(1024, 768)
    return (area - QSize(SCREEN_MARGIN, SCREEN_MARGIN)).expandedTo(QSize(64, 64))


class ImageViewer(QDialog):
    """Not modal: the thread stays usable beside it. Esc closes it (QDialog's own key)."""

    def __init__(self, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filename = filename
        self.setObjectName("image_viewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(filename)
        self.setAccessibleName(filename)
        self.picture = WrappedLabel()
        self.picture.setObjectName("image_viewer_picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(filename)
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picture.setMinimumSize(360, 160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        self._state = "loading"
        self.retranslate_ui()

    def show_image(self, image: QImage) -> None:
        self._state = "shown"
        pixmap = QPixmap.fromImage(image)
        self.picture.setWordWrap(False)
        self.picture.setPixmap(pixmap)
        self.resize(pixmap.size())
        self._centre_on_screen()
        self.picture.setFocus()

    def _centre_on_screen(self) -> None:
        """Grown from its loading size around its old top-left corner, the window could
        reach past the screen's edge: it is centred on the screen again."""
        screen = self.screen()
        if screen is None:
            return
        frame = self.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        self.move(frame.topLeft())

    def show_failed(self) -> None:
        self._state = "failed"
        self.picture.setMargin(24)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._state == "loading":
            self.picture.setText(self.tr("Loading {name}…").format(name=self.filename))
        elif self._state == "failed":
            self.picture.setText(
                self.tr(
                    "{name} cannot be shown: it could not be downloaded, or it is not an "
                    "image this app can read safely."
                ).format(name=self.filename)
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
