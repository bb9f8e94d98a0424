"""A list's title row when its buttons do not fit beside the title (issue 19).

Dutch at 150 % text: "Mijn tickets", "Contact opnemen met Support…", "Exporteren…" and
"Vernieuwen" need more than the page has at the usual window size, and the primary
button was cut ("Contact opnemen met Support‥"). Short of room, the secondary buttons
(Export, Refresh) show their icons only, their words in the tooltip and the accessible
name; the primary action keeps its words. Back to words when the room is there again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QHelpEvent, QIcon
from PySide6.QtWidgets import QBoxLayout, QPushButton, QToolTip, QWidget


class HeaderFit(QObject):
    def __init__(
        self,
        page: QWidget,
        row: QBoxLayout,
        buttons: tuple[tuple[QPushButton, QIcon], ...],
        others: tuple[QPushButton, ...] = (),
    ) -> None:
        """``buttons``: those that may give up their words, each with the icon it shows
        then (Refresh has none beside its words); ``others``: the row's buttons that keep
        theirs (the primary action)."""
        super().__init__(page)
        self._others = others
        self._measure_again = False
        self._page = page
        self._row = row
        self._buttons = dict(buttons)
        self._own_icons = {button: button.icon() for button in self._buttons}
        self._words: dict[QPushButton, str] = dict.fromkeys(self._buttons, "")
        self.compact = False
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.arrange)
        page.installEventFilter(self)
        for button in self._buttons:
            button.installEventFilter(self)

    def set_text(self, button: QPushButton, text: str) -> None:
        """``button``'s words (shown, or in its tooltip while the row is short of room)."""
        self._words[button] = text
        button.setAccessibleName(text)
        if not self.compact:
            button.setText(text)
        self._again.start()

    def full_width(self) -> int:
        """The row's width with every button in words (the page's margins included)."""
        self._row.invalidate()
        width = self._row.sizeHint().width()
        if self.compact:
            for button in self._buttons:
                if not button.isHidden():
                    width += self._worded_width(button) - button.sizeHint().width()
        layout = self._page.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            width += margins.left() + margins.right()
        return width

    def _worded_width(self, button: QPushButton) -> int:
        shown, icon = button.text(), button.icon()
        button.setText(self._words[button])
        button.setIcon(self._own_icons[button])
        width = button.sizeHint().width()
        button.setText(shown)
        button.setIcon(icon)
        return width

    def _short_width(self, button: QPushButton) -> int:
        shown, icon = button.text(), button.icon()
        button.setText("")
        button.setIcon(self._buttons[button])
        width = button.sizeHint().width()
        button.setText(shown)
        button.setIcon(icon)
        return width

    def _fresh_hints(self) -> None:
        """A push button keeps the size it measured before the text's font changed
        (Japanese at 150 %: 250 px for words drawn in 262, cut "サポートに問い合わせる‥"):
        its words set anew, it measures them again."""
        for button in (*self._others, *self._buttons):
            words = button.text()
            if words:
                button.setText("")
                button.setText(words)

    def arrange(self) -> None:
        if self._measure_again:
            self._measure_again = False
            self._fresh_hints()
        # The page never asks for the words' width: asked, it kept the window from giving
        # the navigation its width and the list its room (a state that held itself).
        for button in self._buttons:
            button.setMinimumWidth(self._short_width(button))
        compact = self.full_width() > self._page.width()
        if compact == self.compact:
            return
        self.compact = compact
        for button, short_icon in self._buttons.items():
            if compact:
                button.setText("")
                button.setIcon(short_icon)
            else:
                button.setIcon(self._own_icons[button])
                button.setText(self._words[button])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self._page:
            if kind in (
                QEvent.Type.Resize,
                QEvent.Type.FontChange,
                QEvent.Type.LanguageChange,
                QEvent.Type.StyleChange,
            ):
                if kind != QEvent.Type.Resize:
                    self._measure_again = True
                self._again.start()
        elif isinstance(watched, QPushButton):
            if kind in (QEvent.Type.Show, QEvent.Type.Hide):
                self._again.start()  # a button more or less in the row
            elif kind == QEvent.Type.ToolTip and self.compact:
                # Its words first, then what it does ("Export… — Save this list …").
                assert isinstance(event, QHelpEvent)
                words, tip = self._words[watched], watched.toolTip()
                QToolTip.showText(event.globalPos(), f"{words}\n{tip}" if tip else words, watched)
                return True
        return False
