"""Settings → Network: what it refuses (and says why), and what it keeps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.network import NetworkOptions, check_proxy_url, proxy_for
from desktop.ui.settings.settings_dialog import SettingsChange, SettingsDialog
from tests.support.app import make_settings


def _pem_certificate(path: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Contoso Test Root")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def _dialog(qtbot: QtBot) -> tuple[SettingsDialog, list[SettingsChange]]:
    dialog = SettingsDialog(language="en", server_url="https://support.example.com")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    changes: list[SettingsChange] = []
    dialog.settings_accepted.connect(changes.append)
    return dialog, changes


def _ok(dialog: SettingsDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    "typed",
    [
        "proxy.example.com:8080",  # no scheme
        "http://proxy.example.com",  # no port
        "socks5://proxy.example.com:1080",
        "http://proxy.example.com:99999",
        "http://:8080",
        "http://proxy.example.com:8080/path",
    ],
)
def test_an_invalid_proxy_blocks_ok_and_says_what_is_expected(qtbot: QtBot, typed: str) -> None:
    dialog, changes = _dialog(qtbot)
    box = dialog.network_box
    qtbot.keyClicks(box.proxy_edit, typed)
    _ok(dialog, qtbot)
    assert changes == []
    assert dialog.isVisible() and dialog.result() == 0
    assert box.proxy_error.isVisible()
    assert "http://host:port" in box.proxy_error.text()
    assert dialog.focusWidget() is box.proxy_edit  # where the fix goes

    box.proxy_edit.setText("http://proxy.example.com:8080")
    assert not box.proxy_error.isVisible()  # gone as soon as it is right


def test_a_file_that_is_not_a_pem_certificate_blocks_ok(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, changes = _dialog(qtbot)
    box = dialog.network_box
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("not a certificate")
    for path in (not_pem, tmp_path / "missing.pem"):
        box.ca_edit.setText(str(path))
        _ok(dialog, qtbot)
        assert changes == []
        assert box.ca_error.isVisible()
        assert "PEM" in box.ca_error.text()


def test_valid_values_are_kept_in_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, changes = _dialog(qtbot)
    box = dialog.network_box
    ca = _pem_certificate(tmp_path / "company root.pem")
    qtbot.keyClicks(box.proxy_edit, " http://ann:pa%40ss@proxy.example.com:3128 ")
    box._file_chosen(str(ca))  # what the file dialog's fileSelected hands over
    _ok(dialog, qtbot)
    assert len(changes) == 1
    change = changes[0]
    assert change.proxy_url == "http://ann:pa%40ss@proxy.example.com:3128"
    assert change.ca_file == str(ca)

    # As the controller keeps them, and as the next connection reads them back: the
    # password from the keyring, never from the file (tests/desktop/test_proxy_password.py).
    settings = make_settings(tmp_path, proxy_url=change.proxy_url, ca_file=change.ca_file)
    settings.sync()
    assert settings.network_options() == NetworkOptions(change.proxy_url, str(ca))
    again = make_settings(tmp_path)
    assert again.network_options() == NetworkOptions("http://ann@proxy.example.com:3128", str(ca))
    again.proxy_password = "pa@ss"
    assert again.network_options() == NetworkOptions(change.proxy_url, str(ca))


def test_empty_fields_mean_the_systems_settings(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, changes = _dialog(qtbot)
    _ok(dialog, qtbot)
    assert changes[0].proxy_url == "" and changes[0].ca_file == ""
    assert make_settings(tmp_path).network_options() == NetworkOptions()


def test_the_fields_are_labelled_and_in_tab_order(qtbot: QtBot) -> None:
    dialog, _changes = _dialog(qtbot)
    box = dialog.network_box
    assert box._proxy_label.buddy() is box.proxy_edit
    assert box._ca_label.buddy() is box.ca_edit
    for widget in (box.proxy_edit, box.ca_edit, box.browse_button):
        assert widget.accessibleName()
    assert _next_tab_stop(box.proxy_edit) is box.ca_edit
    assert _next_tab_stop(box.ca_edit) is box.browse_button
    assert _next_tab_stop(dialog.server_edit) is box.proxy_edit


def _next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the focus chain without the labels."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def test_browse_opens_a_file_dialog_without_blocking(qtbot: QtBot) -> None:
    dialog, _changes = _dialog(qtbot)
    box = dialog.network_box
    qtbot.mouseClick(box.browse_button, Qt.MouseButton.LeftButton)  # returns: not exec()
    assert box.file_dialog is not None and box.file_dialog.isVisible()
    box.file_dialog.reject()


def test_a_settings_proxy_is_never_used_for_the_local_workspace() -> None:
    options = NetworkOptions(proxy_url="http://proxy.example.com:8080")
    assert proxy_for("http://127.0.0.1:8765", options) is None
    assert proxy_for("http://localhost:8765", options) is None
    assert proxy_for("https://support.example.com", options) == options.proxy_url
    assert check_proxy_url("  ") == ""


async def test_an_extra_ca_file_that_went_missing_is_explained(tmp_path: Path) -> None:
    from desktop.api.client import ApiClient
    from desktop.api.errors import ExtraCertificateUnusable
    from desktop.ui.text.error_text import describe

    missing = tmp_path / "moved-root.pem"  # chosen once, moved since
    client = ApiClient("https://127.0.0.1:9", network=NetworkOptions(ca_file=str(missing)))
    try:
        with pytest.raises(ExtraCertificateUnusable) as caught:
            await client.health()
    finally:
        await client.aclose()
    assert caught.value.path == str(missing)
    text = describe(caught.value).text
    assert f"“{missing}” cannot be loaded" in text and "Settings → Network" in text
