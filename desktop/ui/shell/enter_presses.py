"""Enter presses the focused button, in the window's pages as in dialogs (issue 19).

Qt clicks a push button on Enter only when it is a dialog's (``autoDefault``, or the
default button); in the main window's pages only Space did. One filter for the
application, not a flag per button: the buttons of every page, and of those made later,
answer Enter alike (the filter sits on the focused one). A dialog's buttons are left to
Qt (its default button too), and so is every other widget: Enter in a line edit, a table
or the reply box does what it did.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

# A button Enter never presses, even focused (a payment): Space and a click still do.
NOT_BY_ENTER = "never_pressed_by_enter"


class EnterPressesButtons(QObject):
    """Watches the focused push button only (set on each as it takes the focus): a filter
    on the application would have every event of every widget pass through Python."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(old, QPushButton):
            old.removeEventFilter(self)
        if isinstance(new, QPushButton):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPushButton):
            return False
        assert isinstance(event, QKeyEvent)
        # Enter alone (the keypad's too); Ctrl+Enter and the like stay the window's keys.
        extra = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in ENTER_KEYS or extra != Qt.KeyboardModifier.NoModifier:
            return False
        if watched.property(NOT_BY_ENTER):
            return False  # left to Qt, which presses no button that is not autoDefault
        if watched.autoDefault() or watched.isDefault():
            return False  # Qt clicks it already (in a dialog)
        if watched.isEnabled():
            watched.animateClick()  # seen pressed, as with Space
        return True


def never_pressed_by_enter(button: QPushButton) -> None:
    """Enter leaves ``button`` alone when it has the focus (set ``autoDefault`` off too)."""
    button.setProperty(NOT_BY_ENTER, True)


def press_buttons_with_enter(app: QApplication) -> None:
    """Install the filter on ``app``, once however many windows ask."""
    if app.findChild(EnterPressesButtons) is None:
        EnterPressesButtons(app)
