"""Settings → Network: a proxy and an extra trusted certificate, for company networks.

Both are optional: empty means the system's proxy settings and certificate store
(desktop/api/network.py). They are checked here, where the user can still fix them,
rather than surfacing later as a connection that fails for an unclear reason.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.api.network import InvalidProxyUrl, check_ca_file, check_proxy_url
from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.whole_placeholder import keep_placeholder_whole
from desktop.ui.text.wrapped_label import WrappedLabel


class NetworkSettingsBox(QGroupBox):
    def __init__(self, *, proxy_url: str = "", ca_file: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("network_group")
        self.file_dialog: QFileDialog | None = None

        self.proxy_edit = QLineEdit(proxy_url)
        self.proxy_edit.setObjectName("proxy_url_edit")
        self._proxy_label = QLabel()
        self._proxy_label.setBuddy(self.proxy_edit)
        self.proxy_error = _error_label("proxy_url_error")

        self.ca_edit = QLineEdit(ca_file)
        self.ca_edit.setObjectName("ca_file_edit")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("ca_file_browse_button")
        self.browse_button.clicked.connect(self._browse)
        self._ca_label = QLabel()
        self._ca_label.setBuddy(self.ca_edit)
        self.ca_error = _error_label("ca_file_error")
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.browse_button)

        self._hint = WrappedLabel()
        self._hint.setObjectName("network_hint")
        set_text_role(self._hint, TextRole.SECONDARY)

        form = QFormLayout(self)
        form.addRow(self._proxy_label, self.proxy_edit)
        form.addRow(self.proxy_error)
        form.addRow(self._ca_label, ca_row)
        form.addRow(self.ca_error)
        form.addRow(self._hint)
        QWidget.setTabOrder(self.proxy_edit, self.ca_edit)
        QWidget.setTabOrder(self.ca_edit, self.browse_button)

        # Errors go as soon as the text is right again; they appear on leaving the field.
        self.proxy_edit.textChanged.connect(lambda: self._proxy_valid(quiet=True))
        self.proxy_edit.editingFinished.connect(self._proxy_valid)
        self.ca_edit.textChanged.connect(lambda: self.ca_error.hide())
        self.ca_edit.editingFinished.connect(self._ca_valid)
        self.retranslate_ui()

    @property
    def proxy_url(self) -> str:
        return self.proxy_edit.text().strip()

    @property
    def ca_file(self) -> str:
        return self.ca_edit.text().strip()

    def validate(self) -> bool:
        """Show what is wrong and focus it; True when both fields can be saved."""
        if not self._proxy_valid():
            self.proxy_edit.setFocus()
            return False
        if not self._ca_valid():
            self.ca_edit.setFocus()
            return False
        return True

    def _proxy_valid(self, quiet: bool = False) -> bool:
        try:
            check_proxy_url(self.proxy_url)
        except InvalidProxyUrl:
            if not quiet:
                self.proxy_error.show()
            return False
        self.proxy_error.hide()
        return True

    def _ca_valid(self) -> bool:
        try:
            check_ca_file(self.ca_file)
        except (OSError, ssl.SSLError):  # missing, unreadable, or not PEM certificates
            self.ca_error.show()
            return False
        self.ca_error.hide()
        return True

    def _browse(self) -> None:
        # open(), not exec(): a nested event loop would stall the async work meanwhile.
        dialog = QFileDialog(self, self.tr("Extra trusted certificate"))
        dialog.setObjectName("ca_file_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("Certificates (*.pem *.crt *.cer)"), self.tr("All files (*)")]
        )
        if self.ca_file:
            dialog.setDirectory(str(Path(self.ca_file).parent))
        dialog.fileSelected.connect(self._file_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def _file_chosen(self, path: str) -> None:
        self.ca_edit.setText(path)
        self._ca_valid()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Network"))
        self._proxy_label.setText(self.tr("P&roxy:"))
        self.proxy_edit.setPlaceholderText(self.tr("Use the system's proxy"))
        self.proxy_edit.setAccessibleName(self.tr("Proxy address"))
        self.proxy_error.setText(
            self.tr(
                "Enter the proxy as http://host:port, for example "
                "http://proxy.example.com:8080 (with a user name and password: "
                "http://name:password@proxy.example.com:8080), or leave it empty to use "
                "the system's proxy."
            )
        )
        self._ca_label.setText(self.tr("Extra trusted &certificate (PEM):"))
        self.ca_edit.setPlaceholderText(self.tr("None (system certificates only)"))
        self.ca_edit.setAccessibleName(self.tr("Extra trusted certificate file"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the certificate file"))
        self.ca_error.setText(
            self.tr(
                "This file cannot be used: it does not exist, or holds no PEM certificate "
                "(text that begins with -----BEGIN CERTIFICATE-----). Choose the certificate "
                "file your IT department gave you."
            )
        )
        self._hint.setText(
            self.tr(
                "Only needed if your IT department asks for it. Changes apply the next time "
                "the app connects to a server: when you sign in again or restart the app."
            )
        )
        self._keep_hints_whole()

    def _keep_hints_whole(self) -> None:
        """The fields as wide as their hints: the dialog widens where a language needs it."""
        for edit in (self.proxy_edit, self.ca_edit):
            keep_placeholder_whole(edit)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._keep_hints_whole()  # the hints' width follows the text's size
        super().changeEvent(event)


def _error_label(name: str) -> WrappedLabel:
    label = WrappedLabel()
    label.setObjectName(name)
    set_text_role(label, TextRole.DANGER)
    label.hide()
    return label
