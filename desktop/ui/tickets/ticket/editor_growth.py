"""A text box that takes little room until it is used, as in Slack or Thunderbird's chat.

At rest and empty it is two lines high, so the thread above keeps the room. With the
focus it opens to three lines at least and grows with what is typed, up to a limit;
past that it scrolls. Text typed is never hidden by this: a box left with text keeps
the height of its text (up to the same limit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSizeF
from PySide6.QtWidgets import QPlainTextEdit

REST_LINES = 2  # empty, without the focus
FOCUS_LINES = 3  # being written in
MAX_LINES = 8  # then it scrolls


class EditorGrowth(QObject):
    """Keeps ``editor``'s height at the lines it needs now (see the module's note)."""

    def __init__(
        self,
        editor: QPlainTextEdit,
        *,
        rest_lines: int = REST_LINES,
        focus_lines: int = FOCUS_LINES,
        max_lines: int = MAX_LINES,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._rest = rest_lines
        self._focus = focus_lines
        self._max = max_lines
        editor.installEventFilter(self)
        layout = editor.document().documentLayout()
        layout.documentSizeChanged.connect(self._size_changed)
        self.fit()

    def lines_wanted(self) -> int:
        editor = self._editor
        # A plain text document's height is counted in lines (wrapped ones included).
        typed = max(1, round(editor.document().size().height()))
        least = self._focus if editor.hasFocus() else self._rest
        return min(self._max, max(least, typed))

    def height_for(self, lines: int) -> int:
        editor = self._editor
        spacing = editor.fontMetrics().lineSpacing()
        margins = editor.contentsMargins()
        viewport = editor.viewportMargins()
        document = 2 * editor.document().documentMargin()
        frame = 2 * editor.frameWidth()
        return int(
            lines * spacing
            + document
            + frame
            + margins.top()
            + margins.bottom()
            + viewport.top()
            + viewport.bottom()
        )

    def fit(self) -> None:
        height = self.height_for(self.lines_wanted())
        if self._editor.height() != height or self._editor.minimumHeight() != height:
            self._editor.setFixedHeight(height)

    def _size_changed(self, _size: QSizeF) -> None:
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.fit()
        return False
