"""Help articles that may answer the question being written in Contact support (issue 21).

Asked for a moment after typing stops (off the UI thread, through the async API
client); a newer question replaces an older one still on its way. Without the
service nothing is shown and nothing is said: the form works as before.

Compact, an article's title beside its button (its summary in the tooltip), as they sit
right under the subject: seen while the question is typed, even in a small window. A long
title wraps (Dutch ones did not fit one line), never running into its button.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.api.errors import ServiceError
from desktop.ui.look.theme import (
    FOCUS_RING_WIDTH,
    TextRole,
    mix,
    set_font_style,
    set_text_role,
)
from desktop.ui.recommendations.kinds import kind_label
from desktop.ui.text.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from desktop.services.help_articles import ArticleFinder, HelpArticle

# Typing pauses this long before the service is asked: not one request per key.
DEBOUNCE_MS = 400
# Too little to match on: a word or two of a subject.
MIN_CHARS = 4
# Articles are written in English too: asked for when none match in the app's language.
ENGLISH = "en"


class LinkLabel(WrappedLabel):
    """A one-link label that Tab selects at once: a plain QLabel took two presses, the first
    landing on the label with its link not yet selected (Enter then did nothing)."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            super().focusNextPrevChild(True)  # selects its link

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        # Its one link is selected already: Tab and Shift+Tab leave, never stop on it twice.
        return QWidget.focusNextPrevChild(self, next)


