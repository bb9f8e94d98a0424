"""Why the local demo workspace stopped, in detail: opened from its banner's Details….

Not modal, and not opened by itself: the banner already says it stopped and offers the
way back ("Start it again"); this says what ended the process, what to do, where its log
is (a path to copy), and the log's last error lines, not its access lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.local_server import LocalServerFailed
from desktop.ui.text.local_stop_text import (
    copied_details,
    no_error_lines,
    what_to_do,
    why_stopped_exactly,
)
from desktop.ui.text.wrapped_label import WrappedLabel


class LocalStopDetails(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("local_stop_details")
        self.setModal(False)
        self.failure: LocalServerFailed | None = None
        self.reason = WrappedLabel()
        self.reason.setObjectName("local_stop_reason")
        self.log_label = QLabel()
        self.log_path = QLineEdit()
        self.log_path.setObjectName("local_stop_log_path")
        self.log_path.setReadOnly(True)  # selectable and copyable, not editable
        self.log_label.setBuddy(self.log_path)
        self.errors_label = QLabel()
        self.errors = QPlainTextEdit()
        self.errors.setObjectName("local_stop_error_lines")
        self.errors.setReadOnly(True)
        self.errors.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.errors_label.setBuddy(self.errors)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("local_stop_copy_button")
        self.copy_button.clicked.connect(self._copy)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.log_label)
        layout.addWidget(self.log_path)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 320)
        self.retranslate_ui()

    def show_failure(self, failure: LocalServerFailed) -> None:
        self.failure = failure
        self.retranslate_ui()
        self.show()
        self.raise_()
        self.activateWindow()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Why the local demo workspace stopped"))
        self.log_label.setText(self.tr("Its &log file:"))
        self.errors_label.setText(self.tr("The last &error lines in its log:"))
        self.copy_button.setText(self.tr("Copy details"))
        failure = self.failure
        if failure is None:
            return
        self.reason.setText(f"{why_stopped_exactly(failure)}\n\n{what_to_do()}")
        self.log_path.setText(str(failure.log_path))
        self.log_path.setCursorPosition(0)
        self.errors.setPlainText(failure.error_lines or no_error_lines())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _copy(self) -> None:
        if self.failure is not None:
            QGuiApplication.clipboard().setText(copied_details(self.failure))
