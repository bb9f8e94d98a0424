"""Sign-in: server, e-mail, password, "keep me signed in"; errors shown in place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.local_server import DEMO_PASSWORD
from desktop.ui.look.theme import (
    TextRole,
    TypeStep,
    set_font_style,
    set_text_role,
    set_type,
    style_boxed,
    style_primary,
)
from desktop.ui.look.whole_height import keep_text_whole
from desktop.ui.text.wrapped_label import WrappedLabel

# How wide the form opens (wider where its texts need it).
PREFERRED_WIDTH = 460


@dataclass(frozen=True)
class SignInRequest:
    server_url: str
    email: str
    password: str
    remember: bool


class SignInDialog(QDialog):
    """Collects the sign-in; the controller does it and answers with
    ``show_error`` or ``accept``. The typed values are never cleared on failure."""

    sign_in_requested = Signal(SignInRequest)
    local_workspace_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setModal(True)

        self._title = QLabel()
        self._title.setObjectName("sign_in_title")
        set_type(self._title, TypeStep.DIALOG_TITLE)

        self.server_edit = QLineEdit()
        self.server_edit.setObjectName("server_url_edit")
        self.server_edit.setPlaceholderText("https://support.example.com")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email_edit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox()
        self.remember_check.setObjectName("keep_signed_in_check")
        self.remember_check.setChecked(True)

        self.error_label = QLabel()
        self.error_label.setObjectName("sign_in_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style_boxed(self.error_label, "danger")
        self.error_label.hide()

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._server_label = QLabel()
        self._email_label = QLabel()
        self._password_label = QLabel()
        # The local workspace is named as such: its address is an internal port.
        self.local_name = QLabel()
        self.local_name.setObjectName("sign_in_local_workspace")
        self.local_name.hide()
        server_field = QHBoxLayout()
        server_field.setContentsMargins(0, 0, 0, 0)
        server_field.addWidget(self.server_edit)
        server_field.addWidget(self.local_name)
        self._form.addRow(self._server_label, server_field)
        self._form.addRow(self._email_label, self.email_edit)
        self._form.addRow(self._password_label, self.password_edit)
        # Where no system keyring can keep a token, "Keep me signed in" is not offered (it
        # was, and the status bar then said it could not): a quiet note says why instead.
        self.no_keyring_note = WrappedLabel()
        self.no_keyring_note.setObjectName("no_keyring_note")
        set_text_role(self.no_keyring_note, TextRole.SECONDARY)
        # Right under the password, as the box it stands for was (a row taller than its
        # lines put the spare height above them, centred).
        self.no_keyring_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.no_keyring_note.hide()
        self._keyring_usable = True  # until the controller has asked the keyring
        remember_field = QVBoxLayout()
        remember_field.setContentsMargins(0, 0, 0, 0)
        remember_field.addWidget(self.remember_check)
        remember_field.addWidget(self.no_keyring_note)
        self._form.addRow("", remember_field)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("sign_in_button")
        style_primary(self.sign_in_button)  # the main action
        self.sign_in_button.setDefault(True)
        # No Cancel: the form opens only while no one is signed in, and there is nothing
        # to go back to (a newcomer signed out and found one that led to a page offering
        # this form again). Esc or the title bar still put it aside, the page behind
        # offering Sign in… and the menus Settings and Quit.
        self.local_button = QPushButton()
        self.local_button.setObjectName("use_local_workspace_button")
        self.local_button.setAutoDefault(False)
        self.local_button.setFlat(True)
        self.local_button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_font_style(self.local_button, underline=True)
        set_text_role(self.local_button, TextRole.LINK)
        self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(self._form)
        layout.addWidget(self.buttons)
        # The error under the buttons, not over them: there it came and pushed "Sign in"
        # down (34 px, a newcomer's report) just as it was to be clicked again. Below,
        # it moves nothing, and a long one (Japanese, Dutch) wraps to all its lines:
        # the window grows downwards to hold it (keep_text_whole).
        layout.addWidget(self.error_label)
        layout.addStretch(1)  # a taller window's room goes below, not between

        self.sign_in_button.clicked.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.local_button.clicked.connect(self._local_button_clicked)
        self._busy = False
        # The local workspace's address while it is the one signed in to; empty: a server.
        self._local_url = ""
        self._server_label.setBuddy(self.server_edit)
        self.retranslate_ui()
        keep_text_whole(self)  # a small screen opens a window short of its wrapped notes

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Premium Support"))
        self._title.setText(self.tr("Sign in to Premium Support"))
        self._server_label.setText(self.tr("&Server:"))
        self._email_label.setText(self.tr("&E-mail:"))
        self._email_label.setBuddy(self.email_edit)
        self._password_label.setText(self.tr("&Password:"))
        self._password_label.setBuddy(self.password_edit)
        # Signed out of the demo workspace, a newcomer had no account to try but in the
        # README: its admin is named where the address is typed (the field has room for one).
        self.email_edit.setPlaceholderText(
            self.tr("For example {email}").format(email="ava@northwind.example")
            if self._local_url
            else self.tr("you@company.example")
        )
        self.remember_check.setText(self.tr("&Keep me signed in"))
        self.no_keyring_note.setText(
            self.tr(
                "There is no system keyring on this computer to keep you signed in: "
                "you will sign in again each time the app starts."
            )
        )
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.email_edit.setAccessibleName(self.tr("E-mail address"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.sign_in_button.setText(self.tr("Signing in…") if self._busy else self.tr("Sign in"))
        self.local_name.setText(self.tr("Local demo workspace on this computer"))
        # Signed out of the demo workspace, its password is nowhere else to be read.
        self.password_edit.setPlaceholderText(
            self.tr("Demo password: {password}").format(password=DEMO_PASSWORD)
            if self._local_url
            else ""
        )
        self.local_button.setText(
            self.tr("Sign in to a server instead")
            if self._local_url
            else self.tr("Use the local demo workspace")
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Opens at least this wide, but its least width is its layout's: a minimum set
        # by hand is one Qt never raises, and a form opened in English kept it after a
        # switch to Dutch, its link cut at both ends ("laats daarvan aanmelden bij een se").
        hint = super().sizeHint()
        return QSize(max(hint.width(), PREFERRED_WIDTH), hint.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def prefill(self, *, server_url: str, email: str, remember: bool, local_url: str = "") -> None:
        """``local_url``: signing in to the local demo workspace, at this address.

        The form opens afresh: no password and no error left from the last time."""
        self._set_local(local_url)
        self.server_edit.setText(server_url)
        self.email_edit.setText(email)
        self.password_edit.clear()
        self.error_label.clear()
        self.error_label.hide()
        self.remember_check.setChecked(remember)
        self.set_busy(False)
        (
            self.password_edit
            if email
            else self.server_edit
            if not (server_url or local_url)
            else self.email_edit
        ).setFocus()

    @property
    def local(self) -> bool:
        return bool(self._local_url)

    def _set_local(self, local_url: str) -> None:
        self._local_url = local_url
        self.server_edit.setVisible(not local_url)
        self.local_name.setVisible(bool(local_url))
        self._server_label.setBuddy(self.local_button if local_url else self.server_edit)
        self.retranslate_ui()

    def _local_button_clicked(self) -> None:
        if self._local_url:
            self._set_local("")  # the server's address is typed in instead
            self.server_edit.setFocus()
        else:
            self.local_workspace_requested.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        # The fields are read-only while signing in, not disabled: the focus stays where it
        # was (a disabled field hands it on to the next button). Enter meanwhile does nothing:
        # the default button, Sign in, is off.
        for edit in (self.server_edit, self.email_edit, self.password_edit):
            edit.setReadOnly(busy)
        switched = (self.sign_in_button, self.local_button, self.remember_check)
        if busy and any(widget.hasFocus() for widget in switched):
            self.password_edit.setFocus()  # Sign in was clicked: not on to the link
        for widget in switched:
            widget.setEnabled(not busy)
        self.sign_in_button.setDefault(True)
        self.retranslate_ui()

    def set_keyring_usable(self, usable: bool) -> None:
        """Offer "Keep me signed in" only where a system keyring can keep the token."""
        self._keyring_usable = usable
        self.remember_check.setVisible(usable)
        self.no_keyring_note.setVisible(not usable)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    def _submit(self) -> None:
        if self._busy:
            return
        empty = next(
            (
                e
                for e in (self.server_edit, self.email_edit, self.password_edit)
                if not e.text().strip() and not (e is self.server_edit and self._local_url)
            ),
            None,
        )
        if empty is not None:
            self.show_error(self.tr("Please fill in the server, your e-mail address and password."))
            empty.setFocus()
            return
        self.error_label.hide()
        self.set_busy(True)
        self.sign_in_requested.emit(
            SignInRequest(
                server_url=self._local_url or self.server_edit.text().strip(),
                email=self.email_edit.text().strip(),
                password=self.password_edit.text(),
                remember=self._keyring_usable and self.remember_check.isChecked(),
            )
        )
