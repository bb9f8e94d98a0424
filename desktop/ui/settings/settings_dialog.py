"""Settings: language (switched at once, no restart), notifications, the server, the network."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.look.whole_height import keep_text_whole
from desktop.ui.settings.network_settings_box import NetworkSettingsBox
from desktop.ui.text.i18n import LANGUAGES
from desktop.ui.text.wrapped_label import WrappedLabel

# The dialog's least width; wider where its fields' hints and labels need it.
MIN_WIDTH = 520
# The language combo's choice that follows the signed-in account (AppSettings.language "").
ACCOUNT_LANGUAGE = ""


@dataclass(frozen=True)
class SettingsChange:
    language: str  # empty: the signed-in account's language
    server_url: str  # empty: the local demo workspace
    notify_answers: bool = True
    proxy_url: str = ""  # empty: the system's proxy
    ca_file: str = ""  # empty: only the system's certificates
    # A language chosen in the dialog (False: the one given at start is kept this run).
    language_chosen: bool = True


class SettingsDialog(QDialog):
    settings_accepted = Signal(SettingsChange)

    def __init__(
        self,
        *,
        language: str,
        server_url: str,
        notify_answers: bool = True,
        proxy_url: str = "",
        ca_file: str = "",
        started_language: str = "",
        account_language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``started_language``: the language given at start for this run (--language),
        which holds over ``language``, the one kept on this machine; empty: none given.
        ``account_language``: the signed-in account's (named in its choice); empty: not
        known (signed out)."""
        super().__init__(parent)
        self._account_language = account_language
        self.setObjectName("settings_dialog")
        self.setMinimumWidth(MIN_WIDTH)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        # First, the default: the account's language, unless one is chosen on this machine.
        self.language_combo.addItem("", ACCOUNT_LANGUAGE)
        for lang in LANGUAGES:
            self.language_combo.addItem(lang.native_name, lang.code)
        self._language = language
        # Each language is listed once, by its own name: one given at start is its own
        # entry, chosen (it was listed a second time as "English (chosen at start)", so
        # English showed three times beside "The account's language (English)"). Left as
        # it is, OK keeps the saved choice, which this run does not follow.
        shown = started_language or language
        self._started_index = (
            self.language_combo.findData(started_language) if started_language else -1
        )
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(shown)))

        self._general_box = QGroupBox()
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language_combo)
        general = QFormLayout(self._general_box)
        general.addRow(self._language_label, self.language_combo)
        # Says why the saved choice is not the one shown, and what choosing here does.
        self._started_note = WrappedLabel()
        self._started_note.setObjectName("language_started_note")
        set_text_role(self._started_note, TextRole.SECONDARY)
        self._started_note.setVisible(self._started_index >= 0)
        general.addRow(self._started_note)
        self.notify_check = QCheckBox()
        self.notify_check.setObjectName("notify_answers_check")
        self.notify_check.setChecked(notify_answers)
        general.addRow(self.notify_check)

        self._server_box = QGroupBox()
        self._server_box.setObjectName("server_group")
        self.local_radio = QRadioButton()
        self.local_radio.setObjectName("local_workspace_radio")
        self.remote_radio = QRadioButton()
        self.remote_radio.setObjectName("remote_server_radio")
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.local_radio)
        self._mode.addButton(self.remote_radio)
        self.server_edit = QLineEdit(server_url)
        self.server_edit.setObjectName("settings_server_url_edit")
        self.server_edit.setPlaceholderText("https://support.example.com")
        self._server_hint = WrappedLabel()
        set_text_role(self._server_hint, TextRole.SECONDARY)
        server = QVBoxLayout(self._server_box)
        server.addWidget(self.local_radio)
        server.addWidget(self.remote_radio)
        server.addWidget(self.server_edit)
        server.addWidget(self._server_hint)
        (self.remote_radio if server_url else self.local_radio).setChecked(True)
        self.server_edit.setEnabled(bool(server_url))
        self.remote_radio.toggled.connect(self.server_edit.setEnabled)
        self.remote_radio.toggled.connect(lambda on: on and self.server_edit.setFocus())

        self.network_box = NetworkSettingsBox(proxy_url=proxy_url, ca_file=ca_file)

        self.error_label = WrappedLabel()
        self.error_label.setObjectName("settings_error")
        set_text_role(self.error_label, TextRole.DANGER)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("settings_ok_button")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._general_box)
        layout.addWidget(self._server_box)
        layout.addWidget(self.network_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._wide_enough()  # before it is first shown; then as its layout changes
        keep_text_whole(self)  # a small screen opened it short, the server note cut

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._general_box.setTitle(self.tr("General"))
        self._language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        account = self.language_combo.findData(ACCOUNT_LANGUAGE)
        account_name = self._language_name(self._account_language)
        self.language_combo.setItemText(
            account,
            self.tr("The account's language ({language})").format(language=account_name)
            if account_name
            else self.tr("The account's language"),
        )
        self._started_note.setText(
            self.tr("Chosen at start for this run. A language you choose here is kept.")
        )
        self.language_combo.setAccessibleDescription(
            self._started_note.text() if self._started_index >= 0 else ""
        )
        self.notify_check.setText(self.tr("&Notify me when support answers one of my tickets"))
        self._server_box.setTitle(self.tr("Server"))
        self.local_radio.setText(self.tr("Local &demo workspace on this computer"))
        self.remote_radio.setText(self.tr("&Premium Support server:"))
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self._server_hint.setText(
            self.tr(
                "The local demo workspace keeps a sample team on this computer. "
                "Choose a server to work with your team's real tickets."
            )
        )

    def _language_name(self, code: str) -> str:
        """A language's name in the UI's language (empty: none, or not one of ours)."""
        names = {"en": self.tr("English"), "ja": self.tr("Japanese"), "nl": self.tr("Dutch")}
        return names.get(code, "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._wide_enough()
        return super().event(event)

    def _wide_enough(self) -> None:
        """As wide as the layout's least width: a minimum width set on a window keeps Qt
        from raising it to its layout's, and the fields, as wide as their hints, took the
        room of their labels ("Extra vertrouwd certificaat (PEM):" shown as "Extra")."""
        layout = self.layout()
        if layout is None:
            return
        width = max(MIN_WIDTH, layout.totalMinimumSize().width())
        if width != self.minimumWidth():
            self.setMinimumWidth(width)

    def focus_server(self) -> None:
        self.remote_radio.setChecked(True)
        self.server_edit.setFocus()

    def _accept(self) -> None:
        server_url = self.server_edit.text().strip() if self.remote_radio.isChecked() else ""
        if self.remote_radio.isChecked() and not server_url:
            self.error_label.setText(
                self.tr("Enter the server's address, or choose the local demo workspace.")
            )
            self.error_label.show()
            self.server_edit.setFocus()
            return
        self.error_label.hide()
        if not self.network_box.validate():
            return
        language = str(self.language_combo.currentData())
        chosen = self.language_combo.currentIndex() != self._started_index
        if not chosen:
            language = self._language  # kept as saved: this run goes on as started
        self.settings_accepted.emit(
            SettingsChange(
                language=language,
                language_chosen=chosen,
                server_url=server_url,
                notify_answers=self.notify_check.isChecked(),
                proxy_url=self.network_box.proxy_url,
                ca_file=self.network_box.ca_file,
            )
        )
        self.accept()
