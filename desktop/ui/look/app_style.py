"""The application's style: the platform's own, without its stock icons on dialog buttons
and without the wash it lays over a list's current cell.

Some desktops' styles put icons on OK, Cancel, Close… (a green arrow, a red ✗) that match
none of the app's own icons (Font Awesome, :mod:`desktop.ui.look.icons`); the buttons say
what they do in words.

Fusion marks a focused list's current cell with a translucent tint drawn over the cell,
its text included: on the selected row's fill (desktop/ui/look/theme.py,
``selected_row_colours``, 7:1 for its text) the subject's text came out washed, 5.9:1 in
the dark. The row's fill and the view's focus ring already say where the keyboard is.

Installed on the application right after the first paint
(``desktop.bootstrap.app.finish_the_look``): every style hint goes through Python here, and
no dialog is open before it.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

_BUTTONS_HAVE_ICONS = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
_FOCUS_RECT = QStyle.PrimitiveElement.PE_FrameFocusRect


class AppStyle(QProxyStyle):
    """The base style in everything but the dialog buttons' icons and a list's focus wash."""

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _FOCUS_RECT and isinstance(widget, QAbstractItemView):
            return  # over the cell's text: the row's fill and the view's ring show focus
        super().drawPrimitive(element, option, painter, widget)

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
