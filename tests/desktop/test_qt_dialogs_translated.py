"""Qt's own dialogs speak the user's language whole: the save dialog was half Japanese
(and half Dutch). qtbase's catalog was loaded, but Qt 6.11 asks for "&Look in:",
"Files of &type:" and a disambiguated "Folder" that qtbase_ja and qtbase_nl lack: our
catalog fills those gaps (desktop/ui/text/qt_gaps.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.qt_gaps import qt_gap_texts

EXPECTED = {
    "ja": {
        "lookInLabel": "アドレス(&L):",
        "fileTypeLabel": "ファイルの種類(&T):",
        "buttons": {"保存(&S)", "キャンセル"},
        "folder": "フォルダ",
        "cancel": "キャンセル",
    },
    "nl": {
        "lookInLabel": "&Zoeken in:",
        "fileTypeLabel": "Bestanden van &type:",
        "buttons": {"Op&slaan", "Annuleren"},
        "folder": "Map",
        "cancel": "Annuleren",
    },
}


@pytest.mark.parametrize("code", ["ja", "nl"])
def test_the_save_dialog_is_translated_whole(
    qtbot: QtBot, switcher: LanguageSwitcher, tmp_path: Path, code: str
) -> None:
    switcher.apply(code)
    expected = EXPECTED[code]
    # Qt's own dialog (a native one is the OS's, in its own language).
    dialog = QFileDialog(None, "", str(tmp_path / "chart.png"), "PNG (*.png)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    for name in ("lookInLabel", "fileTypeLabel"):
        label = dialog.findChild(QLabel, name)
        assert label is not None and label.text() == expected[name]
    buttons = {b.text() for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)}
    assert buttons == expected["buttons"]
    # The Type column of a folder.
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == expected["folder"]


@pytest.mark.parametrize("code", ["ja", "nl"])
def test_a_standard_button_is_translated(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str
) -> None:
    switcher.apply(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None and button.text() == EXPECTED[code]["cancel"]


@pytest.mark.parametrize("code", ["ja", "nl"])
def test_every_gap_has_a_translation(switcher: LanguageSwitcher, code: str) -> None:
    switcher.apply(code)
    english = ["&Look in:", "Files of &type:", "Folder", "Drive"]
    assert [t for t, e in zip(qt_gap_texts(), english, strict=True) if t == e] == []
    assert QCoreApplication.translate("QFileDialog", "&Look in:") != "&Look in:"
