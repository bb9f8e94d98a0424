"""The application's style: the platform's own, without its stock icons on dialog buttons.

Some desktops' styles put icons on OK, Cancel, Close… (a green arrow, a red ✗) that match
none of the app's own icons (Font Awesome, :mod:`desktop.ui.look.icons`); the buttons say
what they do in words. Installed on the application right after the first paint
(``desktop.bootstrap.app.finish_the_look``): every style hint goes through Python here, and
no dialog is open before it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

_BUTTONS_HAVE_ICONS = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons


class AppStyle(QProxyStyle):
    """The base style in everything but the dialog buttons' icons."""

    def styleHint(  # noqa: N802 - Qt's name
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 - Qt's name
    ) -> int:
        if hint == _BUTTONS_HAVE_ICONS:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def plain_dialog_buttons(app: QApplication) -> None:
    """The application's style (the platform's, or one given with -style) wrapped once."""
    if not isinstance(app.style(), AppStyle):
        app.setStyle(AppStyle(app.style()))
