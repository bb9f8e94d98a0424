"""A message on a label that is said again when the language changes.

Messages are built from data at the moment they are said ("Sent as request #12."):
given as a callable, the label asks it again on LanguageChange; a plain text cannot
be rebuilt, so it is cleared then rather than left on screen in the old language.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.ui.text.wrapped_label import WrappedLabel

Text = str | Callable[[], str]


class SaidAgain:
    def __init__(self, label: WrappedLabel) -> None:
        self._label = label
        self._text: Callable[[], str] | None = None

    def say(self, text: Text) -> None:
        self._text = text if callable(text) else None
        self._label.setText(text() if callable(text) else text)

    def retranslate(self) -> None:
        """Call on LanguageChange (after the label may have been cleared meanwhile)."""
        if not self._label.text():
            self._text = None
        self._label.setText(self._text() if self._text is not None else "")