class SuggestionRow(QWidget):
    """One article: its title opens it in the browser; the button says it answered."""

    answered = Signal(str)

    def __init__(self, article: HelpArticle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setObjectName(f"suggestion_{article.key}")
        # A link, not a button. It wraps rather than ends in "…" (Dutch titles were all cut
        # at one line), and its room is what the button leaves: it never widens the form.
        self.link = LinkLabel()
        self.link.setObjectName("suggestion_open")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        wrapping = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        wrapping.setHeightForWidth(True)
        self.link.setSizePolicy(wrapping)
        self.link_text = ""
        self.link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.link.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.link.linkActivated.connect(lambda _url: self.open_article())
        # Kept for the tooltip and a screen reader; a line of its own took the room.
        self.summary = article.summary
        self.answered_button = QPushButton()
        self.answered_button.setObjectName("suggestion_answered")
        self.answered_button.clicked.connect(lambda: self.answered.emit(article.key))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.link, 1)
        top.addWidget(self.answered_button)
        layout = QVBoxLayout(self)
        # Room for the focus ring around the title and the button: the ring is drawn in
        # this row, and with no margin its outer band was cut off (a faint ring, a
        # newcomer's report). The rows need no spacing between them besides.
        ring = FOCUS_RING_WIDTH
        layout.setContentsMargins(ring, ring, ring, ring)
        layout.addLayout(top)
        self.retranslate_ui()

    def open_article(self) -> None:
        QDesktopServices.openUrl(QUrl(self.article.url))

    def retranslate_ui(self) -> None:
        kind = kind_label(self.article.kind)
        self.link_text = self.tr("{kind}: {title}").format(kind=kind, title=self.article.title)
        self._show_link()
        self.link.setToolTip(
            "\n".join(t for t in (self.link_text, self.summary, self.article.url) if t)
        )
        self.link.setAccessibleDescription(self.summary)
        self.link.setAccessibleName(
            self.tr("{kind}: {title} (opens in the browser)").format(
                kind=kind, title=self.article.title
            )
        )
        # It ends the request (no ticket, the form closes): the button says so, not only
        # that the article helped.
        self.answered_button.setText(self.tr("Answered — close the form"))
        # Named, as its label is the same on every row: which article answered it.
        self.answered_button.setToolTip(
            self.tr(
                "“{title}” answered my question. Closes Contact support without sending; "
                "your question is kept as a draft for a week."
            ).format(title=self.article.title)
        )
        self.answered_button.setAccessibleName(
            self.tr("Answered by {title}: close the form without sending").format(
                title=self.article.title
            )
        )
        self.answered_button.setAccessibleDescription(self.answered_button.toolTip())

    def _show_link(self) -> None:
        url = html.escape(self.article.url)
        self.link.setText(f'<a href="{url}">{html.escape(self.link_text)}</a>')

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ArticleSuggestions(QWidget):
    """Hidden until articles match; ``answered(key)`` when one answered the question."""

    answered = Signal(str)
    updated = Signal()  # other articles shown (or none): the form makes room for them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_suggestions")
        self._finder: ArticleFinder | None = None
        self._text: Callable[[], str] = lambda: ""
        self._written_in: Callable[[], str | None] = lambda: None
        self._about: Callable[[], str | None] = lambda: None
        # The text last asked about; None: none yet, or to be asked again (the empty text
        # too: "" here once meant both, and the articles of an emptied form stayed).
        self._asked: str | None = None
        self._asked_about: str | None = None
        self._task: asyncio.Task[None] | None = None
        self.rows: list[SuggestionRow] = []
        self._typing_target: QWidget | None = None
        self.heading = QLabel()
        self.heading.setObjectName("article_suggestions_heading")
        self.heading.setWordWrap(False)
        set_font_style(self.heading, bold=True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(0)  # each row's own margins (its focus ring's room) part them
        self._layout.addWidget(self.heading)
        # Never taller than its lines: spare height is the description's, below.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)
        self.retranslate_ui()
        self.hide()

    def typed_text_goes_to(self, field: QWidget) -> None:
        """Letters typed while an article has the focus go to ``field`` (with the focus):
        a link or a button takes no text, and what was typed there was lost (issue 19)."""
        self._typing_target = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        target = self._typing_target
        if target is None or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        shortcut = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        # Space presses a button (its own key there); on a link it is text like the rest.
        pressed = isinstance(watched, QPushButton) and text == " "
        if shortcut or pressed or not text or not text.isprintable():
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(target, event.clone())
        return True

    def use(
        self,
        finder: ArticleFinder,
        text: Callable[[], str],
        written_in: Callable[[], str | None] = lambda: None,
        about: Callable[[], str | None] = lambda: None,
    ) -> None:
        """Suggest from ``finder`` for what ``text`` returns (subject and description);
        ``written_in``: the language chosen for the ticket (None: not chosen yet);
        ``about``: the product chosen (None: not chosen yet, any product's articles)."""
        self._finder = finder
        self._text = text
        self._written_in = written_in
        self._about = about
        self.schedule()

    def ask_again(self) -> None:
        """The ticket's language or product changed: the same text may match otherwise."""
        self._asked = None
        self.schedule()

    def clear(self) -> None:
        """The question was emptied (Start over): its articles go with it at once, not
        a pause later; the next text written is asked about anew."""
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._asked = ""
        self._show([])

    def schedule(self) -> None:
        """The text changed: ask once typing pauses."""
        if self._finder is not None:
            self._timer.start()

    @staticmethod
    def language() -> str:
        """The app's language: the articles are asked for in it first."""
        return QLocale().name().split("_")[0]

    def languages(self) -> list[str]:
        """Where articles are looked for, in turn, until some match: the app's language,
        the ticket's (the one the question is likely written in: a Japanese question in
        the English app found nothing, the Japanese articles unasked), then English."""
        wanted = (self.language(), self._written_in(), ENGLISH)
        return list(dict.fromkeys(code for code in wanted if code))

    def _ask(self) -> None:
        text = self._text().strip()
        # The product is part of the question: Dropbox's articles are not Dash's.
        if text == self._asked and self._about() == self._asked_about:
            return
        self._asked = text
        self._asked_about = self._about()
        if self._task is not None:
            self._task.cancel()  # an older question's answer is not wanted any more
        if len(text) < MIN_CHARS:
            self._show([])
            return
        self._task = asyncio.ensure_future(self._fetch(text, self._asked_about))

    async def _fetch(self, text: str, about: str | None) -> None:
        assert self._finder is not None
        try:
            found = []
            # Support answers in English or Japanese, so a Dutch admin often writes in
            # English: nothing matched in Dutch, the English articles may (a newcomer's
            # English subject found none in the Dutch app, three in the English one).
            for language in self.languages():
                found = await self._finder.suggest(text, language, about)
                if found:
                    break
        except ServiceError:
            # Offline or refused: no suggestions, and no claim that none match.
            found = []
            self._asked = None  # ask again on the next change
        if not isValid(self):
            return  # the form was closed (and deleted) while the service answered
        self._show(found)

    def _show(self, articles: list[HelpArticle]) -> None:
        """Articles still suggested keep their rows and places; new ones fill the free
        places. Re-sorted at each keystroke ("Shared" → "Shared link" swapped the first
        two), a row's button, aimed at, turned out to belong to another article."""
        wanted = {article.key: article for article in articles}
        kept = {row.article.key: row for row in self.rows if row.article.key in wanted}
        for row in self.rows:
            self._layout.removeWidget(row)
            if row.article.key not in kept:
                row.deleteLater()
        newcomers = iter(a for a in articles if a.key not in kept)
        places: list[SuggestionRow | HelpArticle | None] = [
            kept.get(row.article.key) for row in self.rows
        ]
        places = [place if place is not None else next(newcomers, None) for place in places]
        places += list(newcomers)
        self.rows = [self._row(place) for place in places if place is not None]
        for row in self.rows:
            self._layout.addWidget(row)
        self.setVisible(bool(self.rows))
        self.updated.emit()

    def _row(self, place: SuggestionRow | HelpArticle) -> SuggestionRow:
        if isinstance(place, SuggestionRow):
            return place
        row = SuggestionRow(place, self)
        row.answered.connect(self.answered)
        row.link.installEventFilter(self)
        row.answered_button.installEventFilter(self)
        return row

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("These help articles may answer your question:"))
        self.setAccessibleName(self.tr("Suggested help articles"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# The most articles the finder suggests (desktop/services/help_articles.py).
MOST_SHOWN = 3
# The empty place's outline: how much of the text colour in it (quiet, still seen), its
# corners, and the room between it and the line inside.
OUTLINE_TONE = 0.35
OUTLINE_RADIUS = 4.0
PLACE_PADDING = 8


class SuggestionsSlot(QWidget):
    """The suggestions' place under the subject, kept whether they are there or not.

    Articles that came and went made the form grow under the pointer: Send moved away
    just as it was aimed at (a new admin's report). The place is as tall as the heading
    and three articles of two lines each; until articles match it says what comes there.
    Only a title longer than two lines (a narrow form) can make it grow.

    Empty, it is drawn as a place (a quiet dashed outline, its line in the middle): a line
    at its top over blank room read as a gap in the form (a newcomer's report).

    Its content sits in a child of its own: a layout directly on this widget would answer
    the form's height-for-width questions itself (Qt asks a widget's layout, never the
    widget), and the kept place would shrink to the line of text inside.
    """

    def __init__(self, suggestions: ArticleSuggestions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_suggestions_slot")
        self.suggestions = suggestions
        self.placeholder = WrappedLabel()
        self.placeholder.setObjectName("article_suggestions_placeholder")
        set_text_role(self.placeholder, TextRole.SECONDARY)
        # In the middle of the place, which it fills while no article is shown.
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setContentsMargins(PLACE_PADDING, 0, PLACE_PADDING, 0)
        # Measures an article's button (the style's height for it, at the form's font).
        self._button = QPushButton(self)
        self._button.setObjectName("article_suggestions_measure")
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.hide()
        self.content = QWidget(self)
        self.content.setObjectName("article_suggestions_content")
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(suggestions)
        layout.addStretch(1)
        self._content_layout = layout
        # A title wrapping anew (another width, language or font): the place is measured again.
        self.content.installEventFilter(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._reserved = False
        self._lent = 0  # of the kept height, lent to a line over it (lend())
        suggestions.updated.connect(self._update)
        self.retranslate_ui()
        self._update()

    def reserve(self) -> None:
        """Articles will be asked for (a finder is in use): keep their place from now on."""
        self._reserved = True
        self._update()

    def lend(self, height: int) -> None:
        """Lend ``height`` of the kept place to a line shown over it (the subject's missing
        mark: while the subject is empty no titles match it, and the place is mostly
        empty), so that the line moves nothing below the place; 0: given back."""
        if height != self._lent:
            self._lent = height
            self.updateGeometry()

    def _update(self) -> None:
        has_rows = bool(self.suggestions.rows)
        self.placeholder.setVisible(not has_rows)
        # The room below the articles is the end's; with none, the placeholder's (its line
        # in the middle of the place).
        self._content_layout.setStretch(2, 1 if has_rows else 0)
        self.update()  # the outline comes and goes with the placeholder
        self.setVisible(self._reserved or has_rows)
        self._place_content()
        self.updateGeometry()

    def reserved_height(self) -> int:
        """The heading's line and three articles (each its button's height, or two lines
        of title when that is taller, and its focus ring's room), with the spacing between
        them, and a line more: a
        long Dutch title beside its wide button takes a third."""
        heading = self.suggestions.heading.fontMetrics().lineSpacing()
        inner = self.suggestions.layout()
        assert inner is not None
        margins, spacing = inner.contentsMargins(), max(0, inner.spacing())
        line = self.fontMetrics().lineSpacing()
        row = max(self._button.sizeHint().height(), 2 * line + 4) + 2 * FOCUS_RING_WIDTH
        kept = margins.top() + heading + MOST_SHOWN * (spacing + row) + line + margins.bottom()
        return kept - self._lent

    def _content_height(self, width: int) -> int:
        layout = self.content.layout()
        assert layout is not None
        return (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else (layout.totalSizeHint().height())
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return max(self.reserved_height(), self._content_height(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The kept height, not the titles' at their preferred width: the form's least
        # height is reckoned from it (at a width narrower than the form ever is, three
        # titles wrapped taller and the form scrolled). heightForWidth has the real need.
        layout = self.content.layout()
        assert layout is not None
        return QSize(layout.totalSizeHint().width(), self.reserved_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        layout = self.content.layout()
        assert layout is not None
        width = layout.totalMinimumSize().width()
        return QSize(width, self.reserved_height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_content()

    def outlined(self) -> bool:
        """Drawn as an empty place: kept, with no article in it."""
        return self.placeholder.isVisibleTo(self) and not self.suggestions.rows

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self.outlined():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        colour = mix(
            palette.color(QPalette.ColorRole.Window),
            palette.color(QPalette.ColorRole.WindowText),
            OUTLINE_TONE,
        )
        pen = QPen(colour, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Inside the focus ring's room of the rows, as the articles are when shown.
        inset = FOCUS_RING_WIDTH + 0.5
        box = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(box, OUTLINE_RADIUS, OUTLINE_RADIUS)
        painter.end()

    def _place_content(self) -> None:
        width = self.width()
        self.content.setGeometry(0, 0, width, max(self.height(), self._content_height(width)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            self._place_content()
        return False

    def retranslate_ui(self) -> None:
        self.placeholder.setText(self.tr("Help articles that match your question appear here."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the place follows the text's size
        super().changeEvent(event)
