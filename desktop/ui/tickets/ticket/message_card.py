"""One message of a thread: who, when, what, and its attachments to open or save."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import Attachment, Message
from desktop.ui.look.theme import TextRole, card_palette, set_text_role
from desktop.ui.text.formatting import long_datetime, message_time
from desktop.ui.text.labels import author_label
from desktop.ui.tickets.attachments.image_decode import is_image
from desktop.ui.tickets.attachments.image_thumbnail import ThumbnailButton
from desktop.ui.tickets.ticket.avatar import Avatar
from desktop.ui.tickets.ticket.message_markup import open_link, to_html


class AttachmentButton(QToolButton):
    """The file's name and size; click to open it, or pick Save as… from its menu (the
    "▾"; Alt+Down, F4 or the menu key from the keyboard).

    Issue 19: a tool button takes the focus by Tab only, so clicking its "▾" left the
    focus (and the theme's ring) wherever it was, and it came back there when the menu
    closed. Like a push button it takes the focus by click as well: the ring shows on
    the button the menu belongs to, and stays on it after the menu.
    """

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName(f"attachment_{attachment.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_action = QAction(self)
        self.save_action = QAction(self)
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.save_action)
        self.setMenu(menu)
        self.setDefaultAction(self.open_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        size = QLocale().formattedDataSize(self.attachment.size)
        self.open_action.setText(
            self.tr("📎 {name} ({size})").format(name=self.attachment.filename, size=size)
        )
        self.open_action.setToolTip(self.tr("Open {name}").format(name=self.attachment.filename))
        self.save_action.setText(self.tr("Save as…"))
        self.setAccessibleName(self.tr("Attachment {name}").format(name=self.attachment.filename))
        self.setAccessibleDescription(self.tr("Enter opens it; Alt+Down shows Save as…"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Menu):
            self.showMenu()  # the "▾", by keyboard
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_action.trigger()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# A card is at most this many average characters wide: lines a reader's eye can follow back
# (a full-page ticket's cards ran ~1,000 px a line in a wide window, a newcomer found).
READING_MEASURE = 90


class MessageCard(QFrame):
    open_requested = Signal(object)  # Attachment
    save_requested = Signal(object)  # Attachment
    view_requested = Signal(object)  # Attachment: an image, shown full size

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setObjectName(f"message_{message.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._tinting = False
        # Where the text holds what the list was searched for (marked: show_search).
        self._hits: tuple[tuple[int, int], ...] = ()
        self._apply_tint()
        self.author = QLabel()
        self.author.setObjectName("message_author")
        font = self.author.font()
        font.setBold(True)
        self.author.setFont(font)
        self.time = QLabel()
        self.time.setObjectName("message_time")
        set_text_role(self.time, TextRole.SECONDARY)
        # A safe subset of Markdown with clickable links; nothing of the text read as HTML.
        self.body = QLabel(to_html(message.body))
        self.body.setObjectName("message_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.body.linkActivated.connect(open_link)
        if "<a " not in self.body.text():
            # No link to reach: not a Tab stop of its own. The thread is one stop (its
            # ring shows; arrows and Page keys scroll it), not one silent stop per card
            # with the thread scrolling under it; a click still selects the text to copy.
            self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.attachment_buttons: list[AttachmentButton] = []
        # Images also as pictures above the file chips (which still open and save them).
        self.thumbnails: list[ThumbnailButton] = []
        pictures = QHBoxLayout()
        files = QHBoxLayout()
        for attachment in message.attachments:
            if is_image(attachment.content_type):
                thumbnail = ThumbnailButton(attachment, self)
                thumbnail.clicked.connect(lambda _=False, a=attachment: self.view_requested.emit(a))
                self.thumbnails.append(thumbnail)
                pictures.addWidget(thumbnail)
            button = AttachmentButton(attachment, self)
            button.open_action.triggered.connect(
                lambda _=False, a=attachment: self.open_requested.emit(a)
            )
            button.save_action.triggered.connect(
                lambda _=False, a=attachment: self.save_requested.emit(a)
            )
            self.attachment_buttons.append(button)
            files.addWidget(button)
        files.addStretch(1)
        pictures.addStretch(1)

        self.avatar = Avatar(message.author_name, message.author_kind, self)
        header = self._header = QHBoxLayout()
        header.addWidget(self.avatar)
        header.addWidget(self.author)
        header.addStretch(1)
        header.addWidget(self.time)
        # In a narrow card (a reading pane beside the list) the time goes under the name
        # rather than the thread scrolling sideways: see _arrange_header.
        self._time_row = QHBoxLayout()
        self.header_wrapped = False
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self._time_row)
        layout.addWidget(self.body)
        if self.thumbnails:
            layout.addLayout(pictures)
        if message.attachments:
            layout.addLayout(files)
        self._cap_width()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        label = author_label(self.message.author_kind, self.message.author_name)
        self.author.setText(label)
        if self.message.author_kind == "colleague":
            self.avatar.show_name(label)  # R17: "Colleague", in the circle too
            self.author.setToolTip(
                self.tr(
                    "An admin of your team replied. A teammate's reply on your ticket "
                    "shows as “Colleague”."
                )
            )
        self.refresh_time()

    def show_search(self, text: str) -> bool:
        """Mark where the message holds ``text`` (a search's words; "" none), as the list's
        search finds it (case, accents, Japanese: thread_search.hits). True: it does."""
        found: tuple[tuple[int, int], ...] = ()
        if text.strip():
            from desktop.store.thread_search import hits  # only once someone searches

            found = hits(self.message.body, text)
        if found != self._hits:
            self._hits = found
            self._show_body()
        return bool(found)

    @property
    def has_hits(self) -> bool:
        return bool(self._hits)

    def _show_body(self) -> None:
        if not self._hits:
            self.body.setText(to_html(self.message.body))
            return
        from desktop.ui.look.theme import search_hit_colours

        fill, ink = search_hit_colours(self.palette())
        self.body.setText(to_html(self.message.body, self._hits, (fill.name(), ink.name())))

    @property
    def mine(self) -> bool:
        """Written by the signed-in admin: shown on the other side of the thread."""
        return self.message.author_kind == "self"

    def refresh_time(self) -> None:
        """ "5 min ago" today (kept true by the thread's clock), the date before that."""
        moment = self.message.created_at
        self.time.setText(message_time(moment, datetime.now(UTC)))
        self.time.setToolTip(long_datetime(moment))
        self.time.setAccessibleName(long_datetime(moment))

    def _margins(self) -> int:
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        return margins.left() + margins.right() + 2 * self.frameWidth()

    def header_width(self) -> int:
        """What the header needs on one line: the avatar, the name and the time."""
        width = self._header.sizeHint().width()
        if self.header_wrapped:  # measured as if the time were beside the name
            width += max(self._header.spacing(), 0) + self.time.sizeHint().width()
        return width + self._margins()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the wider of the name (beside the avatar) and the time: the time
        can take a line of its own."""
        least = super().minimumSizeHint()
        spacing = max(self._header.spacing(), 0)
        name = self.avatar.sizeHint().width() + spacing + self.author.sizeHint().width()
        widest = max(name, self.time.sizeHint().width(), self.body.minimumSizeHint().width())
        return QSize(widest + self._margins(), least.height())

    def _cap_width(self) -> None:
        """At most READING_MEASURE characters of the card's font wide (the thread gives the
        rest to the side away from the writer); follows the text size."""
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * READING_MEASURE)

    def _arrange_header(self) -> None:
        wrapped = self.width() < self.header_width()
        if wrapped == self.header_wrapped:
            return
        self.header_wrapped = wrapped
        if wrapped:
            self._header.removeWidget(self.time)
            self._time_row.addWidget(self.time)
        else:
            self._time_row.removeWidget(self.time)
            self._header.addWidget(self.time)
        self.updateGeometry()  # a line more or less: the thread lays out again

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange_header()

    def event(self, event: QEvent) -> bool:
        # Another language, a larger font, the time's text moving on: another width.
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange_header()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._cap_width()
        elif event.type() == QEvent.Type.PaletteChange and not self._tinting:
            self._apply_tint()  # light ↔ dark: the tint follows the window's palette
        super().changeEvent(event)

    def _apply_tint(self) -> None:
        """Background and text from the palette the card sits in, never a fixed colour."""
        parent = self.parentWidget()
        source = parent.palette() if parent is not None else QGuiApplication.palette()
        self._tinting = True  # setPalette sends a PaletteChange of its own
        try:
            self.setPalette(card_palette(source, self.message.author_kind))
        finally:
            self._tinting = False
        if self._hits:
            self._show_body()  # the marker's colours follow light and dark too
