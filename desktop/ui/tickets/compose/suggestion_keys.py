"""The arrow keys between the subject and the help articles suggested under it (issue 19).

Tab goes from the subject to the description, as the admin writes: the articles, in the
Tab order after the form's fields, are also a Down arrow away from the subject, as the
suggestions of a search field or an address box are. Up and Down walk their titles; Up
from the first goes back to the subject, the caret where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.ui.tickets.compose.article_suggestions import ArticleSuggestions

ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down)


class SuggestionKeys(QObject):
    """Down from ``field`` to the first article's title; Up and Down between the titles."""

    def __init__(self, field: QLineEdit, suggestions: ArticleSuggestions) -> None:
        super().__init__(field)
        self._field = field
        self._suggestions = suggestions
        field.installEventFilter(self)
        suggestions.updated.connect(self._watch_rows)

    def titles(self) -> list[QWidget]:
        """The articles' titles shown, top to bottom (each a link to the article)."""
        if not self._suggestions.isVisible():
            return []
        return [row.link for row in self._suggestions.rows]

    def _watch_rows(self) -> None:
        # Installed once per widget however often it is asked (Qt moves it to the front).
        for row in self._suggestions.rows:
            row.link.installEventFilter(self)
            row.answered_button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in ARROWS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        down = event.key() == Qt.Key.Key_Down
        titles = self.titles()
        if not titles:
            return False
        if watched is self._field:
            if not down:
                return False  # Up in the subject stays the line edit's (the caret home)
            self._go(titles[0])
            return True
        row = next(
            (r for r in self._suggestions.rows if watched in (r.link, r.answered_button)), None
        )
        if row is None:
            return False
        index = titles.index(row.link)
        if watched is row.answered_button and not down:
            self._go(row.link)  # Up from a button: its own article's title
        elif down:
            self._go(titles[min(index + 1, len(titles) - 1)])
        elif index == 0:
            self._field.setFocus(Qt.FocusReason.OtherFocusReason)  # back where it came from
        else:
            self._go(titles[index - 1])
        return True

    @staticmethod
    def _go(title: QWidget) -> None:
        # As Tab reaches it: its link selected at once, so Enter opens the article.
        title.setFocus(Qt.FocusReason.TabFocusReason)
