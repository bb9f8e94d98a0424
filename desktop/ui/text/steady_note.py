"""A wrapped note whose text follows a choice beside it, as tall as the tallest it can say.

Choosing in the form changed the note under the language box from one line to two, and
every field below moved down under the pointer (a newcomer's click for a phone call landed
on the radio above it). The note keeps the room of its longest text at its width instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from desktop.ui.text.wrapped_label import WrappedLabel


class SteadyNote(WrappedLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each text the note can say, laid out as it would be (joiners and all), unshown.
        self._twin = WrappedLabel()
        self._alternatives: tuple[str, ...] = ()

    def set_alternatives(self, texts: tuple[str, ...]) -> None:
        """Every text the note can say in this language (the one shown among them)."""
        if texts != self._alternatives:
            self._alternatives = texts
            self.updateGeometry()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        own = super().heightForWidth(width)
        twin = self._twin
        twin.setFont(self.font())
        twin.setContentsMargins(self.contentsMargins())
        twin.setMargin(self.margin())
        heights = [own]
        for text in self._alternatives:
            twin.setText(text)
            heights.append(twin.heightForWidth(width))
        return max(heights)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
