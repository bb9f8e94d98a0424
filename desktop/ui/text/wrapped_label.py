"""The one label for wrapped text: its lines never break inside a Japanese word.

Every wrapped label of the app's own text is one of these, so a new one cannot forget
it (line_breaks.py says where lines may not break and why). ``text()`` answers what
was set, as the code, the tests and assistive technology want it; only what is
drawn carries the joiners. Qt names a label for screen readers after its drawn text,
so a label that draws joiners is named after the text it was given instead. Copied
(a selectable label), it gives the text without them (clean_copies.py).

Imported before the first paint: QLabel and line_breaks only (no Qt namespace).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.text.line_breaks import one_unit, unbroken_words, whole_words


class WrappedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, *, whole_hyphenated: bool = False) -> None:
        """``whole_hyphenated``: hold "e-mail" together too (a non-breaking hyphen is
        drawn); only for text known to be plain: markup has hyphens of its own."""
        super().__init__(parent)
        self.setWordWrap(True)
        self._text = ""
        self._whole_hyphenated = whole_hyphenated
        # The accessible name this label gave itself; one given by its owner is kept.
        self._own_name = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._text = text
        shown = unbroken_words(text) if self._whole_hyphenated else whole_words(text)
        super().setText(shown)
        self._name_after(text if shown != text else "")

    def set_units(self, units: list[str], separator: str = " · ") -> None:
        """``units`` in a row, each held on one line (a label with its value): lines break
        only at the separators between them."""
        text = separator.join(units)
        self._text = text
        shown = separator.join(one_unit(unit) for unit in units)
        super().setText(shown)
        self._name_after(text)

    def text(self) -> str:
        """What was set, without the joiners that only hold its lines together."""
        return self._text

    def shown_text(self) -> str:
        """What is laid out and drawn: the text with its joiners (for line-break tests)."""
        return super().text()

    def clear(self) -> None:
        super().clear()
        self._text = ""
        self._name_after("")

    def _name_after(self, text: str) -> None:
        """Name the label after ``text`` (or, given "", leave the name to Qt again)."""
        if text:  # it draws marks: a copy of it must not carry them
            from desktop.ui.text.clean_copies import watch_copies  # not before they show

            watch_copies()
        current = self.accessibleName()
        if current and current != self._own_name:
            return  # named by its owner: not the label's to change
        if "<" in text:  # rich text: named after what it reads, as Qt does
            from PySide6.QtGui import QTextDocumentFragment

            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        self._own_name = text
        if text != current:
            self.setAccessibleName(text)
