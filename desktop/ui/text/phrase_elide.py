"""One line cut to a width with "…", where a wrapped line would break.

Qt's ``QFontMetrics.elidedText`` cuts after whichever character still fits: Japanese has
no spaces, so a row of Drafts and outbox ended "もう一度お問い…" (inside お問い合わせ, a
phrase). Here a line with Japanese is cut where a wrapped label of the app would end its
first line (line_breaks.whole_words: between phrases, never where kinsoku forbids), and
only a phrase wider than the whole room is cut inside. A line without Japanese is cut as
Qt cuts it, and BudouX is not imported for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

from desktop.ui.text.line_breaks import MOST_HELD, WORD_JOINER, whole_words

ELLIPSIS = "…"
# Below this no character is Japanese (、 is U+3001), as in line_breaks.
_FIRST_JAPANESE = "\u3001"


def elided_between_phrases(text: str, font: QFont, width: int) -> str:
    """``text`` whole if it fits ``width`` pixels in ``font``, else its start up to a
    place a line may break, then "…" (all of it within ``width``)."""
    metrics = QFontMetrics(font)
    if not text or metrics.horizontalAdvance(text) <= width:
        return text
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if max(text) < _FIRST_JAPANESE or not elided.endswith(ELLIPSIS):
        return elided  # no Japanese: as Qt cuts it
    fits = len(elided) - len(ELLIPSIS)  # Qt's cut: no phrase's cut lies beyond it
    # Phrases are found in what may show and a little after it (BudouX reads a few
    # characters on each side of a break): a long draft is not read whole at each paint.
    start = text[: fits + 2 * MOST_HELD]
    held = whole_words(start)
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    layout = QTextLayout(held, font)
    option = QTextOption()
    # Between phrases and words; inside one only when not even the first fits.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(max(room, 0))
    layout.endLayout()
    # textLength counts UTF-16 units (a kanji outside the BMP is two); the joiners and
    # no-break spaces are line_breaks' own: what is left is the start of ``text``.
    units = held.encode("utf-16-le")[: 2 * line.textLength()]
    kept = units.decode("utf-16-le", errors="ignore").replace(WORD_JOINER, "")
    shown = text[: len(kept)].rstrip()
    if not shown or metrics.horizontalAdvance(shown + ELLIPSIS) > width:
        return elided
    return shown + ELLIPSIS
