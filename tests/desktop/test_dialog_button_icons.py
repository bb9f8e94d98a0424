"""OK, Cancel, Close… say what they do in words: no style's stock icons (a green arrow, a
red ✗) that match none of the app's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

# In a process of its own: the application's style is set once, for good.
SCRIPT = """
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProxyStyle, QStyle


class StockIcons(QProxyStyle):
    # As the styles of desktops that put icons on dialog buttons (offscreen's has none).
    def styleHint(self, hint, option=None, widget=None, returnData=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


Button = QDialogButtonBox.StandardButton


def ok_has_icon():
    box = QDialogButtonBox(Button.Ok | Button.Cancel)
    return not box.button(Button.Ok).icon().isNull()


app = QApplication([])
app.setStyle(StockIcons("fusion"))
print("before", ok_has_icon())
from desktop.bootstrap.app import finish_the_look
from desktop.ui.settings.settings_dialog import SettingsDialog

finish_the_look(app)  # as the app does after its first paint
print("after", ok_has_icon())
dialog = SettingsDialog(language="", server_url="")
ok = dialog.buttons.button(Button.Ok)
print("settings", not ok.icon().isNull())
"""


def test_the_apps_dialog_buttons_show_no_stock_icons() -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.split()
    # The stand-in puts them on; the app's style takes them off, on every dialog's buttons.
    assert lines == ["before", "True", "after", "False", "settings", "False"], run.stdout


def test_the_style_keeps_the_look_of_the_one_it_wraps(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QStyle, QStyleFactory

    from desktop.ui.look.app_style import AppStyle

    base = QStyleFactory.create("fusion")
    style = AppStyle(QStyleFactory.create("fusion"))
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert style.styleHint(hint) == 0
    for other in (
        QStyle.StyleHint.SH_DialogButtonLayout,
        QStyle.StyleHint.SH_Menu_Scrollable,
    ):
        assert style.styleHint(other) == base.styleHint(other)
    assert style.baseStyle().name() == base.name()
