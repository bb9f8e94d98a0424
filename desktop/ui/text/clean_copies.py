"""What is copied out of the app's text is that text, without its line-break marks.

Wrapped labels and message boxes draw their text with marks that only hold its lines
together (line_breaks.py): WORD JOINER (U+2060) inside every Japanese phrase, and a
non-breaking hyphen (U+2011) for "-" in words held whole. They take no room and are not
drawn, but Qt copies what a label holds: a selection copied from a message box (its
context menu's Copy, the X11 selection) carried a joiner between most Japanese
characters, and a search for the pasted text then found nothing (issue 19). Qt itself
turns the no-break spaces into spaces when it copies.

Every copy out of a label goes through Qt's own code, so the clipboard is cleaned as
it changes: once the first text with marks is shown (``watch_copies``), any text the
app puts on the clipboard, or in the X11 selection, is put there again without them.
Another program's copy is left alone: only while the app owns the clipboard or has the
active window (a platform without ownership, offscreen, says it owns nothing).
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication

from desktop.ui.text.line_breaks import NON_BREAKING_HYPHEN, WORD_JOINER

_MARKS = str.maketrans({WORD_JOINER: None, NON_BREAKING_HYPHEN: "-"})
_watching: list[QClipboard] = []  # the clipboard watched (one per application)


def plain_text(shown: str) -> str:
    """``shown`` without the marks that hold its lines together (as it was given)."""
    return shown.translate(_MARKS)


def has_marks(text: str) -> bool:
    return WORD_JOINER in text or NON_BREAKING_HYPHEN in text


def watch_copies() -> None:
    """Clean every copy the app makes from now on (once per application; cheap again)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard in _watching:
        return
    _watching.append(clipboard)
    clipboard.dataChanged.connect(lambda: _clean(QClipboard.Mode.Clipboard))
    clipboard.selectionChanged.connect(lambda: _clean(QClipboard.Mode.Selection))


def _clean(mode: QClipboard.Mode) -> None:
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text(mode)
    if not has_marks(text):
        return  # also what ends the change made here
    owned = (
        clipboard.ownsClipboard()
        if mode == QClipboard.Mode.Clipboard
        else clipboard.ownsSelection()
    )
    if not owned and QGuiApplication.focusWindow() is None:
        return  # another program's copy: not the app's to change
    # Text only: Qt makes the data (a QMimeData made in Python and left on the clipboard
    # crashed the process at exit, chart_card.py), and a label's HTML carried the marks too.
    clipboard.setText(plain_text(text), mode)
