"""A message box whose text wraps as a WrappedLabel's does: never inside a Japanese phrase
(line_breaks.py says where lines may not break and why).

A QMessageBox wraps its text and informative text itself, and broke "破損していま" at a
line's end and "した。" below. ``text()`` and ``informativeText()`` answer what was set;
only what is drawn carries the joiners, and its labels are named after the text given
(Qt reads a label out by its drawn text). Created with a parent only: the texts are set
through ``setText``/``setInformativeText`` (QMessageBox's long constructor would pass
them to Qt unseen).

Copied, the box gives its texts as they were set, without the joiners: Ctrl+C copies
the whole box as Qt does on Windows (title, texts, buttons), on every platform and with
the texts as set (Qt copies its labels' drawn texts); a selection in a label is cleaned
as it reaches the clipboard (clean_copies.py).

The error box (desktop/ui/notices/messages.py) is one too (it broke "ウィン/ドウ"): its
text, selected and copied into a report, reaches the clipboard clean, and its details are
plain text.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.ui.text.clean_copies import watch_copies
from desktop.ui.text.line_breaks import whole_words

# The labels QMessageBox makes for its two texts.
_TEXT_LABEL = "qt_msgbox_label"
_INFORMATIVE_LABEL = "qt_msgbox_informativelabel"
# What Qt puts between the parts of a message box it copies (qmessagebox.cpp).
_SEPARATOR = "---------------------------\n"


class WrappedMessageBox(QMessageBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._informative = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._text = text
        super().setText(whole_words(text))
        self._name(_TEXT_LABEL, text)

    def text(self) -> str:
        """What was set, without the joiners that only hold its lines together."""
        return self._text

    def setInformativeText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._informative = text
        super().setInformativeText(whole_words(text))
        self._name(_INFORMATIVE_LABEL, text)

    def informativeText(self) -> str:  # noqa: N802 - Qt's name
        return self._informative

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Copy) and not self.detailedText():
            QGuiApplication.clipboard().setText(self.copied_text())
            event.accept()
            return
        super().keyPressEvent(event)  # with details shown, Qt copies their selection

    def copied_text(self) -> str:
        """The box as Ctrl+C copies it: Qt's layout, with the texts as they were set."""
        parts = [self.windowTitle(), _plain(self._text)]
        if self._informative:
            parts.append(_plain(self._informative))
        parts.append("".join(f"{button.text()}   " for button in self.buttons()))
        return _SEPARATOR + "".join(f"{part}\n{_SEPARATOR}" for part in parts)

    def _name(self, label_name: str, text: str) -> None:
        """Name the label after ``text`` while it draws joiners; else leave it to Qt (a box
        shown again in English after Japanese, as the About box is)."""
        label = self.findChild(QLabel, label_name)
        if label is None:
            return
        if label.text() == text:
            label.setAccessibleName("")
            return
        watch_copies()  # its label draws joiners: a selection copied must not carry them
        label.setAccessibleName(_plain(text))


def _plain(text: str) -> str:
    """What ``text`` reads: rich text without its markup, as Qt names a label after it."""
    if "<" not in text:
        return text
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(text).toPlainText()
